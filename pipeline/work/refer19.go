package work

import (
	"sort"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 19 (REFER2 helper): who the party is on unseen text.

// proxyOfOther19 reports the genitive at j closing a possessed noun that
// owns the proxy after it and cannot speak for the outer owner: "X के एक
// पूर्व कर्मचारी के वकील ने" is the employee's lawyer, someone untracked,
// not X's. A noun that itself speaks or acts for X (वकील, प्रवक्ता, टीम,
// अभियान, सरकार, कंपनी) or a role noun (X के सीईओ के …) keeps X, as does a
// tracked name between.
func (a *Analyzer) proxyOfOther19(s *sentCtx, j int) bool {
	k := j - 1
	if k < s.sn.a || !s.isWord(k) || s.mentionAt(k) || s.inMention(k) {
		return false
	}
	return s.flag(k)&(fwProxy|fwOwnerNoun|fwOrgNoun|fwRoleNoun|fwEpithet) == 0
}

// untrackedSpeaker19 reports a clause, not in anyone's words, whose
// subject is someone untracked who speaks with बोले/बोलीं/बोला/बोली and
// no ने ("… के बाद कंपनी की एक पूर्व शोधकर्ता बोलीं।"): as with an
// untracked ने-agent (untrackedSubject), a later उन्होंने is that
// speaker, not the last tracked person. The word before the verb is
// the subject's head: no name, pronoun or postposition.
func (a *Analyzer) untrackedSpeaker19(s *sentCtx) bool {
	if !s.flagsMayHave(fwSpeech) {
		return false
	}
	for k := s.sn.a + 1; k < s.sn.b; k++ {
		if k = s.flaggedIn(k, s.sn.b, fwSpeech); k >= s.sn.b {
			break
		}
		if !saidWord28(s.w(k)) {
			continue
		}
		if k+1 < s.sn.b && s.isWord(k+1) {
			continue // "बोली लगाई": a bid; "बोले थे": a chain read elsewhere
		}
		p := k - 1
		if !s.isWord(p) || s.mentionAt(p) || s.inMention(p) || s.flag(p)&(fwPostposition|chunkFlags) != 0 || s.chunkAt(p) != nil {
			continue
		}
		if s.inSpeech(int(s.cid[k-s.sn.a])) {
			continue
		}
		return true
	}
	return false
}

// untrackedSpeaks19 reports, at token k of field f, one of the speech
// verbs बोले/बोलीं/बोला/बोली closing its clause after a subject word
// that is no name, pronoun or postposition: someone untracked spoke
// (untrackedSince, for sentences the story's memory did not take in).
func untrackedSpeaks19(a *Analyzer, f *field, k int) bool {
	if !saidWord28(f.words[k]) {
		return false
	}
	if k < 1 || f.toks[k-1].Kind != hindi.Word || k+1 < len(f.toks) && f.toks[k+1].Kind == hindi.Word {
		return false
	}
	if a.fieldFlags(f, k-1)&(fwPostposition|chunkFlags) != 0 || a.matcher.classAt(f, k-1)&ncFunction != 0 {
		return false
	}
	i := sort.Search(len(f.mentions), func(i int) bool { return f.mentions[i].tokEnd > k-1 })
	return i == len(f.mentions) || f.mentions[i].tok > k-1
}

// chargeBefell19 reports a charge noun told with the intransitive लग-
// ("Y पर आरोप लगने के बाद X ने …", "Y पर आरोप लगे तो X ने …"): the
// charge befell Y and the clause's agent did not make it — he is more
// often the one answering it. Only outside anyone's words; the
// transitive लगा- ("आरोप लगाया/लगाने/लगा दिया") is untouched.
func (s *sentCtx) chargeBefell19(ci int, o occurrence) bool {
	if o.e.frame.pol >= 0 || s.flag(o.k)&fwCharge == 0 || s.cls[ci].kind == ckContent {
		return false
	}
	j := o.k + o.n
	if j >= s.sn.b {
		return false
	}
	switch s.w(j) {
	case "लगने", "लगे", "लगते", "लगना":
		return true
	case "लगा":
		// "आरोप लगा दिया/रहे हैं": the transitive stem.
		return j+1 >= s.sn.b || !s.isWord(j+1) || s.flag(j+1)&fwCopula != 0
	}
	return false
}

// orgSubjectOpens19 reports an organisation noun at k that opens a
// content clause as its bare subject ("X ने कहा कि कंपनी झूठ बोल रही
// है", "… आरोप लगाया कि कंपनी उनकी पोस्टों की पहुंच घटा रही है"):
// like "कंपनी ने", it is the story's last organisation (or the
// speaker's own, speakersOrg). A word follows, not a postposition.
func (s *sentCtx) orgSubjectOpens19(k int) bool {
	if k+1 >= s.sn.b || !s.isWord(k+1) {
		return false
	}
	// "… ने कहा कि यह कंपनी …" (session 22): a demonstrative before the
	// noun points at the same organisation.
	if k-1 > s.sn.a && s.w(k-2) == "कि" && (s.w(k-1) == "यह" || s.w(k-1) == "ये") {
		return true
	}
	return k > s.sn.a && s.w(k-1) == "कि" || orgOpensSentence35(s, k)
}

// ownPair19 reports two entities of the story that are one party: a
// person and the organisation the story or the watchlist ties him to
// (pair's fallback to the story's last two names).
func (a *Analyzer) ownPair19(st *storyState, x, y int) bool {
	if a.isPerson[x] == a.isPerson[y] {
		return false
	}
	if !a.isPerson[x] {
		x, y = y, x
	}
	return !a.isDeal[y] && a.tiedTo(st, x, y)
}

// chargeSelf19 is, for a genitive pronoun chunk i inside the content of
// a charge ("X ने Y पर उनके खिलाफ खबरें दिखाने का आरोप लगाया"), the
// accuser X: the pronoun stands after the accused's पर and before the
// charge noun, in a clause whose ने-agent is a person. News Hindi writes
// उनके where अपने is meant; the accuser is no target of his own charge.
// -1 otherwise.
func (a *Analyzer) chargeSelf19(s *sentCtx, i int) int {
	c := s.chunks[i]
	agent, par := -1, false
	for j := 0; j < i; j++ {
		o := s.chunks[j]
		if o.clause != c.clause || o.pron != 0 || o.ent < 0 {
			continue
		}
		switch {
		case o.mk == mkAgent && s.w(o.at) == "ने" && a.isPerson[o.ent] && !par:
			agent = o.ent
		case o.mk == mkPar && agent >= 0 && o.ent != agent:
			par = true
		}
	}
	if agent < 0 || !par {
		return -1
	}
	for k := c.end; k < s.sn.b && k <= c.end+8; k++ {
		if int(s.cid[k-s.sn.a]) != c.clause || s.mentionAt(k) || s.w(k) == "ने" {
			return -1
		}
		if s.flag(k)&fwCharge != 0 {
			return agent
		}
	}
	return -1
}
