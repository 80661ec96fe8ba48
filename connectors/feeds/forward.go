package feeds

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Several pollers behind one WebSub callback URL: the hub delivers to
// whichever poller the load balancer picks. The owner of the feed (Shard)
// is the only one that may publish its stories — it alone holds the
// feed's delivered-story set, so a story published by another poller
// would be published again at the owner's next poll. A poller that gets a
// delivery for another poller's feed checks its signature (the secret
// comes from the owner's state record, StateView) and forwards it through
// the feed-state changelog (BucketPush); the owner publishes it as its own
// delivery and deletes the record. The hub gets 202 once the forward is
// durable (acked by the brokers), 503 when it is not (the hub retries).

// pushRecord is a delivery forwarded to the feed's owner.
type pushRecord struct {
	Feed        string    `json:"feed"` // the feed's URL, for logs
	ContentType string    `json:"content_type,omitempty"`
	Signature   string    `json:"signature"`
	Body        []byte    `json:"body"` // decoded (Content-Encoding undone)
	Received    time.Time `json:"received"`
	From        string    `json:"from"` // the forwarding poller
}

// maxForward is the largest body forwarded: a record must fit in one
// Kafka message (1 MB by default) with room for its JSON.
const maxForward = 700 << 10

// setOthers records the feeds of all that other pollers own.
func (p *Poller) setOthers(all []Feed) {
	others := make(map[string]Feed, len(all))
	for _, f := range all {
		if !p.cfg.Shard.Owns(f) {
			others[feedKey(f.URL)] = f
		}
	}
	p.mu.Lock()
	p.others = others
	p.mu.Unlock()
}

// forward hands a delivery for another poller's feed to its owner.
func (p *Poller) forward(w http.ResponseWriter, r *http.Request, spec Feed) {
	body, err := readLimited(r.Body, r.Header.Get("Content-Encoding"), p.cfg.MaxBodySize)
	if err != nil {
		p.m.pushes.WithLabelValues("bad-body").Inc()
		http.Error(w, "body: "+err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	sig := r.Header.Get("X-Hub-Signature")
	if !p.signed(sig, body, p.cfg.View.secret(spec.key())) {
		p.log.Warn("websub delivery for another poller's feed rejected: bad signature or no subscription known",
			"feed", spec.URL, "owner", Owner(spec.key(), p.cfg.Shard.count()), "remote", r.RemoteAddr)
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	if len(body) > maxForward {
		// Push only speeds things up: the owner's next poll brings the
		// items. A 2xx stops the hub from retrying what cannot fit.
		p.m.pushes.WithLabelValues("too-large-to-forward").Inc()
		p.log.Warn("websub delivery too large to forward to the feed's owner; its next poll brings the items",
			"feed", spec.URL, "bytes", len(body), "limit", maxForward)
		w.WriteHeader(http.StatusAccepted)
		return
	}
	var idb [8]byte
	_, _ = rand.Read(idb[:])
	rec := pushRecord{Feed: spec.URL, ContentType: r.Header.Get("Content-Type"), Signature: sig, Body: body,
		Received: p.cfg.Now().UTC(), From: p.cfg.Shard.String()}
	op := putJSON(BucketPush, spec.key()+pushSep+hex.EncodeToString(idb[:]), &rec)
	ctx, cancel := context.WithTimeout(r.Context(), p.cfg.Timeout)
	defer cancel()
	if err := p.store.Apply(ctx, op); err != nil {
		p.m.pushes.WithLabelValues("forward-failed").Inc()
		p.log.Error("websub delivery not forwarded to the feed's owner; the hub will retry", "feed", spec.URL, "err", err)
		http.Error(w, "not forwarded, retry", http.StatusServiceUnavailable)
		return
	}
	p.m.pushes.WithLabelValues("forwarded").Inc()
	p.log.Info("websub delivery forwarded to the feed's owner", "feed", spec.URL,
		"owner", Owner(spec.key(), p.cfg.Shard.count()), "bytes", len(body))
	w.WriteHeader(http.StatusAccepted)
}

// takeForwarded publishes the deliveries other pollers forwarded to this
// one, whenever the view says one arrived, until ctx is done. The view
// is told of a record just before the store holds it, so the store is
// also looked at every forwardCheck.
func (p *Poller) takeForwarded(ctx context.Context) {
	t := time.NewTicker(forwardCheck)
	defer t.Stop()
	for {
		if err := p.publishForwarded(ctx); err != nil && ctx.Err() == nil {
			p.log.Error("forwarded websub deliveries", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-p.cfg.View.pushWake:
		case <-t.C:
		}
	}
}

// forwardCheck bounds how long a forwarded delivery can wait.
const forwardCheck = time.Second

// publishForwarded publishes each forwarded delivery held in the store as
// if the hub had called this poller, then deletes its record (also one
// that cannot be used: a bad signature, a feed no longer configured).
func (p *Poller) publishForwarded(ctx context.Context) error {
	type held struct {
		key string
		val []byte
	}
	var recs []held
	if err := p.store.ForEach(ctx, BucketPush, func(k string, v []byte) error {
		recs = append(recs, held{k, v})
		return nil
	}); err != nil {
		return fmt.Errorf("read forwarded deliveries: %w", err)
	}
	for _, h := range recs {
		if !p.cfg.View.ownsKey(strings.SplitN(h.key, pushSep, 2)[0]) {
			continue // the store keeps only ours; a plain store holds all
		}
		p.publishPush(ctx, h.key, h.val)
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.cfg.Timeout)
		err := p.store.Apply(dctx, pipeline.StateOp{Bucket: BucketPush, Key: h.key, Delete: true})
		cancel()
		if err != nil {
			return fmt.Errorf("delete forwarded delivery %q: %w", h.key, err)
		}
	}
	return nil
}

// publishPush publishes one forwarded delivery and waits until its
// stories are acked or nacked (a nacked one comes back with the next poll).
func (p *Poller) publishPush(ctx context.Context, key string, val []byte) {
	stateKey, _, _ := strings.Cut(key, pushSep)
	var rec pushRecord
	if err := json.Unmarshal(val, &rec); err != nil {
		p.log.Warn("forwarded websub delivery dropped: not decoded", "record", key, "err", err)
		return
	}
	p.mu.Lock()
	f := p.byState[stateKey]
	p.mu.Unlock()
	if f == nil {
		p.log.Warn("forwarded websub delivery dropped: feed not polled here", "feed", rec.Feed, "from", rec.From)
		return
	}
	if !p.signed(rec.Signature, rec.Body, f.subSecret()) {
		p.log.Warn("forwarded websub delivery dropped: bad signature", "feed", f.spec.URL, "from", rec.From)
		return
	}
	parsed, err := Parse(f.spec.URL, rec.Body, rec.ContentType)
	if err != nil {
		p.m.pushes.WithLabelValues("bad-feed").Inc()
		p.log.Warn("forwarded websub delivery not parsed", "feed", f.spec.URL, "err", err)
		return
	}
	now := p.cfg.Now()
	f.mu.Lock()
	if f.st.Sub != nil && rec.Received.After(f.st.Sub.LastDelivery) {
		f.st.Sub.LastDelivery = rec.Received
	}
	f.mu.Unlock()
	pctx, cancel := context.WithTimeout(ctx, p.cfg.Timeout)
	defer cancel()
	parent, n := p.publish(pctx, f, parsed, nil, now)
	select {
	case <-parent.Done():
	case <-ctx.Done():
	}
	p.m.pushes.WithLabelValues("ok").Inc()
	p.log.Info("websub delivery forwarded by another poller", "feed", f.spec.URL, "from", rec.From, "stories", n)
}
