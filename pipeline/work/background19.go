package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 19 (BACKGROUND): a quarrel named in passing with its two
// parties written onto the noun ("X-Y विवाद का असर", "X और Y के विवाद
// पर", "X और Y के बीच अदालती लड़ाई", "दोनों के झगड़े से", "Y के साथ हुई
// तीखी तकरार के बाद X ने") is hostile both ways (SCHEMA: a quarrel presupposed in
// background, kind rivalry; ruled in session 19 for a named quarrel).

// namedQuarrel19 is a noun of a quarrel between two that the reader
// takes when its parties are written onto it (as normalised): the
// nouns of quarrelNoun11 but the bare जंग and the vague bad patch
// (तल्खी, खटास, अनबन, तनातनी, कड़वाहट, मतभेद: not ruled, SCHEMA), and a
// dispute or fight.
func namedQuarrel19(w string) bool {
	switch w {
	case "विवाद", "विवादों", "लडाई":
		return true
	case "जंग", "तल्खी", "खटास", "अनबन", "तनातनी", "कडवाहट", "मतभेद", "मतभेदों":
		return false
	}
	return quarrelNoun11(w)
}

// quarrelEnded19 reports a quarrel noun at k followed, within its clause's
// next few words, by a word that ends, eases or denies it ("विवाद
// सुलझा", "झगड़ा खत्म", "तकरार कम करने", "कोई विवाद नहीं"): no quarrel
// asserted (SCHEMA: settling and de-escalation are no stance).
func (s *sentCtx) quarrelEnded19(k, end int) bool {
	for j := k + 1; j < end && j <= k+5; j++ {
		w := s.w(j)
		switch w {
		case "खत्म", "समाप्त", "शांत", "कम", "सुलह", "समझौता", "समझौते", "नहीं", "न", "मिटाने", "मिटा":
			return true
		}
		for _, p := range [...]string{"सुलझ", "निपट", "ठंड", "घट", "टाल", "टल", "थम"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// quarrelAdj19 reports a word that may stand between the parties' marker
// and the quarrel noun: an adjective or an owner's pronoun, not a
// postposition, a name or a punctuation mark.
func (s *sentCtx) quarrelAdj19(j int) bool {
	if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
		return false
	}
	switch s.w(j) {
	case "का", "की", "के", "से", "में", "पर", "को", "ने", "साथ", "बीच", "और", "तथा", "एवं", "खिलाफ", "लिए", "बाद":
		return false
	}
	return true
}

// namedQuarrelPair19 reads the parties written onto the quarrel noun at
// k: "X - Y N", "X और Y के (बीच) (adj) N", "X और Y का/की N", "दोनों के
// (बीच) N", "Y के साथ (adj) N के बाद X ने" (X the clause's agent). It
// returns the pair, or nil.
func (a *Analyzer) namedQuarrelPair19(s *sentCtx, ci int, st *storyState, k int) []int {
	j := k - 1
	for n := 0; n < 5 && j > s.sn.a; n++ {
		// "सार्वजनिक रूप से हुई तीखी तकरार": an adverb of manner.
		if w := s.w(j); (w == "से" && s.w(j-1) == "रूप" || w == "पर" && s.w(j-1) == "तौर") && n < 4 {
			j -= 2
			n++
			continue
		}
		if !s.quarrelAdj19(j) {
			break
		}
		switch s.w(j) {
		case "यह", "ये", "इस", "वह", "वो", "उस", "इसी", "उसी":
			// "दोनों के बीच यह टकराव": it points back to a quarrel
			// told before; its pair is that sentence's. A soured
			// noun's is the pair written before it ("दोनों के बीच
			// की यह खटास": sour27.go).
			return a.pointedSoured27(s, st, k, j)
		case "कानूनी", "अदालती", "कानूनि":
			// "X और Y के बीच कानूनी लड़ाई": a suit, the suer's
			// stance only, which the words do not give.
			return nil
		}
		// "X-Y समझौता फिर विवादों में": the pair names the deal, and
		// the deal is what is disputed — no quarrel of the two
		// (session 23).
		if dealNoun11(s.w(j)) {
			return nil
		}
		j--
	}
	chunkEnding := func(e int) *chunk {
		for i := range s.chunks {
			if s.chunks[i].end == e {
				return &s.chunks[i]
			}
		}
		return nil
	}
	names := func(c *chunk) []int {
		var ids []int
		for i := range s.chunks {
			d := s.chunks[i]
			if d.group == c.group && d.ent >= 0 && d.pron == 0 && !a.isDeal[d.ent] {
				ids = appendNew(ids, d.ent)
			}
		}
		return ids
	}
	w := s.w(j)
	switch {
	case s.mentionAt(j) || s.inMention(j):
		// "X - Y विवाद": a hyphened pair of names.
		c := chunkEnding(j + 1)
		if c == nil || s.w(c.tok-1) != "-" {
			return nil
		}
		d := chunkEnding(c.tok - 1)
		if d == nil || d.ent < 0 || c.ent < 0 || d.pron != 0 || c.pron != 0 {
			return nil
		}
		return []int{d.ent, c.ent}
	case w == "बीच" || isGenitive(w):
		p := j - 1
		if w == "बीच" {
			if s.w(j-1) != "के" {
				return nil
			}
			p = j - 2
		}
		if pw := s.w(p); pw == "दोनों" || pw == "दोनो" {
			return a.bothPair27(st)
		}
		c := chunkEnding(p + 1)
		if c == nil {
			return nil
		}
		if ids := names(c); len(ids) == 2 {
			return ids
		}
	case w == "साथ" && s.presupposedAfter11(k):
		// "Y के साथ (सार्वजनिक रूप से हुई) तीखी तकरार के बाद X ने":
		// the other party is the clause's one agent.
		if s.w(j-1) != "के" {
			return nil
		}
		c := chunkEnding(j - 1)
		if c == nil || c.ent < 0 || c.pron != 0 {
			return nil
		}
		if ag := a.agentsOf(s, ci); len(ag) == 1 && ag[0] != c.ent {
			return []int{ag[0], c.ent}
		}
	}
	return nil
}

// readNamedQuarrel19 reads a quarrel noun with its parties written onto
// it as hostile both ways (kind rivalry), in any clause it stands in,
// unless the clause negates, ends or eases it, or the noun is a
// headline's label before a colon (SCHEMA: the label gives nothing).
func (a *Analyzer) readNamedQuarrel19(s *sentCtx, ci int, st *storyState) {
	if a.clauseScreen(s, ci)&(swQuarrel11|swQuarrel19) == 0 && !s.quarrelIn27(ci) {
		return
	}
	cl := &s.cls[ci]
	end := cl.toks[len(cl.toks)-1] + 1
	for _, k := range cl.toks {
		if !s.namedQuarrel27(k) || s.w(k+1) == ":" || s.quarrelEnded19(k, end) || a.quarrelTalked27(s, k, end) {
			continue
		}
		ids := a.namedQuarrelPair19(s, ci, st, k)
		if len(ids) != 2 || ids[0] == ids[1] {
			continue
		}
		if a.tiedTo(st, ids[0], ids[1]) || a.tiedTo(st, ids[1], ids[0]) || a.thirdPartyActs19(s, ci, ids) {
			continue
		}
		if a.quarrelFlipped19(s, k, end) {
			continue
		}
		mood := a.clauseMood(s, cl, k)
		if mood == pipeline.MoodNegated {
			continue
		}
		if mood == pipeline.MoodFuture {
			mood = ""
		}
		a.add(s, st, ids[0], ids[1], -1, "rivalry", mood, 1.5)
		a.add(s, st, ids[1], ids[0], -1, "rivalry", mood, 1.5)
		return
	}
}

// thirdPartyActs19 reports a clause whose doer is neither party of the
// quarrel: "X-Y विवाद से Z ने दूरी बनाई", "X और Y के झगड़े पर एक मंत्री ने
// कहा", "X और Y के विवाद पर Z बोले". The dev gold splits on a quarrel
// that a third party only talks about (older files leave it out: dvc-075,
// dvc-319; one blind file credits it: dvz-094), so the reader leaves it.
func (a *Analyzer) thirdPartyActs19(s *sentCtx, ci int, pair []int) bool {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent >= 0 && !containsInt(pair, c.ent) && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
			return true
		}
	}
	for _, k := range s.cls[ci].toks {
		if s.w(k) != "ने" {
			continue
		}
		own := false
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.end == k && c.ent >= 0 && containsInt(pair, c.ent) {
				own = true
			}
		}
		if !own {
			return true
		}
	}
	return false
}

// quarrelFlipped19 reports a flipper of the lexicon ("विवाद पर विराम लग
// गया", "… मध्यस्थता के लिए भेजा गया") or a de-escalation frame (no
// polarity: "विवाद सुलझा", "तकरार कम करने") in the clause from the
// quarrel noun at k on: the quarrel is being ended, not asserted.
func (a *Analyzer) quarrelFlipped19(s *sentCtx, k, end int) bool {
	for j := k; j < end && j <= k+8; j++ {
		m := a.matchesAt(s, j)
		if m[entFlip].e != nil {
			return true
		}
		if f := m[entFrame].e; f != nil && f.frame != nil && f.frame.pol == 0 && f.frame.Kind == "de-escalation" {
			return true
		}
	}
	return false
}

// petitionNoun19 is a noun of a petition or application to a court
// (याचिका, अर्जी), a suit's filing (as normalised).
func petitionNoun19(w string) bool {
	switch w {
	case "याचिका", "याचिकाओं", "अर्जी", "अर्जियों":
		return true
	}
	return false
}

// readSuitOwned19 reads a suit or petition owned by its suer ("X की
// याचिका पर सुनवाई", "X की वह अर्जी खारिज कर दी जिसमें उन्होंने Y को …
// रोकने की मांग की थी", "Y के ढांचे में बदलाव रोकने की X की अर्जी"):
// the suit is presupposed (SCHEMA: a suit asserted through the ruling or
// hearing on it counts as the suer's hostile stance), and it is against
// the tracked party its content names (a relative clause on it, or the
// words before its owner) that does not act in the sentence. A party
// that answers, rules or speaks (an agent, a subject, a speaker's owner:
// "ओपनएआई ने X के मुकदमे को खारिज करने की मांग की", "Y के प्रवक्ता ने
// कहा कि X की याचिका …") is not taken for the sued one (SCHEMA: a charge
// named only in its answer; the dev gold splits there), nor is anyone
// when the suit is asked about (पूछा, सवाल).
func (a *Analyzer) readSuitOwned19(s *sentCtx, ci, k int, st *storyState) {
	owner, against := s.nounParties(k)
	if owner >= 0 && against >= 0 {
		if against != owner && petitionNoun19(s.w(k)) {
			a.add(s, st, owner, against, -1, "lawsuit", "", 1.0)
		}
		return
	}
	if owner < 0 {
		owner = s.suitOwner19(k)
	}
	if owner < 0 {
		return
	}
	for j := s.sn.a; j < s.sn.b; j++ {
		if w := s.w(j); strings.HasPrefix(w, "पूछ") || w == "सवाल" || w == "सवालों" {
			return
		}
	}
	group, ownerTok := -1, -1
	for i := range s.chunks {
		if c := s.chunks[i]; c.ent == owner && c.end <= k && c.end >= k-3 {
			group, ownerTok = c.group, c.tok
		}
	}
	if ownerTok < 0 {
		return
	}
	mood := a.clauseMood(s, &s.cls[ci], k)
	if mood == pipeline.MoodNegated || mood == pipeline.MoodFuture {
		mood = ""
	}
	var ys []int
	for i := range s.chunks {
		c := s.chunks[i]
		if c.ent < 0 || c.ent == owner || c.group == group || a.isDeal[c.ent] || c.mk == mkPlace || c.mk == mkAbout {
			continue
		}
		// A party that acts is the answer's or the ruling's; a
		// pronoun, or an organisation naming a role ("ओपनएआई प्रमुख"),
		// is not the sued one here.
		if c.pron != 0 || c.mk == mkAgent || c.mk == mkBare && !c.possessed || s.actsAfter19(c.end) || s.flag(c.end)&fwRoleNoun != 0 {
			continue
		}
		// The sued one is told in the petition's content: a relative
		// clause on it ("जिसमें उन्होंने Y को … रोकने की मांग की"), or
		// the words before its owner ("Y के ढांचे में बदलाव रोकने की X
		// की अर्जी").
		if cc := s.cls[c.clause]; !(c.clause == ci && c.end <= ownerTok && c.end >= ownerTok-10 || cc.kind == ckRel && cc.parent == ci) {
			continue
		}
		ys = appendNew(ys, c.ent)
	}
	if len(ys) > 2 {
		return
	}
	for _, y := range ys {
		a.add(s, st, owner, y, -1, "lawsuit", mood, 1.0)
	}
}

// suitOwner19 is the tracked name whose genitive owns the suit noun at
// k, past a demonstrative or an adjective of time ("X की (वह/नई)
// याचिका", "X के ताजा मुकदमे"), or -1. A pronoun counts when grounded.
func (s *sentCtx) suitOwner19(k int) int {
	j := k - 1
	switch s.w(j) {
	case "वह", "यह", "इस", "उस", "नई", "नए", "नया", "ताजा", "संशोधित", "पुरानी", "पुराने", "पुराना", "पहली", "पहले", "दूसरी", "ताजी", "लंबित":
		j--
	}
	if !isGenitive(s.w(j)) {
		return -1
	}
	if c := s.chunkEnding(j); c != nil && c.ent >= 0 {
		return c.ent
	}
	return -1
}

// actsAfter19 reports a name's genitive owning the doer of a clause ("Y
// के प्रवक्ता ने", "Y के वकीलों ने कहा", "Y की ओर से कहा गया"): a ने, a
// speech verb or "ओर से" within three words after its end.
func (s *sentCtx) actsAfter19(e int) bool {
	for j := e; j < s.sn.b && j <= e+3; j++ {
		switch w := s.w(j); {
		case w == "ने", w == "ओर", strings.HasPrefix(w, "बोल"), w == "कहा", w == "कहना":
			return true
		}
	}
	return false
}

// readSuitFiledBy19 reads a suit noun whose suer a relative clause on it
// names ("X ने उस मुकदमे को निपटाने के लिए … देने पर सहमति जताई, जो Y ने
// … दायर किया था"): Y's suit, against the one the relative clause puts
// it on (Y ने Z पर/के खिलाफ दायर किया), or else, when the host settles
// or answers it, against the host's agent (SCHEMA: the suit a settlement
// ends still counts as the suer's hostile stance).
func (a *Analyzer) readSuitFiledBy19(s *sentCtx, ci, k int, st *storyState) {
	for cj := ci + 1; cj < len(s.cls); cj++ {
		rc := &s.cls[cj]
		if rc.kind != ckRel || rc.parent != ci || len(rc.toks) == 0 || rc.toks[0] <= k {
			continue
		}
		if w := s.w(rc.toks[0]); w != "जो" && w != "जिसे" {
			return
		}
		filed := false
		for _, t := range rc.toks {
			filed = filed || s.w(t) == "दायर"
		}
		if !filed {
			return
		}
		suer, sued := -1, -1
		for _, i := range s.inClause(cj) {
			c := s.chunks[i]
			if c.ent < 0 {
				continue
			}
			switch {
			case c.mk == mkAgent && s.w(c.at) == "ने" && c.pron == 0:
				suer = c.ent
			case c.mk == mkPar || c.mk == mkKhilaf:
				sued = c.ent
			}
		}
		if suer < 0 {
			return
		}
		if sued < 0 {
			settled := false
			for j := k + 1; j < s.sn.b && j <= k+8 && !settled; j++ {
				settled = settleWord(s.w(j))
			}
			if ag := a.agentsOf(s, ci); settled && len(ag) == 1 {
				sued = ag[0]
			}
		}
		if sued >= 0 && sued != suer {
			a.add(s, st, suer, sued, -1, "lawsuit", "", 1.0)
		}
		return
	}
}
