package searchterms

import "time"

// DayBucketSpan is the longest span of published dates shown by day; a
// longer one is shown by month.
const DayBucketSpan = 92 * 24 * time.Hour

// Bucket is one bar of a date histogram: [From, To), named by Value
// (2025-06-05 for a day, 2025-06 for a month).
type Bucket struct {
	Value    string
	From, To time.Time
}

// DateBuckets returns the histogram buckets, in UTC, that cover oldest to
// newest: days when the span is at most DayBucketSpan, months otherwise.
// Every sink counts the same buckets, so the histogram is the same on each.
func DateBuckets(oldest, newest time.Time) []Bucket {
	oldest, newest = oldest.UTC(), newest.UTC()
	if newest.Before(oldest) {
		oldest, newest = newest, oldest
	}
	var out []Bucket
	if newest.Sub(oldest) <= DayBucketSpan {
		d := time.Date(oldest.Year(), oldest.Month(), oldest.Day(), 0, 0, 0, 0, time.UTC)
		for !d.After(newest) {
			next := d.AddDate(0, 0, 1)
			out = append(out, Bucket{Value: d.Format("2006-01-02"), From: d, To: next})
			d = next
		}
		return out
	}
	m := time.Date(oldest.Year(), oldest.Month(), 1, 0, 0, 0, 0, time.UTC)
	for !m.After(newest) {
		next := m.AddDate(0, 1, 0)
		out = append(out, Bucket{Value: m.Format("2006-01"), From: m, To: next})
		m = next
	}
	return out
}
