package work

// Session 26 (CLAUSE): argument finding for a hostile or supportive
// frame whose source was found and whose target was lost in the shape
// of the clause: someone's words whose subject is a thing a tracked
// name owns (ownedSubject26, ownerDoers26), a conjunct of the words
// with no subject of its own (conjunctDoers26), a headline's act aimed
// at the topic named before its colon (headlineTopic26).

// ownedSubject26 appends to out the tracked names that own the subject
// opening clause ci's words: "… कि Y का सोशल मीडिया मंच मतदाताओं को
// भरमा रहा है", "… कि ओपनएआई का नया मॉडल हर सवाल पर माफी मांगता है",
// "X का आरोप- Y और Z की जुगलबंदी …". The chunker
// passes a possessed noun's postposition to its owner, but a bare
// subject has none, so the owner is left as a modifier or hung on a
// later postposition. The names (with "और" or a comma between them; an
// untracked name may open the list) open the words and end at the
// genitive; the noun after it is a plain word (no name, no role noun —
// "Y के सीईओ" is the chief, not Y — no speech noun — "Y का कहना है"
// gives Y's words — no compound postposition, "Y के साथ", no condition
// of Y's, "Y की हालत", and no lexicon entry: "Y की आलोचना" is read by its
// frame; nor a party, which is not its leader); the word after that is no
// postposition other than ने ("Y के दफ्तर को …" is the one acted on),
// and a second genitive before a ने makes someone else the owner ("Y के
// एक साथी की कंपनी ने …"). Pronouns, epithets and srcs are left out.
func (a *Analyzer) ownedSubject26(s *sentCtx, ci int, srcs []int, out []int) []int {
	toks := s.cls[ci].toks
	i := 0
	for i < len(toks) {
		if w := s.w(toks[i]); w == "कि" || isQuote(w) || w == ":" || w == "-" || w == "," {
			i++
			continue
		}
		break
	}
	if i >= len(toks) {
		return out
	}
	from := toks[i]
	// (An untracked name may open a list of them: "ऐपल और ओपनएआई की
	// जोड़ी ने …".)
	j := from
	for j+2 < s.sn.b && !s.mentionAt(j) && s.isWord(j) && s.flag(j)&fwPostposition == 0 && (s.w(j+1) == "और" || s.w(j+1) == ",") {
		j += 2
	}
	if !s.mentionAt(j) {
		return out
	}
	g := -1
	for k := j; k < j+8 && k < s.sn.b; k++ {
		if s.cid[k-s.sn.a] != int32(ci) {
			return out
		}
		w := s.w(k)
		if isGenitive(w) {
			g = k
			break
		}
		if !s.mentionAt(k) && !s.inMention(k) && w != "और" && w != "," {
			return out
		}
	}
	if g < 0 {
		return out
	}
	h := g + 1
	// (A party is not its leader: actingBody14.)
	if s.flag(h)&fwProxy != 0 && !actingBody14(s.w(h), s.flag(h)) {
		return out
	}
	if h+1 >= s.sn.b || !s.isWord(h) || s.mentionAt(h) || s.inMention(h) || s.flag(h)&(fwPostposition|fwRoleNoun|fwGenPron) != 0 || speechNoun(s.w(h)) || s.class(h)&(cwCompoundPost26|cwCondition26) != 0 {
		return out
	}
	// The possessed noun phrase ends at the predicate's postposition or
	// at none: another genitive in it before a ने makes someone else the
	// owner ("Y के एक पुराने साथी की कंपनी ने …").
	for k := h + 1; k < h+4 && k < s.sn.b; k++ {
		if isGenitive(s.w(k)) {
			if s.w(k+2) == "ने" || s.w(k+3) == "ने" {
				return out
			}
			break
		}
		if s.flag(k)&fwPostposition != 0 || !s.isWord(k) || s.mentionAt(k) {
			if k == h+1 && s.flag(k)&fwPostposition != 0 && s.w(k) != "ने" {
				return out
			}
			break
		}
	}
	if m := a.matchesAt(s, h); m[entFrame].e != nil || m[entEval].e != nil || m[entFlip].e != nil {
		return out
	}
	n := len(out)
	for _, j := range s.inClause(ci) {
		c := s.chunks[j]
		if c.tok >= g {
			break
		}
		// ("कहा कि Y की सुपर पीएसी के बारे में वह कुछ नहीं कहेंगे": what
		// the words are about is no subject, session 30.)
		if c.tok < from || c.ent < 0 || c.pron != 0 || c.epith || c.mk == mkAbout || containsInt(srcs, c.ent) {
			continue
		}
		out = appendNew(out, c.ent)
	}
	// The last name ends at the genitive ("X और Y का …", not "Y के X
	// का …").
	if len(out) == n {
		return out
	}
	if c := s.chunkAt(lastChunkTok(s, ci, g)); c == nil || c.end != g {
		return out[:n]
	}
	return out
}

// lastChunkTok is the first token of the last chunk of clause ci that
// starts before token g (-1: none).
func lastChunkTok(s *sentCtx, ci, g int) int {
	t := -1
	for _, j := range s.inClause(ci) {
		if c := s.chunks[j]; c.tok < g {
			t = c.tok
		}
	}
	return t
}

// ownerDoers26 reads, in someone's words with no doer of their own,
// the owner of the words' subject as the doer of a hostile frame after
// it: "X ने कहा कि गूगल का नया सहायक कोपायलट की नकल करता है" is X's
// charge against Google, as "… कि गूगल कोपायलट की नकल करता है" would
// be. Only when the sources found are the words' speakers.
func (a *Analyzer) ownerDoers26(s *sentCtx, ci int, o occurrence, srcs []int, st *storyState) []int {
	if s.cls[ci].kind != ckContent || hasAgent(s, ci) {
		return nil
	}
	sp, own := a.speakersOwn26(s, ci, st, srcs)
	if !own {
		return nil
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.tok < o.k && c.ent >= 0 && c.mk == mkBare && !c.possessed && !containsInt(sp, c.ent) {
			return nil
		}
	}
	ds := a.ownedSubject26(s, ci, sp, nil)
	for _, e := range ds {
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.ent == e && c.tok >= o.k {
				return nil
			}
		}
	}
	return ds
}

// conjunctDoers26 reads, in someone's words, the subject of the
// conjunct before as the doer of a hostile frame in a conjunct with no
// subject of its own: "X ने लिखा कि Y सरकार ने उद्योगपतियों को खुश किया
// और किसानों की अनदेखी की", "X का दावा- 'Y डरते हैं, इसीलिए चुप हैं'"
// — Y's second act, told by X, is X's charge against Y. The conjunct
// before is under the same speaker and ends at और or a comma; its doer
// is a tracked ने-agent or bare subject who is not a speaker. The
// frame's conjunct names no one before the frame and has no bare noun
// there that could be its own subject: at most one word, or an object
// phrase that opens the conjunct (its postposition within two words of
// its start) and ends right before the frame ("बाकी राज्यों की अनदेखी
// की", "देश के जवानों को गुमराह किया"; not "… और मीडिया इस मुद्दे पर
// चुप है").
func (a *Analyzer) conjunctDoers26(s *sentCtx, ci int, o occurrence, srcs []int, st *storyState) []int {
	cl := &s.cls[ci]
	if cl.kind != ckContent || cl.ki || ci < 1 || hasAgent(s, ci) || !s.conjunctBefore26(ci, true) {
		return nil
	}
	sp, own := a.speakersOwn26(s, ci, st, srcs)
	if !own {
		return nil
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.tok < o.k && (c.ent >= 0 || c.pron != 0) {
			return nil
		}
	}
	words, first := 0, -1
	for _, k := range cl.toks {
		if k >= o.k {
			break
		}
		if s.isWord(k) && s.flag(k)&fwAnd == 0 {
			if first < 0 {
				first = k
			}
			words++
		}
	}
	marked := func(k int) bool { return s.flag(k)&fwPostposition != 0 || isGenitive(s.w(k)) }
	if words > 1 && !(marked(o.k-1) && (marked(first+1) || marked(first+2))) {
		return nil
	}
	var out []int
	for _, i := range s.inClause(ci - 1) {
		c := s.chunks[i]
		if c.ent < 0 || c.possessed || c.recip || containsInt(sp, c.ent) || c.mk != mkAgent && c.mk != mkBare {
			continue
		}
		out = appendNew(out, c.ent)
	}
	return out
}

// headlineTopic26 is the target of a headline's praise, welcome,
// jibe or criticism with a ने-agent and no one tracked as its object
// when the headline opens with a topic before a colon that names one
// tracked entity: "स्टारगेट का ऐलान: नए डेटा सेंटर बनेंगे, X ने
// सराहा", "ओपनएआई पर भारी जुर्माना: X ने उड़ाया मज़ाक". The topic
// part has no agent and no speech word (else it is the words' speaker:
// "X बोले: …"), and names no one but the topic's entity, who is not the
// doer's own organisation; the frame's own clause names no one tracked
// but its doer, and a jibe or criticism has no object of its own.
// -1: none.
func (a *Analyzer) headlineTopic26(s *sentCtx, st *storyState, ci int, o occurrence, pol int8, kind string, src int) int {
	if s.f.name != "title" || ci < 1 {
		return -1
	}
	switch kind {
	case "praise", "endorsement", "mockery", "criticism":
	default:
		return -1
	}
	top := &s.cls[0]
	if top.parent >= 0 || len(top.toks) < 3 || s.w(top.last()) != ":" {
		return -1
	}
	for _, k := range top.toks {
		if s.flag(k)&fwSpeech != 0 || s.w(k) == "ने" {
			return -1
		}
	}
	e := -1
	for _, i := range s.inClause(0) {
		c := s.chunks[i]
		if c.ent < 0 {
			continue
		}
		if c.pron != 0 || c.epith || c.ent == src || e >= 0 && c.ent != e {
			return -1
		}
		e = c.ent
	}
	// (Not the doer's own organisation's event, "गूगल सम्मेलन: X ने
	// …"; nor a welcome of a tie the headline names, which is an
	// alliance by the ruling: tieSentence25.)
	if e < 0 || a.tiedTo(st, src, e) {
		return -1
	}
	for k := s.sn.a; k < s.sn.b && pol > 0; k++ {
		if s.class(k)&cwTieWord25 != 0 {
			return -1
		}
	}
	// A jibe or a criticism with an object of its own aims at it.
	if pol < 0 && ownObject(s, &s.cls[ci], o.k, o.e.frame) {
		return -1
	}
	agent := false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent >= 0 && c.ent != src {
			return -1
		}
		if c.ent == src && c.mk == mkAgent && c.tok < o.k {
			agent = true
		}
	}
	if !agent {
		return -1
	}
	return e
}
