package kafka

// TopicPairState is the tracker's per-pair changelog (PartitionedStateStore):
// compacted, with as many partitions as the stances topic, and every
// record in the partition its pair's stances go to, so a tracker restores
// only the partitions it consumes.
const TopicPairState = "pair-state"
