package classify

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// devaPair26 classes every Devanagari byte pair as devaFold does, and
// anything else as no Devanagari.
func TestDevaPair26(t *testing.T) {
	for b1 := range 256 {
		for b2 := range 256 {
			got := devaPair26[b1|b2<<8]
			want := uint8(0)
			if b1 == 0xA4 || b1 == 0xA5 {
				switch devaFold[b1&1][b2] {
				case dfLetter:
					want = pairLetter26
				case dfSep:
					want = pairSep26
				default:
					want = pairFold26
				}
			}
			if got != want {
				t.Fatalf("E0 %02X %02X: class %d, want %d", b1, b2, got, want)
			}
		}
	}
}

// foldWord26 reads on a word from where the in-place reading stopped: the
// bytes as words folds them, their hash, characters and offsets, and it
// stops past the separator that ends the word.
func TestFoldWord26(t *testing.T) {
	for _, c := range []struct {
		s      string
		from   int // where the in-place reading stopped (s[:from] read)
		word   string
		next   int
		simple bool
	}{
		{"बड़ा फैसला", 6, "बडा", 13, true},          // a nukta dropped
		{"हँसी में", 3, "हंसी", 13, true},           // chandrabindu as anusvara
		{"AIकी घोषणा", 0, "aiकी", 9, true},          // capitals lowered
		{"कéक x", 3, "कéक", 9, false},               // another script
		{"नमस्ते।आज", 15, "नमस्ते", 21, true},       // the danda ends it
		{"कZ", 3, "कz", 4, true},                    // the end of the text
		{"क\u200dख", 3, "कख", 9, true},              // a joiner inside the word
		{"क\xe0\xa4A क", 3, "क\xe0\xa4A", 7, false}, // not well-formed
	} {
		var r bothReader
		buf := []byte(c.s[:c.from])
		h := wordHash0
		nc := 0
		for k := range len(buf) {
			h = (h ^ uint64(buf[k])) * fnvPrime
		}
		for k := 0; k < c.from; {
			r.offs[nc] = k
			nc++
			if c.s[k] < 0x80 {
				k++
			} else {
				k += 3
			}
		}
		next, w, gh, gnc, simple := r.foldWord26(c.s, c.from, buf, h, nc)
		if string(w) != c.word || next != c.next || simple != c.simple {
			t.Errorf("%q from %d: %q, next %d, simple %v; want %q, %d, %v", c.s, c.from, w, next, simple, c.word, c.next, c.simple)
			continue
		}
		if gh != hashBytes(kindWord, []byte(c.word)) {
			t.Errorf("%q: hash is not the word's", c.s)
		}
		if !simple {
			continue
		}
		want := utf8.RuneCountInString(c.word)
		if gnc != want {
			t.Errorf("%q: %d characters, want %d", c.s, gnc, want)
		}
		for k := range min(gnc, len(r.offs)) {
			if b := w[r.offs[k]]; b != 0xE0 && b >= 0x80 {
				t.Errorf("%q: offset %d (%d) is not a character's start", c.s, k, r.offs[k])
			}
		}
	}
}

// edges26 gives a word's edge grams from its offsets alike in place (a
// string) and in a buffer, as langReader.word adds them.
func TestEdges26(t *testing.T) {
	for _, w := range []string{"क", "कल", "सरकार", "ab", "abc", "नेता", strings.Repeat("क", 70), "x" + strings.Repeat("ख", 66)} {
		var offs [65]int
		nc := 0
		for k := 0; k < len(w); {
			if nc < len(offs) {
				offs[nc] = k
			}
			nc++
			if w[k] < 0x80 {
				k++
			} else {
				k += 3
			}
		}
		var want recorder
		l := langReader{b: &want, budget: 1000}
		l.word([]byte(w), 0)
		wantEdges := want.hs[2:] // after the word's own hash
		gotS := edges26(nil, w, &offs, nc)
		gotB := edges26(nil, []byte(w), &offs, nc)
		if len(gotS) != len(wantEdges)/2 || len(gotB) != len(gotS) {
			t.Fatalf("%q: %d and %d grams, want %d", w, len(gotS), len(gotB), len(wantEdges)/2)
		}
		for k := range gotS {
			if gotS[k] != wantEdges[2*k] || gotB[k] != gotS[k] {
				t.Fatalf("%q: gram %d differs", w, k)
			}
		}
	}
}
