package work

// Session 11 (GROUND): grounding and referring-phrase fixes.

import (
	"slices"
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/watchlist"
)

// followerNoun11 reports an English noun of followers or opponents
// written in Devanagari (सपोर्टर्स, फैंस, फॉलोअर्स, क्रिटिक्स, हेटर्स):
// like समर्थक and आलोचक, "Y के सपोर्टर्स …" names other people, not a
// stance of the one who speaks of them. Words reach here folded (ॉ as
// ा, no nukta), so both spellings are listed.
func followerNoun11(w string) bool {
	switch w {
	case "सपोर्टर", "सपोर्टर्स", "सपोर्टरों", "सपोटर", "सपोटर्स",
		"फैन", "फैन्स", "फैंस", "फैनों", "फेन", "फेन्स", "फेंस",
		"फालोअर", "फालोअर्स", "फालोअरों", "फालोवर", "फालोवर्स", "फालोवरों",
		"क्रिटिक", "क्रिटिक्स", "क्रिटिकों", "हेटर", "हेटर्स", "हेटरों":
		return true
	}
	return false
}

// descNoun11 reports a noun of a person that a demonstrative turns into
// a description of someone ("इस आदमी", "उस व्यक्ति", "वह महिला"), and
// the gender it wants: 'f' a woman, 'm' a man, 0 either.
func descNoun11(w string) (byte, bool) {
	g, ok := descNouns11[w]
	return g, ok
}

// descNouns11 are descNoun11's words (each sets swDesc11). आदमी and शख्स
// are written of men; व्यक्ति, इंसान and शख्सियत of anyone, but news
// gives a woman महिला, so they are read as not a woman.
var descNouns11 = map[string]byte{
	"महिला": 'f', "औरत": 'f',
	"आदमी": 'm', "शख्स": 'm', "व्यक्ति": 'm', "इंसान": 'm', "शख्सियत": 'm',
}

// descDemonstrative11: the singular demonstratives before such a noun.
func descDemonstrative11(w string) bool {
	switch w {
	case "इस", "उस", "यह", "वह", "वो":
		return true
	}
	return false
}

// describedRefs11 grounds a demonstrative description of a person ("इस
// आदमी पर कौन भरोसा करेगा", "असली खतरा वह महिला है जिसने …", "यह उस
// व्यक्ति का दावा है जो …"): the writer points back to a person named
// before, not to the one whose words these are. The description is the
// nearest person of its gender named before it (in the sentence, then
// the story) who is not the agent or speaker of a clause that frames it;
// "X ही वह व्यक्ति हैं जो …" (a name before it in its own clause, the
// description its predicate), "वह व्यक्ति जो …" (a relative clause right
// after it defines whom it means) and descriptions nobody fits are left.
// A वह/वो chunk read as a pronoun there is replaced.
func (a *Analyzer) describedRefs11(s *sentCtx, st *storyState) {
	if s.screen&swDesc11 == 0 {
		return
	}
	changed := false
	for k := s.sn.a; k+1 < s.sn.b; k++ {
		if !descDemonstrative11(s.w(k)) { // (before the map's lookup)
			continue
		}
		g, ok := descNoun11(s.w(k + 1))
		if !ok || s.mentionAt(k+1) || s.inMention(k+1) {
			continue
		}
		// A pronoun chunk of the demonstrative itself (वह) or none.
		p := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= k })
		replace := p < len(s.chunks) && s.chunks[p].tok == k
		if replace && (s.chunks[p].pron == 0 || s.chunks[p].end != k+1) {
			continue
		}
		if p < len(s.chunks) && !replace && s.chunks[p].tok <= k+1 {
			continue
		}
		// "वह व्यक्ति जो हर दिन टीवी पर आता है": a relative clause right
		// after the noun defines whom it means (describedPerson).
		if relWord11(s, k+2) || s.w(k+2) == "," && relWord11(s, k+3) {
			continue
		}
		ci := int(s.cid[k-s.sn.a])
		// "X ही वह व्यक्ति हैं जो …": a name before it in its clause.
		pred := false
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.tok < k && c.pron == 0 && c.ent >= 0 && c.mk == mkBare && !c.possessed {
				pred = true
			}
		}
		if pred {
			continue
		}
		// The agents and speakers of the clauses that frame it, and the
		// agent before it in its own ("X ने उस शख्स को …").
		var avoid []int
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.tok < k && c.ent >= 0 && c.mk == mkAgent {
				avoid = append(avoid, c.ent)
			}
		}
		for pc := s.cls[ci].parent; pc >= 0; pc = s.cls[pc].parent {
			for _, i := range s.inClause(pc) {
				c := s.chunks[i]
				if c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
					avoid = append(avoid, c.ent)
				}
			}
			if t := s.cls[pc].speakerTok; t > 0 {
				if c := s.chunkAt(t); c != nil && c.ent >= 0 {
					avoid = append(avoid, c.ent)
				}
			}
		}
		e := a.nearestAgreeing(s, st, k, func(e int) bool {
			if !a.isPerson[e] || slices.Contains(avoid, e) {
				return false
			}
			gd := a.ents[e].Gender
			return g == 'f' && gd == watchlist.GenderFemale || g == 'm' && gd != watchlist.GenderFemale
		})
		mk, at, head, pos := a.markerAfter(s, k+2, false)
		c := chunk{ent: e, epith: true, tok: k, end: k + 2, mk: mk, at: at, head: head, possessed: pos}
		if replace {
			c.clause, c.group = s.chunks[p].clause, s.chunks[p].group
			s.chunks[p] = c
		} else if e >= 0 {
			s.insertChunkAt(p, k, c)
		} else {
			continue
		}
		changed = true
		k++
	}
	if changed {
		s.indexClauses()
	}
}

// relWord11 reports a relative pronoun at token k (जो, जिसने, जिन्हें …).
func relWord11(s *sentCtx, k int) bool {
	if s.flag(k)&(fwRel|fwRelAgent) != 0 {
		return true
	}
	switch s.w(k) {
	case "जो", "जिसने", "जिन्होंने", "जिसे", "जिन्हें", "जिसका", "जिसकी", "जिसके", "जिनके", "जिनकी", "जिनका":
		return true
	}
	return false
}

// orgPron11 grounds a plural object pronoun (उनसे, उन्हें, उनके साथ)
// that no person fits to an organisation: news writes उनसे of a company
// too ("रिलायंस … अब मेटा ने उनसे नाता तोड़ा"). Only in a story that
// names no tracked person but the source and no untracked person before
// the pronoun: the one organisation named before that is not the
// source.
func (a *Analyzer) orgPron11(s *sentCtx, st *storyState, k, avoid int) int {
	if len(st.untracked) > 0 || st.untrackedAgent || a.untrackedNameBetween(s, s.sn.a, k) {
		return -1
	}
	for e, ok := range st.named {
		if ok && a.isPerson[e] && e != avoid {
			return -1
		}
	}
	// The one other organisation named so far; with two ("गूगल ने
	// ओपनएआई की तारीफ की। माइक्रोसॉफ्ट ने उन्हें …") it is left.
	e := -1
	one := func(o int) bool {
		if o < 0 || o == avoid || o == e || a.isPerson[o] || a.isDeal[o] {
			return true
		}
		if e >= 0 {
			return false
		}
		e = o
		return true
	}
	for _, o := range st.recent {
		if !one(o) {
			return -1
		}
	}
	for _, c := range s.chunks {
		if c.tok < k && c.pron == 0 && c.mk != mkPlace && !one(c.ent) {
			return -1
		}
	}
	return e
}

// bothUntracked11 reports that the nearest coordinated pair before token
// k (in its sentence or the one before) joins a tracked name with an
// untracked one ("… ओपनएआई और ऐपल के खिलाफ मुकदमा … दोनों कंपनियों ने
// …"), k the token of दोनों: दोनों is that pair, not the last two tracked parties seen acting
// on each other.
func (a *Analyzer) bothUntracked11(s *sentCtx, k int) bool {
	// Only "दोनों कंपनियों/कंपनियां": of an untracked name we do not
	// know whether it is a person ("Threads और एक्स … दोनों अरबपतियों").
	if k < s.sn.a || !strings.HasPrefix(s.w(k+1), "कंपनि") && s.flag(k+1)&fwOrgNoun == 0 {
		return false
	}
	f := s.f
	ms := f.mentions
	in := func(t int) (start, end bool, any bool) {
		i := sort.Search(len(ms), func(i int) bool { return ms[i].tokEnd > t })
		if i < len(ms) && ms[i].tok <= t {
			return ms[i].tok == t, ms[i].tokEnd == t+1, true
		}
		return false, false, false
	}
	stops := 0
	for j := k - 1; j > 0 && j+1 < len(f.words) && j >= k-80; j-- {
		w := f.words[j]
		if w == "।" || w == "?" || w == "!" {
			if stops++; stops > 1 {
				return false
			}
			continue
		}
		if w != "और" && w != "व" && w != "तथा" && w != "एवं" {
			continue
		}
		_, lEnd, lIn := in(j - 1)
		rStart, _, rIn := in(j + 1)
		switch {
		case lIn && rIn:
			return false // two tracked names: the pair the readers take
		case lEnd && !rIn:
			return a.matcher.nameLike(f, j+1) && j+2 < len(f.words) && (isPostposition(f.words[j+2]) || f.words[j+2] == ",")
		case rStart && !lIn:
			if a.matcher.nameLike(f, j-1) && j >= 2 {
				_, _, ppIn := in(j - 2)
				return !ppIn && (isPostposition(f.words[j-2]) || f.words[j-2] == ",")
			}
		}
	}
	return false
}

// bothTok11 is the token of the first दोनों chunk among idx, or -1.
func (s *sentCtx) bothTok11(idx []int) int {
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwBoth {
			return c.tok
		}
	}
	return -1
}

// platformInvested11 reports money placed in a platform under में at
// token n ("ट्विटर में 1 अरब डॉलर का निवेश किया", "एक्स में हिस्सेदारी
// खरीदी", "ट्विटर में लगाए थे 1 अरब डॉलर"): the company, not the place
// where someone posts. It reads up to six words on, in the sentence,
// stopping at a comma or another mention.
func platformInvested11(s *sentCtx, n int) bool {
	if s.w(n) != "में" {
		return false
	}
	for j := n + 1; j < s.sn.b && j <= n+6; j++ {
		w := s.w(j)
		if w == "," || s.mentionAt(j) {
			return false
		}
		switch {
		case strings.HasPrefix(w, "निवेश"), w == "हिस्सेदारी", w == "पैसा", w == "पैसे",
			w == "लगाए", w == "लगाया", w == "लगाई", w == "लगाने", w == "लगाएंगे", w == "लगाएगा", w == "लगाएगी",
			moneyWord(w):
			return true
		}
	}
	return false
}

// pronTargetAll11 is pronTarget for coordinated sources ("सुंदर पिचाई और
// सत्या नडेला, दोनों ने उन्हें बधाई दी"): an object pronoun is none of
// them, so one that pronTarget gives another source is the nearest name
// before it that is no source.
func (a *Analyzer) pronTargetAll11(s *sentCtx, st *storyState, k int, srcs []int) int {
	avoid := -1
	if len(srcs) > 0 {
		avoid = srcs[0]
	}
	e := a.pronTarget(s, st, k, avoid)
	if len(srcs) < 2 || !containsInt(srcs, e) {
		return e
	}
	person := !singularPron(s.w(k))
	ok := func(e int) bool { return e >= 0 && !containsInt(srcs, e) && (!person || a.isPerson[e]) }
	start := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= k })
	for j := start - 1; j >= 0 && j >= start-64; j-- {
		if c := s.chunks[j]; c.pron == 0 && c.mk != mkPlace && ok(c.ent) {
			if person && a.untrackedNameBetween(s, c.end, k) {
				return -1
			}
			return c.ent
		}
	}
	if person && a.untrackedNameBetween(s, s.sn.a, k) {
		return -1
	}
	for j := len(st.recent) - 1; j >= 0; j-- {
		if ok(st.recent[j]) {
			return st.recent[j]
		}
	}
	return -1
}

// quoteOpener11 is the tracked person who opened the quote this sentence
// runs on in ("X बोले, "… । मुझे खुशी है कि Y ने … ।""), or -1.
func (a *Analyzer) quoteOpener11(s *sentCtx) int {
	if s.sn.qprev && s.qSpk >= 0 && s.qSpkField == s.f && a.isPerson[s.qSpk] {
		return s.qSpk
	}
	return -1
}

// praisedBy11 reports that e, whom a reply with no one named answers,
// was last supportive of src and never hostile to it ("Y ने कहा, “X महान
// हैं” … इसके जवाब में X ने …"): a reply to praise is no retort.
func praisedBy11(st *storyState, src, e int) bool {
	if sup, ok := st.supportedBy[src]; !ok || sup != e {
		return false
	}
	atk, ok := st.attackedBy[src]
	return !ok || atk != e
}

// orgBeforeSingular11 is, for a singular agent pronoun (उसने, इसने) at
// chunk i, the organisation named last before it in the sentence under
// a postposition of its own ("माइक्रोसॉफ्ट के लिए यह मास्टरस्ट्रोक है,
// क्योंकि उसने ओपनएआई में निवेश किया"), with no person named between:
// news writes a tracked person with the honorific plural (उन्होंने). -1
// if there is none.
func (a *Analyzer) orgBeforeSingular11(s *sentCtx, i int) int {
	if w := s.w(s.chunks[i].tok); w != "उसने" && w != "इसने" {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		o := s.chunks[j]
		if o.ent < 0 {
			continue
		}
		if a.isPerson[o.ent] {
			return -1
		}
		if o.pron != 0 || a.isDeal[o.ent] || o.mk == mkPlace || o.mk == mkMod || o.mk == mkBetween {
			continue
		}
		return o.ent
	}
	return -1
}
