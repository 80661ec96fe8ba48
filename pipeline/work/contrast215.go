package work

import "strings"

// participleEnd15 reports a verb that ends as a participle right before
// token e: "…ते हुए" (रोकते हुए, खत्म करते हुए) or a conjunctive "…कर"
// (तोड़कर): the verb closes there, so a flipper in it governs only its
// own object, not a frame written after it (session 15, CONTRAST2).
func participleEnd15(s *sentCtx, e int) bool {
	w := s.w(e)
	if w == "हुए" || w == "हुये" {
		return strings.HasSuffix(s.w(e-1), "ते")
	}
	if strings.HasSuffix(w, "ते") && (s.w(e+1) == "हुए" || s.w(e+1) == "हुये") {
		return true
	}
	last := s.w(e - 1)
	return strings.HasSuffix(last, "कर") && len([]rune(last)) > 3
}

// topicAfterSubject15 reports a person named first in a content clause
// ("… कहा कि Y टैरिफ पर झूठ बोल रहे हैं", "… Y सेंसरशिप के मुद्दे पर …")
// before a bare noun at token n under पर or owning a matter noun: the person is the clause's subject and the noun his
// topic, not a noun he owns ("Y के टैरिफ").
func (a *Analyzer) topicAfterSubject15(s *sentCtx, n int) bool {
	// "Y टैरिफ पर", "Y सेंसरशिप के मुद्दे पर".
	if s.w(n+1) != "पर" && !(isGenitive(s.w(n+1)) && topicNoun15(s.w(n+2)) && s.flag(n+3)&fwPostposition != 0) {
		return false
	}
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	for _, m := range ms {
		if m.tokEnd == n && m.entity >= 0 && a.isPerson[m.entity] {
			return s.w(m.tok-1) == "कि"
		}
	}
	return false
}

// flipLeadFrame15 reports a frame noun that means something only when
// flipped (polarity none, a flipped polarity: ठेके, अनुबंध, भागीदारी):
// a flipper word opening the frame right after it still flips it.
func flipLeadFrame15(fr *Frame) bool {
	return fr.pol == 0 && fr.flipPol != 0
}
