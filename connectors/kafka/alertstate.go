package kafka

import "github.com/khabar/khabar/pipeline/alert"

// TopicAlertInputs carries the alert stage's observations from its first
// step (rules matched against analyses, events and failing feeds) to its
// second (Judge), keyed by rule and key, so one consumer owns each key's
// state (issue 14 §3).
const TopicAlertInputs = alert.TopicInputs

// TopicAlertState is the alert stage's state changelog (compacted): one
// record per rule and key, and the stored alerts with their timeline.
// Every alert process opens it whole (OpenStateStore), so a key's new
// owner after a rebalance has its state and any of them serves
// /api/alerts.
const TopicAlertState = "alert-state"
