package work

import "strings"

// Session 22 (FAMILY): general mechanisms found by probes of our own in
// the six contrast families that transfer worst to unseen text
// (family22_test.go).

// denialParticiple22 returns where the scope of the denial word at k ends
// when the denial is an adverbial participle of its own and its clause
// goes on with the main predicate: "Y के आरोपों को नकारते हुए उन्हें
// मनगढ़ंत बताया" (the participle is the denial word itself, with हुए or
// हुई after it), "… का खंडन करके कहा कि …", "… से इनकार कर उन्हें …"
// (a conjunctive participle, करके or a bare कर not followed by a light
// verb). What follows is asserted, as with "इनकार करते हुए" (denialEnd).
// 0 when the denial is the clause's own predicate.
func (s *sentCtx) denialParticiple22(cl *clause, k int) int {
	end := 0
	switch w := s.w(k + 1); {
	case (w == "हुए" || w == "हुई") && isImperfective22(s.w(k)):
		end = k + 2
	case w == "करते" || w == "करती" || w == "करता":
		if s.w(k+2) == "हुई" {
			end = k + 3
		}
	case w == "करके":
		end = k + 2
	case w == "कर":
		// A bare कर before a light verb, an auxiliary or a copula
		// (words.yaml kar_compound), or ending the clause, is the
		// denial's own verb: "इनकार कर दिया".
		if w2 := s.w(k + 2); w2 == "" || w2 == "," || w2 == "।" || s.class(k+2)&cwKarCompound != 0 {
			return 0
		}
		end = k + 2
	}
	if end == 0 {
		return 0
	}
	// Something of the clause must follow: the main predicate.
	for _, j := range cl.toks {
		if j >= end && s.isWord(j) {
			return end
		}
	}
	return 0
}

// isImperfective22 reports an imperfective participle form (नकारते,
// नकारती): a verb stem with ते or ती.
func isImperfective22(w string) bool {
	r := []rune(w)
	if len(r) < 3 {
		return false
	}
	tail := string(r[len(r)-2:])
	return tail == "ते" || tail == "ती"
}

// tieBrokenBefore22 reports a flipper that ends support (तोड़-, खत्म,
// रद्द, भंग …, lexicon/flippers.yaml) between the tie noun at k and the
// head at that readTieAffirmed found for it: "X ने Y के साथ करार तोड़कर
// नए साझेदार की तलाश शुरू की", "… करार खत्म करके नई शुरुआत की". The
// tie's own verb is the break; the start or renewal farther on is
// another act's (the break itself is read by its flipper).
func (a *Analyzer) tieBrokenBefore22(s *sentCtx, k, at int) bool {
	for j := k + 1; j < at; j++ {
		if e, _ := a.matchAt(s, j, entFlip); e != nil && e.flip != nil && e.flip.onSup < 0 {
			return true
		}
	}
	return false
}

// accuracyDenied22 reports a possessed report or statement (Y की
// रिपोर्ट, Y का बयान: claimNoun) judged by an accuracy word
// (words.yaml accuracy_words) right after its को, alone: "Y की रिपोर्ट को
// अधूरी जानकारी पर आधारित बताया" denies the report; no stance towards Y
// (SCHEMA), as claimDenied reads गलत or भ्रामक.
func (s *sentCtx) accuracyDenied22(c *chunk) bool {
	if !s.possessedClaim(c) {
		return false
	}
	// The accuracy word opens the judgement, and nothing is added to
	// it ("… को निराशाजनक और तथ्यहीन बताया" criticises as well).
	j := c.at + 1
	if j >= s.sn.b || s.class(j)&cwAccuracy == 0 {
		return false
	}
	for k := j + 1; k <= j+4 && k < s.sn.b; k++ {
		if isCoordinator(s.w(k)) || s.w(k) == "," {
			return false
		}
	}
	return true
}

// selfOnly22 reports targets that are only the speaker (or speakers):
// a reading that judges nobody else.
func selfOnly22(tgts, sp []int) bool {
	if len(tgts) == 0 {
		return false
	}
	for _, t := range tgts {
		if !containsInt(sp, t) {
			return false
		}
	}
	return true
}

// victimOfLabel22 reports a name at j, inside the predicate of a charge
// pointed back at and judged at k, that is only the object of the verbal
// noun the label is made of: "ये दावे ओपनएआई को कमजोर करने की साजिश हैं"
// (the one the plot is against, under को, then an infinitive with its
// genitive before k). The charge is still the subject the label judges.
func (s *sentCtx) victimOfLabel22(j, k int) bool {
	e := j
	for e+1 < k && s.mentionAt(e+1) {
		e++
	}
	if s.w(e+1) != "को" {
		return false
	}
	for v := e + 2; v+1 < k; v++ {
		if s.mentionAt(v) {
			return false
		}
		if strings.HasSuffix(s.w(v), "ने") && isGenitive(s.w(v+1)) {
			return true
		}
	}
	return false
}

// completiveStems22 are the bare stems of the light verbs whose perfective
// cell (lightVerbs) a completive perfect stands for: "दे चुके हैं" is
// "दिए हैं", "वापस ले चुके हैं" is "वापस लिया है", "आरोप लगा चुके हैं".
// Not कर, हो, जा: on dev, "मामलों में … समझौता कर चुके हैं" (a
// settlement, dev-107, dvw-122) read as an alliance and "किस्त जा चुकी
// है" lost a funding (dcj-018b).
var completiveStems22 = map[string]uint32{"दे": 1 << 4, "ले": 1 << 7, "लगा": 1 << 16}

// completiveAux22 are the forms of चुक- that make a completive perfect.
var completiveAux22 = normSet("चुका", "चुके", "चुकी", "चुकीं")

// completive22 reports, for a light-verb pattern with cells para, the bare
// stem of one of its perfective cells at j followed by a form of चुक-: the
// completive perfect ("X, Y के अभियान को दस लाख डॉलर दे चुके हैं") is a
// deed done, as the simple perfect is.
func completive22(para uint32, words []string, j int) bool {
	// (The stems are two or three letters: a cheap screen first.)
	// (And the next word opens as every form of चुक- does before the
	// map is read: completiveAuxLead26.)
	if len(words[j]) > 9 || j+1 >= len(words) || !strings.HasPrefix(words[j+1], completiveAuxLead26) || !completiveAux22[words[j+1]] {
		return false
	}
	c, ok := completiveStems22[words[j]]
	return ok && para&c != 0
}

// verblessNeg22 reports a negator at neg that ends its sentence with no
// verb after it (the end, a full stop, a closing quote): a nominal
// sentence of state, "Y को अब मेरा समर्थन नहीं", "अब Y के साथ नहीं" — a
// state as with है after it. noLonger12 asks it only of a negator right
// after the support's own word: "हमारा करार अब पक्का नहीं" judges the
// deal uncertain, no withdrawal (TestSession12AffirmingNegation).
func (s *sentCtx) verblessNeg22(neg int) bool {
	j := neg + 1
	if j >= s.sn.b {
		return true
	}
	return s.w(j) == "।" || s.w(j) == "." || s.isQuoteTok(j) && (j+1 >= s.sn.b || !s.isWord(j+1))
}

// conjunctiveBetween22 reports a conjunctive participle (a verb with कर or
// करके: तोड़कर, खत्म करके) between tokens i and j (i included): "X ने Y
// से नाता तोड़कर Z के साथ करार किया" — Z belongs to the predicate after
// the participle, Y to the act it closes. Manner adverbs made the same way
// (मिलकर, जमकर, खुलकर …) and nouns in -कर (आयकर, टक्कर) are no clause
// (words.yaml kar_no_clause).
func (s *sentCtx) conjunctiveBetween22(i, j int) bool {
	for k := i; k < j; k++ {
		// ("को लेकर": about, a postposition.)
		if w := s.w(k); !s.mentionAt(k) && (w == "करके" || strings.HasSuffix(w, "कर") && len([]rune(w)) > 3 && s.class(k)&cwKarNoClause == 0 && !(w == "लेकर" && s.w(k-1) == "को")) {
			return true
		}
	}
	return false
}
