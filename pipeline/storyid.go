package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that never change which story a link
// points to. Any parameter starting with "utm_" is dropped too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "_ga": true, "ref_src": true,
	"cmpid": true, "ito": true,
}

// CanonicalURL returns the canonical form of a story link: lowercased scheme
// and host, default port dropped, no fragment, no utm_* or click-tracking
// parameters, remaining parameters sorted, no trailing slash. It returns ""
// when link is not an absolute http(s) URL.
func CanonicalURL(link string) string {
	link = strings.TrimSpace(link)
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment = ""
	u.RawFragment = ""
	u.User = nil
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	u.RawQuery = b.String()
	u.ForceQuery = false
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// StoryID derives the stable id of a story: from its canonical link when it
// has one, otherwise from the feed's GUID. Ids are 20 hex characters of a
// SHA-256 so they are safe in URLs, file names and document ids.
func StoryID(link, guid string) string {
	basis := CanonicalURL(link)
	if basis == "" {
		basis = "guid:" + strings.TrimSpace(guid)
		if basis == "guid:" {
			return ""
		}
	}
	sum := sha256.Sum256([]byte(basis))
	return hex.EncodeToString(sum[:10])
}

// PairKey is the state key of an unordered pair: the two ids sorted and
// joined by "|".
func PairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "|" + b
}

// SortedPair returns a and b in order.
func SortedPair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}
