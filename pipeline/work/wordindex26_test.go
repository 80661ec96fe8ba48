package work

import (
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// lookupTokens finds one-byte words and Devanagari characters by its
// tables (shortIDs26) as lookup finds them: each byte, each character of
// the block, in the index or not, beside three-byte words of another
// script and longer words; and in an empty index, none.
func TestLookupTokensShort26(t *testing.T) {
	x := newWordIndex([]string{"।", ",", "न", "a", "ॐ", "\"", "₹", "ab", "abc", "नहीं", "ि"})
	var cands []string
	for c := range 256 {
		cands = append(cands, string([]byte{byte(c)}))
	}
	for k := range 128 {
		cands = append(cands, string([]byte{0xE0, 0xA4 | byte(k>>6), 0x80 | byte(k&0x3F)}))
	}
	cands = append(cands, "₹", "“", "ab", "abc", "abd", "नहीं", "नहि", "\xe0\xa6\x85", "")
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
	if found != 11 {
		t.Errorf("%d words found, want the index's 11", found)
	}
}
