package work

import (
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// lookupTokens finds one-byte words, Devanagari characters and words of
// two by its tables (shortIDs26) as lookup finds them: each byte, each
// character of the block, two-character words at the tables' edges, in
// the index or not, beside words of the same lengths that are not
// Devanagari (another script, bytes not well-formed) and longer words;
// and in an empty index, none.
func TestLookupTokensShort26(t *testing.T) {
	in := []string{"।", ",", "न", "a", "ॐ", "\"", "₹", "ab", "abc", "नहीं", "ि", "के", "₹₹", "\xe0\xa4\x95\xe0\xa4A"}
	for _, k := range []int{1, 128, 5000, 128*128 - 1} { // two characters, at the tables' edges
		in = append(in, string(append(devaChar26(k>>7), devaChar26(k&127)...)))
	}
	x := newWordIndex(in)
	var cands []string
	for c := range 256 {
		cands = append(cands, string([]byte{byte(c)}))
	}
	for k := range 128 {
		cands = append(cands, string([]byte{0xE0, 0xA4 | byte(k>>6), 0x80 | byte(k&0x3F)}))
	}
	for _, k := range []int{0, 1, 127, 128, 5000, 128*128 - 1} {
		cands = append(cands, string(append(devaChar26(k>>7), devaChar26(k&127)...)))
	}
	cands = append(cands, "₹", "“", "ab", "abc", "abd", "नहीं", "नहि", "\xe0\xa6\x85", "", "के", "ने", "कि", "नेत", "₹₹", "a\xe0\xa4\x95bc", "\xe0\xa4\x95\xe0\xa4A")
	var b strings.Builder
	toks := make([]hindi.Token, 0, len(cands))
	for _, w := range cands {
		toks = append(toks, hindi.Token{Kind: hindi.Word, Start: b.Len(), End: b.Len() + len(w)})
		b.WriteString(w)
	}
	norm := b.String()
	words, wid := make([]string, len(toks)), make([]int32, len(toks))
	found := 0
	for _, idx := range []wordIndex{x, {}} {
		idx.lookupTokens(norm, toks, words, wid)
		for i, w := range cands {
			if want := idx.lookup(w) + 1; wid[i] != want {
				t.Fatalf("%q: id+1 %d, want %d", w, wid[i], want)
			}
			if wid[i] != 0 {
				found++
			}
		}
	}
	if found != len(in) {
		t.Errorf("%d words found, want the index's %d", found, len(in))
	}
}
