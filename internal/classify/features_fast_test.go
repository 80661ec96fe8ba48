package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

type recorder struct{ hs []uint64 }

func (r *recorder) add(h uint64, w float64) { r.hs = append(r.hs, h, uint64(w)) }

// refLangFeatures is langFeatures as it was before its byte-level fast
// path: offsets and the rune count by decoding.
func refLangFeatures(b adder, title, body string) {
	budget := langRunes
	add := func(w []byte) bool {
		if budget <= 0 {
			return false
		}
		budget -= utf8.RuneCount(w) + 1
		b.add(hashBytes(kindWord, w), 1)
		var offs []int
		for i := range string(w) {
			offs = append(offs, i)
			if len(offs) > 64 {
				break
			}
		}
		k := len(offs)
		if k < 2 {
			return true
		}
		if k >= 3 {
			b.add(gram(w[:offs[2]], true, false), 1)
			b.add(gram(w[offs[k-3]:], false, true), 1)
		}
		b.add(gram(w[offs[k-2]:], false, true), 1)
		return true
	}
	buf := words(title, 0, nil, add)
	if budget > 0 {
		words(body, 0, buf, add)
	}
}

// langFeatures gives the features, in the same order, that decoding each
// word gave, valid text or not (words copies a Devanagari-looking lead
// pair with whatever byte follows).
func TestLangFeaturesFastPath(t *testing.T) {
	pieces := []string{"न", "ने", "कहा", "है", "मस्क", " ", "  ", "the", "Musk", "é", "\xe0\xa4A", "\xe0\xa5", "\xff", "।", "😀", "ँ", "़", strings.Repeat("क", 70), "x"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var tb, bb strings.Builder
		for range r.IntN(8) {
			tb.WriteString(pieces[r.IntN(len(pieces))])
		}
		for range r.IntN(30) {
			bb.WriteString(pieces[r.IntN(len(pieces))])
		}
		var got, want recorder
		langFeatures(&got, tb.String(), bb.String(), nil)
		refLangFeatures(&want, tb.String(), bb.String())
		if len(got.hs) != len(want.hs) {
			t.Fatalf("%q / %q: %d features, want %d", tb.String(), bb.String(), len(got.hs)/2, len(want.hs)/2)
		}
		for i := range got.hs {
			if got.hs[i] != want.hs[i] {
				t.Fatalf("%q / %q: feature %d differs", tb.String(), bb.String(), i/2)
			}
		}
	}
}
