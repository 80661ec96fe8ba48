package work

import "github.com/khabar/khabar/internal/hindi"

// leadLabel31 reports a dash (or colon) at k that closes a live blog's or
// brief's lead label ("बड़ा ऐलान —", "ताजा अपडेट —", "ब्रेकिंग:"): the
// clause before it (toks) is one to three plain words — no name, no
// postposition or verb, nothing that owns the words after it ("X का
// दावा:") — and what follows opens with a named agent ("Y ने …" within its
// first four words). A label word may be a decision noun (ऐलान,
// फैसला) or open a lexicon entry, nothing else. The line after the
// label is then its own main clause, not the label's content, so its
// agent stays the sentence's speaker (dbc-006: "बड़ा ऐलान — X ने
// बताया कि O और Z …").
func leadLabel31(f *field, sn *sentence, fl []uint64, k int, toks []int) bool {
	if w := f.words[k]; !isDash(w) && w != ":" || len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, j := range toks {
		if j < sn.a || j >= k || f.toks[j].Kind != hindi.Word || fl[j-sn.a]&^(fwEntry|fwDecision) != 0 {
			return false
		}
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok < k && m.tokEnd > toks[0] {
			return false
		}
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok > k && m.tok <= k+4 && m.tokEnd < sn.b && f.words[m.tokEnd] == "ने" {
			return true
		}
	}
	return false
}
