package work

import "strings"

// participleSpeaker34b reads a headline participle of a frame right
// before a tracked name in the genitive of a speech noun ("Y पर बिफरे X
// का कहना है कि …", "Y पर भड़के X का मानना है …"): X, who speaks, is the
// participle's doer, as in "Y पर बिफरे X ने कहा" (session 34, FRAMES2).
// The frame at token at ends in a participle (-ए/-ा/-ी) whose next
// token opens X's chunk; the clause has no ने-agent. -1 if none.
func (a *Analyzer) participleSpeaker34b(s *sentCtx, at int, idx []int) int {
	found := -1
	for _, i := range idx {
		c := &s.chunks[i]
		if c.mk == mkAgent {
			return -1
		}
		if c.tok <= at || c.tok > at+3 || c.mk != mkGen || c.ent < 0 || c.pron != 0 || !a.isPerson[c.ent] {
			continue
		}
		p := s.w(c.tok - 1)
		if !strings.HasSuffix(p, "े") && !strings.HasSuffix(p, "ा") && !strings.HasSuffix(p, "ी") {
			continue
		}
		if k := s.w(c.at + 1); k != "कहना" && k != "मानना" {
			continue
		}
		if e, m := a.matchAt(s, at, entFrame); e == nil || at+m != c.tok {
			continue // the frame runs up to the name
		}
		if found < 0 {
			found = c.ent
		}
	}
	return found
}
