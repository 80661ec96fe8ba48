package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"

	"github.com/khabar/khabar/pipeline"
)

// ErrEntityDeclaration refuses documents that declare XML entities: feeds
// never need them and they are how entity-expansion bombs start.
var ErrEntityDeclaration = errors.New("XML entity declarations are refused")

// ParseError is a feed that could not be read, naming the feed.
type ParseError struct {
	Feed string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse feed %s: %v", e.Feed, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Item is one parsed entry before feed state is applied: a Story whose
// Published may still be zero (no usable date in the feed).
type Item struct {
	Story pipeline.Story
}

// dates are the items' publication times: all the schedule needs of a
// document once its items were published (adapt).
func (p *Parsed) dates() []time.Time {
	ts := make([]time.Time, len(p.Items))
	for i := range p.Items {
		ts[i] = p.Items[i].Story.Published
	}
	return ts
}

// Parsed is a parsed feed document.
type Parsed struct {
	Title string
	// Link is the site the feed belongs to; Hub and Self are the WebSub
	// links the document advertises.
	Link, Hub, Self string
	Items           []Item
	// Truncated is set when the document broke off (a cut connection, a
	// size limit upstream) and only its complete items were read: they are
	// delivered, but the fetch's validators are not kept, so the next poll
	// asks for the whole document again.
	Truncated bool
}

var (
	prologRE     = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'][^>]*\?>`)
	entityDeclRE = regexp.MustCompile(`(?i)<!ENTITY`)
	hubLinkRE    = regexp.MustCompile(`(?is)<(?:atom:|atom10:)?link\b[^>]*>`)
	relRE        = regexp.MustCompile(`(?i)\brel\s*=\s*["']([^"']*)["']`)
	hrefRE       = regexp.MustCompile(`(?i)\bhref\s*=\s*["']([^"']*)["']`)
)

// Parse reads a feed document (RSS 0.9x/1.0/2.0, Atom or JSON Feed) fetched
// from feedURL with the given Content-Type. The text comes out as UTF-8
// whatever the document declared (or wrongly declared); titles and bodies
// are plain text; links are absolute. Items are deduplicated by story id.
func Parse(feedURL string, body []byte, contentType string) (*Parsed, error) {
	doc, err := toUTF8(body, contentType)
	if err != nil {
		return nil, &ParseError{Feed: feedURL, Err: err}
	}
	head := doc
	if len(head) > 8192 {
		head = head[:8192]
	}
	if entityDeclRE.Match(head) || (bytes.Contains(doc, []byte("<!DOCTYPE")) && entityDeclRE.Match(doc)) {
		return nil, &ParseError{Feed: feedURL, Err: ErrEntityDeclaration}
	}
	fp := gofeed.NewParser()
	f, err := fp.Parse(bytes.NewReader(doc))
	truncated := false
	if err != nil {
		salvaged, ok := completeItems(doc)
		if !ok {
			return nil, &ParseError{Feed: feedURL, Err: err}
		}
		f2, err2 := gofeed.NewParser().Parse(bytes.NewReader(salvaged))
		if err2 != nil || len(f2.Items) == 0 {
			return nil, &ParseError{Feed: feedURL, Err: err}
		}
		f, truncated = f2, true
	}
	base, _ := url.Parse(feedURL)
	out := &Parsed{Title: cleanText(f.Title, false), Link: resolve(base, f.Link), Truncated: truncated}
	out.Hub, out.Self = hubLinks(head)
	if out.Self != "" {
		out.Self = resolve(base, out.Self)
	}
	if out.Hub != "" {
		out.Hub = resolve(base, out.Hub)
	}
	// Item links are relative to the site link when the feed gives one
	// and it is absolute, else to the feed's own URL.
	itemBase := base
	if sl, err := url.Parse(out.Link); err == nil && sl.IsAbs() {
		itemBase = sl
	}
	seen := map[string]int{}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		st := itemStory(feedURL, itemBase, it)
		if st.ID == "" {
			continue
		}
		if i, dup := seen[st.ID]; dup {
			// Duplicate GUID or link inside one document: keep the richer one.
			if len(st.Body) > len(out.Items[i].Story.Body) {
				out.Items[i].Story = st
			}
			continue
		}
		seen[st.ID] = len(out.Items)
		out.Items = append(out.Items, Item{Story: st})
	}
	return out, nil
}

// completeItems cuts an XML feed document that broke off after its last
// complete item (RSS) or entry (Atom) and closes what the cut left open.
// It reports false for a document with no complete item or of no known
// root (JSON Feed is not salvaged).
func completeItems(doc []byte) ([]byte, bool) {
	lower := bytes.ToLower(doc)
	var closeTag, tail string
	switch {
	case bytes.Contains(lower, []byte("<rdf:rdf")):
		closeTag, tail = "</item>", "</rdf:RDF>"
	case bytes.Contains(lower, []byte("<rss")):
		closeTag, tail = "</item>", "</channel></rss>"
	case bytes.Contains(lower, []byte("<feed")):
		closeTag, tail = "</entry>", "</feed>"
	default:
		return nil, false
	}
	i := bytes.LastIndex(lower, []byte(closeTag))
	if i < 0 {
		return nil, false
	}
	end := i + len(closeTag)
	out := make([]byte, 0, end+len(tail))
	out = append(out, doc[:end]...)
	return append(out, tail...), true
}

func itemStory(feedURL string, base *url.URL, it *gofeed.Item) pipeline.Story {
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	guid := strings.TrimSpace(it.GUID)
	if link == "" && (strings.HasPrefix(guid, "http://") || strings.HasPrefix(guid, "https://")) {
		link = guid
	}
	link = resolve(base, link)
	st := pipeline.Story{
		URL:   link,
		GUID:  guid,
		Feed:  feedURL,
		Title: cleanText(it.Title, false),
	}
	body := it.Content
	if len(strings.TrimSpace(it.Description)) > len(strings.TrimSpace(body)) {
		body = it.Description
	}
	st.Body = cleanText(body, true)
	if st.Title == "" {
		st.Title = firstWords(st.Body, 12)
	}
	st.ID = pipeline.StoryID(link, guid)
	if st.ID == "" && (st.Title != "" || st.Body != "") {
		// Neither link nor GUID: the feed and the title are the identity.
		st.ID = pipeline.StoryID("", feedURL+"\x00"+st.Title)
	}
	switch {
	case it.PublishedParsed != nil && !it.PublishedParsed.IsZero():
		st.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil && !it.UpdatedParsed.IsZero():
		st.Published = it.UpdatedParsed.UTC()
	}
	if st.Published.Year() < 1990 {
		st.Published = time.Time{} // epoch placeholders are no date at all
	}
	return st
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == nil {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}

// hubLinks finds the WebSub rel="hub" and rel="self" links in the head of
// an XML feed (gofeed keeps links without their rel).
func hubLinks(head []byte) (hub, self string) {
	for _, tag := range hubLinkRE.FindAll(head, -1) {
		rel := relRE.FindSubmatch(tag)
		href := hrefRE.FindSubmatch(tag)
		if rel == nil || href == nil {
			continue
		}
		for _, r := range strings.Fields(strings.ToLower(string(rel[1]))) {
			switch r {
			case "hub":
				if hub == "" {
					hub = string(href[1])
				}
			case "self":
				if self == "" {
					self = string(href[1])
				}
			}
		}
	}
	return hub, self
}

// toUTF8 returns the document as UTF-8 with a prolog that says so. The
// declared encoding (XML prolog first, then Content-Type) is believed only
// when the bytes are not already valid UTF-8: a feed that says ISO-8859-1
// but sends valid UTF-8 Devanagari is the common lie, while real Latin-1
// text with high bytes is almost never valid UTF-8.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	declared := ""
	var prolog []int
	if m := prologRE.FindSubmatchIndex(body); m != nil {
		prolog = m
		declared = string(body[m[2]:m[3]])
	}
	if declared == "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			declared = params["charset"]
		}
	}
	out := body
	if !utf8.Valid(body) {
		enc, name := charset.Lookup(declared)
		if enc == nil || name == "utf-8" {
			// Undeclared, unknown or a false UTF-8 claim: repair rather than fail.
			out = bytes.ToValidUTF8(body, nil)
		} else {
			dec, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(body)))
			if err != nil {
				return nil, fmt.Errorf("decode %s: %w", declared, err)
			}
			out = dec
		}
	}
	if prolog != nil {
		// The bytes are UTF-8 now; the prolog must not make the XML decoder
		// convert them a second time.
		fixed := make([]byte, 0, len(out)+8)
		fixed = append(fixed, `<?xml version="1.0" encoding="UTF-8"?>`...)
		if bytes.HasPrefix(out, body[:prolog[1]]) {
			fixed = append(fixed, out[prolog[1]:]...)
		} else if m := prologRE.FindIndex(out); m != nil {
			fixed = append(fixed, out[m[1]:]...)
		} else {
			fixed = append(fixed, out...)
		}
		out = fixed
	}
	return stripXMLControls(out), nil
}
