package work

import "strings"

// Session 26 (PREC): precision and wrong-pair rules.

// askedOf26 returns the chunk of the one a question is put to in "Z पर X
// का Y से सवाल", "X ने Z पर Y से सवाल पूछे": a tracked name under से
// right before the question noun at at. The question is aimed at Y; a
// name under पर is its topic, not its target (dvj-002, dap-079: "Z
// पर X का पीएम Y से सवाल"). Only the bare noun of a headline's
// or a label's phrase: with a verb of asking after it ("Y से सवाल
// पूछते रहेंगे", "Y से सवाल पूछा") the act is the asking, which the
// verb's own frame and mood read. -1 when the frame's noun is no
// question noun, a verb follows, or no name is asked.
func (s *sentCtx) askedOf26(ci, at int) int {
	switch s.w(at) {
	case "सवाल", "सवालों", "प्रश्न", "प्रश्नों":
	default:
		return -1
	}
	if at+1 < s.sn.b && s.isWord(at+1) && s.flag(at+1)&fwPostposition == 0 {
		return -1
	}
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.mk == mkSe && c.ent >= 0 && c.pron == 0 && !c.possessed && c.at == at-1 && s.w(c.at) == "से" {
			return i
		}
	}
	return -1
}

// funderCalled26 reports a frame of money given matched on a funder noun
// in a calling ("X ने Y को 'घटिया किस्म का फंडर' बताया", dvn-136): the
// calling names Y as one who funds; it is no money from X to Y. The
// clause has a को before the noun and a verb of calling after it
// (बताया, कहा, करार, ठहराया), quotes between allowed.
func (s *sentCtx) funderCalled26(ci int, o occurrence) bool {
	if o.e.frame == nil || o.e.frame.Kind != "donation" || s.class(o.k)&cwFunderNoun26 == 0 {
		return false
	}
	ko := false
	for _, k := range s.cls[ci].toks {
		if k < o.k && s.w(k) == "को" {
			ko = true
		}
	}
	if !ko {
		return false
	}
	for j := o.k + 1; j < s.sn.b && j <= o.k+3; j++ {
		w := s.w(j)
		if isQuote(w) {
			continue
		}
		return strings.HasPrefix(w, "बता") || strings.HasPrefix(w, "कह") || w == "करार" || strings.HasPrefix(w, "ठहरा")
	}
	return false
}

// investorRole26 reports an investor frame ("सबसे बड़े निवेशकों में",
// "प्रमुख निवेशकों में") that only names who someone is: "Y के सबसे बड़े
// निवेशकों में शामिल X ने …" (dcj-089a).
// SCHEMA: an investor role used to identify someone is a role noun, not
// a stance; readInvestorIs reads the copular "X, Y के सबसे बड़े
// निवेशकों में शामिल है" instead, as it leaves "शुरुआती निवेशकों में
// शामिल X ने".
func (s *sentCtx) investorRole26(o occurrence) bool {
	if o.e.frame == nil || o.e.frame.Kind != "donation" || o.n < 2 {
		return false
	}
	end := o.k + o.n
	if s.w(end-1) != "में" || !strings.HasPrefix(s.w(end-2), "निवेशक") {
		return false
	}
	if s.w(end) != "शामिल" {
		return false
	}
	return end+1 < s.sn.b && s.mentionAt(end+1)
}
