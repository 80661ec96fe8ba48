package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 12, FRESH-P helper: constructions read on a fresh blind file.

// untrackedMember reports that the words after a comma ending a tracked
// name at end, up to the name starting at nx, are untracked members of
// the same list closed by a coordinator right before nx: "A, सेबी प्रमुख
// और B पर", "A, अमित शाह और B की आलोचना", "A, Z, W और B ने". Only plain
// words (names, role nouns, titles) stand between: no postposition, verb,
// relative, negator, quote or lexicon word, at most four tokens.
func (s *sentCtx) untrackedMember(end, nx int) bool {
	if s.w(end) != "," || nx-1 <= end+1 || nx-end > 8 || s.flag(nx-1)&fwAnd == 0 || s.w(nx-1) == "," {
		return false
	}
	words := 0
	for j := end + 1; j < nx-1; j++ {
		if s.w(j) == "," && j > end+1 && s.w(j-1) != "," {
			continue
		}
		fl := s.flag(j)
		if fl&(fwRoleNoun|fwTitle) != 0 {
			fl &^= fwEntry // "प्रमुख" also starts an entry
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || fl&^(fwRoleNoun|fwTitle|fwPairNoun) != 0 {
			return false
		}
		words++
	}
	return words > 0
}

// claimAbove is the level a contrastive conjunction returns to after the
// content of a claim reported inside someone's words: "R ने कहा कि T
// दावा करते हैं कि P, लेकिन Q" — Q answers T's claim in R's words (the
// parent of the claim's clause), not more of T's claim. cur is the
// content clause the conjunction ends; the claim's clause is its parent,
// itself unquoted content with a charge noun (दावा, आरोप, इल्जाम).
// It returns -1 when the conjunction stays at cur's parent.
func claimAbove(cls []clause, cur int, words []string, fl []uint64, sn *sentence) int {
	c := &cls[cur]
	// "… कि वह दोस्त हैं, लेकिन": the comma after the finite verb has
	// opened an empty clause of the same level; the claim's content is
	// the one before it.
	if len(c.toks) == 0 && cur > 0 && cls[cur-1].parent == c.parent {
		c = &cls[cur-1]
	}
	if !c.ki || c.quoted || c.parent < 0 {
		return -1
	}
	p := &cls[c.parent]
	if p.kind != ckContent || p.quoted || p.parent < 0 {
		return -1
	}
	for _, k := range p.toks {
		if fl[k-sn.a]&fwCharge != 0 && words[k] != "बात" && words[k] != "बातों" {
			return p.parent
		}
	}
	return -1
}

// epithetEndingAt reports a chunk of a tracked entity written as an
// epithet or office ending at token p ("अमेरिकी राष्ट्रपति के साथ झगड़े
// के बाद"): a partner as good as a name.
func (s *sentCtx) epithetEndingAt(p int) bool {
	for i := range s.chunks {
		if c := &s.chunks[i]; c.epith && c.ent >= 0 && c.end-1 == p {
			return true
		}
	}
	return false
}

// genitiveMentionsOnly reports that the names inside a quote (from, to)
// only qualify the label's head as its owner ("Y को 'रिलायंस के सबसे
// भरोसेमंद साझेदार' बताया", "'ट्रंप का सबसे बड़ा समर्थक'"): each is
// followed by a genitive, and no pronoun stands in the quote. Such a
// quote is a label like one with no name, not someone's words.
func genitiveMentionsOnly(f *field, sn *sentence, fl []uint64, from, to int) bool {
	any := false
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok > from && m.tok < to {
			if m.tokEnd >= to || !isGenitive(f.words[m.tokEnd]) {
				return false
			}
			any = true
		}
	}
	if !any {
		return false
	}
	for k := from + 1; k < to; k++ {
		if fl[k-sn.a]&(fwSubjPron|fwAgentPron|fwGenPron|fwTargetPron) != 0 {
			return false
		}
	}
	return true
}

// quoteAfterCall reports a headline's comma at k right after a quote
// that a calling or speech verb introduces ("X ने Y को बताया 'फेक न्यूज',
// रिपोर्टर से सवाल लेने से इनकार"): the quote completes the first
// predicate, and what follows the comma is another (its negation, its
// refusal, is not the first one's).
func quoteAfterCall(f *field, sn *sentence, fl []uint64, k int) bool {
	if f.name != "title" || f.words[k] != "," || k < sn.a+3 || k+1 >= sn.b || !isQuote(f.words[k-1]) {
		return false
	}
	for o := k - 2; o > sn.a && o >= k-12; o-- {
		if f.words[o] == f.words[k-1] {
			return fl[o-1-sn.a]&(fwCall|fwSpeech) != 0
		}
	}
	return false
}

// kiContinued reports a content clause that goes on from a कि clause of
// the same speaker after और or a comma ("आरोप लगाया कि A … किए गए और
// इसका फायदा Y को मिला"): still the words the कि opened. Not when the
// clause before has a ने-agent, whose act may carry on into this one.
func (s *sentCtx) kiContinued(cj int) bool {
	for n := 0; n < 3 && cj > 0; n++ {
		c, p := &s.cls[cj], &s.cls[cj-1]
		if c.kind != ckContent || c.quoted || c.ki || p.kind != ckContent || p.quoted || p.parent != c.parent || len(p.toks) == 0 {
			return false
		}
		if last := p.toks[len(p.toks)-1]; s.flag(last)&fwAnd == 0 && s.w(last) != "," {
			return false
		}
		// "कि Z ने जांच अधूरी छोड़ी और Y को बचाया": Z's second act, its
		// agent carried over; not a new predicate of the charge.
		for _, k := range p.toks {
			if s.w(k) == "ने" {
				return false
			}
		}
		if p.ki {
			return true
		}
		cj--
	}
	return false
}

// finiteQuoteBefore reports an inline quote closing right before token k
// whose last word is a finite verb, inside someone's words ("कहा कि
// मेटा ने 'बहुत लंबा सफर तय किया है' और Z के फैसले की सराहना की"): the
// predicate ends there as it would without the quote marks, so और opens
// the next predicate.
func finiteQuoteBefore(f *field, sn *sentence, fl []uint64, k int, content bool) bool {
	return content && k-2 > sn.a && isQuote(f.words[k-1]) && fl[k-2-sn.a]&fwFinite != 0 && fl[k-sn.a]&fwAnd != 0
}

// refusedContact12 reads a refusal to meet, sit, talk, debate, share a
// stage, work or shake hands with Y (SCHEMA: a snub, X → Y hostile):
// "Y से मिलने नहीं जाऊंगा", "Y के साथ बैठने में कोई रुचि नहीं", "Y के साथ
// दोबारा मंच साझा नहीं करेंगे", "Y से बहस करने से इनकार", "Y से हाथ
// मिलाने से मना कर दिया", "Y से नहीं मिलेंगे". Only a refusal: a future
// or wanting verb after नहीं, इनकार/मना, or रुचि/दिलचस्पी नहीं — not a
// past "बात नहीं की" (merely not speaking). It reads a few words after
// each Y से / Y के साथ chunk, no more.
func (a *Analyzer) refusedContact12(s *sentCtx, st *storyState, from int) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 || c.mk != mkSe && c.mk != mkSaath {
			continue
		}
		ci := c.clause
		cl := &s.cls[ci]
		k := s.contactAfter(c.at+1, ci)
		if k < 0 {
			continue
		}
		r := s.refusalAfter(k, ci)
		if r < 0 || refusalWord(s.w(r)) && a.negatorAfter18(s, cl, r) {
			continue // no refusal, or one denied ("… से इनकार नहीं किया")
		}
		// Asked, supposed or conditional: no refusal asserted.
		if m := a.clauseMood(s, cl, k); m != "" && m != pipeline.MoodNegated && m != pipeline.MoodFuture || s.askedOrIf(k) {
			continue
		}
		var srcs []int
		for _, j := range s.inClause(ci) {
			if d := s.chunks[j]; d.mk == mkAgent && d.ent >= 0 && d.ent != c.ent {
				srcs = appendNew(srcs, d.ent)
			}
		}
		if len(srcs) == 0 && cl.kind == ckContent {
			srcs = a.speakers(s, ci, st, nil)
		}
		if len(srcs) == 0 {
			for _, j := range s.inClause(ci) {
				if d := s.chunks[j]; d.mk == mkBare && !d.possessed && d.ent >= 0 && d.ent != c.ent && d.tok < c.tok {
					srcs = appendNew(srcs, d.ent)
				}
			}
		}
		for _, x := range srcs {
			if x != c.ent && !a.stanceSince11(st, from, x, c.ent) {
				a.add(s, st, x, c.ent, -1, "rupture", "", 1.2)
			}
		}
	}
}

// contactAfter finds a word of meeting or talking from token k on in
// clause ci, a gap word or two allowed before it ("दोबारा मंच साझा",
// "आमने-सामने बात"); it returns the token after it, or -1.
func (s *sentCtx) contactAfter(k, ci int) int {
	for j := k; j < k+4 && j < s.sn.b && int(s.cid[j-s.sn.a]) == ci; j++ {
		w := s.w(j)
		switch {
		case w == "मिलने" || w == "मिलना" || w == "बैठने" || w == "बात" || w == "बातचीत" || w == "बहस" || w == "मुलाकात":
			return j + 1
		case w == "मंच" && strings.HasPrefix(s.w(j+1), "साझा"):
			return j + 2
		case w == "काम" && strings.HasPrefix(s.w(j+1), "कर"):
			return j + 1
		case w == "हाथ" && strings.HasPrefix(s.w(j+1), "मिला"):
			return j + 2
		case (w == "नहीं" || w == "न") && strings.HasPrefix(s.w(j+1), "मिल") && futureForm(s.w(j+1)):
			return j // "Y से नहीं मिलेंगे"
		case s.isWord(j) && s.flag(j)&(fwPostposition|fwNeg) == 0 && len([]rune(w)) <= 8 && j < k+2:
			continue // "दोबारा", "आमने-सामने", "फिर"
		default:
			return -1
		}
	}
	return -1
}

// refusalAfter reads a refusal within a few words from token k in
// clause ci: इनकार/मना, रुचि/दिलचस्पी … नहीं, or नहीं/न before a future or
// wanting verb ("नहीं जाऊंगा", "नहीं करेंगे", "नहीं चाहते").
//
// It returns the refusal word's token (इनकार/इंकार/मना, or the word that
// says no interest or no future act), -1 when there is none.
func (s *sentCtx) refusalAfter(k, ci int) int {
	for j := k; j < k+6 && j < s.sn.b && int(s.cid[j-s.sn.a]) == ci; j++ {
		w := s.w(j)
		switch {
		case !s.isWord(j) || s.flag(j)&fwKi != 0:
			return -1
		case refusalWord(w):
			return j
		case w == "रुचि" || w == "दिलचस्पी":
			if s.w(j+1) == "नहीं" || s.w(j+2) == "नहीं" {
				return j
			}
			return -1
		case w == "नहीं" || w == "न":
			n := s.w(j + 1)
			if futureForm(n) || strings.HasSuffix(n, "ऊंगा") || strings.HasSuffix(n, "ऊंगी") || strings.HasPrefix(n, "चाहत") {
				return j
			}
			return -1
		}
	}
	return -1
}

// refusalWord reports a word that refuses on its own (इनकार, इंकार, मना).
func refusalWord(w string) bool {
	return w == "इनकार" || w == "इंकार" || w == "मना"
}

// askedOrIf reports a question mark after token k in the sentence, or a
// conditional (अगर, यदि) before it.
func (s *sentCtx) askedOrIf(k int) bool {
	for j := s.sn.a; j < s.sn.b; j++ {
		if j < k && s.flag(j)&fwCond != 0 || j >= k && s.w(j) == "?" {
			return true
		}
	}
	return false
}

// dativeSubject is the tracked one a content clause ci names with को as
// the subject of a modal of duty ("कि Y को पहले अपने रिश्तों का हिसाब देना
// चाहिए", "Y को माफी मांगनी पड़ेगी"): the one a jibe or a charge is
// about; -1 if none. Not a pronoun, not one of srcs.
func (s *sentCtx) dativeSubject(ci int, srcs []int) int {
	modal := false
	for _, k := range s.cls[ci].toks {
		if w := s.w(k); w == "चाहिए" || strings.HasPrefix(w, "पडेग") || w == "पडेंगे" {
			modal = true
			break
		}
	}
	if !modal {
		return -1
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkKo && c.ent >= 0 && c.pron == 0 && !c.possessed && !containsInt(srcs, c.ent) {
			return c.ent
		}
	}
	return -1
}

// relationPhase reports a relation frame at [j, j+n) written as the
// phase or series that goes on ("X और Y में तकरार का दौर जारी", "… के
// बीच आरोप-प्रत्यारोप का सिलसिला चला"): the relation holds, it is no noun
// under another act. Symmetric frames only (the pair's relation);
// a flipper after it (थमा, खत्म) still reads as before.
func (a *Analyzer) relationPhase(s *sentCtx, j, n int) bool {
	t := j + n
	if w := s.w(t); w != "का" && w != "के" {
		return false
	}
	switch s.w(t + 1) {
	case "दौर", "सिलसिला", "सिलसिले":
	default:
		return false
	}
	e, m := a.matchAt(s, j, entFrame)
	return e != nil && m == n && e.frame.Symmetric && e.frame.pol != 0
}

// behestCharge12 reads, in someone's words, an act done at Y's behest
// ("कहा कि यह सब Y के इशारे पर हुआ", "… Y की शह पर बोल रहे हैं", "Y के
// इशारों पर नाच रहे हैं"): the speaker blames Y (accusation, speaker →
// Y). Only in words (a content clause): the narrator's "Z ने Y के इशारे
// पर …" states no one's stance towards Y. It reads the two words after
// each tracked genitive chunk, no more.
func (a *Analyzer) behestCharge12(s *sentCtx, st *storyState, from int) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 || c.end >= s.sn.b || !isGenitive(s.w(c.end)) {
			continue
		}
		switch s.w(c.end + 1) {
		case "इशारे", "इशारों", "शह":
		default:
			continue
		}
		if s.w(c.end+2) != "पर" {
			continue
		}
		cl := &s.cls[c.clause]
		if cl.kind != ckContent {
			continue
		}
		if m := a.clauseMood(s, cl, c.end+1); m != "" && m != pipeline.MoodFuture || s.askedOrIf(c.end) {
			continue
		}
		for _, x := range a.speakers(s, c.clause, st, nil) {
			if x != c.ent && !a.stanceSince11(st, from, x, c.ent) {
				a.add(s, st, x, c.ent, -1, "accusation", "", 1.2)
			}
		}
	}
}
