package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/khabar/khabar/connectors/feeds"
)

// TestFeedsTable: the khabar feeds table cuts a long Hindi error by
// display width at a character boundary (never inside a letter or between
// a letter and its vowel sign), shows the server's Retry-After beside the
// next poll, and shows feeds waiting behind the per-host limit as queued,
// with their place in the queue.
func TestFeedsTable(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	longErr := "सर्वर ने जवाब नहीं दिया: " + strings.Repeat("कनेक्शन टूट गया, दोबारा कोशिश की जाएगी; ", 4)
	hs := []feeds.FeedHealth{
		{URL: "https://a.example/rss", LastPoll: now.Add(-time.Minute), LastStatus: 429, ConsecutiveFailures: 1,
			FailingSince: now.Add(-time.Minute), LastError: "status 429 Too Many Requests", LastReason: "status",
			RetryAfter: 8 * time.Hour, NextPoll: now.Add(8*time.Hour - time.Minute)},
		{URL: "https://b.example/rss", LastPoll: now.Add(-time.Hour), ConsecutiveFailures: 3, FailingSince: now.Add(-time.Hour),
			Failing: true, LastError: longErr, LastReason: "connect", NextPoll: now.Add(time.Minute)},
		{URL: "https://c.example/rss", Queued: true, QueuedSince: now.Add(-90 * time.Second), QueuePosition: 12},
		{URL: "https://d.example/rss", LastPoll: now.Add(-time.Minute), LastSuccess: now.Add(-time.Minute), NextPoll: now.Add(2 * time.Minute)},
	}
	var out bytes.Buffer
	if err := writeHealthTable(&out, hs, now); err != nil {
		t.Fatal(err)
	}
	table := out.String()
	if !utf8.ValidString(table) {
		t.Fatalf("the table is not valid UTF-8:\n%s", table)
	}
	row := func(host string) string {
		for _, l := range strings.Split(table, "\n") {
			if strings.Contains(l, host) {
				return l
			}
		}
		t.Fatalf("no row for %s:\n%s", host, table)
		return ""
	}
	if r := row("a.example"); !strings.Contains(r, "in 7h59m0s (Retry-After 8h0m0s)") || !strings.Contains(r, "retrying") {
		t.Errorf("the Retry-After feed's row does not show it:\n%s", r)
	}
	b := row("b.example")
	cell := b[strings.Index(b, "सर्वर"):]
	if w := displayWidth(cell); w > 60 || !strings.HasSuffix(cell, "…") {
		t.Errorf("the error is %d columns (want ≤ 60, ending in …): %q", w, cell)
	}
	if kept := strings.TrimSuffix(cell, "…"); !strings.HasPrefix(longErr, kept) {
		t.Errorf("the cut error is not a prefix of the error: %q", kept)
	} else if r, _ := utf8.DecodeRuneInString(longErr[len(kept):]); runeWidth(r) == 0 {
		t.Errorf("the cut separates a letter from its sign %q: %q", r, kept)
	}
	if r := row("c.example"); !strings.Contains(r, "queued") || !strings.Contains(r, "queued #12 for 1m30s") || strings.Contains(r, "never polled") {
		t.Errorf("the queued feed's row does not show its place in the queue:\n%s", r)
	}
	if r := row("d.example"); !strings.Contains(r, " ok ") || !strings.Contains(r, "in 2m0s") || strings.Contains(r, "Retry-After") {
		t.Errorf("a healthy feed's row:\n%s", r)
	}
}
