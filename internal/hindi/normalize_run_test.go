package hindi

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// A nasal consonant is copied in NormalizeBuf's fast run unless a virama
// follows it; before a virama it folds to anusvara only ahead of a stop of
// its own class. The edges of the text and of the run must not change that.
func TestNormalizeNasalRuns(t *testing.T) {
	cases := []struct{ in, want string }{
		{"नमन", "नमन"},
		{"कम", "कम"},
		{"म", "म"},
		{"म्", "म्"},
		{"कम्", "कम्"},
		{"म्प", "ंप"},
		{"कम्प", "कंप"},
		{"म्\xff", "म् "},
		{"न्य", "न्य"},
		{"ण्ड", "ंड"},
		{"ङ्क़", "ंक"},
		{"ञ्च", "ंच"},
		{"न्प", "न्प"},
		{"Aम्ब", "aंब"},
	}
	for _, c := range cases {
		tx := Normalize(c.in)
		if tx.Norm != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, tx.Norm, c.want)
		}
		// Every character of the output maps back to a character start of
		// the input, and the end to the end.
		for i := range tx.Norm {
			if o := tx.OrigOffset(i); o < 0 || o >= len(c.in) {
				t.Errorf("%q: OrigOffset(%d) = %d, outside the input", c.in, i, o)
			}
		}
		if o := tx.OrigOffset(len(tx.Norm)); o != len(c.in) {
			t.Errorf("%q: OrigOffset(end) = %d, want %d", c.in, o, len(c.in))
		}
	}
	// A run keeps one shift: "नमन" is copied as it is.
	if tx := Normalize("सम्मान नमन"); len(tx.shifts) != 1 {
		t.Errorf("a text folding leaves alone has %d runs, want 1", len(tx.shifts))
	}
}

// OrigValid is utf8.ValidString of the original, whatever the bytes.
func TestNormalizeOrigValid(t *testing.T) {
	pieces := []string{"न", "म्", "क", "़", "ऑ", " ", "A", "é", "e\u0301", "“", "०", "\u200d", "\xff", "\xe0\xa4", "\xe0", "\xa4", "\xef\xbf\xbd", "\xed\xa0\x80", "😀"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var sb strings.Builder
		for range r.IntN(8) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := Normalize(s).OrigValid(), utf8.ValidString(s); got != want {
			t.Fatalf("Normalize(%q).OrigValid() = %v, want %v", s, got, want)
		}
	}
}
