package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 16 (SUPPORT helper): supportive stances the engine missed or
// made on dev's blind-written files.

// tieTimed16 reports an alliance frame at o told as the time of another
// act: its announcement or signing under "के (कुछ दिन) बाद / के
// बावजूद" ("Y के साथ साझेदारी के ऐलान के कुछ ही घंटे बाद X ने …", "A
// और B के बीच करार पर दस्तखत के कुछ दिन बाद X ने …"). The tie is
// presupposed as made, by the parties its own phrase names; the
// clause's actor did something else after it.
func (s *sentCtx) tieTimed16(o occurrence) bool {
	f := o.frameOf()
	if f == nil || f.pol <= 0 || f.Kind != "alliance" || !f.Symmetric && !f.Mutual {
		return false
	}
	t := o.k + o.n
	made := false
	for j := o.k; j < t; j++ {
		if s.flag(j)&fwDecision != 0 || signNoun16(s.w(j)) {
			made = true
		}
	}
	switch {
	case isGenitive(s.w(t)) && s.flag(t+1)&fwDecision != 0:
		t, made = t+2, true
	case s.w(t) == "पर" && signNoun16(s.w(t+1)):
		t, made = t+2, true
	}
	// "… के (कुछ दिन) बाद/बावजूद" after the phrase's last word (t-1).
	return made && s.presupposedAfter11(t-1)
}

// signNoun16 is a noun of signing an agreement.
func signNoun16(w string) bool {
	return w == "दस्तखत" || w == "हस्ताक्षर"
}

// readTieTimed16 reads the tie of tieTimed16: both ways between every
// pair of tracked parties named in its own phrase (after the clause's
// last agent, comma or quote before it), none when fewer than two are
// named there ("एप्पल के सम्मेलन में ओपनएआई के साथ साझेदारी के ऐलान के
// बाद मस्क ने …": Apple is untracked, Musk only reacted). A negated or
// future host keeps the tie presupposed.
func (a *Analyzer) readTieTimed16(s *sentCtx, st *storyState, ci int, o occurrence, mood string, weight float64) {
	start := s.sn.a
	for j := o.k - 1; j >= s.sn.a; j-- {
		if !s.isWord(j) || s.w(j) == "ने" {
			start = j + 1
			break
		}
	}
	var ids []int
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok < start || c.tok >= o.k || c.ent < 0 || a.isDeal[c.ent] || c.mk == mkAgent || c.mk == mkPlace || c.mk == mkAbout {
			continue
		}
		ids = appendNew(ids, c.ent)
	}
	if len(ids) < 2 || len(ids) > 4 {
		return
	}
	if mood == pipeline.MoodNegated || mood == pipeline.MoodFuture {
		mood = ""
	}
	f := o.frameOf()
	for _, x := range ids {
		for _, y := range ids {
			if x != y {
				a.add(s, st, x, y, 1, f.Kind, mood, weight)
			}
		}
	}
}

// jointAffirm16 reports two speakers of one saying who affirm a tie
// without naming a partner ("X और Y ने संयुक्त बयान में कहा कि उनकी
// साझेदारी लंबी और उपयोगी रही है"): the tie is theirs, each with the
// other. Two organisations (a joint statement is a companies'; "दोनों
// कंपनियों" read as two chiefs is not), neither a deal, and no tracked
// name in the words' clause.
func (a *Analyzer) jointAffirm16(s *sentCtx, ci int, o occurrence, sp []int) bool {
	if len(sp) != 2 || a.isDeal[sp[0]] || a.isDeal[sp[1]] || a.isPerson[sp[0]] || a.isPerson[sp[1]] {
		return false
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && c.pron == 0 {
			return false
		}
	}
	return true
}

// tieGood16 is a word that calls a tie good after it, beside the words
// of strength and endurance tieAffirmed reads: "साझेदारी बेहद उपयोगी/
// सफल रही है", "भरोसा बहुत गहरा है".
func tieGood16(w string) bool {
	switch w {
	case "उपयोगी", "फायदेमंद", "लाभदायक", "लाभकारी", "सफल", "कामयाब", "शानदार", "बेहतरीन", "गहरी", "गहरा", "गहरे":
		return true
	}
	return false
}

// tieCalledGood reports, from token k on, a tie's quality (tieGood16,
// मजबूत, अहम, भरोसेमंद, ऐतिहासिक) and then a calling verb that closes the
// complement (बताया, करार दिया, कहा): "Y के साथ रिश्ते को 'सबसे कामयाब
// साझेदारी' बताया" affirms a tie in force; it forms none (SCHEMA: a
// party affirming or praising an existing partnership is that speaker's
// stance towards Y only).
func (s *sentCtx) tieCalledGood(k int) bool {
	good := false
	for j := k; j < k+12 && j < s.sn.b; j++ {
		w := s.w(j)
		switch {
		case tieGood16(w), w == "मजबूत", w == "अहम", w == "महत्वपूर्ण", w == "भरोसेमंद", w == "ऐतिहासिक", w == "बेमिसाल":
			good = true
		case callingVerb(w):
			return good
		case w == "।", w == "|", w == ",", w == "लेकिन", w == "मगर", s.mentionAt(j):
			return false
		}
	}
	return false
}

// callingVerb is a verb that closes a calling complement ("… को … बताया").
func callingVerb(w string) bool {
	switch w {
	case "बताया", "बताई", "बताते", "बताती", "करार", "कहा", "कहकर", "माना":
		return true
	}
	return false
}

// madeDealTopic16 reports the deal noun at k told as made, with a
// participle of होना before it, and spoken about or acted under: "A और
// B के बीच हुए (बड़े) करार पर X ने कहा …", "Y के साथ हुए समझौते के
// तहत …" (SCHEMA: a deal presupposed as done counts). Not before को
// ("हुए समझौते को रद्द किया" is read by its act).
func (s *sentCtx) madeDealTopic16(k int) bool {
	switch {
	case s.w(k+1) == "पर":
	case s.w(k+1) == "के" && s.w(k+2) == "तहत":
	default:
		return false
	}
	for j := k - 1; j >= k-3 && j >= s.sn.a; j-- {
		switch s.w(j) {
		case "हुए", "हुआ", "हुई":
			return s.w(j-1) == "बीच" || s.w(j-1) == "साथ"
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
	}
	return false
}

// questionRaised18 reports a frame at o that only raises questions, with
// no object ("Y ने (आज) कुछ गंभीर सवाल उठाए", "Y ने कई प्रश्न खड़े किए"):
// told in X's words, it is no charge X makes against Y. Not questions
// cast on something ("… की निष्पक्षता पर सवाल खड़े कर दिए": Y's deed is
// charged) nor dodged ("सवालों से बचते हैं"). (The "सवाल उठा*" frames are
// report frames, kept from that charge before this is asked; what
// reaches here is the bare "सवाल" frame before खड़े. No frame opens with
// प्रश्न yet.)
func questionRaised18(s *sentCtx, o occurrence) bool {
	switch s.w(o.k) {
	case "सवाल", "प्रश्न":
	default:
		return false
	}
	if nx := s.w(o.k + 1); !strings.HasPrefix(nx, "उठा") && nx != "खडे" {
		return false
	}
	for j := o.k - 1; j >= s.sn.a && j >= o.k-3; j-- {
		if w := s.w(j); w == "पर" || isGenitive(w) || s.mentionAt(j) {
			return false
		}
	}
	return true
}
