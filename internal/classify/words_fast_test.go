package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// refWords is words as it was before its ASCII fast path: every
// character outside Devanagari through fold.
func refWords(s string, max int, f func(w []byte) bool) {
	var buf []byte
	n := 0
	flush := func() bool {
		if len(buf) > 0 {
			more := f(buf)
			buf = buf[:0]
			n++
			if !more {
				return true
			}
		}
		return max > 0 && n >= max
	}
	for i := 0; i < len(s); {
		if c := s[i]; c == 0xE0 && i+2 < len(s) && (s[i+1] == 0xA4 || s[i+1] == 0xA5) {
			b1, b2 := s[i+1], s[i+2]
			i += 3
			switch {
			case b1 == 0xA5 && (b2 == 0xA4 || b2 == 0xA5 || b2 == 0xB0):
				if flush() {
					return
				}
			case b1 == 0xA4 && b2 == 0xBC:
			case b1 == 0xA4 && b2 == 0x81:
				buf = append(buf, 0xE0, 0xA4, 0x82)
			default:
				buf = append(buf, 0xE0, b1, b2)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		fr, ok := fold(r)
		if !ok {
			if flush() {
				return
			}
			continue
		}
		if fr == 0 {
			continue
		}
		buf = utf8.AppendRune(buf, fr)
	}
	flush()
}

// words splits and folds every text as the plain loop does, at every
// word limit, with early stops.
func TestWordsASCIIFastPath(t *testing.T) {
	pieces := []string{"न", "ने", "कहा", "है", " ", "  ", "the", "Musk", "AI", "X-Y", "$5", "1,000", "a_b", "\t", "\n", "é", "\xe0\xa4A", "\xff", "।", "😀", "ँ", "़", "\u200d", "Z9", "@#!", "x"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		var sb strings.Builder
		for range r.IntN(30) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		max, stop := r.IntN(6), r.IntN(8)
		var got, want []string
		words(s, max, nil, func(w []byte) bool { got = append(got, string(w)); return len(got) != stop })
		refWords(s, max, func(w []byte) bool { want = append(want, string(w)); return len(want) != stop })
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("%q (max %d, stop %d): %q, want %q", s, max, stop, got, want)
		}
	}
}
