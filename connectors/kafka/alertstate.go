package kafka

import (
	"context"

	"github.com/khabar/khabar/pipeline/alert"
)

// TopicAlertInputs carries the alert stage's observations from its first
// step (rules matched against analyses, events and failing feeds) to its
// second (Judge), keyed by rule and key, so one consumer owns each key's
// state (issue 14 §3).
const TopicAlertInputs = alert.TopicInputs

// TopicAlertJudgeState is the judge's state changelog (compacted): its
// records per rule and key (inputs, quiet windows, count granules and
// ticks, and its copies of the alerts it fired), co-partitioned with
// TopicAlertInputs by alert.PartitionKey. A judge process loads and tails
// only the partitions it consumes, and fences each before it writes
// (OpenAlertJudgeStore), as the tracker does with TopicPairState.
const TopicAlertJudgeState = "alert-judge-state"

// TopicAlertList holds the stored alerts for listing (compacted): each
// alert and its timeline entry, and the delivery marks, written by the
// alert-delivery consumer group from the alerts topic (one owner per alert
// id). Small — bounded by alert.retention, pruned by age — and restored
// whole by any process that lists alerts (GET /api/alerts, `khabar alerts
// list`) or delivers them, without the judge's per-key state.
const TopicAlertList = "alert-list"

// TopicAlertState is the alert state changelog of khabar before the split
// (one topic for the judge's records, the stored alerts and the delivery
// marks, restored whole by every alert process). Nothing writes it now;
// MigrateAlertState copies it into TopicAlertJudgeState and
// TopicAlertList once.
const TopicAlertState = "alert-state"

// OpenAlertJudgeStore opens the judge's state: TopicAlertJudgeState,
// co-partitioned with TopicAlertInputs. It reads nothing until a
// partition is owned or fenced (alert.JudgeHandler fences the partition
// of each input before judging it).
func OpenAlertJudgeStore(ctx context.Context, b *Bus) (*PartitionedStateStore, error) {
	return OpenPartitionedStateStore(ctx, b, TopicAlertJudgeState, TopicAlertInputs, alert.PartitionKey)
}

// OpenAlertListStore restores the stored alerts (TopicAlertList) whole and
// tails them.
func OpenAlertListStore(ctx context.Context, b *Bus) (*StateStore, error) {
	return OpenStateStore(ctx, b, TopicAlertList)
}
