package work

import "github.com/khabar/khabar/pipeline"

// Session 27 (REPLY): a reply is no stance by itself, and what it
// answers is only presupposed (SCHEMA, session-26 ruling, rule 1, and the
// lead's decision on the suit/charge flag).
//
//   - A charge or claim of Y that appears only as the thing X answers
//     ("X ने Y द्वारा Z पर लगाए गए आरोपों को खारिज किया", "Y की ओर से
//     लगाए गए आरोपों के जवाब में X ने …", "X ने Y के उस दावे को खारिज किया
//     जिसमें कहा गया था कि …", "X से Y के उस आरोप पर पूछा गया कि …") is
//     not reported as being made: no Y → Z from it.
//   - Y's suit or petition named as Y's and answered, settled or judged
//     by X ("X ने Y के मुकदमे को खारिज करने की मांग की", "X ने Y की याचिका
//     पर जवाब दाखिल किया", "X के प्रवक्ता ने कहा कि Y का मुकदमा
//     बेबुनियाद है") is a suit on record against X: Y → X hostile
//     (lawsuit).

// answerAhead27 is how many words after a charge or suit noun the verb
// that answers it may stand.
const answerAhead27 = 12

// answeredAt27 reports a noun at k (a charge, claim, suit or petition)
// that its own clause answers: a postposition after it (को, का, की, पर,
// से, के: answerCase27) and, before the clause ends, an answer word (words.yaml
// answer_words, reply_words, denials) or, after को, a calling verb ("…
// को बेबुनियाद बताया").
func (s *sentCtx) answeredAt27(k int) bool {
	if !answerCase27(s.w(k + 1)) {
		return false
	}
	ko := s.w(k+1) == "को"
	for j := k + 2; j < s.sn.b && j <= k+answerAhead27; j++ {
		if s.answerStop27(j) {
			return false
		}
		if s.class(j)&(cwAnswer27|cwReply25) != 0 || s.flag(j)&fwDenial != 0 || ko && s.flag(j)&fwCall != 0 {
			return true
		}
	}
	return false
}

// answerStop27 reports a word at j that ends the clause of a charge
// noun's answer (a कि, an और, a comma, a danda or a relative): the
// answer word is looked for before it, by answeredAt27 and by
// answeredSuit27's calling test alike.
func (s *sentCtx) answerStop27(j int) bool {
	w := s.w(j)
	return w == "," || w == "।" || s.flag(j)&(fwKi|fwAnd|fwRel) != 0
}

// claimAnswered27 reports a content clause ci that states the claim of
// Y's charge noun (chargeComplement12) when that noun is the object of
// the host's act ("Y के उस दावे को खारिज किया/गलत बताया जिसमें कहा गया
// था कि …", "Y के उस आरोप पर … पूछा गया कि …"): the claim is only what
// is answered or asked about, so its words are nobody's.
func (s *sentCtx) claimAnswered27(ci int) bool {
	g := s.chargeComplement12(ci)
	if g < 0 {
		return false
	}
	// "Y के उस दावे": the noun two words after the genitive.
	return answerCase27(s.w(g + 3))
}

// answerCase27 reports a postposition that makes the noun before it the
// thing a clause's act answers or asks about ("आरोपों को खारिज किया",
// "दावे पर पूछा गया"): answeredAt27, claimAnswered27.
func answerCase27(w string) bool {
	switch w {
	case "को", "का", "की", "पर", "से", "के":
		return true
	}
	return false
}

// answeredSuit27 reads Y's suit or petition at k, named as Y's with no
// defendant in its phrase, as a suit against the tracked party that
// answers or judges it: the ने-agent of its clause when an answer word
// follows the noun (answeredAt27); the ने-agent of a calling of the
// noun ("X ने Y के मुकदमे को उत्पीड़न बताया"), or the speaker of words
// whose subject it is ("X के प्रवक्ता ने कहा कि Y का मुकदमा …"), when
// that party is an organisation (a person who judges someone's suit is
// as often a bystander).
func (a *Analyzer) answeredSuit27(s *sentCtx, ci, k int, st *storyState) {
	owner, against := s.nounParties(k)
	if owner < 0 && against < 0 {
		owner = s.suitOwner19(k)
	}
	if owner < 0 || against >= 0 {
		return
	}
	for j := s.sn.a; j < s.sn.b; j++ {
		if s.flag(j)&fwQuestion != 0 || s.w(j) == "?" {
			return
		}
	}
	cl := &s.cls[ci]
	var xs []int
	switch {
	case s.answeredAt27(k):
		call := s.w(k+1) == "को"
		for j := k + 2; j < s.sn.b && j <= k+answerAhead27 && !s.answerStop27(j); j++ {
			if s.class(j)&(cwAnswer27|cwReply25) != 0 || s.flag(j)&fwDenial != 0 {
				call = false
				break
			}
		}
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.ent == owner || c.mk != mkAgent || s.w(c.at) != "ने" && c.pron == 0 {
				continue
			}
			if call && a.isPerson[c.ent] {
				continue
			}
			xs = appendNew(xs, c.ent)
		}
	case cl.kind == ckContent && !s.postpositionAt27(k+1):
		for _, e := range a.speakers(s, ci, st, nil) {
			if e != owner && !a.isPerson[e] {
				xs = appendNew(xs, e)
			}
		}
	}
	if len(xs) != 1 {
		return
	}
	mood := a.clauseMood(s, cl, k)
	if mood == pipeline.MoodNegated || mood == pipeline.MoodFuture {
		mood = "" // (the suit is on record whatever is done with it)
	}
	a.add(s, st, owner, xs[0], -1, "lawsuit", mood, 1.0)
}

// postpositionAt27 reports a postposition at k: the noun before it is no
// clause's subject.
func (s *sentCtx) postpositionAt27(k int) bool {
	return s.flag(k)&fwPostposition != 0
}

// hostileBeside27 reports a hostile frame or evaluative after o's own
// words in its sentence: a reply (frames.yaml "जवाब", "जवाब में", worded)
// whose words attack someone. What stands before the reply is what it
// answers ("Y की धमकी पर X का जवाब", "Y द्वारा X पर लगाए गए आरोपों के
// जवाब में …"), only presupposed, not the reply's words. So is another's
// charge noun in the words ("X का जवाब: Y के आरोप निराधार"): Y's charge
// is what is answered, and a weak word that calls it false only denies
// it (SCHEMA ruling rule 2; hostileAt skips the weak word).
func (a *Analyzer) hostileBeside27(s *sentCtx, o occurrence) bool {
	for k := o.k + o.n; k < s.sn.b; k++ {
		if s.flag(k)&fwCharge != 0 && isGenitive(s.w(k-1)) {
			continue // (Y's charge: what the reply answers)
		}
		if a.hostileAt(s, k) {
			return true
		}
	}
	return false
}

// wordedTagSilent27 reports a worded reply at o heading a tag ("X का
// जवाब: …", tagAbout) whose words attack no one (hostileBeside27): a
// plain reply is no stance by itself, in a tag as in a clause ("X का
// जवाब: Y के आरोप निराधार" only denies Y's charge; SCHEMA ruling rules
// 1 and 2).
func (a *Analyzer) wordedTagSilent27(s *sentCtx, o occurrence) bool {
	return o.e.frame.Worded && !a.hostileBeside27(s, o)
}
