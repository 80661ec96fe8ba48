package work

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/khabar/khabar/pipeline"
)

// LineError is a bad input line of AnalyzeJSONL.
type LineError struct {
	Name string // input name ("-" for stdin)
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// JSONLConfig tunes AnalyzeJSONL. The zero value is usable.
type JSONLConfig struct {
	// Name names the input in errors (a file name, "-" for stdin).
	Name string
	// MaxLineBytes bounds one input line; a longer line is an error and is
	// skipped. Default 64 MiB.
	MaxLineBytes int
	// Each, when set, sees every analysis with its story before it is
	// written, in input order: the place where the tracker folds stances
	// into shifts and events.
	Each func(s pipeline.Story, a *pipeline.Analysis)
	// OnError, when set, is told of each bad line as it happens; the run
	// goes on either way.
	OnError func(err error)
}

// Validate checks the configuration.
func (c JSONLConfig) Validate() error {
	if c.MaxLineBytes < 0 {
		return fmt.Errorf("work: MaxLineBytes %d is negative", c.MaxLineBytes)
	}
	return nil
}

// AnalyzeJSONL reads JSON Lines stories ({"id","title","body","published",
// "url","source"}, unknown fields ignored) from r and writes one JSON line
// of pipeline.Analysis per story to w, in input order. A bad line is
// reported (OnError) and skipped; the joined *LineError values are returned
// at the end so the caller can exit non-zero. Write errors and ctx stop the
// run at once.
func AnalyzeJSONL(ctx context.Context, an *Analyzer, r io.Reader, w io.Writer, cfg JSONLConfig) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	if cfg.MaxLineBytes == 0 {
		cfg.MaxLineBytes = 64 << 20
	}
	if cfg.Name == "" {
		cfg.Name = "-"
	}
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var bad []error
	fail := func(line int, err error) {
		le := &LineError{Name: cfg.Name, Line: line, Err: err}
		bad = append(bad, le)
		if cfg.OnError != nil {
			cfg.OnError(le)
		}
	}
	var buf []byte
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			_ = bw.Flush()
			return fmt.Errorf("analyze %s: %w", cfg.Name, err)
		}
		buf = buf[:0]
		tooLong := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !tooLong {
				if len(buf)+len(chunk) > cfg.MaxLineBytes {
					tooLong = true
					buf = buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			rerr = err
			break
		}
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			_ = bw.Flush()
			return fmt.Errorf("analyze %s: line %d: %w", cfg.Name, line, rerr)
		}
		eof := rerr != nil
		if tooLong {
			fail(line, fmt.Errorf("line longer than %d bytes", cfg.MaxLineBytes))
		} else if trimmed := bytes.TrimSpace(buf); len(trimmed) > 0 {
			var s pipeline.Story
			if err := json.Unmarshal(trimmed, &s); err != nil {
				fail(line, fmt.Errorf("bad story: %w", err))
			} else {
				a := an.Analyze(s)
				if cfg.Each != nil {
					cfg.Each(s, &a)
				}
				if err := enc.Encode(&a); err != nil {
					return fmt.Errorf("analyze %s: line %d: write: %w", cfg.Name, line, err)
				}
			}
		}
		if eof {
			break
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("analyze %s: write: %w", cfg.Name, err)
	}
	return errors.Join(bad...)
}
