package work

import (
	"slices"
	"strings"
)

// Session 20 (PREC): guards against false pairs on unseen-like text.

// bothFirms20 reports a "दोनों कंपनियां/कंपनियों" among the clause's
// chunks idx: "both companies" names two organisations, never two people.
// So do the nouns of org_pair_nouns ("दोनों समूहों", session 25).
func (s *sentCtx) bothFirms20(idx []int) bool {
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwBoth && (strings.HasPrefix(s.w(c.end), "कंपनि") || s.class(c.end)&cwOrgPair25 != 0) {
			return true
		}
	}
	return false
}

// firmsPair20 is the pair "दोनों कंपनियां/कंपनियों" stands for when the
// pair it resolved to is ids: each person as the one organisation the
// story names and ties to them ("X की कंपनी Y …; दोनों कंपनियों के बीच
// करार"). Nil when a person has no such organisation, or more than one,
// or both map to the same one: the companies are then none of the
// tracked pair ("X ने Y पर आरोप लगाया। उन्होंने कहा कि दोनों कंपनियों
// के रिश्ते मजबूत हैं" is no tie between X and Y).
func (a *Analyzer) firmsPair20(st *storyState, ids []int) []int {
	out := []int{ids[0], ids[1]}
	for n, p := range out {
		if !a.isPerson[p] {
			continue
		}
		org := -1
		for e := range a.isPerson {
			if a.isPerson[e] || a.isDeal[e] || !st.named.has(e) || !a.tiedTo(st, p, e) {
				continue
			}
			if org >= 0 {
				return nil
			}
			org = e
		}
		if org < 0 {
			return nil
		}
		out[n] = org
	}
	if out[0] == out[1] {
		return nil
	}
	return out
}

// regretPredicate20 is the token of a mistake noun (गलती, भूल)
// that predicates the act of frame o when the act is an infinitive
// subject ("Y पर भरोसा करना", "Y का समर्थन करना") and the predicate
// runs past the flipper window: "Y पर भरोसा करना मेरी ज़िंदगी की सबसे
// बड़ी भूल थी", "Y का साथ देना उनकी राजनीति की सबसे बड़ी गलती है".
// Only possessors, genitives and adjectives stand between the
// infinitive and the noun, and a copula follows it; -1 when not.
func (s *sentCtx) regretPredicate20(ci int, o occurrence) int {
	if s.screen&swRegret15 == 0 {
		return -1
	}
	inf := -1
	for k := o.k + o.n - 1; k <= o.k+o.n && k < s.sn.b; k++ {
		if w := s.w(k); k >= o.k && infinitiveSubj20(w) {
			inf = k
		}
	}
	if inf < 0 {
		return -1
	}
	end := s.cls[ci].toks
	last := inf + 10
	if len(end) > 0 && end[len(end)-1] < last {
		last = end[len(end)-1]
	}
	for j := inf + 1; j <= last && j+1 < s.sn.b; j++ {
		w := s.w(j)
		switch w {
		case "गलती", "भूल":
			switch s.w(j + 1) {
			case "थी", "है", "था", "होगी", "रही", "साबित":
				return j
			}
			return -1
		case ",", "और", "लेकिन", "पर", "मगर", "कि", "नहीं", "न":
			return -1
		}
		if s.mentionAt(j) || s.flag(j)&fwFinite != 0 && !isGenitive(w) {
			return -1
		}
	}
	return -1
}

// infinitiveSubj20 reports a verb's infinitive that can head an act as a
// subject ("करना", "देना", "जताना"): the -ना form of a light verb.
func infinitiveSubj20(w string) bool {
	switch w {
	case "करना", "देना", "जताना", "रखना", "दिखाना", "बताना", "मानना":
		return true
	}
	return false
}

// inChargeContent20 reports a chunk c inside the content of a charge told
// as an oblique infinitive after its accused ("X ने Y पर Z की स्थापना के
// समय किए गए वादे तोड़ने का आरोप लगाया", "… Y पर Z को बर्बाद करने का
// आरोप"): a पर-chunk naming the accused comes before c, c is not
// coordinated with it ("Y और Z पर"), and the frame noun at follows
// "-ने का/के". Z is part of what Y is charged with, not the charge's
// target (khilafInContent19 reads the same for के खिलाफ).
func (s *sentCtx) inChargeContent20(ci int, c *chunk, at int) bool {
	if c.tok > at || c.ent < 0 || c.pron != 0 || !isGenitive(s.w(at-1)) || !strings.HasSuffix(s.w(at-2), "ने") || s.w(at-2) == "ने" {
		return false
	}
	for _, i := range s.inClause(ci) {
		if p := s.chunks[i]; p.mk == mkPar && !p.possessed && p.tok < c.tok && (p.ent >= 0 || p.pron != 0) && (p.group < 0 || p.group != c.group) {
			return true
		}
	}
	return false
}

// competitionJudged20 reports a supportive word at k that judges
// competition, not a competitor: a competition noun is its subject or
// object before it in its clause ("Y से मुकाबला पूरे उद्योग के लिए अच्छा
// है", "प्रतिस्पर्धा अच्छी बात है", "Y से मुकाबले को बताया अच्छा").
// Rivalry called good is no praise of the rival (the gold: 17 sentences
// in 14 stories, none a stance towards the rival). A competition noun
// under another postposition ("मुकाबले के बावजूद Y की तारीफ") is not
// what is judged.
// Gated on the sentence's competition noun (swRivalry20); only the eight
// tokens before k are read.
func (s *sentCtx) competitionJudged20(ci, k int) bool {
	if s.screen&swRivalry20 == 0 {
		return false
	}
	toks := s.cls[ci].toks
	i, _ := slices.BinarySearch(toks, k-8)
	for _, j := range toks[i:] {
		if j >= k {
			break
		}
		if !competitionNoun20(s.w(j)) {
			continue
		}
		switch s.w(j + 1) {
		case "के", "की", "का", "में", "से", "पर", "ने", "में,":
			continue
		}
		return true
	}
	return false
}

// competitionNoun20 reports a noun of competition between rivals.
func competitionNoun20(w string) bool {
	switch w {
	case "प्रतिस्पर्धा", "प्रतिस्पर्द्धा", "मुकाबला", "मुकाबले", "होड", "competition", "कांपिटिशन":
		return true
	}
	return false
}

// questionAnswered20 reports a question answered: the bare question
// frame (सवाल, सवालों, प्रश्न) as the object of an answer ("X ने Y पर
// सवाल का जवाब दिया", "X Y पर सवालों का जवाब दे रहे थे"), or the answer
// frame — "जवाब/उत्तर" or the retort "जवाब में" — right after "सवाल
// का/के" ("Y पर (पूछे गए एक) सवाल के जवाब में X ने कहा …"). The question
// was put to X, who raised nothing, and the answer is to a question
// about Y, no retort on Y (the gold: some 90 sentences "… सवाल(ों)
// का/के जवाब", none a stance by the question). One place for the
// construction whatever verb follows (sessions 20 PREC and QE). A demand
// that Y answer is another frame's ("Y को सवालों के जवाब देने चाहिए"),
// and a retort to Y's own question ("Y के सवाल के जवाब में X ने उन्हें
// झूठा कहा") keeps what X said.
func (s *sentCtx) questionAnswered20(o occurrence) bool {
	if w := s.w(o.k); w == "जवाब" || w == "उत्तर" {
		if o.k < 2 || o.n > 2 || o.n == 2 && s.w(o.k+1) != "में" {
			return false
		}
		g := s.w(o.k - 1)
		return (g == "का" || g == "के") && questionNoun20(s.w(o.k-2))
	}
	if o.n != 1 || !questionNoun20(s.w(o.k)) {
		return false
	}
	if g := s.w(o.k + 1); g != "का" && g != "के" {
		return false
	}
	w := s.w(o.k + 2)
	return w == "जवाब" || w == "उत्तर"
}

// questionNoun20 reports a noun for a question (सवाल, प्रश्न and plurals).
func questionNoun20(w string) bool {
	switch w {
	case "सवाल", "सवालों", "प्रश्न", "प्रश्नों":
		return true
	}
	return false
}
