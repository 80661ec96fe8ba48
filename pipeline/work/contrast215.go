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
//
// Session 16 (recall): any plain noun with a genitive after it reads so
// too when the clause has no agent of its own ("… कहा कि Y रोजगार के
// आंकड़ों पर देश को गुमराह कर रहे हैं", "… कि Y गरीबों का हक मार रहे
// हैं"), and the person may be written with an owner noun ("… कि Y
// सरकार आंकड़ों पर …": the government is the subject).
func (a *Analyzer) topicAfterSubject15(s *sentCtx, n int) bool {
	// "Y टैरिफ पर", "Y सेंसरशिप के मुद्दे पर".
	// (Session 16: any plain noun owned there before a postposition,
	// "कहा कि Y रोजगार के आंकड़ों पर देश को गुमराह कर रहे हैं", or any
	// genitive when the clause has no agent of its own.)
	if s.w(n+1) != "पर" && !(isGenitive(s.w(n+1)) && ((topicNoun15(s.w(n+2)) || s.isWord(n+2) && s.flag(n+2)&^fwEntry == 0 && !s.mentionAt(n+2)) && s.flag(n+3)&fwPostposition != 0 || !s.agentAfter16(n))) {
		return false
	}
	end := n
	if n > s.sn.a && s.flag(n-1)&fwOwnerNoun != 0 && !s.mentionAt(n-1) && !s.inMention(n-1) {
		end = n - 1
	}
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	for _, m := range ms {
		if m.tokEnd == end && m.entity >= 0 && a.isPerson[m.entity] {
			return s.w(m.tok-1) == "कि" || titleAfterKi32(s, m.tok) || bareSubject33b(s, m.tok, n) || afterAccording33a(s, m.tok, n)
		}
	}
	return a.titleEndingAt35b(s, end) // "… कि प्रधानमंत्री संविधान की …" (ground35b.go)
}

// agentAfter16 reports a ने after token n in n's clause: the clause has
// an agent of its own, so a name before n is no subject of it.
func (s *sentCtx) agentAfter16(n int) bool {
	ci := s.cid[n-s.sn.a]
	for k := n + 1; k < s.sn.b && s.cid[k-s.sn.a] == ci; k++ {
		if s.w(k) == "ने" {
			return true
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

// suspendTie20: a support frame right before a rupture frame that opens
// with a flipper word ("Y के साथ साझेदारी निलंबित कर दी": the frame
// "निलंबित कर-" suspends a person) is the flipper's object (session 20).
func suspendTie20(fr, next *Frame) bool {
	return fr.pol > 0 && next.pol < 0 && next.Kind == "rupture"
}

// platformAdsPulled20 reports ads on a platform Y ended after पर at
// token n ("X ने Y पर अपने (सभी) विज्ञापन (तत्काल प्रभाव से) रोक दिए",
// "… विज्ञापन देना बंद कर दिया"): the advertiser breaks with the
// company, not with a place where it posts (session 20). The ads' noun
// comes within three words, a flipper within five after it.
func (a *Analyzer) platformAdsPulled20(s *sentCtx, n int) bool {
	for j := n + 1; j < s.sn.b && j <= n+3; j++ {
		if !strings.HasPrefix(s.w(j), "विज्ञापन") {
			if s.mentionAt(j) || !s.isWord(j) {
				return false
			}
			continue
		}
		for k := j + 1; k < s.sn.b && k <= j+5; k++ {
			if s.mentionAt(k) || !s.isWord(k) {
				return false
			}
			if e, _ := a.matchAt(s, k, entFlip); e != nil && e.flip != nil && e.flip.onSup < 0 {
				return true
			}
		}
		return false
	}
	return false
}

// placeBeforeInfinitive15 reads a short place phrase at token j (up to
// three untracked words, then में) followed by an infinitive under a
// postposition ("ओवल ऑफिस में आने पर", "दफ्तर में घुसने से"), and
// returns the infinitive's token (0: none). The genitive before the
// phrase is the infinitive's subject, owner of the act.
func (s *sentCtx) placeBeforeInfinitive15(j int) int {
	// Only a में in the window can end the phrase: without one the
	// loop below returns 0 whatever it reads (session 29, speed).
	if !s.meInWindow29(j+1, min(j+3, s.sn.b-1)) {
		return 0
	}
	for k := j + 1; k <= j+3 && k < s.sn.b; k++ {
		if s.mentionAt(k-1) || s.inMention(k-1) || !s.isWord(k-1) || s.flag(k-1)&fwPostposition != 0 {
			return 0
		}
		if s.w(k) != "में" {
			continue
		}
		v := s.w(k + 1)
		if strings.HasSuffix(v, "ने") && len([]rune(v)) > 2 && s.flag(k+1)&fwPostposition == 0 && s.flag(k+2)&fwPostposition != 0 {
			return k + 1
		}
		return 0
	}
	return 0
}

// stakeNoun15 is a noun of money put into a company ("Y में निवेश",
// "Y में हिस्सेदारी"): a genitive after it ("… की शर्तों पर", "… के
// फैसले को") makes what follows Y's (the terms of the stake in Y).
func stakeNoun15(w string) bool {
	switch w {
	case "निवेश", "हिस्सेदारी":
		return true
	}
	return false
}

// midway15 is the length of a phrase of manner or time at token k (0:
// none) said between a tie noun and the flipper that ends it: "बीच में
// (ही)" (midway, not a postposition of the noun, "करार बीच में ही तोड़
// दिया"); session 19 (WR): "समय/वक्त/मियाद से पहले (ही)" ("करार समय से
// पहले तोड़ दिया"), "एकतरफा (ढंग/तरीके/रूप/तौर से/पर)", "अचानक", "तुरंत",
// "फौरन", "औपचारिक/आधिकारिक (रूप/तौर) (से/पर)", "पूरी तरह (से)",
// "हमेशा के लिए".
func midway15(s *sentCtx, k int) int {
	n := 0
	switch s.w(k) {
	case "बीच":
		if s.w(k+1) != "में" {
			return 0
		}
		n = 2
	case "समय", "वक्त", "मियाद":
		if s.w(k+1) != "से" || s.w(k+2) != "पहले" {
			return 0
		}
		n = 3
	case "अचानक", "तुरंत", "फौरन":
		return 1
	case "तत्काल": // "तत्काल (प्रभाव से)" (session 20)
		if s.w(k+1) == "प्रभाव" && s.w(k+2) == "से" {
			return 3
		}
		return 1
	case "एकतरफा", "औपचारिक", "आधिकारिक", "अस्थायी", "स्थायी":
		n = 1
		switch s.w(k + 1) {
		case "ढंग", "तरीके", "रूप", "तौर":
			if p := s.w(k + 2); p == "से" || p == "पर" {
				return 3
			}
		}
		return n
	case "पूरी":
		if s.w(k+1) != "तरह" {
			return 0
		}
		if s.w(k+2) == "से" {
			return 3
		}
		return 2
	case "हमेशा":
		if s.w(k+1) != "के" || s.w(k+2) != "लिए" {
			return 0
		}
		return 3
	default:
		return 0
	}
	if s.w(k+n) == "ही" {
		n++
	}
	return n
}
