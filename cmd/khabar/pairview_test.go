package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// TestKafkaPairsListsEveryPartition: two trackers share the stances'
// partitions, so each holds part of the pair state; the process serving the
// API lists every pair on /api/pairs — the pairs of every partition, each
// once — and answers a pair's detail, whether it runs no tracker (an index
// process) or one of the two (`run --bus kafka` beside a track process); so
// do `khabar pairs` and `khabar pair` with no khabar process running.
func TestKafkaPairsListsEveryPartition(t *testing.T) {
	cases := []struct {
		name  string
		procs [][]string // the first serves the API
	}{
		{"index-only", [][]string{{"index"}, {"track"}, {"track"}, {"work"}}},
		{"with-tracker", [][]string{{"run", "--bus", "kafka"}, {"track"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { pairsEveryPartition(t, tc.procs) })
	}
}

func pairsEveryPartition(t *testing.T, procs [][]string) {
	c := newClusterWith(t, 6, 2)
	file := filepath.Join(c.dir, "stories.jsonl")
	writeStories(t, file, 120)
	var names []string
	for i, args := range procs {
		name := fmt.Sprintf("p%d", i)
		c.start(name, args...)
		names = append(names, name)
	}
	api := c.apiOf(t, names[0])
	// Both trackers hold partitions before any stance is published.
	c.waitGroupMembers(time.Minute, "track", pipeline.TopicStances, 2)
	c.replay(t, file)
	c.waitDrained(3*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"track", pipeline.TopicStances}, [2]string{"index", pipeline.TopicAnalyses})

	// The pairs folded: the keys of the stances topic.
	b, err := kafka.New(t.Context(), c.kcfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	err = b.Scan(t.Context(), pipeline.TopicStances, time.Time{}, func(int64) {}, func(m *pipeline.Message) error {
		want[m.Key] = true
		return nil
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 6 {
		t.Fatalf("only %d pairs on the stances topic: too few to spread over the partitions", len(want))
	}

	var list track.PairList
	deadline := time.Now().Add(time.Minute)
	for {
		list = track.PairList{}
		code := getJSON(t, api+"/api/pairs?size=1000", &list)
		if code == http.StatusOK && list.Total == len(want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/api/pairs: status %d, %d pairs, want %d (every pair folded by either tracker)", code, list.Total, len(want))
		}
		time.Sleep(300 * time.Millisecond)
	}
	var got []string
	for _, p := range list.Pairs {
		got = append(got, pipeline.PairKey(p.Pair[0], p.Pair[1]))
	}
	slices.Sort(got)
	var wantKeys []string
	for k := range want {
		wantKeys = append(wantKeys, k)
	}
	slices.Sort(wantKeys)
	if !slices.Equal(got, wantKeys) {
		t.Fatalf("/api/pairs lists %v, want %v", got, wantKeys)
	}
	t.Logf("%d pairs listed by the API's process, folded by two trackers", len(got))
	first := list.Pairs[len(list.Pairs)-1]
	var d track.PairDetail
	if code := getJSON(t, api+fmt.Sprintf("/api/pairs/%s/%s", first.Pair[0], first.Pair[1]), &d); code != http.StatusOK || d.Pair != first.Pair || d.Timeline.Total == 0 {
		t.Fatalf("/api/pairs/%s/%s: status %d, pair %v, %d timeline entries", first.Pair[0], first.Pair[1], code, d.Pair, d.Timeline.Total)
	}
	for i, name := range names {
		c.stop(name, c.procs[i])
	}

	// With no khabar process left, `khabar pairs` reads the topic itself.
	cli := c.start("pairs", "pairs", "--json", "--size", "1000")
	if err := c.exitWithin("pairs", cli, time.Minute); err != nil {
		t.Fatalf("khabar pairs: %v\n%s", err, c.log("pairs"))
	}
	var fromCLI track.PairList
	if err := json.Unmarshal([]byte(c.log("pairs")), &fromCLI); err != nil {
		t.Fatalf("khabar pairs --json: %v\n%s", err, c.log("pairs"))
	}
	if fromCLI.Total != len(want) || len(fromCLI.Pairs) != len(want) {
		t.Fatalf("khabar pairs lists %d (total %d), want %d", len(fromCLI.Pairs), fromCLI.Total, len(want))
	}
	cli = c.start("pair", "pair", first.Pair[1], first.Pair[0], "--json")
	if err := c.exitWithin("pair", cli, time.Minute); err != nil {
		t.Fatalf("khabar pair: %v\n%s", err, c.log("pair"))
	}
	var dCLI track.PairDetail
	if err := json.Unmarshal([]byte(c.log("pair")), &dCLI); err != nil || dCLI.Pair != first.Pair || dCLI.Timeline.Total != d.Timeline.Total {
		t.Fatalf("khabar pair %s %s: %v, pair %v with %d timeline entries, want %d\n%s", first.Pair[1], first.Pair[0], err, dCLI.Pair, dCLI.Timeline.Total, d.Timeline.Total, c.log("pair"))
	}
}

// waitGroupMembers waits until group (relative) is stable with n members,
// each assigned partitions of topic (relative).
func (c *cluster) waitGroupMembers(timeout time.Duration, group, topic string, n int) {
	c.t.Helper()
	tr := &kafkago.Transport{MetadataTTL: time.Second}
	defer tr.CloseIdleConnections()
	cl := &kafkago.Client{Addr: kafkago.TCP(c.kcfg.Brokers...), Timeout: 10 * time.Second, Transport: tr}
	full := c.kcfg.Topic(topic)
	deadline := time.Now().Add(timeout)
	var last string
	for {
		res, err := cl.DescribeGroups(context.Background(), &kafkago.DescribeGroupsRequest{GroupIDs: []string{c.kcfg.TopicPrefix + group}})
		if err == nil && len(res.Groups) == 1 && res.Groups[0].Error == nil {
			g := res.Groups[0]
			assigned := 0
			for _, m := range g.Members {
				for _, tp := range m.MemberAssignments.Topics {
					if tp.Topic == full && len(tp.Partitions) > 0 {
						assigned++
					}
				}
			}
			if g.GroupState == "Stable" && len(g.Members) == n && assigned == n {
				return
			}
			last = fmt.Sprintf("state %s, %d members, %d with partitions of %s", g.GroupState, len(g.Members), assigned, full)
		} else {
			last = fmt.Sprintf("%v %+v", err, res)
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("group %s not stable with %d members within %s: %s", group, n, timeout, last)
		}
		time.Sleep(300 * time.Millisecond)
	}
}
