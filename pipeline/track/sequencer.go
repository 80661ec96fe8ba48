package track

import (
	"context"
	"errors"
	"sort"
	"sync"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// SequencerConfig bounds how long stances wait to be put in event-time
// order.
type SequencerConfig struct {
	// Quiet flushes the pending stances once none arrived for this long.
	Quiet time.Duration
	// MaxHold flushes them once the oldest waited this long, however busy.
	MaxHold time.Duration
	// Max flushes at this many pending (the route's Workers: each handler
	// call waits for its batch).
	Max int
}

// DefaultSequencer: a burst of stories fetched together (a fresh start, a
// feed's backlog, the five demo feeds one host-gap apart) is folded in
// event-time order; under steady load a batch is at most 2,048 stances or 5 s.
func DefaultSequencer() SequencerConfig {
	return SequencerConfig{Quiet: 2 * time.Second, MaxHold: 5 * time.Second, Max: 2048}
}

// Sequencer folds stances in event-time order and in batches: handler
// calls that arrive close together wait (up to Quiet after the last
// arrival, MaxHold after the first) and are folded together, sorted by
// event time (ties by story id), in one Apply. It has no goroutine of its
// own: the first caller of a batch leads it (waits, folds, answers the
// others). So the track route runs with Workers = Max: the router's
// workers are the waiting callers.
type Sequencer struct {
	t   *Tracker
	cfg SequencerConfig

	mu      sync.Mutex
	pending []*seqReq
	leading bool
	arrived chan struct{} // a new request (capacity 1)
}

type seqReq struct {
	item Item
	at   time.Time
	res  folded
	err  error
	done chan struct{}
}

// NewSequencer returns a sequencer over t.
func NewSequencer(t *Tracker, cfg SequencerConfig) *Sequencer {
	d := DefaultSequencer()
	if cfg.Quiet <= 0 {
		cfg.Quiet = d.Quiet
	}
	if cfg.MaxHold < cfg.Quiet {
		cfg.MaxHold = max(d.MaxHold, cfg.Quiet)
	}
	if cfg.Max <= 0 {
		cfg.Max = d.Max
	}
	return &Sequencer{t: t, cfg: cfg, arrived: make(chan struct{}, 1)}
}

// Workers is how many handler calls the route should run at once.
func (s *Sequencer) Workers() int { return s.cfg.Max }

// Fold folds one story's stances with the others that arrive meanwhile,
// in event-time order, and returns its events. A caller whose ctx ends
// while its batch is still being folded gets ctx.Err() (its message is
// nacked); the fold itself completes, and a redelivery finds it done.
func (s *Sequencer) Fold(ctx context.Context, story StoryRef, stances []pipeline.Stance) ([]pipeline.Event, error) {
	r, err := s.fold(ctx, story, stances)
	return r.events, err
}

func (s *Sequencer) fold(ctx context.Context, story StoryRef, stances []pipeline.Stance) (folded, error) {
	if story.ID == "" {
		return folded{}, pipeline.Permanent(errors.New("track: fold: story without id"))
	}
	at, _ := EventTime(story, s.t.clock(), time.Time{})
	r := &seqReq{item: Item{Story: story, Stances: stances}, at: at, done: make(chan struct{})}
	s.mu.Lock()
	s.pending = append(s.pending, r)
	lead := !s.leading
	s.leading = true
	s.mu.Unlock()
	select {
	case s.arrived <- struct{}{}:
	default:
	}
	if lead {
		s.lead(ctx)
	}
	select {
	case <-r.done:
		return r.res, r.err
	case <-ctx.Done():
		return folded{}, ctx.Err()
	}
}

// lead waits for the batch to settle, then folds it. It folds on a context
// that outlives the caller's cancellation: a batch is folded whole.
func (s *Sequencer) lead(ctx context.Context) {
	quiet := time.NewTimer(s.cfg.Quiet)
	defer quiet.Stop()
	hold := time.NewTimer(s.cfg.MaxHold)
	defer hold.Stop()
wait:
	for {
		s.mu.Lock()
		full := len(s.pending) >= s.cfg.Max
		s.mu.Unlock()
		if full {
			break
		}
		select {
		case <-s.arrived:
			if !quiet.Stop() {
				select {
				case <-quiet.C:
				default:
				}
			}
			quiet.Reset(s.cfg.Quiet)
		case <-quiet.C:
			break wait
		case <-hold.C:
			break wait
		case <-ctx.Done():
			break wait
		}
	}
	// Whoever arrives after the cut leads the next batch.
	s.mu.Lock()
	batch := s.pending
	s.pending = nil
	s.leading = false
	s.mu.Unlock()
	sort.SliceStable(batch, func(i, j int) bool {
		if !batch[i].at.Equal(batch[j].at) {
			return batch[i].at.Before(batch[j].at)
		}
		return batch[i].item.Story.ID < batch[j].item.Story.ID
	})
	items := make([]Item, len(batch))
	for i, r := range batch {
		items[i] = r.item
	}
	// The batch is folded even as the stage stops (its stances were
	// accepted), but not for ever: a state store that cannot write (a
	// broker outage) must not hang the shutdown.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	res, err := s.t.foldBatch(fctx, items)
	cancel()
	for i, r := range batch {
		if err != nil {
			r.err = err
		} else {
			r.res = res[i]
		}
		close(r.done)
	}
}

// SequencedHandler is the track stage over a bus, through a sequencer: a
// StanceBatch in, its events out on the events topic (see Handler). Run
// its route with Workers: s.Workers().
func SequencedHandler(s *Sequencer) pipeline.Handler {
	return handler(s.t, s.fold)
}
