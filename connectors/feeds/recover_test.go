package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// freezeStore is a state store that stops persisting when frozen: every
// Apply fails from then on, as if the process died at that moment (its
// published stories stay on the topic, its later commits never happen).
type freezeStore struct {
	pipeline.StateStore
	frozen atomic.Bool
}

func (s *freezeStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if s.frozen.Load() {
		return errors.New("frozen: the process is dead")
	}
	return s.StateStore.Apply(ctx, ops...)
}

// TestKafkaKilledBeforeCommit: a poller whose stories were acked by a
// real broker but whose commits never happened (the state store frozen
// as by kill -9 after the acks) is followed by a new poller over the same
// feed-state topic. Without reading the stories topic back, the new
// poller publishes every such story a second time (a topic copy); with
// it (the default), none.
func TestKafkaKilledBeforeCommit(t *testing.T) {
	addr := kafkaBroker(t)
	for _, tc := range []struct {
		name       string
		recover    time.Duration
		wantCopies int
	}{
		{"read back", 0, 0},
		{"not read back", -1, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			copies, distinct := killBeforeCommit(t, addr, tc.recover)
			t.Logf("%s: %d story ids, %d copies", tc.name, distinct, copies)
			if distinct != 200 {
				t.Errorf("stories topic holds %d story ids, want 200", distinct)
			}
			if copies != tc.wantCopies {
				t.Errorf("%d copies on the stories topic, want %d", copies, tc.wantCopies)
			}
		})
	}
}

func killBeforeCommit(t *testing.T, addr string, recover time.Duration) (copies, distinct int) {
	const nFeeds = 20
	kcfg, log := setupKafka(t, addr, "tkill", nil)

	// Round 1: five stories per feed; round 2: five more.
	var round atomic.Int32
	round.Store(1)
	var mu sync.Mutex
	requests := make([]int, nFeeds) // in round 3 (the new poller)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/k/"))
		if err != nil || i < 0 || i >= nFeeds {
			http.NotFound(w, r)
			return
		}
		rd := round.Load()
		if rd == 3 {
			mu.Lock()
			requests[i]++
			mu.Unlock()
		}
		n := 5
		if rd >= 2 {
			n = 10
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>मंडी भाव %d</title>`, i)
		for k := range n {
			fmt.Fprintf(&b, `<item><title>मंडी %d में गेहूँ का भाव, दिन %d</title><link>https://mandi.example/%d/%d</link>`+
				`<description>व्यापारियों के अनुसार आवक बढ़ने से भाव %d रुपये प्रति क्विंटल रहा।</description><pubDate>%s</pubDate></item>`,
				i, k, i, k, 2000+10*k, time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(k)*time.Hour).Format(time.RFC1123Z))
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = io.WriteString(w, b.String())
	}))
	defer srv.Close()
	var list []Feed
	for i := range nFeeds {
		list = append(list, Feed{URL: fmt.Sprintf("%s/k/%d", srv.URL, i), Name: fmt.Sprintf("मंडी भाव %d", i)})
	}
	cfg := fastConfig(list...)
	cfg.Workers, cfg.PerHost = 8, 8
	cfg.RecoverWindow = recover

	start := func(wrap func(pipeline.StateStore) pipeline.StateStore) *kafkaPoller {
		return startKafkaPollerWith(t, kcfg, cfg, Shard{}, log, wrap)
	}
	committedSeen := func(pr *kafkaPoller) int {
		n := 0
		for _, f := range list {
			v, ok, _ := pr.state.Get(context.Background(), BucketSeen, f.key())
			if !ok {
				continue
			}
			var seen map[string]seenEntry
			if json.Unmarshal(v, &seen) == nil {
				n += len(seen)
			}
		}
		return n
	}

	var frozen *freezeStore
	a := start(func(s pipeline.StateStore) pipeline.StateStore { frozen = &freezeStore{StateStore: s}; return frozen })
	waitLong(t, "round 1: 100 stories acked and their seen sets committed", func() bool {
		n, _ := storiesOf(t, []*kafkaPoller{{p: a.p}})
		return n == 100 && committedSeen(a) == 100
	})
	frozen.frozen.Store(true) // "kill -9": nothing is committed from now on
	round.Store(2)
	waitLong(t, "round 2: 100 more stories acked (not committed)", func() bool {
		n, _ := storiesOf(t, []*kafkaPoller{{p: a.p}})
		return n == 200
	})
	a.stop()

	round.Store(3)
	b := start(func(s pipeline.StateStore) pipeline.StateStore { return s })
	waitLong(t, "the new poller fetched every feed twice", eachAtLeast(&mu, requests, 2))
	// Found or published again, the round-2 stories end in the new
	// poller's committed seen sets: its next start delivers nothing.
	waitLong(t, "the new poller committed all 200 stories as delivered", func() bool { return committedSeen(b) == 200 })
	b.stop()

	byID, total := storyCopies(t, kcfg, log)
	return total - len(byID), len(byID)
}
