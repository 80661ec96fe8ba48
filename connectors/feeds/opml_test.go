package feeds

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestOPMLRoundTrip(t *testing.T) {
	in := []Feed{
		{URL: "https://a.example/rss", Name: "टेक ख़बरें", Category: "tech", Language: "hi"},
		{URL: "https://b.example/atom", Name: "राजनीति", Category: "politics"},
		{URL: "https://c.example/feed.json", Name: "अन्य"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "khabar", in, time.Now()); err != nil {
		t.Fatal(err)
	}
	out, err := ParseOPML(&buf, "export.opml")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("%d feeds back, want %d", len(out), len(in))
	}
	want := map[string]Feed{}
	for _, f := range in {
		want[f.URL] = f
	}
	for _, f := range out {
		if w := want[f.URL]; w.Name != f.Name || w.Category != f.Category {
			t.Fatalf("got %+v, want %+v", f, w)
		}
	}
	if _, err := ParseOPML(strings.NewReader("<opml><body><outline"), "broken.opml"); err == nil || !strings.Contains(err.Error(), "broken.opml") {
		t.Fatalf("broken file error does not name it: %v", err)
	}
}

func TestDiscover(t *testing.T) {
	feed := readFixture(t, "rss2.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Write(feed)
		case "/page":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, `<html><head><link rel="alternate" type="application/rss+xml" title="मुख्य" href="/feed"><link rel="stylesheet" href="/s.css"></head><body>नमस्ते</body></html>`)
		default:
			io.WriteString(w, `<html><body>कुछ नहीं</body></html>`)
		}
	}))
	defer srv.Close()
	for _, tc := range []struct {
		path, want string
		wantErr    bool
	}{{"/page", srv.URL + "/feed", false}, {"/feed", srv.URL + "/feed", false}, {"/none", "", true}} {
		t.Run(tc.path, func(t *testing.T) {
			fs, err := Discover(context.Background(), srv.Client(), srv.URL+tc.path, 0)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("found %v on a page without feeds", fs)
				}
				return
			}
			if err != nil || len(fs) != 1 || fs[0].URL != tc.want {
				t.Fatalf("got %v, %v", fs, err)
			}
		})
	}
}
