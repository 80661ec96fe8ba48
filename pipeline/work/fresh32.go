package work

import (
	"slices"
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 32 (FRESHDD): the fourth fresh contrast file (dev-contrast-dd).

// callingNounModifier32 reports a calling-only evaluative noun at j (m
// words) inside a possessed noun group that is followed by one plain
// noun and a postposition ("X के खर्च और टैक्स बिल को घिनौना बताया",
// "Y के नए टैक्स बिल पर"): the word names the kind of the noun after
// it, a compound, not a label judging the owner (calling-only labels
// are read only after को in a calling), so the genitive walk goes on to
// the noun's postposition (ddd-037a).
func (s *sentCtx) callingNounModifier32(e *entry, j, m int) bool {
	if e == nil || e.eval == nil || !e.eval.CallingOnly {
		return false
	}
	k := j + m
	if k+1 >= s.sn.b || !s.isWord(k) || s.mentionAt(k) || s.inMention(k) || s.flag(k)&fwPostposition != 0 || isGenitive(s.w(k)) {
		return false
	}
	return s.flag(k+1)&fwPostposition != 0
}

// correlativeComma32 reports a comma at j followed by a third-person
// pronoun that picks up a relative before it ("जो आदमी अपना रुख बदल ले,
// उस पर भरोसा करना बेवकूफी है"): inside a quote, where जो opens no clause
// of its own, the comma ends the relative, so a frame after it has the
// correlative, not जो, for its subject or target (relSubject; ddd-001a).
func (s *sentCtx) correlativeComma32(j int) bool {
	return s.w(j) == "," && j+1 < s.sn.b && s.flag(j+1)&(fwSubjPron|fwTargetPron|fwGenPron|fwObliquePron|fwAgentPron) != 0
}

// seatLeft32 reports "Y के बोर्ड/निदेशक मंडल/पद से" (words.yaml
// seat_nouns right before the से at j) followed by leaving (अलग, हट-,
// इस्तीफा): stepping down from a seat on Y's board is no break with Y
// (dev contrast gold: "X 2018 में Y के बोर्ड से अलग हो गए थे" in the
// background of a story is no stance; ddd-021a/b, as dcf-006b, dcs-025).
func (s *sentCtx) seatLeft32(j int) bool {
	if s.class2(j-1)&cwSeatNoun32 == 0 || j+1 >= s.sn.b {
		return false
	}
	w := s.w(j + 1)
	return w == "अलग" || strings.HasPrefix(w, "हट") || strings.HasPrefix(w, "इस्तीफ")
}

// claimPronSame32 reports a pronoun object उसे/इसे at c that points back
// to a claim named earlier in the same sentence with its owner's
// genitive ("रिलायंस ने …, Y के बयान पर, … स्पष्टीकरण में उसे तथ्यहीन और
// भ्रामक बताया"), called only untrue at k (words.yaml claim_weak): the
// pronoun is the claim, and calling it only untrue is a denial, no
// stance on its maker (SCHEMA: rejecting or denying a charge; ddd-022b),
// as "Y के बयान को भ्रामक बताया".
func (s *sentCtx) claimPronSame32(c *chunk, k int) bool {
	if c.pron != fwTargetPron || c.possessed || s.class2(k)&cwClaimWeak27 == 0 {
		return false
	}
	switch s.w(c.tok) {
	case "उसे", "इसे", "उसको", "इसको":
	default:
		return false
	}
	for j := c.tok - 1; j > s.sn.a; j-- {
		if s.claimNounAt31(j) {
			return isGenitive(s.w(j-1)) || j-2 > s.sn.a && isGenitive(s.w(j-2))
		}
	}
	return false
}

// partisanOfThing32 reports a nested genitive at j whose own possessed
// noun (right after it, or right before its postposition at at) is a
// partisan noun ("Y के
// वेतन पैकेज के विरोधियों पर सवाल उठाए", "Y की योजना के आलोचकों का मजाक"):
// the opponents or backers of Y's thing are other people, not Y, so the
// act on them is no act on Y (as "Y के एक समर्थक की पोस्ट", drp20.go;
// dav-012, met when "बोर्ड ने" came to point back to "X के निदेशक मंडल").
func (s *sentCtx) partisanOfThing32(j, at int) bool {
	return partisanNoun(s.w(j+1)) || at-1 > j && partisanNoun(s.w(at-1))
}

// tieLabelTalked32 reports stance i, a tie read off a verbless headline
// that only names a pair and a tie ("X-Y क्लाउड करार"), when the body
// speaks of that same tie noun as under talks ("… के साथ एक बहुवर्षीय
// क्लाउड करार पर बातचीत आखिरी दौर में है") and asserts no support
// between the pair: talks toward a partnership are neutral (SCHEMA), so
// the label names the topic, not a deal in force (ddd-013b; as
// tieLabelUndone15 for a tie only planned or ended).
func tieLabelTalked32(list []pipeline.Stance, i int, verbless bool, fields []*field) bool {
	x := &list[i]
	if !verbless || x.Field != "title" || x.Kind != "alliance" || x.Mood != "" || x.Polarity != pipeline.Supportive || len(fields) != 2 || fields[0].name != "title" {
		return false
	}
	for j := range list {
		y := &list[j]
		if y.Field == "body" && y.Polarity == pipeline.Supportive && y.Mood == "" && (y.Source == x.Source && y.Target == x.Target || y.Source == x.Target && y.Target == x.Source) {
			return false
		}
	}
	title, body := fields[0].words, fields[1].words
	for k := 0; k+2 < len(body); k++ {
		if body[k+1] != "पर" {
			continue
		}
		switch body[k+2] {
		case "बातचीत", "वार्ता", "चर्चा":
			if slices.Contains(title, body[k]) {
				return true
			}
		}
	}
	return false
}
