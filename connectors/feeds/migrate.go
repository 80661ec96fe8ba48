package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
)

// LegacyStateFiles lists the per-poller state files that khabar's Kafka
// pollers kept in the data dir before feed state moved to the shared
// store: poll-state.db (one poller) and poll-state-I-of-N.db.
func LegacyStateFiles(dataDir string) ([]string, error) {
	var out []string
	for _, pat := range []string{"poll-state.db", "poll-state-*-of-*.db"} {
		m, err := filepath.Glob(filepath.Join(dataDir, pat))
		if err != nil {
			return nil, fmt.Errorf("feeds: legacy state files in %s: %w", dataDir, err)
		}
		out = append(out, m...)
	}
	slices.Sort(out)
	return out, nil
}

// MigrateResult says what MigrateStateFiles did.
type MigrateResult struct {
	Files   []string // files read and renamed to *.migrated
	Feeds   int      // feeds whose state was copied
	Skipped int      // feeds the destination had already (kept as they are)
	Stories int      // near-duplicate fingerprints copied
}

// MigrateStateFiles copies the feed state of bbolt state files written by
// an older khabar (LegacyStateFiles) into to, once: each file is renamed
// to NAME.migrated afterwards, so users keep their validators and
// delivered-story sets when feed state moves into the shared store. A
// feed the destination knows already keeps its state there (it is newer
// than any file); a feed found in several files (the poller count changed
// before) takes the copy polled last. Missing paths are skipped.
func MigrateStateFiles(ctx context.Context, to pipeline.StateStore, log *slog.Logger, paths ...string) (MigrateResult, error) {
	return migrateStateFiles(ctx, to, nil, log, paths...)
}

// migrateStateFiles is MigrateStateFiles; known, when set, says whether
// the shared state has a feed that to does not hold (a store that keeps
// only one poller's feeds, StateView).
func migrateStateFiles(ctx context.Context, to pipeline.StateStore, known func(key string) bool, log *slog.Logger, paths ...string) (MigrateResult, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var res MigrateResult
	type cand struct {
		st   []byte
		seen []byte
		poll feedState
		file string
	}
	feeds := map[string]*cand{}
	clusters := map[string][]byte{}
	var read []string
	for _, path := range paths {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return res, fmt.Errorf("feeds: migrate %s: %w", path, err)
		}
		src, err := boltstore.Open(path)
		if err != nil {
			return res, fmt.Errorf("feeds: migrate: %w", err)
		}
		err = src.ForEach(ctx, BucketState, func(k string, v []byte) error {
			var st feedState
			if err := json.Unmarshal(v, &st); err != nil {
				return fmt.Errorf("%s: feed %s: %w", path, k, err)
			}
			key := CanonicalFeedURL(k)
			if c, ok := feeds[key]; ok && !st.LastPoll.After(c.poll.LastPoll) {
				return nil
			}
			seen, _, err := src.Get(ctx, BucketSeen, k)
			if err != nil {
				return fmt.Errorf("%s: seen of %s: %w", path, k, err)
			}
			// ForEach's value lives only as long as the store's read.
			feeds[key] = &cand{st: slices.Clone(v), seen: seen, poll: st, file: path}
			return nil
		})
		if err == nil {
			err = src.ForEach(ctx, BucketCluster, func(k string, v []byte) error {
				clusters[k] = slices.Clone(v)
				return nil
			})
		}
		cerr := src.Close()
		if err != nil {
			return res, fmt.Errorf("feeds: migrate: %w", err)
		}
		if cerr != nil {
			return res, fmt.Errorf("feeds: migrate: close %s: %w", path, cerr)
		}
		read = append(read, path)
	}
	if len(read) == 0 {
		return res, nil
	}
	// Seen sets and fingerprints first, then the states, as the committer
	// writes them (BucketState).
	var first, second []pipeline.StateOp
	keys := make([]string, 0, len(feeds))
	for k := range feeds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		_, have, err := to.Get(ctx, BucketState, k)
		if err != nil {
			return res, fmt.Errorf("feeds: migrate: %w", err)
		}
		if have || known != nil && known(k) {
			res.Skipped++
			continue
		}
		c := feeds[k]
		if c.seen != nil {
			first = append(first, pipeline.StateOp{Bucket: BucketSeen, Key: k, Value: c.seen})
		}
		second = append(second, pipeline.StateOp{Bucket: BucketState, Key: k, Value: c.st})
		res.Feeds++
	}
	for id, v := range clusters {
		_, have, err := to.Get(ctx, BucketCluster, id)
		if err != nil {
			return res, fmt.Errorf("feeds: migrate: %w", err)
		}
		if !have {
			first = append(first, pipeline.StateOp{Bucket: BucketCluster, Key: id, Value: v})
			res.Stories++
		}
	}
	if err := applyChunked(ctx, to, first); err != nil {
		return res, fmt.Errorf("feeds: migrate seen sets: %w", err)
	}
	if err := applyChunked(ctx, to, second); err != nil {
		return res, fmt.Errorf("feeds: migrate feed states: %w", err)
	}
	for _, path := range read {
		// Read once: a file left in place would be read again at every
		// start, harmlessly (the destination wins) but needlessly.
		if err := os.Rename(path, path+".migrated"); err != nil {
			log.Warn("migrated feed state file not renamed; it will be read again at the next start", "file", path, "err", err)
			continue
		}
		res.Files = append(res.Files, path)
	}
	log.Info("feed state migrated from local files", "files", read, "feeds", res.Feeds, "kept", res.Skipped, "fingerprints", res.Stories)
	return res, nil
}

// applyChunked applies ops in batches of at most 500 ops or 4 MB.
func applyChunked(ctx context.Context, to pipeline.StateStore, ops []pipeline.StateOp) error {
	const maxOps, maxBytes = 500, 4 << 20
	for len(ops) > 0 {
		n, size := 0, 0
		for n < len(ops) && n < maxOps && (n == 0 || size+len(ops[n].Value) <= maxBytes) {
			size += len(ops[n].Value)
			n++
		}
		if err := to.Apply(ctx, ops[:n]...); err != nil {
			return err
		}
		ops = ops[n:]
	}
	return nil
}
