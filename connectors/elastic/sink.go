package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/esutil"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/pipeline"
)

// Sink writes to and searches Elasticsearch. It implements pipeline.Sink
// and pipeline.Searcher and is safe for concurrent use.
type Sink struct {
	cfg Config
	es  *elasticsearch.Client
	bi  esutil.BulkIndexer
	log *slog.Logger
	an  *searchterms.Analyzer
	m   *metrics

	closeOnce sync.Once
	closeErr  error

	// afterRecord, when set (tests only), runs in ApplyEvents between
	// recording the versions and writing the documents; an error ends
	// the call there, as a crash would.
	afterRecord func(context.Context) error

	// now is the clock of the versions' "at" field and of their pruning
	// (time.Now; tests move it).
	now func() time.Time
	// pruneMu guards lastPrune, when ApplyEvents last pruned the versions.
	pruneMu   sync.Mutex
	lastPrune time.Time
}

var (
	_ pipeline.Sink     = (*Sink)(nil)
	_ pipeline.Searcher = (*Sink)(nil)
)

// ErrNotSetUp is returned by New when the write aliases are missing.
var ErrNotSetUp = errors.New("elastic: index aliases or indices missing: run `khabar setup elasticsearch`")

// New connects the sink. It checks that the three write aliases exist
// (installed by Setup), so a missing setup fails at start rather than
// letting Elasticsearch auto-create unmapped indices. reg may be nil.
func New(ctx context.Context, cfg Config, logger *slog.Logger, reg prometheus.Registerer) (*Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	es, err := newClient(cfg)
	if err != nil {
		return nil, err
	}
	an, err := searchterms.New(searchterms.Config{})
	if err != nil {
		return nil, fmt.Errorf("elastic: %w", err)
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	s := &Sink{cfg: cfg, es: es, log: logger.With("sink", "elasticsearch"), an: an, m: m, now: time.Now}
	for _, f := range families {
		alias := cfg.alias(f)
		st, err := do(ctx, es, "check alias "+alias, esapi.IndicesExistsAliasRequest{Name: []string{alias}}, nil)
		if st == 404 {
			return nil, fmt.Errorf("%w (%s)", ErrNotSetUp, alias)
		}
		if err != nil {
			return nil, fmt.Errorf("elastic: connect %s: %w", strings.Join(redactAll(cfg.URLs), ","), err)
		}
	}
	// The event versions index (ApplyEvents), added after the aliases: a
	// cluster set up by an older khabar lacks it until setup runs again.
	versions := cfg.versionsIndex()
	st, err := do(ctx, es, "check index "+versions, esapi.IndicesExistsRequest{Index: []string{versions}}, nil)
	if st == 404 {
		return nil, fmt.Errorf("%w (%s)", ErrNotSetUp, versions)
	}
	if err != nil {
		return nil, fmt.Errorf("elastic: connect %s: %w", strings.Join(redactAll(cfg.URLs), ","), err)
	}
	s.bi, err = esutil.NewBulkIndexer(esutil.BulkIndexerConfig{
		Client:        es,
		NumWorkers:    cfg.Workers,
		FlushBytes:    cfg.FlushBytes,
		FlushInterval: cfg.FlushInterval,
		Timeout:       cfg.RequestTimeout,
		// Room for a whole batch in the workers' queues: with the default
		// (one item) every Add waits for a worker to take the item, and on
		// loaded cores those hand-offs add up while the node waits.
		QueueSizeMultiplier: queuePerWorker,
		// Only what the per-item callbacks read: the full answer (index,
		// id, version, seq_no, shards per item) is several times larger
		// and decoding it costs CPU the node, on the same cores, lacks.
		FilterPath: bulkFilterPath(),
		// Item failures come back per item; whole-request failures are
		// also delivered to every item, so OnError only logs.
		OnError: func(ctx context.Context, err error) {
			if !errors.Is(err, context.Canceled) {
				s.log.Debug("bulk request failed", "err", err)
			}
		},
	})
	if err != nil {
		return nil, fmt.Errorf("elastic: bulk indexer: %w", err)
	}
	return s, nil
}

func redactAll(us []string) []string {
	out := make([]string, len(us))
	for i, u := range us {
		out[i] = redactURL(u)
	}
	return out
}

// queuePerWorker is the capacity of each bulk worker's item queue (items
// are small: the document stays in the op it points to).
const queuePerWorker = 512

// bulkFilterPath trims bulk answers to what classify reads. Items stay in
// request order (the bulk indexer matches them by position): every item
// has a status.
func bulkFilterPath() []string { return []string{"errors", "items.*.status", "items.*.error"} }

// op is one document to write.
type op struct {
	family  string
	id      string
	body    []byte
	version int64 // external version (>0) or plain overwrite (0)
	// create writes the document only if its id is not stored yet (a
	// story's first write); an existing id comes back from send.
	create bool
	err    string // why the document could not be encoded (body nil)
}

// Rejected is one document Elasticsearch refused as malformed.
type Rejected struct {
	Family, ID, Reason string
}

// RejectedError lists the documents of a write that were refused as
// malformed while no DeadLetter function was configured. Every other
// document of the write is durable.
type RejectedError struct{ Items []Rejected }

func (e *RejectedError) Error() string {
	r := e.Items[0]
	return fmt.Sprintf("elastic: %d document(s) rejected, first %s %s: %s", len(e.Items), r.Family, r.ID, r.Reason)
}

// WriteRecords indexes stories with their analyses under their story id.
// A story is first sent as new (create: no look-up, and nothing stored is
// ever replaced by it). When its id is already stored, the stored version
// is read and the story written over it with its fetch time as external
// version (see storyVersion), so an older version of a story never
// replaces a newer one and a replay overwrites itself; outlets already
// recorded are kept. It returns once every document is acknowledged by
// Elasticsearch, or skipped as older, or dead-lettered.
func (s *Sink) WriteRecords(ctx context.Context, recs []pipeline.Record) error {
	if len(recs) == 0 {
		return nil
	}
	// Later records of the same id in one batch: the newest version wins,
	// every outlet is kept.
	byID := make(map[string]int, len(recs))
	merged := make([]pipeline.Record, 0, len(recs))
	for _, r := range recs {
		if r.Story.ID == "" {
			return fmt.Errorf("elastic: record without story id (title %q)", r.Story.Title)
		}
		r.Story.Sources = withSources(r.Story.Sources, r.Story.Source)
		if i, ok := byID[r.Story.ID]; ok {
			prev := merged[i]
			if storyVersion(r.Story) < storyVersion(prev.Story) {
				prev.Story.Sources = withSources(prev.Story.Sources, r.Story.Sources...)
				merged[i] = prev
				continue
			}
			r.Story.Sources = withSources(prev.Story.Sources, r.Story.Sources...)
			merged[i] = r
			continue
		}
		byID[r.Story.ID] = len(merged)
		merged = append(merged, r)
	}
	// Most stories are new: writing them as such spares a look-up per
	// batch, which on a node as busy as the writes cost a tenth of them
	// (connectors/elastic/README.md, Speed).
	ops := s.encodeStories(ctx, merged)
	for i := range ops {
		ops[i].create = true
	}
	exists, err := s.send(ctx, FamilyStories, ops)
	var rejected *RejectedError
	if err != nil && !errors.As(err, &rejected) {
		return err
	}
	if len(exists) == 0 {
		return err
	}
	stored := make([]pipeline.Record, 0, len(exists))
	for _, o := range exists {
		stored = append(stored, merged[byID[o.id]])
	}
	err2 := s.writeOver(ctx, stored)
	var rejected2 *RejectedError
	switch {
	case err2 == nil:
		return err
	case rejected == nil || !errors.As(err2, &rejected2):
		return err2
	default:
		return &RejectedError{Items: append(rejected.Items, rejected2.Items...)}
	}
}

// writeOver writes stories whose ids are stored already. It reads, in one
// real-time multi-get, the stored versions: what is older than stored is
// not sent (Elasticsearch would refuse it anyway, external_gte), and every
// outlet already recorded is kept.
func (s *Sink) writeOver(ctx context.Context, recs []pipeline.Record) error {
	stored, err := s.storedStories(ctx, recs)
	if err != nil {
		return err
	}
	ops := make([]op, 0, len(recs))
	for _, r := range recs {
		if old, ok := stored[r.Story.ID]; ok {
			sources := withSources(old.Sources, r.Story.Sources...)
			if storyVersion(r.Story) < storyVersion(old.Story) {
				// Older than what is stored: Elasticsearch would refuse it.
				// Only a new outlet is worth a write: the stored version,
				// same version number, with the outlet added.
				if len(sources) == len(old.Sources) {
					s.m.docs.WithLabelValues(FamilyStories, "older").Inc()
					continue
				}
				r = old.Record
			}
			r.Story.Sources = sources
			if old.Source != "" {
				r.Story.Source = old.Source // the first outlet stays first
			}
		}
		ops = append(ops, s.encodeStory(ctx, r))
	}
	return s.write(ctx, FamilyStories, ops)
}

// encodeStories encodes the documents of recs, spread over the CPUs (the
// goroutines end before it returns).
func (s *Sink) encodeStories(ctx context.Context, recs []pipeline.Record) []op {
	out := make([]op, len(recs))
	workers := min(runtime.GOMAXPROCS(0), len(recs)/32+1)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(recs); i += workers {
				out[i] = s.encodeStory(ctx, recs[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// encodeStory encodes a story document with its search terms: the
// record's own when the work stage computed them, else analysed here
// (records from before Record.Terms, khabar analyze's output, a stored
// version rewritten with a new outlet).
func (s *Sink) encodeStory(ctx context.Context, r pipeline.Record) op {
	var title, body string
	if r.Terms != nil {
		title, body = r.Terms.Title, r.Terms.Body
	} else {
		title, body = s.an.Terms(r.Story.Title), s.an.Terms(r.Story.Body)
	}
	d := newStoryDoc(r, title, body, s.cfg.EntityType)
	o := op{family: FamilyStories, id: r.Story.ID, version: storyVersion(r.Story)}
	b, err := d.appendJSON(make([]byte, 0, 256+2*(len(r.Story.Title)+len(r.Story.Body))))
	if err != nil {
		o.err = "encode: " + err.Error()
		return o
	}
	o.body = b
	return o
}

// WriteEvents indexes tracker events by their deterministic ids.
func (s *Sink) WriteEvents(ctx context.Context, evs []pipeline.Event) error {
	ops := make([]op, 0, len(evs))
	for _, e := range evs {
		d := newEventDoc(e)
		ops = append(ops, s.encode(ctx, FamilyEvents, d.ID, d, 0))
	}
	return s.write(ctx, FamilyEvents, ops)
}

// WriteAlerts indexes alert firings by their deterministic ids.
func (s *Sink) WriteAlerts(ctx context.Context, alerts []pipeline.Alert) error {
	ops := make([]op, 0, len(alerts))
	for _, a := range alerts {
		if a.ID == "" {
			return fmt.Errorf("elastic: alert without id (rule %q key %q)", a.Rule, a.Key)
		}
		ops = append(ops, s.encode(ctx, FamilyAlerts, a.ID, newAlertDoc(a), 0))
	}
	return s.write(ctx, FamilyAlerts, ops)
}

// encode marshals a document. A document that cannot be encoded (say a
// date past year 9999) is marked with a nil body and dead-lettered by write.
func (s *Sink) encode(_ context.Context, family, id string, doc any, version int64) op {
	b, err := json.Marshal(doc)
	if err != nil {
		return op{family: family, id: id, err: "encode: " + err.Error()}
	}
	return op{family: family, id: id, body: b, version: version}
}

// storedStory is what is stored of a story before a write.
type storedStory struct {
	pipeline.Record
	Source  string
	Sources []string
}

// storedStories reads, in one real-time multi-get on the write index, the
// stored versions of a batch's stories: their outlets are kept, and their
// versions spare a request for what Elasticsearch would refuse anyway.
func (s *Sink) storedStories(ctx context.Context, recs []pipeline.Record) (map[string]storedStory, error) {
	ids := make([]string, len(recs))
	for i, r := range recs {
		ids[i] = r.Story.ID
	}
	body, err := json.Marshal(map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("elastic: look up stored stories: %w", err)
	}
	var res struct {
		Docs []struct {
			ID     string   `json:"_id"`
			Found  bool     `json:"found"`
			Source storyDoc `json:"_source"`
		} `json:"docs"`
	}
	for attempt := 1; ; attempt++ {
		_, err = do(ctx, s.es, "look up stored stories", esapi.MgetRequest{
			Index: s.cfg.alias(FamilyStories), Body: bytes.NewReader(body),
			SourceExcludes: []string{"search_title", "search_body"},
			FilterPath:     []string{"docs._id", "docs.found", "docs._source"},
		}, &res)
		if err == nil {
			break
		}
		// While the cluster refuses, wait like the writes do: nothing is
		// committed meanwhile.
		if st := statusOf(err); st != 0 && st != 429 && st < 500 {
			return nil, err
		}
		s.log.Warn("Elasticsearch unavailable; retrying", "op", "look up stored stories", "attempt", attempt, "err", err)
		if err := sleep(ctx, backoff(s.cfg.RetryBackoffMin, s.cfg.RetryBackoffMax, attempt)); err != nil {
			return nil, fmt.Errorf("elastic: look up stored stories: %w", err)
		}
	}
	out := make(map[string]storedStory, len(res.Docs))
	for _, d := range res.Docs {
		if d.Found {
			out[d.ID] = storedStory{Record: d.Source.record(), Source: d.Source.Source, Sources: d.Source.Sources}
		}
	}
	return out, nil
}

func withSources(have []string, add ...string) []string {
	out := slices.Clone(have)
	for _, s := range add {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// outcome of one item in one attempt.
type outcome struct {
	op     op
	retry  bool
	reason string
}

// write sends ops through the bulk indexer and waits until each one is
// written, skipped as older, or dead-lettered. Items failing with 429, 5xx,
// a transport error or any other non-malformed refusal are retried with
// backoff until they succeed or ctx ends: the caller blocks (backpressure)
// and commits nothing meanwhile.
func (s *Sink) write(ctx context.Context, family string, ops []op) error {
	exists, err := s.send(ctx, family, ops)
	if err == nil && len(exists) > 0 {
		// Only create ops come back as existing; write sends none.
		return fmt.Errorf("elastic: write %s: %d documents unexpectedly exist", family, len(exists))
	}
	return err
}

// send is write, for ops that may be creates: those whose id is stored
// already are returned, not written.
func (s *Sink) send(ctx context.Context, family string, ops []op) (exists []op, err error) {
	if len(ops) == 0 {
		return nil, nil
	}
	start := time.Now()
	defer func() { s.m.writeSeconds.WithLabelValues(family).Observe(time.Since(start).Seconds()) }()
	var rejected []Rejected
	pending := ops[:0:0]
	for _, o := range ops {
		if reason := s.unsendable(o); reason != "" {
			if r, ok := s.reject(ctx, o, reason); ok {
				rejected = append(rejected, r)
			}
			continue
		}
		pending = append(pending, o)
	}
	alias := s.cfg.alias(family)
	indexed := s.m.docs.WithLabelValues(family, "indexed")
	for attempt := 1; len(pending) > 0; attempt++ {
		var (
			mu      sync.Mutex
			results = make([]outcome, 0, len(pending))
		)
		done := func(o outcome) {
			mu.Lock()
			results = append(results, o)
			mu.Unlock()
		}
		for _, o := range pending {
			item := esutil.BulkIndexerItem{
				Index: alias, Action: "index", DocumentID: o.id,
				RequireAlias: true, Body: bytes.NewReader(o.body),
				OnSuccess: func(context.Context, esutil.BulkIndexerItem, esutil.BulkIndexerResponseItem) {
					indexed.Inc()
					done(outcome{op: o})
				},
				OnFailure: func(_ context.Context, _ esutil.BulkIndexerItem, res esutil.BulkIndexerResponseItem, err error) {
					done(classify(o, res, err))
				},
			}
			switch {
			case o.create:
				item.Action = "create" // internal versioning: create refuses any other
			case o.version > 0:
				v := o.version
				item.Version, item.VersionType = &v, "external_gte"
			}
			if err := s.bi.Add(ctx, item); err != nil {
				return exists, fmt.Errorf("elastic: write %s: %w", family, err)
			}
		}
		if err := s.bi.Flush(ctx); err != nil {
			return exists, fmt.Errorf("elastic: write %s: %w", family, err)
		}
		mu.Lock()
		got := results
		mu.Unlock()
		if len(got) != len(pending) {
			// Cannot happen with the bulk indexer's contract; never ack blindly.
			return exists, fmt.Errorf("elastic: write %s: %d of %d items unaccounted for after flush", family, len(pending)-len(got), len(pending))
		}
		var retry []op
		var firstReason string
		for _, r := range got {
			switch {
			case r.retry:
				retry = append(retry, r.op)
				if firstReason == "" {
					firstReason = r.reason
				}
			case r.reason == reasonOlder:
				s.m.docs.WithLabelValues(family, "older").Inc()
			case r.reason == reasonExists:
				exists = append(exists, r.op)
			case r.reason != "":
				if rj, ok := s.reject(ctx, r.op, r.reason); ok {
					rejected = append(rejected, rj)
				}
			}
		}
		pending = retry
		if len(pending) == 0 {
			break
		}
		s.m.retries.WithLabelValues(family).Add(float64(len(pending)))
		wait := backoff(s.cfg.RetryBackoffMin, s.cfg.RetryBackoffMax, attempt)
		s.log.Warn("Elasticsearch refused documents; retrying", "family", family, "documents", len(pending),
			"attempt", attempt, "wait", wait, "reason", firstReason)
		if err := sleep(ctx, wait); err != nil {
			return exists, fmt.Errorf("elastic: write %s: %d documents not written: %w", family, len(pending), err)
		}
	}
	if len(rejected) > 0 {
		return exists, &RejectedError{Items: rejected}
	}
	return exists, nil
}

// maxIDBytes is Elasticsearch's limit on a document id. A longer one
// fails the whole bulk request it is in (400, every item), so it is
// refused before it is sent.
const maxIDBytes = 512

// unsendable says why an op with a body cannot be sent ("" when it can).
func (s *Sink) unsendable(o op) string {
	switch {
	case o.body == nil && o.err != "":
		return o.err
	case o.body == nil:
		return "no document"
	case len(o.body) > s.cfg.MaxDocBytes:
		return fmt.Sprintf("document of %d bytes exceeds MaxDocBytes %d", len(o.body), s.cfg.MaxDocBytes)
	case len(o.id) > maxIDBytes:
		return fmt.Sprintf("id of %d bytes exceeds Elasticsearch's %d", len(o.id), maxIDBytes)
	}
	return ""
}

const (
	reasonOlder  = "older version"
	reasonExists = "already stored"
)

// classify decides what to do with a failed item.
func classify(o op, res esutil.BulkIndexerResponseItem, err error) outcome {
	if err != nil {
		// The whole request failed (node down, timeout, 429 or 5xx for the
		// request): the item may or may not be written; writing it again is
		// idempotent.
		return outcome{op: o, retry: true, reason: err.Error()}
	}
	reason := res.Error.Type + ": " + res.Error.Reason
	if res.Error.Cause.Type != "" {
		reason += " (caused by " + res.Error.Cause.Type + ": " + res.Error.Cause.Reason + ")"
	}
	switch {
	case res.Status == 409 && o.create:
		// The id is stored: the caller reads it and writes over it.
		return outcome{op: o, reason: reasonExists}
	case res.Status == 409 && res.Error.Type == "version_conflict_engine_exception":
		// A newer version of the story is stored: this one is done.
		return outcome{op: o, reason: reasonOlder}
	case res.Status == 400:
		// mapper_parsing_exception, document_parsing_exception,
		// illegal_argument_exception: the document itself is bad.
		return outcome{op: o, reason: reason}
	default:
		// 429 (queue full, flood-stage block), 5xx, and refusals an
		// operator must fix (403 read-only, 404 alias missing): retry, and
		// hold the caller meanwhile.
		return outcome{op: o, retry: true, reason: fmt.Sprintf("%d %s", res.Status, reason)}
	}
}

// reject dead-letters a document, or returns it for the RejectedError when
// no dead-letter function is set.
func (s *Sink) reject(ctx context.Context, o op, reason string) (Rejected, bool) {
	s.m.docs.WithLabelValues(o.family, "dead_letter").Inc()
	s.log.Warn("document rejected", "family", o.family, "id", o.id, "reason", reason)
	if s.cfg.DeadLetter != nil {
		s.cfg.DeadLetter(ctx, o.id, o.body, reason)
		return Rejected{}, false
	}
	return Rejected{Family: o.family, ID: o.id, Reason: reason}, true
}

// Refresh makes everything written so far visible to search (tests and
// one-shot tools; the pipeline relies on the index's refresh interval).
func (s *Sink) Refresh(ctx context.Context) error {
	idx := make([]string, 0, len(families))
	for _, f := range families {
		idx = append(idx, s.cfg.pattern(f))
	}
	_, err := do(ctx, s.es, "refresh", esapi.IndicesRefreshRequest{Index: idx}, nil)
	return err
}

// Close flushes what is buffered and stops the bulk indexer's workers.
func (s *Sink) Close() error {
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), s.cfg.RequestTimeout)
		defer cancel()
		if err := s.bi.Close(ctx); err != nil {
			s.closeErr = fmt.Errorf("elastic: close: %w", err)
		}
	})
	return s.closeErr
}
