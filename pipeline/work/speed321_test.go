package work

import (
	"reflect"
	"slices"
	"testing"
)

// speed321Texts are texts of my own with every stop, line breaks, an
// abbreviation, a dotted name, and double and single quotes over
// sentences and paragraphs.
var speed321Texts = []string{
	"कंपनी ने नया दफ्तर खोला। बोर्ड ने कहा कि काम जल्द शुरू होगा? हां! सब तैयार है॥ अगला कदम | फिर; आखिर.",
	"डा. शर्मा ने x.ai पर लिखा. \"हम पीछे नहीं हटेंगे। यह लड़ाई लंबी है,\" प्रवक्ता ने कहा।\n\"दूसरे पैराग्राफ में भी बात चलती रही।\nऔर यहां खत्म हुई,\" उन्होंने जोड़ा।",
	"'यह सौदा गलत है' — मंत्री का यह बयान चर्चा में रहा। उन्होंने 'सब ठीक है' नहीं कहा।\n\nनया अनुच्छेद \"बिना बंद हुए",
	"कोई विराम नहीं है इस पंक्ति में बस शब्द हैं",
}

// TestSpeed321PunctListed: prepareBuf lists exactly the tokens whose word
// is one of punctMarkWords, and sentencesBuf, markQuotes and
// markSingleQuotes12 over that list give the same sentences (bounds,
// quoted parts, speakers) as their walk over every token, on my texts and
// on every dev story.
func TestSpeed321PunctListed(t *testing.T) {
	a := shippedAnalyzer(t)
	read := func(f *field) []sentence {
		sents := sentencesBuf(f, nil)
		a.markQuotes(f, sents)
		a.markSingleQuotes12(f, sents)
		return sents
	}
	texts := slices.Clone(speed321Texts)
	for _, g := range devGold(t) {
		texts = append(texts, g.Story.Title, g.Story.Body)
	}
	quoted := 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		f := a.prepare("body", text)
		a.matcher.ground([]*field{f})
		if !f.titled {
			t.Fatal("prepareBuf did not list the field's marked tokens")
		}
		var want []int32
		for k, w := range f.words {
			if slices.Contains(punctMarkWords[:], w) {
				want = append(want, int32(k))
			}
		}
		if !slices.Equal(f.punctToks, want) {
			t.Fatalf("%q: punctToks %v, want %v", text, f.punctToks, want)
		}
		listed := read(f)
		f.titled = false // every token walked
		if walked := read(f); !reflect.DeepEqual(listed, walked) {
			t.Fatalf("%q: listed tokens give %+v, the walk %+v", text, listed, walked)
		}
		for _, sn := range listed {
			if sn.qa >= 0 || sn.qspk != spkNone {
				quoted++
			}
		}
	}
	if quoted == 0 {
		t.Fatal("no quote marked: the texts test nothing")
	}
}

// TestSpeed321Sentences: my first two texts split where the stops say.
func TestSpeed321Sentences(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, c := range []struct {
		text string
		n    int
	}{{speed321Texts[0], 7}, {speed321Texts[1], 7}, {speed321Texts[3], 1}} {
		f := a.prepare("body", c.text)
		if got := len(sentencesBuf(f, nil)); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.n)
		}
	}
}

// TestSpeed321BlameStems: words.yaml blame_stems load as the stems
// wrongdoing21 had in Go, unchanged by normalisation, and are read as
// prefixes.
func TestSpeed321BlameStems(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"जिम्मेदार", "जवाबदेह", "जांच", "ठीकरा", "दोष", "blame", "accus"}
	if !slices.Equal(lx.blameStems, want) {
		t.Fatalf("blame_stems %q, want %q", lx.blameStems, want)
	}
	for w, ok := range map[string]bool{"जिम्मेदारी": true, "दोषी": true, "accused": true, "जांचकर्ता": true, "धोखा": false, "जीत": false, "दो": false} {
		if got := lx.hasBlameStem(w); got != ok {
			t.Errorf("hasBlameStem(%q) = %v, want %v", w, got, ok)
		}
	}
}
