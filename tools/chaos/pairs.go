package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline/track"
)

// pairFolds is what one run's tracker folded into one pair, read from its
// pair-state changelog: the last pair record's counts and decayed weights,
// and the stories whose timeline record two committed folds wrote (a copy
// of the story folded again — issue 14 session 6 — or a refold the
// markers did not stop). Folds are told apart by the pair's records: a
// batch writes its timeline records, then the pair record.
type pairFolds struct {
	found                        bool
	stories, hostile, supportive int
	wHostile, wSupportive        float64
	twice                        []string
}

func (p pairFolds) String() string {
	if !p.found {
		return "no pair record"
	}
	return fmt.Sprintf("%d stories (%d hostile, %d supportive), weights hostile %.3f supportive %.3f, timeline written by two folds %d: %s",
		p.stories, p.hostile, p.supportive, p.wHostile, p.wSupportive, len(p.twice), joinMax(p.twice, 8))
}

// readPairFolds reads a pair-state changelog topic for the given pairs.
func readPairFolds(ctx context.Context, broker, topic string, pairs []string) (map[string]*pairFolds, error) {
	want := map[string]bool{}
	for _, p := range pairs {
		want[p] = true
	}
	out := map[string]*pairFolds{}
	fold := map[string]int{}               // pair → committed folds seen
	written := map[string]map[string]int{} // pair → story → fold that wrote its timeline record
	twice := map[string]map[string]bool{}
	if _, err := eachMessage(ctx, broker, topic, func(m kafkago.Message) error {
		bucket, key, ok := strings.Cut(string(m.Key), "\x00")
		if !ok {
			return nil
		}
		switch {
		case bucket == track.BucketPairs && want[key]:
			fold[key]++
			if m.Value == nil {
				return nil
			}
			var rec struct {
				Counts struct {
					Stories           int `json:"stories"`
					HostileStories    int `json:"hostile_stories"`
					SupportiveStories int `json:"supportive_stories"`
				} `json:"counts"`
				Hostile    float64 `json:"hostile"`
				Supportive float64 `json:"supportive"`
			}
			if err := json.Unmarshal(m.Value, &rec); err != nil {
				return fmt.Errorf("%s/%d@%d: pair record of %s: %w", topic, m.Partition, m.Offset, key, err)
			}
			out[key] = &pairFolds{found: true, stories: rec.Counts.Stories, hostile: rec.Counts.HostileStories,
				supportive: rec.Counts.SupportiveStories, wHostile: rec.Hostile, wSupportive: rec.Supportive}
		case strings.HasPrefix(bucket, track.BucketTimelinePrefix) && want[strings.TrimPrefix(bucket, track.BucketTimelinePrefix)]:
			pair := strings.TrimPrefix(bucket, track.BucketTimelinePrefix)
			story := key[strings.LastIndexByte(key, ' ')+1:]
			if written[pair] == nil {
				written[pair], twice[pair] = map[string]int{}, map[string]bool{}
			}
			if f, ok := written[pair][story]; ok && f != fold[pair] {
				twice[pair][story] = true
			}
			written[pair][story] = fold[pair]
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, p := range pairs {
		if out[p] == nil {
			out[p] = &pairFolds{}
		}
		for s := range twice[p] {
			out[p].twice = append(out[p].twice, s)
		}
		sort.Strings(out[p].twice)
	}
	return out, nil
}

// pairOfSig is the pair key of an event signature (eventSig).
func pairOfSig(sig string) string {
	parts := strings.SplitN(sig, ":", 3)
	if len(parts) < 3 {
		return ""
	}
	return parts[1]
}

// reportPairFolds prints, for the pairs of the events that differ, what
// each run's tracker folded into them: a different count of stories says
// the runs folded different sets (a story lost or counted twice), the
// same counts and weights with another trigger would point at the order.
func (r *run) reportPairFolds(ctx context.Context, sigs []string) {
	seen := map[string]bool{}
	var pairs []string
	for _, s := range sigs {
		if p := pairOfSig(s); p != "" && !seen[p] {
			seen[p] = true
			pairs = append(pairs, p)
		}
	}
	sort.Strings(pairs)
	if len(pairs) > 5 {
		pairs = pairs[:5]
	}
	chaos, err := readPairFolds(ctx, r.o.broker, "chaos.pair-state", pairs)
	if err != nil {
		fmt.Printf("chaos: detail: pair folds: %v\n", err)
		return
	}
	clean, err := readPairFolds(ctx, r.o.broker, "clean.pair-state", pairs)
	if err != nil {
		fmt.Printf("chaos: detail: pair folds: %v\n", err)
		return
	}
	for _, p := range pairs {
		fmt.Printf("chaos: detail: pair %s: chaos tracker folded %s; clean tracker folded %s\n", p, chaos[p], clean[p])
	}
}
