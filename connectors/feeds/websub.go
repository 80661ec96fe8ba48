package feeds

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// WebSub (W3C Recommendation): a feed that advertises a hub gets a
// subscription whose callback is <CallbackURL><feed key>. The hub verifies
// our intent with a GET we answer only for a subscription we asked for;
// every delivery must carry an HMAC of its body with our per-feed secret
// (X-Hub-Signature), or it is rejected. Polling continues at
// WebSub.PollInterval while the subscription is live, and at the adaptive
// interval again when the lease runs out or the hub has been quiet for
// WebSub.QuietAfter — push is an accelerator, never the only path.

// maybeSubscribe (re)subscribes when the feed advertises a hub and we have
// no live subscription, or the lease is near its end.
func (p *Poller) maybeSubscribe(ctx context.Context, f *feed, hub, self string) {
	if p.cfg.WebSub.CallbackURL == "" || hub == "" {
		return
	}
	topic := self
	if topic == "" {
		topic = f.spec.URL
	}
	now := p.cfg.Now()
	f.mu.Lock()
	s := f.st.Sub
	need := s == nil || s.Hub != hub || s.Topic != topic
	if !need {
		switch s.State {
		case "active":
			// A tenth of the lease the hub granted (it may grant less than
			// we ask: renewing against the asked lease would then
			// subscribe again at every poll).
			lease := p.cfg.WebSub.Lease
			if s.Granted > 0 {
				lease = s.Granted
			}
			need = s.LeaseUntil.Sub(now) < lease/10
		case "pending":
			need = now.Sub(s.Requested) > 10*time.Minute
		default: // denied or failed: try again, slowly
			need = now.Sub(s.Requested) > 24*time.Hour
		}
	}
	if !need {
		f.mu.Unlock()
		return
	}
	secret := ""
	if s != nil && s.Secret != "" && s.Hub == hub {
		secret = s.Secret
	} else {
		var b [24]byte
		_, _ = rand.Read(b[:])
		secret = hex.EncodeToString(b[:])
	}
	ns := &subState{Hub: hub, Topic: topic, Secret: secret, State: "pending", Requested: now, Since: now}
	if s != nil && s.State == "active" && s.Hub == hub {
		// Renewal: the old lease still holds until the hub confirms, and
		// the hub's silence is still measured from the first request.
		ns.State, ns.LeaseUntil, ns.LastDelivery, ns.Granted = "active", s.LeaseUntil, s.LastDelivery, s.Granted
		ns.Since = s.Since
		if ns.Since.IsZero() {
			ns.Since = s.Requested // state written before Since existed
		}
	}
	f.st.Sub = ns
	f.mu.Unlock()
	p.commits.mark(f)

	err := p.subscribe(ctx, hub, topic, p.cfg.WebSub.CallbackURL+f.key, secret)
	if err != nil {
		p.log.Warn("websub subscribe failed; polling continues", "feed", f.spec.URL, "hub", hub, "err", err)
		f.mu.Lock()
		if f.st.Sub == ns && ns.State == "pending" {
			ns.State, ns.Reason = "failed", err.Error()
		}
		f.mu.Unlock()
		p.commits.mark(f)
		return
	}
	p.log.Info("websub subscription requested", "feed", f.spec.URL, "hub", hub)
}

func (p *Poller) subscribe(ctx context.Context, hub, topic, callback, secret string) error {
	form := url.Values{
		"hub.mode":          {"subscribe"},
		"hub.topic":         {topic},
		"hub.callback":      {callback},
		"hub.secret":        {secret},
		"hub.lease_seconds": {strconv.Itoa(int(p.cfg.WebSub.Lease / time.Second))},
	}
	ctx, cancel := context.WithTimeout(ctx, p.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hub, strings.NewReader(form.Encode()))
	if err != nil {
		return fmt.Errorf("hub %s: %w", hub, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("User-Agent", p.cfg.userAgent())
	// Hub URLs come from feed content: they go through the SSRF guard.
	resp, err := p.article.Do(req)
	if err != nil {
		return fmt.Errorf("hub %s: %w", hub, err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("hub %s: HTTP %d: %s", hub, resp.StatusCode, strings.TrimSpace(string(msg)))
	}
	return nil
}

// serveWebSub answers the hub: GET is verification of intent, POST a
// content delivery.
func (p *Poller) serveWebSub(w http.ResponseWriter, r *http.Request) {
	key := strings.Trim(strings.TrimPrefix(r.URL.Path, "/websub/"), "/")
	p.mu.Lock()
	f := p.byKey[key]
	other, isOther := p.others[key]
	p.mu.Unlock()
	if f == nil && isOther && p.cfg.View != nil && r.Method == http.MethodPost {
		p.forward(w, r, other)
		return
	}
	if f == nil {
		http.NotFound(w, r)
		return
	}
	switch r.Method {
	case http.MethodGet:
		p.verifyIntent(w, r, f)
	case http.MethodPost:
		p.delivery(w, r, f)
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func (p *Poller) verifyIntent(w http.ResponseWriter, r *http.Request, f *feed) {
	q := r.URL.Query()
	mode, topic := q.Get("hub.mode"), q.Get("hub.topic")
	now := p.cfg.Now()
	f.mu.Lock()
	s := f.st.Sub
	if s == nil || s.Topic != topic {
		f.mu.Unlock()
		http.NotFound(w, r)
		return
	}
	switch mode {
	case "subscribe":
		if s.State != "pending" && s.State != "active" {
			f.mu.Unlock()
			http.NotFound(w, r)
			return
		}
		lease := p.cfg.WebSub.Lease
		if n, err := strconv.Atoi(q.Get("hub.lease_seconds")); err == nil && n > 0 {
			lease = time.Duration(n) * time.Second
		}
		s.State, s.LeaseUntil, s.Granted, s.Reason = "active", now.Add(lease), lease, ""
		f.mu.Unlock()
		p.commits.mark(f)
		p.log.Info("websub subscription verified", "feed", f.spec.URL, "lease_until", now.Add(lease))
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, q.Get("hub.challenge"))
	case "denied":
		s.State, s.Reason = "denied", q.Get("hub.reason")
		f.mu.Unlock()
		p.commits.mark(f)
		p.log.Warn("websub subscription denied; polling continues", "feed", f.spec.URL, "reason", s.Reason)
		w.WriteHeader(http.StatusOK)
	default:
		// We never unsubscribe; an unsubscribe we did not ask for is refused.
		f.mu.Unlock()
		http.NotFound(w, r)
	}
}

func (p *Poller) delivery(w http.ResponseWriter, r *http.Request, f *feed) {
	body, err := readLimited(r.Body, r.Header.Get("Content-Encoding"), p.cfg.MaxBodySize)
	if err != nil {
		p.m.pushes.WithLabelValues("bad-body").Inc()
		http.Error(w, "body: "+err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	if !p.signed(r.Header.Get("X-Hub-Signature"), body, f.subSecret()) {
		p.log.Warn("websub delivery rejected: bad signature", "feed", f.spec.URL, "remote", r.RemoteAddr)
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	parsed, err := Parse(f.spec.URL, body, r.Header.Get("Content-Type"))
	if err != nil {
		p.m.pushes.WithLabelValues("bad-feed").Inc()
		p.log.Warn("websub delivery not parsed", "feed", f.spec.URL, "err", err)
		// 2xx: the hub did its job; a retry would bring the same bytes.
		w.WriteHeader(http.StatusAccepted)
		return
	}
	now := p.cfg.Now()
	f.mu.Lock()
	if f.st.Sub != nil {
		f.st.Sub.LastDelivery = now
	}
	f.mu.Unlock()
	p.mu.Lock()
	ctx := p.runCtx
	p.mu.Unlock()
	if ctx == nil {
		ctx = r.Context()
	}
	ctx, cancel := context.WithTimeout(ctx, p.cfg.Timeout)
	defer cancel()
	// Published now, committed when acked (by finish); an unacked push is
	// not lost: the next poll brings the same items and they are not seen.
	_, n := p.publish(ctx, f, parsed, nil, now)
	p.m.pushes.WithLabelValues("ok").Inc()
	p.log.Info("websub delivery", "feed", f.spec.URL, "stories", n)
	w.WriteHeader(http.StatusAccepted)
}

// subSecret is the secret of f's WebSub subscription ("" without one).
func (f *feed) subSecret() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.st.Sub == nil {
		return ""
	}
	return f.st.Sub.Secret
}

// signed reports whether sig (an X-Hub-Signature) signs body with secret;
// an empty secret signs nothing. A bad signature is counted.
func (p *Poller) signed(sig string, body []byte, secret string) bool {
	if secret != "" && validSignature(sig, body, secret) {
		return true
	}
	p.m.pushes.WithLabelValues("bad-signature").Inc()
	return false
}

// validSignature checks X-Hub-Signature: "<algo>=<hex hmac of body>".
func validSignature(header string, body []byte, secret string) bool {
	algo, sig, ok := strings.Cut(strings.TrimSpace(header), "=")
	if !ok {
		return false
	}
	var h func() hash.Hash
	switch strings.ToLower(algo) {
	case "sha1":
		h = sha1.New
	case "sha256":
		h = sha256.New
	case "sha384":
		h = sha512.New384
	case "sha512":
		h = sha512.New
	default:
		return false
	}
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(h, []byte(secret))
	mac.Write(body)
	return hmac.Equal(mac.Sum(nil), want)
}
