package classify

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveWords is what words means, written without any of its fast paths:
// s read rune by rune, each through fold (the one definition of a word
// character both share); a separator ends a word, a rune folded to 0 is
// dropped. It copies none of words' byte-level code, so a change to that
// code that changes a word is caught here, and a change to fold changes
// both alike. Valid UTF-8 only: see TestWordsInvalidUTF8 for the rest.
func naiveWords(s string) []string {
	var out []string
	var w strings.Builder
	for _, r := range s {
		fr, ok := fold(r)
		switch {
		case !ok:
			if w.Len() > 0 {
				out = append(out, w.String())
				w.Reset()
			}
		case fr != 0:
			w.WriteRune(fr)
		}
	}
	if w.Len() > 0 {
		out = append(out, w.String())
	}
	return out
}

// randomText is up to 30 pieces: words and separators of the kinds
// stories hold, and single runes drawn from all of Devanagari (where
// words reads bytes), the ASCII range (read inline) and beyond (through
// fold). All valid UTF-8.
func randomText(r *rand.Rand) string {
	pieces := []string{"न", "ने", "कहा", "है", " ", "  ", "the", "Musk", "AI", "X-Y", "$5", "1,000", "a_b", "\t", "\n", "é", "।", "॥", "😀", "ँ", "़", "\u200d", "\u200c", "Z9", "@#!", "x", "ॐ", "क़"}
	var sb strings.Builder
	for range r.IntN(30) {
		switch r.IntN(4) {
		case 0:
			sb.WriteRune(rune(0x0900 + r.IntN(0x80)))
		case 1:
			sb.WriteRune(rune(r.IntN(0x80)))
		case 2:
			sb.WriteRune(rune(0x80 + r.IntN(0x3000)))
		default:
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
	}
	return sb.String()
}

// words splits and folds every text as naiveWords does, at every word
// limit, with early stops: the first max words (0: all), up to and
// including the one where f says stop.
func TestWordsMatchNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		s := randomText(r)
		if !utf8.ValidString(s) {
			t.Fatalf("randomText gave invalid UTF-8 %q", s)
		}
		max, stop := r.IntN(6), r.IntN(8)
		var got []string
		words(s, max, nil, func(w []byte) bool { got = append(got, string(w)); return len(got) != stop })
		want := naiveWords(s)
		if max > 0 && len(want) > max {
			want = want[:max]
		}
		if stop > 0 && len(want) > stop {
			want = want[:stop]
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q (max %d, stop %d): %q, want %q", s, max, stop, got, want)
		}
	}
}

// On invalid UTF-8 (which decoded JSON never holds) words does not decode
// three bytes that start as Devanagari does (E0 A4 or E0 A5): they are
// kept in the word as they are; any other invalid byte is a separator.
func TestWordsInvalidUTF8(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"a\xffb", []string{"a", "b"}},
		{"\xe0\xa4A", []string{"\xe0\xa4A"}},
		{"क\xe0\xa4A ख", []string{"क\xe0\xa4A", "ख"}},
		{"क\xe0\xa4", []string{"क"}},
		{"Ab\xe0x", []string{"ab", "x"}},
	} {
		var got []string
		words(tt.in, 0, nil, func(w []byte) bool { got = append(got, string(w)); return true })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
}

// runesUpTo counts as utf8 does, capped, on any bytes, and so does
// countScriptsRunes.
func TestRunesUpTo(t *testing.T) {
	pieces := []string{"न", "ने", "कहा", " ", "a", "é", "\xe0\xa4A", "\xe0\xa5", "\xe0\xa4", "\xff", "।", "😀", "ँ", "़", "\xe0\xa6\x80", "\xe0\x80\x80"}
	r := rand.New(rand.NewPCG(31, 32))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s, max := b.String(), r.IntN(120)
		if got, want := runesUpTo(s, max), min(utf8.RuneCountInString(s), max); got != want {
			t.Fatalf("runesUpTo(%q, %d) = %d, want %d", s, max, got, want)
		}
		// countScriptsRunes counts as runesUpTo does, valid text or not.
		if _, got := countScriptsRunes(s, max); got != runesUpTo(s, max) {
			t.Fatalf("countScriptsRunes(%q, %d) = %d runes, want %d", s, max, got, runesUpTo(s, max))
		}
	}
}
