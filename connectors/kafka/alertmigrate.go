package kafka

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

// AlertMigration says what MigrateAlertState did.
type AlertMigration struct {
	// Done is false when the alert-list topic says the migration ran
	// before (nothing was copied then).
	Done bool
	// Judge and List are the records copied to TopicAlertJudgeState and
	// TopicAlertList.
	Judge, List int
}

// bucketMigrated holds, in the list store, when MigrateAlertState copied
// the old alert-state topic (key: the old topic's relative name).
const bucketMigrated = "alert.migrated"

// The old alert-state topic's buckets, by the store they move to. The
// stored alerts and their timeline go to both: the judge re-emits and
// withdraws the alerts it fired from its own copy.
var (
	judgeBuckets = []string{alert.BucketInputs, alert.BucketWindows, alert.BucketGranules, alert.BucketTicks,
		alert.BucketKeys, alert.BucketQuiet, alert.BucketCounts, alert.BucketAlerts, alert.BucketTimeline}
	listBuckets = []string{alert.BucketAlerts, alert.BucketTimeline, alert.BucketDelivered,
		alert.BucketOutbox, alert.BucketFailed}
)

// migrateBatch bounds the ops of one Apply while migrating.
const migrateBatch = 1000

// MigrateAlertState copies the alert-state topic of a khabar from before
// the split (TopicAlertState: judge records, stored alerts and delivery
// marks in one topic every alert process restored whole) into
// TopicAlertJudgeState (the judge's records, each in the partition of its
// rule and key) and TopicAlertList (the stored alerts and delivery
// marks), once: it marks the list topic when done, and a second call
// copies nothing. Run it with no alert (track) process running: it fences
// the judge-state partitions it writes, as a judge would. The old topic
// is left as it is (delete it once the new ones are checked). Without an
// old topic, or an empty one, it marks the migration done.
func MigrateAlertState(ctx context.Context, b *Bus) (res AlertMigration, err error) {
	list, err := OpenAlertListStore(ctx, b)
	if err != nil {
		return res, err
	}
	defer func() { err = errors.Join(err, list.Close()) }()
	if _, done, err := list.Get(ctx, bucketMigrated, TopicAlertState); err != nil {
		return res, fmt.Errorf("kafka: alert-state migration: %w", err)
	} else if done {
		return res, nil
	}
	mark := pipeline.StateOp{Bucket: bucketMigrated, Key: TopicAlertState, Value: []byte(time.Now().UTC().Format(time.RFC3339))}
	old, err := OpenStateStore(ctx, b, TopicAlertState)
	if errors.Is(err, ErrMissingTopic) {
		res.Done = true
		return res, list.Apply(ctx, mark)
	}
	if err != nil {
		return res, fmt.Errorf("kafka: alert-state migration: %w", err)
	}
	defer func() { err = errors.Join(err, old.Close()) }()
	judge, err := OpenAlertJudgeStore(ctx, b)
	if err != nil {
		return res, err
	}
	defer func() { err = errors.Join(err, judge.Close()) }()
	if res.Judge, err = copyBuckets(ctx, old, judge, judgeBuckets); err != nil {
		return res, fmt.Errorf("kafka: alert-state migration to %s: %w", TopicAlertJudgeState, err)
	}
	if res.List, err = copyBuckets(ctx, old, list, listBuckets); err != nil {
		return res, fmt.Errorf("kafka: alert-state migration to %s: %w", TopicAlertList, err)
	}
	if err := list.Apply(ctx, mark); err != nil {
		return res, fmt.Errorf("kafka: alert-state migration: mark done: %w", err)
	}
	res.Done = true
	return res, nil
}

// copyBuckets writes every record of buckets of from to to, in writes of
// at most migrateBatch ops, and returns how many it wrote.
func copyBuckets(ctx context.Context, from, to pipeline.StateStore, buckets []string) (int, error) {
	n := 0
	for _, bucket := range buckets {
		var ops []pipeline.StateOp
		// Collected first, written after the scan: a store may not take
		// writes inside its ForEach.
		err := from.ForEach(ctx, bucket, func(k string, v []byte) error {
			ops = append(ops, pipeline.StateOp{Bucket: bucket, Key: k, Value: v})
			return nil
		})
		if err != nil {
			return n, fmt.Errorf("read %s: %w", bucket, err)
		}
		for i := 0; i < len(ops); i += migrateBatch {
			batch := ops[i:min(len(ops), i+migrateBatch)]
			if err := to.Apply(ctx, batch...); err != nil {
				return n, fmt.Errorf("write %s: %w", bucket, err)
			}
			n += len(batch)
		}
	}
	return n, nil
}
