package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	kafkago "github.com/segmentio/kafka-go"
)

// es is a minimal Elasticsearch client for the checks: counts, scrolls and
// id look-ups over the REST API.
type es struct {
	url    string
	client *http.Client
}

func (e *es) do(ctx context.Context, method, path string, body any) ([]byte, int, error) {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return nil, 0, fmt.Errorf("es %s: encode: %w", path, err)
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, e.url+path, rd)
	if err != nil {
		return nil, 0, fmt.Errorf("es %s: %w", path, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := e.client.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("es %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, resp.StatusCode, fmt.Errorf("es %s %s: read: %w", method, path, err)
	}
	if resp.StatusCode >= 300 {
		return raw, resp.StatusCode, fmt.Errorf("es %s %s: %d %s", method, path, resp.StatusCode, truncate(string(raw), 300))
	}
	return raw, resp.StatusCode, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// count is the number of documents in index (0 when it does not exist).
func (e *es) count(ctx context.Context, index string) (int, error) {
	raw, code, err := e.do(ctx, http.MethodGet, "/"+index+"/_count", nil)
	if code == http.StatusNotFound {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var r struct {
		Count int `json:"count"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return 0, fmt.Errorf("es count %s: %w", index, err)
	}
	return r.Count, nil
}

// scroll returns every document of index: its _id and the listed source
// fields.
func (e *es) scroll(ctx context.Context, index string, fields []string) ([]hit, error) {
	path := "/" + index + "/_search?scroll=2m"
	body := map[string]any{"size": 5000, "sort": []string{"_doc"}, "_source": fields}
	var out []hit
	for {
		raw, code, err := e.do(ctx, http.MethodPost, path, body)
		if code == http.StatusNotFound && out == nil {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		var r struct {
			ScrollID string `json:"_scroll_id"`
			Hits     struct {
				Hits []hit `json:"hits"`
			} `json:"hits"`
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("es scroll %s: %w", index, err)
		}
		out = append(out, r.Hits.Hits...)
		if len(r.Hits.Hits) == 0 || r.ScrollID == "" {
			if r.ScrollID != "" {
				_, _, _ = e.do(ctx, http.MethodDelete, "/_search/scroll", map[string]any{"scroll_id": r.ScrollID})
			}
			return out, nil
		}
		path = "/_search/scroll"
		body = map[string]any{"scroll": "2m", "scroll_id": r.ScrollID}
	}
}

type hit struct {
	ID     string          `json:"_id"`
	Index  string          `json:"_index"`
	Source json.RawMessage `json:"_source"`
}

// present returns which of ids are documents of index now.
func (e *es) present(ctx context.Context, index string, ids []string) (map[string]bool, error) {
	body := map[string]any{"size": len(ids), "_source": false, "query": map[string]any{"ids": map[string]any{"values": ids}}}
	raw, code, err := e.do(ctx, http.MethodPost, "/"+index+"/_search", body)
	if code == http.StatusNotFound {
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, err
	}
	var r struct {
		Hits struct {
			Hits []hit `json:"hits"`
		} `json:"hits"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("es ids %s: %w", index, err)
	}
	out := make(map[string]bool, len(r.Hits.Hits))
	for _, h := range r.Hits.Hits {
		out[h.ID] = true
	}
	return out, nil
}

// topicCopy is what a topic holds for one key: how many messages, and the
// first one's value.
type topicCopy struct {
	n     int
	first []byte
	parts map[int]bool
	times []time.Time // broker timestamps of every copy
}

// readTopic reads every partition of topic from its first to its last
// offset and groups the messages by key.
func readTopic(ctx context.Context, broker, topic string) (map[string]*topicCopy, int, error) {
	out := map[string]*topicCopy{}
	total, err := eachMessage(ctx, broker, topic, func(m kafkago.Message) error {
		k := string(m.Key)
		c := out[k]
		if c == nil {
			c = &topicCopy{first: m.Value, parts: map[int]bool{}}
			out[k] = c
		}
		c.n++
		c.parts[m.Partition] = true
		c.times = append(c.times, m.Time)
		return nil
	})
	return out, total, err
}

// eachMessage calls fn for every message of topic, partition by partition,
// from the first to the last offset at the time of the call.
func eachMessage(ctx context.Context, broker, topic string, fn func(kafkago.Message) error) (int, error) {
	conn, err := kafkago.DialContext(ctx, "tcp", broker)
	if err != nil {
		return 0, fmt.Errorf("kafka %s: %w", broker, err)
	}
	parts, err := conn.ReadPartitions(topic)
	conn.Close()
	if err != nil {
		return 0, fmt.Errorf("kafka partitions of %s: %w", topic, err)
	}
	total := 0
	for _, p := range parts {
		lc, err := kafkago.DialLeader(ctx, "tcp", broker, topic, p.ID)
		if err != nil {
			return 0, fmt.Errorf("kafka leader of %s/%d: %w", topic, p.ID, err)
		}
		first, last, err := lc.ReadOffsets()
		lc.Close()
		if err != nil {
			return 0, fmt.Errorf("kafka offsets of %s/%d: %w", topic, p.ID, err)
		}
		if last <= first {
			continue
		}
		r := kafkago.NewReader(kafkago.ReaderConfig{Brokers: []string{broker}, Topic: topic, Partition: p.ID, MaxWait: 200 * time.Millisecond, MinBytes: 1, MaxBytes: 8 << 20})
		if err := r.SetOffset(first); err != nil {
			r.Close()
			return 0, fmt.Errorf("kafka seek %s/%d: %w", topic, p.ID, err)
		}
		for {
			rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			m, err := r.ReadMessage(rctx)
			cancel()
			if err != nil {
				r.Close()
				return 0, fmt.Errorf("kafka read %s/%d at %d of %d: %w", topic, p.ID, r.Offset(), last, err)
			}
			total++
			if err := fn(m); err != nil {
				r.Close()
				return 0, err
			}
			if m.Offset >= last-1 {
				break
			}
		}
		r.Close()
	}
	return total, nil
}

// producer publishes stories to a topic as the pipeline's publishers do
// (key = story id, schema-version header), waiting for acks=all.
type producer struct{ w *kafkago.Writer }

func newProducer(broker, topic string) *producer {
	return &producer{w: &kafkago.Writer{Addr: kafkago.TCP(broker), Topic: topic, Balancer: &kafkago.Murmur2Balancer{},
		RequiredAcks: kafkago.RequireAll, BatchTimeout: 2 * time.Millisecond, BatchSize: 1000}}
}

func (p *producer) publish(ctx context.Context, key string, value []byte) error {
	err := p.w.WriteMessages(ctx, kafkago.Message{Key: []byte(key), Value: value,
		Headers: []kafkago.Header{{Key: "schema-version", Value: []byte("1.0")}}})
	if err != nil {
		return fmt.Errorf("publish %s to %s: %w", key, p.w.Topic, err)
	}
	return nil
}

// publishAll publishes messages in order (batched, acks=all) to topic.
func publishAll(ctx context.Context, broker, topic string, msgs []kafkago.Message) error {
	w := &kafkago.Writer{Addr: kafkago.TCP(broker), Topic: topic, Balancer: &kafkago.Murmur2Balancer{},
		RequiredAcks: kafkago.RequireAll, BatchTimeout: 5 * time.Millisecond, BatchSize: 500}
	defer w.Close()
	for len(msgs) > 0 {
		chunk := msgs[:min(len(msgs), 500)]
		// A topic `khabar setup kafka` has just created may be unknown to
		// the broker's metadata for a moment: retry that for up to 30 s.
		for wait := 200 * time.Millisecond; ; wait *= 2 {
			err := w.WriteMessages(ctx, chunk...)
			if err == nil {
				break
			}
			if !errors.Is(err, kafkago.UnknownTopicOrPartition) || wait > 16*time.Second {
				return fmt.Errorf("publish to %s: %w", topic, err)
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("publish to %s: %w", topic, ctx.Err())
			case <-time.After(wait):
			}
		}
		msgs = msgs[len(chunk):]
	}
	return nil
}

func (p *producer) close() error { return p.w.Close() }

func joinMax(xs []string, n int) string {
	if len(xs) > n {
		return strings.Join(xs[:n], " ") + fmt.Sprintf(" … (%d more)", len(xs)-n)
	}
	return strings.Join(xs, " ")
}

// lag is how many messages of topic consumer group has not committed yet,
// summed over the partitions (a partition without a commit counts from 0).
func lag(ctx context.Context, broker, group, topic string) (int64, error) {
	conn, err := kafkago.DialContext(ctx, "tcp", broker)
	if err != nil {
		return 0, fmt.Errorf("kafka %s: %w", broker, err)
	}
	parts, err := conn.ReadPartitions(topic)
	conn.Close()
	if err != nil {
		return 0, fmt.Errorf("kafka partitions of %s: %w", topic, err)
	}
	ids := make([]int, len(parts))
	end := map[int]int64{}
	for i, p := range parts {
		ids[i] = p.ID
		lc, err := kafkago.DialLeader(ctx, "tcp", broker, topic, p.ID)
		if err != nil {
			return 0, fmt.Errorf("kafka leader of %s/%d: %w", topic, p.ID, err)
		}
		last, err := lc.ReadLastOffset()
		lc.Close()
		if err != nil {
			return 0, fmt.Errorf("kafka end offset of %s/%d: %w", topic, p.ID, err)
		}
		end[p.ID] = last
	}
	c := &kafkago.Client{Addr: kafkago.TCP(broker), Timeout: 10 * time.Second}
	resp, err := c.OffsetFetch(ctx, &kafkago.OffsetFetchRequest{GroupID: group, Topics: map[string][]int{topic: ids}})
	if err != nil {
		return 0, fmt.Errorf("kafka offsets of group %s on %s: %w", group, topic, err)
	}
	if resp.Error != nil {
		return 0, fmt.Errorf("kafka offsets of group %s on %s: %w", group, topic, resp.Error)
	}
	var total int64
	for _, p := range resp.Topics[topic] {
		committed := max(p.CommittedOffset, 0)
		total += max(end[p.Partition]-committed, 0)
		delete(end, p.Partition)
	}
	for _, e := range end {
		total += e
	}
	return total, nil
}

// lags sums lag over (group, topic) pairs; a failure counts as not drained.
func lags(ctx context.Context, broker string, pairs [][2]string) (int64, string) {
	var total int64
	var parts []string
	for _, gt := range pairs {
		n, err := lag(ctx, broker, gt[0], gt[1])
		if errors.Is(err, kafkago.UnknownTopicOrPartition) {
			continue // a topic this khabar does not have
		}
		if err != nil {
			return -1, err.Error()
		}
		total += n
		parts = append(parts, fmt.Sprintf("%s@%s %d", gt[0], gt[1], n))
	}
	return total, strings.Join(parts, ", ")
}

// refresh makes every write to the indices matching pattern searchable.
func (e *es) refresh(ctx context.Context, pattern string) error {
	if _, _, err := e.do(ctx, http.MethodPost, "/"+pattern+"/_refresh", nil); err != nil {
		return fmt.Errorf("refresh before the checks: %w", err)
	}
	return nil
}
