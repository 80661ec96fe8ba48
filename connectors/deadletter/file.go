// Package deadletter is the embedded dead-letter place: one JSON line per
// message a stage gave up on, with its reason, appended to a file under the
// data dir and synced before the message is acknowledged.
package deadletter

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/khabar/khabar/pipeline"
)

// File appends dead letters to a JSON Lines file.
type File struct {
	mu   sync.Mutex
	f    *os.File
	path string
}

var _ pipeline.DeadLetterer = (*File)(nil)

// Open opens (creating) the file for appending.
func Open(path string) (*File, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open dead letters %s: %w", path, err)
	}
	return &File{f: f, path: path}, nil
}

// DeadLetter appends dl and syncs the file.
func (d *File) DeadLetter(ctx context.Context, dl pipeline.DeadLetter) error {
	if err := ctx.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	line, err := json.Marshal(dl)
	if err != nil {
		return fmt.Errorf("encode dead letter: %w", err)
	}
	line = append(line, '\n')
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, err := d.f.Write(line); err != nil {
		return fmt.Errorf("write dead letter to %s: %w", d.path, err)
	}
	if err := d.f.Sync(); err != nil {
		return fmt.Errorf("sync dead letters %s: %w", d.path, err)
	}
	return nil
}

// Close closes the file.
func (d *File) Close() error { return d.f.Close() }

// Read returns every dead letter in the file at path.
func Read(path string) ([]pipeline.DeadLetter, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read dead letters: %w", err)
	}
	defer f.Close()
	var out []pipeline.DeadLetter
	r := bufio.NewReader(f)
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var dl pipeline.DeadLetter
			if jerr := json.Unmarshal(line, &dl); jerr != nil {
				return out, fmt.Errorf("%s:%d: %w", path, n, jerr)
			}
			out = append(out, dl)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%s: %w", path, err)
		}
	}
}
