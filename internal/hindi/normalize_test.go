package hindi

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeFolds(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"half nasal before labial", "ट्रम्प", "ट्रंप"},
		{"half nasal before dental", "पन्द्रह", "पंद्रह"},
		{"chandra-o sign", "ऑल्टमैन", "आल्टमैन"},
		{"chandra-o matra", "डॉलर", "डालर"},
		{"nukta combining", "हज़ार", "हजार"},
		{"nukta precomposed", "\u095Bरूर", "जरूर"},
		{"precomposed ऩ", "\u0929", "न"},
		{"chandrabindu", "पाँच", "पांच"},
		{"zwj zwnj removed", "ओपन\u200dएआई\u200c", "ओपनएआई"},
		{"soft hyphen bom wj", "\ufeffमस\u00adक\u2060", "मसक"},
		{"digits", "२०२५", "2025"},
		{"latin case", "OpenAI", "openai"},
		{"curly quotes", "‘झूठा’ “x”", "'झूठा' \"x\""},
		{"latin accent composed", "Cafe\u0301", "café"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			na, nb := NormalizeString(c.a), NormalizeString(c.b)
			if na != nb {
				t.Fatalf("Normalize(%q)=%q, Normalize(%q)=%q; want equal", c.a, na, c.b, nb)
			}
		})
	}
}

func TestNormalizeKeepsOtherNasals(t *testing.T) {
	// न् before a consonant of another class is not an anusvara.
	if got := NormalizeString("अन्य"); got != "अन्य" {
		t.Fatalf("got %q", got)
	}
}

func TestOffsetsMapBack(t *testing.T) {
	s := "\ufeffमस्क ने ‘ट्रम्प’ पर ५०० अरब डॉलर\u200d की बात कही"
	tx := Normalize(s)
	i := strings.Index(tx.Norm, "ट्रंप")
	if i < 0 {
		t.Fatalf("no ट्रंप in %q", tx.Norm)
	}
	a, b := tx.OrigSpan(i, i+len("ट्रंप"))
	if got := s[a:b]; got != "ट्रम्प" {
		t.Fatalf("span maps to %q", got)
	}
	j := strings.Index(tx.Norm, "500")
	a, b = tx.OrigSpan(j, j+3)
	if got := s[a:b]; got != "५००" {
		t.Fatalf("digits map to %q", got)
	}
	checkOffsets(t, s)
}

// checkOffsets asserts the invariants of the offset map.
func checkOffsets(t *testing.T, s string) {
	t.Helper()
	tx := Normalize(s)
	if !utf8.ValidString(tx.Norm) {
		t.Fatalf("normalised text is not valid UTF-8: %q", tx.Norm)
	}
	prev := 0
	for i := 0; i <= len(tx.Norm); i++ {
		o := tx.OrigOffset(i)
		if o < prev || o > len(s) {
			t.Fatalf("offset %d -> %d out of order (prev %d, len %d)", i, o, prev, len(s))
		}
		if o < len(s) && !utf8.RuneStart(s[o]) && utf8.ValidString(s) {
			t.Fatalf("offset %d -> %d not at a rune boundary", i, o)
		}
		prev = o
	}
	if tx.OrigOffset(len(tx.Norm)) != len(s) {
		t.Fatalf("end maps to %d, want %d", tx.OrigOffset(len(tx.Norm)), len(s))
	}
}

func TestNormalizeInvalidUTF8(t *testing.T) {
	s := "मस्क\xff\xfeने\xe0\xa4"
	tx := Normalize(s)
	if !utf8.ValidString(tx.Norm) {
		t.Fatalf("invalid output %q", tx.Norm)
	}
	checkOffsets(t, s)
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"ट्रम्प कार्ड", "ऑल्टमैन\u200d", "Café ५००", "\xff\xe0\xa4", "ड़ ढ़ क़ ऩ", "e\u0301\u0301x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, s)
		tx := Normalize(s)
		toks := Tokenize(nil, tx.Norm)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(tx.Norm) {
				t.Fatalf("bad token %+v", tk)
			}
			if !utf8.ValidString(tx.Norm[tk.Start:tk.End]) {
				t.Fatalf("token not on rune boundaries %+v", tk)
			}
			a, b := tx.OrigSpan(tk.Start, tk.End)
			if a > b || b > len(s) {
				t.Fatalf("token maps to [%d,%d) of %d", a, b, len(s))
			}
			prev = tk.End
		}
	})
}
