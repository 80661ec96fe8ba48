package feeds

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/khabar/khabar/pipeline"
)

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Created string      `xml:"head>dateCreated,omitempty"`
	Body    []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string      `xml:"htmlUrl,attr,omitempty"`
	Category string      `xml:"category,attr,omitempty"`
	Language string      `xml:"language,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

// ParseOPML reads the feeds of an OPML 1.0/2.0 file (name is used in
// errors). A category comes from the outline's category attribute or from
// an enclosing folder named "tech" or "politics".
func ParseOPML(r io.Reader, name string) ([]Feed, error) {
	dec := xml.NewDecoder(io.LimitReader(r, 32<<20))
	dec.CharsetReader = charset.NewReaderLabel
	var doc opmlDoc
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("opml %s: %w", name, err)
	}
	var out []Feed
	var walk func(es []opmlEntry, folder string)
	walk = func(es []opmlEntry, folder string) {
		for _, e := range es {
			if e.XMLURL != "" {
				f := Feed{URL: strings.TrimSpace(e.XMLURL), Name: firstNonEmpty(e.Title, e.Text), Language: e.Language}
				for _, c := range strings.FieldsFunc(strings.ToLower(e.Category+","+folder), func(r rune) bool { return r == ',' || r == '/' }) {
					if c = strings.TrimSpace(c); slices.Contains(pipeline.Topics(), c) {
						f.Category = c
						break
					}
				}
				if err := f.validate(); err == nil {
					out = append(out, f)
				}
			}
			walk(e.Children, firstNonEmpty(e.Text, e.Title))
		}
	}
	walk(doc.Body, "")
	if len(out) == 0 {
		return nil, fmt.Errorf("opml %s: no feed outlines (xmlUrl) found", name)
	}
	return out, nil
}

// WriteOPML writes feeds as OPML 2.0, grouped in folders by category.
func WriteOPML(w io.Writer, title string, feeds []Feed, now time.Time) error {
	doc := opmlDoc{Version: "2.0", Title: title, Created: now.UTC().Format(time.RFC1123Z)}
	folders := map[string]int{}
	for _, f := range feeds {
		e := opmlEntry{Text: firstNonEmpty(f.Name, f.URL), Title: f.Name, Type: "rss", XMLURL: f.URL, Category: f.Category, Language: f.Language}
		if f.Category == "" {
			doc.Body = append(doc.Body, e)
			continue
		}
		i, ok := folders[f.Category]
		if !ok {
			i = len(doc.Body)
			folders[f.Category] = i
			doc.Body = append(doc.Body, opmlEntry{Text: f.Category})
		}
		doc.Body[i].Children = append(doc.Body[i].Children, e)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// Discover returns the feeds behind pageURL: the URL itself when it is a
// feed, else the feeds an HTML page announces with <link rel="alternate">.
// The client is the caller's (the CLI uses an ordinary one: the operator
// typed the URL).
func Discover(ctx context.Context, client *http.Client, pageURL string, maxBody int64) ([]Feed, error) {
	if client == nil {
		client = http.DefaultClient
	}
	if maxBody <= 0 {
		maxBody = DefaultConfig().MaxBodySize
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", pageURL, err)
	}
	req.Header.Set("User-Agent", DefaultConfig().userAgent())
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", pageURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("discover %s: HTTP %d", pageURL, resp.StatusCode)
	}
	body, err := readLimited(resp.Body, resp.Header.Get("Content-Encoding"), maxBody)
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", pageURL, err)
	}
	final := resp.Request.URL.String()
	if p, err := Parse(final, body, resp.Header.Get("Content-Type")); err == nil {
		return []Feed{{URL: final, Name: p.Title}}, nil
	}
	out, err := discoverLinks(final, body, resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, fmt.Errorf("discover %s: %w", pageURL, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("discover %s: neither a feed nor a page announcing one (<link rel=\"alternate\">)", pageURL)
	}
	return out, nil
}

func discoverLinks(pageURL string, body []byte, contentType string) ([]Feed, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(pageURL)
	var out []Feed
	seen := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Base {
			for _, a := range n.Attr {
				if a.Key == "href" {
					if b, err := base.Parse(a.Val); err == nil {
						base = b
					}
				}
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Link {
			var rel, typ, href, title string
			for _, a := range n.Attr {
				switch a.Key {
				case "rel":
					rel = strings.ToLower(a.Val)
				case "type":
					typ = strings.ToLower(a.Val)
				case "href":
					href = a.Val
				case "title":
					title = a.Val
				}
			}
			isFeed := strings.Contains(typ, "rss") || strings.Contains(typ, "atom") || strings.Contains(typ, "feed+json")
			if strings.Contains(" "+rel+" ", " alternate ") && isFeed && href != "" {
				u := resolve(base, href)
				if !seen[u] {
					seen[u] = true
					out = append(out, Feed{URL: u, Name: strings.TrimSpace(title)})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out, nil
}
