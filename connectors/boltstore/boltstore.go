// Package boltstore is the embedded pipeline.StateStore: one bbolt file
// under the data dir, shared by every stage of the process (bbolt locks the
// file, so a second process on the same data dir fails fast with a clear error).
package boltstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/khabar/khabar/pipeline"
)

// ErrLocked means another process (a running khabar) holds the state file.
var ErrLocked = errors.New("state is held by another khabar process")

// Store is a pipeline.StateStore over bbolt.
type Store struct {
	db   *bolt.DB
	path string
}

var _ pipeline.StateStore = (*Store)(nil)

// Open opens (creating if needed) the state file at path. It fails within a
// second when another process holds the file.
func Open(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("open state %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Get returns a copy of the value of key in bucket.
func (s *Store) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	var out []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		if b == nil {
			return nil
		}
		if v := b.Get([]byte(key)); v != nil {
			out = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("state get %s/%s: %w", bucket, key, err)
	}
	return out, out != nil, nil
}

// ForEach calls fn for every key of bucket in key order. The value is only
// valid during the call.
func (s *Store) ForEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error {
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return fn(string(k), v)
		})
	})
	if err != nil {
		return fmt.Errorf("state scan %s: %w", bucket, err)
	}
	return nil
}

// Apply stores every op in one transaction, synced to disk on return.
func (s *Store) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(ops) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, op := range ops {
			b, err := tx.CreateBucketIfNotExists([]byte(op.Bucket))
			if err != nil {
				return fmt.Errorf("bucket %s: %w", op.Bucket, err)
			}
			if op.Delete {
				if err := b.Delete([]byte(op.Key)); err != nil {
					return err
				}
				continue
			}
			if err := b.Put([]byte(op.Key), op.Value); err != nil {
				return fmt.Errorf("%s/%s: %w", op.Bucket, op.Key, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("state apply: %w", err)
	}
	return nil
}

// Close closes the file.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close state %s: %w", s.path, err)
	}
	return nil
}
