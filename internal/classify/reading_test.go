package classify

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readBoth gives each model the features, in the same order, that reading
// the text for it alone gives (langFeatures, topicFeatures as training
// computes them): titles and bodies of any length, one-letter words (the
// language reads past the topic's body words), words of more than 65
// letters (the edge grams' offsets stop there), other scripts and invalid
// text (read by langReader's general path).
func TestReadBothFeatures(t *testing.T) {
	pieces := []string{"न", "ने", "कहा", "है", "मस्क", " ", "  ", "the", "Musk", "é", "\xe0\xa4A", "\xe0\xa5", "\xff", "।", "😀", "ँ", "़", strings.Repeat("क", 70), "x", "क ", "a ", "1 ", "AIकी", "हँसी", "\u200d", "ॐ", "Ωμέγα", "\xe0\xa4\xe0", "॰", "२०२६", strings.Repeat("कa", 40)}
	r := rand.New(rand.NewPCG(21, 22))
	s := &scratch{}
	var fb featureBuf // reused, as a Reading reuses it
	for i := range 20000 {
		var tb, bb strings.Builder
		nt, nb := r.IntN(8), r.IntN(40)
		if i%10 == 0 {
			nt, nb = r.IntN(150), r.IntN(300) // past every budget
		}
		for range nt {
			tb.WriteString(pieces[r.IntN(len(pieces))])
		}
		for range nb {
			bb.WriteString(pieces[r.IntN(len(pieces))])
		}
		title, body := tb.String(), bb.String()
		if i%10 == 1 { // a short title, one-letter words: the language reads on
			title, body = pieces[r.IntN(3)], strings.Repeat(pieces[19+r.IntN(3)], r.IntN(80))
		}
		var gotL, gotT, wantL, wantT recorder
		fb.readBoth(title, body)
		for _, h := range fb.lang {
			gotL.add(h, 1)
		}
		for _, f := range fb.topic {
			gotT.add(f.h, f.w)
		}
		langFeatures(&wantL, title, body, nil)
		topicFeatures(s, &wantT, TopicInput{Title: title, Body: body})
		for _, c := range []struct {
			model     string
			got, want []uint64
		}{{"language", gotL.hs, wantL.hs}, {"topic", gotT.hs, wantT.hs}} {
			if len(c.got) != len(c.want) {
				t.Fatalf("%q / %q: %s: %d features, want %d", title, body, c.model, len(c.got)/2, len(c.want)/2)
			}
			for j := range c.got {
				if c.got[j] != c.want[j] {
					t.Fatalf("%q / %q: %s: feature %d differs", title, body, c.model, j/2)
				}
			}
		}
	}
}

// LanguageOf and TopicOf of a Reading answer what Language and Topic do,
// to the last bit of every score, on the training stories, cut and joined.
func TestReadingAnswers(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "train", "*.jsonl"))
	var docs []Doc
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var d Doc
			if strings.TrimSpace(line) != "" && json.Unmarshal([]byte(line), &d) == nil {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) < 100 {
		t.Fatalf("only %d training stories", len(docs))
	}
	var rd Reading
	types := [][]string{nil, {"person"}, {"org", "deal"}}
	for i, d := range docs {
		title, body := d.Title, d.Body
		switch i % 4 {
		case 1:
			title = ""
		case 2:
			title, body = body, title
		case 3:
			title = docs[(i+7)%len(docs)].Title
		}
		for _, topic := range []bool{true, false} {
			rd.Reset(title, body, topic)
			lang, score := c.LanguageOf(&rd)
			wl, ws := c.Language(title, body)
			if lang != wl || score != ws {
				t.Fatalf("story %d: LanguageOf %s %v, Language %s %v", i, lang, score, wl, ws)
			}
			in := TopicInput{Title: title, Body: body, EntityTypes: types[i%3], FeedCategory: d.FeedCategory}
			got, want := c.TopicOf(&rd, in.EntityTypes, in.FeedCategory), c.Topic(in)
			if got.Topic != want.Topic || got.Second != want.Second || len(got.Scores) != len(want.Scores) {
				t.Fatalf("story %d: TopicOf %+v, Topic %+v", i, got, want)
			}
			for k, v := range want.Scores {
				if got.Scores[k] != v {
					t.Fatalf("story %d: TopicOf %+v, Topic %+v", i, got, want)
				}
			}
		}
	}
}
