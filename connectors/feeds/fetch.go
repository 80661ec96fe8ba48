package feeds

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrBodyTooLarge is returned when a response (after decompression) exceeds
// the body limit — which is also how gzip bombs are refused.
var ErrBodyTooLarge = errors.New("body exceeds the size limit")

// FetchError is a failed fetch with what the server said, if anything.
type FetchError struct {
	URL        string
	Status     int           // 0 when no response arrived
	Reason     string        // short machine-friendly reason: timeout, status, too-large, redirects, dns, connect, read
	RetryAfter time.Duration // from a 429/503 Retry-After header
	Err        error
}

func (e *FetchError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("fetch %s: HTTP %d (%s): %v", e.URL, e.Status, e.Reason, e.Err)
	}
	return fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Reason, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

// fetchResult is one answered request.
type fetchResult struct {
	Status       int
	NotModified  bool
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	FinalURL     string
	// CacheUntil is the lower bound on the next poll from Cache-Control
	// max-age or Expires (zero when the server said nothing).
	CacheUntil time.Time
	// Hub and Self come from Link headers (WebSub discovery).
	Hub, Self string
	// WireBytes counts bytes as they came off the connection (compressed).
	WireBytes int64
}

// fetcher does every HTTP request of the poll stage.
type fetcher struct {
	client  *http.Client
	ua      string
	maxBody int64
	timeout time.Duration
	now     func() time.Time
}

// newFeedClient builds the client for feed fetches: per-phase timeouts and
// a redirect cap. Feed URLs come from the operator, so the first request is
// not behind the SSRF guard (demo feeds live on loopback); a redirect to
// another host is, unless AllowPrivate: a public feed must not be able to
// point khabar at an internal address (issue 14 §5).
func newFeedClient(c Config) *http.Client {
	d := &net.Dialer{Timeout: c.ConnectTimeout, KeepAlive: 30 * time.Second}
	dial := d.DialContext
	check := redirectCap(c.MaxRedirects)
	if !c.AllowPrivate {
		guarded := &net.Dialer{Timeout: c.ConnectTimeout, KeepAlive: 30 * time.Second, Control: guardControl(c.guardPublic)}
		dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
			if ctx.Value(redirectHopKey{}) != nil {
				return guarded.DialContext(ctx, network, addr)
			}
			return d.DialContext(ctx, network, addr)
		}
		check = guardRedirects(check, c.guardPublic)
	}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dial,
		TLSHandshakeTimeout:   c.ConnectTimeout,
		ResponseHeaderTimeout: c.HeaderTimeout,
		MaxIdleConns:          c.Workers * 2,
		MaxIdleConnsPerHost:   max(c.PerHost, 2),
		IdleConnTimeout:       90 * time.Second,
		// We ask for gzip/deflate ourselves so that the body limit applies
		// to the decompressed bytes and wire bytes can be counted.
		DisableCompression: true,
	}
	return &http.Client{Transport: tr, CheckRedirect: check}
}

// redirectHopKey marks the context of a feed request that follows a
// redirect to another host: its dial goes through the SSRF guard.
type redirectHopKey struct{}

// guardRedirects wraps a redirect policy: a hop to a host other than the
// operator's feed URL is resolved and refused when any of its addresses is
// private (which also covers an idle pooled connection to that host), and
// its request is marked so that the dial itself is checked too (DNS may
// answer differently the second time).
func guardRedirects(next func(*http.Request, []*http.Request) error, public func(netip.AddrPort) bool) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if err := next(req, via); err != nil {
			return err
		}
		if len(via) == 0 || canonicalHostPort(req.URL) == canonicalHostPort(via[0].URL) {
			return nil
		}
		host, port := req.URL.Hostname(), req.URL.Port()
		if port == "" {
			port = "80"
			if req.URL.Scheme == "https" {
				port = "443"
			}
		}
		p, err := strconv.ParseUint(port, 10, 16)
		if err != nil {
			return fmt.Errorf("redirect to %s: bad port", req.URL.Redacted())
		}
		var addrs []netip.Addr
		if ip, err := netip.ParseAddr(host); err == nil {
			addrs = []netip.Addr{ip}
		} else if addrs, err = net.DefaultResolver.LookupNetIP(req.Context(), "ip", host); err != nil {
			return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
		}
		for _, ip := range addrs {
			ap := netip.AddrPortFrom(ip.Unmap(), uint16(p))
			if public != nil && public(ap) {
				continue
			}
			if forbiddenAddr(ip) {
				return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), &GuardError{Addr: ap.String()})
			}
		}
		*req = *req.WithContext(context.WithValue(req.Context(), redirectHopKey{}, true))
		return nil
	}
}

// canonicalHostPort is u's lowercased host with its default port made explicit.
func canonicalHostPort(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return strings.ToLower(u.Hostname()) + ":" + port
}

func redirectCap(n int) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) > n {
			return fmt.Errorf("stopped after %d redirects (last %s)", n, req.URL.Redacted())
		}
		return nil
	}
}

// fetch GETs rawURL with the feed's validators. A 304 is a result with
// NotModified; any other non-2xx is a *FetchError.
func (f *fetcher) fetch(ctx context.Context, rawURL, etag, lastModified string) (fetchResult, error) {
	if strings.HasPrefix(rawURL, "file://") {
		return f.fetchFile(ctx, rawURL, lastModified)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return fetchResult{}, &FetchError{URL: rawURL, Reason: "bad-url", Err: err}
	}
	req.Header.Set("User-Agent", f.ua)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return fetchResult{}, &FetchError{URL: rawURL, Reason: classify(err), Err: err}
	}
	defer resp.Body.Close()
	res := fetchResult{
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		FinalURL:     resp.Request.URL.String(),
		CacheUntil:   cacheUntil(resp.Header, f.now()),
	}
	res.Hub, res.Self = linkHeaders(resp.Header)
	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.NotModified = true
		// Drain a little so the connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return res, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		fe := &FetchError{URL: rawURL, Status: resp.StatusCode, Reason: "status", Err: errors.New(resp.Status)}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			fe.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), f.now())
		}
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return res, fe
	}
	cr := &countingReader{r: resp.Body}
	body, err := readLimited(cr, resp.Header.Get("Content-Encoding"), f.maxBody)
	res.WireBytes = cr.n
	if err != nil {
		reason := "read"
		switch {
		case errors.Is(err, ErrBodyTooLarge):
			reason = "too-large"
		case ctx.Err() != nil:
			reason = "timeout"
		}
		return res, &FetchError{URL: rawURL, Status: resp.StatusCode, Reason: reason, Err: err}
	}
	res.Body = body
	return res, nil
}

// fetchFile reads a file:// feed. The file's modification time plays the
// part of Last-Modified, so an unchanged file costs nothing downstream.
func (f *fetcher) fetchFile(ctx context.Context, rawURL, lastModified string) (fetchResult, error) {
	if err := ctx.Err(); err != nil {
		return fetchResult{}, err
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return fetchResult{}, &FetchError{URL: rawURL, Reason: "bad-url", Err: err}
	}
	path := u.Path
	if u.Host != "" && u.Host != "localhost" {
		path = u.Host + u.Path // file://relative/path written by hand
	}
	fh, err := os.Open(path)
	if err != nil {
		return fetchResult{}, &FetchError{URL: rawURL, Reason: "open", Err: err}
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return fetchResult{}, &FetchError{URL: rawURL, Reason: "open", Err: err}
	}
	mod := st.ModTime().UTC().Format(time.RFC3339Nano) + "/" + strconv.FormatInt(st.Size(), 10)
	res := fetchResult{Status: 200, LastModified: mod, FinalURL: rawURL}
	if mod == lastModified {
		res.Status, res.NotModified = http.StatusNotModified, true
		return res, nil
	}
	body, err := readLimited(fh, "", f.maxBody)
	if err != nil {
		reason := "read"
		if errors.Is(err, ErrBodyTooLarge) {
			reason = "too-large"
		}
		return res, &FetchError{URL: rawURL, Reason: reason, Err: err}
	}
	res.Body, res.WireBytes = body, int64(len(body))
	return res, nil
}

// readLimited decodes the content encoding and reads at most limit bytes;
// one byte more is ErrBodyTooLarge. The body is streamed through the
// limit, never allocated whole, so a 1 GB answer costs limit bytes.
func readLimited(r io.Reader, encoding string, limit int64) ([]byte, error) {
	var dec io.Reader = r
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		dec = zr
	case "deflate":
		// "deflate" is zlib-wrapped by the RFC, raw by many servers.
		br := bufio.NewReader(r)
		hdr, _ := br.Peek(2)
		if len(hdr) == 2 && hdr[0]&0x0f == 8 && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate: %w", err)
			}
			defer zr.Close()
			dec = zr
		} else {
			fr := flate.NewReader(br)
			defer fr.Close()
			dec = fr
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", encoding)
	}
	body, err := io.ReadAll(io.LimitReader(dec, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w (%d bytes)", ErrBodyTooLarge, limit)
	}
	return body, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// classify names a transport error for health and metrics.
func classify(err error) string {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var ssrf *GuardError
	switch {
	case errors.As(err, &ssrf):
		return "ssrf-guard"
	case errors.Is(err, context.DeadlineExceeded), os.IsTimeout(err):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case strings.Contains(err.Error(), "redirects"):
		return "redirects"
	case errors.As(err, &dnsErr):
		return "dns"
	case errors.As(err, &opErr):
		return "connect"
	}
	return "transport"
}

// cacheUntil reads Cache-Control max-age (preferred, as RFC 9111 says) or
// Expires as the earliest time worth asking again.
func cacheUntil(h http.Header, now time.Time) time.Time {
	for _, part := range strings.Split(h.Get("Cache-Control"), ",") {
		part = strings.TrimSpace(strings.ToLower(part))
		if v, ok := strings.CutPrefix(part, "max-age="); ok {
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil && n > 0 {
				return now.Add(time.Duration(n) * time.Second)
			}
			return time.Time{}
		}
		if part == "no-cache" || part == "no-store" {
			return time.Time{}
		}
	}
	if e := h.Get("Expires"); e != "" {
		if t, err := http.ParseTime(e); err == nil && t.After(now) {
			return t
		}
	}
	return time.Time{}
}

// retryAfter parses Retry-After as seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// linkHeaders returns the rel=hub and rel=self targets of Link headers.
func linkHeaders(h http.Header) (hub, self string) {
	for _, line := range h.Values("Link") {
		for _, part := range strings.Split(line, ",") {
			segs := strings.Split(part, ";")
			if len(segs) < 2 {
				continue
			}
			target := strings.Trim(strings.TrimSpace(segs[0]), "<>")
			for _, p := range segs[1:] {
				p = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(p), `"`, ""))
				for _, rel := range strings.Fields(strings.TrimPrefix(p, "rel=")) {
					if !strings.HasPrefix(p, "rel=") {
						continue
					}
					switch rel {
					case "hub":
						hub = target
					case "self":
						self = target
					}
				}
			}
		}
	}
	return hub, self
}
