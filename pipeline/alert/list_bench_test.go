package alert

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
)

// BenchmarkAlertsPage: one /api/alerts page of 50 from 10,000 stored alerts
// (bbolt, each alert citing 3 stories with evidence, ~1.5 KB), the paged
// read (ListPage) against decoding every alert (ListStored, the old way).
func BenchmarkAlertsPage(b *testing.B) {
	st, err := boltstore.Open(filepath.Join(b.TempDir(), "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	var ops []pipeline.StateOp
	evidence := strings.Repeat("मस्क ने ऑल्टमैन की कंपनी पर फिर निशाना साधा। ", 3)
	for i := range 10000 {
		at := t0.Add(time.Duration(i) * time.Minute)
		a := pipeline.Alert{ID: alertID([]string{"feud", "burst"}[i%2], fmt.Sprint("k", i), at), Rule: []string{"feud", "burst"}[i%2],
			Key: fmt.Sprint("k", i), Window: at, Time: at, Title: "नया झगड़ा — k", Reason: "3 distinct sources within 1h0m0s"}
		for j := range 3 {
			a.Stories = append(a.Stories, pipeline.AlertStory{ID: fmt.Sprint("s", i, j), Title: "ख़बर", URL: "https://news.test/x", Source: "a", Evidence: []string{evidence}})
		}
		more, err := storeAlertOps(a, at)
		if err != nil {
			b.Fatal(err)
		}
		ops = append(ops, more...)
		if len(ops) >= 1000 {
			if err := st.Apply(ctx, ops...); err != nil {
				b.Fatal(err)
			}
			ops = ops[:0]
		}
	}
	b.Run("ListPage", func(b *testing.B) {
		for b.Loop() {
			p, err := ListPageStored(ctx, st, Filter{Size: 50})
			if err != nil || p.Total != 10000 || len(p.Alerts) != 50 {
				b.Fatalf("%d %d %v", p.Total, len(p.Alerts), err)
			}
		}
	})
	b.Run("ListStored", func(b *testing.B) {
		for b.Loop() {
			all, err := ListStored(ctx, st, Filter{Size: 1 << 30})
			if err != nil || len(all) != 10000 {
				b.Fatalf("%d %v", len(all), err)
			}
		}
	})
}
