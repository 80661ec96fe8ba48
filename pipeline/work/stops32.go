package work

import (
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 32 (INV): a pipe or a full stop typed for the danda.
//
// Outlets end Hindi sentences with "|" (a pipe for the danda, often
// spaced: "… की है |") or with a full stop ("… की है."). The sentence
// splitter already stops at both, but many readers test the word "।"
// itself (a verb at the sentence's end, a quote closed by a danda, a
// speaker after it). So a stop that ends a Devanagari word's sentence
// — "|" after a Devanagari word, spaced or not, and "." right after one
// (not an abbreviation) — is read as the danda: its word and flags become
// the danda's; its bytes and offsets are the text's own. A pipe or a full
// stop inside a Latin or number run (x.com, 1.5, a|b) stays as it is.

// stops32 rewrites, among the field's punctuation tokens, every pipe and
// full stop that stands for a danda.
func (a *Analyzer) stops32(toks []hindi.Token, words []string, wid []int32, fl []uint64, punct []int32) {
	if a.danda32 <= 0 {
		return
	}
	for _, p := range punct {
		i := int(p)
		w := words[i]
		if w != "|" && w != "." || i == 0 || toks[i-1].Kind != hindi.Word {
			continue
		}
		prev := words[i-1]
		if r, _ := utf8.DecodeLastRuneInString(prev); r < 0x0900 || r > 0x097F {
			continue
		}
		if w == "." && (toks[i-1].End != toks[i].Start || abbreviations[prev]) {
			continue
		}
		if j := i + 1; j < len(toks) && toks[j].Kind != hindi.Break && toks[j].Start == toks[i].End && !isQuote(words[j]) {
			continue // glued to what follows: not a stop
		}
		words[i], wid[i], fl[i] = "।", a.danda32, a.tokInfo[a.danda32].fl
	}
}
