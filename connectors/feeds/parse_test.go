package feeds

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/khabar/khabar/pipeline"
)

func TestParse(t *testing.T) {
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(`<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Café</title><link>https://l.example/</link>
<item><title>Über café</title><link>https://l.example/1</link><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item></channel></rss>`)
	tests := []struct {
		name, file, body, ctype string
		wantErr                 error
		check                   func(t *testing.T, p *Parsed)
	}{
		{name: "rss2 html, entities, relative links", file: "rss2.xml", check: func(t *testing.T, p *Parsed) {
			if len(p.Items) != 3 {
				t.Fatalf("%d items", len(p.Items))
			}
			s := p.Items[0].Story
			if s.Title != "ओपनएआई ने नया मॉडल जारी किया" {
				t.Errorf("title %q", s.Title)
			}
			if strings.Contains(s.Body, "alert") || strings.Contains(s.Body, "<") {
				t.Errorf("body not clean: %q", s.Body)
			}
			if s.URL != "https://tech.example.in/news/openai-model?utm_source=rss" {
				t.Errorf("link not resolved: %q", s.URL)
			}
			if s.Published.IsZero() {
				t.Error("date lost")
			}
		}},
		{name: "atom without dates", file: "nodates.xml", check: func(t *testing.T, p *Parsed) {
			if len(p.Items) != 2 {
				t.Fatalf("%d items", len(p.Items))
			}
			for _, it := range p.Items {
				if !it.Story.Published.IsZero() {
					t.Errorf("invented a date: %v", it.Story.Published)
				}
			}
		}},
		{name: "json feed with duplicate ids", file: "jsonfeed.json", ctype: "application/feed+json", check: func(t *testing.T, p *Parsed) {
			if len(p.Items) != 1 {
				t.Fatalf("duplicate GUID kept: %d items", len(p.Items))
			}
		}},
		{name: "declares latin-1, sends utf-8", body: `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>गलत</title><item><title>संसद का सत्र</title><link>https://w.example/1</link></item></channel></rss>`,
			check: func(t *testing.T, p *Parsed) {
				if got := p.Items[0].Story.Title; got != "संसद का सत्र" {
					t.Fatalf("title %q", got)
				}
			}},
		{name: "real latin-1", body: latin1, check: func(t *testing.T, p *Parsed) {
			if got := p.Items[0].Story.Title; got != "Über café" {
				t.Fatalf("title %q", got)
			}
		}},
		{name: "charset from content-type", body: mustLatin1(`<rss version="2.0"><channel><item><title>Déjà vu</title><link>https://c.example/1</link></item></channel></rss>`),
			ctype: "application/rss+xml; charset=iso-8859-1", check: func(t *testing.T, p *Parsed) {
				if got := p.Items[0].Story.Title; got != "Déjà vu" {
					t.Fatalf("title %q", got)
				}
			}},
		{name: "invalid utf-8 and control characters", body: "<rss version=\"2.0\"><channel><item><title>चुनाव\x01 \xff\xfeपरिणाम\x0b</title><link>https://x.example/1</link></item></channel></rss>",
			check: func(t *testing.T, p *Parsed) {
				got := p.Items[0].Story.Title
				if !utf8.ValidString(got) || got != "चुनाव परिणाम" {
					t.Fatalf("title %q", got)
				}
			}},
		{name: "malformed xml", body: `<rss version="2.0"><channel><item><title>टूटा`, wantErr: &ParseError{}},
		{name: "not a feed", body: `<html><body>hello</body></html>`, wantErr: &ParseError{}},
		{name: "entity expansion", body: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>`,
			wantErr: ErrEntityDeclaration},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.body)
			if tc.file != "" {
				body = readFixture(t, tc.file)
			}
			p, err := Parse("https://feed.example/rss", body, tc.ctype)
			if tc.wantErr != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Feed != "https://feed.example/rss" {
					t.Fatalf("got %v, want a ParseError naming the feed", err)
				}
				if tc.wantErr == ErrEntityDeclaration && !errors.Is(err, ErrEntityDeclaration) {
					t.Fatalf("got %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, p)
		})
	}
}

func mustLatin1(s string) string {
	out, err := charmap.ISO8859_1.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return out
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>एक</p><p>दो</p>", "एक\nदो"},
		{"&lt;b&gt;मोटा&lt;/b&gt; अक्षर", "मोटा अक्षर"},
		{"टैब\tऔर   रिक्त", "टैब और रिक्त"},
		{"<style>p{}</style>पाठ", "पाठ"},
		{"A &amp; B", "A & B"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := cleanText(tc.in, true); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzParse: whatever bytes arrive, Parse returns stories or an error,
// never panics, and every text it returns is valid UTF-8.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "nodates.xml", "jsonfeed.json"} {
		b, err := testdataFS(name)
		if err == nil {
			f.Add(b, "")
		}
	}
	f.Fuzz(func(t *testing.T, body []byte, ctype string) {
		p, err := Parse("https://fuzz.example/feed", body, ctype)
		if err != nil {
			return
		}
		for _, it := range p.Items {
			if !utf8.ValidString(it.Story.Title) || !utf8.ValidString(it.Story.Body) {
				t.Fatalf("invalid UTF-8 out of Parse: %q", it.Story.Title)
			}
			if it.Story.ID == "" {
				t.Fatal("story without id")
			}
		}
	})
}

// TestParseTruncatedKeepsCompleteItems: a document that breaks off keeps
// its complete items and says it was truncated; one with no complete item
// is still an error naming the feed.
func TestParseTruncatedKeepsCompleteItems(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>कटा हुआ</title>` +
		`<item><title>पहली</title><link>https://kata.example/1</link><description>पहली पूरी खबर।</description></item>` +
		`<item><title>दूसरी</title><link>https://kata.example/2</link><description>दूसरी पूरी खबर।</description></item>` +
		`<item><title>तीसरी</title><link>https://kata.example/3</link><descrip`
	atom := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>कटा</title>` +
		`<entry><title>एक</title><link href="https://kata.example/a1"/><id>a1</id><summary>एक पूरी प्रविष्टि।</summary></entry>` +
		`<entry><title>दो</title><link href="https://kata.ex`
	for _, tc := range []struct {
		name, doc string
		want      int
	}{
		{"rss cut inside an item", rss, 2},
		{"atom cut inside an entry", atom, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse("https://kata.example/feed", []byte(tc.doc), "application/xml")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !p.Truncated || len(p.Items) != tc.want {
				t.Fatalf("truncated %v, %d items; want true, %d", p.Truncated, len(p.Items), tc.want)
			}
		})
	}
	whole, err := Parse("https://kata.example/feed", []byte(rss[:strings.LastIndex(rss, "<item><title>तीसरी")]+"</channel></rss>"), "application/xml")
	if err != nil || whole.Truncated {
		t.Fatalf("a whole document: truncated %v, err %v", whole != nil && whole.Truncated, err)
	}
	_, err = Parse("https://kata.example/feed", []byte(rss[:strings.Index(rss, "</item>")]), "application/xml")
	var pe *ParseError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "kata.example/feed") {
		t.Fatalf("no complete item: err %v, want a ParseError naming the feed", err)
	}
}

// TestClusterIndexPrunesAsItGoes: 20,000 stories over 833 days with a 72-hour
// window keep only the window's stories in the index, and the pruned ids
// come out for deletion from the store; a near-duplicate inside the window
// still joins its cluster (issue 14 §7).
func TestClusterIndexPrunesAsItGoes(t *testing.T) {
	c := newClusterIndex(7, 72*time.Hour)
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	step := 833 * 24 * time.Hour / 20000
	var now time.Time
	body := func(i int) string {
		return fmt.Sprintf("नगर निगम की बैठक संख्या %d में पानी, सड़क, बिजली और सफ़ाई पर लंबी चर्चा हुई और प्रस्ताव %d पारित हुआ", i, i*7)
	}
	for i := range 20000 {
		now = start.Add(time.Duration(i) * step)
		st := &pipeline.Story{ID: fmt.Sprintf("s%05d", i), Title: fmt.Sprintf("बैठक %d", i), Body: body(i)}
		c.assign(st, now)
	}
	inWindow := int(72*time.Hour/step) + 1
	if n := c.size(); n > inWindow+1 {
		t.Fatalf("index holds %d stories, want at most the %d of the last 72 hours", n, inWindow)
	}
	if exp := len(c.takeExpired()); exp < 20000-inWindow-1 {
		t.Fatalf("%d ids expired, want about %d", exp, 20000-inWindow)
	}
	dup := &pipeline.Story{ID: "dup", Title: "बैठक 19999", Body: body(19999) + " ।"}
	if cl, _ := c.assign(dup, now.Add(time.Minute)); cl != "s19999" {
		t.Fatalf("near-duplicate inside the window in cluster %q, want s19999", cl)
	}
}
