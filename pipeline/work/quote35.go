package work

import "strings"

// Session 35 (CONTRAST): who acts in quoted words.

// subjectActs35 reports quoted words whose doer is a bare subject before
// the frame word, a third-person pronoun or a name with no vocative mark
// after it (a comma, "!" or जी): "हैरिस ने कहा, “डोनाल्ड ट्रंप आज रैली कर
// रहे हैं”", "Y का जिक्र आते ही X बोलीं, “वह भी यहां प्रचार कर रहे हैं”"
// report what Y does; Y is not addressed, as in "“बधाई हो एलन!”" or
// "“एलन, शुक्रिया”", and the speaker backs no one.
func (s *sentCtx) subjectActs35(ci, k int, srcs []int) bool {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || !containsInt(srcs, c.ent) || c.mk != mkBare || c.tok >= k || c.second {
			continue
		}
		if c.pron != 0 {
			return true
		}
		if c.end < s.sn.b {
			switch s.w(c.end) {
			case ",", "!", "जी", "-", ":":
				continue
			}
		}
		return true
	}
	return false
}

// withdrawnAct35 is the one tracked party an act under से names, the
// thing a withdrawal frame at at leaves: "X ने Y में नई किस्त डालने से
// हाथ खींच लिया", "X ने Y के मॉडल को अपने क्लाउड पर उपलब्ध कराने की
// तैयारी से हाथ खींच लिया". The act is an oblique infinitive right
// before the से, or before "की/के" and one noun and the से; between the
// party's chunk and the से no other name, clause word, agent, comma or
// second से; after the से at most three plain words to the frame (as
// seBefore16). -1 when none or two parties.
func (a *Analyzer) withdrawnAct35(s *sentCtx, ci, at int, srcs []int) int {
	se := -1
	for m := at - 1; m > s.sn.a && m >= at-4; m-- {
		if !s.isWord(m) || s.mentionAt(m) || s.inMention(m) {
			return -1
		}
		if s.w(m) == "से" {
			se = m
			break
		}
	}
	if se < 0 {
		return -1
	}
	inf := se - 1
	if w := s.w(inf); !strings.HasSuffix(w, "ने") || w == "ने" {
		if inf-2 <= s.sn.a || !isGenitive(s.w(inf-1)) || !strings.HasSuffix(s.w(inf-2), "ने") || s.w(inf-2) == "ने" {
			return -1
		}
		inf -= 2
	}
	found := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= inf || c.ent < 0 || c.pron != 0 || containsInt(srcs, c.ent) {
			continue
		}
		switch c.mk {
		case mkBetween, mkKo, mkLiye, mkSaath:
		default:
			continue
		}
		if inf-c.end > 12 || !s.plainRun35(c.end, inf) {
			continue
		}
		if found >= 0 && found != c.ent {
			return -1
		}
		found = c.ent
	}
	return found
}

// plainRun35 reports tokens [from, to) with no name, comma or clause
// word: the arguments of one act.
func (s *sentCtx) plainRun35(from, to int) bool {
	for m := from; m < to; m++ {
		if !s.isWord(m) || s.mentionAt(m) || s.inMention(m) || isCoordinator(s.w(m)) {
			return false
		}
		switch s.w(m) {
		case "ने", "से", "कि", "जो", "जिसे", "जिसमें", "ताकि", "लेकिन":
			return false
		}
	}
	return true
}
