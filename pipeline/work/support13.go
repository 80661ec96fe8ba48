package work

import "github.com/khabar/khabar/internal/hindi"

// Session 13 (SUPPORT helper): supportive stances the engine missed on
// dev — datelines, companies joining hands, money poured for someone.

// datelineLabel reports the colon at k that closes a body's dateline:
// "मुंबई: …", "सैन फ्रांसिस्को: …" — one to three plain words (a place)
// opening the body's text, none a tracked name or a word the lexicon
// knows. What follows is the report itself, not anyone's words, so the
// clause after it is a main clause (as after a contest label).
func datelineLabel(f *field, sn sentence, fl []uint64, k int) bool {
	if f.name != "body" || sn.a != 0 || k-sn.a < 1 || k-sn.a > 3 {
		return false
	}
	for j := sn.a; j < k; j++ {
		if f.toks[j].Kind != hindi.Word || fl[j-sn.a] != 0 {
			return false
		}
	}
	for _, m := range f.mentions {
		if m.tok < k && m.tokEnd > sn.a {
			return false
		}
	}
	return true
}
