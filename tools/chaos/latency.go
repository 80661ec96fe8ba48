package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// latency publishes latStories stories straight to the stories topic at
// latRate per second (every role process running, before the feed clock
// starts) and measures produce → searchable in Elasticsearch: a story
// counts as indexed when an ids query finds it (the node refreshes every
// second, so this is what a reader sees). The stories name no tracked
// person, so they add no events.
func (r *run) latency(ctx context.Context) error {
	o := r.o
	prod := newProducer(o.broker, "chaos.stories")
	defer prod.close()
	n := o.latStories
	ids := make([]string, n)
	sent := make([]time.Time, n)
	seen := make([]time.Time, n)
	var mu sync.Mutex
	pctx, cancel := context.WithTimeout(ctx, time.Duration(n/o.latRate)*time.Second+90*time.Second)
	defer cancel()

	// The poller of ES answers: ids published but not seen yet.
	pollDone := make(chan struct{})
	var pubDone sync.WaitGroup
	pubDone.Add(1)
	go func() {
		defer close(pollDone)
		for {
			mu.Lock()
			var pending []string
			idx := map[string]int{}
			for i := range n {
				if !sent[i].IsZero() && seen[i].IsZero() {
					pending = append(pending, ids[i])
					idx[ids[i]] = i
				}
			}
			mu.Unlock()
			for len(pending) > 0 {
				chunk := pending[:min(len(pending), 2000)]
				pending = pending[len(chunk):]
				found, err := r.es.present(pctx, "chaos-stories", chunk)
				if err != nil {
					break
				}
				now := time.Now()
				mu.Lock()
				for id := range found {
					seen[idx[id]] = now
				}
				mu.Unlock()
			}
			mu.Lock()
			all := !sent[n-1].IsZero()
			left := 0
			for i := range n {
				if seen[i].IsZero() {
					left++
				}
			}
			mu.Unlock()
			if all && left == 0 {
				return
			}
			select {
			case <-pctx.Done():
				return
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()

	perTick := max(1, o.latRate/50)
	tick := time.NewTicker(time.Second * time.Duration(perTick) / time.Duration(o.latRate))
	defer tick.Stop()
	var pubErr error
	setErr := func(err error) {
		mu.Lock()
		if pubErr == nil {
			pubErr = err
		}
		mu.Unlock()
	}
	go func() {
		defer pubDone.Done()
		for i := 0; i < n; {
			select {
			case <-pctx.Done():
				setErr(pctx.Err())
				return
			case <-tick.C:
			}
			var wg sync.WaitGroup
			start := time.Now()
			for j := 0; j < perTick && i < n; j, i = j+1, i+1 {
				link := fmt.Sprintf("http://latency.chaos.test/%d", i)
				id := pipeline.StoryID(link, "")
				body := strings.Join(filler[i%len(filler):], " ") + " " + strings.Join(filler[:i%len(filler)], " ")
				s := pipeline.Story{ID: id, URL: link, Source: "लेटेंसी", Title: fmt.Sprintf("मौसम और बाजार का हाल (%d)", i), Body: body,
					Published: start, Fetched: start, Category: "politics", Language: "hi"}
				raw, err := json.Marshal(s)
				if err != nil {
					setErr(fmt.Errorf("encode latency story: %w", err))
					return
				}
				mu.Lock()
				ids[i] = id
				mu.Unlock()
				wg.Go(func() {
					if err := prod.publish(pctx, id, raw); err != nil {
						setErr(err)
					}
				})
				mu.Lock()
				sent[i] = start
				mu.Unlock()
			}
			wg.Wait()
		}
	}()
	pubDone.Wait()
	<-pollDone
	mu.Lock()
	defer mu.Unlock()
	if pubErr != nil {
		return pubErr
	}
	var lat []time.Duration
	for i := range n {
		if !seen[i].IsZero() {
			lat = append(lat, seen[i].Sub(sent[i]))
		}
	}
	if len(lat) == 0 {
		return fmt.Errorf("none of %d stories indexed", n)
	}
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Printf("chaos: produce→indexed at a paced %d stories/s: p50 %d ms, p99 %d ms (%d of %d stories indexed; searchable in Elasticsearch, polled every 200 ms)\n",
		o.latRate, q(0.50).Milliseconds(), q(0.99).Milliseconds(), len(lat), n)
	if len(lat) < n {
		return fmt.Errorf("%d of %d latency stories not indexed within the phase", n-len(lat), n)
	}
	return nil
}
