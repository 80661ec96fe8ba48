package work

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Layer 3 applied: frames read on clauses and chunks give directed
// stances. The order of work for one sentence: clauses (clause.go) →
// chunks (chunk.go) → moods (mood.go) → grounding (ground.go) → here.

// occurrence is one lexicon entry found in a clause.
type occurrence struct {
	e    *entry
	k, n int // tokens [k, k+n)
	// alt is a frame at the same place when e is an evaluative word
	// ("दोस्त": X ने Y को दोस्त बताया, or X और Y दोस्त हैं).
	alt  *entry
	altN int
}

// readSentence reads the stances of one sentence into st.
func (a *Analyzer) readSentence(f *field, sn sentence, st *storyState, rd *reader) {
	if sn.b <= sn.a {
		return
	}
	// A line break alone is no sentence of the story's: the next
	// paragraph follows the last one ("…, X ने कहा।\n“…”").
	if sn.b-sn.a == 1 && f.toks[sn.a].Kind == hindi.Break {
		return
	}
	s := &rd.s
	s.f, s.sn, s.published, s.st = f, sn, st.published, st
	s.open = a.openGuards // (entIn and its kin: speed12.go)
	s.occBefore = nil     // set by readClause for the frame it reads
	s.cur36 = -1          // the clause readClause reads (polarity36b.go)
	s.flOrSet = false     // (set with the screens below)
	s.bind()
	s.classOf = a.classOf
	s.classOf2 = a.classOf2
	s.nsent++
	s.pieceStart()
	n := sn.b - sn.a
	s.cid = grow(s.cid, n)
	s.ment = grow(s.ment, n)
	if f.fl != nil {
		// The field's flags and ids, read once a token (prepareBuf).
		s.fl, s.wid = f.fl[sn.a:sn.b:sn.b], f.wid[sn.a:sn.b:sn.b]
	} else {
		s.fl, s.wid = grow(s.flBuf, n), grow(s.widBuf, n)
		s.flBuf, s.widBuf = s.fl, s.wid
		for k := sn.a; k < sn.b; k++ {
			if id := a.flagIdx.lookup(f.words[k]); id >= 0 {
				s.wid[k-sn.a] = id + 1
				s.fl[k-sn.a] = a.flagVals[id]
			}
		}
	}
	any := sn.mb > sn.ma || s.docSentence36()
	for _, fl := range s.fl {
		if any {
			break
		}
		if fl&(fwAgentPron|fwTargetPron|fwGenPron|fwObliquePron|fwOrgNoun|fwBoth|fwEpithet) != 0 || fl&fwRoleNoun != 0 && len(st.titles) > 0 {
			any = true
		}
		// "प्रवक्ता ने …" after "X के प्रवक्ता ने …": X's again.
		if fl&fwProxy != 0 && (st.proxyOwner12 >= 0 || st.orgAgent34b > 0) {
			any = true
		}
		// “वह …” right after someone's words: the quote goes on.
		if fl&fwSubjPron != 0 && s.lastSpk >= 0 && s.lastSpkSent == s.nsent-1 {
			any = true
		}
		// "“वह झूठ बोलते हैं।” X ने Y के बारे में यह बात कही": a
		// pronoun in words whose tag after them names whom they are
		// about (quoteTopic) is that one (session 16).
		if fl&fwSubjPron != 0 && sn.qtopic >= 0 {
			any = true
		}
	}
	if sn.qa >= 0 && !sn.qprev {
		s.qSpk, s.qSpkField = -1, f // a new quote over sentences
	}
	if !any {
		return
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		s.ment[m.tok-sn.a] = true
	}
	for i := range s.cls {
		s.cls[i].toks = s.cls[i].toks[:0]
	}
	var rules uint64
	s.screen, rules, s.flOr = a.sentScreens(s.wid, s.fl)
	s.flOrSet = true
	s.sn.qspk = a.officeTag37(f, s.sn, st) // a tag by office (office37.go)
	s.cls = a.clauses(f, &s.sn, s.fl, s.cid, s.cls, s.screen)
	// "X ने एक्स पर लिखा:\n<the post>": a sentence right after a speech
	// colon is the speaker's words.
	if s.colonSent > 0 && s.colonSent == s.nsent-1 && s.lastSpk >= 0 && s.lastSpkSent == s.colonSent && s.lastSpkField == f && s.cls[0].kind == ckMain && !s.hasNe() {
		s.cls[0].kind, s.cls[0].quoted = ckContent, true
	}
	s.shieldCl, s.apology20 = -1, 0
	a.chunks(s)
	// (chunks binds the sentence again: the rule bits are kept for the
	// gen it leaves.)
	s.rules16.sent, s.rules16.sentGen = rules, s.memoGen
	if rules&rwDeed36b != 0 && s.flOr&fwCall != 0 {
		st.deed36b = true               // deedJudged36's screen (speed36b.go)
		st.deed37 = deedAt37{f, s.sn.a} // (the last: speed37.go)
	}
	if len(s.chunks) == 0 && !s.docSentence36() {
		return
	}
	s.indexClauses()
	s.noteCoordination(a)
	a.affiliate(s, st)
	a.learnTitles(s, st)
	a.attachSpeakers(s)
	a.moods(s)
	a.resolve(s, st)
	a.resolveSpeakerPronouns(s, st)
	a.rivalInWords36(s, st) // "वह बोलीं कि उनका प्रतिद्वंद्वी …" (refer36.go)
	s.pieceAgent()
	for i := range s.chunks {
		c := &s.chunks[i]
		// "“उनके पास कोई योजना नहीं … ” X ने ये बातें Y के बारे में
		// कहीं": a third-person pronoun in the words with no one before
		// it is the one they are about.
		if (c.ent < 0 || c.pron == fwSubjPron && c.ent != sn.qspk) && sn.qtopic >= 0 && c.pron&(fwGenPron|fwTargetPron|fwSubjPron|fwAgentPron|fwObliquePron) != 0 && !c.second && s.cls[c.clause].quoted {
			c.ent = sn.qtopic
		}
		if s.correlativePron(c) || c.pron != 0 && s.groupPron37(c.tok) { // (quote37.go)
			c.ent, c.corr = -1, true
		}
		// "“आप … कर रहे हैं”": the subject addressed, else a name
		// called out at the head of the words ("मोदी जी, आप …").
		if c.second && c.pron == fwSubjPron {
			if c.ent = a.addressee(s, c.clause); c.ent < 0 {
				c.ent = s.vocative(c.clause, c.tok)
			}
		} else if c.second && c.ent < 0 && (s.cls[c.clause].quoted || s.cls[c.clause].kind == ckContent) {
			c.ent = a.addressee(s, c.clause) // "आपके नेतृत्व में", "श्रेय आपको"
		}
	}
	from := len(st.stanceList)
	st.again = st.again[:0]
	for ci := range s.cls {
		s.cur36 = ci
		a.readClause(s, ci, st, rd)
	}
	s.cur36 = -1
	a.moneyGap35(s, st, from) // a sum's verb or receiver said once (polarity35.go)
	a.announcedPlans(s, st, from)
	a.ownerOfTarget(s, st, from)
	a.announcerParty(s, st, from)
	// (correlPraise acts only after a जो or जिस: without one in the
	// sentence it passes over every agent.)
	if rules&rwRelJo17 != 0 || a.openGuards {
		a.correlPraise(s, st, from)
	}
	// (tagAbout reads a clause ending with ":", "-" or "—".)
	if rules&rwTagMark24 != 0 || a.openGuards {
		a.tagAbout(s, st, from)
	}
	// (Guarded as readClause's readers are: each returns at once
	// without its screen bit.)
	sc := s.screen
	if a.openGuards {
		sc = ^uint64(0)
	}
	if sc&swName11 != 0 {
		a.nameTaken11(s, st, from)
	}
	if sc&swFund11 != 0 {
		a.fundDonation11(s, st, from)
	}
	if sc&swMoney != 0 {
		a.moneyFor13(s, st, from)
	}
	if sc&swCredit13 != 0 {
		a.creditPraise13(s, st)
	}
	if sc&swWithout13 != 0 {
		a.withoutPraise13(s, st)
	}
	if rules&rwNeed28 != 0 || a.openGuards {
		a.neededPraise28(s, st) // speaker28.go
	}
	// (joyThat22 reads only at a joy noun, class cwJoy22: rwJoy24.)
	if rules&rwJoy24 != 0 || a.openGuards {
		a.joyThat22(s, st) // eval22.go
	}
	if sc&swRival != 0 {
		a.ownRival15(s, st) // charge15.go
	}
	a.platformSpread15(s, st) // charge15.go
	// (characterRelative16 reads a relative clause that opens with जो.)
	if rules&rwRelJo17 != 0 || a.openGuards {
		a.characterRelative16(s, st) // recall16.go
	}
	// (refusedContact12 reads only after a contact word: contactAfter.)
	if rules&rwContact24 != 0 || a.openGuards {
		a.refusedContact12(s, st, from)
	}
	if rules&rwBehest17 != 0 || a.openGuards {
		a.behestCharge12(s, st, from)
	}
	if s.screen&swTo != 0 {
		a.condThreat12(s, st, from) // condthreat12.go
	}
	if s.screen&(swWh|swKya12) != 0 {
		a.rhetoricQ12(s, st, from) // rhetoric12.go
	}
	s.noteUntrackedHits()
	s.noteDocument()
	if sn.qa >= 0 && !sn.qprev && sn.qa < sn.b {
		// Who opens a quote that runs on says the sentences after.
		if sp := a.speakers(s, int(s.cid[sn.qa-sn.a]), st, nil); len(sp) == 1 {
			s.qSpk = sp[0]
		}
	}
	// Whose words these were is read before the sentence's own agent
	// becomes the story's last (a pronoun tag means the one before).
	s.noteSpeaker(a, st)
	e := s.sn.b - 1
	for e > s.sn.a && f.toks[e].Kind == hindi.Break {
		e--
	}
	if e > s.sn.a && s.w(e) == ":" && s.flag(e-1)&fwSpeech != 0 {
		s.colonSent = s.nsent
	}
	a.remember(s, st)
	s.listEnts, s.listSent, s.listField = s.listEnts[:0], s.nsent, f
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if a.isPerson[m.entity] {
			s.listEnts = appendNew(s.listEnts, m.entity)
		}
	}
	s.noteTrio(a, f)
	if a.trace != nil {
		a.trace(s)
	}
}

// attachSpeakers finds clauses that only name who is speaking ("…, बोले
// X", "…: X", "X ने कहा") and makes the clause before them
// content said by that name.
func (a *Analyzer) attachSpeakers(s *sentCtx) {
	s.quoteParent11()
	for i := 1; i < len(s.cls); i++ {
		c := &s.cls[i]
		// "…, प्रधानमंत्री X ने बुधवार को एक रैली में कहा।": a tag with
		// its time and place (session 16).
		if name := a.looseTag16(s, i); name >= 0 {
			s.saidBy16(i, name)
			continue
		}
		if len(c.toks) == 0 || len(c.toks) > 10 {
			continue
		}
		// After a headline colon, a short clause naming one person and
		// no act ("'…': मार-ए-लागो से लौटे X") is the speaker too.
		afterColon := !c.quoted && c.first() > s.sn.a && (s.w(c.first()-1) == ":" || s.w(c.first()) == ":")
		if afterColon {
			person, acts, last, pend := -1, false, -1, -1
			for _, k := range c.toks {
				if s.flag(k)&fwEntry != 0 || s.w(k) == "ने" {
					acts = true
				}
				if s.isWord(k) {
					last = k
				}
			}
			for _, ci := range s.inClause(i) {
				if ch := s.chunks[ci]; ch.pron == 0 && ch.ent >= 0 && a.isPerson[ch.ent] {
					if person >= 0 {
						person = -2
					} else {
						person, pend = ch.tok, ch.end
					}
				}
			}
			// The name closes the tag; "X का आरोप: Y देश बेच रहे" is
			// the charge's content, with its own verb after the name.
			// "'…': X का दो टूक जवाब": a name owning a speech tag that
			// closes the clause.
			if person >= 0 && (!acts && pend > last || isGenitive(s.w(pend)) && last > pend && s.genTag(pend) == last || a.tailSpeaker11(s, i, person, pend, last)) {
				p := i - 1
				if c.parent >= 0 && c.parent < i {
					p = c.parent
				}
				if s.cls[p].speakerTok < 0 {
					s.cls[p].kind = ckContent
					s.cls[p].speakerTok = person
				}
				continue
			}
		}
		nw := 0
		for _, k := range c.toks {
			if s.isWord(k) {
				nw++
			}
		}
		if nw > 6 {
			continue
		}
		// "…, X बोले- …": a tag that opens words after it says them,
		// not the clause before.
		if w := s.w(c.last()); w == "-" || w == ":" || w == "—" || s.kiAfter(i) {
			continue
		}
		name, nameMk := -1, mkBare
		for _, ci := range s.inClause(i) {
			ch := s.chunks[ci]
			if ch.pron == 0 {
				if name >= 0 {
					name = -2
					break
				}
				name, nameMk = ch.tok, ch.mk
			}
		}
		if name < 0 {
			continue
		}
		// "…और फराज में 'वह बात नहीं है'": a name under में, से, पर or
		// को with no speech word is no tag (session 16).
		if nameMk != mkBare && nameMk != mkAgent && nameMk != mkAccording && nameMk != mkMod && !s.speechWordIn16(c) {
			continue
		}
		only := true
		for _, k := range c.toks {
			if s.mentionAt(k) || !s.isWord(k) || s.flag(k)&(fwSpeech|fwPostSpeech|fwPostposition) != 0 || s.w(k) == "कहा" {
				continue
			}
			// "…, X ने दावा किया / आरोप लगाया", "…, यह कहना है X का".
			if s.flag(k)&fwCharge != 0 || tagWord(s.w(k)) {
				continue
			}
			// words of the mention itself
			inName := false
			for _, ci := range s.inClause(i) {
				if ch := s.chunks[ci]; k >= ch.tok && k < ch.end {
					inName = true
				}
			}
			if !inName {
				only = false
				break
			}
		}
		if !only || s.nameBeforeQuote26(i) {
			continue
		}
		p := i - 1
		if c.parent >= 0 && c.parent < i {
			p = c.parent
		}
		if s.aimLabel36(p) { // "X का नया निशाना: Y" (polarity36.go)
			continue
		}
		if s.cls[p].kind != ckContent || s.cls[p].speakerTok < 0 {
			s.cls[p].kind = ckContent
			s.cls[p].speakerTok = name
			s.joinedSaid16(p, name)
		}
	}
}

// speechWordIn16 reports a speech verb, a post-speech verb, a charge
// noun or a tag word (किया, कहना …) in clause c.
func (s *sentCtx) speechWordIn16(c *clause) bool {
	for _, k := range c.toks {
		if s.flag(k)&(fwSpeech|fwPostSpeech|fwCharge) != 0 || tagWord(s.w(k)) || s.w(k) == "कहा" {
			return true
		}
	}
	return false
}

// looseTag16 is the name of a speech tag that closes a sentence after a
// comma and names its speaker as a ने-agent, with a title, a time or a
// place of its own ("…, प्रधानमंत्री X ने बुधवार को एक रैली में कहा।",
// "…, X ने एक इंटरव्यू में कहा।", "…, X ने तंज कसते हुए कहा।"): the
// speech verb ends it, no other name (so no act in it has a target of
// its own), no कि, negator, question, condition, relative or charge
// noun (-1: none).
func (a *Analyzer) looseTag16(s *sentCtx, i int) int {
	c := &s.cls[i]
	if len(c.toks) < 3 || len(c.toks) > 18 || c.quoted || c.kind != ckMain || s.w(c.first()-1) != "," {
		return -1
	}
	last := c.last()
	for last > c.first() && !s.isWord(last) {
		last--
	}
	if s.flag(last)&fwSpeech == 0 || s.w(last-1) == "ने" && last-1 == c.first() {
		return -1
	}
	for k := last + 1; k < s.sn.b; k++ {
		if s.isWord(k) {
			return -1
		}
	}
	name := -1
	for _, ci := range s.inClause(i) {
		ch := s.chunks[ci]
		if ch.pron != 0 || ch.ent < 0 || ch.mk != mkAgent || name >= 0 {
			return -1
		}
		name = ch.tok
	}
	if name < 0 {
		return -1
	}
	nw := 0
	for _, k := range c.toks {
		if !s.isWord(k) {
			continue
		}
		nw++
		if k == last {
			continue
		}
		if s.flag(k)&(fwKi|fwNeg|fwQuestion|fwWh|fwCond|fwRel|fwRelAgent|fwCharge) != 0 {
			return -1
		}
	}
	if nw > 14 {
		return -1
	}
	return name
}

// saidBy16 makes the clause before tag clause i content said by the name
// at token name (as attachSpeakers does for a short tag).
func (s *sentCtx) saidBy16(i, name int) {
	p := i - 1
	if c := &s.cls[i]; c.parent >= 0 && c.parent < i {
		p = c.parent
	}
	if s.cls[p].kind != ckContent || s.cls[p].speakerTok < 0 {
		s.cls[p].kind = ckContent
		s.cls[p].speakerTok = name
		s.joinedSaid16(p, name)
	}
}

// joinedSaid16: "A और B, X ने कहा": the main clauses joined before the
// one a tag says (each closing with और/तथा/एवं, none with an agent of
// its own) are the same words.
func (s *sentCtx) joinedSaid16(p, name int) {
	for q := p - 1; q >= 0; q-- {
		cl := &s.cls[q]
		if cl.kind != ckMain || cl.parent >= 0 || cl.quoted || len(cl.toks) == 0 {
			return
		}
		if w := s.w(cl.last()); w != "और" && w != "तथा" && w != "एवं" {
			return
		}
		for _, ci := range s.inClause(q) {
			if s.chunks[ci].mk == mkAgent {
				return
			}
		}
		cl.kind, cl.speakerTok = ckContent, name
	}
}

// frameOf is the frame of an occurrence: its own, or the frame at the
// same place as an evaluative word.
func (o occurrence) frameOf() *Frame {
	if o.e.kind == entFrame {
		return o.e.frame
	}
	if o.alt != nil {
		return o.alt.frame
	}
	return nil
}

// reader holds the buffers of one Analyze call.
type reader struct {
	s    sentCtx
	occ  []occurrence
	srcs []int
	tgts []int
}

// grow returns b cleared and of length n, reusing its array when it is
// large enough (the per-story buffers of an Analyzer session).
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// readClause reads the frames and evaluations of one clause.
func (a *Analyzer) readClause(s *sentCtx, ci int, st *storyState, rd *reader) {
	cl := &s.cls[ci]
	if len(cl.toks) == 0 || len(s.inClause(ci)) == 0 && !s.hasChild(ci) && cl.kind == ckMain && !s.gappedSubject(ci) && !s.afterTitleComma(ci) && !s.docSentence36() {
		return
	}
	// Clause-level dispatch (session 16, speed): each reader below
	// whose call is guarded returns at once when the sentence lacks the
	// guard's screen bit (sentCtx.screen) or rule bit (sentRules,
	// rules16.go): that test is its first, with nothing done before it.
	// The guard here saves the call for the many clauses that have
	// none; the reader keeps its own test. A new reader with such a
	// first test may be guarded the same way.
	sc, rl := s.screen, s.sentRules()
	if a.openGuards {
		sc, rl = ^uint64(0), ^uint64(0)
	}
	// (These three need an agent chunk of the clause's with an entity.)
	if sc&swNe != 0 && s.entWith(ci, 1<<mkAgent) {
		a.readVerbFirst(s, ci, st)
		a.readVerbFirstAgentAfter(s, ci, st)
		a.readObjectFirst(s, ci, st)
	}
	if sc&swFirstPers != 0 && sc&swSaath != 0 {
		a.readWithYou(s, ci, st)
	}
	if sc&swShield != 0 {
		a.readShield(s, ci, st)
	}
	if sc&swPerson14 != 0 {
		a.readDescribedAuthor14(s, ci, st)
	}
	if s.sn.qcharge && s.sn.qspk >= 0 {
		a.readChargedQuote(s, ci, st)
	}
	if sc&swJoint != 0 {
		a.readJoint(s, ci, st)
	}
	if sc&swPartner != 0 {
		a.readMembers(s, ci, st)
	}
	if sc&swSaath != 0 {
		a.readWorkWith(s, ci, st)
	}
	if sc&swJaari != 0 {
		a.readTieKept(s, ci, st)
	}
	if sc&swGot != 0 {
		a.readGotBacking(s, ci, st)
	}
	if sc&swSaath != 0 {
		a.readTieSpoken(s, ci, st)
	}
	if sc&(swSchema11|swTieQ11) != 0 {
		a.readTieValued(s, ci, st)
	}
	if sc&swInvestQ11 != 0 {
		a.readInvestorIs(s, ci, st)
	}
	if sc&swMoney != 0 {
		a.readPerfectInvestor(s, ci, st)
	}
	if sc&swBhi != 0 {
		a.readSameGift(s, ci, st)
	}
	if sc&swThanks != 0 {
		a.readThanksCall(s, ci, st)
	}
	if sc&swAll38 != 0 {
		a.readAllFor38(s, ci, st) // "X ने कहा कि Y यह सब सिर्फ … के लिए कर रहे हैं" (rej38.go)
	}
	if rl&rwGreeting28 != 0 {
		a.readAddressedGreeting28(s, ci, st) // (addressed28.go)
	}
	if sc&swLead != 0 {
		a.readLeadFunding(s, ci, st)
	}
	if sc&swCharge != 0 {
		a.readCharges(s, ci, st)
	}
	if sc&swCampaign != 0 {
		a.readCampaign(s, ci, st) // (campaignOf's first test)
	}
	q27 := s.quarrelIn27(ci) // (sour27.go)
	if sc&swQuarrel11 != 0 || q27 {
		a.readPastQuarrel(s, ci, st)
		a.readQuarrelWith27(s, ci, st) // (sour27.go)
	}
	if sc&(swQuarrel11|swQuarrel19) != 0 || q27 {
		a.readNamedQuarrel19(s, ci, st) // (background19.go)
	}
	if rl&rwAmong11 != 0 {
		a.readAmong(s, ci, st)
	}
	if rl&rwThanks11 != 0 {
		a.readThanksFor(s, ci, st)
	}
	if rl&rwDislike27 != 0 {
		a.readDislikedDoing27(s, ci, st) // (dislike27.go)
	}
	if rl&rwDeal11 != 0 {
		a.readDealPresupposed(s, ci, st)
	}
	if rl&rwTie12 != 0 {
		a.readTieAffirmed(s, ci, st)
	}
	if sc&(swMoney|swFund11|swGive12) != 0 {
		a.readMoneyGiven(s, ci, st)
	}
	if rl&rwContact12 != 0 {
		a.readSnub(s, ci, st)
		a.readSnubPlain23(s, ci, st) // (snub23.go)
	} else if s.dealingRefusable29(ci) {
		a.readSnubPlain23(s, ci, st) // dealings refused (rupture29.go)
	}
	if rl&rwCampaign29 != 0 {
		a.readProxyBacking29(s, ci, st) // (backing29.go)
	}
	if sc&swOffer12 != 0 {
		a.readOfferAccepted(s, ci, st)
	}
	if rl&rwJibe24 != 0 {
		a.readJibeWords24(s, ci, st) // a jibe aimed in its words (mock24.go)
	}
	if rl&rwGreet15 != 0 {
		a.readOccasionGreeting15(s, ci, st)
	}
	if rl&rwInvest24 != 0 {
		a.readInvestHeld24(s, ci, st) // an investment held (short24.go)
	}
	if rl&rwPaas24 != 0 {
		a.readMeansLacked24(s, ci, st) // money lacked (short24.go)
	}
	a.readTieElided24(s, ci, st) // a tie affirmed, its partner in the headline (short24.go)
	if rl&rwInvest24 != 0 {
		a.readBetTitle24(s, ci, st) // a bet in a verbless headline (short24.go)
	}
	rd.occ = rd.occ[:0]
	// The clause's words that may start an entry (the sentence's,
	// entryStarts, in this clause: cid); a word inside the last match
	// starts none.
	next := 0
	// Only the starts between the clause's first and last token can be
	// its own (starts and toks are in token order): a sentence of many
	// clauses is not walked whole for each.
	starts, ctoks := a.entryStarts(s), s.cls[ci].toks
	if len(ctoks) > 0 {
		lo := int32(ctoks[0])
		starts = starts[sort.Search(len(starts), func(i int) bool { return starts[i] >= lo }):]
	}
	for _, k32 := range starts {
		k := int(k32)
		if len(ctoks) > 0 && k > ctoks[len(ctoks)-1] {
			break
		}
		if k < next || s.cid[k-s.sn.a] != int32(ci) {
			continue
		}
		// The longest entry wins; at equal length an evaluative word
		// before a frame before a flipper, the frame kept as alt.
		m := a.matchesAt(s, k)
		best, bn := (*entry)(nil), 0
		if h := &m[entEval]; h.e != nil && h.n > bn {
			best, bn = h.e, h.n
		}
		if h := &m[entFrame]; h.e != nil && h.n > bn {
			best, bn = h.e, h.n
		}
		if h := &m[entFlip]; h.e != nil && h.n > bn {
			best, bn = h.e, h.n
		}
		if best == nil {
			continue
		}
		o := occurrence{e: best, k: k, n: bn}
		if best.kind == entEval && m[entFrame].e != nil && m[entFrame].n == bn {
			o.alt, o.altN = m[entFrame].e, bn
		}
		rd.occ = append(rd.occ, o)
		next = k + bn
	}
	if sc&swMoney != 0 {
		rd.occ = a.moneyPlaced(s, ci, st, rd.occ)
	}
	if sc&swMoney != 0 {
		a.readCampaignSpend(s, ci, st)
	}
	if sc&swTakeBack != 0 {
		a.readTakenBack(s, ci, st)
	}
	if sc&swQuality != 0 {
		a.readQuality(s, ci, st)
	}
	// (Guarded by the words they act at: rules16.go, review.)
	if rl&rwLess24 != 0 {
		a.readShortMeans24(s, ci, st)
	}
	if rl&rwPaas24 != 0 {
		a.readDealLack24(s, ci, st)
	}
	a.readTieMilestone24(s, ci, st)
	if sc&swMoney != 0 {
		rd.occ = a.moneyFirst11(s, ci, rd.occ)
	}
	if s.flagsMayHave(fwNeg) {
		rd.occ = a.moneyRefused23(s, ci, rd.occ) // money refused for the future (money23.go)
	}
	// A joint body formed (joint23.go); it needs a token of class
	// cwJointBody23 and a संयुक्त or साझा in the sentence.
	if rl&rwJointBody24 != 0 && rl&rwJoint24 != 0 || a.openGuards {
		rd.occ = a.jointBody23(s, ci, rd.occ)
	}
	if len(rd.occ) > 0 { // (with none it would return occ[:0], occ itself)
		rd.occ = s.dropTitleNouns(rd.occ)
		rd.occ = s.dropRoleSubjects29(rd.occ)      // (role29.go)
		rd.occ = s.dropGatheringActs29(ci, rd.occ) // (gathering29.go)
		rd.occ = s.newsAdjective31(rd.occ)         // (news31.go)
	}
	if s.f.name == "title" {
		a.readAgainst(s, ci, st)
	}
	if len(rd.occ) == 0 {
		return
	}
	lastEval, lastSym := -1, -1
	for oi, o := range rd.occ {
		if o.e.kind == entEval {
			lastEval = oi
		}
		if f := o.frameOf(); f != nil && f.Symmetric && f.pol != 0 {
			lastSym = oi
		}
	}
	lastEval = s.damnedHead36(rd.occ, lastEval) // "एक ईर्ष्यालु पूर्व साझेदार" (mutual36.go)
	for oi, o := range rd.occ {
		if o.e.kind == entEval && oi != lastEval && o.alt == nil && !s.coordinatedEval(o, rd.occ[oi+1:]) {
			// "सबसे बड़ा खतरा": the last evaluative word is the head.
			continue
		}
		switch o.e.kind {
		case entFrame:
			// "जिगरी दोस्त रहे X और Y अब जानी दुश्मन": the later
			// relation is the one asserted.
			if f := o.e.frame; f.Symmetric && f.pol != 0 && lastSym > oi && rd.occ[lastSym].frameOf().pol != f.pol {
				continue
			}
			if !a.isAct(s, o.k, o.n) && !o.e.frame.Presupposed && !(o.e.frame.Kind == "alliance" && s.tiePraised(o)) && !s.tieTimed16(o) && !a.flippedNoun(s, o, rd.occ[oi+1:]) && !a.pairAttached(s, ci, o) && !s.purposeAct(ci, o) && a.calledInfLabel35(s, ci, o, nil) < 0 {
				continue
			}
			s.occBefore = rd.occ[:oi]
			a.readFrame(s, ci, o, rd.occ[oi+1:], st, rd)
		case entEval:
			if f := o.frameOf(); f != nil && f.Symmetric && f.pol != 0 && lastSym > oi && rd.occ[lastSym].frameOf().pol != f.pol {
				continue
			}
			if !a.readEvaluation(s, ci, o, st, rd) && o.alt != nil && a.isAct(s, o.k, o.altN) {
				s.occBefore = rd.occ[:oi] // this clause's, never an earlier story's
				a.readFrame(s, ci, occurrence{e: o.alt, k: o.k, n: o.altN}, rd.occ[oi+1:], st, rd)
			}
		}
	}
}

// saysWords reports a content clause framed by ci (its words).
func (s *sentCtx) saysWords(ci int) bool {
	for cj := ci + 1; cj < len(s.cls) && cj <= ci+3; cj++ {
		if s.cls[cj].parent == ci && s.cls[cj].kind == ckContent {
			return true
		}
	}
	return false
}

// hasChild reports a clause framed by ci with a chunk in it.
func (s *sentCtx) hasChild(ci int) bool {
	for cj := ci + 1; cj < len(s.cls) && cj <= ci+3; cj++ {
		if s.cls[cj].parent == ci && len(s.inClause(cj)) > 0 {
			return true
		}
	}
	return false
}

// inClause returns the indices of the chunks of clause ci.
func (s *sentCtx) inClause(ci int) []int {
	if ci < 0 || ci >= len(s.byCl) {
		return nil
	}
	return s.byCl[ci]
}

// indexClauses fills byCl once the chunks know their clauses.
func (s *sentCtx) indexClauses() {
	for i := range s.byCl {
		s.byCl[i] = s.byCl[i][:0]
	}
	// Slots kept past the last sentence's clauses are taken back with
	// their buffers (append would write nil over them).
	for len(s.byCl) < len(s.cls) {
		if n := len(s.byCl); n < cap(s.byCl) {
			s.byCl = s.byCl[:n+1]
			s.byCl[n] = s.byCl[n][:0]
		} else {
			s.byCl = append(s.byCl, nil)
		}
	}
	s.byCl = s.byCl[:len(s.cls)]
	for i := range s.chunks {
		c := s.chunks[i].clause
		s.byCl[c] = append(s.byCl[c], i)
	}
}

// chunkAt returns the chunk starting at token k, or nil.
func (s *sentCtx) chunkAt(k int) *chunk {
	i := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= k })
	if i < len(s.chunks) && s.chunks[i].tok == k {
		return &s.chunks[i]
	}
	return nil
}

// sources returns who acts in clause ci for a frame at token at: the
// ने/द्वारा agents, else the doer in the genitive ("X का तंज"), else
// the subject, else (content clauses) the speaker.
func (a *Analyzer) sources(s *sentCtx, ci, at int, fr *Frame, st *storyState, out []int) []int {
	out = out[:0]
	idx := s.inClause(ci)
	// agents: the group nearest before the frame, else the first.
	pick := func(ok func(c *chunk) bool) []int {
		grp, gat := -1, -1
		for _, i := range idx {
			c := &s.chunks[i]
			if ok(c) && c.ent >= 0 && (grp < 0 || c.tok < at) {
				grp, gat = c.group, c.at
			}
		}
		if grp < 0 {
			return out
		}
		// Same group, or the same postposition ("X के साथ-साथ
		// X ने").
		for _, i := range idx {
			c := &s.chunks[i]
			if (c.group == grp || c.at == gat && c.mk == mkAgent) && ok(c) && c.ent >= 0 && !containsInt(out, c.ent) {
				out = append(out, c.ent)
			}
		}
		return out
	}
	// "मस्क का तंज, नडेला ने हंसकर टाला": a doer's genitive on the
	// frame noun, and a ने-agent only past a comma after it: the comma
	// opens the other's clause.
	// (Also a doer's genitive right before a named target, any frame:
	// "X का Y और Z पर नया मुकदमा, कंपनी ने भी ठोका जवाबी दावा",
	// attach30.go.)
	if fr != nil {
		gen, late := -1, false
		for _, i := range idx {
			c := &s.chunks[i]
			switch {
			case c.mk == mkGen && (fr.GenSource && c.head == at || c.head == -1) && c.ent >= 0 && c.tok < at:
				gen = c.ent
			case c.mk == mkAgent && c.ent >= 0:
				// (A chunk right after the frame counts as past a
				// comma: the scan this replaces never ran for it.)
				late = c.tok > at && (c.tok == at+1 || s.commaBetween(at, c.tok))
				if !late {
					gen = -2
				}
			}
		}
		if gen >= 0 && late {
			return append(out, gen)
		}
	}
	// "Y ने … सिखाया और वे उनका सम्मान करते हैं": a later conjunct's
	// own subject (ref220.go).
	if e := a.conjunctDoer20(s, at, idx); e >= 0 {
		return append(out, e)
	}
	if e := a.participleSpeaker35(s, at, idx); e >= 0 { // (screened: speed35.go)
		return append(out, e) // "Y पर बिफरे X का कहना है कि …" (frames34b.go)
	}
	out = pick(func(c *chunk) bool { return c.mk == mkAgent })
	if len(out) > 0 {
		return out
	}
	// "दोनों नेताओं ने": the pair named before; "तीनों ने": the three
	// names before it in the sentence.
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwBoth && (c.mk == mkAgent || c.mk == mkBare) && s.w(c.tok) == "तीनों" {
			for _, o := range s.chunks {
				if o.tok < c.tok && o.pron == 0 && o.ent >= 0 && len(out) < 3 {
					out = appendNew(out, o.ent)
				}
			}
			if len(out) == 3 {
				return out
			}
			out = out[:0]
			if t := s.trioOf(&c); len(t) > 0 {
				return append(out, t...)
			}
		}
	}
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwBoth && (c.mk == mkAgent || c.mk == mkBare) {
			// "X और Y की मुलाकात के बाद दोनों ने …": two names
			// coordinated before it in the sentence.
			for j := 0; j+1 < len(s.chunks) && s.chunks[j+1].tok < c.tok; j++ {
				x, y := s.chunks[j], s.chunks[j+1]
				if x.pron == 0 && y.pron == 0 && x.ent >= 0 && y.ent >= 0 && x.ent != y.ent && s.coordNext32(x, y) && isCoordinator(s.w(x.end)) && s.w(x.end) != "," {
					return append(out, x.ent, y.ent)
				}
			}
			// "X और Y ने … । बैठक के बाद दोनों ने …": the subjects
			// coordinated in the sentence before.
			if s.recentCo() {
				return append(out, s.co.ents[:s.co.n]...)
			}
			if a.bothUntracked11(s, c.tok) {
				return out
			}
			if p := a.pair(st); len(p) == 2 {
				return append(out, p...)
			}
		}
	}
	// "कर्मचारियों ने X के Y के समर्थन पर नाराजगी जताई": with an
	// untracked ने-agent, a genitive doer is the doer of a noun inside
	// the object, not of the clause's act.
	untracked := untrackedAgent(s, ci)
	out = pick(func(c *chunk) bool {
		if c.mk != mkGen || c.head == -1 && a.identGen(s, st, c) {
			return false
		}
		if c.head == -1 && !(untracked && c.tok < at && fr != nil && !fr.GenSource) || c.head == at && fr != nil && genDoer(s, ci, at, fr) {
			return true
		}
		// Looking for a speaker: "X का दावा- …".
		if fr == nil && c.head >= 0 {
			e, _ := a.matchAt(s, c.head, entFrame)
			return e != nil && e.frame.GenSource
		}
		return false
	})
	if len(out) > 0 {
		return out
	}
	// "भाजपा प्रवक्ता ने X को …": an agent the watchlist
	// does not track acts; the subject is not the bare name.
	if untracked {
		return out
	}
	// ("… के साथ काम करना सम्मान की बात, Z-W करार पर मुहर": a name
	// past a comma after the frame heads the next predication; so does
	// one past a coordinator after the frame's verb: "कि Y को गिरफ्तार
	// किया जाना चाहिए और Z उन्हें बचा रहे हैं", conjunctAfter19.)
	out = pick(func(c *chunk) bool {
		return c.mk == mkBare && !c.recip && !c.possessed && !(c.tok > at && (s.commaBetween(at, c.tok) || s.conjunctAfter19(at, c.tok))) && !s.genericPron(ci, c) && !s.likeOblique30(ci, c)
	})
	if len(out) > 0 {
		return out
	}
	if cl := &s.cls[ci]; cl.kind == ckContent || cl.kind == ckRel && s.w(cl.relTok) != "" && s.flag(cl.relTok)&fwRelAgent == 0 && !s.circumstance(cl) {
		// "“लोग उनकी आलोचना करते हैं …”": people at large act in the
		// speaker's words, not the speaker.
		if cl.kind == ckContent && s.genericSubject(ci, at) {
			return out
		}
		if out = a.speakers(s, ci, st, out); len(out) > 0 || !s.titleGap(ci, idx) {
			return out
		}
	}
	// "X ने बयान जारी किया। बयान में कहा गया कि …": the document's
	// issuer says what it says.
	if e := s.docSpeaker(ci); e >= 0 {
		return append(out, e)
	}
	// "X ने कटिंग शेयर की, Y की संपत्ति पर सवाल": the subject
	// of the clause before carries on.
	// "X ने Y की तारीफ की, किंतु Z पर हमला बोला": past the empty
	// clause a comma and a conjunction leave.
	pc := ci - 1
	for pc > 0 && len(s.cls[pc].toks) == 0 {
		pc--
	}
	// (Past a chain of participle links, each its own clause: bg32.go.)
	for n := 0; n < 3 && pc > 0 && s.participleLink32(pc) && s.cls[pc-1].kind == ckMain; n++ {
		pc--
	}
	// ("जाति जनगणना: X ने किया Y का स्वागत, साथ में कसा तंज": so
	// past a headline's verb-first comma, in words or not.)
	if cl := &s.cls[ci]; pc >= 0 && fr != nil && (cl.kind == ckMain && s.cls[pc].kind == ckMain || s.titleGap(ci, idx)) {
		for _, i := range s.inClause(pc) {
			if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 {
				out = appendNew(out, c.ent)
			}
		}
	}
	// "X ने … बात की, … | और Y की आलोचना की": across a long
	// sentence's cut, the piece before's agent (long21.go).
	if len(out) == 0 && fr != nil {
		out = append(out, s.inherited(ci, at)...)
	}
	if len(out) == 0 {
		out = a.titleLaterDoer28(s, ci, at, out) // (headline28.go)
	}
	return out
}

// noteSpeaker remembers the one person whose words the sentence reports,
// for a quote that follows on its own.
func (s *sentCtx) noteSpeaker(a *Analyzer, st *storyState) {
	for ci := range s.cls {
		if s.cls[ci].kind != ckContent {
			continue
		}
		if sp := a.speakers(s, ci, st, nil); len(sp) == 1 && a.isPerson[sp[0]] {
			s.lastSpk, s.lastSpkSent, s.lastSpkField = sp[0], s.nsent, s.f
			return
		}
	}
}

// noteCoordination remembers the sentence's coordinated subject: two
// tracked names in one agent or subject group, or one tracked person and
// an untracked partner ("X और सपा अध्यक्ष Y एक मंच पर").
func (s *sentCtx) noteCoordination(a *Analyzer) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron != 0 || c.ent < 0 || c.mk != mkAgent && c.mk != mkBare || c.possessed {
			continue
		}
		g := coGroup{sent: s.nsent}
		g.ents[0], g.n = c.ent, 1
		// A group's members all come at or before the chunk whose index
		// names it (chunks: groups take a later chunk's group).
		for j := i + 1; j < len(s.chunks) && j <= c.group; j++ {
			if o := &s.chunks[j]; o.group == c.group && o.pron == 0 && o.ent >= 0 && o.ent != c.ent {
				g.ents[1], g.n = o.ent, 2
				break
			}
		}
		if g.n == 2 {
			s.co = g
			return
		}
		if g.n == 1 && a.isPerson[c.ent] && c.end < s.sn.b && (s.w(c.end) == "और" || s.w(c.end) == "तथा" || s.w(c.end) == "एवं") && !s.chunkWithin(c.end, c.end+6) {
			s.co = g
			return
		}
	}
}

// chunkWithin reports a chunk starting in tokens [from, to).
func (s *sentCtx) chunkWithin(from, to int) bool {
	for _, c := range s.chunks {
		if c.tok >= from && c.tok < to {
			return true
		}
	}
	return false
}

// hasObject reports a को or पर in clause ci (a tracked name or not).
func (s *sentCtx) hasObject(ci int) bool {
	for _, k := range s.cls[ci].toks {
		if w := s.f.words[k]; (w == "को" || w == "पर") && s.flag(k-1)&fwTimeNoun == 0 {
			return true // (not a time's को: "X ने मंगलवार को धमकी दी कि …", session 32)
		}
	}
	return false
}

// pronTarget resolves an object pronoun at token k for a source avoid:
// the nearest name before it that is not the source — nor the source's
// own organisation ("ओपनएआई के साथ गूगल का मुकाबला …, वह उसे बेहतरीन
// कंपनी मानते हैं").
func (a *Analyzer) pronTarget(s *sentCtx, st *storyState, k, avoid int) int {
	if s.groupPron37(k) { // "“हमारे हजारों मजदूरों … । उन्होंने …”" (quote37.go)
		return -1
	}
	// "X ने परियोजना को '…' बताते हुए उसकी तारीफ की" (bf32.go).
	if e, ok := a.participleDeal32(s, st, k); ok {
		return e
	}
	if w := s.w(k); w == "इसे" || w == "इसको" {
		if e := a.itsActOwner(s, k, avoid); e >= 0 {
			return e
		}
		return a.itsKindOrg29(s, st, k, avoid)
	}
	person := !singularPron(s.w(k))
	if !person && coordUntracked21(s, k) || s.participleObjUntracked29(k) {
		return -1
	}
	e := a.nearestBefore(s, st, k, avoid, person)
	if e < 0 && person {
		e = a.orgPron11(s, st, k, avoid)
	}
	if e >= 0 && avoid >= 0 && a.tiedTo(st, avoid, e) {
		if o := a.nearestBefore(s, st, k, e, person); o >= 0 && o != avoid {
			return o
		}
	}
	return e
}

// aboutPerson is the one person the sentence speaks about ("X के बारे
// में", "X को लेकर"), or -1.
func (s *sentCtx) aboutPerson(a *Analyzer) int {
	e := -1
	for _, c := range s.chunks {
		if c.mk == mkAbout && c.pron == 0 && c.ent >= 0 && a.isPerson[c.ent] {
			if e >= 0 && e != c.ent {
				return -1
			}
			e = c.ent
		}
	}
	return e
}

// circumstance reports a relative clause of place or time ("…, जहां Y
// पर हमला हुआ था, …"): what happened there is not the host's words.
func (s *sentCtx) circumstance(cl *clause) bool {
	switch s.w(cl.relTok) {
	case "जहां", "जब":
		return true
	}
	return false
}

// untrackedAgent reports a ने in clause ci that follows no tracked name.
func untrackedAgent(s *sentCtx, ci int) bool {
	if s.screen&swNe == 0 {
		return false
	}
	for _, k := range s.cls[ci].toks {
		if s.f.words[k] != "ने" {
			continue
		}
		tracked := false
		for _, i := range s.inClause(ci) {
			if c := &s.chunks[i]; c.mk == mkAgent && (c.at == k || c.end == k) {
				tracked = true
			}
		}
		if !tracked && s.flag(k-1)&(fwAgentPron|fwOrgNoun|fwProxy) == 0 {
			return true
		}
	}
	return false
}

// speakers returns who says content clause ci: its attached speaker, else
// the sources of the clause that frames it.
func (a *Analyzer) speakers(s *sentCtx, ci int, st *storyState, out []int) []int {
	if out == nil {
		return a.speakersKept(s, ci, st) // (speed12.go)
	}
	out = a.ownSpeakers(s, ci, st, out)
	if cl := &s.cls[ci]; len(out) == 0 && cl.quoted {
		// A quote that runs over sentences: who opened it; else who is
		// named after it ("…” यह बात X ने कही"); a tag naming someone
		// untracked ("…,” एक विश्लेषक ने कहा") gives no one.
		if s.sn.qprev && s.qSpk >= 0 && s.qSpkField == s.f && cl.first() >= s.sn.qa && cl.first() <= s.sn.qb {
			return append(out, s.qSpk)
		}
		switch q := s.sn.qspk; {
		case q >= 0:
			return append(out, q)
		case q == spkUntracked:
			return out
		case q == spkPron:
			if e := a.pronSpeaker(s, st); e >= 0 {
				return append(out, e)
			}
		}
	}
	// “…,” X ने कहा। “वह …”: a sentence that is all quote, right
	// after someone's words, goes on with them.
	if cl := &s.cls[ci]; len(out) == 0 && cl.quoted && s.lastSpk >= 0 && s.lastSpkSent == s.nsent-1 && s.lastSpkField == s.f && (s.isQuoteTok(s.sn.a) || s.colonSent == s.nsent-1) {
		out = append(out, s.lastSpk)
	}
	// "X ने Y पर सवाल उठाए।\n“…”": right after one person's spoken
	// attack or praise, a quote no one else is named for is theirs.
	if cl := &s.cls[ci]; len(out) == 0 && cl.quoted && s.actSrc >= 0 && s.actSent == s.nsent-1 && s.actField == s.f && s.isQuoteTok(s.sn.a) && s.sn.qspk == spkNone {
		out = append(out, s.actSrc)
	}
	return out
}

// spokenKind: a stance said in words (not a deed, a suit or a deal).
func spokenKind(kind string) bool {
	switch kind {
	case "criticism", "accusation", "mockery", "threat", "praise", "endorsement", "defence":
		return true
	}
	return false
}

// ownSpeakers is speakers within the sentence.
func (a *Analyzer) ownSpeakers(s *sentCtx, ci int, st *storyState, out []int) []int {
	cl := &s.cls[ci]
	if cl.speakerTok >= 0 {
		if c := s.chunkAt(cl.speakerTok); c != nil && c.ent >= 0 {
			return append(out[:0], c.ent)
		}
	}
	// "X, जो Y में N लगा चुकी है, को …": the relative's subject is
	// the name it follows (recall15.go).
	if cl.kind == ckRel {
		if e := s.relNameHead15(cl); e >= 0 {
			return append(out[:0], e)
		}
	}
	if cl.parent >= 0 && cl.parent != ci {
		// "X ने Y के उस दावे को खारिज किया कि …": Y's claim
		// (fresh2_12.go).
		if y := s.chargeOwner12(ci); y >= 0 {
			if s.claimAnswered27(ci) {
				return out[:0] // only what is answered (reply27.go)
			}
			return append(out[:0], y)
		}
		// "Z ने X के हवाले से कहा कि …": the words are X's, relayed.
		for _, i := range s.inClause(cl.parent) {
			if c := &s.chunks[i]; c.mk == mkAccording && c.ent >= 0 && s.w(c.at) == "से" {
				return append(out[:0], c.ent)
			}
		}
		// "ट्रंप-मस्क: 'रिश्ते' पर सवाल": a label naming a pair
		// speaks no words (precision15.go).
		if s.pairLabel15(cl.parent) || s.targetLabel17(cl.parent) {
			return out[:0]
		}
		// "X ने कहा कि लोग कहते हैं कि …": words someone untracked
		// says inside X's are not X's.
		if s.untrackedSays(cl.parent) {
			return out[:0]
		}
		out = a.sources(s, cl.parent, s.cls[cl.parent].last()+1, nil, st, out)
		// "X ने लिखा कि … क्योंकि Y \"में वह बात नहीं है\"": the name
		// the quote opens on is its subject (reverse26.go).
		if s.subjectBeforeQuote26(ci, out) {
			out = out[:0]
		}
		// "X ने … चलाया और वह मानते हैं कि …": the subject of the
		// speech verb after the coordinator says the words.
		if e, _ := s.laterSubject(cl.parent); len(out) > 0 && e >= 0 {
			out = append(out[:0], e)
		}
		if len(out) == 0 {
			// "X के शब्दों में, '…'", "X के मुताबिक, '…'": her words.
			// "X का कहना था, '…'", "X का तंज- '…'": the genitive doer
			// of a speech or a jibe.
			for _, i := range s.inClause(cl.parent) {
				c := s.chunks[i]
				if c.ent < 0 {
					continue
				}
				if c.mk == mkAccording {
					out = appendNew(out, c.ent)
					continue
				}
				if c.mk == mkGen && c.head >= 0 && c.pron == 0 {
					if e, _ := a.matchAt(s, c.head, entFrame); e != nil && e.frame.GenSource {
						out = appendNew(out, c.ent)
					}
				}
				// "X की प्रतिक्रिया थी: '…'", "X का जवाब था, '…'"; "X के
				// वकील बोले- …": the proxy speaks for X.
				if c.pron == 0 && isGenitive(s.w(c.end)) && (speechNoun(s.w(c.end+1)) || s.genTag(c.end) > 0 || s.proxySays(c.end+1) || a.frameTag(s, c.end)) {
					out = appendNew(out, c.ent)
				}
			}
		}
		// "X का लंबा भाषण: …": a headline's label names the speaker
		// (title26.go).
		if len(out) == 0 {
			if e := a.labelSpeaker26(s, cl.parent); e >= 0 {
				out = append(out, e)
			}
		}
		// "X ने, सवाल पूछे जाने पर, कहा कि …": a bare speech verb after
		// a parenthesis goes on with the clause before it; so does one
		// coordinated with it ("X ने … का खंडन किया और कहा कि …").
		if p := cl.parent; len(out) == 0 && p > 0 && s.cls[p].kind != ckContent && s.cls[p-1].kind == s.cls[p].kind && len(s.inClause(p)) == 0 && isClauseJoin(s.w(s.cls[p-1].last())) {
			out = a.sources(s, p-1, s.cls[p-1].last()+1, nil, st, out)
		}
		// "X का जवाब- 'A, पर B'": the dash opens an empty content
		// clause that frames the quote; its speaker says the quote.
		// "“एक पत्रकार ने मुझसे कहा कि …”": words an untracked agent
		// said are theirs, not the quote's speaker's.
		if len(out) == 0 && cl.parent < ci && s.cls[cl.parent].kind == ckContent && len(s.inClause(cl.parent)) == 0 && !untrackedAgent(s, cl.parent) {
			return a.ownSpeakers(s, cl.parent, st, out)
		}
		// "फिर हंसते हुए जोड़ा, '…'", "आगे कहा कि …": a perfective
		// speech verb with no subject goes on with the one who spoke
		// just before, as "उन्होंने आगे कहा" does (session 18).
		if len(out) == 0 && s.subjectDropped18(cl.parent) {
			if e := a.pronSpeaker(s, st); e >= 0 {
				out = append(out, e)
			}
		}
		if cl.kind == ckRel {
			// "… X की वह पोस्ट …, जिसमें …": the post's author says
			// it; a sharer says it too, one who answers it does not.
			var authors []int
			for _, i := range s.inClause(cl.parent) {
				c := s.chunks[i]
				if c.ent < 0 || c.pron != 0 || !isGenitive(s.w(c.end)) {
					continue
				}
				for k := c.end + 1; k <= c.end+3 && k < s.sn.b; k++ {
					if s.flag(k)&fwPostWord != 0 || documentNoun(s.w(k)) {
						authors = appendNew(authors, c.ent)
					}
				}
			}
			if len(authors) > 0 {
				shared := false
				for _, k := range s.cls[cl.parent].toks {
					if s.flag(k)&fwShare != 0 {
						shared = true
					}
				}
				if !shared {
					out = out[:0]
				}
				for _, x := range authors {
					out = appendNew(out, x)
				}
			}
		}
		return out
	}
	return out[:0]
}

// actCause19 reports an oblique infinitive with से between word from and
// the frame at at ("Y के ठेके रद्द करने से", "Y से अलग होने से"): the
// cause of a harm is an act, whose doer is not the name before it.
func (s *sentCtx) actCause19(from, at int) bool {
	if at-from > spanScanMax {
		if m := s.spanKinds(); m != nil {
			return s.spanHas(m.cause, from, at)
		}
	}
	for j := from + 1; j < at; j++ {
		if s.w(j) == "से" && strings.HasSuffix(s.w(j-1), "ने") {
			return true
		}
	}
	return false
}

// targetsOf returns the chunks of clause ci the frame takes as targets.
func (a *Analyzer) targetsOf(s *sentCtx, ci int, at int, fr *Frame, flipped bool, srcs []int, st *storyState, out []int) []int {
	out = out[:0]
	// "अडानी मुद्दे पर राहुल का मोदी पर वार", "X के बयान पर Y का Z
	// पर हमला": with a name of its own under पर, the frame's earlier
	// possessed पर is the occasion, not a target.
	// ("मस्क की कंपनी एक्स पर": one पर for the owner and the owned.)
	plainPar, plainAt := -1, -1
	if fr.targets[mkPar] {
		for _, i := range s.inClause(ci) {
			if c := &s.chunks[i]; c.mk == mkPar && !c.possessed && c.ent >= 0 && c.pron == 0 {
				plainPar, plainAt = c.tok, c.at
			}
		}
	}
	// "X ने Z के लिए Y का आभार जताया": with the frame's own genitive
	// target, a name under के लिए is what the thanks are for.
	genTarget := false
	if fr.targets[mkGen] && fr.targets[mkLiye] {
		for _, i := range s.inClause(ci) {
			if c := &s.chunks[i]; c.mk == mkGen && c.head == at && (c.ent >= 0 || c.pron != 0) {
				genTarget = true
			}
		}
	}
	asked := s.askedOf26(ci, at) // "Z पर X का Y से सवाल" (prec26.go)
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.mk == mkPar && c.possessed && c.tok < plainPar && c.at != plainAt {
			continue
		}
		if asked >= 0 && c.mk == mkPar {
			continue
		}
		if a.parOfNoun11(s, c, at, fr) {
			continue // "Y पर लगे जुर्माने से भड़के X"
		}
		if fr.Cause && s.actCause19(c.tok, at) {
			continue // "Y के ठेके रद्द करने से नुकसान होगा"
		}
		if genTarget && c.mk == mkLiye && !c.possessed {
			continue
		}
		// "X ने A को परियोजनाएं देने के लिए Y को घेरा": a को-object
		// of the reason's infinitive before the frame's last को-object
		// is that act's (struct19.go).
		if c.mk == mkKo && fr.pol < 0 && s.koOfReason19(c, s.lastKoBefore15(ci, at)) {
			continue
		}
		// "X ने Y पर Z के खिलाफ खबरें दबाने का आरोप लगाया": Z is the
		// one the charged act was against, inside the charge's content;
		// the charge is against Y (struct19.go).
		if c.mk == mkKhilaf && s.khilafInContent19(ci, c, at) {
			continue
		}
		// "Y पैकेज को मंजूरी पर X ने Z को बधाई दी": Y is the
		// occasion's (attach30.go).
		if c.mk == mkKo && s.occasionKo30(ci, c) {
			continue
		}
		// "X Y के खिलाफ चल रहे अभियान पर बरसे": Y is the act's, not the
		// outburst's (attach30.go).
		if fr.pol < 0 && fr.targets[mkPar] && s.actObjectAgainst30(c, at) {
			continue
		}
		// "X ने Y पर Z की स्थापना के समय किए वादे तोड़ने का आरोप
		// लगाया": any other name inside the charged act is that act's
		// (prec20.go).
		if fr.pol < 0 && c.mk != mkPar && c.mk != mkKhilaf && s.inChargeContent20(ci, c, at) {
			continue
		}
		// "X ने Y के आरोपों को निराधार बताते हुए नकार दिया": a rejection
		// whose को-object is Y's charge or suit, however far before it,
		// rejects the charge: no stance towards Y (SCHEMA; struct19.go).
		if fr.pol < 0 && fr.Kind == "rupture" && c.mk == mkKo && s.deniedAct(c) {
			continue
		}
		// "X ने Z में हिस्सेदारी बेच दी ताकि Y में पैसा लगा सके": a
		// name past ताकि is the purpose's, not the act's (precision15.go).
		if c.tok > at && purposeBetween15(s, at, c.tok) {
			continue
		}
		// "X ने Y से नाता तोड़कर Z के साथ करार किया": past a conjunctive
		// participle, a name is the next predicate's (family22.go).
		if c.tok > at && s.conjunctiveBetween22(at, c.tok) {
			continue
		}
		// "X ने कहा कि Y के साथ हुए करार के बाद भी पुराने सर्वर काम
		// नहीं करेंगे": Y under a के साथ/से that a participle of
		// happening ties to another noun is that noun's partner, not
		// the partner of a hostile act farther on (session 19).
		if (fr.pol < 0 || flipped) && (c.mk == mkSaath || c.mk == mkSe) && s.happenedTieOf19(c, at) {
			continue
		}
		// "Y के साथ विवाद के बावजूद …", "Y के साथ बैठक के बाद …": Y is
		// the partner of the noun a time or concession phrase is made
		// of, not of an act farther on (session 20).
		if c.mk == mkSaath && s.saathOfTimeNoun20(c, at) {
			continue
		}
		// "X ने कहा कि उनकी पार्टी अब … व्यवस्था को चुनौती दे रही है":
		// a genitive pronoun owning the bare subject that opens someone's
		// words owns the doer, not the act's object (bgt20.go).
		if c.pron == fwGenPron && c.possessed && s.ownSubjectPron20(ci, c) {
			continue
		}
		ok := fr.targets[c.mk] || flipped && c.mk == mkSe || c.recip && c.mk == mkPrati || i == asked
		if c.mk == mkGen {
			ok = fr.targets[mkGen] && c.head == at && !(genDoer(s, ci, at, fr) && !hasAgent(s, ci))
		}
		// "X का नाम लिए बिना": the chunker reads X as what is spoken
		// of, its marker phrase opening at the frame's noun; X is the
		// genitive of that noun. "Y या X का नाम लिए बिना" names no one
		// target.
		if c.mk == mkAbout && fr.targets[mkGen] && c.at == at+1 && isGenitive(s.w(at-1)) && s.w(c.tok-1) != "या" {
			ok = true
		}
		if ok && fr.roleRefused25(a, c, at) {
			ok = false
		}
		if !ok {
			continue
		}
		switch {
		case c.recip:
			// एक-दूसरे: each source the other.
			out = append(out, -2)
			continue
		case c.pron == fwBoth:
			// "X, Y और Z भी शामिल थे। … W ने तीनों की तारीफ की".
			if t := s.trioOf(c); len(t) > 0 {
				for _, e := range t {
					if !containsInt(srcs, e) {
						out = appendNew(out, e)
					}
				}
				continue
			}
			// A bare तीनों the chunker did not tie to three names
			// named together is too far back to guess.
			if s.w(c.tok) == "तीनों" && !s.kindNounAfter(c.tok) {
				continue
			}
			for _, e := range a.bothTarget(s, st, c.tok, srcs) {
				out = appendNew(out, e)
			}
			continue
		case c.second:
			c.ent = a.addressee(s, ci)
		case (c.pron == fwTargetPron || c.pron == fwGenPron) && !s.fixedPron(c):
			c.ent = a.pronTargetAll11(s, st, c.tok, srcs)
			// "“मुझे उन पर तरस आता है,” X ने Y के बारे में … कहा":
			// in someone's words, with no one before, the one spoken of.
			if c.ent < 0 && s.cls[ci].kind == ckContent {
				c.ent = s.aboutPerson(a)
			}
			// "'… उनसे …,' X ने कहा, जब उनसे पूछा गया कि … Y …" (ref30.go).
			if c.ent < 0 && s.cls[ci].kind == ckContent && s.cls[ci].quoted {
				c.ent = a.askedAbout30(s, c.tok, srcs)
			}
		}
		if c.ent >= 0 && (!fr.PersonTarget || a.isPerson[c.ent]) {
			out = appendNew(out, c.ent)
		}
	}
	// "X ने Y के … कार्यक्रम बंद करने के फैसले की आलोचना की": a long
	// possessed phrase; the nearest genitive name before the frame's own
	// genitive owns it.
	if len(out) == 0 && fr.targets[mkGen] && !isGenitive(s.w(at-1)) {
		at = a.genAcrossGap(s, at)
	}
	if len(out) == 0 && fr.targets[mkGen] && isGenitive(s.w(at-1)) {
		idx := s.inClause(ci)
		for j := len(idx) - 1; j >= 0; j-- {
			c := &s.chunks[idx[j]]
			if c.tok >= at || c.tok < at-14 || c.pron != 0 || c.ent < 0 || containsInt(srcs, c.ent) {
				continue
			}
			// "Y की रैली के दौरान हुई गोलीबारी की निंदा": what is
			// condemned as having happened at Y's event is not Y's
			// (bgt20.go).
			if (c.mk == mkMod || c.mk == mkBetween) && condemnation20(fr) && s.happenedAt20(c.end+1, at) {
				break
			}
			if (c.mk == mkMod || c.mk == mkBetween) && (isGenitive(s.w(c.end)) || received20(s, c.end)) && s.flag(c.end+1)&fwRoleNoun == 0 && s.possessedRun(c.end+1, at-1) {
				out = append(out, c.ent)
			} else if c.mk == mkLiye && s.meantFor(c.end, at) {
				out = append(out, c.ent)
			}
			break
		}
	}
	if len(out) == 0 && fr.Kind == "threat" {
		out = a.threatObject(s, ci, at, srcs, out)
	}
	// "इस पेशकश को 'मजाक' बताया" (quote35.go).
	if len(out) == 0 && fr.pol < 0 && fr.targets[mkGen] {
		if e := a.pointedAct35(s, ci, at, srcs); e >= 0 {
			out = append(out, e)
		}
	}
	// "X ने Y के लिए बन रहे केंद्र से हाथ खींच लिया": what a withdrawal
	// leaves by से was made or held for Y (withdrawnFor18).
	if len(out) == 0 && withdrawalFrame16(fr) {
		for _, i := range s.inClause(ci) {
			if c := &s.chunks[i]; c.mk == mkLiye && c.ent >= 0 && c.pron == 0 && !c.possessed && !containsInt(srcs, c.ent) && s.withdrawnFor18(c.end, at) {
				out = append(out, c.ent)
				break
			}
		}
	}
	// "X ने Y में किस्त डालने से हाथ खींच लिया" (quote35.go).
	if len(out) == 0 && withdrawalFrame16(fr) {
		if e := a.withdrawnAct35(s, ci, at, srcs); e >= 0 {
			out = append(out, e)
		}
	}
	if len(out) == 0 && fr.pol < 0 && fr.Kind == "rupture" {
		if e := tieLeft18(s, st, at, srcs); e >= 0 {
			out = append(out, e)
		} else if e := a.settledWith25(s, st, at, srcs); e >= 0 {
			out = append(out, e) // (settle25.go)
		}
	}
	if len(out) == 0 && fr.pol < 0 && !fr.Symmetric {
		out = a.aboutTarget12(s, ci, at, srcs, out)
	}
	return out
}

func hasAgent(s *sentCtx, ci int) bool {
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 {
			return true
		}
	}
	return false
}

func appendNew(xs []int, x int) []int {
	if x < 0 || containsInt(xs, x) {
		return xs
	}
	return append(xs, x)
}

// fliplightVerb holds the light verb forms that follow a fronted
// flipper noun ("खत्म की", "रद्द कर दी").
var fliplightVerb = map[string]bool{
	"की": true, "कीं": true, "किया": true, "किए": true, "किये": true, "कर": true,
	"दी": true, "दीं": true, "दिया": true, "दिए": true, "ली": true, "लिया": true, "लीं": true,
}

// readFrame reads one predicate: its polarity (after flippers), its
// source and target, its mood.
func (a *Analyzer) readFrame(s *sentCtx, ci int, o occurrence, rest []occurrence, st *storyState, rd *reader) {
	fr := o.e.frame
	if fr.NoAgent && hasAgent(s, ci) || fr.UnlessHostile && a.hostileWord(s) || fr.Emphatic && !s.emphasisBefore24(o.k) || fr.Worded && !a.hostileBeside27(s, o) {
		return
	}
	// "X में Y के दावे को झुठलाने की हिम्मत नहीं": an act the doer
	// lacks the courage for is not done (attach30.go).
	if s.lackedAct30(o) || s.distancedClaim31(o, fr) {
		return
	}
	if nounPhraseCue(s, o) || s.whoSlot30(o) || s.chargeBefell19(ci, o) || s.pastRole(o) || s.untrackedDoerBefore(o) || a.precisionVeto(s, ci, o) || s.questionTopic14(o) || s.questionAsked15(o) || s.tieInCharge16(fr.pol, o) || s.tieTalked16(o) || s.politeNo17(o) || s.politeRespect27(o) || fr.pol < 0 && (s.condemnedAfter17(ci, o) || fr.Symmetric && s.discussedDispute17(o)) {
		return
	}
	// "X ने Y के साथ मुकदमा निपटाने के लिए समझौता किया": an agreement
	// that settles a case (a settlement flipper just before it) is no
	// alliance (SCHEMA: settling is no stance).
	if fr.Symmetric && fr.pol > 0 && fr.Kind == "alliance" {
		for _, r := range s.occBefore {
			if r.e.kind == entFlip && r.k < o.k && r.k >= o.k-5 && r.e.flip.onHos == 0 && r.e.flip.onSup > 0 {
				return
			}
		}
	}
	pol, kind := fr.pol, fr.Kind
	flipped, settled := false, false
	// A flipper a few words on ("समर्थन वापस लिया", "मुकदमा वापस") or
	// just before it in a headline ("वापस मांगा चंदा").
	flip := func(fp *Flipper) {
		settled = settled || fr.Kept && fp.onHos == 0 && fp.onSup > 0
		// "X ने Y पर दायर मुकदमा वापस लिया", "… जिसे अदालत ने खारिज कर
		// दिया": a suit filed stands, whoever ends it.
		if fr.Kept && pol < 0 && !settled {
			flipped = true
			return
		}
		switch pol {
		case 1:
			pol = fp.onSup
		case -1:
			pol = fp.onHos
		case 0:
			if fp.onSup < 0 {
				pol = fr.flipPol
			}
		}
		if fp.Kind != "" && pol != 0 {
			kind = fp.Kind
		}
		flipped = true
	}
	window := 4
	if fr.Symmetric {
		window = 7 // "दोस्ती जितनी तेजी से बनी उतनी तेजी से टूटी"
	}
	// "Y के समर्थन वाली समितियों को पैसा देना बंद किया": a frame that
	// names the thing after it through वाला/वाली/वाले is ended with that
	// thing (contrastb17.go).
	if s.framedProxyB17(o) {
		window = 8
	}
	flipEnd, flipAt := -1, -1
	for _, r := range rest {
		if r.k > o.k+o.n+window {
			break
		}
		// "Y के कोष को दान देने से हाथ खींच लिया", "Y में निवेश करने से
		// पीछे हट गया": a support pulled back from by a withdrawal frame
		// right after its से (session 16).
		if pol > 0 && r.e.kind == entFrame && withdrawalFrame16(r.e.frame) && s.seBefore16(o.k+o.n, r.k) {
			flip(&withdrawFlip16)
			flipEnd, flipAt = r.k+r.n, r.k
			break
		}
		if r.e.kind == entFlip {
			// "Y की सराहना, Z खत्म करने को कहा …": a comma and a new
			// object before the flipper (fresho12.go).
			if s.commaObjectBetween12(o.k+o.n, r.k) {
				break
			}
			// "X ने Y और Z पर अनुबंध तोड़ने का मुकदमा किया": the
			// breach is the suit's charge, no act of the noun's
			// parties (attach30.go).
			if fr.Symmetric && a.chargedAct30(s, r.k, r.n) {
				break
			}
			// "Y की पेशकश को मजाक बताते हुए ठुकरा दिया" (quote35.go).
			if s.calledClosed35(o, r.k) {
				break
			}
			flip(r.e.flip)
			flipEnd, flipAt = r.k+r.n, r.k
			break
		}
		// "मस्क बोले- 'Y पर भरोसा करना बड़ी भूल'": a label that ends in
		// a flipper word (बड़ी/भारी/ऐतिहासिक गलती or भूल) took the
		// flipper's place; the flipper still ends the support
		// (session 20, FRESH3).
		if r.e.kind == entEval && r.n > 1 && !s.commaObjectBetween12(o.k+o.n, r.k) {
			if fe, fn := a.matchAt(s, r.k+r.n-1, entFlip); fe != nil && fe.flip != nil {
				flip(fe.flip)
				flipEnd, flipAt = r.k+r.n-1+fn, r.k+r.n-1
				break
			}
		}
		// "Y के ठेके खत्म करने की धमकी": a longer frame that opens
		// with a flipper word right after the noun took the flipper's
		// place; the noun is still its object.
		// (Also past one coordinated noun: "ठेके और सब्सिडी खत्म
		// करने की धमकी".)
		// (And past a time or manner phrase midway15 reads:
		// "साझेदारी तत्काल प्रभाव से निलंबित कर दी", session 20.)
		if (r.k == o.k+o.n || r.k == o.k+o.n+2 && isCoordinator(s.w(o.k+o.n)) || r.k > o.k+o.n && r.k == o.k+o.n+midway15(s, o.k+o.n)) && r.e.kind == entFrame {
			if fe, fn := a.matchAt(s, r.k, entFlip); fe != nil && fe.flip != nil && (flipLeadFrame15(o.e.frame) || suspendTie20(o.e.frame, r.e.frame)) {
				flip(fe.flip)
				flipEnd, flipAt = r.k+fn, r.k
				break
			}
		}
	}
	// "Y पर भरोसा करना मेरी ज़िंदगी की सबसे बड़ी भूल थी": support done
	// as an act (the infinitive) and judged a mistake past the window.
	if !flipped && pol > 0 && !fr.Symmetric {
		if j := s.regretPredicate20(ci, o); j >= 0 {
			if fe, _ := a.matchAt(s, j, entFlip); fe != nil && fe.flip != nil {
				flip(fe.flip)
				flipEnd, flipAt = j+1, j
			}
		}
	}
	// "Y के साथ हमारी पार्टनरशिप बोझ बनती जा रही है": a partnership
	// that its own predicate calls bad is an attack on the partner
	// (attach30.go).
	if !flipped && pol > 0 && fr.Kind == "alliance" && a.partnershipJudgedBad30(s, ci, o) {
		pol, kind = -1, "criticism"
	}
	// "X ने Y के साथ हुए करार को 'विश्वासघात' बताया": a deal the
	// agent only judges (attach30.go).
	if !flipped && pol > 0 && fr.Kind == "alliance" && s.dealCalled30(ci, o.k+o.n-1) {
		return
	}
	// "Y का समर्थन वापस नहीं लिया", "मुकदमा वापस नहीं लेंगे": a negated
	// flipper leaves the frame as it was, asserted.
	negFlip := false
	if flipped && flipEnd > 0 {
		for j := flipEnd; j < flipEnd+3 && j < s.sn.b; j++ {
			if s.flag(j)&fwNeg != 0 {
				pol, kind = fr.pol, fr.Kind
				flipped, negFlip = false, true
				break
			}
		}
	}
	if !flipped {
		for _, r := range s.occBefore {
			if r.e.kind != entFlip || r.k >= o.k {
				continue
			}
			// "X ने तोड़ी Y के साथ साझेदारी", "वापस लिया Y का
			// समर्थन": a verb-first headline puts the flipper before
			// the partner (a flipper noun under a postposition, "अंत
			// में Y का धन्यवाद", is no verb).
			// "समझौते की आलोचना": a flipper noun the frame governs
			// through a postposition is its object, no flip.
			// "X ने खत्म की Y से दोस्ती", "रद्द कर दी Y के साथ
			// डील": the flipper's light verb (की is no genitive
			// here) stands between it and the partner.
			e := r.k + r.n
			for j := 0; j < 2 && e < o.k && !s.mentionAt(e) && fliplightVerb[s.w(e)]; j++ {
				e++
			}
			// "Y से नाता नहीं तोड़ा और उनका समर्थन जारी रखा": a
			// coordinator closes the flipper's verb.
			if isCoordinator(s.w(e)) {
				continue
			}
			// "Y से किश्त रोकते हुए पैसा वापस खींच लिया", "नाता
			// तोड़कर …": a participle closes the flipper's own verb;
			// it flips its own object, not a frame after it.
			if participleEnd15(s, r.k+r.n) {
				continue
			}
			if r.k+r.n >= o.k-2 && s.flag(r.k+r.n)&fwPostposition == 0 || (e >= o.k-6 || s.verbFirstReach33b(e, o.k)) && s.mentionAt(e) && s.flag(r.k+r.n-1)&fwPostposition == 0 && (e > r.k+r.n || s.flag(e)&fwPostposition == 0) {
				flip(r.e.flip)
			}
		}
	}
	cl := &s.cls[ci]
	// "Y ने X की ओर से दायर मुकदमे को निपटाने के लिए …", "Y ने X का
	// मुकदमा निपटा दिया": the suit a settlement ends is the suer's
	// (SCHEMA): X → Y; the settling is no stance.
	settled = settled || s.suitEnded28(ci, o, flipAt)
	if settled && fr.Kept && fr.pol < 0 {
		if x := s.suitOwner(ci, o); x >= 0 {
			for _, y := range a.agentsOf(s, ci) {
				if y != x {
					a.add(s, st, x, y, fr.pol, fr.Kind, a.clauseMood(s, cl, o.k), fr.Weight)
				}
			}
		}
		return
	}
	// A frame that means something only when negated ("Y के बिना … संभव
	// नहीं": praise of Y) takes its negated polarity, asserted.
	negOnly := false
	if pol == 0 && !flipped && fr.negPol != 0 && (a.clauseMood(s, cl, o.k) == pipeline.MoodNegated || s.incompleteAfter17(o)) {
		pol, kind, negOnly = fr.negPol, evalKind(fr.negPol), true
	}
	if pol == 0 {
		return
	}
	mood := a.clauseMood(s, cl, o.k)
	if mood == "" && a.futureObject24(s, cl, o) {
		mood = pipeline.MoodFuture // "X, Y पर करेगा मुकदमा" (prec24.go)
	}
	if negOnly || fr.Presupposed && mood == pipeline.MoodFuture {
		mood = s.outerMood12(o.k)
	}
	if negFlip && (mood == pipeline.MoodNegated || mood == pipeline.MoodFuture) && s.onlyNegated(cl) {
		mood = ""
	}
	if mood == "" && s.newsOf(o) {
		mood = pipeline.MoodSpeculative
	}
	// "Y पर आरोप लगाने पर विचार कर रही है", "Y पर मुकदमा करने की
	// तैयारी में है", "अगले हफ्ते Y पर मुकदमा करने वाली है": an act weighed,
	// prepared or about to be done is not yet done (untouched14.go).
	// "Y में निवेश की योजना वापस नहीं ली": a plan of support not
	// withdrawn is still only a plan.
	if negFlip && fr.pol > 0 && planOf19(s, o.k+o.n) > 0 {
		return
	}
	// "Y में निवेश करने की योजना रद्द कर दी", "Y को चंदा देने की
	// तैयारी से पीछे हट गए": support planned and then ended is ended
	// now; the plan is the flipper's object, so the flipper's own words
	// say whether the ending is only planned (session 19).
	if mood == "" && fr.pol > 0 && flipped && flipAt >= 0 {
		if s.plannedAct14(occurrence{k: flipAt, n: flipEnd - flipAt}) {
			mood = pipeline.MoodFuture
		}
	} else if mood == "" && s.plannedAct14(o) {
		mood = pipeline.MoodFuture
	}
	// "दोनों में सुलह चाहता हूं", "X चाहते हैं कि Y … मदद दें": support
	// or a tie wanted is not yet given (a harm wanted, "Y लोकतंत्र
	// खरीदना चाहते हैं", stays a charge).
	if pol > 0 && mood == "" && (s.wantedAfter(o.k+o.n) || cl.kind == ckContent && cl.ki && s.wantedBefore(cl.first())) {
		mood = pipeline.MoodHypothetical
	}
	// "X ने कहा कि वह Y के साथ खड़े रहेंगे / Y का समर्थन जारी
	// रखेंगे": support the speaker pledges to keep up is support now;
	// so are thanks ("वे Y के हमेशा आभारी रहेंगे", thanks27.go).
	if pol > 0 && mood == pipeline.MoodFuture && !fr.Symmetric && !fr.Mutual && (kind == "endorsement" || kind == "defence" || kind == "praise" && s.thanksAt27(o.k)) && a.pledge(s, ci, o, fr, st) {
		mood = ""
	}
	// "X ने कहा कि वह और Y हमेशा दोस्त रहेंगे": a tie said to last
	// always is the tie now (fresho12.go).
	if pol > 0 && mood == pipeline.MoodFuture && fr.Symmetric && s.lastingTie12(ci, o) {
		mood = ""
	}
	// "X ने कहा कि Y देश को दिवालिया कर देगा": a harm foretold in
	// X's words is X's charge now (fresh2_12.go).
	if pol < 0 && mood == pipeline.MoodFuture && cl.kind == ckContent && (kind == "accusation" || kind == "criticism") && (s.ruinPrediction12(o) || fr.Cause) {
		mood = s.outerMood12(o.k)
	}
	// "वह Y के दोस्त बने रहेंगे", "वह सवाल पूछते रहेंगे": what the
	// speaker says will go on holds now (continue12.go).
	if mood == pipeline.MoodFuture && a.continuing12(s, ci, o, fr, st) {
		mood = ""
	}
	if mood == pipeline.MoodNegated && fr.negPol != 0 && pol == fr.pol {
		// "X ने कभी नहीं कहा कि Y पर भरोसा नहीं किया जा सकता": the
		// words are denied as a whole (precision12.go).
		if s.parentDenied(o) {
			return
		}
		// "X ने Y से मिलने से इनकार नहीं किया": a refusal frame carries
		// its own negation (इनकार); a negator after it denies the
		// refusal (session 18).
		if a.refusalDenied18(s, cl, o) {
			return
		}
		pol, mood, kind = fr.negPol, s.outerMood12(o.k), negatedKind28(fr)
		// "X ने कभी नहीं कहा कि Y पर भरोसा नहीं किया जा सकता": the
		// saying is denied, as for an evaluative (evalMood; session 15).
		if s.parentDenied(o) {
			mood = pipeline.MoodNegated
		}
		if mood == "" && s.asksYesNo12(cl, o.k) {
			mood = pipeline.MoodQuestion // "क्या X ने Y का फोन नहीं उठाया?" (continue12.go)
		}
	}
	if mood == pipeline.MoodNegated && pol > 0 && pol == fr.pol && (s.noLonger12(cl, o.k) || s.noLongerStays23(cl, o)) {
		pol, mood, kind = -1, s.outerMood12(o.k), "rupture"
	}
	// "Y पर कौन भरोसा करेगा?": a who-would question says no one would
	// (rhetoricalWho): the negated polarity, asserted.
	if pol > 0 && pol == fr.pol && fr.negPol != 0 && s.screen&swWh != 0 && (s.rhetoricalWho(cl, o.k+o.n-1) || s.rhetoricalHow12(cl, o.k+o.n-1)) {
		pol, mood, kind = fr.negPol, "", evalKind(fr.negPol)
	}
	// "मुकदमे में समझौते के तहत Y को … डॉलर दिए", "Y को हर्जाना दिया": money
	// paid to settle a case is no donation (SCHEMA).
	if kind == "donation" && s.settlementPayment() {
		return
	}
	// "दोनों को सुलह कर लेनी चाहिए": a call for peace between two is
	// not yet peace (a call to back someone is the speaker's backing:
	// "पार्टी को X के पीछे एकजुट होना चाहिए"; a demand against someone
	// stays an act: "माफी मांगनी चाहिए").
	if pol > 0 && mood == "" && (fr.Symmetric || fr.Mutual || kind == "reconciliation") && s.shouldAfter(o.k+o.n) {
		mood = pipeline.MoodHypothetical
	}
	// "X, Y के साथ गठबंधन करने के लिए बातचीत कर रहे हैं": a relation
	// sought is a plan, not yet made.
	if pol > 0 && mood == "" && (fr.Symmetric || fr.Mutual) && s.purposeForm(o) {
		mood = pipeline.MoodHypothetical
	}
	weight := fr.Weight
	// "Y के साथ साझेदारी के ऐलान के बाद X ने …": the tie of the
	// phrase's own parties, not X's (support16.go).
	if pol > 0 && pol == fr.pol && s.tieTimed16(o) {
		a.readTieTimed16(s, st, ci, o, mood, weight)
		return
	}
	if fr.Mutual {
		a.readMutual(s, st, ci, o.k, pol, kind, mood, weight)
		return
	}
	// "X अपने दोस्त Y को बचा रहे हैं" in Z's words: the tie is part
	// of the charge, not asserted.
	if fr.Symmetric && pol > 0 && s.shieldCl == ci {
		return
	}
	if fr.Symmetric {
		// "X बनाम Y:", "X-Y विवाद:", "X-Y विवाद से Z ने बनाई दूरी": a
		// headline label naming a dispute gives no stance by itself
		// (SCHEMA); the sentences do.
		if pol < 0 && s.f.name == "title" && s.disputeLabel(o) {
			return
		}
		// "… खत्म कर दिया। दोनों के बीच यह करार पिछले साल …": a deal
		// pointed back to (यह, वह, इस, उस) is the one told before; that
		// sentence gave its stance (session 23).
		if pol > 0 && kind == "alliance" && s.pointedBack23(o) && !s.dealMadeBack32(o) {
			return
		}
		// "X ने Y के साथ साझेदारी की (जमकर) तारीफ की", "… साझेदारी पर
		// भरोसा जताया": praising a tie with Y is X's stance towards Y
		// (SCHEMA: the speaker's only); the tie is not read as formed.
		if pol > 0 && kind == "alliance" && s.tiePraised(o) {
			if ag := a.agentsOf(s, ci); len(ag) == 1 {
				if y := a.affirmedPartner(s, ci, o, ag[0]); y >= 0 {
					a.add(s, st, ag[0], y, pol, "praise", mood, weight)
				}
			}
			return
		}
		ids := a.participants(s, ci, o.k, st, kind == "alliance")
		// "X और Y बनाम Z: …": one side's names (fresho12.go).
		if s.versusSameSide12(ci, o, ids) {
			return
		}
		// "हॉफमैन बनाम मस्क: एक्स पर छिड़ी तकरार": a quarrel the
		// headline asserts after the label is the label's pair's.
		if len(ids) < 2 && pol < 0 && s.f.name == "title" {
			if p := s.labelPair(ci); len(p) == 2 {
				ids = p
			}
		}
		// "X बनाम Y: अदालत में …" over a body: each side is credited
		// only when the body carries its words or act (gaps21.go).
		if pol < 0 && s.f.name == "title" && len(ids) == 2 && s.st != nil && s.st.body16 != nil && s.versusLabel21(o) {
			for i, x := range ids {
				if y := ids[1-i]; a.sideActsAt36(st, s.st.body16, x, y) {
					a.add(s, st, x, y, pol, kind, mood, weight)
				}
			}
			return
		}
		// "X बोले- Y मेरे दोस्त": the speaker's stance only.
		if cl.kind == ckContent {
			if sp := a.speakers(s, ci, st, nil); len(sp) == 1 && containsInt(ids, sp[0]) {
				// "X ने बताया कि उसने Y के साथ साझेदारी की है": a tie
				// its teller made is made, both ways (recall15.go).
				if pol > 0 && kind == "alliance" && len(ids) == 2 && (s.tieMadeByAgent15(ci, o) || s.tieMadeInFrame24(ci, o)) {
					a.add(s, st, ids[0], ids[1], pol, kind, mood, weight)
					a.add(s, st, ids[1], ids[0], pol, kind, mood, weight)
					return
				}
				// "(Z के चेयरमैन) X ने कहा कि Y के साथ हुआ करार …": a
				// deal done is his company's, both ways (SCHEMA); an
				// affirmation of it stays his (below).
				if z := a.ownOrg(st, sp[0]); pol > 0 && kind == "alliance" && len(ids) == 2 && z >= 0 && s.tieDone(o) {
					y := ids[0]
					if y == sp[0] {
						y = ids[1]
					}
					if y != z && !a.isPerson[y] && !a.isDeal[y] {
						a.add(s, st, z, y, pol, kind, mood, weight)
						a.add(s, st, y, z, pol, kind, mood, weight)
						return
					}
				}
				// "X ने कहा कि Y के साथ उनका झगड़ा दुखद है": the
				// speaker's own quarrel is mutual (sour27.go).
				if pol < 0 && kind == "rivalry" && len(ids) == 2 && s.ownQuarrel27(o.k) {
					a.add(s, st, ids[0], ids[1], pol, kind, mood, weight)
					a.add(s, st, ids[1], ids[0], pol, kind, mood, weight)
					return
				}
				for _, t := range ids {
					a.add(s, st, sp[0], t, pol, kind, mood, weight)
				}
				return
			}
			// "(Z के सीईओ) X ने कहा कि Y के साथ Z की साझेदारी पहले
			// जितनी मजबूत है": a chief who affirms his company's tie
			// speaks for himself (SCHEMA): X → Y.
			if sp := a.speakers(s, ci, st, nil); pol > 0 && len(ids) == 2 && len(sp) == 1 && a.isPerson[sp[0]] && s.tieAffirmed(o) {
				own := func(e int) bool { return a.tiedTo(st, sp[0], e) }
				if own(ids[0]) != own(ids[1]) {
					t := ids[0]
					if own(t) {
						t = ids[1]
					}
					a.add(s, st, sp[0], t, pol, kind, mood, weight)
					return
				}
			}
		}
		// "X ने कहा कि Y के साथ साझेदारी पहले जितनी ही मजबूत है": a tie
		// with Y affirmed, its other side unsaid, is the speaker's: X → Y.
		if len(ids) == 0 && cl.kind == ckContent && pol > 0 && kind == "alliance" && len(a.agentsOf(s, ci)) == 0 && (s.tieAffirmed(o) || s.tieAffirmed(occurrence{k: o.k, n: 1}) || s.tieSealed(o)) {
			if sp := a.speakers(s, ci, st, nil); len(sp) == 1 {
				if y := a.affirmedPartner(s, ci, o, sp[0]); y >= 0 {
					a.add(s, st, sp[0], y, pol, kind, mood, weight)
					return
				}
			} else if a.jointAffirm16(s, ci, o, sp) {
				// "X और Y ने संयुक्त बयान में कहा कि उनकी साझेदारी …
				// उपयोगी रही है": each speaker affirms the tie with
				// the other (support16.go).
				a.add(s, st, sp[0], sp[1], pol, kind, mood, weight)
				a.add(s, st, sp[1], sp[0], pol, kind, mood, weight)
				return
			}
		}

		// "X ने A और B के साथ साझेदारी की": the agent with each
		// coordinated partner (fresho12.go).
		if a.coordPartners(s, st, ci, o, pol, kind, mood, weight) {
			return
		}
		// "…: गूगल और मेटा से नए करार", "मेटा के साथ …, गूगल से
		// साझेदारी": two partners of someone else are not each other's.
		if len(ids) == 2 && s.partnerOnly(ci, ids[0]) && s.partnerOnly(ci, ids[1]) {
			return
		}
		// "Y के साथ तीखी तकरार के बाद X ने …": a quarrel presupposed
		// is hostile both ways (SCHEMA).
		if pol < 0 && len(ids) == 2 && s.quarrelBefore(o.k, o.n) {
			a.add(s, st, ids[0], ids[1], pol, kind, mood, weight)
			a.add(s, st, ids[1], ids[0], pol, kind, mood, weight)
			return
		}
		// "X ने Y के साथ गठबंधन तोड़ा", "X, Y से अलग हो गए": with one
		// actor and a partner marked से/के साथ, directed.
		ag := a.agentsOf(s, ci)
		if len(ag) == 0 {
			var bare []int
			partner := false
			for _, i := range s.inClause(ci) {
				c := s.chunks[i]
				switch {
				case c.ent < 0:
				case c.mk == mkBare && !c.possessed:
					bare = appendNew(bare, c.ent)
				case c.mk == mkSe || c.mk == mkSaath:
					partner = true
				}
			}
			if len(bare) == 1 && partner {
				ag = bare
			}
		}
		// "X ने Y के साथ साझेदारी की": an alliance formed binds both
		// sides (SCHEMA convention 1), when they are of one kind (a
		// chairman's company's deal is the company's).
		// (SCHEMA: a person who makes or announces an agreement is the
		// party to it, both ways: "अंबानी ने गूगल के साथ गठबंधन का ऐलान
		// किया" — and so is his company when the story names it.)
		if len(ag) == 1 && containsInt(ids, ag[0]) && pol > 0 && kind == "alliance" && a.isPerson[ag[0]] && len(ids) == 2 && s.agreementAt(o) {
			y := ids[0]
			if y == ag[0] {
				y = ids[1]
			}
			if !a.isPerson[y] && !a.isDeal[y] {
				a.add(s, st, ag[0], y, pol, kind, mood, weight)
				a.add(s, st, y, ag[0], pol, kind, mood, weight)
				if z := a.ownOrg(st, ag[0]); z >= 0 && z != y {
					a.add(s, st, z, y, pol, kind, mood, weight)
					a.add(s, st, y, z, pol, kind, mood, weight)
				}
				return
			}
		}
		if len(ag) == 1 && containsInt(ids, ag[0]) && !(pol > 0 && kind == "alliance" && a.oneKind(ids)) {
			for _, t := range ids {
				a.add(s, st, ag[0], t, pol, kind, mood, weight)
			}
			return
		}
		for i := range ids {
			for j := range ids {
				if i != j {
					a.add(s, st, ids[i], ids[j], pol, kind, mood, weight)
				}
			}
		}
		return
	}
	// "X ने कहा कि Y पर बेवजह हमले हो रहे हैं", "Y को बिना वजह निशाना
	// बनाया गया": an attack with no doer of its own that the speaker
	// calls unjustified is his defence of its target.
	// An attack said plainly in the passive or as a happening ("… कि Y को
	// निशाना बनाया जा रहा है", "Y पर हमले हो रहे हैं") is no one's stance: not the speaker's act (a charge is
	// still his: "Y की कहानी गढ़ी गई है").
	if pol < 0 && cl.kind == ckContent && !a.hasDoer(s, ci, o.k) {
		if s.unjustifiedAt(o) && (s.ownedCharge(o) || a.rebuttedCritic14(s, ci, o, st)) {
			return
		} else if s.unjustifiedAt(o) {
			pol, kind = 1, "defence"
		} else if (kind == "criticism" || kind == "mockery" || kind == "threat") && (s.passiveFinite(o.k+o.n-1) || s.happening(o.k+o.n) && s.parBefore(ci, o.k)) {
			return
		}
	}
	// "X ने आरोप लगाया कि Y को सरकारी मदद मिली": a favour told inside
	// a charge is no one's support, least of all the accuser's.
	if pol > 0 && cl.kind == ckContent && cl.ki && cl.parent >= 0 && s.chargeClause(cl.parent) && len(a.agentsOf(s, ci)) == 0 && !a.ownClaim33a(s, ci, o, kind) {
		return
	}
	// "(X ने कहा कि) Y …, जिन्हें … की सजा दी जा रही है": a passive
	// done to the relative's head has no doer in the story.
	if cl.kind == ckRel && fr.pol < 0 && s.relObject(cl) && s.passiveFinite(o.k+o.n) {
		return
	}
	// "(X ने कहा,) 'जो लोग उन पर हमला कर रहे हैं, वे …'": the relative
	// is the act's subject; its head is no one tracked.
	if s.relSubject(ci, o.k) || s.freeRelAgent19(ci, o.k) {
		return
	}
	srcs := a.sources(s, ci, o.k, fr, st, rd.srcs)
	// "X ने कहा कि उसे समर्थकों से चंदा मिल रहा है": received from no
	// one tracked, not given by the speaker (tied31.go).
	if pol > 0 && cl.kind == ckContent && s.receivedNoGiver31(ci, o) {
		return
	}
	// "X ने कहा कि Y का बिल देश को दिवालिया कर देगा": Y's thing is the
	// doer, not the speaker the words fall back to (fresh2_12.go).
	if pol < 0 && cl.kind == ckContent {
		if y := a.possessedDoer12(s, ci, o, fr); y >= 0 {
			srcs = append(srcs[:0], y)
		}
	}
	// "X ने मुकदमा दायर किया। मुकदमे में Z को भी प्रतिवादी बनाया गया
	// है": the agentless passive's doer is the suit's filer (left31.go).
	if len(srcs) == 0 && kind == "lawsuit" {
		if e := a.suitFiler31(s, ci, o); e >= 0 {
			srcs = append(srcs, e)
		}
	}
	// "(X ने कहा कि) Y के विभाग/फैसलों ने सरकार को कमजोर किया": a harm
	// done by something of Y's, in someone's words, is Y's doing (as
	// readEvaluation reads the owner of a possessed doer).
	if pol < 0 && len(srcs) == 0 && cl.kind == ckContent {
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.mk == mkMod && c.ent >= 0 && c.pron == 0 && c.at < o.k && s.w(c.at) == "ने" && s.genitiveBetween(c.end, c.at) {
				srcs = append(srcs, c.ent)
				break
			}
		}
	}
	// "(X ने कहा कि) Y के बिना यह संभव नहीं था": the speaker's praise;
	// the thing that was not possible (a deal, a project) is no source.
	if negOnly {
		if cl.kind == ckContent {
			srcs = a.speakers(s, ci, st, srcs[:0])
		}
		n := 0
		for _, e := range srcs {
			if !a.isDeal[e] {
				srcs[n] = e
				n++
			}
		}
		srcs = srcs[:n]
	}
	// "Y की तारीफ करने वाले X ने …", "… X के खिलाफ": the participle's
	// name is its doer, whatever the clause's agent.
	if k := s.participleDoer(o.k, o.n); k >= 0 {
		if c := s.chunkAt(k); c != nil && c.ent >= 0 {
			srcs = append(srcs[:0], c.ent)
		} else {
			return
		}
	}
	// "बोले- मस्क सच्चे देशभक्त, शोरूमों पर हमले आतंकवाद": an act on
	// someone untracked after a comma is not the subject's before it.
	if pol < 0 && len(srcs) > 0 && s.untrackedSlot(o) {
		n := 0
		for _, e := range srcs {
			keep := true
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.ent == e && c.mk == mkBare && c.tok < o.k {
					for k := c.end; k < o.k; k++ {
						if s.w(k) == "," {
							keep = false
						}
					}
				}
			}
			if keep {
				srcs[n] = e
				n++
			}
		}
		if srcs = srcs[:n]; n == 0 {
			return
		}
	}
	// "‘मोदी मेरे दोस्त’, ट्रंप के बयान पर पीएम का जवाब": a plain
	// reply to someone's statement (not to a charge or a threat) is no
	// attack on him.
	if pol < 0 && fr.Weight <= 1 && fr.GenSource {
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.mk == mkPar && c.possessed && c.ent >= 0 && c.tok < o.k && isGenitive(s.w(c.end)) && speechNoun(s.w(c.end+1)) && c.at == c.end+2 {
				return
			}
		}
	}
	// "Y से नाता तोड़ने के बाद X का नया दांव": the one named after के
	// बाद did the act in the oblique infinitive before it.
	if len(srcs) == 0 {
		if t := o.k + o.n; s.w(t) == "के" && (s.w(t+1) == "बाद" || s.w(t+1) == "बावजूद") && strings.HasSuffix(s.w(t-1), "ने") {
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; c.tok > t+1 && c.ent >= 0 && c.pron == 0 && (c.mk == mkBare || isGenitive(s.w(c.end)) || s.w(c.end) == "ने") {
					srcs = append(srcs, c.ent)
					break
				}
			}
		}
	}
	// "X पहुंचे Z, Y की सराहना": a headline's verbless frame after a
	// comma (title26.go).
	if len(srcs) == 0 {
		if x := a.titleCarry26(s, ci, o, st); x >= 0 {
			srcs = append(srcs, x)
		}
	}
	rd.srcs = srcs
	// "Y का नाम लिए बिना X ने कहा कि <neutral words>" (precision15.go).
	if len(srcs) == 1 && a.namelessNeutral15(s, o, srcs[0]) {
		return
	}
	tgts := a.targetsOf(s, ci, o.k, fr, flipped, srcs, st, rd.tgts)
	if len(tgts) == 0 && len(srcs) == 1 {
		tgts = a.brokenWith(s, ci, o.k, st, fr, flipped, pol, srcs[0], tgts)
	}
	// "X ने Y को चिट्ठी भेजकर आरोप लगाया कि उसने …" (wfix24.go).
	if len(tgts) == 0 && len(srcs) == 1 && pol < 0 && fr.Kind == "accusation" {
		if e := a.letterAddressee24(s, o, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "X ने Y को खुला पत्र लिखकर तीखे सवाल पूछे" (target25.go).
	if len(tgts) == 0 && len(srcs) == 1 && pol < 0 {
		if e := a.letterTarget25(s, ci, o, fr, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "X ने Y के ताजा बयान पर कानूनी नोटिस भेजा" (owner26.go); not for
	// a polarity a flipper or a negation gave ("Y की नीतियों से भरोसा
	// नहीं लौटा").
	if len(tgts) == 0 && len(srcs) > 0 && pol != 0 && pol == fr.pol {
		if e := a.artefactOwner26(s, ci, o, fr, kind, srcs); e >= 0 {
			tgts = append(tgts, e)
		} else if e := a.happenedIn26(s, ci, o, fr, kind, srcs); e >= 0 {
			tgts = append(tgts, e)
		} else if e := a.accountOwner26(s, ci, o, fr, srcs); e >= 0 {
			tgts = append(tgts, e)
		} else if e := a.artefactSubject26(s, ci, o, kind, srcs, st); e >= 0 {
			tgts = append(tgts, e)
		} else if e := a.calledInfLabel35(s, ci, o, srcs); e >= 0 {
			tgts = append(tgts, e) // "Y की योजना को 'देश को कंगाल करने का नुस्खा' बताया" (cross35.go)
		} else if e := a.againstAct26(s, ci, o, fr, kind, srcs, st); e >= 0 {
			// "X ने Y के खिलाफ चल रहे अभियान में पैसा लगाया": backing an
			// act against Y attacks Y; anger at it takes Y's side.
			tgts = append(tgts, e)
			pol = -pol
			if kind = "criticism"; pol > 0 {
				kind = "defence"
			}
		}
	}
	rd.tgts = tgts
	// "Y की रैली को संबोधित करते हुए X ने कहा कि …": a frame whose
	// target is only a genitive or a के लिए owner (the rally's) takes
	// none from the words.
	if len(tgts) == 0 && !fr.Retort && !(genOnly(fr.Target) && !fr.Content) {
		// "आरोप लगाया कि Y …", "तंज कसते हुए पूछा कि क्या Y …": the
		// content's subjects.
		for cj := ci + 1; cj < len(s.cls) && cj <= ci+3; cj++ {
			// "X का तंज- 'अब Y को …'", "X का आरोप: Y …": a jibe's or
			// a charge's words in quotes or after a colon or dash are
			// about its target too (their subject; an agent there acts
			// on its own: "X के आरोप: Y ने किया खारिज"). A plain reply
			// (weight ≤ 1: "X का जवाब- 'Y महान'") is judged by its words.
			words := s.cls[cj].kind == ckContent && fr.Weight > 1 && (kind == "mockery" || kind == "accusation" || kind == "criticism" || kind == "threat" && a.threatWords17(s, ci, cj, srcs))
			// "तंज कसा कि यह 'मित्रकाल' है, जिसमें Y के मित्रों …": a
			// relative clause of words naming no one (silent36b.go).
			relw := len(tgts) == 0 && s.relUnderWords36b(ci, cj, kind)
			if p := s.cls[cj].parent; !relw && p != ci && !(words && p > ci && s.cls[p].parent == ci && (len(s.cls[p].toks) == 0 || (kind == "accusation" || s.cls[cj].quoted) && s.punctLink25(p))) || !relw && !s.cls[cj].ki && !words && !(kind == "accusation" && s.kiContinued(cj)) {
				continue
			}
			// "X ने … अभियान चलाया और वह मानते हैं कि …": the words
			// after another subject's speech verb are not the act's.
			if e, co := s.laterSubject(ci); e >= 0 && co > o.k && s.cls[cj].parent == ci {
				continue
			}
			// "‘…’, ट्रंप ने ओबामा पर साधा निशाना": words before a
			// frame whose object someone untracked fills are not about
			// its target.
			if s.cls[cj].first() < o.k && s.untrackedSlot(o) {
				continue
			}
			// "आरोप लगाया कि X, Y को बचा रहे हैं और अगर Y उनके मित्र
			// नहीं हैं तो …": a condition after the charged words names
			// no one charged (polarity36.go).
			if len(tgts) > 0 && s.condAfterCharge36(cj) {
				continue
			}
			plain := !relw && !s.cls[cj].ki && !s.cls[cj].quoted && !(kind == "accusation" && s.kiContinued(cj))
			// "X का आरोप- Y ने …": the charge's words (dropped25.go).
			if plain && words && kind == "accusation" && a.chargeAgent25(s, cj, o) {
				plain = false
			}
			// "धमकी दी कि अगर … तो X पर शुल्क लगेगा": a threat's
			// words name the one it falls on.
			// (Not when it has an addressee of its own: "यूरोप को
			// चेतावनी दी कि अगर उसने गूगल पर …".)
			threat := kind == "threat" && s.cls[cj].ki && !s.hasObject(ci)
			n := len(tgts)
			subj := -1
			for _, i := range s.inClause(cj) {
				if c := s.chunks[i]; (c.mk == mkBare || c.mk == mkAgent && !plain || threat && (c.mk == mkPar || c.mk == mkKo || c.mk == mkKhilaf)) && c.ent >= 0 && !containsInt(srcs, c.ent) && !s.boughtObject24(cj, c) {
					// "आरोप लगाया कि X ने Z जैसे उद्योगपतियों की मदद
					// के लिए …": the words' subject is the one charged;
					// a later name of another group is what the subject
					// acts on or for (precision13.go).
					if s.laterNominal13(subj, c) || kind == "mockery" && s.predicateOwner30(subj, c) {
						continue
					}
					if subj < 0 {
						subj = i
					}
					tgts = appendNew(tgts, c.ent)
				}
			}
			// "X का तंज- 'A, Y को जिंदा निगल जाएगा'": the one to be
			// swallowed (wrong26.go).
			if pol < 0 && len(tgts) > n {
				if e := s.devoured26(cj, srcs); e >= 0 {
					tgts = append(tgts[:n], e)
				}
			}
			// "तंज कसते हुए कहा कि हवाई अड्डे Y के एक खास दोस्त को सौंपे
			// जा रहे हैं": a jibe's words with no one tracked acting
			// mock the one they name as an owner.
			if len(tgts) == n && (kind == "mockery" && (s.cls[cj].ki || relw) || kind == "threat" && (s.cls[cj].ki || words) && a.threatWords17(s, ci, cj, srcs)) {
				for _, i := range s.inClause(cj) {
					if c := s.chunks[i]; c.possessed && c.ent >= 0 && c.pron == 0 && c.mk != mkPlace && c.mk != mkMod && !containsInt(srcs, c.ent) {
						tgts = appendNew(tgts, c.ent)
					}
				}
			}
			// "तंज कसते हुए लिखा कि Y को … हिसाब देना चाहिए": the
			// dative subject of a modal of duty (freshp12.go).
			if len(tgts) == n && (kind == "mockery" || kind == "criticism" || kind == "accusation") && s.cls[cj].ki {
				if e := s.dativeSubject(cj, srcs); e >= 0 {
					tgts = appendNew(tgts, e)
				}
			}
			// "आरोप लगाया कि Y का सोशल मीडिया मंच मतदाताओं को भरमा रहा
			// है": the owner of the words' subject (clause26.go).
			if len(tgts) == n && (kind == "mockery" || kind == "criticism" || kind == "accusation") && (s.cls[cj].ki || words) {
				tgts = a.ownedSubject26(s, cj, srcs, tgts)
			}
			// "आरोप लगाया कि Y को सरकारी मदद मिली", "… कि सरकार ने Y
			// को ठेके दिए": with no one tracked acting in the charge,
			// the one it says was favoured is accused.
			if len(tgts) == n && kind == "accusation" && (s.cls[cj].ki || s.kiContinued(cj)) {
				for _, i := range s.inClause(cj) {
					if c := s.chunks[i]; c.mk == mkKo && c.ent >= 0 && c.pron == 0 && !containsInt(srcs, c.ent) {
						tgts = appendNew(tgts, c.ent)
					}
				}
			}
		}
	}
	// "… ने जवाब में कहा कि …": the reply's content decides.
	replySpeaks := false
	for j := o.k + o.n; j < o.k+o.n+3 && j < s.sn.b; j++ {
		if s.flag(j)&fwSpeech != 0 {
			replySpeaks = true
		}
	}
	// "इसके जवाब में Y के सीईओ X ने लिखा कि …", "X ने जवाब में दावा
	// किया कि …": a reply that frames its own words is judged by them
	// (precision14.go).
	if !replySpeaks && fr.Retort && len(srcs) == 1 && a.replyWords14(s, ci, o, srcs[0]) {
		replySpeaks = true
	}
	// "X ने जवाब में Y को 'धोखेबाज' कहा": the reply's addressee
	// (attach30.go).
	if len(tgts) == 0 && fr.Retort && len(srcs) == 1 && !(replySpeaks && fr.Weight <= 1) && !s.rejectsCharge25(ci) {
		if e := s.retortAddressee30(ci, o, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	if len(tgts) == 0 && fr.Retort && len(srcs) == 1 && !(replySpeaks && fr.Weight <= 1) && !s.rejectsCharge25(ci) {
		atk, ok := st.attackedBy[srcs[0]]
		if !ok {
			// "गूगल का माइक्रोसॉफ्ट पर आरोप, X का पलटवार": the
			// attacker of the source's organisation.
			for p := range a.affil {
				if p[0] == srcs[0] {
					if x, found := st.attackedBy[p[1]]; found && x != srcs[0] {
						atk, ok = a.retortHead35b(st, srcs[0], x), true
					}
				}
			}
		}
		if !ok && s.answersBefore() && st.lastAgent >= 0 && st.lastAgent != srcs[0] && !a.tiedTo(st, srcs[0], st.lastAgent) {
			// "X ने … का आरोप लगाया। इस पर Y ने आपत्ति जताई": the one
			// who acted in the sentence before.
			atk, ok = st.lastAgent, true
		}
		if s.thisRemarkBefore(o.k) && st.lastAgent >= 0 && st.lastAgent != srcs[0] {
			atk, ok = st.lastAgent, true
		}
		if !ok && a.counterLast35b(s, st, o, srcs[0]) { // "… । X ने पलटवार किया" (mutual35b.go)
			atk, ok = st.lastAgent, true
		}
		if ok && praisedBy11(st, srcs[0], atk) {
			ok = false
		}
		if ok {
			tgts = append(tgts, atk)
		} else if fr.Polarity == pipeline.Hostile {
			// "X ने … किया, Y भड़के": angry at the one who acted.
			for _, c := range s.chunks {
				if c.tok >= o.k {
					break
				}
				if c.clause != ci && c.mk == mkAgent && c.ent >= 0 && c.ent != srcs[0] && c.tok > o.k-40 {
					tgts = appendNew(tgts, c.ent)
				}
			}
		}
	}
	// "Y ने धन्यवाद कहा": thanks with no one thanked answer the last
	// one supportive of Y (supporter).
	// (Not with anyone else named in the clause: "“एलन, आने के लिए
	// शुक्रिया”" thanks the one addressed.)
	if len(tgts) == 0 && pol > 0 && len(srcs) == 1 && thanksWord(s.w(o.k)) && !s.namesOtherIn(ci, srcs[0]) && !s.thankedCrowd24(o.k) {
		if e := a.supporter(st, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "X ने स्टारगेट के लिए … का वादा दोहराया और परियोजना की तारीफ
	// की": the project the story has just named.
	if len(tgts) == 0 && pol != 0 && len(srcs) > 0 {
		if e := a.dealAnaphor(s, st, o.k, fr); e >= 0 && !containsInt(srcs, e) {
			tgts = append(tgts, e)
		}
	}
	// "(X ने कहा कि) Y ने नियम तोड़े हैं और Z अदालत गई है": a suit
	// with no defendant of its own is against the one the clause just
	// before charges.
	if len(tgts) == 0 && kind == "lawsuit" && len(srcs) > 0 && ci > 0 && isClauseJoin(s.w(s.cls[ci-1].last())) {
		for _, i := range s.inClause(ci - 1) {
			c := s.chunks[i]
			if c.mk != mkAgent || c.ent < 0 || c.pron != 0 || containsInt(srcs, c.ent) || a.tiedTo(st, srcs[0], c.ent) {
				continue
			}
			// Only after a wrong the clause charges him with (someone
			// tracked has just attacked him).
			if _, hit := st.attackedBy[c.ent]; hit {
				tgts = appendNew(tgts, c.ent)
			}
		}
	}
	// "X ने आरोपों को (चुनाव से पहले की) साजिश करार दिया": a charge
	// called a conspiracy attacks its author (charge15.go).
	if len(tgts) == 0 && pol < 0 && len(srcs) == 1 && s.chargeCalled15(o.k) {
		if atk, ok := a.chargeAuthor15(st, srcs[0]); ok && atk != srcs[0] {
			tgts = append(tgts, atk)
		}
	}
	doer := false
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
			doer = true
		}
	}
	if len(tgts) == 0 && !doer && cl.kind == ckContent {
		// "X के बारे में Y ने लिखा, 'इस आदमी पर भरोसा नहीं …'".
		if t := a.topicOf(s, cl.parent); t >= 0 {
			tgts = append(tgts, t)
		}
	}
	// A headline's "…, X ने फिर उड़ाया मज़ाक": an attack with no
	// object of its own is on the one other person the headline names.
	// A plain reply with its words after it ("X का जवाब- '…'") is
	// judged by them.
	// Not when the frame has an object of its own that is no one
	// tracked ("X बोले- Y से नाराज नहीं, पर रूस से निराश").
	// A headline's "X ने Y की योजना को दिया समर्थन, Z ने (भी) की तारीफ":
	// a praise with an agent and no object of its own praises what the
	// clause before acted on.
	if len(tgts) == 0 && pol > 0 && (kind == "praise" || kind == "endorsement") && fr.targets[mkGen] && s.f.name == "title" && len(srcs) == 1 && ci > 0 && cl.kind == ckMain && s.cls[ci-1].kind == ckMain && hasAgent(s, ci) && !ownObject(s, cl, o.k, fr) && !s.objectMarked(cl) {
		for _, i := range s.inClause(ci - 1) {
			c := s.chunks[i]
			if c.ent < 0 || c.ent == srcs[0] || c.pron != 0 {
				continue
			}
			switch c.mk {
			case mkKo, mkPar, mkGen, mkSaath, mkPrati:
				if c.mk != mkGen || c.head >= 0 {
					tgts = appendNew(tgts, c.ent)
				}
			}
		}
	}
	// "X बोले- Z महान नेता, Y ने भी की तारीफ" (also31.go).
	if len(tgts) == 0 && pol != 0 && len(srcs) == 1 && ci > 0 && cl.kind == ckMain && hasAgent(s, ci) && !ownObject(s, cl, o.k, fr) && !s.objectMarked(cl) {
		if e := a.alsoJudged31(s, ci, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "A ने B के अभियान को दिए N डॉलर, C ने कसा तंज" (bg32.go).
	if len(tgts) == 0 && pol < 0 && kind == "mockery" && s.f.name == "title" && len(srcs) == 1 && ci > 0 && cl.kind == ckMain && s.cls[ci-1].kind == ckMain && hasAgent(s, ci) && !ownObject(s, cl, o.k, fr) && !s.objectMarked(cl) {
		if e := s.jibeOnDoer32(ci-1, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "गूगल ने उतारा नया मॉडल, X ने दी बधाई": a praise with an agent and
	// no object after a clause whose deed acts on no one tracked praises
	// its one tracked doer.
	if len(tgts) == 0 && pol > 0 && kind == "praise" && s.f.name == "title" && len(srcs) == 1 && ci > 0 && cl.kind == ckMain && s.cls[ci-1].kind == ckMain && hasAgent(s, ci) && !ownObject(s, cl, o.k, fr) && !s.objectMarked(cl) {
		tgts = s.priorDoer20(ci-1, srcs[0], tgts)
	}
	// "स्टारगेट का ऐलान: …, X ने सराहा", "ओपनएआई पर जुर्माना: X
	// ने उड़ाया मज़ाक" (clause26.go).
	if len(tgts) == 0 && pol != 0 && len(srcs) == 1 {
		if e := a.headlineTopic26(s, st, ci, o, pol, kind, srcs[0]); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	if len(tgts) == 0 && pol < 0 && s.f.name == "title" && len(srcs) == 1 && (kind == "mockery" || kind == "criticism") && !(fr.Weight <= 1 && s.saysWords(ci)) && !ownObject(s, cl, o.k, fr) {
		other, free := -1, false
		for _, c := range s.chunks {
			if c.ent < 0 || c.ent == srcs[0] || !a.isPerson[c.ent] || c.clause == ci {
				continue
			}
			if s.fellowDoer(ci, c) {
				continue
			}
			if other >= 0 && other != c.ent {
				other = -2
				break
			}
			other = c.ent
			// (Named only as a sibling clause's doer: siblingDoer20.)
			free = free || !s.siblingDoer20(ci, c, o.k, srcs[0], fr.Retort)
		}
		if other >= 0 && free {
			tgts = append(tgts, other)
		}
	}
	// (Not a relative whose own agent, जिन्होंने/जिसने, stands for
	// nobody tracked: relAgentBlocked14.)
	if len(srcs) == 0 && len(tgts) > 0 && (cl.kind == ckContent && !s.genericSubject(ci, o.k) || cl.kind == ckRel && !s.circumstance(cl) && !relAgentNobody14(s, cl) && !relOwnAgent29(s, cl)) {
		srcs = a.speakers(s, ci, st, srcs)
	}
	// "'बधाई हो एलन!'": in quoted words, the name thanked or praised is
	// addressed, not acting.
	if len(tgts) == 0 && pol > 0 && cl.quoted && len(srcs) > 0 && !hasAgent(s, ci) && !s.subjectActs35(ci, o.k, srcs) {
		if sp := a.speakers(s, ci, st, nil); len(sp) > 0 {
			a.emit(s, st, sp, srcs, pol, kind, mood, weight)
			return
		}
	}
	// A headline's "X बोले- Y से रिश्ते पहले जैसे, समर्थन जारी रहेगा",
	// "Y के … पर X की चुप्पी टूटी, पर समर्थन बरकरार": a support with no
	// object of its own goes on to the partner of the part before.
	if len(tgts) == 0 && pol > 0 && kind == "endorsement" && s.f.name == "title" && !ownObject(s, cl, o.k, fr) {
		if cs, ct := a.carriedPartner(s, ci, o, srcs, st); ct >= 0 {
			srcs, tgts = cs, append(tgts, ct)
		}
	}
	// "X ने लिखा कि Y को हर चीज पर नियंत्रण चाहिए" (target25.go).
	if len(tgts) == 0 && pol < 0 && kind == "accusation" && cl.kind == ckContent && len(srcs) > 0 {
		if ds := a.dativeDoers25(s, ci, o, srcs, st); len(ds) > 0 {
			srcs = ds
		}
	}
	// "X ने कहा कि गूगल का नया सहायक Z की नकल करता है", "… कि Y सरकार
	// ने … खुश किया और किसानों की अनदेखी की" (clause26.go).
	if len(tgts) == 0 && pol < 0 && (kind == "accusation" || kind == "criticism") && cl.kind == ckContent && len(srcs) > 0 {
		if ds := a.ownerDoers26(s, ci, o, srcs, st); len(ds) > 0 {
			srcs = ds
		} else if ds := a.conjunctDoers26(s, ci, o, srcs, st); len(ds) > 0 {
			srcs = ds
		}
	}
	if pol > 0 && cl.kind == ckContent && len(srcs) > 0 && len(tgts) > 0 && a.backingToldBySpeaker(s, ci, o, st, srcs, tgts, mood, weight) {
		return // "X ने कहा कि Y उनके साथ खड़े रहे": X → Y (precision12.go)
	}
	// Reported speech: an act whose outcome is good (outcomes.yaml: built,
	// saved, lifted, jobs brought), done by a tracked doer and told by a
	// tracked speaker, is the speaker's praise of the doer (session 22;
	// the bad outcomes are read as every hostile act below).
	if len(tgts) == 0 && pol > 0 && fr.outcome && cl.kind == ckContent && len(srcs) > 0 {
		for _, x := range a.speakers(s, ci, st, nil) {
			for _, d := range srcs {
				if x != d && s.namedInClause15(ci, d) {
					a.add(s, st, x, d, pol, kind, mood, weight)
				}
			}
		}
		jointDoers22(st, srcs, mood)
		return
	}
	// Reported speech: a hostile act by a tracked doer on nobody tracked,
	// or on the speaker himself ("ओपनएआई ने उनके साथ विश्वासघात किया"),
	// is the speaker's charge against the doer.
	var sp []int
	onSpeaker := false
	if pol < 0 && cl.kind == ckContent && len(srcs) > 0 {
		sp = a.speakers(s, ci, st, nil)
		for _, x := range sp {
			if containsInt(tgts, x) || kind != "lawsuit" && a.ownOrgTarget23(st, x, srcs, tgts) {
				tgts, onSpeaker = tgts[:0], true
			}
		}
	}
	if onSpeaker && fr.Report {
		// "X ने कहा, 'Y ने मुझ पर सवाल उठाए'": the doer's criticism of
		// the speaker (session 18).
		a.emit(s, st, srcs, sp, pol, kind, mood, weight)
		return
	}
	// "X ने कहा कि Y ने Z को धोखा दिया": a wrongdoing by Y, told by a
	// tracked speaker, is also the speaker's charge against Y (gaps21.go);
	// Y's act on Z is read on below.
	if len(tgts) > 0 && !onSpeaker && pol < 0 && kind == "accusation" && cl.kind == ckContent && !fr.Report && !fr.Cause && a.wrongdoing21(s, ci, o, tgts) {
		for _, x := range sp {
			for _, d := range srcs {
				if x != d && !containsInt(tgts, x) && s.namedInClause15(ci, d) {
					a.add(s, st, x, d, pol, "accusation", mood, weight)
				}
			}
		}
	}
	if len(tgts) == 0 && pol < 0 && cl.kind == ckContent && len(srcs) > 0 && !fr.Report && !fr.Cause && (kind == "accusation" || kind == "criticism" && !questionRaised18(s, o) || onSpeaker && speakerWrong(kind) && hasAgent(s, ci)) {
		for _, x := range sp {
			for _, d := range srcs {
				// (Not doers who are only the words' speakers: "X-Y:
				// 'रिश्ता' पर सवाल" names no doer in the words; session 15.)
				if x != d && (len(sp) < 2 || s.namedInClause15(ci, d)) {
					a.add(s, st, x, d, pol, "accusation", mood, weight)
				}
			}
		}
		jointDoers22(st, srcs, mood)
		return
	}
	// "X के आरोपों पर Y का जवाब": only what Y says counts (a plain reply
	// attacks no one, and the charge is not asserted as X's act);
	// "X की धमकी पर Y का पलटवार": X's act on Y is presupposed.
	if pol < 0 && len(srcs) > 0 {
		var accusers []int
		akind := "accusation"
		charged := false
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || !c.possessed || c.mk != mkPar || !containsInt(tgts, c.ent) || !isGenitive(s.w(c.end)) {
				continue
			}
			// The charge is what पर marks ("X के आरोपों पर"), not the
			// object of a denial before a later पर ("X के आरोपों का
			// खंडन करते हुए उस पर …"). A charge only presupposed as
			// what is answered asserts no X → Y (SCHEMA.md; the blind
			// files of sessions 20–22 leave it out), and a plain reply
			// to it attacks no one: the answer's words decide.
			if s.flag(c.end+1)&fwCharge != 0 {
				if c.at == c.end+2 {
					charged = true
				}
				continue
			}
			// "X की धमकी पर Y का जवाब- '…'", "X के तंज पर Y का
			// पलटवार": X's hostile act is presupposed, and Y is the one
			// it was aimed at. (A bare "… पर Y का जवाब" is still read
			// as the lexicon's hostile reply.)
			if fr.Weight <= 1 && !s.saysWords(ci) {
				continue
			}
			if e, _ := a.matchAt(s, c.end+1, entFrame); e != nil && e.frame.pol < 0 && !e.frame.Symmetric {
				accusers = append(accusers, c.ent)
				akind = e.frame.Kind
			}
		}
		if charged && len(accusers) == 0 && fr.Weight <= 1 {
			return
		}
		if len(accusers) > 0 {
			for _, x := range accusers {
				for _, y := range srcs {
					a.add(s, st, x, y, -1, akind, mood, weight)
				}
			}
			if fr.NoAgent {
				return
			}
		}
	}
	// "X की अपील पर Y का जवाब- 'X महान नेता'": a plain reply with its
	// words after it is judged by them, not as an attack on X.
	if pol < 0 && fr.Weight <= 1 && fr.GenSource && s.saysWords(ci) {
		return
	}
	// "नडेला ने कहा कि माइक्रोसॉफ्ट ओपनएआई के साथ है": a company's chief
	// (or other affiliated person) who says his organisation backs Y
	// speaks for himself (SCHEMA.md: only a spokesperson speaks for the
	// company).
	// So does one who says his organisation scorns, mocks or will not
	// work with Y ("जुकरबर्ग ने कहा कि मेटा Y के साथ काम नहीं करेगा",
	// "नडेला ने कहा कि माइक्रोसॉफ्ट ने उसे नचा दिया"; session 18); a
	// suit or a charge stays the organisation's.
	if cl.kind == ckContent && len(srcs) == 1 && !a.isPerson[srcs[0]] && !a.isDeal[srcs[0]] {
		switch kind {
		case "endorsement", "alliance", "praise", "defence", "criticism", "mockery", "rupture":
			if sp := a.speakers(s, ci, st, nil); len(sp) == 1 && a.isPerson[sp[0]] && a.tiedTo(st, sp[0], srcs[0]) {
				srcs = append(srcs[:0], sp[0])
			}
		}
	}
	// "X ने Y पर और Y ने X पर आरोप लगाए": each
	// agent with the target after it.
	if pairs := a.gapped(s, ci, o.k, fr, flipped); len(pairs) > 1 {
		for _, p := range pairs {
			a.add(s, st, p[0], p[1], pol, kind, mood, weight)
		}
		return
	}
	if pol < 0 {
		tgts = s.withOwners(ci, tgts, srcs)
	}
	a.emit(s, st, srcs, tgts, pol, kind, mood, weight)
}

// gapped pairs each ne-agent of a clause with the targets that follow it
// up to the next agent (a gapped coordination shares one verb).
func (a *Analyzer) gapped(s *sentCtx, ci, at int, fr *Frame, flipped bool) [][2]int {
	var out [][2]int
	agent, groups := -1, 0
	lastGrp := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok > at || c.ent < 0 {
			continue
		}
		if c.mk == mkAgent {
			if c.group != lastGrp {
				groups++
				lastGrp = c.group
			}
			agent = c.ent
			continue
		}
		if agent >= 0 && (fr.targets[c.mk] && c.mk != mkGen || c.mk == mkGen && fr.targets[mkGen] && (c.head == at || isGenitive(s.w(c.end))) || flipped && c.mk == mkSe) {
			out = append(out, [2]int{agent, c.ent})
		}
	}
	if groups < 2 {
		return nil
	}
	return out
}

// pair is the story's current pair: the last two acting on each other,
// else the last two named.
func (a *Analyzer) pair(st *storyState) []int {
	if st.hasPair {
		return []int{st.lastPair[0], st.lastPair[1]}
	}
	var out []int
	for j := len(st.recent) - 1; j >= 0 && len(out) < 2; j-- {
		// "… Y के ट्विटर का जवाब …। दोनों ने एक-दूसरे का मजाक
		// उड़ाया": a person and his own company are not the two
		// (refer19.go).
		if len(out) == 1 && a.ownPair19(st, out[0], st.recent[j]) {
			if a.isPerson[st.recent[j]] {
				out[0] = st.recent[j] // the person, not his company
			}
			continue
		}
		out = appendNew(out, st.recent[j])
	}
	return out
}

// agentsOf returns the ne-agents of clause ci.
func (a *Analyzer) agentsOf(s *sentCtx, ci int) []int {
	var out []int
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 {
			out = appendNew(out, c.ent)
		}
	}
	return out
}

// emit adds a stance from every source to every target (-2: each other).
func (a *Analyzer) emit(s *sentCtx, st *storyState, srcs, tgts []int, pol int8, kind, mood string, weight float64) {
	for _, t := range tgts {
		if t == -2 {
			for _, x := range srcs {
				for _, y := range srcs {
					if x != y {
						a.add(s, st, x, y, pol, kind, mood, weight)
					}
				}
			}
			continue
		}
		for _, x := range srcs {
			if x != t {
				a.add(s, st, x, t, pol, kind, mood, weight)
			}
		}
	}
}

// participants are the two parties of a relation frame: the distinct
// names of the clause nearest the frame (or "दोनों": the last pair).
func (a *Analyzer) participants(s *sentCtx, ci, at int, st *storyState, tie bool) []int {
	var ids []int
	both := false
	idx := s.inClause(ci)
	a.partnerPron(s, st, idx, at)
	group, oneGroup := -1, true
	var jp jointParty17
	for j := len(idx) - 1; j >= 0; j-- {
		c := s.chunks[idx[j]]
		// "दोनों के समर्थक एक-दूसरे से उलझे": the pair only owns the
		// ones who act, and एक-दूसरे is theirs (words.yaml
		// follower_nouns; session 23).
		if c.pron == fwBoth && c.tok < at && isGenitive(s.w(c.end)) && s.class(c.end+1)&cwFollower23 != 0 {
			return nil
		}
		if c.pron == fwBoth || c.recip {
			both = true
			continue
		}
		if c.tok < at && c.ent >= 0 && c.mk != mkPlace && c.mk != mkAbout && (c.mk != mkMod || c.pron != 0) && !a.isDeal[c.ent] && !s.commaClauseBetween(c, at) && !s.conjunctBetween(c, at) && !(tie && c.mk != mkAgent && c.mk != mkBare && s.conjunctiveBetween22(c.end+1, at)) {
			// "गूगल के सुंदर पिचाई उनके दोस्त हैं": the organisation
			// only says whose the person is.
			if j+1 < len(idx) && a.orgOfPerson(c, s.chunks[idx[j+1]]) {
				continue
			}
			if !containsInt(ids, c.ent) {
				jp.see(c)
			}
			ids = appendNew(ids, c.ent)
			if group >= 0 && c.group != group {
				oneGroup = false
			}
			group = c.group
		}
	}
	// "X, Y और Z ने साझेदारी की": every pair of one coordinated group
	// (at most four); "X और Y ने Z के साथ साझेदारी की": a tie's group
	// and its one partner (paradigm17; tie: the frame is an alliance —
	// "X और Y ने Z से सुलह की" does not reconcile X with Y); else the
	// last two named.
	if len(ids) > 2 && !(len(ids) <= 4 && (oneGroup || tie && jp.joint(len(ids)))) {
		ids = ids[:2]
	}
	for _, i := range idx {
		c := s.chunks[i]
		if len(ids) >= 2 {
			break
		}
		if c.tok > at && c.ent >= 0 && c.mk != mkPlace && c.mk != mkAbout && c.mk != mkMod && !a.isDeal[c.ent] && !s.ownPartAfter23(ci, at, c) {
			ids = appendNew(ids, c.ent)
		}
	}
	if len(ids) < 2 && (both || s.cls[ci].kind == ckContent) {
		if p := a.coParties16(s, ci, at, st, idx, both); len(p) == 2 {
			ids = p
			if s.bothFirms20(idx) {
				ids = a.firmsPair20(st, p)
			}
		}
	}
	if len(ids) < 2 && both && st.hasPair && !a.bothUntracked11(s, s.bothTok11(idx)) {
		ids = a.bothPair(s, st, idx)
	} else if len(ids) == 0 && both && s.bothBetween15(idx) && !a.bothUntracked11(s, s.bothTok11(idx)) {
		// "… डोनाल्ड ट्रंप के बारे में की गई पोस्ट पर अफसोस। दोनों के
		// बीच तीखा झगड़ा हुआ था": with no pair acting yet, the last
		// two of one kind named (recall15.go).
		if p := a.bothTarget(s, st, s.bothTok11(idx), nil); len(p) == 2 {
			ids = p
		} else if p := a.speakerPair28(s, ci, st, idx); len(p) == 2 {
			ids = p // "X ने … कहा कि दोनों के बीच …" (both28.go)
		}
	}
	// "X ने Y के साथ करार किया और Z के साथ साझेदारी की": the
	// conjunct before gives its agent (long24.go).
	if len(ids) == 1 && tie {
		if x := a.conjunctParty24(s, ci, at, idx); x >= 0 && x != ids[0] {
			ids = append(ids, x)
		}
	}
	// "X ने कहा कि Y के साथ उनका रिश्ता खत्म": the speaker is
	// the other party — when the words refer to him (उनका, उनकी …).
	self := false
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwGenPron || c.pron == fwAgentPron || c.pron == fwSubjPron {
			self = true
		}
	}
	// (Not when a बीच phrase names both sides itself, one untracked:
	// "X का दावा: Y और वित्त मंत्री के बीच नोकझोंक" reports a quarrel
	// the speaker is no side of; session 18.)
	if len(ids) == 1 && s.cls[ci].kind == ckContent && (self || !s.cls[ci].ki) && (self || !s.betweenSide18(idx, ids[0])) {
		sp := a.speakers(s, ci, st, nil)
		// "X ने कहा कि Z चुप हैं क्योंकि Y उनके करीबी दोस्त हैं": a
		// genitive pronoun after another person the words name is
		// that person, not X — a tie between two others in X's words.
		if !a.genPronOfOther(s, ci, at, ids[0], sp) {
			for _, x := range sp {
				ids = appendNew(ids, x)
			}
		}
	}
	// "X ने कहा कि Y … और वह उनके अच्छे दोस्त हैं": in X's words a
	// subject pronoun with उनके after it (not अपने) is not X: it is the
	// one named before, and the genitive pronoun is X himself.
	if len(ids) < 2 && self && s.cls[ci].kind == ckContent {
		if sp := a.speakers(s, ci, st, nil); len(sp) == 1 {
			for _, i := range idx {
				c := s.chunks[i]
				if c.pron != fwSubjPron || c.tok >= at || !s.genPronBefore(c.tok, at) {
					continue
				}
				if e := a.nearestBefore(s, st, c.tok, sp[0], true); e >= 0 && e != sp[0] {
					ids = []int{e, sp[0]}
				}
				break
			}
		}
	}
	if len(ids) < 2 {
		return nil
	}
	return ids
}

// betweenSide18 reports a बीच phrase among the chunks at idx whose
// tracked side is e ("Y और वित्त मंत्री के बीच").
func (s *sentCtx) betweenSide18(idx []int, e int) bool {
	for _, i := range idx {
		if c := &s.chunks[i]; c.mk == mkBetween && c.ent == e {
			return true
		}
	}
	return false
}

// withdrawFlip16 turns a support into its withdrawal.
var withdrawFlip16 = Flipper{Supportive: "hostile", Hostile: "none", Kind: "rupture", onSup: -1, onHos: 0}

// withdrawalFrame16: a hostile rupture frame of a ने-agent that takes
// what is left by से (हाथ खींच-, पीछे हट-, किनारा कर-, दूरी बना-).
func withdrawalFrame16(fr *Frame) bool {
	return fr != nil && fr.pol < 0 && fr.Kind == "rupture" && !fr.Symmetric && fr.targets[mkSe]
}

// seBefore16 reports that the words from j up to the frame at k are से,
// or an oblique infinitive and से ("देने से", "करने से"), and after it
// at most three words of time or manner with no name, postposition से
// or punctuation ("दान से आखिरी समय पर हाथ खींच लिया").
func (s *sentCtx) seBefore16(j, k int) bool {
	if w := s.w(j); j+1 < k && w != "ने" && strings.HasSuffix(w, "ने") {
		j++
	}
	// "Y में निवेश के दूसरे चरण से हाथ खींच लिए": a part of the support
	// named by a genitive and up to two words before the से (session 17).
	if isGenitive(s.w(j)) {
		j = s.partSe17(j, k)
	}
	if s.w(j) != "से" || k-j-1 > 3 {
		return false
	}
	for m := j + 1; m < k; m++ {
		if !s.isWord(m) || s.mentionAt(m) || s.w(m) == "से" {
			return false
		}
	}
	return true
}

// withdrawnFor18 reports that "के लिए" at k qualifies the thing a
// withdrawal frame at at leaves by से: up to seven plain words after
// लिए (a participle, a demonstrative, a place, a genitive: "Y के लिए
// टेक्सास में बन रहे इस केंद्र से", "Y के लिए होने वाले डिनर की मेजबानी
// से"), one से, and up to three words of time or manner before the
// frame, with no name, punctuation, clause word, agent or object marker
// between.
func (s *sentCtx) withdrawnFor18(k, at int) bool {
	if s.w(k) != "के" || s.w(k+1) != "लिए" || at-k > 12 {
		return false
	}
	se := -1
	for m := k + 2; m < at; m++ {
		w := s.w(m)
		if !s.isWord(m) || s.mentionAt(m) || s.inMention(m) || isCoordinator(w) {
			return false
		}
		switch w {
		case "से":
			if se >= 0 {
				return false
			}
			se = m
		case "ने", "को", "कि", "लिए", "जो", "जिसे", "जिसमें":
			return false
		}
	}
	return se > k+2 && at-se-1 <= 3 && se-(k+2) <= 7
}

// coParties16 is the pair a "दोनों" or a plural pronoun subject (वे,
// उन्होंने) of a tie means when no pair is named in its own clause: the
// two tracked speakers who say the words together ("X और Y ने कहा कि
// दोनों ने/उन्होंने साझेदारी खत्म कर दी"), else for दोनों the two named
// coordinated before it in the sentence or as the subject a few
// sentences back, outside anyone's words ("X और Y ने बैठक की। दोनों ने
// साझेदारी की"; session 16). Nil when none.
func (a *Analyzer) coParties16(s *sentCtx, ci, at int, st *storyState, idx []int, both bool) []int {
	pron := -1
	for _, i := range idx {
		c := s.chunks[i]
		if c.tok >= at {
			break
		}
		if c.pron == fwBoth && !c.recip && s.w(c.tok) == "दोनों" || !both && c.ent < 0 && (c.pron == fwAgentPron || c.pron == fwSubjPron) && (s.w(c.tok) == "उन्होंने" || s.w(c.tok) == "वे") {
			pron = c.tok
		}
	}
	if pron < 0 {
		return nil
	}
	if s.cls[ci].kind == ckContent {
		if sp := a.speakers(s, ci, st, nil); len(sp) == 2 && sp[0] != sp[1] {
			return []int{sp[0], sp[1]}
		}
	}
	// (In someone else's words "दोनों" is theirs to mean: "एक मंत्री ने
	// X और Y के झगड़े पर कहा कि दोनों दोस्त हैं" gives no tie.)
	if !both || s.cls[ci].kind == ckContent || a.bothUntracked11(s, pron) {
		return nil
	}
	for j := 0; j+1 < len(s.chunks) && s.chunks[j+1].tok < pron; j++ {
		x, y := s.chunks[j], s.chunks[j+1]
		if x.pron == 0 && y.pron == 0 && x.ent >= 0 && y.ent >= 0 && x.ent != y.ent && x.end+1 == y.tok && isCoordinator(s.w(x.end)) && s.w(x.end) != "," {
			return []int{x.ent, y.ent}
		}
	}
	if s.recentCo() && s.co.n == 2 {
		return []int{s.co.ents[0], s.co.ents[1]}
	}
	return a.bothGroup18(s, st, pron)
}

// commaClauseBetween reports a comma between chunk c (before k) and k
// that closes a clause rather than a list: c is marked by a postposition
// and words follow it before the comma ("Y पर भरोसा नहीं, Z से रिश्ते
// खत्म") and a name follows the comma; a listed name stands right
// before its comma ("X, Y और Z").
func (s *sentCtx) commaClauseBetween(c chunk, k int) bool {
	// The frame's own clause names a partner after the comma ("…, Z
	// से रिश्ते"); without one the partner reaches across ("Y से बहस में
	// रुचि नहीं, रिश्ता खत्म").
	return s.phraseEndsBefore(c, k, func(w string) bool { return w == "," }, false)
}

// phraseEndsBefore reports that chunk c (before k), marked by a
// postposition and followed by words of its own, ends at a separator
// (isSep) after which a name stands before k. With nameStops, a name
// between c and the separator means c is not on its own.
func (s *sentCtx) phraseEndsBefore(c chunk, k int, isSep func(string) bool, nameStops bool) bool {
	if s.flag(c.at)&fwPostposition == 0 {
		return false
	}
	words := 0
	for j := c.at + 1; j < k; j++ {
		if isSep(s.w(j)) {
			if words == 0 {
				return false
			}
			for m := j + 1; m < k; m++ {
				if s.mentionAt(m) {
					return true
				}
			}
			return false
		}
		if nameStops && s.mentionAt(j) {
			return false
		}
		if s.isWord(j) {
			words++
		}
	}
	return false
}

// encounterPartner is the tracked name marked के साथ right before a
// meeting noun (बैठक, मुलाकात, बातचीत …) that precedes k in clause ci
// ("Y के साथ बातचीत", "Y के साथ हाल की मुलाकात"), or -1.
func (s *sentCtx) encounterPartner(ci, k int) int {
	return s.saathPartner(ci, k, func(w string) bool {
		switch w {
		case "बैठक", "मुलाकात", "बातचीत", "चर्चा", "भेंट", "वार्ता":
			return true
		}
		return false
	})
}

// tiePartner is encounterPartner for a deal or a tie as well ("Y के
// साथ करार", "Y के साथ साझेदारी"): the partner marked के साथ before k.
func (s *sentCtx) tiePartner(ci, k int) int {
	if e := s.encounterPartner(ci, k); e >= 0 {
		return e
	}
	return s.saathPartner(ci, k, func(w string) bool {
		switch w {
		case "करार", "सौदा", "सौदे", "साझेदारी", "समझौता", "समझौते", "गठबंधन":
			return true
		}
		return false
	})
}

// saathPartner is the first tracked name in clause ci marked के साथ
// before k with a noun of the kind (within five words) after its
// postposition, or -1.
func (s *sentCtx) saathPartner(ci, k int, kind func(string) bool) int {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.mk != mkSaath || c.ent < 0 || c.pron != 0 || c.tok >= k {
			continue
		}
		for j := c.at; j < k && j <= c.at+5; j++ {
			if kind(s.w(j)) {
				return c.ent
			}
		}
	}
	return -1
}

// genPronBefore reports a genitive pronoun of the third person (उनके,
// उनका, उनकी) between from and the frame at at.
func (s *sentCtx) genPronBefore(from, at int) bool {
	for j := from + 1; j < at; j++ {
		switch s.w(j) {
		case "उनके", "उनका", "उनकी":
			return true
		}
	}
	return false
}

// readEvaluation reads a praising or damning word: "X ने Y को झूठा
// बताया" (X calls Y), or inside X's words "Y झूठे हैं".
func (a *Analyzer) readEvaluation(s *sentCtx, ci int, o occurrence, st *storyState, rd *reader) bool {
	ev := o.e.eval
	cl := &s.cls[ci]
	// "… Y के दावे को झुठलाने की हिम्मत नहीं" (attach30.go).
	if s.lackedAct30(o) {
		return true
	}
	// "X ने कहा कि … और उन्होंने जो किया वह बुरा था" (correl31.go).
	if a.correlativeDeed31(s, ci, o, st) {
		return true
	}
	// "X ने कहा कि Y … कर रहे हैं, जो दिखावा है" (silent36b.go).
	if a.clauseDeed36b(s, ci, o, st) {
		return true
	}
	// "Y ने नियमों का बोझ घटाकर …": a bad thing reduced or ended is said
	// of no one (attach30.go).
	if ev.pol < 0 && a.evalEnded30(s, o) {
		return true
	}
	// "X ने कहा कि Y (के आरोप) गलत हैं": a weak word only denies Y's
	// claim, no stance; said knowing it false, or a strong word said of
	// a claim ("आरोपों को बेतुका बताया"), it attacks (claims27.go).
	if weak, edged := a.weakClaim27(s, o); weak {
		return true
	} else if edged && a.knowingReply27(s, ci, o, st) {
		return true
	} else if edged || a.strongClaim27(s, o) {
		atk := *ev
		atk.Attack = true
		ev = &atk
	}
	// "Y को सदी की सबसे बड़ी गलती बताया": the superlative's own word
	// starts an evaluation of its own, read instead (eval22.go).
	if o2, ok := a.superlativeInner22(s, o); ok {
		return a.readEvaluation(s, ci, o2, st, rd)
	}
	// "Y को 'एक नाराज पूर्व साझेदार' बताया", "Y हर नाकामी की साझेदार
	// रही हैं": praise undone by what it is said of (precision14.go).
	if ev.pol > 0 && (a.praiseUndone14(s, o) || s.tieInCharge16(ev.pol, o) || s.competitionJudged20(ci, o.k) || a.superlativeUndone22(s, o) || s.memberRelative32(ci, o)) {
		return true
	}
	// "X ने कहा कि Y को निशाना बनाना गलत है": an attack on Y
	// condemned defends Y (precision17.go).
	if ev.pol < 0 && cl.kind == ckContent && a.defendedBy17(s, ci, o, st) {
		return true
	}
	// "अच्छी तरह पता है": an adverb; "मजबूत करने के लिए": making
	// something so — no judgement of a person. (A manner entry of its
	// own, "शानदार ढंग से", judges the doer of the verb after it:
	// session 30.)
	switch s.w(o.k + o.n) {
	case "तरह", "ढंग", "तरीके", "तरीका", "तरीकों", "कर", "करने", "करना", "करते", "करती", "करके", "बनाने", "बनाना", "बनाते", "बनाकर":
		if s.w(o.k+o.n-1) != "से" || o.n < 2 {
			return true
		}
	}
	// "जो लोग Y की रैली में आए, वे बेवकूफ हैं": the correlative
	// subject is the relative's head, no one tracked.
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.corr && c.mk == mkBare && c.tok < o.k && !s.chunkWithin(c.end, o.k) {
			return true
		}
	}
	// "उनकी कंपनी का ग्रोक उससे कहीं बेहतर है": a comparison with
	// something, no judgement of a person.
	than := func(k int) bool {
		switch s.w(k) {
		case "से":
			return s.w(k-1) != "फिर" && !(ev.pol < 0 && adverbSe11(s.w(k-1))) // "फिर से महान": again; "राजनीतिक रूप से पक्षपाती": a manner
		case "उससे", "इससे", "उनसे", "इनसे":
			return true
		}
		return false
	}
	// "Y जांच से डरे हुए हैं", "Y सवालों से घबरा गए": a से phrase
	// before a participle is what the state comes from, no comparison.
	participle := false
	for _, j := range [2]int{o.k + o.n - 1, o.k + o.n} {
		switch s.w(j) {
		case "हुए", "हुई", "हुआ", "हुईं", "गए", "गई", "गया", "गईं":
			participle = j > o.k
		}
	}
	// ("अंदर से डरे हुए": an adverb, not the cause.)
	switch s.w(o.k - 2) {
	case "अंदर", "भीतर", "बाहर", "दिल", "मन":
		participle = false
	}
	if !participle && (than(o.k-1) || than(o.k-2) && (s.w(o.k-1) == "कहीं" || s.w(o.k-1) == "बहुत" || s.w(o.k-1) == "काफी" || s.w(o.k-1) == "ज्यादा")) {
		return true
	}
	// "X ने Y को 'कॉमरेड कमला' कहकर पुकारा", "X ने लिखा- 'स्कैम
	// ऑल्टमैन'": a hostile word fused with a name in a quoted nickname
	// mocks the one named.
	if ev.pol < 0 {
		if e := s.quotedNickname(o.k, o.n); e >= 0 {
			// The name is the nickname's, never its speaker.
			srcs := dropEnt(a.sources(s, ci, o.k, nil, st, rd.srcs), e)
			if len(srcs) == 0 {
				srcs = dropEnt(a.speakers(s, ci, st, srcs), e)
			}
			for _, i := range s.inClause(ci) {
				if c := s.chunks[i]; len(srcs) == 0 && c.mk == mkAgent && c.ent >= 0 && c.ent != e && c.tok < o.k {
					srcs = append(srcs, c.ent)
				}
			}
			rd.srcs = srcs
			if len(srcs) > 0 {
				pol, mood := a.evalMood(s, o, ev.pol, a.clauseMood(s, cl, o.k))
				a.emit(s, st, srcs, []int{e}, pol, evalKind(pol), mood, 1.5)
				return true
			}
		}
	}
	// Calling: a को-object and a calling verb after the word (or, in a
	// headline, before it: "X को बताया झूठा").
	calling := false
	for j, end := o.k+o.n, o.k+o.n+4; j < end && j < s.sn.b; j++ {
		// "Y के टैक्स और खर्च बिल को ऐतिहासिक करार दिया": a word before
		// the object's को is in the object, not the label (session 29,
		// objectBeforeLabel29).
		if objectBeforeLabel29(s, o, j) {
			break
		}
		// "Y को सबसे समझदार कारोबारियों में से एक बताया": the
		// partitive "में से एक" stands between the word and the verb.
		if s.w(j) == "में" && s.w(j+1) == "से" && s.w(j+2) == "एक" {
			end += 3
		}
		// "Y के आरोपों को राजनीति से प्रेरित और तथ्यों से परे बताया": a
		// second predicate coordinated before the verb.
		if isCoordinator(s.w(j)) && j > o.k+o.n-1 && end < o.k+o.n+9 {
			end += 4
		}
		// "Y को 'तानाशाही प्रवृत्ति वाला नेता' बताया": a quote mark or
		// a वाला head of the label takes no slot (fresho12.go).
		if end < o.k+o.n+8 && labelSlack12(s, j) {
			end++
		}
		if s.flag(j)&fwCall != 0 {
			calling = true
			break
		}
	}
	// "Y को 'तानाशाही की ओर बढ़ता नेता' कहा": the word inside a
	// quoted label of any length that a calling verb closes
	// (recall2_15.go).
	if !calling && s.quotedLabel15(o.k, o.n) {
		calling = true
	}
	// "इस केस को Y की '… मुहिम' का ताजा अध्याय बताया": a label run on
	// to a carrier noun (eval22.go).
	if !calling && s.longLabel22(o.k, o.n) {
		calling = true
	}
	for j := o.k - 1; !calling && j >= o.k-8 && j >= s.sn.a; j-- {
		if s.flag(j)&fwCall == 0 {
			continue
		}
		for b := j - 1; b >= j-5 && b >= s.sn.a; b-- {
			if s.w(b) == "को" {
				calling = true
			}
		}
		// "X ने बताया Y के बिल को घिनौना": the verb first, its
		// को-object between it and the word.
		for b := j + 1; b < o.k && s.cid[j-s.sn.a] == s.cid[o.k-s.sn.a]; b++ {
			if s.w(b) == "को" {
				calling = true
			}
		}
	}
	// "Y को अपना 'A' और 'B' बताया": a label of one's own, however
	// long the labels coordinated after it (precision13.go).
	if !calling && s.ownLabel13(o) {
		calling = true
	}
	if calling {
		srcs := a.sources(s, ci, o.k, nil, st, rd.srcs)
		// "Z ने मुकदमे को 'X की ओर से चलाए जा रहे … अभियान' बताया":
		// the one calling stands before the label (bf32.go).
		if p := s.labelAgentOpen32(o); p >= 0 {
			srcs = a.sources(s, ci, p, nil, st, srcs)
		}
		// "X ने Y से बात की और उन्हें अद्भुत इंसान बताया": the
		// agent of the clause before carries on.
		if cl.kind == ckMain && ci > 0 && s.cls[ci-1].kind == ckMain && len(srcs) == 0 && !untrackedAgent(s, ci) {
			for _, i := range s.inClause(ci - 1) {
				if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 {
					srcs = appendNew(srcs, c.ent)
				}
			}
		}
		rd.srcs = srcs
		var tgts []int
		denied := false
		lastKo := s.lastKoBefore15(ci, o.k)
		// "X ने Y को बताया 'A और B'": a label the clause cutter made
		// quoted words of the calling clause (eval26.go).
		objs := s.inClause(ci)
		if p := s.calledLabel26(ci); p >= 0 {
			objs, lastKo = s.inClause(p), s.lastKoBefore15(p, o.k)
		}
		for _, i := range objs {
			c := &s.chunks[i]
			if c.mk != mkKo || c.tok > o.k {
				continue
			}
			// "X ने A को तरजीह देने का आरोप लगाते हुए Y को 'B' कहा":
			// a को-object of an act told on the way is not the one
			// called (recall2_15.go).
			if s.koOfOtherAct15(c, lastKo) {
				continue
			}
			// "X ने Y के आरोपों को निराधार बताया": rejecting Y's charge
			// is no stance; calling it a lie (झूठा, मनगढ़ंत, साजिश)
			// attacks Y.
			if !ev.Attack && (c.possessed && s.chargeBetween(c.end, c.at) || s.deniedAct(c) || s.claimDenied(c, ev.W) || s.baselessPron19(c, o.k) || s.saidPronDenied31(c, o.k) || s.claimPronSame32(c, o.k) || s.accuracyDenied22(c)) {
				denied = true
				continue
			}
			if a.actRelabelled(s, c, ci, o.k) {
				continue
			}
			switch {
			case c.recip:
				tgts = append(tgts, -2)
			case c.pron == fwBoth:
				// "X ने दोनों कंपनियों को साथी बताया": the pair or
				// group named before.
				for _, e := range a.bothTarget(s, st, c.tok, srcs) {
					tgts = appendNew(tgts, e)
				}
			case c.second:
				c.ent = a.addressee(s, ci)
				tgts = appendNew(tgts, c.ent)
			case (c.pron == fwTargetPron || c.pron == fwGenPron) && !s.fixedPron(c):
				avoid := -1
				if len(srcs) > 0 {
					avoid = srcs[0]
				}
				c.ent = a.pronTarget(s, st, c.tok, avoid)
				tgts = appendNew(tgts, c.ent)
			case c.corr:
			default:
				tgts = appendNew(tgts, c.ent)
			}
		}
		// "X ने आरोपों को Y की मनगढ़ंत कहानी बताया", "… Y का झूठ":
		// the label's own genitive names the charges' author
		// (charge19.go).
		if len(tgts) == 0 && ev.Attack && len(srcs) == 1 {
			if y := s.labelOwner19(o.k); y >= 0 && y != srcs[0] {
				tgts = append(tgts, y)
			}
		}
		// "X ने इस केस को Y की 'हमें परेशान करने की मुहिम' का अध्याय
		// बताया": the label's owner further back (eval22.go).
		if len(tgts) == 0 && len(srcs) == 1 {
			if y := s.labelOwner22(o.k); y >= 0 && y != srcs[0] {
				tgts = append(tgts, y)
			}
		}
		// "X ने आरोप को झूठ बताया": calling a charge a lie attacks
		// its author (the last one hostile to the speaker) — not when
		// someone untracked has just acted against the speaker.
		if len(tgts) == 0 && ev.Attack && len(srcs) == 1 && !s.untrackedAccused(srcs[0]) {
			// (The label may be a long phrase of its own: "इन आरोपों को
			// एक हारे हुए प्रतिद्वंद्वी की मनगढ़ंत कहानी बताया" — up to
			// eight words back, no one named and no ने between; session 19.)
			for j := o.k - 1; j >= s.sn.a && j >= o.k-8; j-- {
				if s.mentionAt(j) || s.w(j) == "ने" || j < o.k-4 && !s.isWord(j) {
					break
				}
				if s.w(j) == "को" && s.flag(j-1)&fwCharge != 0 {
					if atk, ok := a.chargeAuthor15(st, srcs[0]); ok {
						tgts = append(tgts, atk)
					}
					break
				}
			}
		}
		// "Y के आरोपों पर X ने जवाब दिया। X ने आरोपों को 'साजिश'
		// करार दिया": a bare charge or act named before, called a lie,
		// attacks its owner (recall15.go).
		if len(tgts) == 0 && ev.Attack && len(srcs) == 1 {
			if y := a.bareActOwner15(s, st, o.k); y >= 0 && y != srcs[0] {
				tgts = append(tgts, y)
			} else if y := s.calledChargeOwner34(o.k); y >= 0 && y != srcs[0] {
				tgts = append(tgts, y) // "Y के लगाए आरोपों को झूठा बताया" (reject34.go)
			}
		}
		// "X ने इस परियोजना को … का सबूत बताया": the story's deal
		// (wrong26.go).
		if len(tgts) == 0 && len(srcs) == 1 {
			if d := a.dealCalled26(s, st, ci, o.k); d >= 0 && d != srcs[0] {
				tgts = append(tgts, d)
			}
		}
		// "X ने Y के साथ बातचीत को शानदार बताया": praise of a meeting
		// with Y praises Y.
		if len(tgts) == 0 && ev.pol > 0 {
			if e := s.encounterPartner(ci, o.k); e >= 0 {
				tgts = append(tgts, e)
			}
		}
		if denied && len(tgts) == 0 {
			return true
		}
		if len(tgts) > 0 {
			if len(srcs) == 0 && cl.kind == ckContent {
				srcs = a.speakers(s, ci, st, srcs)
			}
			pol, mood := a.evalMood(s, o, ev.pol, a.clauseMood(s, cl, o.k))
			if pol < 0 {
				tgts = s.withOwners(ci, tgts, srcs)
			}
			a.emit(s, st, srcs, tgts, pol, evalKind(pol), mood, 1.5)
			return len(srcs) > 0
		}
		// "X ने Y की पोस्ट साझा की, जिसमें Y ने Z के जुर्मानों को गलत
		// बताया", Z untracked: the tracked agent is the one calling, not
		// one judged in the sharer's words. (In reported speech, "X ने
		// कहा कि Y ने Z को … बताया" stays the speaker's charge.)
		if cl.kind != ckContent && hasAgent(s, ci) {
			for _, k := range cl.toks {
				if k < o.k && s.w(k) == "को" {
					return false
				}
			}
		}
	}
	// "Y ने भारी गलती की": a blunder made judges its maker (eval23.go).
	// "X ने कहा कि Y की योजना एक आपदा है" (deedposs38.go).
	if ev.CallingOnly && a.readJudgedThing38(s, ci, o, st) {
		return true
	}
	if ev.CallingOnly && !blunderMade23(s, o) {
		// "'मेरे मित्र राष्ट्रपति X'": the speaker's friend.
		switch s.w(o.k - 1) {
		case "मेरे", "मेरा", "मेरी", "हमारे":
			if cl.kind == ckContent {
				if sp := a.speakers(s, ci, st, nil); len(sp) > 0 {
					for _, c := range s.chunks {
						if c.tok > o.k && c.tok <= o.k+3 && c.ent >= 0 && c.pron == 0 {
							a.emit(s, st, sp, []int{c.ent}, ev.pol, evalKind(ev.pol), cl.mood, 1.5)
							return true
						}
					}
				}
			}
		}
		return false
	}
	// Inside someone's words: the subject of the content is judged.
	according := -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAccording && c.ent >= 0 {
			according = c.ent
		}
	}
	if cl.kind != ckContent && !(cl.kind == ckRel && s.flag(cl.relTok)&fwRelAgent == 0) && according < 0 {
		return false
	}
	sp := a.speakers(s, ci, st, nil)
	if according >= 0 {
		sp = []int{according}
	}
	if len(sp) == 0 {
		return false
	}
	// "“यह आरोप बेबुनियाद है,” Y ने कहा": a charge pointed back at
	// and judged baseless is rejected, no stance (a lie attacks its
	// author; "X के दावे गलत हैं" judges X).
	for j := o.k - 1; j >= s.sn.a+1 && j >= o.k-2; j-- {
		if (ev.pol < 0 && !ev.Attack || s.untrue19(o)) && (s.flag(j)&fwCharge != 0 || suitNoun(s.w(j)) || petitionNoun(s.w(j))) && demonstrative(s.w(j-1)) {
			return true
		}
	}
	var tgts []int
	// "X ने कहा कि Y के साथ बैठक शानदार रही": the meeting praised is
	// praise of the one met.
	met := false
	if ev.pol > 0 {
		if e := s.encounterPartner(ci, o.k); e >= 0 && !containsInt(sp, e) {
			tgts, met = append(tgts, e), true
		}
	}
	for _, i := range s.inClause(ci) {
		if met {
			break
		}
		c := &s.chunks[i]
		// "Y बोलीं- X खुद कहते हैं कि वह तानाशाह बनेंगे": in words
		// inside Y's, X who himself (खुद) says it speaks of himself, and
		// his damning words about himself are Y's charge against him.
		if c.pron == fwSubjPron && c.tok < o.k && ev.pol < 0 && len(sp) == 1 && s.selfSays(ci, sp[0]) {
			if outer := a.speakers(s, cl.parent, st, nil); len(outer) == 1 && outer[0] != sp[0] {
				c.ent = sp[0]
				m := a.clauseMood(s, cl, o.k)
				if m == pipeline.MoodFuture {
					m = ""
				}
				pol, mood := a.evalMood(s, o, ev.pol, m)
				a.emit(s, st, outer, []int{sp[0]}, pol, evalKind(pol), mood, 1.5)
				return true
			}
		}
		// (An organisation the pronoun was grounded to stays: "X ने
		// कहा- Y से रिश्ते अच्छे, वे हमारे साझेदार", ground.go.)
		// (Session 30: not "O ने कहा कि वह सबसे अच्छा है": a singular
		// pronoun in an organisation's own words is the organisation.)
		if c.pron == fwSubjPron && c.tok < o.k && !c.corr && !(c.ent >= 0 && !a.isPerson[c.ent] && !containsInt(sp, c.ent)) && !s.quoteTopicPron(c, sp) && !s.pairPron(i) && !a.orgSelf30(s, cl, c, sp) {
			// "X ने कहा कि वह महान नेता हैं": not the speaker.
			c.ent = a.nearestBefore(s, st, c.tok, sp[0], true)
			if c.ent < 0 {
				c.ent = a.topicOf(s, cl.parent)
			}
		}
		// "X ने कहा कि ये दोनों शानदार हैं": the pair named before.
		if c.pron == fwBoth && c.mk == mkBare && c.tok < o.k && !c.recip && !(c.tok+1 < o.k && s.evalAttributive29(o)) {
			for _, e := range a.bothOf(s, st) {
				if !containsInt(sp, e) {
					tgts = appendNew(tgts, e)
				}
			}
			continue
		}
		// "N की हिम्मत सिर्फ X में है": the quality named first, then
		// the one it is found in (session 17).
		if c.tok > o.k && c.ent >= 0 && s.qualityIn17(c, o) {
			tgts = appendNew(tgts, c.ent)
			continue
		}
		if c.tok > o.k || c.ent < 0 {
			continue
		}
		// "X में नेतृत्व की काबिलियत नहीं है", "X में गजब की हिम्मत
		// है": a quality found (or not) in X judges X.
		if c.mk == mkBetween && s.w(c.at) == "में" && !s.grouped(c) && s.qualityOf(c.at, o.k) {
			tgts = appendNew(tgts, c.ent)
		}
		// "X ने कहा कि यह मुकदमा Y की साजिश है": the act pointed back
		// to is Y's doing, the label's owner (left31.go).
		if y := s.labelGenOwner31(c, o.k); y >= 0 {
			tgts = appendNew(tgts, y)
			continue
		}
		if (c.mk == mkBare || c.mk == mkGen && c.head == -1) && !s.likeBeneficiary31(c) {
			tgts = appendNew(tgts, c.ent)
		}
	}
	// "X ने कहा कि Y को … से डर लगता है": the को-marked experiencer
	// of a damning word (eval37b.go; praise read so gave 4 dev fp for
	// 1 tp).
	if len(tgts) == 0 && !met && ev.pol < 0 {
		if e := s.koJudged37b(ci, o, sp); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "… एलिसन, डेल और मर्डोक जैसे निवेशक होंगे। ट्रंप ने कहा कि ये सब
	// बेहतरीन लोग हैं": the people named in the sentence before.
	if len(tgts) == 0 && s.listField == s.f && s.listSent == s.nsent-1 && s.allOfThem(cl, o.k) {
		for _, e := range s.listEnts {
			if !containsInt(sp, e) {
				tgts = appendNew(tgts, e)
			}
		}
	}
	if len(tgts) == 0 {
		// "X की सोच हमेशा से खतरनाक रही है": the owner of the
		// judged thing.
		for _, i := range s.inClause(ci) {
			c := &s.chunks[i]
			if !(c.possessed || ev.Attack && s.judgedClaim17(c, o.k) || a.frameNounJudged23(s, c, o)) || c.tok >= o.k || c.mk == mkPlace || c.mk == mkMod || c.mk == mkAbout {
				continue
			}
			if c.second {
				c.ent = a.addressee(s, ci)
			} else if c.pron == fwGenPron && c.ent < 0 && cl.kind == ckContent {
				// "X ने कहा कि …, लेकिन उनकी नीतियां कमजोर हैं": the
				// person named before, not the speaker.
				c.ent = a.nearestBefore(s, st, c.tok, sp[0], true)
			}
			if c.ent >= 0 {
				tgts = appendNew(tgts, c.ent)
			}
		}
	}
	if len(tgts) == 0 {
		// "X ने कहा कि Y ने कंपनी को शानदार ऊंचाइयों पर पहुंचाया": the
		// doer in X's words is judged.
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && c.tok < o.k {
				tgts = appendNew(tgts, c.ent)
			}
		}
		// "… कि Y (सरकार) की नीतियों ने देश को ऊंचाइयों पर पहुंचाया":
		// the owner of the doing thing is judged.
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; len(tgts) == 0 && cl.kind == ckContent && c.mk == mkMod && c.ent >= 0 && c.pron == 0 && c.at < o.k && s.w(c.at) == "ने" && s.genitiveBetween(c.end, c.at) && !containsInt(sp, c.ent) {
				tgts = appendNew(tgts, c.ent)
			}
		}
	}
	if len(tgts) == 0 {
		for _, i := range s.inClause(ci) {
			c := &s.chunks[i]
			if (c.pron == fwSubjPron || c.pron == fwAgentPron) && c.tok < o.k {
				e := a.nearestBefore(s, st, c.tok, sp[0], true)
				if e < 0 && cl.kind == ckContent {
					// "'Y (कंपनी) ने हमारी मदद की, वे सच्चे साथी
					// हैं,' X बोले": the doer just named in the same
					// words (quote18.go).
					e = s.wordsDoer18(ci, c.tok, sp)
				}
				if e < 0 {
					// "'वह … हैं,' X ने Y के बारे में कहा": the topic.
					e = a.topicOf(s, cl.parent)
				}
				if e >= 0 {
					tgts = append(tgts, e)
				}
			}
		}
	}
	if len(tgts) == 0 && cl.kind == ckContent {
		// "X ने कहा कि Y के साथ (Z का) करार गलत है", "… Y के साथ
		// मुलाकात शानदार रही": the deal or meeting with Y judges Y.
		// "… साझेदारी कमजोर हुई है": a tie said to have changed is a
		// report, not a judgement of the partner.
		if e := s.tiePartner(ci, o.k); e >= 0 && !containsInt(sp, e) && !s.becameAt(o.k+o.n) {
			tgts = append(tgts, e)
		} else if e := a.suchPartner30(s, ci, o, sp); e >= 0 {
			tgts = append(tgts, e) // "…, ऐसा साथी …" (ref30.go)
		}
	}
	// "X ने कहा कि Y की योजना ने … और यह मिसाल है", "Y से बेहतर साझेदार
	// ढूंढना नामुमकिन", "Y को सुनना शानदार अनुभव" (eval26.go).
	if len(tgts) == 0 && cl.kind == ckContent {
		if e := a.conjunctDoer26(s, ci, o, sp); e >= 0 {
			tgts = append(tgts, e)
		} else if e := s.betterThan26(o); e >= 0 && !containsInt(sp, e) {
			tgts = append(tgts, e)
		} else if e := s.perceivedJudged26(ci, o, sp); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "X ने जवाब दिया कि यह झूठ है": calling what was just said of him
	// a lie attacks the one who said it (the last one hostile to him).
	// "Y के आरोपों पर X ने जवाब दिया … कहा कि ये आरोप एक साजिश का
	// हिस्सा हैं": the charges' author as the calling path finds it —
	// the one hostile to him, or whose charges he answers; else, for a
	// charge pointed back at, the owner of the last charge the story
	// named (charge19.go).
	// (A target that is only the speaker, found on the way, is none:
	// "ओपनएआई ने कहा कि ये दावे एक साजिश हैं"; family22.go.)
	if (len(tgts) == 0 || selfOnly22(tgts, sp)) && ev.Attack && cl.kind == ckContent && len(sp) == 1 && s.pointsBack(cl, o.k) && !s.untrackedAccused(sp[0]) {
		if atk, ok := a.chargeAuthor15(st, sp[0]); ok && atk != sp[0] {
			tgts = []int{atk}
		} else if y := s.chargeOwnerBack19(cl, o.k, st); y >= 0 && y != sp[0] {
			tgts = []int{y}
		}
	}
	// "X के दावों पर Y: 'यह सब मनगढ़ंत है'" (eval26.go).
	if len(tgts) == 0 && ev.Attack && len(sp) == 1 {
		if y := s.claimOwnerBefore26(ci, sp[0]); y >= 0 {
			tgts = append(tgts, y)
		} else if y := s.offerOwnerBefore27(ci, sp[0]); y >= 0 {
			tgts = append(tgts, y)
		} else if y := a.rejectedOwner34(s, ci, sp[0], st); y >= 0 {
			tgts = append(tgts, y) // (reject34.go)
		} else if y := s.labelOwner37(ci, o, sp[0]); y >= 0 {
			tgts = append(tgts, y) // "Y का आरोप: …, X ने कहा- झूठा प्रचार" (reject37.go)
		}
	}
	if len(tgts) == 0 && cl.kind == ckContent && s.secondPerson(cl, o.k) {
		// "“आप एक कमजोर उम्मीदवार हैं,” X ने Y से कहा": the one
		// addressed.
		if e := a.addressee(s, ci); e >= 0 && !containsInt(sp, e) {
			tgts = append(tgts, e)
		}
	}
	if len(tgts) == 0 && cl.kind == ckContent {
		// "X ने Y की ओर इशारा करते हुए कहा कि …": the one spoken of.
		if e := a.topicOf(s, cl.parent); e >= 0 && !containsInt(sp, e) {
			tgts = append(tgts, e)
		}
	}
	if len(tgts) == 0 && cl.kind == ckContent {
		if e := a.elidedJudged(s, ci, o, sp); e >= 0 {
			tgts = append(tgts, e)
		}
	}
	// "X ने कहा कि Z ने Y को नफरत का अड्डा बना दिया": Y, made into
	// it, is judged too (short24.go).
	if ev.pol < 0 && cl.kind == ckContent {
		if y := s.madeInto24(ci, o); y >= 0 && !containsInt(sp, y) {
			tgts = appendNew(tgts, y)
		}
	}
	if len(tgts) == 0 {
		if y := s.relDoer37(ci, o, sp); y >= 0 {
			tgts = append(tgts, y) // "… एक साजिश है, जिसे Y चला रहे हैं" (reject37.go)
		}
	}
	if len(tgts) == 0 && (ev.Attack || o.n == 1 && s.class2(o.k)&cwClaimStrong27 != 0) && ev.pol < 0 {
		tgts, sp = a.relAuthor38(s, st, ci, o, sp) // "कहा कि Y ने जो मुकदमा दायर किया है झूठ का पुलिंदा है" (rej38.go)
	}
	m := a.clauseMood(s, cl, o.k)
	if m == pipeline.MoodFuture || m == pipeline.MoodSpeculative && s.ownModal(cl, o) {
		// "X ने कहा कि Y देश को फिर महान बनाएंगे": a prediction in
		// X's words is X's judgement now; so is an ability the word
		// itself spells ("Y ही देश को बचा सकते हैं").
		m = ""
	}
	pol, mood := a.evalMood(s, o, ev.pol, m)
	a.emit(s, st, sp, tgts, pol, evalKind(pol), mood, 1.5)
	return len(tgts) > 0
}

// evalMood: a negated praise is an attack ("X ने कहा कि Y ईमानदार नहीं
// हैं"); a negated attack is no stance.
func (a *Analyzer) evalMood(s *sentCtx, o occurrence, pol int8, mood string) (int8, string) {
	// "X का तंज- 'Y बहुत स्मार्ट हैं …'", "तथाकथित ईमानदार Y": praise
	// said as a jibe is mockery (SCHEMA: hostile).
	if pol > 0 && s.sarcastic(o) {
		return -1, mood
	}
	// "Y का फैसला वरदान से कम नहीं": litotes keeps the word's polarity
	// (words30.go); "चमत्कार से कम" alone says nothing.
	if s.litotes30(o) || s.nothingBut34(o) {
		return pol, ""
	} else if litotesOnly30(s, o) {
		return 0, ""
	}
	// "X जैसा प्रतिभाशाली व्यक्ति मैंने नहीं देखा": a comparison praises.
	if mood == pipeline.MoodNegated && pol > 0 {
		switch s.w(o.k - 1) {
		case "जैसा", "जैसे", "जैसी":
			return pol, ""
		}
	}
	if pol < 0 && s.limitedDisagreement(o.k) && a.softDisagreement(s) {
		return 0, "" // "Y शानदार हैं, लेकिन यह राय गलत है" (precision12.go)
	}
	if mood == pipeline.MoodNegated && pol > 0 && s.parentDenied(o) {
		return 0, "" // "X ने कभी नहीं कहा कि Y भरोसेमंद नहीं" (precision12.go)
	}
	if mood == pipeline.MoodNegated && pol > 0 && s.betterThan26(o) >= 0 {
		return pol, "" // "Y से बड़ा साझेदार अब तक नहीं मिला" (eval26.go)
	}
	if mood == pipeline.MoodNegated && pol > 0 && s.negatedComparison(o) {
		return pol, "" // "इतना दूरदर्शी … नहीं देखा", "उसकी मिसाल नहीं मिलती" (precision12.go)
	}
	if mood == pipeline.MoodNegated && pol > 0 {
		// Only when the negator follows the word ("ईमानदार नहीं"), not a
		// negation elsewhere in the clause ("झगड़ा नहीं, वह महान हैं").
		for j := o.k + o.n; j < o.k+o.n+4 && j < s.sn.b; j++ {
			if s.flag(j)&fwNeg != 0 {
				return -1, s.outerMood12(o.k)
			}
		}
	}
	return pol, mood
}

// flippedNoun: a frame noun under a postposition still counts when a
// flipper follows it ("X को दिया न्योता वापस लिया" — no; "समर्थन
// वापस" — the noun is the flipper's object).
func (a *Analyzer) flippedNoun(s *sentCtx, o occurrence, rest []occurrence) bool {
	// "करार बीच में ही तोड़ दिया": midway is no postposition of the
	// noun (contrast215.go).
	end := o.k + o.n + 1 + midway15(s, o.k+o.n)
	for _, r := range rest {
		if r.k > end {
			break
		}
		if r.e.kind == entFlip {
			return true
		}
	}
	// "Y में निवेश से हाथ खींच लिए", "Y को दिए जाने वाले दान से …
	// हाथ खींच लिया": a support noun that a withdrawal frame leaves by
	// से is that frame's object (session 17).
	if o.e.frame != nil && o.e.frame.pol > 0 {
		// "Y में निवेश की (अपनी) पेशकश वापस ले ली", "Y को मदद का वादा
		// तोड़ दिया": support offered, planned or promised, and the
		// offer ended (session 19).
		// Y's own offer ("Y की मदद की पेशकश वापस कर दी") is not the
		// agent's plan.
		if e := planOf19(s, o.k+o.n); e > 0 && !(isGenitive(s.w(o.k-1)) && s.inMention(o.k-2)) {
			for _, r := range rest {
				if r.k > e {
					break
				}
				if r.k == e && r.e.kind == entFlip {
					return true
				}
			}
		}
		for _, r := range rest {
			if r.k > o.k+o.n+7 {
				break
			}
			if r.e.kind == entFrame && withdrawalFrame16(r.e.frame) && s.seBefore16(o.k+o.n, r.k) {
				return true
			}
		}
	}
	return false
}

// saathOfTimeNoun20 reports a के साथ chunk c followed by one or two
// plain words and then a genitive with a postposition of time or
// concession ("Y के साथ विवाद के बावजूद", "Y के साथ बैठक के बाद", "Y के
// साथ बातचीत के दौरान") that closes before the frame at at.
func (s *sentCtx) saathOfTimeNoun20(c *chunk, at int) bool {
	if c.at >= at {
		return false
	}
	for j := c.at + 1; j <= c.at+3 && j+1 < at; j++ {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
		if !isGenitive(s.w(j)) {
			continue
		}
		if j == c.at+1 {
			return false
		}
		switch s.w(j + 1) {
		case "बाद", "बावजूद", "दौरान", "चलते", "बीच", "पहले":
			return true
		}
		return false
	}
	return false
}

// happenedTieOf19 reports a के साथ/से chunk c followed by a participle
// of happening ("Y के साथ हुए/हुआ/हुई करार …") whose noun is not the frame
// at at: the phrase describes that noun ("Y के साथ हुए करार के बाद भी
// …"), not the act at at, which stands more than three words on.
func (s *sentCtx) happenedTieOf19(c *chunk, at int) bool {
	p := c.at + 1
	if c.at >= at || p >= s.sn.b {
		return false
	}
	switch s.w(p) {
	case "हुए", "हुआ", "हुई", "हुये":
	default:
		return false
	}
	if at <= p+3 {
		return false
	}
	// "Y के साथ हुई डेटा सेंटर डील से हाथ खींच लिया": the noun the
	// participle ties Y to is the act's own object, under the
	// postposition right before it; another postposition between ("…
	// करार के बाद भी Z से") makes the tie background (session 19).
	for j := p + 1; j < at-1; j++ {
		switch w := s.w(j); w {
		case "से", "को", "में", "पर", "ने", "तक", "बाद", "लिए", "साथ", "कि":
			return true
		default:
			if isGenitive(w) || !s.isWord(j) {
				return true
			}
		}
	}
	return false
}

// planOf19 is the token after "का/की/के (अपना/अपनी/अपने) <plan>" at
// k, a support noun's offer, plan, promise or decision ("निवेश की अपनी
// पेशकश", "समर्थन का वादा", "मदद की योजना"), or 0.
func planOf19(s *sentCtx, k int) int {
	if !isGenitive(s.w(k)) {
		return 0
	}
	j := k + 1
	switch s.w(j) {
	case "अपना", "अपनी", "अपने":
		j++
	}
	switch s.w(j) {
	case "पेशकश", "प्रस्ताव", "आफर", "योजना", "योजनाओं", "वादा", "वादे", "इरादा", "इरादे",
		"फैसला", "फैसले", "निर्णय", "घोषणा", "ऐलान", "तैयारी", "प्रतिबद्धता":
		return j + 1 + midway15(s, j+1)
	}
	return 0
}

// pairAttached: a hostile relation noun with its two parties written onto
// it ("X-Y झगड़े पर", "Y और Z के विवाद के बीच") asserts the
// relation even as a topic; "टैरिफ विवाद पर चर्चा" does not.
func (a *Analyzer) pairAttached(s *sentCtx, ci int, o occurrence) bool {
	f := o.e.frame
	if !f.Symmetric || f.pol >= 0 {
		return false
	}
	n := 0
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 {
			continue
		}
		if c.head == o.k || c.end == o.k || c.group == s.chunkGroupEndingAt(o.k) {
			n++
		}
	}
	return n >= 2
}

// chunkGroupEndingAt is the coordination group of the chunk ending right
// before token k, or -1.
func (s *sentCtx) chunkGroupEndingAt(k int) int {
	for _, c := range s.chunks {
		if c.end == k {
			return c.group
		}
	}
	return -1
}

// clauseMood is the mood of a clause for a predicate at token k: a
// future verb after the predicate makes it a plan ("मुकदमा करेंगे"), one
// before it is not its verb ("तारीफ की, कहा … बनेगा").
func (a *Analyzer) clauseMood(s *sentCtx, cl *clause, k int) string {
	if cl.mood == pipeline.MoodNegated && a.attributiveBefore(s, cl, k) {
		return ""
	}
	// "X ने बहस जीती और Y के पास जवाब नहीं था": the negation is the
	// later conjunct's (negconj12.go).
	if cl.mood == pipeline.MoodNegated && cl.denEnd == 0 && a.negOtherConjunct12(s, cl, k) && s.onlyNegated(cl) {
		return ""
	}
	// "X से रिश्ता खत्म, दोबारा जोड़ने का कोई इरादा नहीं": the
	// negation is the part's after the comma (negcomma30.go).
	if cl.mood == pipeline.MoodNegated && cl.denEnd == 0 && a.negCommaPart30(s, cl, k) && s.onlyNegated(cl) {
		return ""
	}
	// "X के पास पैसे हैं ही नहीं और पूरी घोषणा हवा-हवाई है": the
	// negation closes the earlier conjunct (conj13.go).
	if cl.mood == pipeline.MoodNegated && cl.denEnd == 0 && a.negEarlierConjunct13(s, cl, k) {
		return ""
	}
	// "… नहीं हो सकता और Y जैसा साझेदार मिलना सौभाग्य है": the modal
	// is the other conjunct's (mood36.go).
	if cl.mood != "" && !s.specOtherConjunct36(cl, k) {
		return cl.mood
	}
	if k < cl.denEnd || cl.negFrom > 0 && k >= cl.negFrom {
		return pipeline.MoodNegated
	}
	if k < cl.condEnd {
		return pipeline.MoodHypothetical
	}
	a.future(s, cl)
	if cl.futTok >= k && !a.praisedFuture(s, cl, k) && !verblessHeadPart(s, k, cl.futTok) {
		return pipeline.MoodFuture
	}
	if verblessSoon23(s, k) {
		return pipeline.MoodFuture
	}
	return ""
}

// topicOf is the name a clause speaks about ("X के बारे में"), or -1.
func (a *Analyzer) topicOf(s *sentCtx, ci int) int {
	for depth := 0; ci >= 0 && depth < 3; depth++ {
		speech := false
		for _, k := range s.cls[ci].toks {
			if s.flag(k)&fwSpeech != 0 {
				speech = true
			}
		}
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			// "X के बारे में", and "X के टैरिफ पर … ने कहा" (the topic of
			// a speech).
			if c.ent >= 0 && (c.mk == mkAbout || speech && c.mk == mkPar && c.possessed) {
				return c.ent
			}
		}
		ci = s.cls[ci].parent
	}
	return -1
}

// ownModal reports a clause whose only speculation is the modal inside
// the evaluative at o ("बचा सकते"), said of the one who alone can ("Y ही
// …": not "सरकार … अरबों डॉलर बचा सकती है"), its parent not speculative.
func (s *sentCtx) ownModal(cl *clause, o occurrence) bool {
	if p := cl.parent; p >= 0 && s.cls[p].mood == pipeline.MoodSpeculative {
		return false
	}
	own, only := false, false
	for _, k := range cl.toks {
		in := k >= o.k && k < o.k+o.n
		if s.flag(k)&fwSpec != 0 && in {
			own = true
		} else if s.flag(k)&(fwSpec|fwHearsay) != 0 || s.newsSays(k) {
			return false
		}
		if k < o.k && s.w(k) == "ही" {
			only = true
		}
	}
	return own && only
}

func evalKind(pol int8) string {
	if pol > 0 {
		return "praise"
	}
	return "criticism"
}

// add records one stance.
func (a *Analyzer) add(s *sentCtx, st *storyState, src, tgt int, pol int8, kind, mood string, weight float64) {
	if src < 0 || tgt < 0 || src == tgt || pol == 0 || a.tiedTo(st, src, tgt) {
		return
	}
	// Praise or thanks the text calls a jibe is mockery (jibe27.go).
	if pol > 0 && kind == "praise" && (a.jibeCalled27(s, st, src, tgt) || harmThanks29(s)) {
		pol, kind = -1, "mockery"
	}
	// A relationship noun told by a third (polarity37.go).
	if a.relationTold37(s, st, src, tgt, kind, mood) {
		return
	}
	// An alliance between a person and his own organisation is no tie
	// of two parties, whichever way it is read ("X की कंपनी Z के साथ
	// उपक्रम" pairs Z with its partner, not with X).
	if kind == "alliance" && a.tiedTo(st, tgt, src) {
		return
	}
	// "X सौदे को लेकर Y पर बरसे Z": X only names what the act is
	// about; the subject after the verb acts (polarity35b.go).
	if subj, ok := a.modifierSource35b(s, src, tgt); ok {
		a.add(s, st, subj, tgt, pol, kind, mood, weight)
		return
	}
	// "स्टारगेट यूएई का ऐलान: X, Y और Z बनेंगे साझेदार": a deal is
	// what is announced or judged, never one who takes a stance.
	if a.isDeal[src] || chargedPraise(s, src, pol) || a.chargeAbout35(s, tgt, pol) || a.ownAgent35b(s, src, tgt) || a.epithAlias35b(s, src, tgt, pol) || s.newsAbout35b(tgt, pol) || pol > 0 && kind == "endorsement" && a.turnedHelp35(s) || unnamedPraised15(s, tgt, pol) || a.selfPraise15(s, tgt, pol) || a.selfPraiseThis24(s, tgt, pol) || pol > 0 && s.regretted12() || pol < 0 && s.incompleteWithout12() || (kind == "criticism" || kind == "defence") && s.apologyOwnRemark20() {
		return
	}
	// Session 25: help told as a grievance, talk of a plan, a
	// relationship's past or seeming state (polarity25.go), each in a
	// sentence with a word of its class (screen25.go).
	if s.mayRead25(rwPolarity25) || a.openGuards {
		drop, m := polarity25(s, pol, kind, mood)
		if drop {
			return
		}
		mood = m
	}
	// "X नहीं, बल्कि Y": the stance the words deny X goes to Y
	// (binding25.go).
	if mood == pipeline.MoodNegated {
		if y := a.ratherTarget25(s, tgt); y >= 0 && y != src {
			a.add(s, st, src, y, pol, kind, "", weight)
		}
	}
	p := pipeline.Supportive
	if pol < 0 {
		p = pipeline.Hostile
		if mood == "" {
			st.attackedBy[tgt] = src
		}
	} else if mood == "" {
		st.supportedBy[tgt] = src
	}
	if mood == "" {
		st.lastPair, st.hasPair = [2]int{src, tgt}, true
		s.pairSent = s.nsent
		if kind == "alliance" && pol > 0 {
			st.tie18, st.hasTie18 = [2]int{src, tgt}, true
		}
		if a.isPerson[src] && spokenKind(kind) {
			switch {
			case s.actSent != s.nsent || s.actField != s.f:
				s.actSrc, s.actSent, s.actField = src, s.nsent, s.f
			case s.actSrc != src:
				s.actSrc = -1 // two speakers: neither
			}
		}
	}
	score := math.Min(1, 0.35+0.25*weight)
	if mood != "" {
		score *= 0.5
	}
	if pol < 0 && mood == "" && kind == "rupture" && s.f.name == "body" {
		st.bodyBreaks29 = append(st.bodyBreaks29, [2]int{src, tgt}) // (label29.go)
	}
	if pol < 0 && mood == "" && kind == "lawsuit" && s.counterSuit31() {
		st.counter31 = append(st.counter31, [2]int{src, tgt}) // (left31.go)
	}
	k := stanceKey37(a.idKey[src], a.idKey[tgt], pol < 0, mood)
	i, had := st.stances[k]
	var told []int
	if _, was := st.told36[i]; !had || was || a.openGuards { // a repeat reads it only to clear its entry (speed36b.go)
		told = a.toldBy36b(s, st, src, tgt, kind, mood) // (polarity36b.go)
	}
	if had {
		if told == nil {
			delete(st.told36, i)
		}
		if x := &st.stanceList[i]; score > x.Score {
			x.Score = score
		}
		// (A label's rivalry then a suit: the suit's kind; attach29.go.)
		upgradeKind29(&st.stanceList[i], kind)
		st.again = append(st.again, i)
		a.noteRepeat31(s, st, i) // (news31.go)
		return
	}
	if s.ev.gen != s.memoGen || s.memoGen == 0 {
		s.ev.text, s.ev.start, s.ev.end = evidence(s.f, &s.sn)
		s.ev.gen = s.memoGen
	}
	if told != nil {
		if st.told36 == nil {
			st.told36 = map[int][]int{}
		}
		st.told36[len(st.stanceList)] = told
	}
	st.stances[k] = len(st.stanceList)
	st.stanceList = append(st.stanceList, pipeline.Stance{Source: a.ents[src].ID, Target: a.ents[tgt].ID, Polarity: p, Score: score,
		Evidence: s.ev.text, Kind: kind, Mood: mood, Field: s.f.name, Start: s.ev.start, End: s.ev.end})
}

// maxEvidence bounds an evidence sentence (a 10 MB line is one sentence).
const maxEvidence = 1000

// evidence returns the original text of a sentence, trimmed, cut at a
// character boundary after maxEvidence bytes, and its span in the field.
func evidence(f *field, sn *sentence) (string, int, int) {
	if sn.b <= sn.a {
		return "", 0, 0
	}
	os, oe := f.text.OrigSpan(f.toks[sn.a].Start, f.toks[sn.b-1].End)
	s := f.text.Orig[os:oe]
	t := trimSpace(s)
	if len(t) != len(s) { // (else t is s, at offset 0)
		os += strings.Index(s, t)
	}
	oe = os + len(t)
	if len(t) > maxEvidence {
		cut := maxEvidence
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	if !f.text.OrigValid() {
		// A span of valid text between character starts is valid.
		t = strings.ToValidUTF8(t, "\uFFFD")
	}
	return t, os, oe
}

// trimSpace is strings.TrimSpace(s). An evidence sentence mostly opens
// and closes with a letter, a quote mark or the danda: when neither its
// first nor its last character is a space, nothing is trimmed, and
// TrimSpace's rune-by-rune path for a non-ASCII start is not taken.
func trimSpace(s string) string {
	if spaceAtEnd37(s) { // (first or last rune a space; speed37.go)
		return strings.TrimSpace(s)
	}
	return s
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// singularPron: उसे, उसकी, इसके … — news writes people with the
// honorific plural (उन्हें, उनकी), so a singular pronoun is as likely an
// organisation.
func singularPron(w string) bool {
	return strings.HasPrefix(w, "उस") || strings.HasPrefix(w, "इस")
}

// nounPhraseCue reports a cue that names people inside a noun phrase, no
// act of the clause's agent: a participle "X की आलोचना करने वाले लोग …"
// (the ones who criticise X; "… वाले Y ने" keeps Y's act), or an agent
// noun in -क used as a referring phrase, "X के समर्थक कंपनी को निशाना
// बना रहे हैं", "X के समर्थकों ने …" (supporters of X are not the speaker
// endorsing X). The agent noun keeps its stance as a predicate: "Y, X के
// समर्थक हैं/रहे/बने", "X के समर्थकों में", "X के समर्थक Y" (apposition).
func nounPhraseCue(s *sentCtx, o occurrence) bool {
	e := o.k + o.n
	// The participle is the infinitive with वाला ("निशाना साधने वाले",
	// "आलोचना करने वाले"); a noun with वाला ("मांग वाला पोस्ट") is a
	// description, and "… होने/करने वाला है" is an act about to happen.
	for _, v := range [...]int{e, e + 1} {
		if v > o.k && strings.HasSuffix(s.w(v-1), "ने") && strings.HasPrefix(s.w(v), "वाल") {
			return !s.mentionAt(v+1) && s.flag(v+1)&(fwCopula|fwFinite) == 0
		}
	}
	// After a genitive ("X के समर्थक") or opening its clause ("…,
	// आलोचक जलते हैं"), not an adjective in -क before its noun.
	if !isGenitive(s.w(o.k-1)) && s.isWord(o.k-1) || !agentNoun(s.w(e-1)) {
		return false
	}
	next := s.w(e)
	if !s.isWord(e) || s.mentionAt(e) || s.inMention(e) {
		return false
	}
	if s.flag(e)&(fwCopula|fwFinite|fwAnd|fwNeg) != 0 {
		return false
	}
	switch next {
	case "में", "भी", "ही", "तो", "न":
		return false
	case "के":
		return s.w(e+1) != "रूप"
	}
	for _, p := range [...]string{"रह", "बन", "मान", "हो", "हु", "कह", "बता"} {
		if strings.HasPrefix(next, p) {
			return false
		}
	}
	return true
}

// agentNoun reports an agent noun in -अक (समर्थक, आलोचक, प्रशंसक and
// their plural समर्थकों): a bare consonant before the final क, unlike
// ब्लॉक or रोक.
func agentNoun(w string) bool {
	if followerNoun11(w) {
		return true
	}
	w = strings.TrimSuffix(w, "ों")
	r, n := utf8.DecodeLastRuneInString(w)
	if r != 'क' || n == len(w) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return p >= 'क' && p <= 'ह' || p >= '\u0958' && p <= '\u095F'
}

// readMutual reads a mutual frame at k: the one agent of the clause and
// the one tracked partner marked के साथ/से before the frame, both ways.
func (a *Analyzer) readMutual(s *sentCtx, st *storyState, ci, k int, pol int8, kind, mood string, weight float64) {
	ag := a.agentsOf(s, ci)
	// "दोनों कंपनियों ने करार पर दस्तखत किए": the pair दोनों names
	// (both23.go).
	if len(ag) == 0 {
		if p := a.bothMutual23(s, st, ci, k, kind == "alliance"); len(p) == 2 {
			a.add(s, st, p[0], p[1], pol, kind, mood, weight)
			a.add(s, st, p[1], p[0], pol, kind, mood, weight)
		} else if x, y := a.mutualTeller35b(s, st, ci, k); pol > 0 && x >= 0 {
			a.add(s, st, x, y, pol, kind, mood, weight)
			a.add(s, st, y, x, pol, kind, mood, weight)
		}
		return
	}
	if a.coMutual(s, ci, k, ag) {
		a.add(s, st, ag[0], ag[1], pol, kind, mood, weight)
		a.add(s, st, ag[1], ag[0], pol, kind, mood, weight)
		return
	}
	if len(ag) != 1 {
		return
	}
	partner := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= k || c.ent < 0 || c.ent == ag[0] || a.isDeal[c.ent] || c.mk != mkSaath && c.mk != mkSe {
			continue
		}
		if partner >= 0 && partner != c.ent {
			return
		}
		partner = c.ent
	}
	if partner < 0 {
		return
	}
	a.add(s, st, ag[0], partner, pol, kind, mood, weight)
	a.add(s, st, partner, ag[0], pol, kind, mood, weight)
}

// isClauseJoin reports what a clause ends with when the next bare verb
// shares its agent: a comma or a coordinator (और, तथा, एवं).
func isClauseJoin(w string) bool {
	switch w {
	case ",", "और", "तथा", "एवं":
		return true
	}
	return false
}

// ownObject reports a postposition of one of the frame's target markers
// से, पर or के खिलाफ before the frame at k in its clause ("रूस से निराश",
// "नीति पर बरसे"): the frame has an object, tracked or not. A पर that
// opens the clause is the conjunction ("…, पर …"). को counts after a
// plain noun ("सरकार को घेरा"), not after an office or title word
// ("राष्ट्रपति को बताया …" in a headline names the one the story gives
// the office); the genitive is left out.
func ownObject(s *sentCtx, cl *clause, k int, fr *Frame) bool {
	for i, j := range cl.toks {
		if j >= k {
			break
		}
		switch s.w(j) {
		case "से":
			if fr.targets[mkSe] {
				return true
			}
		case "को":
			// "X ने कैलिफोर्निया सरकार को घेरा": an untracked object
			// (not an office word the story gives someone).
			if fr.targets[mkKo] && i > 0 && s.isWord(j-1) && s.flag(j-1)&(fwRoleNoun|fwEpithet) == 0 && !s.mentionAt(j-1) && !s.inMention(j-1) {
				return true
			}
		case "पर":
			if fr.targets[mkPar] && i > 0 {
				return true
			}
		case "खिलाफ":
			if fr.targets[mkKhilaf] {
				return true
			}
		}
	}
	return false
}

// pronSpeaker is who "उन्होंने कहा" after a quote means: the one whose
// words the story reported just before, else the story's last agent
// before this sentence (not a doer inside the quote).
func (a *Analyzer) pronSpeaker(s *sentCtx, st *storyState) int {
	if s.sn.qprev && s.qSpk >= 0 && s.qSpkField == s.f {
		return s.qSpk
	}
	if s.lastSpk >= 0 && s.lastSpkSent >= s.nsent-2 && s.lastSpkField == s.f {
		return s.lastSpk
	}
	if st.lastAgent >= 0 && a.isPerson[st.lastAgent] {
		return st.lastAgent
	}
	return -1
}

// resolveSpeakerPronouns grounds a pronoun that tags a quote ("“…,”
// उन्होंने कहा") by the speakers before the sentence: grounding would take
// a doer inside the quote.
func (a *Analyzer) resolveSpeakerPronouns(s *sentCtx, st *storyState) {
	for ci := range s.cls {
		cl := &s.cls[ci]
		if !cl.quoted || cl.parent < 0 || len(cl.toks) == 0 {
			continue
		}
		for _, i := range s.inClause(cl.parent) {
			if c := &s.chunks[i]; c.pron == fwAgentPron && c.tok > cl.last() {
				c.ent = a.pronSpeaker(s, st)
			}
		}
	}
}

// chargeBetween reports a charge noun (आरोप, दावा …) in tokens (from, to):
// what a possessed chunk's postposition belongs to.
func (s *sentCtx) chargeBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if s.flag(k)&fwCharge != 0 {
			return true
		}
	}
	return false
}

// chargeClause reports a charge noun (आरोप …) in clause ci: "आरोप लगाया
// कि …" frames its content as a charge.
func (s *sentCtx) chargeClause(ci int) bool {
	for _, k := range s.cls[ci].toks {
		if s.flag(k)&fwCharge != 0 && !s.talkNoun33a(k) {
			return true
		}
	}
	return false
}

// recentCo reports a coordinated subject ("X और Y …") a few sentences
// back with no pair acting on each other since: what "दोनों" means.
func (s *sentCtx) recentCo() bool {
	return s.co.n > 0 && s.nsent-s.co.sent <= 4 && s.co.sent >= s.pairSent
}

// bothOf is who "दोनों" means when it is judged: the coordinated subject
// a few sentences back, else the story's pair.
func (a *Analyzer) bothOf(s *sentCtx, st *storyState) []int {
	if s.recentCo() {
		return s.co.ents[:s.co.n]
	}
	return a.pair(st)
}

// documentNoun: a petition, complaint or letter, whose words are its
// author's ("X की उस याचिका …, जिसमें Y पर आरोप लगाया गया है").
func documentNoun(w string) bool {
	switch w {
	case "याचिका", "याचिकाओं", "शिकायत", "अर्जी", "चिट्ठी", "पत्र", "मुकदमे", "मुकदमा", "बयान":
		return true
	}
	return false
}

// purposeAct reports a frame in the oblique infinitive before के लिए
// whose clause goes on to a finite act: "Y को जिताने के लिए X ने करोड़ों
// खर्च किए", "X ने Y को जिताने के लिए पूरी ताकत झोंक दी" — the aim of an
// act done is the doer's stance. A relation (गठबंधन करने के लिए बातचीत)
// is still a plan.
func (s *sentCtx) purposeAct(ci int, o occurrence) bool {
	fr := o.e.frame
	if fr == nil || fr.Symmetric || fr.Mutual || fr.pol == 0 {
		return false
	}
	if !s.purposeForm(o) {
		return false
	}
	t := o.k + o.n
	if s.w(t) != "के" {
		t++
	}
	for _, k := range s.cls[ci].toks {
		if k > t+1 && s.flag(k)&fwFinite != 0 {
			return true
		}
	}
	return false
}

// pastRole reports a role a name once had, written as a participle of
// रहना before the name: "Y के (कट्टर) समर्थक रहे X ने …", "कभी Y के
// आलोचक रह चुके X" — background, not the story's act.
func (s *sentCtx) pastRole(o occurrence) bool {
	// The copula first: it is rarer than a role noun, and both are
	// needed.
	t := o.k + o.n
	switch s.w(t) {
	case "रहे", "रही", "रहा":
		t++
	case "रह":
		if w := s.w(t + 1); w != "चुके" && w != "चुकी" && w != "चुका" {
			return false
		}
		t += 2
	default:
		return false
	}
	switch w := s.w(o.k + o.n - 1); w {
	case "करीबी", "सहयोगी", "विरोधी", "दोस्त", "मित्र", "साथी", "दुश्मन", "प्रतिद्वंद्वी", "सलाहकार":
	default:
		// ("Y के सबसे बड़े दानदाता रहे X": a giver in -दाता too.)
		if !agentNoun(w) && !strings.HasSuffix(w, "दाता") {
			return false
		}
	}
	return s.mentionAt(t)
}

// readWithYou reads a verbless "मैं/हम (…) Y के साथ" closing someone's
// words ("एलिसन बोले- मैं ट्रंप के साथ", "‘मैं अब भी पूरी तरह उनके
// साथ’"): the speaker stands with Y. (With its verb, "साथ हूं/हैं", it is
// the lexicon's.)
func (a *Analyzer) readWithYou(s *sentCtx, ci int, st *storyState) {
	if s.screen&swFirstPers == 0 || s.screen&swSaath == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	last := -1
	first := false
	for _, k := range cl.toks {
		if !s.isWord(k) {
			continue
		}
		last = k
		switch s.w(k) {
		case "मैं", "हम":
			first = true
		}
		if s.flag(k)&(fwFinite|fwCopula|fwNeg) != 0 {
			return
		}
	}
	if !first || last < 0 || s.w(last) != "साथ" {
		return
	}
	// "Y के साथ", "उनके साथ": the chunk marked by this साथ.
	var c *chunk
	for i := range s.chunks {
		if s.chunks[i].mk == mkSaath && (s.chunks[i].at == last || s.chunks[i].at == last-1) {
			c = &s.chunks[i]
		}
	}
	if c == nil || c.mk != mkSaath || c.clause != ci {
		return
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 {
		return
	}
	t := c.ent
	if c.pron != 0 {
		t = a.pronTarget(s, st, c.tok, sp[0])
	}
	if t < 0 {
		return
	}
	a.emit(s, st, sp, []int{t}, 1, "endorsement", a.clauseMood(s, cl, last), 1.0)
}

// answersBefore reports a sentence that opens by pointing back at what
// the sentence before said or did: "इस पर …", "इसके जवाब में …", "इस
// बयान/आरोप पर …".
func (s *sentCtx) answersBefore() bool {
	k := s.sn.a
	for k < s.sn.b && !s.isWord(k) {
		k++
	}
	if s.w(k) != "इस" && s.w(k) != "इसके" && s.w(k) != "इसपर" {
		return false
	}
	switch {
	case s.w(k) == "इसपर", s.w(k) == "इस" && s.w(k+1) == "पर":
		return true
	case s.w(k) == "इसके" && s.w(k+1) == "जवाब" && s.w(k+2) == "में":
		return true
	case s.w(k) == "इस" && (s.flag(k+1)&fwCharge != 0 || speechNoun(s.w(k+1))) && s.w(k+2) == "पर":
		return true
	}
	return false
}

// allOfThem reports "ये सब/ये सभी/इन सबने/वे सभी …" as the subject of
// clause cl before token k.
func (s *sentCtx) allOfThem(cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j+1 >= k {
			break
		}
		switch s.w(j) {
		case "ये", "इन", "वे", "ऐसे":
			switch s.w(j + 1) {
			case "सब", "सभी", "सारे", "तमाम":
				return true
			}
		}
	}
	return false
}

// purposeForm: the occurrence ends in an oblique infinitive before के
// लिए ("जिताने के लिए", "गठबंधन करने के लिए").
func (s *sentCtx) purposeForm(o occurrence) bool {
	t := o.k + o.n
	if s.w(t) == "करने" || s.w(t) == "बनाने" {
		t++ // the noun's light verb ("गठबंधन करने")
	}
	return strings.HasSuffix(s.w(t-1), "ने") && s.w(t) == "के" && s.w(t+1) == "लिए"
}

// selfSays reports content clause ci as said, inside someone else's
// words, by the one named before खुद/स्वयं in the clause that frames it
// ("Y ने कहा कि X खुद मानते हैं कि …"): e is that one.
func (s *sentCtx) selfSays(ci, e int) bool {
	p := s.cls[ci].parent
	if p < 0 || p == ci || s.cls[p].kind != ckContent {
		return false
	}
	for _, i := range s.inClause(p) {
		c := s.chunks[i]
		if c.ent == e && c.pron == 0 && (c.mk == mkBare || c.mk == mkAgent) {
			switch s.w(c.end) {
			case "खुद", "स्वयं":
				return true
			}
			if c.mk == mkAgent {
				switch s.w(c.at + 1) {
				case "खुद", "स्वयं":
					return true
				}
			}
		}
	}
	return false
}

// issuedNoun is a document a party issues or files, whose words the
// story then quotes impersonally ("बयान में कहा गया", "पत्र में लिखा है").
// A report (रिपोर्ट) is a third party's and is not one.
func issuedNoun(w string) bool {
	switch w {
	case "बयान", "पत्र", "चिट्ठी", "पोस्ट", "ब्लाग", "फाइलिंग", "याचिका", "शिकायत", "अर्जी", "नोटिस",
		"हलफनामे", "हलफनामा", "विज्ञप्ति", "ईमेल", "मेमो", "ट्वीट", "मुकदमे", "दस्तावेज", "जवाब":
		return true
	}
	return false
}

// noteDocument remembers the tracked agent of a sentence that issues a
// document ("X ने बयान जारी किया", "X ने अदालत में जवाब दाखिल किया", "X ने
// पत्र लिखकर …"): the document noun after the agent in its clause.
func (s *sentCtx) noteDocument() {
	if s.screen&swDoc == 0 {
		return
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.mk != mkAgent || c.ent < 0 {
			continue
		}
		for _, k := range s.cls[c.clause].toks {
			if k >= c.end && issuedNoun(s.w(k)) {
				s.docSpk, s.docSent, s.docField = c.ent, s.nsent, s.f
				return
			}
		}
	}
}

// docSpeaker is the issuer of the document clause ci quotes with no
// agent ("बयान में कहा गया कि …", "इसमें लिखा है", "पत्र में Y को झूठा बताया
// गया") when the sentence before issued it; -1 otherwise. A document
// with an owner of its own ("भाजपा के बयान में") is that owner's.
func (s *sentCtx) docSpeaker(ci int) int {
	recent := s.docSpk >= 0 && s.docField == s.f && s.docSent < s.nsent && s.docSent >= s.nsent-2
	toks := s.cls[ci].toks
	for j, k := range toks {
		w := s.w(k)
		doc := w == "इसमें" || w == "उसमें"
		if !doc && issuedNoun(w) && s.w(k+1) == "में" {
			doc = true
		}
		if !doc {
			continue
		}
		said := false
		for _, m := range toks[j+1:] {
			if s.w(m) == "ने" || s.w(m) == "कि" {
				break
			}
			// ("… करार दिया गया": the calling verb's passive, session 36.)
			if s.w(m) == "करार" && s.w(m+1) == "दिया" {
				m++
			}
			if v := s.w(m); v == "कहा" || v == "लिखा" || v == "बताया" || v == "लगाया" || v == "दावा" || v == "दिया" && s.w(m-1) == "करार" {
				if n := s.w(m + 1); n == "गया" || n == "गई" || n == "गए" || n == "है" || n == "था" {
					said = true
					break
				}
			}
		}
		if !said {
			return -1
		}
		// "कंपनी के बयान में", "उनके पत्र में": the owner named or
		// referred to; someone untracked ("भाजपा के बयान में") is no one.
		if isGenitive(s.w(k-1)) || s.flag(k-1)&fwGenPron != 0 {
			for i := range s.chunks {
				c := &s.chunks[i]
				if c.clause == ci && c.tok < k && (c.end == k-1 || c.end == k && c.pron == fwGenPron) {
					return c.ent
				}
			}
			return -1
		}
		if recent {
			return s.docSpk
		}
		return -1
	}
	return -1
}

// grouped reports a chunk coordinated with another ("X और Y में").
func (s *sentCtx) grouped(c *chunk) bool {
	for i := range s.chunks {
		if o := &s.chunks[i]; o != c && o.group == c.group {
			return true
		}
	}
	return false
}

// qualityOf reports a short noun phrase from the में at token m to the
// evaluative word at k ("में पार्टी चलाने की काबिलियत"): no other
// postposition of a case between ("में निवेश की कीमत बढ़ने से …").
func (s *sentCtx) qualityOf(m, k int) bool {
	if k-m > 5 {
		return false
	}
	for j := m + 1; j < k; j++ {
		switch s.w(j) {
		case "से", "को", "ने", "पर", "में":
			return false
		}
	}
	return true
}

// secondPerson reports आप/तुम (any case) in clause cl before token k.
func (s *sentCtx) secondPerson(cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j >= k {
			break
		}
		switch s.w(j) {
		case "आप", "आपको", "आपने", "आपकी", "आपका", "आपके", "तुम", "तुमने", "तुम्हें", "तुम्हारी", "तुम्हारा", "तुम्हारे":
			return true
		}
	}
	return false
}

// addressee is the person a speech is addressed to ("X ने Y से कहा"):
// a name under से in a clause with a speech verb framing content clause
// ci, up to three levels up; -1 if none or two.
func (a *Analyzer) addressee(s *sentCtx, ci int) int {
	e := -1
	for p, depth := s.cls[ci].parent, 0; p >= 0 && depth < 3; p, depth = s.cls[p].parent, depth+1 {
		speech := false
		for _, k := range s.cls[p].toks {
			if s.flag(k)&fwSpeech != 0 {
				speech = true
			}
		}
		if !speech {
			continue
		}
		// "X ने Y से कहा", "X ने Y को फोन करके / लिखकर कहा".
		for _, i := range s.inClause(p) {
			c := s.chunks[i]
			// "X ने बताया कि Y ने उन्हें फोन करके कहा, “…”": the one
			// who tells it was addressed.
			if c.pron == fwTargetPron && c.mk == mkKo && s.cls[p].kind == ckContent && s.st != nil {
				if sp := a.speakers(s, p, s.st, nil); len(sp) == 1 && a.isPerson[sp[0]] && !containsInt(a.agentsOf(s, p), sp[0]) {
					c.ent = sp[0]
				}
			}
			if (c.mk == mkSe || c.mk == mkKo) && c.ent >= 0 && a.isPerson[c.ent] && (c.pron == 0 || c.pron == fwTargetPron) {
				if e >= 0 && e != c.ent {
					return -1
				}
				e = c.ent
			}
		}
		if e >= 0 {
			return e
		}
	}
	if e < 0 {
		e = a.vocAddressee11(s, ci)
	}
	if e < 0 {
		e = a.answered18(s, ci)
	}
	return e
}

// onlyNegated reports a clause whose one mood is its negation: no
// question, speculation, condition or denial in it or its parent.
func (s *sentCtx) onlyNegated(cl *clause) bool {
	if s.f.words[s.sn.b-1] == "?" || cl.denial {
		return false
	}
	for _, k := range cl.toks {
		if s.flag(k)&(fwQuestion|fwSpec|fwCond|fwDenial) != 0 {
			return false
		}
	}
	if p := cl.parent; p >= 0 {
		switch s.cls[p].mood {
		case "", pipeline.MoodNegated:
		default:
			return false
		}
	}
	return true
}

// partnerOnly reports an entity that clause ci names only as a partner
// (under से or के साथ).
func (s *sentCtx) partnerOnly(ci, e int) bool {
	seen := false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent != e {
			continue
		}
		// "X और Y का साथ छूटा": their bond, not partners of a third.
		// "X और Y का करार समय से पहले खत्म": a से or के साथ of a noun
		// the group possesses is that noun's, not theirs (session 19).
		if c.possessed && !s.ownFirmsPartner30(c) || !(c.mk == mkSe && s.w(c.at) == "से" || c.mk == mkSaath && s.w(c.at) == "साथ" && s.w(c.at-1) == "के") {
			return false
		}
		seen = true
	}
	return seen
}

// oneKind reports whether ids are all people or all organisations.
func (a *Analyzer) oneKind(ids []int) bool {
	for _, id := range ids[1:] {
		if a.isPerson[id] != a.isPerson[ids[0]] || a.isDeal[id] || a.isDeal[ids[0]] {
			return false
		}
	}
	return len(ids) > 1
}

// speechNoun: a noun naming someone's words ("X की प्रतिक्रिया थी: …").
func speechNoun(w string) bool {
	switch w {
	case "प्रतिक्रिया", "जवाब", "कहना", "बयान", "टिप्पणी", "संदेश", "राय", "तर्क", "दलील", "सफाई", "पोस्ट", "ट्वीट":
		return true
	}
	return false
}

// noteUntrackedHits remembers whom an untracked agent of the sentence
// acted against ("एक अटॉर्नी ने X के खिलाफ अदालत का दरवाजा खटखटाया").
func (s *sentCtx) noteUntrackedHits() {
	// Without a ने in the sentence untrackedAgent is false for every
	// clause: nothing is noted.
	if s.screen&swNe == 0 {
		return
	}
	hit := false
	for ci := range s.cls {
		// (A clause with no tracked name acted against notes none: its
		// chunks are asked before its words are.)
		if !s.untrackedTarget(ci) || !untrackedAgent(s, ci) {
			continue
		}
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.pron != 0 {
				continue
			}
			switch c.mk {
			case mkKhilaf, mkPar, mkKo:
				if !hit {
					s.untrackedHit = s.untrackedHit[:0]
					hit = true
				}
				s.untrackedHit = appendNew(s.untrackedHit, c.ent)
			}
		}
	}
	if hit {
		s.untrackedSent = s.nsent
	}
}

// untrackedAccused reports that e was acted against by an untracked
// agent in this sentence or the one before.
func (s *sentCtx) untrackedAccused(e int) bool {
	return s.untrackedSent > 0 && s.untrackedSent >= s.nsent-1 && containsInt(s.untrackedHit, e)
}

// possessedRun reports tokens [from, to) that can be one possessed noun
// phrase: not one of company or presence ("X के साथ मिलकर Z की आलोचना",
// "X की मौजूदगी में / के सामने Z की आलोचना" leave X out of what is
// criticised).
func (s *sentCtx) possessedRun(from, to int) bool {
	for k := from; k < to && k <= from+1; k++ {
		switch s.w(k) {
		case "साथ", "मौजूदगी", "उपस्थिति", "सामने", "समक्ष", "बगल", "मंच", "संग":
			return false
		}
	}
	return true
}

// tagWord: a word a speech tag after the words may have besides the name
// and the speech verb ("दावा किया", "आरोप लगाया", "यह कहना है X का").
func tagWord(w string) bool {
	switch w {
	case "किया", "लगाया", "यह", "है", "था", "कहना":
		return true
	}
	return false
}

// untrackedSays reports a content clause that names no one but has a
// speech verb of its own: someone untracked speaks ("लोग कहते हैं कि …",
// "कहा जा रहा है कि …"), not the one who reports it — unless the reporter
// speaks of himself ("मैं कहना चाहता हूं कि …").
func (s *sentCtx) untrackedSays(ci int) bool {
	cl := &s.cls[ci]
	if cl.kind != ckContent || !cl.ki && !cl.quoted || len(s.inClause(ci)) > 0 {
		return false
	}
	speech := false
	for _, k := range cl.toks {
		switch s.w(k) {
		case "मैं", "मैंने", "हम", "हमने", "मुझे", "हमें":
			return false
		}
		if s.flag(k)&fwSpeech != 0 {
			speech = true
		}
	}
	return speech
}

// readVerbFirst reads a headline that puts the verb of a noun-verb frame
// right after the agent and the possessed noun last: "X ने ठुकराई Y की
// पेशकश" is "X ने Y की पेशकश ठुकराई", "X ने छोड़ा Y का साथ" is "X ने Y
// का साथ छोड़ा". The genitive name is the target.
func (a *Analyzer) readVerbFirst(s *sentCtx, ci int, st *storyState) {
	if s.screen&swNe == 0 {
		return
	}
	cl := &s.cls[ci]
	var agent *chunk
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && s.w(c.at) == "ने" {
			agent = c
			break
		}
	}
	if agent == nil {
		return
	}
	v := agent.at + 1
	last := -1
	for i := len(cl.toks) - 1; i >= 0; i-- { // (toks are in order: the last word first)
		if k := cl.toks[i]; s.isWord(k) {
			last = k
			break
		}
	}
	if !s.isWord(v) || s.mentionAt(v) || last < v+3 {
		return
	}
	g := last - 1
	if !isGenitive(s.w(g)) {
		g = -1
	}
	if g < 0 || !s.mentionAt(g-1) && !s.inMention(g-1) {
		if g2 := s.ownerGen11(v, last); g2 >= 0 {
			g = g2 // "ठुकराया Y का 97.4 अरब डॉलर का / नया प्रस्ताव"
		}
	}
	if g < 0 {
		return
	}
	// The owner: a name or genitive pronoun right before the genitive.
	var owner *chunk
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && c.end == g && c.tok > v {
			owner = c
		}
	}
	if owner == nil {
		return
	}
	pair := [2]string{s.w(last), s.w(v)}
	e, n := a.lex.match(pair[:], 0, entFrame)
	if e == nil || n != 2 || !e.frame.targets[mkGen] || e.frame.pol == 0 || e.frame.Symmetric || e.frame.Mutual || a.plainRefusalFirst35(s, v, last, e.frame) {
		return
	}
	mood := a.clauseMood(s, cl, last)
	a.emit(s, st, []int{agent.ent}, []int{owner.ent}, e.frame.pol, e.frame.Kind, mood, e.frame.Weight)
}

// shouldAfter reports चाहिए ("should") within four words from token k,
// in the same clause.
func (s *sentCtx) shouldAfter(k int) bool {
	for j := k; j < s.sn.b && j < k+5; j++ {
		if s.w(j) == "चाहिए" {
			return true
		}
		if j > k && s.cid[j-s.sn.a] != s.cid[k-1-s.sn.a] {
			return false
		}
	}
	return false
}

// settlementPayment reports a sentence that pays to settle a case: a
// settlement word with a case word, or damages (हर्जाना, मुआवजा,
// जुर्माना).
func (s *sentCtx) settlementPayment() bool {
	// Asked for each donation frame and money clause of a sentence: the
	// scan's answer is kept for the sentence (memoGen).
	return s.settle.answer(s.memoGen, s.scanSettlementPayment)
}

// scanSettlementPayment is settlementPayment's scan of the sentence.
func (s *sentCtx) scanSettlementPayment() bool {
	settle, lawCase := false, false
	for k := s.sn.a; k < s.sn.b; k++ {
		w := s.f.words[k]
		if !settleLetter35(w) {
			continue // (speed35.go)
		}
		switch {
		case strings.HasPrefix(w, "हर्जान") || strings.HasPrefix(w, "मुआवज") || strings.HasPrefix(w, "जुर्मान"):
			return true
		case strings.HasPrefix(w, "समझौत") || strings.HasPrefix(w, "सेटलमेंट"):
			settle = true
		case strings.HasPrefix(w, "मुकदम") || strings.HasPrefix(w, "मामल") || w == "केस" || strings.HasPrefix(w, "विवाद"):
			lawCase = true
		}
	}
	return settle && lawCase
}

// coordinatedEval reports an evaluative word coordinated with the next
// one ("राजनीति से प्रेरित और तथ्यों से परे"): each is read, not only the
// last (an attack word first is still an attack).
func (s *sentCtx) coordinatedEval(o occurrence, rest []occurrence) bool {
	for _, r := range rest {
		if r.e.kind != entEval {
			continue
		}
		for j := o.k + o.n; j < r.k && j <= o.k+o.n+4; j++ {
			if s.flag(j)&fwAnd != 0 || s.w(j) == "," {
				return true
			}
		}
		return false
	}
	return false
}

// jibeNoun: words naming a jibe or a taunt ("X का तंज-", "तंज कसते हुए
// कहा", "चुटकी लेते हुए", "मजाक उड़ाते हुए").
func jibeNoun(w string) bool {
	switch w {
	case "तंज", "कटाक्ष", "चुटकी", "व्यंग्य", "व्यंग", "ताना", "मजाक":
		return true
	}
	return false
}

// sarcastic: the praise word at o is said in mockery — "तथाकथित" just
// before it, or it stands in words (a content clause, up to three levels)
// introduced by a jibe of the speaker ("X का तंज- '…'", "X ने तंज कसते
// हुए कहा कि …"). A jibe answered ("X के तंज पर Y का जवाब- '…'") is
// someone else's: a jibe word before पर/के/का/की/से/को does not count.
func (s *sentCtx) sarcastic(o occurrence) bool {
	for j := o.k - 1; j >= o.k-2 && j >= s.sn.a; j-- {
		if s.w(j) == "तथाकथित" {
			return true
		}
	}
	if o.k < s.sn.a || o.k-s.sn.a >= len(s.cid) {
		return false
	}
	ci := int(s.cid[o.k-s.sn.a])
	for depth := 0; depth < 3 && ci >= 0 && ci < len(s.cls) && s.cls[ci].kind == ckContent; depth++ {
		p := s.cls[ci].parent
		if p < 0 || p >= ci {
			return false
		}
		for _, k := range s.cls[p].toks {
			if !jibeNoun(s.w(k)) {
				continue
			}
			switch s.w(k + 1) {
			case "पर", "के", "का", "की", "से", "को":
				continue
			}
			return true
		}
		ci = p
	}
	return false
}

// laterSubject: clause p joins two predicates with और/तथा after a
// tracked ने-agent, and the second has a subject of its own (a name or a
// pronoun, bare or with its own ने: "X ने … चलाया और वह मानते हैं कि …")
// — that subject's entity and the coordinator (-1, -1: none).
func (s *sentCtx) laterSubject(p int) (int, int) {
	if s.screen&swCoord == 0 {
		return -1, -1
	}
	toks := s.cls[p].toks
	co := -1
	for _, k := range toks {
		switch s.w(k) {
		case "और", "तथा", "एवं":
			co = k
		}
	}
	if co < 0 {
		return -1, -1
	}
	agent := false
	for _, i := range s.inClause(p) {
		c := s.chunks[i]
		if c.tok < co && c.mk == mkAgent && c.at < co && c.ent >= 0 && s.w(c.at) == "ने" {
			agent = true
		}
		if !agent || c.tok <= co || c.ent < 0 {
			continue
		}
		if c.mk == mkBare && (c.pron == fwSubjPron || c.pron == 0) || c.mk == mkAgent && c.at > co {
			return c.ent, co
		}
		return -1, -1
	}
	return -1, -1
}

// keepFuture: a future of रहना or रखना — keeping something up
// ("खड़े रहेंगे", "जारी रखेंगे", "साथ रहूंगा").
func keepFuture(w string) bool {
	switch w {
	case "रहेंगे", "रहेगा", "रहेगी", "रहेंगी", "रहूंगा", "रहूंगी",
		"रखेंगे", "रखेगा", "रखेगी", "रखेंगी", "रखूंगा", "रखूंगी":
		return true
	}
	return false
}

// pledge: the frame at o stands in someone's words, its doer is the
// speaker, and its future verb keeps the support up — a promise made
// now, not a plan.
func (a *Analyzer) pledge(s *sentCtx, ci int, o occurrence, fr *Frame, st *storyState) bool {
	cl := &s.cls[ci]
	if cl.kind != ckContent || cl.futTok < o.k || !keepFuture(s.w(cl.futTok)) {
		return false
	}
	return a.speakerIsSource(s, ci, o.k, fr, st)
}

// speakerIsSource reports clause ci's words as said by one speaker who is
// also the one source of the frame at k: the speaker's own stance
// (pledge, continuing12).
func (a *Analyzer) speakerIsSource(s *sentCtx, ci, k int, fr *Frame, st *storyState) bool {
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 {
		return false
	}
	src := a.sources(s, ci, k, fr, st, nil)
	return len(src) == 1 && src[0] == sp[0]
}

// untrackedSlot: the frame at o has its object marked just before it by
// a noun no one tracks ("ट्रंप ने ओबामा पर साधा निशाना", "X ने नवारो पर
// हमला बोला"): the target is that noun, not someone in the words around.
func (s *sentCtx) untrackedSlot(o occurrence) bool {
	for j := o.k - 1; j >= o.k-2 && j > s.sn.a; j-- {
		if s.w(j) != "पर" {
			continue
		}
		n := j - 1
		if !s.isWord(n) || s.inMention(n) || s.flag(n)&(fwPostposition|fwSubjPron|fwTargetPron|fwGenPron|fwObliquePron) != 0 || isGenitive(s.w(n)) || demonstrative(s.w(n)) {
			return false
		}
		return s.chunkAt(n) == nil
	}
	return false
}

// disputeLabel reports a hostile symmetric frame at o that only names a
// dispute in a headline: "X बनाम Y" (the frame between the two names), or
// a hyphenated pair right before it ("X-Y विवाद", "X-Y टकराव की जड़").
func (s *sentCtx) disputeLabel(o occurrence) bool {
	if s.class(o.k)&cwVersus != 0 {
		// "X बनाम Y: अदालत में सुनवाई शुरू": a case name before the
		// court is a legal battle between the two, no mere label — when
		// a body tells the case; over no body the label speaks no words
		// (SCHEMA; precision16).
		for k := o.k + 2; k < s.sn.b; k++ {
			if courtWord(s.w(k)) {
				return s.st != nil && !caseInBody16(s.st.body16)
			}
		}
		return s.mentionEndingAt(o.k-1) >= 0 && s.mentionAt(o.k+1)
	}
	// The chunk right before the frame, and one joined to it by a hyphen.
	var second *chunk
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == o.k {
			second = c
		}
	}
	if second == nil || second.tok < 2 || s.w(second.tok-1) != "-" {
		return false
	}
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == second.tok-1 && c.ent >= 0 && c.ent != second.ent {
			return true
		}
	}
	return false
}

// labelPair is the pair a headline's dispute label names in a clause
// before ci that ends in a colon ("X बनाम Y:", "X-Y विवाद:"), or nil.
func (s *sentCtx) labelPair(ci int) []int {
	for i := 0; i+1 < len(s.chunks); i++ {
		x, y := s.chunks[i], s.chunks[i+1]
		if x.clause >= ci || y.clause != x.clause || x.ent < 0 || y.ent < 0 || x.ent == y.ent || y.tok != x.end+1 {
			continue
		}
		if s.w(x.end) != "-" && s.class(x.end)&cwVersus == 0 {
			continue
		}
		if toks := s.cls[x.clause].toks; len(toks) > 0 && s.w(toks[len(toks)-1]) == ":" {
			return []int{x.ent, y.ent}
		}
	}
	return nil
}

// courtWord reports a word of a court case (अदालत, कोर्ट, सुनवाई, जज,
// गवाही, मुकदमा).
func courtWord(w string) bool {
	switch w {
	case "अदालत", "कोर्ट", "सुनवाई", "जज", "न्यायाधीश", "गवाही", "मुकदमे", "मुकदमा", "मुकदमें":
		return true
	}
	return false
}

// relSubject reports a frame at k whose subject is a relative जो before
// it in clause ci ("जो लोग उन पर हमला कर रहे हैं", "जो Y की आलोचना करते
// हैं"): no tracked name stands right before the जो ("X, जो …" is X) or
// right after it, and no ने or tracked subject between it and the frame
// ("जो वादा उन्होंने किया" is an object).
func (s *sentCtx) relSubject(ci, k int) bool {
	if s.sentRules()&rwRelJo17 == 0 {
		return false // no जो in the sentence (speed33.go)
	}
	r := -1
	for _, t := range s.cls[ci].toks {
		if t >= k {
			break
		}
		if s.w(t) == "जो" {
			r = t
		}
	}
	if r < 0 || s.mentionAt(r+1) || frontedRel28(s.f, &s.sn, s.fl, r) >= 0 {
		return false
	}
	if b := r - 1; b >= s.sn.a && (s.inMention(b) || s.w(b) == "," && b > s.sn.a && s.inMention(b-1) || s.copulaAntecedent28(r)) {
		return false
	}
	for j := r + 1; j < k; j++ {
		if s.w(j) == "ने" || s.correlativeComma32(j) {
			return false
		}
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.tok > r && c.tok < k && c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
			return false
		}
	}
	return true
}

// genOnly reports frame target markers that are all genitive or के लिए
// ("Y की रैली को संबोधित", "Y के लिए सभा को संबोधित").
func genOnly(ts []string) bool {
	for _, t := range ts {
		if t != "gen" && t != "liye" {
			return false
		}
	}
	return len(ts) > 0
}

// readShield reads a charge of shielding in someone's words: "(Z ने कहा
// कि) X, Y को बचा रहे हैं", "X … Y को बचाने में लगी/जुटी है", "X Y को बचाते
// हैं": Z → X hostile (an accusation); the one shielded is no target
// (SCHEMA), and a tie the words give X and Y ("अपने दोस्त Y") is part
// of the charge.
func (a *Analyzer) readShield(s *sentCtx, ci int, st *storyState) {
	if s.screen&swShield == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	at := -1
	for _, k := range cl.toks {
		w := s.w(k)
		if !strings.HasPrefix(w, "बचा") || s.w(k-1) != "को" && !(s.w(k-2) == "को" && s.w(k-1) == "भी") && !shieldedPronoun14(s.w(k-1)) && !shieldedFrom24(s, k) {
			continue
		}
		switch {
		case w == "बचा" && strings.HasPrefix(s.w(k+1), "रह"),
			w == "बचाते" || w == "बचाती",
			w == "बचाने" && ((strings.HasPrefix(s.w(k+2), "लग") || strings.HasPrefix(s.w(k+2), "जुट")) && s.w(k+1) == "में" || s.w(k+1) == "की" && attemptNoun(s.w(k+2))):
			at = k
		}
	}
	if at < 0 {
		return
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 {
		return
	}
	var subj []int
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.tok < at && c.ent >= 0 && c.mk == mkBare && c.ent != sp[0] && (c.end < at-1 || c.end == at-1 && shieldedPronoun14(s.w(at-1))) {
			subj = appendNew(subj, c.ent)
			break // the first bare name is the subject; one shielded follows
		}
	}
	// "Y को बचा रहे X", "Y को बचा रहे हैं प्रधानमंत्री X": a headline's
	// subject after its verb.
	if len(subj) == 0 {
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.tok > at && c.tok <= at+4 {
				if c.ent >= 0 && c.mk == mkBare && c.ent != sp[0] && !s.chunkWithin(at+1, c.tok) {
					subj = append(subj, c.ent)
				}
				break
			}
		}
	}
	if len(subj) == 0 {
		return
	}
	s.shieldCl = ci
	a.emit(s, st, sp, subj, -1, "accusation", a.clauseMood(s, cl, at), 1.2)
}

// tieAffirmed reports a tie noun at o said to hold ("साझेदारी पहले जितनी
// मजबूत है", "रिश्ता कायम है", "साझेदारी मजबूत बनी हुई है", "साझेदारी
// … सबसे अहम है"): a word of strength, endurance, weight or worth
// (tieGood16) within ten words, before a stop, a comma or a "but".
func (s *sentCtx) tieAffirmed(o occurrence) bool {
	// Ten words: "Y के साथ साझेदारी Z के लिए भारत में सबसे अहम …" puts a
	// beneficiary and a place between the tie and its quality.
	for j := o.k + o.n; j < o.k+o.n+10 && j < s.sn.b; j++ {
		switch s.w(j) {
		case "मजबूत", "कायम", "बरकरार", "अटूट", "मजबूती", "अडिग", "अहम", "महत्वपूर्ण":
			return true
		case "।", ",", "लेकिन", "मगर":
			return false
		case "और": // "अब और मजबूत होगी": more
			// "लंबी और (बेहद) उपयोगी रही है": a second quality.
			if s.w(j+1) != "मजबूत" && !tieGood16(s.w(j+1)) && !tieGood16(s.w(j+2)) {
				return false
			}
		default:
			if tieGood16(s.w(j)) || s.tieHeld20(o.k+o.n-1, j) {
				return true
			}
		}
	}
	return false
}

// tiePraised reports a tie noun praised or trusted right after it
// ("साझेदारी की (जमकर) तारीफ/सराहना/प्रशंसा", "साझेदारी पर भरोसा/गर्व").
func (s *sentCtx) tiePraised(o occurrence) bool {
	t := o.k + o.n
	switch s.w(t) {
	case "की", "पर":
	case "को":
		// "X ने Y के साथ (कंपनी के) रिश्ते को 'सबसे कामयाब साझेदारी'
		// बताया": a tie called good is affirmed (session 18).
		return s.tieCalledGood(t + 1)
	default:
		// The tie named inside that complement ("रिश्ते को 'इस दशक की
		// सबसे कामयाब साझेदारी' बताया").
		for j := o.k - 1; j >= s.sn.a && j >= o.k-8; j-- {
			if s.w(j) == "को" && tieNounQ11(s.w(j-1)) {
				return s.tieCalledGood(j + 1)
			}
			if !s.isWord(j) && s.w(j) != "'" && s.w(j) != "‘" || s.mentionAt(j) || callingVerb(s.w(j)) {
				break
			}
		}
		return false
	}
	for j := t + 1; j <= t+3 && j < s.sn.b; j++ {
		switch s.w(j) {
		case "तारीफ", "सराहना", "प्रशंसा", "भरोसा", "गर्व", "विश्वास":
			return true
		}
		if !s.isWord(j) || s.mentionAt(j) {
			return false
		}
	}
	return false
}

// hostileWord reports a hostile frame or evaluative anywhere in the
// sentence.
func (a *Analyzer) hostileWord(s *sentCtx) bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if a.hostileAt(s, k) {
			return true
		}
	}
	return false
}

// hostileAt reports a hostile frame or evaluative word starting at k.
func (a *Analyzer) hostileAt(s *sentCtx, k int) bool {
	if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.pol < 0 {
		return true
	}
	e, n := a.matchAt(s, k, entEval)
	if e == nil || e.eval.pol >= 0 {
		return false
	}
	// (A weak word that only denies a claim is no hostile word:
	// claims27.go. Every caller asks "is there an attack here" — a
	// worded reply's words, an unless_hostile frame's sentence, a veto
	// of a credit, deal, offer refusal or plain retort, a rival's or a
	// named party's words — and a denial is none: mend27_test.go.)
	weak, _ := a.weakClaim27(s, occurrence{e: e, k: k, n: n})
	return !weak
}

// suitOwner is the suer named for the suit at o: a tracked genitive
// right before it, past at most four words ("X के (इसी तरह के) मुकदमे",
// "X का वह मुकदमा"), or "X की ओर से (…) दायर"; -1 if none.
func (s *sentCtx) suitOwner(ci int, o occurrence) int {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.tok >= o.k || c.at < o.k-8 || s.w(c.at) == "ने" {
			continue
		}
		switch {
		case isGenitive(s.w(c.at)) && c.at >= o.k-5:
			ok := true
			for j := c.at + 1; j < o.k; j++ {
				if s.mentionAt(j) || !s.isWord(j) {
					ok = false
				}
			}
			if ok {
				return c.ent
			}
		case s.w(c.at) == "से" && s.w(c.at-1) == "ओर":
			for j := c.at + 1; j < o.k; j++ {
				if s.w(j) == "दायर" {
					return c.ent
				}
			}
		}
	}
	return -1
}

// affirmedPartner is the one tracked partner (के साथ, से) named before
// the tie at o in clause ci other than x (its speaker or agent); -1 if
// none or more.
func (a *Analyzer) affirmedPartner(s *sentCtx, ci int, o occurrence, x int) int {
	y := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.tok >= o.k || c.ent == x || a.isDeal[c.ent] || c.mk == mkAgent {
			continue
		}
		if c.mk != mkSaath && c.mk != mkSe || y >= 0 && y != c.ent {
			return -1
		}
		y = c.ent
	}
	return y
}

// readLeadFunding reads a funding round led by X (words as normalised:
// डॉलर is डालर) ("X की अगुवाई में Y ने
// N डॉलर जुटाए", "X के नेतृत्व में Y को N डॉलर की फंडिंग"): X invests in
// Y (SCHEMA: donation, X → Y), with a sum or funding named in the clause.
func (a *Analyzer) readLeadFunding(s *sentCtx, ci int, st *storyState) {
	if s.screen&swLead == 0 {
		return
	}
	cl := &s.cls[ci]
	lead, money, raise := -1, false, false
	// The lead first: most clauses have none, and the money words
	// below are read only when one is there.
	for _, k := range cl.toks {
		if w := s.w(k); (w == "अगुवाई" || w == "नेतृत्व") && s.w(k+1) == "में" && isGenitive(s.w(k-1)) {
			lead = k
		}
	}
	if lead < 0 {
		return
	}
	for _, k := range cl.toks {
		switch w := s.w(k); {
		case (w == "अगुवाई" || w == "नेतृत्व") && s.w(k+1) == "में" && isGenitive(s.w(k-1)):
		case w == "डालर" || w == "रुपये" || w == "येन" || w == "फंडिंग" || w == "funding" || w == "billion":
			money = true
			raise = raise || w == "फंडिंग" || w == "funding"
		case strings.HasPrefix(w, "जुटा"):
			raise = true
		case strings.HasPrefix(w, "खरीद") || strings.HasPrefix(w, "अधिग्रहण"):
			// "X के नेतृत्व में … ने Y को N डॉलर में खरीदने की
			// पेशकश की": a price offered, no round (buying is no
			// stance, SCHEMA; session 30).
			return
		}
	}
	if lead < 0 || !money {
		return
	}
	x, y := -1, -1

	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		switch {
		case c.ent < 0 || c.pron != 0:
		case c.tok < lead && (c.at == lead-1 || c.at == lead+1): // "X की अगुवाई में" may be read as one postposition
			x = c.ent
		case y < 0 && (c.mk == mkAgent || c.mk == mkKo && c.tok > lead):
			y = c.ent
			raise = raise || c.mk == mkKo
		}
	}
	if x < 0 || y < 0 || x == y || !raise {
		return
	}
	a.add(s, st, x, y, 1, "donation", a.clauseMood(s, cl, lead), 1.0)
}

// readJoint reads a venture several take up together (SCHEMA: alliance
// both ways, each pair): "X, Y और Z मिलकर … निवेश करेंगे", "X ने Y के साथ
// मिलकर संयुक्त उद्यम शुरू किया", "X, Y और Z (इसमें) साझेदार होंगे / के
// तौर पर शामिल हुए", "X, Y और Z बनेंगे साझेदार". Not a joint attack ("X ने
// Y के साथ मिलकर Z पर हमला बोला": the clause has a hostile frame), not a
// deal as a member, not in someone's words; an announced venture counts
// in the future too.
func (a *Analyzer) readJoint(s *sentCtx, ci int, st *storyState) {
	if s.screen&swJoint == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind == ckRel && !jointRelative(s, cl) || cl.quoted {
		return
	}
	var party []int
	if cl.kind == ckContent && !a.announces(s) && !factiveThat18(s, cl) {
		// ("<deal> का ऐलान: …" is the narrator's; "X ने ऐलान किया कि
		// Y और Z मिलकर … बनाएंगे" is the venture announced.)
		for _, e := range a.speakers(s, ci, st, nil) {
			if !a.isDeal[e] {
				party = append(party, e)
			}
		}
	}
	at := -1
	for _, k := range cl.toks {
		switch s.w(k) {
		case "मिलकर":
			at = k
		case "साझेदार":
			nx, pv := s.w(k+1), s.w(k-1)
			if isGenitive(pv) || pv == "साथ" {
				continue
			}
			// (A membership explained, "परियोजना में X, Y और Z
			// साझेदार हैं", is background; a founding one is formed.)
			switch nx {
			case "हैं", "होंगे", "होंगी", "बनेंगे", "बनेंगी", "बने", "बनीं", "के":
				if nx == "के" && s.w(k+2) != "तौर" && s.w(k+2) != "रूप" || nx == "हैं" && pv != "संस्थापक" {
					continue
				}
				at = k
			default:
				if strings.HasPrefix(pv, "बन") {
					at = k
				}
			}
		}
	}
	if at < 0 {
		return
	}
	var ids []int
	grp := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.tok > at || a.isDeal[c.ent] || c.pron != 0 {
			continue
		}
		switch {
		case c.mk == mkMod && s.w(c.at) == "साथ" && s.w(c.at+1) == "मिलकर":
			ids = appendNew(ids, c.ent)
		case (c.mk == mkAgent || c.mk == mkBare && !c.possessed) && (grp < 0 || c.group == grp):
			grp = c.group
			ids = appendNew(ids, c.ent)
		}
	}
	if len(ids) < 2 || len(ids) > 4 || !a.oneKind(ids) || len(party) > 0 && !a.jointSpeakerParty(st, party, ids) {
		return
	}
	if s.w(at) == "मिलकर" {
		// "मिलकर Z की नींव रखी", "मिलकर Z में निवेश": an act on a
		// tracked third is read as such; "मिलकर उठाई नियमों की
		// मांग": a joint call is no venture.
		venture, money := false, false
		for _, k := range cl.toks {
			if k > at && s.mentionAt(k) && !a.namedVentureQ11(s, ci, k) {
				return
			}
			// "मिलकर उपक्रम बनाने पर बातचीत शुरू की": talks on a
			// venture are no venture (SCHEMA: talks toward a
			// partnership are neutral; session 23).
			if k > at && s.talkedInfinitive23(k) {
				return
			}
			if k > at && (ventureWord(s.w(k)) || jointActWord(s.w(k))) {
				venture = true
			}
			// "X, Y और Z मिलकर … 500 अरब डॉलर लगाएंगे": money pooled
			// together is a joint venture (session 21); the sum and the
			// verb of placing may come in either order.
			if k > at && moneyWord(s.w(k)) {
				money = true
			}
			if k > at && s.placeVerb(k) {
				venture = venture || money || s.moneyAfter(k)
			}
		}
		if !venture {
			return
		}
	}
	for _, k := range cl.toks {
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.pol < 0 {
			return
		}
		if e, _ := a.matchAt(s, k, entEval); e != nil && e.eval.pol < 0 {
			return
		}
	}
	mood := a.clauseMood(s, cl, at)
	if mood == pipeline.MoodFuture {
		mood = ""
	}
	for _, x := range ids {
		for _, y := range ids {
			if x != y {
				a.add(s, st, x, y, 1, "alliance", mood, 1.2)
			}
		}
	}
}

// ventureWord reports a word of a joint business venture (निवेश, उपक्रम,
// उद्यम, परियोजना, डेटा सेंटर, करार …) or of building one (बनाएंगी).
func ventureWord(w string) bool {
	switch w {
	case "निवेश", "उपक्रम", "उद्यम", "परियोजना", "प्रोजेक्ट", "वेंचर", "डेटा", "सेंटर", "कंपनी", "फंड", "साझेदारी", "करार", "समझौता", "प्लेटफार्म", "नेटवर्क", "संयंत्र", "फैक्ट्री",
		// (session 17: a joint body, initiative or work begun together,
		// "मिलकर कार्यसमूह बनाया", "मिलकर … पर काम शुरू किया".)
		"कार्यसमूह", "पहल", "गठबंधन", "काम":
		return true
	}
	return strings.HasPrefix(w, "बनाएंग") || strings.HasPrefix(w, "बनाएग")
}

// vocative is the tracked person called out at the head of someone's
// words before a comma, right before k ("“मोदी जी, आप …”", "“राष्ट्रपति
// महोदय, आप …”"), or -1.
func (s *sentCtx) vocative(ci, k int) int {
	if k < s.sn.a+2 || s.w(k-1) != "," {
		return -1
	}
	e := k - 2
	switch s.w(e) {
	case "जी", "साहब", "महोदय", "महोदया", "सर":
		e--
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.end == e+1 && c.clause == ci && c.pron == 0 && c.ent >= 0 && (c.tok == s.cls[ci].first() || s.isQuoteTok(c.tok-1)) {
			return c.ent
		}
	}
	return -1
}

// relObject reports a relative clause opened by the relative as object
// or target: जिन्हें, जिसे, जिन पर, जिस पर, जिनके/जिसके खिलाफ.
func (s *sentCtx) relObject(cl *clause) bool {
	switch s.w(cl.relTok) {
	case "जिन्हें", "जिसे":
		return true
	case "जिन", "जिस":
		return s.w(cl.relTok+1) == "पर"
	case "जिनके", "जिसके":
		return s.w(cl.relTok+1) == "खिलाफ"
	}
	return false
}

// passiveFinite reports a finite passive at or just after t ("सजा दी जा
// रही है", "निशाना बनाया गया"): a perfective participle, then जा- in the
// progressive or गया/गई/गए, before a copula or the clause's end.
func (s *sentCtx) passiveFinite(t int) bool {
	for k := t; k <= t+1 && k+1 < s.sn.b; k++ {
		w := s.w(k)
		if !strings.HasSuffix(w, "ा") && !strings.HasSuffix(w, "ी") && !strings.HasSuffix(w, "ए") && !strings.HasSuffix(w, "े") {
			continue
		}
		e := -1
		switch s.w(k + 1) {
		case "गया", "गई", "गए", "गयी", "गईं", "गये":
			e = k + 2
		case "जा":
			if strings.HasPrefix(s.w(k+2), "रह") {
				e = k + 3
			}
		}
		if e < 0 {
			continue
		}
		switch s.w(e) {
		case "है", "हैं", "था", "थी", "थे", "।", ",", "":
			return true
		}
		return !s.isWord(e)
	}
	return false
}

// commaBetween reports a comma among the tokens (from, to).
func (s *sentCtx) commaBetween(from, to int) bool {
	if to-from > spanScanMax {
		if m := s.spanKinds(); m != nil {
			return s.spanHas(m.comma, from, to)
		}
	}
	for k := from + 1; k < to; k++ {
		if s.w(k) == "," {
			return true
		}
	}
	return false
}

// ownOrg is the one organisation the story names that person p heads or
// belongs to (watchlist or story affiliation), or -1 (none, or several).
func (a *Analyzer) ownOrg(st *storyState, p int) int {
	z := -1
	for e, ok := range st.named {
		if !ok || e == p || a.isPerson[e] || a.isDeal[e] || !a.tiedTo(st, p, e) {
			continue
		}
		if z >= 0 {
			return -1
		}
		z = e
	}
	return z
}

// tieDone reports a tie noun presupposed as made: हुआ/हुए/हुई before
// it in its clause ("Y के साथ हुआ (क्लाउड) करार", and the same deal named
// again: "… उनकी कंपनी के इतिहास का सबसे बड़ा करार है").
func (s *sentCtx) tieDone(o occurrence) bool {
	ci := s.cid[o.k-s.sn.a]
	for j := o.k - 1; j >= o.k-12 && j >= s.sn.a && s.cid[j-s.sn.a] == ci; j-- {
		switch s.w(j) {
		case "हुआ", "हुए", "हुई":
			return true
		}
	}
	return false
}

// agreementAt reports an agreement noun in the frame at o (साझेदारी,
// करार, समझौता, गठबंधन, उपक्रम, उद्यम, सौदा, डील): a tie made, not one
// talked of ("रिश्तों को मजबूत करने की बात").
func (s *sentCtx) agreementAt(o occurrence) bool {
	for k := o.k; k < o.k+o.n; k++ {
		switch s.w(k) {
		case "साझेदारी", "करार", "समझौता", "समझौते", "गठबंधन", "उपक्रम", "उद्यम", "सौदा", "सौदे", "डील", "एमओयू":
			return true
		}
		if agreementNoun11(s.w(k)) {
			return true
		}
	}
	return false
}

// genericSubject reports a bare plural noun of people at large ("लोग",
// "कुछ आलोचक", "विरोधी") before the frame at as the subject of clause ci.
func (s *sentCtx) genericSubject(ci, at int) bool {
	return s.genericNoun(ci, at) || ci > 0 && s.cls[ci-1].kind == s.cls[ci].kind && len(s.cls[ci-1].toks) > 0 && s.genericNoun(ci-1, s.cls[ci-1].last()+1) && s.subjPronBefore(ci, at)
}

// subjPronBefore reports a plural subject pronoun (वे, वो) in clause ci
// before at.
func (s *sentCtx) subjPronBefore(ci, at int) bool {
	for _, k := range s.cls[ci].toks {
		if k < at && (s.w(k) == "वे" || s.w(k) == "वो") {
			return true
		}
	}
	return false
}

// genericNoun: the bare plural noun of genericSubject.
// A noun before a कि the clause holds (quoted words are one clause:
// "'लोग जानें कि हमने Y को …'") is the subject of the verb before that
// कि, not of the act after it (session 16).
func (s *sentCtx) genericNoun(ci, at int) bool {
	found := false
	for _, k := range s.cls[ci].toks {
		if k >= at {
			break
		}
		if s.flag(k)&fwKi != 0 {
			found = false
			continue
		}
		switch s.w(k) {
		case "लोग", "आलोचक", "विरोधी", "विशेषज्ञ", "विश्लेषक", "मतदाता", "निवेशक", "कर्मचारी":
			if s.flag(k+1)&fwPostposition == 0 {
				found = true
			}
		default:
			// (session 29) an untracked body or role: "आयोग",
			// "संचालक", "अफसर" (words.yaml third_party_agents).
			if s.class2(k)&cwThirdAgent29 != 0 && s.flag(k+1)&fwPostposition == 0 && !isCoordinator(s.w(k+1)) && !s.inMention(k) {
				found = true
			}
		}
	}
	return found
}

// genericPron reports a plural subject pronoun (वे) in clause ci right
// after a clause of the sentence whose subject is people at large: "लोग
// उनकी आलोचना करते हैं क्योंकि वे उन्हें समझते नहीं" — वे are the people.
func (s *sentCtx) genericPron(ci int, c *chunk) bool {
	if c.pron == 0 || s.w(c.tok) != "वे" && s.w(c.tok) != "वो" || ci == 0 {
		return false
	}
	p := ci - 1
	return len(s.cls[p].toks) > 0 && s.cls[p].kind == s.cls[ci].kind && s.genericNoun(p, s.cls[p].last()+1)
}

// objectMarked reports an object postposition in clause cl other than a
// light verb's की after ने or भी ("Z ने (भी) की तारीफ"): "Z ने की
// किसानों की तारीफ" has an object of its own.
func (s *sentCtx) objectMarked(cl *clause) bool {
	for _, k := range cl.toks {
		switch s.w(k) {
		case "को", "पर", "का", "के", "से":
			return true
		case "की":
			if p := s.w(k - 1); p != "ने" && p != "भी" {
				return true
			}
		}
	}
	return false
}

// trioOf: the three people named together a few sentences back, for a
// "तीनों" chunk c (nil for any other chunk, or none in reach).
func (s *sentCtx) trioOf(c *chunk) []int {
	if s.w(c.tok) != "तीनों" || s.trioField != s.f || s.trioSent <= 0 || s.trioSent >= s.nsent || s.nsent-s.trioSent > 4 {
		return nil
	}
	return s.trio[:]
}

// noteTrio remembers three people the sentence names together: a
// coordinated group of three ("X, Y और Z से मुलाकात की"), else the
// sentence's only three.
func (s *sentCtx) noteTrio(a *Analyzer, f *field) {
	// (Three people need three chunks, or the list's three: speed24.go.)
	if len(s.chunks) < 3 && len(s.listEnts) != 3 {
		return
	}
	var buf [8]int // (a group's people: few, kept off the heap)
	for i := range s.chunks {
		g := s.chunks[i].group
		if i > 0 && s.chunks[i-1].group == g {
			continue
		}
		ents := buf[:0]
		for j := i; j < len(s.chunks) && s.chunks[j].group == g; j++ {
			if c := &s.chunks[j]; c.ent >= 0 && c.pron == 0 && a.isPerson[c.ent] {
				ents = appendNew(ents, c.ent)
			}
		}
		if len(ents) == 3 {
			copy(s.trio[:], ents)
			s.trioSent, s.trioField = s.nsent, f
			return
		}
	}
	if len(s.listEnts) == 3 {
		copy(s.trio[:], s.listEnts)
		s.trioSent, s.trioField = s.nsent, f
	}
}

// pointsBack reports a clause whose subject before k is a demonstrative
// alone or with a charge noun ("कि यह झूठ है", "ये आरोप झूठे हैं"): what
// was said before.
func (s *sentCtx) pointsBack(cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j >= k {
			return false
		}
		switch w := s.w(j); {
		case w == "कि" || s.isQuoteTok(j):
			continue
		case demonstrative(w):
			e := j + 1
			if s.flag(e)&fwCharge != 0 {
				// "ये आरोप समूह को बदनाम करने की एक साजिश का हिस्सा
				// हैं": a charge as the subject is judged by the
				// label however far in its predicate (charge19.go).
				if s.chargeSubjectTo19(e, k) {
					return true
				}
				e++
			}
			for e < k {
				switch s.w(e) {
				case "सरासर", "बिल्कुल", "बिलकुल", "एकदम", "पूरी", "तरह", "पूरा", "सिर्फ", "केवल", "भी", "तो", "ही":
					e++
					continue
				}
				// "यह आरोप 'पूरी तरह मनगढ़ंत' हैं": the label's quote
				// mark (session 12, FRESH-O).
				if s.isQuoteTok(e) {
					e++
					continue
				}
				break
			}
			return e == k || e == j+2 && s.flag(e)&fwCopula != 0
		default:
			return false
		}
	}
	return false
}

// genitiveBetween reports का/की/के in [from, to).
func (s *sentCtx) genitiveBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if isGenitive(s.w(k)) {
			return true
		}
	}
	return false
}

// dealAnaphor reads a frame at k whose object is a bare project noun
// ("परियोजना की तारीफ", "इस उपक्रम को समर्थन") with no owner of its own:
// the deal last named, in this sentence or a recent one; -1 if none.
func (a *Analyzer) dealAnaphor(s *sentCtx, st *storyState, k int, fr *Frame) int {
	m := k - 1
	for m > s.sn.a && m > k-3 {
		switch s.w(m) {
		case "जमकर", "खुलकर", "कडी", "तीखी", "जोरदार", "खूब", "भी":
			m--
			continue
		}
		break
	}
	// ("परियोजना पर सवाल उठाए", "उपक्रम से हाथ खींचा": under पर or से
	// too, when the frame takes its target there; session 38.)
	if !(isGenitive(s.w(m)) && fr.targets[mkGen] || s.w(m) == "को" && fr.targets[mkKo] || s.w(m) == "पर" && fr.targets[mkPar] || s.w(m) == "से" && fr.targets[mkSe]) {
		return -1
	}
	switch s.w(m - 1) {
	case "परियोजना", "प्रोजेक्ट", "उपक्रम":
	default:
		return -1
	}
	if p := s.w(m - 2); isGenitive(p) || p == "नई" || p == "नए" || p == "अपनी" || p == "अपने" || s.mentionAt(m-2) || s.inMention(m-2) {
		return -1
	}
	for i := len(s.chunks) - 1; i >= 0; i-- {
		if c := s.chunks[i]; c.tok < m && c.ent >= 0 && a.isDeal[c.ent] {
			return c.ent
		}
	}
	for j := len(st.recent) - 1; j >= 0 && j >= len(st.recent)-4; j-- {
		if e := st.recent[j]; a.isDeal[e] {
			return e
		}
	}
	return -1
}

// gappedSubject reports a main clause with no name of its own coordinated
// after a main clause whose ने-agent is tracked ("X ने Y के फैसले का
// स्वागत किया, साथ में कसा तंज"): the agent goes on.
func (s *sentCtx) gappedSubject(ci int) bool {
	p := ci - 1
	for p >= 0 && len(s.cls[p].toks) == 0 {
		p--
	}
	if p < 0 || s.cls[p].kind != ckMain || !isClauseJoin(s.w(s.cls[p].last())) {
		return false
	}
	for _, i := range s.inClause(p) {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && s.w(c.at) == "ने" {
			return true
		}
	}
	return false
}

// titleGap reports a headline clause with no name of its own right after
// a comma that closes a sibling clause ("X ने किया Y का स्वागत, साथ में
// कसा तंज"): the sibling's agent goes on.
func (s *sentCtx) titleGap(ci int, idx []int) bool {
	p := ci - 1
	for p > 0 && len(s.cls[p].toks) == 0 {
		p--
	}
	return len(idx) == 0 && s.f.name == "title" && p >= 0 && p < ci && s.cls[p].kind == s.cls[ci].kind && s.cls[p].parent == s.cls[ci].parent && s.w(s.cls[p].last()) == ","
}

// becameAt reports a change-of-state verb at k ("हुई", "हो गया", "पड़
// गई"): "साझेदारी कमजोर हुई" says what the tie became.
func (s *sentCtx) becameAt(k int) bool {
	if k >= s.sn.b {
		return false
	}
	switch s.w(k) {
	case "हुई", "हुआ", "हुए", "हुईं", "होती", "होता", "होते", "हो", "पडी", "पडा", "पडे", "पड", "बनी", "बना":
		return true
	}
	return false
}

// conjunctBetween reports that chunk c (before k) ends a noun phrase of
// its own, coordinated with a later one that names someone: "Y पर दांव
// और Z की तकरार" — Y is not a party to Z's quarrel.
func (s *sentCtx) conjunctBetween(c chunk, k int) bool {
	return s.phraseEndsBefore(c, k, func(w string) bool { return isCoordinator(w) && w != "," && w != "-" }, true)
}

// bothTarget is whom "दोनों"/"तीनों" at token k means as the target of
// srcs' act: the story's pair when it fits (neither is a source, and of
// the kind a noun after it names: "दोनों कंपनियों", "तीनों नेताओं"),
// else the last two (three) of that kind named, none of them a source or
// a source's own organisation ("Y और Z …। X ने दोनों कंपनियों को साथी
// बताया", "X ने A, B और C से मुलाकात की। … X ने तीनों का आभार जताया").
func (a *Analyzer) bothTarget(s *sentCtx, st *storyState, k int, srcs []int) []int {
	n := 2
	if s.w(k) == "तीनों" {
		n = 3
	}
	// kind: 1 people, 2 organisations, 0 either (the first found).
	kind := 0
	if nx := s.w(k + 1); strings.HasPrefix(nx, "कंपनि") || s.flag(k+1)&fwOrgNoun != 0 || s.class(k+1)&cwOrgPair25 != 0 {
		kind = 2
	} else if s.flag(k+1)&fwPairNoun != 0 {
		kind = 1
	}
	fits := func(e int) bool {
		if e < 0 || a.isDeal[e] || containsInt(srcs, e) {
			return false
		}
		for _, x := range srcs {
			if a.tiedTo(st, x, e) {
				return false
			}
		}
		switch kind {
		case 1:
			return a.isPerson[e]
		case 2:
			return !a.isPerson[e]
		}
		return true
	}
	if n == 2 && st.hasPair && fits(st.lastPair[0]) && fits(st.lastPair[1]) && (kind != 0 || a.isPerson[st.lastPair[0]] == a.isPerson[st.lastPair[1]]) {
		return []int{st.lastPair[0], st.lastPair[1]}
	}
	// Either kind: the group the story completes last.
	var ppl, orgs []int
	for j := len(st.recent) - 1; j >= 0 && len(ppl) < n && len(orgs) < n; j-- {
		if e := st.recent[j]; fits(e) && a.isPerson[e] {
			ppl = appendNew(ppl, e)
		} else if fits(e) {
			orgs = appendNew(orgs, e)
		}
	}
	switch {
	case len(ppl) == n:
		return ppl
	case len(orgs) == n:
		return orgs
	}
	return nil
}

// orgOfPerson reports an organisation's genitive right before a tracked
// person's name ("गूगल के सुंदर पिचाई", "ओपनएआई के सैम ऑल्टमैन"): it says
// whose the person is and is no party of its own.
func (a *Analyzer) orgOfPerson(c, next chunk) bool {
	return c.mk == mkGen && c.pron == 0 && c.ent >= 0 && !a.isPerson[c.ent] && !a.isDeal[c.ent] &&
		next.pron == 0 && next.ent >= 0 && a.isPerson[next.ent] && next.tok == c.at+1
}

// genPronOfOther reports a third-person genitive pronoun (उनके, उनका,
// उनकी) in clause ci before the frame at at, with a person other than
// y and the speakers sp named (not by a pronoun) before it in the same
// reported words (ci or an earlier content clause of the same speech).
func (a *Analyzer) genPronOfOther(s *sentCtx, ci, at, y int, sp []int) bool {
	cl := &s.cls[ci]
	if cl.quoted {
		return false
	}
	g := s.lastWordBefore(cl, at, func(w string) bool { return w == "उनके" || w == "उनका" || w == "उनकी" })
	if g < 0 {
		return false
	}
	for _, c := range s.chunks {
		if c.tok >= g || c.pron != 0 || c.ent < 0 || c.ent == y || !a.isPerson[c.ent] || containsInt(sp, c.ent) {
			continue
		}
		if c.clause == ci || s.cls[c.clause].kind == ckContent && cl.parent >= 0 && s.cls[c.clause].parent == cl.parent {
			return true
		}
	}
	return false
}

// kindNounAfter reports a noun after "दोनों"/"तीनों" at k that names the
// kind of the group ("दोनों कंपनियों", "तीनों नेताओं").
func (s *sentCtx) kindNounAfter(k int) bool {
	return strings.HasPrefix(s.w(k+1), "कंपनि") || s.flag(k+1)&(fwOrgNoun|fwPairNoun) != 0 || s.class(k+1)&cwOrgPair25 != 0
}

// elidedJudged finds who an evaluative in someone's words judges when no
// subject stands before it: a subject after the copula ("X बोले- महान
// कारोबारी हैं Y", "… झूठे हैं Y"), or, in a headline whose words name no
// one ("X बोले- महान कारोबारी"), the one other person the headline names.
func (a *Analyzer) elidedJudged(s *sentCtx, ci int, o occurrence, sp []int) int {
	cl := &s.cls[ci]
	k := o.k + o.n
	// "महान (कारोबारी) हैं Y": a head noun may follow the word.
	for n := 0; n < 2 && s.isWord(k) && !s.mentionAt(k) && (s.flag(k)&^(fwOwnerNoun|fwEntry|fwRoleNoun) == 0 || personHead(s.w(k))); n++ {
		k++
	}
	cop := k
	for n := 0; n < 2 && s.flag(k)&fwCopula != 0; n++ {
		k++
	}
	if k == cop {
		k = -1 // no copula: no subject after
	}
	own := false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		own = true
		if c.tok == k && c.mk == mkBare && c.ent >= 0 && c.pron == 0 && !containsInt(sp, c.ent) {
			return c.ent
		}
	}
	if own || s.f.name != "title" {
		return -1
	}
	// The words are the judgement alone: "महान कारोबारी", "‘झूठी
	// कहानी’", "बेहद खतरनाक (इंसान) हैं" — not "सब निराधार", "कंपनी
	// तोड़ना गलत" (a thing judged).
	for _, t := range cl.toks {
		switch {
		case t >= o.k && t < o.k+o.n, !s.isWord(t):
		case t < o.k && (s.w(t) == "बहुत" || s.w(t) == "बेहद" || s.w(t) == "सबसे" || s.w(t) == "एक"):
		case s.flag(t)&fwCopula != 0 && t > o.k:
		case s.flag(t)&fwNeg != 0 && t > o.k:
			// "Y पर X: 'ईमानदार नहीं'": a headline drops the copula
			// of a negated judgement too (evalMood makes it an attack).
		case t < o.k && o.k > 0 && s.w(o.k-1) == "के" && !s.mentionAt(t) && !s.inMention(t):
			// "'देश चलाने के काबिल नहीं'", "'भरोसे के लायक'": what
			// the one judged is fit for, before the word.
		case t == o.k+o.n && !s.mentionAt(t) && (personHead(s.w(t)) || s.flag(t)&fwRoleNoun != 0 || o.e.eval.Attack):
			// "महान कारोबारी", "झूठी कहानी" — not "‘… बचाओ बजट’".
		default:
			return -1
		}
	}
	other := -1
	for _, c := range s.chunks {
		if c.ent < 0 || containsInt(sp, c.ent) || !a.isPerson[c.ent] || c.clause == ci || c.pron != 0 {
			continue
		}
		if c.mk == mkAgent && s.cls[c.clause].kind == ckMain && c.clause > ci {
			continue // "X बोले- ऐतिहासिक, Y ने उठाए सवाल": Y does his own act (session 31)
		}
		if other >= 0 && other != c.ent {
			return -1
		}
		other = c.ent
	}
	return other
}

// personHead: a head noun that makes an evaluative a judgement of a
// person ("महान कारोबारी", "अच्छे इंसान").
func personHead(w string) bool {
	switch w {
	case "इंसान", "व्यक्ति", "आदमी", "नेता", "दोस्त", "मित्र", "कारोबारी", "उद्योगपति", "शख्स", "शख्सियत", "उद्यमी", "राष्ट्रपति", "प्रधानमंत्री", "उम्मीदवार", "लीडर":
		return true
	}
	return false
}

// carriedPartner: for a frame at o with no object in a headline, the
// part before it (the same clause up to its last comma before o, or the
// sibling clause closed by a comma) names the partner: its one tracked
// name that is not the source. With no source, a name owning a noun in
// that part ("X की चुप्पी") is the source. The part after the comma must
// carry no postposition of its own.
func (a *Analyzer) carriedPartner(s *sentCtx, ci int, o occurrence, srcs []int, st *storyState) ([]int, int) {
	cl := &s.cls[ci]
	cut := -1
	for _, k := range cl.toks {
		if k < o.k && s.w(k) == "," {
			cut = k
		}
	}
	from, to := -1, -1 // the part before, as token bounds
	if cut >= 0 {
		from, to = cl.toks[0], cut
	} else if ci > 0 && s.cls[ci-1].parent == cl.parent && s.cls[ci-1].kind == cl.kind && s.w(s.cls[ci-1].last()) == "," && len(s.cls[ci-1].toks) > 0 {
		from, to = s.cls[ci-1].toks[0], s.cls[ci-1].last()
	} else {
		return srcs, -1
	}
	for _, k := range cl.toks {
		if k > to && k < o.k && s.flag(k)&fwPostposition != 0 && !(k == cl.toks[0] && s.w(k) == "पर") {
			return srcs, -1
		}
	}
	if len(srcs) == 0 && cl.kind == ckContent {
		srcs = a.speakers(s, ci, st, nil)
	}
	var owners, others []int
	for _, c := range s.chunks {
		if c.tok < from || c.tok >= to || c.ent < 0 || c.pron != 0 || containsInt(srcs, c.ent) {
			continue
		}
		if len(srcs) == 0 && c.mk == mkMod && isGenitive(s.w(c.end)) {
			owners = appendNew(owners, c.ent)
			continue
		}
		others = appendNew(others, c.ent)
	}
	if len(srcs) == 0 {
		if len(owners) != 1 {
			return srcs, -1
		}
		srcs = owners
	}
	if len(others) != 1 || containsInt(srcs, others[0]) {
		return srcs, -1
	}
	return srcs, others[0]
}

// afterTitleComma reports a headline clause right after a sibling closed
// by a comma ("…, पर समर्थन बरकरार"): a part with no name of its own that
// may carry on the partner before (carriedPartner).
func (s *sentCtx) afterTitleComma(ci int) bool {
	return s.f.name == "title" && ci > 0 && s.cls[ci-1].kind == s.cls[ci].kind && s.cls[ci-1].parent == s.cls[ci].parent && len(s.cls[ci-1].toks) > 0 && s.w(s.cls[ci-1].last()) == ","
}

// readAgainst reads a headline that sets a name against another with no
// predicate: "Y के खिलाफ X, …", "Y के (फैसले के) खिलाफ उतरी X", "X Y के
// खिलाफ": the tracked subject right after (or before) the के खिलाफ/
// विरुद्ध phrase, closing its part (a comma, the end, or a verb of taking
// a stand: उतर-, खड़-), opposes its owner.
func (a *Analyzer) readAgainst(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckMain || cl.mood != "" {
		return
	}
	closes := func(k int) bool {
		if k >= s.sn.b || !s.isWord(k) {
			return true
		}
		w := s.w(k)
		return strings.HasPrefix(w, "उतर") || strings.HasPrefix(w, "खड")
	}
	idx := s.inClause(ci)
	for n, i := range idx {
		c := s.chunks[i]
		if c.mk != mkKhilaf || c.ent < 0 || c.pron != 0 {
			continue
		}
		if n+1 < len(idx) {
			x := s.chunks[idx[n+1]]
			// ("… के खिलाफ उतरी X": the stand verb first.)
			if (x.tok == c.at+1 || x.tok == c.at+2 && s.isWord(c.at+1) && closes(c.at+1)) && x.mk == mkBare && !x.possessed && x.ent >= 0 && x.pron == 0 && closes(x.end) {
				a.add(s, st, x.ent, c.ent, -1, "criticism", "", 1.2)
				continue
			}
		}
		if n > 0 {
			x := s.chunks[idx[n-1]]
			if x.end == c.tok && x.mk == mkBare && !x.possessed && x.ent >= 0 && x.pron == 0 && closes(c.at+1) {
				a.add(s, st, x.ent, c.ent, -1, "criticism", "", 1.2)
			}
		}
	}
}

// unjustifiedAt reports a word calling the act at o unjustified just
// before it in its clause (बेवजह, अनुचित, "बिना (किसी) वजह/कारण",
// "गलत तरीके से", "सिर्फ इसलिए … क्योंकि") or right after it ("हमले बेवजह हैं").
func (s *sentCtx) unjustifiedAt(o occurrence) bool {
	// Its answers need a word flagged fwUnjust or one of its switch's
	// words in the sentence (rule bit rwUnjust16, rules16.go).
	if s.sentRules()&rwUnjust16 == 0 {
		return false
	}
	for k := o.k - 5; k < o.k+o.n+2; k++ {
		if k >= o.k && k < o.k+o.n || k < s.sn.a {
			continue
		}
		if k < o.k && (s.w(k) == "," || s.flag(k)&(fwKi|fwBreak) != 0) {
			continue
		}
		if s.flag(k)&fwUnjust != 0 {
			return true
		}
		switch s.w(k) {
		case "वजह", "कारण":
			if s.w(k-1) == "बिना" || s.w(k-1) == "किसी" && s.w(k-2) == "बिना" {
				return true
			}
		case "इसलिए":
			// "Y को सिर्फ इसलिए निशाना बनाया जा रहा है क्योंकि …"
			if s.w(k-1) == "सिर्फ" || s.w(k-1) == "केवल" {
				return true
			}
		case "तरीके", "ढंग":
			if s.w(k-1) == "गलत" && s.w(k+1) == "से" {
				return true
			}
		}
	}
	return false
}

// hasDoer reports a tracked doer of the clause before word k: a
// ने-agent or a bare subject.
func (a *Analyzer) hasDoer(s *sentCtx, ci, k int) bool {
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed && c.tok < k) {
			return true
		}
	}
	return false
}

// happening reports an intransitive "हो रहा/रहे/रही", "हुआ/हुए/हुई" at
// k: an act told as something that happens, with no doer.
func (s *sentCtx) happening(k int) bool {
	switch s.w(k) {
	case "हुआ", "हुए", "हुई", "हुईं":
		return true
	case "हो":
		return strings.HasPrefix(s.w(k+1), "रह")
	}
	return false
}

// parBefore reports a tracked name marked पर before word k in clause ci
// ("Y पर हमले हो रहे हैं"; not "उन्हें Y से निराशा हुई").
func (s *sentCtx) parBefore(ci, k int) bool {
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && c.mk == mkPar && c.tok < k {
			return true
		}
	}
	return false
}

// quotedNickname is the entity named in a quoted nickname whose first
// word is the evaluative at k (n words long): "'कॉमरेड कमला'", "“स्कैम
// ऑल्टमैन”". The word opens the quote, a mention follows it at once and
// the quote closes right after the mention; otherwise -1.
func (s *sentCtx) quotedNickname(k, n int) int {
	if !isQuote(s.w(k - 1)) {
		return -1
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tok == k+n && isQuote(s.w(m.tokEnd)) {
			return m.entity
		}
	}
	return -1
}

// dropEnt removes entity e from srcs, in place.
func dropEnt(srcs []int, e int) []int {
	out := srcs[:0]
	for _, x := range srcs {
		if x != e {
			out = append(out, x)
		}
	}
	return out
}

// tieSealed reports a tie noun called sealed or secure right after it
// ("Y के साथ हमारा करार 2030 तक पक्का", "साझेदारी पूरी तरह सुरक्षित है"),
// as tieAffirmed does for मजबूत/कायम: within the clause, before a comma.
func (s *sentCtx) tieSealed(o occurrence) bool {
	for j := o.k + o.n; j < o.k+o.n+6 && j < s.sn.b; j++ {
		switch s.w(j) {
		case "पक्का", "पक्की", "पक्के", "सुरक्षित":
			// "… पक्का नहीं है": not sealed.
			return s.w(j+1) != "नहीं" && s.w(j+2) != "नहीं"
		case "।", ",", "लेकिन", "मगर", "नहीं", "न", "खतरे", "खतरा":
			return false
		}
	}
	return false
}

// tagNoun: a noun that, owned by a name and set before a colon, a dash or
// a quote, introduces that name's words ("X का सवाल: '…'", "X की
// चेतावनी- …", "X का नरम रुख: '…'").
func tagNoun(w string) bool {
	if speechNoun(w) {
		return true
	}
	switch w {
	case "सवाल", "रुख", "चेतावनी", "नसीहत", "सलाह", "अपील", "पलटवार", "तंज", "कटाक्ष", "हमला", "वार", "आरोप", "दावा", "भरोसा", "वादा", "ऐलान", "टूक", "दलीलें", "जवाबी":
		return true
	// paradigm17: the other nouns of an attack, a threat or praise
	// that outlets set before a colon or a dash ("X की धमकी: …", "X की
	// फटकार- …", "X की बधाई: …").
	case "धमकी", "फटकार", "चुटकी", "ताना", "निशाना", "चुनौती", "ललकार", "आलोचना", "तारीफ", "प्रशंसा", "सराहना", "बधाई", "शुभकामना", "शुभकामनाएं", "धन्यवाद", "शुक्रिया":
		return true
	}
	return false
}

// genTag reads a speech tag after the genitive at token g: up to two
// modifiers and a tagNoun ("का दो टूक जवाब", "की तीखी चेतावनी") that a
// colon, a dash or a quote mark follows, or that closes the sentence
// after a quote ("‘…’: X का दो टूक जवाब"). It returns the tag noun's
// token, or -1.
func (s *sentCtx) genTag(g int) int {
	for k := g + 1; k < s.sn.b && k <= g+3; k++ {
		if !s.isWord(k) || s.mentionAt(k) || isGenitive(s.w(k)) || s.flag(k)&fwPostposition != 0 {
			return -1
		}
		if !tagNoun(s.w(k)) {
			continue
		}
		n := k + 1
		// "X का जवाब था: …", "X का कहना है, …".
		if n < s.sn.b && (s.flag(n)&fwCopula != 0) {
			n++
		}
		if n >= s.sn.b {
			return k
		}
		if w := s.w(n); w == ":" || isDash(w) || isQuote(w) || w == "“" {
			return k
		}
	}
	return -1
}

// praisedFuture reports praise at token k in someone's words that a
// later future verb of another subject does not make a plan: "कहा कि
// Y के नेतृत्व में भारत दुनिया को राह दिखाएगा" credits Y now. The
// future verb is not the praise's own light verb ("तारीफ करेंगे"), and
// no pronoun or first person in the clause makes it the speaker's plan.
func (a *Analyzer) praisedFuture(s *sentCtx, cl *clause, k int) bool {
	if cl.kind != ckContent {
		return false
	}
	e, n := a.matchAt(s, k, entFrame)
	if e == nil || e.frame.Kind != "praise" || cl.futTok < k+n+2 {
		return false
	}
	for _, j := range cl.toks {
		switch w := s.w(j); {
		case w == "हम", w == "मैं", w == "वह", w == "वे", s.flag(j)&(fwSubjPron|fwAgentPron) != 0:
			return false
		}
	}
	return true
}

// readMembers reads the members of a venture named as its partners
// where readJoint does not (SCHEMA: co-members of a project whose forming
// the story reports are allied pairwise): in a relative clause ("…
// डेटा सेंटर बनाया जाएगा, जिसमें X, Y और Z साझेदार होंगे"), with an
// owner ("X और <untracked> Y के साझेदार होंगे": X ↔ Y), and in the
// present ("इसमें X, Y और Z साझेदार हैं") only right after the forming
// is announced (ऐलान/घोषणा … किया/हुआ in this sentence or the one
// before, not "… की थी"): a membership explained is background.
func (a *Analyzer) readMembers(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.quoted || s.screen&swPartner == 0 {
		return
	}
	at, present := -1, false
	for _, k := range cl.toks {
		if s.w(k) != "साझेदार" {
			continue
		}
		switch s.w(k + 1) {
		case "होंगे", "होंगी", "होगा", "होगी", "बनेंगे", "बनेंगी":
			at = k
		case "हैं", "है":
			at, present = k, true
		}
	}
	if at < 0 {
		return
	}
	owner := -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && c.pron == 0 && c.end == at-1 && isGenitive(s.w(at-1)) && !a.isDeal[c.ent] {
			owner = c.ent
		}
	}
	var ids []int
	grp := -1
	// The group nearest before साझेदार: "X की इकाई X-नाम में Y और Z
	// साझेदार होंगे" (session 25).
	idx := s.inClause(ci)
	for n := len(idx) - 1; n >= 0; n-- {
		c := s.chunks[idx[n]]
		if c.ent < 0 || c.tok >= at || owner >= 0 && c.end == at-1 || a.isDeal[c.ent] || c.pron != 0 || c.mk != mkBare {
			continue
		}
		// ("X और Y, Z के साझेदार": the members own nothing.)
		if c.possessed && owner < 0 || grp >= 0 && c.group != grp {
			continue
		}
		grp = c.group
		ids = appendNew(ids, c.ent)
	}
	if owner >= 0 {
		ids = appendNew(ids, owner)
	} else if h := a.ventureHost25(s, ci, at, st); h >= 0 && !a.isDeal[h] {
		ids = appendNew(ids, h) // (venture25.go)
	}
	// The cases readJoint reads: a main clause's two or more members
	// without an owner, in the future.
	if cl.kind == ckMain && owner < 0 && !present {
		return
	}
	if len(ids) < 2 || len(ids) > 4 || !a.oneKind(ids) {
		return
	}
	if present && !a.formingAnnounced(s, at) {
		return
	}
	for _, k := range cl.toks {
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.pol < 0 {
			return
		}
	}
	mood := a.clauseMood(s, cl, at)
	if mood == pipeline.MoodFuture {
		mood = ""
	}
	for _, x := range ids {
		for _, y := range ids {
			if x != y {
				a.add(s, st, x, y, 1, "alliance", mood, 1.2)
			}
		}
	}
}

// formingAnnounced reports an announcement of something formed
// (ऐलान/घोषणा/एलान with किया/की/हुआ, not the pluperfect "की थी") in the
// sentence before token k or in the forty words before it in its field.
func (a *Analyzer) formingAnnounced(s *sentCtx, k int) bool {
	from := max(0, s.sn.a-40)
	words := s.f.words
	for j := from; j < k && j < len(words); j++ {
		switch words[j] {
		case "ऐलान", "घोषणा", "एलान":
		default:
			continue
		}
		for n := j + 1; n < len(words) && n <= j+3; n++ {
			switch words[n] {
			case "किया", "की", "हुआ", "हुई", "दिया", "दी":
				if compoundAnnounce33b(words, j, n) && (!pluperfectAfter(words, n) || a.recentForming31(s.f, j)) {
					return true
				}
			}
		}
	}
	return false
}

// pluperfectAfter reports था/थी/थे within three words after the light
// verb at n ("घोषणा की गई थी", "ऐलान किया था"): a forming long past.
func pluperfectAfter(words []string, n int) bool {
	for j := n + 1; j < len(words) && j <= n+3; j++ {
		switch words[j] {
		case "था", "थी", "थे":
			return true
		case "।", ".":
			return false
		}
	}
	return false
}

// readWorkWith reads, in someone's words, working with Y said to be a
// joy or an honour, or said to go on (SCHEMA: a party affirming a tie is
// that speaker's supportive stance towards Y): "Y के साथ (मिलकर) काम
// करना गर्व/खुशी/सम्मान की बात है", "… सबसे रोमांचक अनुभव रहा",
// "हम Y के साथ मिलकर काम करते रहेंगे". Negation, a question or a
// condition keep it unasserted; a plan to start working together
// ("Y के साथ काम करेंगे") is no tie affirmed.
func (a *Analyzer) readWorkWith(s *sentCtx, ci int, st *storyState) {
	// A chunk marked के साथ needs साथ in the sentence (swSaath).
	if s.screen&swSaath == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || a.isDeal[c.ent] {
			continue
		}
		if s.w(c.at) != "साथ" || s.w(c.at-1) != "के" {
			continue
		}
		p := c.at + 1
		if s.w(p) == "मिलकर" {
			p++
		}
		if s.w(p) != "काम" {
			continue
		}
		v := s.w(p + 1)
		goesOn := (v == "करते" || v == "करता" || v == "करती") && strings.HasPrefix(s.w(p+2), "रह")
		if !goesOn && !a.workPraised(s, cl, p+2) {
			continue
		}
		mood := a.clauseMood(s, cl, p)
		if mood == pipeline.MoodFuture && goesOn {
			mood = ""
		}
		for _, x := range a.speakers(s, ci, st, nil) {
			a.add(s, st, x, c.ent, 1, "praise", mood, 1.0)
		}
		return
	}
}

// workPraised reports a word of joy, pride or honour from token k to the
// end of the clause ("गर्व की बात", "खुशी की बात", "रोमांचक अनुभव"), or
// a supportive evaluative word there.
func (a *Analyzer) workPraised(s *sentCtx, cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j < k {
			continue
		}
		switch s.w(j) {
		case "गर्व", "खुशी", "सम्मान", "सौभाग्य", "गौरव", "रोमांचक", "शानदार", "बेहतरीन", "अद्भुत", "प्रेरक", "सुखद", "आनंद", "मजा", "यादगार", "फख्र", "फक्र":
			return true
		}
		if e, _ := a.matchAt(s, j, entEval); e != nil && e.eval.pol > 0 {
			return true
		}
	}
	return false
}

// readTieKept reads, in someone's words, a tie with Y said to go on
// ("Y के साथ (हमारी) साझेदारी/करार (पहले की तरह) जारी रहेगी/रखेंगे"):
// the speaker's affirmation (SCHEMA), towards Y only, asserted now though
// its verb is future. Negation, a question or a condition keep it
// unasserted.
func (a *Analyzer) readTieKept(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent || s.screen&swJaari == 0 {
		return
	}
	at, tie := -1, -1
	for _, k := range cl.toks {
		switch s.w(k) {
		case "साझेदारी", "करार", "समझौता", "रिश्ता", "रिश्ते", "दोस्ती", "सहयोग", "गठबंधन":
			if tie < 0 {
				tie = k
			}
		case "जारी":
			if tie >= 0 && k-tie <= 6 {
				switch s.w(k + 1) {
				case "रहेगी", "रहेगा", "रहेंगे", "रहेंगी", "रखेंगे", "रखेगा", "रखेगी", "रखेंगी", "रहने":
					at = k
				}
			}
		}
	}
	if at < 0 {
		return
	}
	y := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent >= 0 && !a.isDeal[c.ent] && c.tok < tie && c.mk == mkSaath {
			y = c.ent
		}
	}
	if y < 0 {
		return
	}
	mood := a.clauseMood(s, cl, at)
	if mood == pipeline.MoodFuture {
		mood = ""
	}
	for _, x := range a.speakers(s, ci, st, nil) {
		a.add(s, st, x, y, 1, "alliance", mood, 1.0)
	}
}

// moneyIntoEntry is the frame of money placed in Y (SCHEMA: investing in
// or funding Y is supportive X → Y): a sum or a money noun before a
// verb of placing, whatever the currency, scale or tense ("Y में 500
// करोड़ रुपये लगाए", "… 22.5 अरब डॉलर झोंके", "… 7.5 अरब डॉलर जमा
// किए", "… भारी रकम लगाई", "… 30 अरब लगाएगा"); readFrame reads its
// agent, its target (Y marked में) and its mood as for any frame.
var moneyIntoEntry = func() *entry {
	f := &Frame{Words: "<राशि> लगाना", Polarity: "supportive", Kind: "donation", Weight: 1.0, pol: 1}
	f.targets[mkBetween] = true
	return &entry{kind: entFrame, frame: f}
}()

// moneyWord: a currency, a scale ending a sum, or a noun of money.
func moneyWord(w string) bool {
	switch w {
	case "डालर", "रुपये", "रुपए", "रुपया", "यूरो", "पाउंड", "येन", "युआन", "दिरहम",
		"अरब", "करोड", "लाख", "खरब", "बिलियन", "मिलियन", "billion", "million", "bn", "mn", "dollar", "dollars",
		"पैसा", "पैसे", "रकम", "राशि", "पूंजी", "धनराशि":
		return true
	}
	return false
}

// placeVerb reports a verb of placing money at token k: लगा-, झोंक-,
// डाल- (not डालर), खपा-, जमा कर-/कि-.
func (s *sentCtx) placeVerb(k int) bool {
	w := s.w(k)
	switch {
	case w == "लगा":
		// "लगा चुका", "लगा दिए"; not the intransitive "पैसा लगा है".
		nx := s.w(k + 1)
		return strings.HasPrefix(nx, "चुक") || strings.HasPrefix(nx, "दि") || nx == "दी"
	case strings.HasPrefix(w, "लगा"):
		return !strings.HasPrefix(w, "लगातार") && !strings.HasPrefix(w, "लगाम")
	case strings.HasPrefix(w, "झोंक"), strings.HasPrefix(w, "खपा"):
		return true
	case strings.HasPrefix(w, "डाल"):
		return w != "डालर"
	case w == "जमा":
		nx := s.w(k + 1)
		return strings.HasPrefix(nx, "कि") || strings.HasPrefix(nx, "कर")
	}
	return false
}

// moneyPlaced adds to occ (sorted by token) an occurrence of
// moneyIntoEntry for each sum placed in a tracked party in the clause
// ("Y में N <currency> <verb of placing>", in a headline also "Y में
// झोंके N <currency>") that no lexicon entry already covers. An
// oblique infinitive with a genitive doer ("X के Y में N लगाने के ऐलान
// पर …") is that doer's, read here.
func (a *Analyzer) moneyPlaced(s *sentCtx, ci int, st *storyState, occ []occurrence) []occurrence {
	if s.screen&swMoney == 0 || !s.entWith(ci, 1<<mkBetween) {
		return occ // every reading needs a moneyWord, and Y in the clause
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		// k is the first token of the frame, v its verb.
		v := -1
		switch {
		case moneyWord(s.w(k)) && s.placeVerb(k+1):
			v = k + 1
		case moneyWord(s.w(k)) && !moneyWord(s.w(k+1)) && s.placeVerb(k+1+sumParticles19(s, k+1)):
			v = k + 1 + sumParticles19(s, k+1) // "N डॉलर और झोंके": more, also, again
		case moneyWord(s.w(k)) && s.w(k+1) == "से" && moreWord(s.w(k+2)) && s.placeVerb(k+3):
			v = k + 3 // "N डॉलर से ज्यादा लगा चुका है"
		case moneyWord(s.w(k)) && s.w(k+1) == "तक" && s.placeVerb(k+2):
			v = k + 2 // "N डॉलर तक लगाए"
		case s.placeVerb(k) && s.w(k-1) == "में":
			for j := k + 1; j <= k+5; j++ {
				if moneyWord(s.w(j)) {
					v = k
					break
				}
			}
			if v < 0 && s.moneyBeforePlace28(ci, k) {
				v = k // "रकम Y में लगाई" (place28.go)
			}
		}
		if v < 0 {
			continue
		}
		// Y marked में before the sum, in the clause; X के just before Y.
		y, doer := -1, -1
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.ent >= 0 && c.mk == mkBetween && c.at <= k && c.at >= k-12 {
				y = c.ent
				if g := c.tok - 1; isGenitive(s.w(g)) {
					for _, j := range s.inClause(ci) {
						if d := s.chunks[j]; d.ent >= 0 && d.end == g && d.pron == 0 {
							doer = d.ent
						}
					}
				}
			}
		}
		if y < 0 {
			continue
		}
		if doer >= 0 && strings.HasSuffix(s.w(v), "ने") {
			a.add(s, st, doer, y, 1, "donation", a.clauseMood(s, cl, v), 1.0)
			continue
		}
		covered, at := false, len(occ)
		for i, o := range occ {
			// (An entry there that cannot take Y marked में, "झोंक*"
			// against Y, "डालर डाले" for a person, leaves it to this.)
			if o.k <= v && k < o.k+o.n && (o.e.kind != entFrame || o.e.frame.targets[mkBetween] && !o.e.frame.PersonTarget) {
				covered = true
			}
			if o.k > k && at == len(occ) {
				at = i
			}
		}
		if covered {
			continue
		}
		occ = append(occ, occurrence{})
		copy(occ[at+1:], occ[at:])
		occ[at] = occurrence{e: moneyIntoEntry, k: k, n: v - k + 1}
	}
	return occ
}

// readGotBacking reads backing received, written verb first ("Y को
// मिला X का साथ/समर्थन", "Y को मिली X की खुली हिमायत"): X → Y, as "Y को X
// का समर्थन मिला" is. Negation, a question or speculation keep it
// unasserted.
func (a *Analyzer) readGotBacking(s *sentCtx, ci int, st *storyState) {
	if s.screen&swGot == 0 || a.clauseScreen(s, ci)&swGot == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		switch s.w(k) {
		case "मिला", "मिली", "मिले":
		default:
			continue
		}
		y, x := -1, -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || a.isDeal[c.ent] {
				continue
			}
			switch {
			case c.mk == mkKo && c.at < k:
				y = c.ent
			case c.tok > k && c.tok <= k+3 && c.pron == 0 && (c.mk == mkGen && backingNoun(s, c.at+1) || c.mk == mkSaath && s.w(c.at-1) == "का"):
				// ("X का साथ" is chunked as के साथ is.)
				x = c.ent
			}
		}
		if x < 0 || y < 0 {
			continue
		}
		a.add(s, st, x, y, 1, "endorsement", a.clauseMood(s, cl, k), 1.2)
		return
	}
}

// backingNoun reports a noun of backing at k, or one word on after an
// adjective ("खुला समर्थन", "पूरा साथ").
func backingNoun(s *sentCtx, k int) bool {
	for j := k; j <= k+1; j++ {
		switch s.w(j) {
		case "साथ", "समर्थन", "सहयोग", "सहारा", "आशीर्वाद", "हिमायत", "endorsement", "support", "backing":
			return true
		}
	}
	return false
}

// bothPair is the pair "दोनों" stands for: the story's last pair, and for
// "दोनों कंपनियां/कंपनियों" each person of it as the one organisation the
// story ties to them ("X की कंपनी Y …; दोनों कंपनियों के बीच करार").
func (a *Analyzer) bothPair(s *sentCtx, st *storyState, idx []int) []int {
	ids := []int{st.lastPair[0], st.lastPair[1]}
	if !s.bothFirms20(idx) {
		return ids
	}
	return a.firmsPair20(st, ids)
}

// readTieSpoken reads, in someone's words, their tie with Y as the
// subject of what it does or will do ("रिलायंस के साथ यह साझेदारी लाखों
// कारोबारों की मदद करेगी", "Y के साथ साझेदारी से यह मॉडल सब तक
// पहुंचेगा"): the speaker affirms the tie (SCHEMA), towards Y only. Not a
// tie to be formed ("Y के साथ साझेदारी करेंगे": a plan), not talks about
// one, not one the words damn or end (a hostile word or a flipper in the
// clause); negation, a question or a condition keep it unasserted.
func (a *Analyzer) readTieSpoken(s *sentCtx, ci int, st *storyState) {
	// A chunk marked के साथ needs साथ in the sentence (swSaath).
	if s.screen&swSaath == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	y, at := -1, -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || a.isDeal[c.ent] || c.mk != mkSaath || s.w(c.at-1) != "के" {
			continue
		}
		k := c.at + 1
		switch s.w(k) {
		case "यह", "इस", "हमारी", "हमारा", "हमारे", "अपनी", "अपना", "उनकी", "उसकी", "नई", "नया", "कंपनी", "की":
			k++
		}
		switch s.w(k) {
		case "साझेदारी", "करार", "गठबंधन", "सहयोग", "समझौता", "partnership":
		default:
			continue
		}
		switch nx := s.w(k + 1); nx {
		case "करेंगे", "करेगी", "करेगा", "करेंगी", "करने", "करना", "कर", "करके", "करते", "करती", "करता", "करें", "की", "पर", "के", "को":
			continue // a plan, "… की शर्तों", "… पर बातचीत", "… को लेकर"
		}
		y, at = c.ent, k
	}
	if y < 0 {
		return
	}
	for _, k := range cl.toks {
		switch s.w(k) {
		case "बातचीत", "वार्ता", "चर्चा", "अटकलें", "अटकल":
			return
		}
		if e, _ := a.matchAt(s, k, entFlip); e != nil {
			return
		}
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.pol < 0 {
			return
		}
		if e, _ := a.matchAt(s, k, entEval); e != nil && e.eval.pol < 0 {
			return
		}
	}
	mood := a.clauseMood(s, cl, at)
	if mood == pipeline.MoodFuture {
		mood = ""
	}
	for _, x := range a.speakers(s, ci, st, nil) {
		a.add(s, st, x, y, 1, "alliance", mood, 1.0)
	}
}

// moreWord: "more" after से in a sum ("N डॉलर से ज्यादा/अधिक").
func moreWord(w string) bool {
	switch w {
	case "ज्यादा", "अधिक", "ऊपर":
		return true
	}
	return false
}

// bhiAfterGiver reports भी at or after the first token of a giver chunk
// of clause ci (a tracked name, a ने-agent or an unpossessed bare
// subject) and before the clause's last token. readSameGift needs one:
// its भी stands from its first giver up to its giving word, a token of
// the clause (its tokens are in order), so a clause without one is
// passed over before its words are looked up in the lexicon.
func (s *sentCtx) bhiAfterGiver(ci int) bool {
	lo := -1
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && c.pron == 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) && (lo < 0 || c.tok < lo) {
			lo = c.tok
		}
	}
	toks := s.cls[ci].toks
	if lo < 0 || len(toks) == 0 {
		return false
	}
	for k := lo; k < toks[len(toks)-1]; k++ {
		if s.w(k) == "भी" {
			return true
		}
	}
	return false
}

// readSameGift reads a gift repeated by another giver ("X ने Y के कोष में
// N दिए। Z ने भी इतनी ही रकम दान की", "Z और W भी इतनी ही रकम दे चुके
// हैं"): a giving word whose giver has भी after it and whose clause names
// no one else is a gift to whom the story's last gift went (SCHEMA:
// donation). Negation, a question or a plan keep it unasserted.
func (a *Analyzer) readSameGift(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind == ckRel || cl.quoted || s.screen&swBhi == 0 || !s.entWith(ci, 1<<mkAgent|1<<mkBare) {
		return // (the givers are the clause's)
	}
	if !s.bhiAfterGiver(ci) {
		return // (before the lexicon is asked: bhiAfterGiver)
	}
	at := -1
	for _, k := range cl.toks {
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.Kind == "donation" && e.frame.pol > 0 {
			at = k
			break
		}
		if w := s.w(k); (w == "रकम" || w == "राशि") && (strings.HasPrefix(s.w(k+1), "दान") || strings.HasPrefix(s.w(k+1), "दे") || strings.HasPrefix(s.w(k+1), "दी") || strings.HasPrefix(s.w(k+1), "दि")) {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	var givers []int
	idx := s.inClause(ci)
	first := -1
	for _, i := range idx {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || c.tok > at {
			continue
		}
		if c.mk != mkAgent && !(c.mk == mkBare && !c.possessed) {
			return // someone else named: the frame reads it
		}
		if first < 0 {
			first = c.tok
		}
		givers = appendNew(givers, c.ent)
	}
	// भी on the givers, before the giving word.
	bhi := false
	for k := first; first >= 0 && k < at; k++ {
		bhi = bhi || s.w(k) == "भी"
	}
	if !bhi || len(givers) == 0 {
		return
	}
	for _, i := range idx {
		if c := s.chunks[i]; c.ent >= 0 && c.tok > at {
			return
		}
	}
	tgt := -1
	for i := len(st.stanceList) - 1; i >= 0; i-- {
		if x := st.stanceList[i]; x.Kind == "donation" && x.Mood == "" && x.Polarity == pipeline.Supportive {
			for e := range a.ents {
				if a.ents[e].ID == x.Target {
					tgt = e
				}
			}
			break
		}
	}
	if tgt < 0 {
		return
	}
	mood := a.clauseMood(s, cl, at)
	for _, x := range givers {
		a.add(s, st, x, tgt, 1, "donation", mood, 1.0)
	}
}

// announcedPlans asserts the deals this sentence announces for later
// (SCHEMA: an announced deal counts even when it is carried out later):
// a supportive alliance or investment read in the future, in a sentence
// that announces it ("X ने घोषणा की कि वह Y में N निवेश करेगा", "Y में
// N लगाएगा X, Z ने किया ऐलान", "X और Y मिलकर … बनाएंगे, Z ने ऐलान
// किया"), is asserted too. Not an announcement itself negated, planned or
// long past ("ऐलान करेंगे", "ऐलान किया था"), not a question or a
// condition (those moods are not the future's).
func (a *Analyzer) announcedPlans(s *sentCtx, st *storyState, from int) {
	if from >= len(st.stanceList) || !a.announces(s) {
		return
	}
	for i := from; i < len(st.stanceList); i++ {
		x := st.stanceList[i]
		if x.Mood != pipeline.MoodFuture || x.Polarity != pipeline.Supportive || x.Kind != "alliance" && x.Kind != "donation" {
			continue
		}
		k := a.keyOf(x).asserted37()
		if i0, ok := st.stances[k]; ok {
			// (Session 32: the asserted copy a headline read — "X और Y
			// मिलकर बनाएंगे …" — is the deal this body sentence
			// announces, no label over a plan: tieLabelUndone15 keeps
			// it.)
			if s.f.name == "body" && st.stanceList[i0].Field == "title" {
				st.announced32 = append(st.announced32, i0)
			}
			continue
		}
		x.Mood, x.Score = "", x.Score*2
		st.stances[k] = len(st.stanceList)
		st.stanceList = append(st.stanceList, x)
	}
}

// announces reports an announcement made in the sentence: ऐलान/घोषणा/
// एलान with a past light verb (किया/की/हुआ/हुई, also verb first "किया
// ऐलान"), not pluperfect, not negated, that frames कि or ends the
// sentence.
func (a *Analyzer) announces(s *sentCtx) bool {
	if s.screen&swAnnounce == 0 {
		return false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		switch s.w(k) {
		case "ऐलान", "घोषणा", "एलान":
		default:
			continue
		}
		for _, n := range [...]int{k + 1, k + 2, k - 1} {
			switch {
			case s.announceVerb33b(k, n):
				if pluperfectAfter(s.f.words[:s.sn.b], max(n, k)) || s.flag(max(n, k)+1)&fwNeg != 0 || s.flag(n-1)&fwNeg != 0 {
					continue
				}
				// What is announced: the words after कि, or, at the
				// end of the sentence, what came before ("…, Z ने
				// किया ऐलान"); not another act coordinated after it.
				if s.announcedThat(max(n, k)) {
					return true
				}
			}
		}
	}
	return false
}

// announcedThat reports the announcement ending at token e framing what
// is announced: कि right after it ("घोषणा की कि …", "ऐलान किया है कि
// …"), or nothing but punctuation after it (the sentence's end: "…, Z
// ने किया ऐलान").
func (s *sentCtx) announcedThat(e int) bool {
	j := e + 1
	for s.w(j) == "है" || s.w(j) == "गया" || s.w(j) == "गई" {
		j++
	}
	if s.w(j) == "कि" {
		return true
	}
	for ; j < s.sn.b; j++ {
		if s.isWord(j) {
			return false
		}
	}
	return true
}

// readThanksCall reads thanks called out to someone in the words ("X
// बोले- धन्यवाद (राष्ट्रपति) Y", "X ने कहा, शुक्रिया Y जी", "Y, धन्यवाद"):
// the name right after or right before the thanks word, with nothing else
// of the clause around it, is whom the speaker thanks.
func (a *Analyzer) readThanksCall(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent || s.screen&swThanks == 0 {
		return
	}
	at := -1
	for _, k := range cl.toks {
		switch s.w(k) {
		case "धन्यवाद", "शुक्रिया", "थैंक्स", "थैंक", "thanks", "thank":
			at = k
		}
	}
	if at < 0 {
		return
	}
	after := at + 1
	if s.w(at) == "थैंक" || s.w(at) == "thank" {
		after++ // "थैंक यू Y"
	}
	y := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.mk != mkBare || c.possessed || a.isDeal[c.ent] {
			continue
		}
		// "धन्यवाद (राष्ट्रपति/पीएम/मिस्टर) Y (जी)" at the clause's end,
		// or "Y, धन्यवाद".
		lead := c.tok >= after && c.tok <= after+1 && s.clauseEndsAfter(cl, c.end)
		tail := c.end <= at && c.end >= at-2 && s.clauseEndsAfter(cl, at+1)
		if lead || tail {
			y = c.ent
		}
	}
	if y < 0 {
		return
	}
	mood := a.clauseMood(s, cl, at)
	for _, x := range a.speakers(s, ci, st, nil) {
		a.add(s, st, x, y, 1, "praise", mood, 1.0)
	}
}

// clauseEndsAfter reports that from token k to the end of the clause
// there is nothing but जी, a quote or punctuation.
func (s *sentCtx) clauseEndsAfter(cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j < k || !s.isWord(j) {
			continue
		}
		if w := s.w(j); w != "जी" && w != "साहब" {
			return false
		}
	}
	return true
}

// correlPraise reads praise of a deed through a correlative ("X ने कहा कि
// Y ने … जो किया है, वह असाधारण है", "… Y ने जिस रफ्तार से … पूरा
// किया, वह काबिले-तारीफ है"): the evaluation after वह/वो/यह is of what
// Y did — the speaker's praise of Y, not Y's of the speaker. It replaces
// a reading of the sentence's words the other way round.
func (a *Analyzer) correlPraise(s *sentCtx, st *storyState, from int) {
	for ci := range s.cls {
		cl := &s.cls[ci]
		if cl.kind != ckContent {
			continue
		}
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.mk != mkAgent || a.isDeal[c.ent] {
				continue
			}
			rel := -1
			for k := c.end; k < s.sn.b && k <= c.end+12; k++ {
				if w := s.w(k); w == "जो" || w == "जिस" {
					rel = k
					break
				}
			}
			if rel < 0 {
				continue
			}
			ev, negPraise := -1, false
			for k := rel + 2; k < s.sn.b && k <= rel+14; k++ {
				if w := s.w(k); w == "वह" || w == "वो" || w == "यह" {
					for j := k + 1; j <= k+3 && j < s.sn.b; j++ {
						if e, _ := a.matchAt(s, j, entEval); e != nil && e.eval.pol > 0 {
							ev = j
						}
					}
					// "वह कोई और नहीं कर सकता", "वह चमत्कार से कम नहीं"
					// (eval22.go).
					if ev < 0 {
						if ev = s.negPraise22(k); ev >= 0 {
							negPraise = true
						}
					}
					// (A demonstrative inside the relative clause, "जिस
					// रफ्तार से यह परियोजना पूरी की है, वह …", is not
					// the correlative: read on.)
					if ev >= 0 || s.w(k-1) == "," {
						break
					}
				}
			}
			if ev < 0 {
				continue
			}
			sp := a.speakers(s, ci, st, nil)
			if len(sp) == 0 {
				continue
			}
			y := a.ents[c.ent].ID
			out := st.stanceList[:from]
			for _, x := range st.stanceList[from:] {
				if x.Source == y && x.Polarity == pipeline.Supportive && x.Kind == "praise" && containsID(a, sp, x.Target) {
					delete(st.stances, a.keyOf(x))
					continue
				}
				// (The वह of the correlative is the deed, not a person
				// met earlier: "X ने कहा कि Y ने जिस रफ्तार से …, वह
				// काबिले-तारीफ है" praises no one the sentence leaves
				// unnamed.)
				if x.Polarity == pipeline.Supportive && x.Kind == "praise" && x.Target != y && containsID(a, sp, x.Source) && !s.namesID(a, x.Target) {
					delete(st.stances, a.keyOf(x))
					continue
				}
				st.stances[a.keyOf(x)] = len(out)
				out = append(out, x)
			}
			st.stanceList = out
			mood := a.clauseMood(s, &s.cls[s.cid[ev-s.sn.a]], ev)
			// (The construction's own negator and "सकता" are the praise,
			// not a denial or a guess.)
			if negPraise && (mood == pipeline.MoodNegated || mood == pipeline.MoodSpeculative) {
				mood = ""
			}
			for _, x := range sp {
				a.add(s, st, x, c.ent, 1, "praise", mood, 1.2)
			}
			return
		}
	}
}

// namesID reports a chunk of the sentence naming the entity whose
// watchlist id is id (not a pronoun).
func (s *sentCtx) namesID(a *Analyzer, id string) bool {
	for i := range s.chunks {
		if c := &s.chunks[i]; c.ent >= 0 && c.pron == 0 && a.ents[c.ent].ID == id {
			return true
		}
	}
	return false
}

// containsID reports an entity of ids whose watchlist id is id.
func containsID(a *Analyzer, ids []int, id string) bool {
	for _, e := range ids {
		if a.ents[e].ID == id {
			return true
		}
	}
	return false
}

// chargeNoun is the noun of charges laid ("आरोपों", "इल्जाम").
func chargeNoun(w string) bool {
	switch w {
	case "आरोप", "आरोपों", "इल्जाम", "इल्जामों":
		return true
	}
	return false
}

// chunkEnding is the tracked chunk whose tokens end right before token
// e, or nil.
func (s *sentCtx) chunkEnding(e int) *chunk {
	// Chunks are in token order and do not overlap: the one before the
	// first that starts at or after e.
	i := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= e }) - 1
	if i >= 0 && s.chunks[i].end == e && s.chunks[i].ent >= 0 {
		return &s.chunks[i]
	}
	return nil
}

// nounParties reads the charges or suit named at k as a noun: their
// author ("X के आरोपों", "उनके आरोपों", "X द्वारा लगाए गए आरोपों", "X के
// लगाए आरोप", "X का मुकदमा", "X द्वारा दायर मुकदमे") and, when the
// phrase names one, the one they are against ("Y पर X के आरोपों", "X
// द्वारा Y पर लगाए गए भ्रष्टाचार के आरोपों", "X का Y के खिलाफ मुकदमा",
// "Y के खिलाफ X के मुकदमे"); -1 for either unnamed.
func (s *sentCtx) nounParties(k int) (author, against int) {
	author, against = -1, -1
	j := k - 1
	// "X के व्यापार रहस्य वाले मुकदमे": a qualifier (left31.go).
	j = s.skipQualifier31(j)
	for n := 0; n < 3; n++ {
		switch s.w(j) {
		case "इन", "उन", "इस", "उस", "एक", "इन्हीं", "उन्हीं", "इसी", "उसी", "सभी", "तमाम", "ऐसे", "ही", "कथित", "गंभीर", "नए", "नया", "ताजा", "पुराने", "पुराना", "सारे", "लंबित":
			j--
		}
	}
	// "भ्रष्टाचार के आरोपों", "इसी तरह के मुकदमे": what it is of.
	if s.w(j) == "के" && s.isWord(j-1) && !s.mentionAt(j-1) && s.flag(j-1)&(fwGenPron|fwPostposition) == 0 && s.chunkEnding(j) == nil {
		j -= 2
		if s.w(j) == "इसी" || s.w(j) == "उसी" {
			j--
		}
	}
	onY := func() {
		e := j
		switch {
		case s.w(j) == "पर":
		case s.w(j) == "खिलाफ" && s.w(j-1) == "के":
			e = j - 1
		default:
			return
		}
		if c := s.chunkEnding(e); c != nil {
			// ("Y और उसके सीईओ Z के खिलाफ": the whole group; left31.go.)
			against, j = c.ent, s.groupStart31(c)-1
		}
	}
	onY()
	// "लगाए गए", "लगाए", "दायर किए गए", "दायर": the participle of
	// laying or filing them.
	for n := 0; n < 3; n++ {
		switch s.w(j) {
		case "लगाए", "लगाये", "गए", "गये", "गई", "गया", "किए", "किये", "किया", "की", "दायर":
			j--
			continue
		}
		break
	}
	onY()
	switch {
	case s.w(j) == "द्वारा":
		if s.w(j-1) == "के" {
			j--
		}
		if c := s.chunkEnding(j); c != nil {
			author, j = c.ent, c.tok-1
		}
	case isGenitive(s.w(j)):
		if c := s.chunkEnding(j); c != nil {
			author, j = c.ent, c.tok-1
		}
	case s.reflexiveOwner31(j) >= 0:
		// "X ने Y के खिलाफ अपने मुकदमे …" (left31.go).
		author, j = s.reflexiveOwner31(j), j-1
	case s.w(j) == "से" && s.w(j-1) == "ओर" && isGenitive(s.w(j-2)):
		// "X की ओर से दायर मुकदमा" (fresho12.go).
		if c := s.chunkEnding(j - 2); c != nil {
			author, j = c.ent, c.tok-1
		}
	case s.flag(j)&fwGenPron != 0:
		for i := range s.chunks {
			if c := &s.chunks[i]; c.tok == j && c.ent >= 0 {
				author, j = c.ent, c.tok-1
			}
		}
	}
	if author >= 0 && against < 0 {
		// "Y पर दायर X के मुकदमे": the participle before the owner
		// (fresho12.go).
		j = s.skipFiled12(j)
		onY()
	}
	return author, against
}

// readCharges reads charges named as a noun with both parties in the
// phrase, presupposed as laid: "Y पर X के आरोपों की जांच", "X द्वारा Y पर
// लगाए गए आरोपों …" are X's charge against Y — unless the clause only
// answers them ("… को खारिज किया", "… के जवाब में"; session 27,
// answeredAt27: a charge only answered is not reported as being made).
// With no accused in the phrase the one who answers is not taken for the
// accused (SCHEMA: a charge named only in its rejection).
func (a *Analyzer) readCharges(s *sentCtx, ci int, st *storyState) {
	if s.screen&swCharge == 0 || a.clauseScreen(s, ci)&swCharge == 0 {
		return
	}
	for _, k := range s.cls[ci].toks {
		switch {
		case chargeNoun(s.w(k)):
			if author, accused := s.nounParties(k); author >= 0 && accused >= 0 && accused != author && !s.answeredAt27(k) {
				a.add(s, st, author, accused, -1, "accusation", "", 1.0)
			} else if author >= 0 && accused < 0 {
				s.noteAnswered15(ci, k, author, st)
			} else if y := s.ownerBack34(k); author < 0 && accused < 0 && y >= 0 {
				s.noteAnswered15(ci, k, y, st) // "Y के … से जुड़े आरोपों पर" (reject34.go)
			}
		case suitNoun(s.w(k)):
			a.readSuitNoun(s, ci, k, st)
		case petitionNoun19(s.w(k)):
			a.answeredSuit27(s, ci, k, st)  // (reply27.go)
			a.readSuitOwned19(s, ci, k, st) // (background19.go)
		}
	}
}

// speakerWrong is a kind of hostile act that, told by the one it was
// done to ("X ने कहा कि Y ने उन्हें धमकाया/उनका मजाक उड़ाया"), is the
// teller's charge against the doer.
func speakerWrong(kind string) bool {
	switch kind {
	case "threat", "mockery", "rupture":
		return true
	}
	return false
}

// suitNoun is the noun of a lawsuit ("मुकदमे", "केस").
func suitNoun(w string) bool {
	switch w {
	case "मुकदमा", "मुकदमे", "मुकदमों", "केस", "लासूट", "lawsuit":
		return true
	}
	return false
}

// settleWord is a word of settling or answering a suit ("निपटा",
// "सुलझाया", "जवाब").
func settleWord(w string) bool {
	for _, p := range [...]string{"निपटा", "निपटान", "सुलझा", "जवाब", "settle"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// readSuitNoun reads a suit named as a noun at k, presupposed as filed
// (SCHEMA: the suit a settlement ends still counts as the suer's): "X
// का Y के खिलाफ मुकदमा लंबित है", "Y के खिलाफ X के मुकदमे की सुनवाई"
// are X's suit against Y; with no defendant in the phrase, the one who
// settles or answers it is ("Y ने X का मुकदमा निपटाया", "X के मुकदमे
// के जवाब में Y ने …").
func (a *Analyzer) readSuitNoun(s *sentCtx, ci, k int, st *storyState) {
	owner, against := s.nounParties(k)
	if owner < 0 {
		a.readSuitFiledBy19(s, ci, k, st) // (background19.go)
		return
	}
	a.answeredSuit27(s, ci, k, st) // (reply27.go)
	if against >= 0 {
		if against != owner {
			a.add(s, st, owner, against, -1, "lawsuit", "", 1.0)
		}
		a.suitCoDefendants31(s, st, k, owner, against)
		return
	}
	settled := false
	for j := k + 1; j < s.sn.b && j <= k+8 && !settled; j++ {
		settled = settleWord(s.w(j))
	}
	// "O ने X के खिलाफ जवाबी मुकदमा दायर किया। … X के मुकदमे पर
	// सुनवाई …": the suit O's counter-suit answers (left31.go).
	if !settled && a.counteredSuit31(s, st, owner) {
		return
	}
	if !settled {
		a.readSuitOwned19(s, ci, k, st) // (background19.go)
		return
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.ent == owner || c.possessed || c.mk != mkAgent && c.mk != mkBare {
			continue
		}
		if c.mk == mkAgent && s.w(c.at) != "ने" {
			continue
		}
		a.add(s, st, owner, c.ent, -1, "lawsuit", "", 1.0)
	}
}

// campaignNoun is a noun of a course of action one wages ("मुहिम",
// "अभियान", "सिलसिले", "चाल", "साजिश") or of a part or instance of one
// ("कड़ी", "अध्याय", "हिस्सा", "उदाहरण"); hostile: the noun is an attack
// by itself.
func campaignNoun(w string) (ok, hostile bool) {
	switch w {
	case "साजिश", "षड्यंत्र", "चाल", "हथकंडा", "हथकंडे", "प्रोपेगेंडा", "दुष्प्रचार":
		return true, true
	case "मुहिम", "अभियान", "सिलसिला", "सिलसिले", "कडी", "अध्याय", "हिस्सा", "हिस्से", "उदाहरण", "रणनीति", "कोशिश", "प्रयास", "strategy", "campaign":
		return true, false
	case "कहानी", "कहानियां", "किस्सा", "किस्से":
		// A tale made up by Y (session 19): "आरोपों को Y की
		// गढ़ी हुई/मनगढ़ंत कहानियां बताया" (SCHEMA: charges called
		// fabricated attack their author); hostile only with a
		// hostile word before it, as मुहिम.
		return true, false
	}
	return false, false
}

// campaignOf is the tracked name whose hostile course of action the
// genitive before the campaign noun names ("मस्क के उत्पीड़न का नया
// अध्याय", "मस्क की 'परेशान करने की मुहिम'", "Y की साजिश"), or -1:
// a genitive name, then within a few words a hostile word (or a
// campaign noun hostile by itself) and the campaign noun, with no verb
// of its own between.
func (a *Analyzer) campaignOf(s *sentCtx, ci int) (int, int) {
	if s.screen&swCampaign == 0 {
		return -1, -1 // no campaign noun
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || !isGenitive(s.w(c.end)) {
			continue
		}
		hostile := false
		for j := c.end + 1; j < s.sn.b && j <= c.end+8; j++ {
			w := s.w(j)
			if w == "ने" || w == "," || s.mentionAt(j) {
				break
			}
			if ok, h := campaignNoun(w); ok && (h || hostile) {
				return c.ent, j
			}
			if e, _ := a.matchAt(s, j, entFrame); e != nil && e.frame.pol < 0 && !e.frame.Symmetric {
				hostile = true
			} else if e, _ := a.matchAt(s, j, entEval); e != nil && e.eval.pol < 0 {
				hostile = true
			}
		}
	}
	return -1, -1
}

// readCampaign reads a hostile course of action credited to someone in
// another's words or in what another calls a thing ("X ने कहा कि यह
// मुकदमा Y के उत्पीड़न का नया अध्याय है", "X ने इस केस को Y की
// 'परेशान करने की मुहिम' का हिस्सा बताया", "X बोले- यह Y की साजिश"):
// X's charge against Y.
func (a *Analyzer) readCampaign(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	d, at := a.campaignOf(s, ci)
	if d < 0 {
		return
	}
	var src []int
	switch {
	case cl.kind == ckContent:
		src = a.speakers(s, ci, st, nil)
	case cl.kind == ckMain:
		for _, i := range s.inClause(ci) {
			// ने, or a pronoun agent with ने fused (उन्होंने, resolved).
			if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && (s.w(c.at) == "ने" || c.pron != 0) && c.tok < at {
				src = append(src, c.ent)
			}
		}
		calling := false
		for j := at + 1; j < s.sn.b && j <= at+6; j++ {
			if w := s.w(j); strings.HasPrefix(w, "बताया") || strings.HasPrefix(w, "बताते") || w == "करार" || w == "कहा" {
				calling = true
			}
		}
		if !calling {
			return
		}
	}
	if len(src) != 1 || src[0] == d {
		return
	}
	a.add(s, st, src[0], d, -1, "accusation", a.clauseMood(s, cl, at), 1.0)
}

// withOwners adds to hostile targets the tracked owner named in a
// genitive right before a target's name in clause ci when the clause has
// its own ने-agent ("X ने Y की स्टारगेट परियोजना को खोखला बताया", "X ने
// Y की टेस्ला पर हमला बोला"): an attack on someone's company or project
// is on him too (SCHEMA). Without an agent the genitive is the doer ("Y
// का Z पर हमला").
func (s *sentCtx) withOwners(ci int, tgts, srcs []int) []int {
	if !hasAgent(s, ci) {
		return tgts
	}
	n := len(tgts)
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.pron != 0 || !containsInt(tgts[:n], c.ent) {
			continue
		}
		gen := c.tok - 1
		// "X ने Y के प्लेटफॉर्म Z को … कहा", "Y की कंपनी Z": a kind
		// noun in apposition between the owner and the name (fresh220.go).
		appos := s.chunkEnding(gen) == nil && s.class(gen)&cwApposKind != 0
		if appos {
			gen--
		}
		o := s.chunkEnding(gen)
		if o == nil || o.mk != mkGen && !(appos && o.mk == mkPlace) || o.head >= 0 || o.pron != 0 || !isGenitive(s.w(gen)) || containsInt(srcs, o.ent) || containsInt(tgts, o.ent) {
			continue
		}
		tgts = append(tgts[:len(tgts):len(tgts)], o.ent)
	}
	return tgts
}

// proxySays reports a proxy noun at k that is the bare subject of a
// speech verb right after it ("X के वकील बोले- …", "X के प्रवक्ता ने
// कहा" is read by the chunker).
func (s *sentCtx) proxySays(k int) bool {
	return s.flag(k)&fwProxy != 0 && s.flag(k+1)&fwSpeech != 0
}

// attributiveBefore reports a hostile predicate at k that qualifies the
// clause's ने-agent standing after it ("Y से नाराज X ने … देने से इनकार
// किया"), with every negator or denial of the clause after that agent:
// the negation is the main verb's, the attribute is asserted.
func (a *Analyzer) attributiveBefore(s *sentCtx, cl *clause, k int) bool {
	if e, _ := a.matchAt(s, k, entFrame); e == nil || e.frame.pol >= 0 {
		return false
	}
	agent := -1
	for _, i := range s.inClause(int(s.cid[k-s.sn.a])) {
		if c := s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && s.w(c.at) == "ने" && c.tok > k && c.tok <= k+3 {
			agent = c.tok
			break
		}
	}
	if agent < 0 {
		return false
	}
	for _, j := range cl.toks {
		if s.flag(j)&(fwNeg|fwDenial) != 0 && j < agent {
			return false
		}
	}
	return true
}

// backTagNoun: a noun that, after a demonstrative in a short sentence
// right after a quote, points back at the quote as the speaker's words
// ("“…” X ने यह आरोप लगाया", "“…?” X ने यह सवाल दागा", "… यह टिप्पणी
// की", "… यह चेतावनी दी").
func backTagNoun(a *Analyzer, w string) bool {
	if a.flags[w]&fwCharge != 0 || tagNoun(w) {
		return true
	}
	switch w {
	case "टिप्पणी", "बयान", "सवाल", "तंज", "चेतावनी", "शब्द", "शब्दों", "अल्फाज", "अल्फाजों":
		return true
	}
	return false
}

// titledSpeakerNext reports the next mention (the first of rest) starting
// within two words after token e, before any ने, and before to: the
// name before it qualifies the speaker ("टेस्ला प्रमुख X ने": X says
// the words, not the company).
func titledSpeakerNext(f *field, rest []mention, e, to int) bool {
	if len(rest) == 0 {
		return false
	}
	n := rest[0]
	if n.tok >= to || n.tok < e || n.tok > e+2 {
		return false
	}
	for k := e; k < n.tok; k++ {
		if f.words[k] == "ने" || f.words[k] == "," || isGenitive(f.words[k]) {
			return false
		}
	}
	return true
}

// chargeNounAny: an accusation noun (आरोप, आरोपों, इल्जाम), not a mere claim.
func chargeNounAny(w string) bool {
	return strings.HasPrefix(w, "आरोप") || strings.HasPrefix(w, "इल्जाम")
}

// chargeBack reports that the words after a quote closing at token c of
// sentence si name it as a charge by pointing back at it: nothing but
// the closing stop after the quote, then a sentence with a demonstrative
// and an accusation noun ("“…” X ने रैली में यह आरोप लगाया", "“…” यह
// आरोप X ने लगाया").
func chargeBack(f *field, sents []sentence, si, c int) bool {
	sn := sents[si]
	for k := c + 1; k < sn.b; k++ {
		if f.toks[k].Kind == hindi.Word {
			return false
		}
	}
	if si+1 >= len(sents) {
		return false
	}
	nx := sents[si+1]
	for k := nx.a + 1; k < nx.b && k <= nx.a+24; k++ {
		if f.words[k] == "," {
			return false
		}
		if chargeNounAny(f.words[k]) && demonstrative(f.words[k-1]) {
			return true
		}
	}
	return false
}

// readChargedQuote reads a quote its next sentence calls a charge ("“Y
// अब Z की कंपनी बन चुकी है।” X ने यह आरोप लगाया"): the words are X's
// accusation of the one they make their subject (the first bare name
// of the clause), as "X ने आरोप लगाया कि Y …" is.
func (a *Analyzer) readChargedQuote(s *sentCtx, ci int, st *storyState) {
	if !s.sn.qcharge || s.sn.qspk < 0 {
		return
	}
	cl := &s.cls[ci]
	var subj *chunk
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.ent < 0 || c.pron != 0 || c.ent == s.sn.qspk {
			continue
		}
		// "“Y को हर ठेका मिलता है।” X ने यह आरोप लगाया": the one
		// the words say was favoured is accused too.
		if c.mk == mkBare || c.mk == mkKo {
			subj = c
		}
		break
	}
	if subj == nil {
		return
	}
	// Only a clause of the words themselves: the first of the sentence
	// or one the quote holds.
	if ci > 0 && cl.kind != ckContent {
		return
	}
	// The charge is laid now, whatever the tense of its words ("Y देश
	// को बर्बाद कर देंगी": a charge about the future).
	a.emit(s, st, []int{s.sn.qspk}, []int{subj.ent}, -1, "accusation", "", 1.2)
}

// chargedPraise: words its next sentence calls the speaker's charge
// ("“… क्योंकि वह Y के करीबी दोस्त हैं।” X ने यह आरोप लगाया") are no
// support from the accuser.
func chargedPraise(s *sentCtx, src int, pol int8) bool {
	return pol > 0 && s.sn.qcharge && src == s.sn.qspk
}

// bareDemOwner reads a bare demonstrative before पर at token k ("इस
// पर", "इन पर") in a sentence that opens with someone's act and a
// "… के बाद" ("X के ऐलान के कुछ घंटे बाद Y ने इस पर सवाल उठाए", "X के
// नए फीचर पेश किए जाने के एक दिन बाद Y ने इन पर चुटकी ली"): it points
// at that act, and so at its owner X, the first name of the sentence,
// written with a genitive. It returns X, or -1.
func bareDemOwner(s *sentCtx, k int) int {
	if w := s.w(k); w != "इस" && w != "इन" || s.w(k+1) != "पर" || k == s.sn.a {
		return -1
	}
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	if len(ms) < 2 || ms[0].tok >= k || !isGenitive(s.w(ms[0].tokEnd)) {
		return -1
	}
	owner := ms[0].entity
	// Between the owner and the demonstrative: a बाद, and no name but
	// the one who acts on the act (X ने), someone else.
	after, agent := false, false
	for _, m := range ms[1:] {
		if m.tok >= k {
			break
		}
		if m.entity == owner || s.w(m.tokEnd) != "ने" {
			return -1
		}
		agent = true
	}
	for j := ms[0].tokEnd + 1; j < k; j++ {
		switch s.w(j) {
		case "बाद":
			after = true
		case "।", ",", "कि":
			return -1
		}
	}
	if !after || !agent {
		return -1
	}
	return owner
}

// verblessHeadPart reports a headline's verbless first part holding token
// k, closed by a comma before the future verb at fut: "X और Y के बीच
// करार, पांच साल में मिलेगी क्षमता" — the deal is news, the future is the
// second part's.
func verblessHeadPart(s *sentCtx, k, fut int) bool {
	if s.f.name != "title" {
		return false
	}
	// "X और Y करेंगे साझेदारी, …": the part's own verb, put first.
	for j := k - 1; j >= s.sn.a && s.w(j) != ","; j-- {
		if futureForm(s.w(j)) {
			return false
		}
	}
	for j := k; j < fut; j++ {
		if s.w(j) == "," {
			return true
		}
		if w := s.w(j); s.flag(j)&(fwFinite|fwSpeech) != 0 || futureForm(w) || w == "जल्द" || w == "जल्दी" {
			return false
		}
	}
	return false
}

// futureForm: a verb's future ending (करेंगे, होगी, मिलेगा, बनाएंगी).
func futureForm(w string) bool {
	for _, e := range []string{"ेगा", "ेगी", "ेंगे", "ेंगी", "ोगे", "ूंगा", "ूंगी", "एगा", "एगी", "एंगे", "एंगी", "ओगे", "ोगा", "ोगी", "ोंगे", "ोंगी"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// genDoer: "X का <frame>" names the doer: the frame says so
// (gen_source), or, for any frame, X's genitive heads the frame's noun
// in a clause where no one tracked acts with ने and another tracked
// party stands under one of the frame's own target markers other than
// the genitive ("Y पर X का निशाना", "Y को X का साथ", "Y के खिलाफ X का
// मोर्चा"): the other is the target, so the genitive is the doer. "Y
// की आलोचना" alone keeps Y the target.
func genDoer(s *sentCtx, ci, at int, fr *Frame) bool {
	if fr.GenSource {
		return true
	}
	gen := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.mk == mkAgent && c.ent >= 0 {
			return false
		}
		if c.mk == mkGen && c.head == at && c.tok < at && c.ent >= 0 && c.pron == 0 {
			gen = c.ent
		}
	}
	if gen < 0 {
		return false
	}
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		switch c.mk {
		case mkPar, mkKo, mkKhilaf, mkSe, mkPrati:
			// (A possessed पर-target too: "Y के ऐप पर X की चुटकी",
			// jibe31.go.)
			if fr.targets[c.mk] && c.ent >= 0 && c.ent != gen && (!c.possessed || c.mk == mkPar) && c.pron == 0 {
				return true
			}
		}
	}
	return false
}

// coMutual: a mutual frame whose clause has two tracked agents
// coordinated under one ने ("X और Y ने करार पर दस्तखत किए", "X-Y ने
// एमओयू पर हस्ताक्षर किए") and no partner of its own under के साथ/से: the two made
// it together, so it binds both (SCHEMA: "X और Y ने साझेदारी की").
func (a *Analyzer) coMutual(s *sentCtx, ci, k int, ag []int) bool {
	if len(ag) != 2 || a.isDeal[ag[0]] || a.isDeal[ag[1]] {
		return false
	}
	// "X और Y ने हाथ मिलाया" is as often the handshake of a meeting:
	// only a signed agreement binds two coordinated agents — unless
	// both are organisations, which join hands only in a venture
	// ("गूगल और ओपनएआई ने (हाथ मिलाया|मिलाया हाथ)").
	// A joining of hands announced ("हाथ मिलाने का ऐलान किया") is no
	// handshake (session 16).
	if a.isPerson[ag[0]] || a.isPerson[ag[1]] {
		for j := k; j < k+3; j++ {
			if s.w(j) == "हाथ" && !(s.w(j+1) == "मिलाने" && isGenitive(s.w(j+2)) && s.flag(j+3)&fwDecision != 0) {
				return false
			}
		}
	}
	grp := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= k {
			break
		}
		switch {
		case c.ent >= 0 && (c.mk == mkSaath || c.mk == mkSe):
			return false
		case c.mk == mkAgent && c.ent >= 0:
			if grp >= 0 && c.group != grp {
				return false
			}
			grp = c.group
		}
	}
	return grp >= 0
}

// frameTag reads a headline's "X का <attack noun>: '…'" after the
// genitive at token g: a one-word hostile or supportive noun frame that
// takes a पर target (निशाना, प्रहार, कटाक्ष …), up to two modifiers
// before it, and a colon, a dash or a quote mark right after it: with
// no one under पर, the words after the mark are the genitive's, as
// with the tag nouns of genTag.
func (a *Analyzer) frameTag(s *sentCtx, g int) bool {
	for k := g + 1; k < s.sn.b && k <= g+3; k++ {
		if !s.isWord(k) || s.mentionAt(k) || isGenitive(s.w(k)) || s.flag(k)&fwPostposition != 0 {
			return false
		}
		e, n := a.matchAt(s, k, entFrame)
		if e == nil || n != 1 {
			continue
		}
		fr := e.frame
		if fr.pol == 0 || !fr.targets[mkPar] || fr.Symmetric || fr.Mutual || k+1 >= s.sn.b {
			return false
		}
		w := s.w(k + 1)
		return w == ":" || isDash(w) || isQuote(w) || w == "“"
	}
	return false
}

// jointRelative reports a relative clause that describes a venture being
// formed, "…का ऐलान किया, जिसमें X, Y और Z मिलकर उपक्रम बना रहे हैं":
// one opened by जिसमें / जिसके whose verb is not past (a venture told
// as history, "जिसे X और Y ने मिलकर बनाया था", stays background).
func jointRelative(s *sentCtx, cl *clause) bool {
	if cl.relTok < 0 {
		return false
	}
	switch s.w(cl.relTok) {
	case "जिसमें", "जिसके":
	default:
		return false
	}
	for _, k := range cl.toks {
		switch s.w(k) {
		case "था", "थी", "थे", "थीं":
			return false
		}
	}
	return true
}

// jointSpeakerParty reports that the speaker of "… ने कहा/बताया कि X और Y
// मिलकर …" is one of the partners or heads or works for one of them: a
// party telling its own venture ("गूगल के सीईओ ने कहा कि गूगल और Y मिलकर
// … ला रहे हैं"), not a bystander's account.
func (a *Analyzer) jointSpeakerParty(st *storyState, speakers, ids []int) bool {
	for _, e := range speakers {
		if a.isPerson[e] {
			if org := a.companyOf(st, e); org >= 0 {
				e = org
			}
		}
		for _, x := range ids {
			if x == e {
				return true
			}
		}
	}
	return false
}

// factiveThat18 reports a content clause told as fact: opened by कि after
// बताया/बताई (informed) or पुष्टि की (confirmed), with an optional
// auxiliary between ("X ने बताया कि Y और Z ने मिलकर … बनाया है", "X ने
// पुष्टि की कि …"). The venture told there is the narrator's news, as an
// announced one is (readJoint); a claim (कहा, आरोप लगाया) stays the
// speaker's.
func factiveThat18(s *sentCtx, cl *clause) bool {
	if len(cl.toks) == 0 {
		return false
	}
	k := cl.toks[0]
	if s.w(k) != "कि" {
		k--
	}
	if s.w(k) != "कि" {
		return false
	}
	k--
	for s.w(k) == "है" || s.w(k) == "गया" || s.w(k) == "गई" || s.w(k) == "था" {
		k--
	}
	switch s.w(k) {
	case "बताया", "बताई":
		return true
	case "की":
		return s.w(k-1) == "पुष्टि"
	}
	return false
}

// jointActWord reports a word of making or launching something together,
// read like ventureWord after मिलकर: बनाया / बना रहे / बनाने, लाने /
// लाएंगे, उतारा / उतारने, and the thing made, मंच / ऐप / फोन / उत्पाद.
// (A joint call, "मिलकर उठाई मांग", or a joint attack stays out.)
func jointActWord(w string) bool {
	switch w {
	case "बना", "बनाया", "बनाई", "बनाए", "बनाने", "लाने", "लाएंगे", "लाएंगी", "लाया", "लाई", "मंच", "ऐप", "फोन", "स्मार्टफोन", "उत्पाद", "तैयार", "विकसित":
		return true
	}
	return strings.HasPrefix(w, "उतार")
}

// dropTitleNouns drops the funder noun निवेशक standing as a title
// before a tracked name, "X ने Y और कंपनी के सबसे बड़े निवेशक Z पर
// मुकदमा किया": "Y के … निवेशक Z" names Z; it is not the clause's
// predicate, so the agent is not Y's investor.
func (s *sentCtx) dropTitleNouns(occ []occurrence) []occurrence {
	out := occ[:0]
	for _, o := range occ {
		if o.e.kind == entFrame && o.n == 1 && strings.HasPrefix(s.w(o.k), "निवेशक") && o.k+1 < s.sn.b && s.mentionAt(o.k+1) && s.genitiveBefore(o.k) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// genitiveBefore reports a genitive postposition or a genitive pronoun
// among the three words before k ("Y के (सबसे बड़े) निवेशक", "उसकी सबसे
// बड़ी निवेशक").
func (s *sentCtx) genitiveBefore(k int) bool {
	for j := k - 1; j >= k-3 && j >= s.sn.a; j-- {
		if isGenitive(s.w(j)) || s.flag(j)&fwGenPron != 0 {
			return true
		}
	}
	return false
}

// kiAfter: the clause after clause i is a कि-clause it heads ("…, X ने
// कहा कि …"): the speech verb's words come after it, not before.
func (s *sentCtx) kiAfter(i int) bool {
	return i+1 < len(s.cls) && s.cls[i+1].parent == i && s.cls[i+1].ki
}

// tagAbout: "X की चुटकी: 'Y से सबक ले Z, वरना …'", "X की चेतावनी- Y बाज
// आएं": a tag of X's own hostile or supportive act noun closed by a colon
// or a dash and opening the sentence, with words after it that name one
// tracked party, state no condition and give X no stance of their own, is
// X's act on that party (a spoken kind: criticism, mockery, threat, praise …).
func (a *Analyzer) tagAbout(s *sentCtx, st *storyState, from int) {
	for ci := range s.cls {
		cl := &s.cls[ci]
		if cl.kind != ckMain || len(cl.toks) < 3 {
			continue
		}
		colon := cl.last()
		if w := s.w(colon); w != ":" && w != "-" && w != "—" {
			continue
		}
		src, fr := -1, (*Frame)(nil)
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.pron != 0 || c.mk != mkGen || c.head < 0 || c.head+1 != colon || !s.topicLead36(c.tok) {
				continue
			}
			if e, m := a.matchAt(s, c.head, entFrame); e != nil && m == 1 && e.frame.pol != 0 && !e.frame.Symmetric && !e.frame.Mutual && spokenKind(e.frame.Kind) && !a.wordedTagSilent27(s, occurrence{e: e, k: c.head, n: m}) {
				src, fr = c.ent, e.frame
			}
		}
		if src < 0 {
			continue
		}
		id := a.ents[src].ID
		for _, x := range st.stanceList[from:] {
			if x.Source == id {
				return
			}
		}
		// "X की चेतावनी: Y ने … किया तो …": a condition says no act.
		for k := colon + 1; k < s.sn.b; k++ {
			if w := s.w(k); w == "तो" || w == "अगर" || w == "यदि" {
				return
			}
		}
		tgt, group, also := -1, -1, -1
		for _, c := range s.chunks {
			if c.tok <= colon || c.ent < 0 || c.pron != 0 || c.ent == src {
				continue
			}
			// "X का तंज- 'हम Z खरीद लेंगे'": the thing offered to be
			// bought is no target (buying is no stance; boughtObject24,
			// session 30).
			if s.boughtObject24(int(s.cid[c.tok-s.sn.a]), c) {
				continue
			}
			// "X का आरोप- Y और Z के लिए …": a coordinated pair is named
			// alike (silent36.go).
			// (Not a threat's: "X की चेतावनी: Y और Z अपनी हद में रहें"
			// is left unread, as two names are.)
			if tgt >= 0 && tgt != c.ent && c.group == group && also < 0 && c.mk != mkAgent && fr.Kind != "threat" {
				also = c.ent
				continue
			}
			// "X के आरोप: Y ने किया खारिज": Y acts on its own.
			if tgt >= 0 && tgt != c.ent || c.mk == mkAgent && s.w(c.end) == "ने" {
				return
			}
			tgt, group = c.ent, c.group
		}
		if also >= 0 && s.agentAfter36(colon) {
			return // (two named with an agent: as two names, no reading)
		}
		if tgt >= 0 {
			a.add(s, st, src, tgt, fr.pol, fr.Kind, a.clauseMood(s, cl, colon-1), 1)
		}
		if also >= 0 {
			a.add(s, st, src, also, fr.pol, fr.Kind, a.clauseMood(s, cl, colon-1), 1)
		}
		return
	}
}

// namedTopic is the person the speaker named right before the words ("X
// ने Y का नाम लेकर/लेते हुए कहा कि वे …", "Y का नाम लिए बिना कहा कि
// उन्होंने …"): any third-person pronoun subject in those words is Y, as
// the singular one is for any topic (speechTopic); -1 if the speaker's
// clauses before content clause ci name no one so.
func (a *Analyzer) namedTopic(s *sentCtx, ci, speaker int) int {
	t := a.speechTopic(s, ci, speaker)
	if t < 0 {
		return -1
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent == t && c.mk == mkAbout && c.at > 0 && s.w(c.at-1) == "नाम" {
			return t
		}
	}
	return -1
}

// itsActOwner is whose act इसे/इसको (at k) points back to in its own
// sentence: the nearest tracked name before it, other than avoid, that
// owns an act noun ("X के (उस) दावे/बयान/फैसले …, तो Y ने इसे हास्यास्पद
// बताया", "X की इस नीति पर पूछे जाने पर Y ने इसे …"); -1 when none —
// a bare "it" is as often a thing or an event no one did.
func (a *Analyzer) itsActOwner(s *sentCtx, k, avoid int) int {
	e := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok >= k {
			break
		}
		if c.pron != 0 || c.ent < 0 || c.ent == avoid || c.end >= k || !isGenitive(s.w(c.end)) {
			continue
		}
		n := c.end + 1
		switch s.w(n) {
		case "इस", "उस", "इन", "उन", "इसी", "उसी", "नए", "नई", "नया", "ताजा":
			n++
		}
		if n >= k {
			continue
		}
		if id := s.wordID(n); id >= 0 && a.actKeyOf[id] != "" || s.flag(n)&(fwDecision|fwCharge) != 0 || a.actAhead37(s, n, k) {
			e = c.ent
		}
	}
	// "X ने दावा किया कि …। Y ने इसे हास्यास्पद बताया": with no one
	// named before it, the doer of the last sentence's claim or statement.
	if e < 0 && s.st != nil && s.st.saidBy > 0 && s.st.saidBy-1 != avoid && !s.otherBefore(k, avoid) {
		e = s.st.saidBy - 1
	}
	// "Y ने X का मजाक उड़ाया। X ने इसे शर्मनाक बताया": with no act
	// named, the attack on the source by the one who acted last.
	// (Only in the sentence's first clause: "X ने नया विज्ञापन जारी
	// किया और इसे …" is X's own act; not after a charge, nor with a
	// word that only calls it untrue: "Y ने X पर आरोप लगाया / हमला
	// बोला। X ने इसे बेबुनियाद बताया" is a denial.)
	if e < 0 && s.st != nil && avoid >= 0 && s.cid[k-s.sn.a] == 0 && !s.otherBefore(k, avoid) && !chargeBefore19(s) && !falsityAfter19(s, k) {
		if atk, ok := s.st.attackedBy[avoid]; ok && atk != avoid && atk == s.st.lastAgent {
			e = atk
		}
	}
	return e
}

// afterSemicolon reports a sentence split off after a semicolon ("X ने
// कहा कि Y के पास कोई नीति नहीं; वे बस स्क्रिप्ट पढ़ती हैं।"): it goes on
// with the one before, so a subject in it is not whom the story now
// follows (remember keeps the last agent).
func (s *sentCtx) afterSemicolon() bool {
	for k := s.sn.a - 1; k >= 0 && k >= s.sn.a-2; k-- {
		switch s.f.words[k] {
		case ";":
			return true
		case "\"", "'", "”", "’":
			continue
		}
		return false
	}
	return false
}

// meantFor reports "के लिए" at k, k+1 followed by a participle of award
// ("Y के लिए प्रस्तावित/तय/घोषित/मंजूर (नए) वेतन पैकेज का बचाव"): the
// noun the frame's genitive ends, up to at, is Y's as much as "Y का
// वेतन पैकेज" is.
func (s *sentCtx) meantFor(k, at int) bool {
	if s.w(k) != "के" || s.w(k+1) != "लिए" || k+3 >= at {
		return false
	}
	switch s.w(k + 2) {
	case "प्रस्तावित", "तय", "घोषित", "मंजूर", "स्वीकृत", "निर्धारित":
		// ("… प्रस्तावित करीब 1 ट्रिलियन डॉलर के पैकेज": bf32.go.)
		return at-(k+3+s.amountRun32(k+3)) <= 5
	}
	return false
}

// genAcrossGap is the frame word's position as the long possessed phrase
// before it sees it when up to two gap words (or an adverb in से) stand
// between its genitive and it ("Y के लिए प्रस्तावित पैकेज का पुरजोर बचाव",
// "… ऐलान का गर्मजोशी से स्वागत"): the token after the genitive; at
// itself when there is none.
func (a *Analyzer) genAcrossGap(s *sentCtx, at int) int {
	for k := at - 1; k >= at-3 && k > s.sn.a; k-- {
		w := s.w(k)
		if isGenitive(w) {
			return k + 1
		}
		if w == "से" && k < at-1 {
			return at
		}
		if w == "से" {
			continue
		}
		if id := s.wordID(k); !(id >= 0 && a.gapOf[id] || id < 0 && a.lex.isGap(w)) {
			return at
		}
	}
	return at
}

// otherBefore reports a chunk before token k, other than one of e, that
// names someone tracked.
func (s *sentCtx) otherBefore(k, e int) bool {
	for _, c := range s.chunks {
		if c.tok >= k {
			return false
		}
		if c.ent >= 0 && c.ent != e {
			return true
		}
	}
	return false
}
