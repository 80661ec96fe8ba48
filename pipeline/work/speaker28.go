package work

import (
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Session 28 (QUOTE): someone else's words.
//
// agentNounAfterGen28: "X के एक पूर्व सहयोगी ने कहा …", "X के एक पुराने
// दोस्त ने …": an evaluative noun (सहयोगी, दोस्त, साथी …) that is the
// head of the noun group marked ने/द्वारा names another person, the one
// who speaks or acts; X only qualifies them. Without this the possessed
// noun was read as an evaluation of X ("X की नीतियां अनुचित"), and X
// became the sentence's subject and the speaker of the words and of the
// pronouns after them.

// agentNounAfterGen28 reports an evaluation at j of m words followed right
// away by ने or द्वारा: a noun heading an agent, not a judgement. An
// epithet of someone tracked ("… का नाम जपने वाले <epithet> ने") is that
// person, read as before.
func (a *Analyzer) agentNounAfterGen28(s *sentCtx, j, m int) bool {
	if s.mentionAt(j) {
		return false
	}
	if e, _ := a.epithetAt(s, j, s.published); e >= 0 {
		return false
	}
	switch s.w(j + m) {
	case "ने", "द्वारा":
		return true
	}
	return false
}

// declineUnder28 reports a decline_words word (words.yaml: बर्बाद, तबाह,
// कमजोर, डूबी …) in clause ci from token k on: "X ने कहा कि Y के
// नेतृत्व में देश बर्बाद हो गया" blames Y for the state the words
// describe; creditPraise13 reads it as X's hostile stance towards Y
// (kind accusation) instead of the credit it gives for growth.
func (s *sentCtx) declineUnder28(ci, k int) bool {
	for _, j := range s.cls[ci].toks {
		if j >= k && s.class2(j)&cwDecline28 != 0 {
			return true
		}
	}
	return false
}

// neededPraise28 reads a need in someone's words: "(देश को) Y की जरूरत
// है", "देश को Y जैसे लोगों की जरूरत है" — a tracked person named right
// before the genitive of a need_nouns word (words.yaml), or before a
// like_marks word and one more noun — is the speaker's praise of Y;
// negated ("Y की कोई जरूरत नहीं") it is dismissal, hostile. Only in a
// content clause with a speaker; not in a question, speculation or
// condition. A need of something of Y's ("Y की नीतियों में बदलाव की
// जरूरत") names no one right before the genitive.
func (a *Analyzer) neededPraise28(s *sentCtx, st *storyState) {
	for k := s.sn.a + 2; k < s.sn.b; k++ {
		if s.class2(k)&cwNeed28 == 0 {
			continue
		}
		g := k - 1 // the genitive ("Y की कोई जरूरत नहीं": past कोई)
		if s.w(g) == "कोई" {
			g--
		}
		if g <= s.sn.a || !isGenitive(s.w(g)) {
			continue
		}
		for i := range s.chunks {
			c := &s.chunks[i]
			if c.ent < 0 || !a.isPerson[c.ent] || c.clause >= len(s.cls) {
				continue
			}
			if c.end != g && (c.end+2 != g || s.class2(c.end)&cwLikeMark28 == 0) {
				continue
			}
			cl := &s.cls[c.clause]
			if cl.kind != ckContent {
				continue
			}
			pol, kind := int8(1), "praise"
			switch a.clauseMood(s, cl, k) {
			case "":
			case pipeline.MoodNegated:
				pol, kind = -1, "criticism"
			default:
				continue
			}
			for _, x := range a.speakers(s, c.clause, st, nil) {
				if x != c.ent {
					a.add(s, st, x, c.ent, pol, kind, "", 1.0)
				}
			}
		}
	}
}

// untrackedTitled28 reports a sentence whose subject is someone untracked
// named after a title ("<org> के प्रमुख <first> <last> बुधवार को …
// पहुंचे"): a title or office word, then two name-like words that are no
// mention, then no genitive or postposition (not "प्रमुख <first> <last> के
// साथ"), in a main clause, with a verb that is not feminine only (the
// story's later "वह बोले" may still be a man named beside a woman). The
// caller reads it only when no one tracked is the sentence's subject: a
// pronoun in the next sentence is then that person, no one tracked
// ("… मंच से उन्होंने कहा कि …").
func (a *Analyzer) untrackedTitled28(s *sentCtx) bool {
	if s.sentRules()&rwTitled33 == 0 {
		return false // no title or office word in the sentence (speed33.go)
	}
	f := s.f
	for j := s.sn.a; j+3 < s.sn.b; j++ {
		if !s.isWord(j) || a.matcher.classAt(f, j)&(ncTitle|ncOffice) == 0 || s.mentionAt(j) {
			continue
		}
		if !s.isWord(j+1) || !s.isWord(j+2) || s.mentionAt(j+1) || s.mentionAt(j+2) {
			continue
		}
		if !a.matcher.nameLike(f, j+1) || !a.matcher.nameLike(f, j+2) || a.fieldFlags(f, j+1) != 0 || a.fieldFlags(f, j+2) != 0 {
			continue
		}
		switch s.w(j + 3) {
		case "का", "की", "के", "को", "से", "पर", "में", "ने", "और", "तथा", ",":
			continue
		}
		ci := int(s.cid[j-s.sn.a])
		if ci < 0 || s.cls[ci].kind != ckMain {
			continue
		}
		if fem, masc, _ := a.verbGender(s, ci, j+2); fem && !masc {
			continue
		}
		return true
	}
	return false
}

// womanAfterUntracked28 resolves "वह/वो" with a feminine verb, left to no
// one because the sentence before had an untracked titled subject who is
// not a woman (untrackedMale28): the nearest woman named before ("X की
// रैली में पूर्व सांसद <name> भी पहुंचे। … वह बोलीं कि …", X a woman).
// It reports whether it read c.
func (a *Analyzer) womanAfterUntracked28(s *sentCtx, st *storyState, c *chunk) bool {
	if !st.untrackedMale28 || c.pron != fwSubjPron || c.ent >= 0 {
		return false
	}
	switch s.w(c.tok) {
	case "वह", "वो":
	default:
		return false
	}
	if fem, masc, _ := a.verbGender(s, c.clause, c.tok); !fem || masc {
		return false
	}
	c.ent = a.nearestAgreeing(s, st, c.tok, func(e int) bool {
		return a.isPerson[e] && a.ents[e].Gender == watchlist.GenderFemale
	})
	return true
}
