package kafka

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// TopicSpec is one topic khabar needs.
type TopicSpec struct {
	Name string // relative: "stories"
	// Compact keeps the last value per key instead of deleting by age: for
	// changelogs, whose latest record per key is the state.
	Compact bool
	Purpose string
}

// Topics lists khabar's topics.
func Topics() []TopicSpec {
	return []TopicSpec{
		{Name: pipeline.TopicStories, Purpose: "raw stories from pollers; key = story id"},
		{Name: pipeline.TopicAnalyses, Purpose: "analyses from workers; key = story id"},
		{Name: pipeline.TopicStances, Purpose: "directed stances; key = sorted pair, so one tracker owns a pair"},
		{Name: pipeline.TopicEvents, Purpose: "feud and stance-shift events from the tracker; key = pair"},
		{Name: pipeline.TopicAlerts, Purpose: "alert firings; key = alert id"},
		{Name: pipeline.TopicDLQ, Purpose: "dead letters: error, source topic/partition/offset, original headers and value"},
		{Name: TopicTrackState, Compact: true, Purpose: "tracker pair-state changelog (compacted); key = pair"},
		{Name: TopicPairState, Compact: true, Purpose: "tracker pair state per pair (compacted), co-partitioned with stances (partition = the pair's); key = bucket NUL key"},
		{Name: TopicFeedState, Compact: true, Purpose: "pollers' feed-state changelog (compacted); key = bucket and canonical feed URL"},
		{Name: TopicFeedFailing, Purpose: "feeds failing for longer than poll.failing_after, from pollers to the track role's alert engine; key = feed URL"},
		{Name: TopicAlertInputs, Purpose: "alert observations, from the alert stage's rule matching to its judging; key = rule/key, so one consumer owns a rule and key's state"},
		{Name: TopicAlertState, Compact: true, Purpose: "alert state changelog of before the split (compacted); read only by MigrateAlertState"},
		{Name: TopicAlertJudgeState, Compact: true, Purpose: "alert judge state per rule and key (compacted), co-partitioned with alert-inputs; key = bucket NUL key"},
		{Name: TopicAlertList, Compact: true, Purpose: "stored alerts and delivery marks (compacted), restored whole to list alerts; key = bucket NUL key"},
	}
}

// TopicFeedFailing carries failing feeds from the poll role to the alert
// engine, which runs in the track role.
const TopicFeedFailing = "feed-failing"

// TopicTrackState is the tracker's pair-state changelog: compacted, so the
// latest state per pair survives and a restarted tracker restores from it.
const TopicTrackState = "track-state"

// SetupResult says what Setup did to one topic.
type SetupResult struct {
	Topic      string
	Action     string // created, exists, partitions-added
	Partitions int
}

// Setup creates khabar's topics with the configured partitions,
// replication and retention. It is idempotent: existing topics get the
// configured retention/cleanup policy and, when they have fewer partitions
// than configured, more partitions (never fewer: Kafka cannot shrink).
func Setup(ctx context.Context, cfg Config, log *slog.Logger) ([]SetupResult, error) {
	log, tr, err := cfg.open(log)
	if err != nil {
		return nil, err
	}
	defer tr.CloseIdleConnections()
	cl := &kafkago.Client{Addr: kafkago.TCP(cfg.Brokers...), Transport: tr, Timeout: 30 * time.Second}
	pctx, cancel := context.WithTimeout(ctx, cfg.DialTimeout+time.Second)
	meta, err := cl.Metadata(pctx, &kafkago.MetadataRequest{})
	cancel()
	if err != nil {
		return nil, fmt.Errorf("kafka setup: no broker answered at %v within %s: %w: %w", cfg.Brokers, cfg.DialTimeout, ErrUnreachable, err)
	}
	existing := map[string]int{}
	for _, t := range meta.Topics {
		if t.Error == nil {
			existing[t.Name] = len(t.Partitions)
		}
	}
	var out []SetupResult
	for _, spec := range Topics() {
		full := cfg.Topic(spec.Name)
		entries := topicConfig(cfg, spec)
		if n, ok := existing[full]; ok {
			res := SetupResult{Topic: full, Action: "exists", Partitions: n}
			if n < cfg.Partitions {
				r, err := cl.CreatePartitions(ctx, &kafkago.CreatePartitionsRequest{
					Topics: []kafkago.TopicPartitionsConfig{{Name: full, Count: int32(cfg.Partitions)}},
				})
				if err == nil {
					err = r.Errors[full]
				}
				if err != nil {
					return out, fmt.Errorf("kafka setup: add partitions to %q: %w", full, err)
				}
				res.Action, res.Partitions = "partitions-added", cfg.Partitions
			}
			if err := alterConfig(ctx, cl, full, entries); err != nil {
				return out, err
			}
			out = append(out, res)
			log.Info("topic", "topic", full, "action", res.Action, "partitions", res.Partitions)
			continue
		}
		r, err := cl.CreateTopics(ctx, &kafkago.CreateTopicsRequest{Topics: []kafkago.TopicConfig{{
			Topic: full, NumPartitions: cfg.Partitions, ReplicationFactor: cfg.ReplicationFactor, ConfigEntries: entries,
		}}})
		if err == nil {
			err = r.Errors[full]
		}
		action := "created"
		if errors.Is(err, kafkago.TopicAlreadyExists) {
			// Created concurrently by another setup: fine.
			err, action = nil, "exists"
		}
		if err != nil {
			return out, fmt.Errorf("kafka setup: create %q (%d partitions, replication %d): %w", full, cfg.Partitions, cfg.ReplicationFactor, err)
		}
		out = append(out, SetupResult{Topic: full, Action: action, Partitions: cfg.Partitions})
		log.Info("topic", "topic", full, "action", action, "partitions", cfg.Partitions)
	}
	return out, nil
}

func topicConfig(cfg Config, spec TopicSpec) []kafkago.ConfigEntry {
	if spec.Compact {
		return []kafkago.ConfigEntry{{ConfigName: "cleanup.policy", ConfigValue: "compact"}}
	}
	entries := []kafkago.ConfigEntry{{ConfigName: "cleanup.policy", ConfigValue: "delete"}}
	if cfg.Retention > 0 {
		entries = append(entries, kafkago.ConfigEntry{ConfigName: "retention.ms", ConfigValue: strconv.FormatInt(cfg.Retention.Milliseconds(), 10)})
	}
	return entries
}

func alterConfig(ctx context.Context, cl *kafkago.Client, topic string, entries []kafkago.ConfigEntry) error {
	cfgs := make([]kafkago.IncrementalAlterConfigsRequestConfig, len(entries))
	for i, e := range entries {
		cfgs[i] = kafkago.IncrementalAlterConfigsRequestConfig{Name: e.ConfigName, Value: e.ConfigValue, ConfigOperation: kafkago.ConfigOperationSet}
	}
	r, err := cl.IncrementalAlterConfigs(ctx, &kafkago.IncrementalAlterConfigsRequest{
		Resources: []kafkago.IncrementalAlterConfigsRequestResource{{ResourceType: kafkago.ResourceTypeTopic, ResourceName: topic, Configs: cfgs}},
	})
	if err == nil {
		for _, res := range r.Resources {
			if res.Error != nil {
				err = res.Error
			}
		}
	}
	if err != nil {
		return fmt.Errorf("kafka setup: configure %q: %w", topic, err)
	}
	return nil
}

// CreateTopic creates one topic (full name) with n partitions, for tests
// and tools; an existing topic is not an error.
func CreateTopic(ctx context.Context, cfg Config, full string, n int) error {
	_, tr, err := cfg.open(nil)
	if err != nil {
		return err
	}
	defer tr.CloseIdleConnections()
	cl := &kafkago.Client{Addr: kafkago.TCP(cfg.Brokers...), Transport: tr, Timeout: 30 * time.Second}
	r, err := cl.CreateTopics(ctx, &kafkago.CreateTopicsRequest{Topics: []kafkago.TopicConfig{{
		Topic: full, NumPartitions: n, ReplicationFactor: cfg.ReplicationFactor,
	}}})
	if err == nil {
		err = r.Errors[full]
	}
	if err != nil && !errors.Is(err, kafkago.TopicAlreadyExists) {
		return fmt.Errorf("kafka: create topic %q: %w", full, err)
	}
	return nil
}

// Scan reads the messages written to topic (relative name) since `since`,
// up to the end of each partition as it was when Scan started, partition by
// partition in offset order. count is called once, first, with the number
// of messages in that range (deleted-by-retention or compacted offsets make
// it an upper bound). fn's error stops the scan.
func (b *Bus) Scan(ctx context.Context, topic string, since time.Time, count func(n int64), fn func(m *pipeline.Message) error) error {
	full := b.cfg.Topic(topic)
	if err := b.ensureTopic(ctx, full); err != nil {
		return err
	}
	meta, err := b.client.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil || len(meta.Topics) != 1 {
		return fmt.Errorf("kafka scan: metadata of %q: %w", full, err)
	}
	var startReq, endReq []kafkago.OffsetRequest
	for _, p := range meta.Topics[0].Partitions {
		if since.IsZero() {
			startReq = append(startReq, kafkago.FirstOffsetOf(p.ID))
		} else {
			startReq = append(startReq, kafkago.TimeOffsetOf(p.ID, since))
		}
		endReq = append(endReq, kafkago.LastOffsetOf(p.ID))
	}
	starts, err := b.client.ListOffsets(ctx, &kafkago.ListOffsetsRequest{Topics: map[string][]kafkago.OffsetRequest{full: startReq}})
	if err != nil {
		return fmt.Errorf("kafka scan: offsets of %q at %s: %w", full, since.Format(time.RFC3339), err)
	}
	ends, err := b.client.ListOffsets(ctx, &kafkago.ListOffsetsRequest{Topics: map[string][]kafkago.OffsetRequest{full: endReq}})
	if err != nil {
		return fmt.Errorf("kafka scan: end offsets of %q: %w", full, err)
	}
	type span struct {
		p          int
		start, end int64
	}
	endOf := map[int]int64{}
	for _, po := range ends.Topics[full] {
		endOf[po.Partition] = po.LastOffset
	}
	var spans []span
	var total int64
	for _, po := range starts.Topics[full] {
		start := po.FirstOffset
		if !since.IsZero() {
			// kafka-go files a time lookup's answer under Offsets; a
			// partition with nothing written since `since` has none.
			start = -1
			for off := range po.Offsets {
				if off >= 0 && (start < 0 || off < start) {
					start = off
				}
			}
		}
		if po.Error != nil || start < 0 || start >= endOf[po.Partition] {
			continue
		}
		s := span{p: po.Partition, start: start, end: endOf[po.Partition]}
		spans = append(spans, s)
		total += s.end - s.start
	}
	count(total)
	d, err := b.cfg.dialer()
	if err != nil {
		return err
	}
	for _, s := range spans {
		r := kafkago.NewReader(kafkago.ReaderConfig{
			Brokers: b.cfg.Brokers, Topic: full, Partition: s.p, Dialer: d,
			MinBytes: 1, MaxBytes: 10 << 20, MaxWait: 500 * time.Millisecond,
		})
		if err := r.SetOffset(s.start); err != nil {
			r.Close()
			return fmt.Errorf("kafka scan: %s/%d: %w", full, s.p, err)
		}
		for {
			km, err := r.ReadMessage(ctx)
			if err != nil {
				r.Close()
				return fmt.Errorf("kafka scan: read %s/%d: %w", full, s.p, err)
			}
			m := pipeline.NewMessage(string(km.Key), km.Value)
			m.Headers = fromHeaders(km.Headers)
			if err := fn(m); err != nil {
				r.Close()
				return err
			}
			if km.Offset >= s.end-1 {
				break
			}
		}
		r.Close()
	}
	return nil
}
