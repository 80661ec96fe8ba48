package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/khabar/khabar/pipeline"
)

// GuardError is a request refused by the SSRF guard.
type GuardError struct {
	Addr string
}

func (e *GuardError) Error() string {
	return fmt.Sprintf("ssrf guard: %s is a loopback, private, link-local or metadata address", e.Addr)
}

var (
	cgnat = netip.MustParsePrefix("100.64.0.0/10")
	// IPv6 ranges that carry an IPv4 address, which a gateway or the
	// kernel may deliver to that IPv4 address (issue 14 §5): the embedded
	// address is judged as if dialled itself.
	v4Compatible = netip.MustParsePrefix("::/96")          // ::a.b.c.d (deprecated, still routed by some stacks)
	nat64        = netip.MustParsePrefix("64:ff9b::/96")   // RFC 6052 well-known NAT64 prefix
	nat64Local   = netip.MustParsePrefix("64:ff9b:1::/48") // RFC 8215 local-use NAT64: any IPv4 behind it
	sixToFour    = netip.MustParsePrefix("2002::/16")      // 6to4: 2002:AABB:CCDD::/48 is a.b.c.d
	teredo       = netip.MustParsePrefix("2001::/32")      // Teredo: the client address, inverted, in the last 32 bits
)

// forbiddenAddr reports whether ip must not be reached from URLs that
// come from feed content.
func forbiddenAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() ||
		ip.IsUnspecified() || cgnat.Contains(ip) ||
		(ip.Is4() && ip.As4()[0] == 0) { // 0.0.0.0/8 reaches the local host on Linux
		return true
	}
	if !ip.Is6() {
		return false
	}
	b := ip.As16()
	switch {
	case nat64Local.Contains(ip):
		return true
	case v4Compatible.Contains(ip), nat64.Contains(ip):
		return forbiddenAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	case sixToFour.Contains(ip):
		return forbiddenAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
	case teredo.Contains(ip):
		return forbiddenAddr(netip.AddrFrom4([4]byte{^b[12], ^b[13], ^b[14], ^b[15]}))
	}
	return false
}

// guardControl checks the address actually dialled — after DNS
// resolution, so a name that resolves to 127.0.0.1 is refused, and on
// every redirect, since each hop dials anew. public, when not nil, names
// addresses to treat as public although they are not (tests stand a
// loopback server in for a public site with it).
func guardControl(public func(netip.AddrPort) bool) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return &GuardError{Addr: address}
		}
		if public != nil && public(ap) {
			return nil
		}
		if forbiddenAddr(ap.Addr()) {
			return &GuardError{Addr: address}
		}
		return nil
	}
}

// newGuardedClient is the client for URLs taken from feed content
// (article pages, WebSub hubs). No proxy: the guard must see the real
// destination.
func newGuardedClient(c Config) *http.Client {
	d := &net.Dialer{Timeout: c.ConnectTimeout, KeepAlive: 30 * time.Second}
	if !c.AllowPrivate {
		d.Control = guardControl(c.guardPublic)
	}
	tr := &http.Transport{
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   c.ConnectTimeout,
		ResponseHeaderTimeout: c.HeaderTimeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		DisableCompression:    true,
	}
	return &http.Client{Transport: tr, CheckRedirect: redirectCap(c.MaxRedirects)}
}

// fillFullText replaces a summary with the article's main text when the
// page yields a longer one. Failures keep the summary and are logged.
func (p *Poller) fillFullText(ctx context.Context, f *feed, st *pipeline.Story) {
	text, err := p.FetchArticle(ctx, st.URL)
	if err != nil {
		p.log.Warn("full text not fetched", "feed", f.spec.URL, "url", st.URL, "err", err)
		return
	}
	if utf8.RuneCountInString(text) > utf8.RuneCountInString(st.Body) {
		st.Body = text
	}
}

// FetchArticle fetches an article page through the SSRF guard, with the
// feed limits, and returns its main text.
func (p *Poller) FetchArticle(ctx context.Context, pageURL string) (string, error) {
	if !strings.HasPrefix(pageURL, "http://") && !strings.HasPrefix(pageURL, "https://") {
		return "", fmt.Errorf("article %s: not an http(s) URL", pageURL)
	}
	ctx, cancel := context.WithTimeout(ctx, p.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
	if err != nil {
		return "", fmt.Errorf("article %s: %w", pageURL, err)
	}
	req.Header.Set("User-Agent", p.cfg.userAgent())
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	resp, err := p.article.Do(req)
	if err != nil {
		var ge *GuardError
		if errors.As(err, &ge) {
			return "", fmt.Errorf("article %s: %w", pageURL, ge)
		}
		return "", fmt.Errorf("article %s: %w", pageURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("article %s: HTTP %d", pageURL, resp.StatusCode)
	}
	body, err := readLimited(resp.Body, resp.Header.Get("Content-Encoding"), p.cfg.MaxBodySize)
	if err != nil {
		return "", fmt.Errorf("article %s: %w", pageURL, err)
	}
	return ExtractMainText(body, resp.Header.Get("Content-Type"))
}

// ExtractMainText finds an HTML page's main text the way readability does
// at its core: paragraphs vote for their parent by their text length, and
// the parent with the most text wins; navigation, asides, scripts and
// forms do not vote.
func ExtractMainText(page []byte, contentType string) (string, error) {
	r, err := charset.NewReader(bytes.NewReader(page), contentType)
	if err != nil {
		return "", fmt.Errorf("html charset: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	score := map[*html.Node]int{}
	var order []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Form, atom.Footer, atom.Header, atom.Noscript:
				return
			case atom.P:
				if n.Parent != nil {
					l := utf8.RuneCountInString(nodeText(n))
					if l >= 25 {
						if _, ok := score[n.Parent]; !ok {
							order = append(order, n.Parent)
						}
						score[n.Parent] += l
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var best *html.Node
	for _, n := range order {
		if best == nil || score[n] > score[best] {
			best = n
		}
	}
	if best == nil {
		return "", errors.New("no main text found")
	}
	var paras []string
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if t := collapse(nodeText(c), false); t != "" {
				paras = append(paras, t)
			}
		}
	}
	return strings.Join(paras, "\n"), nil
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
