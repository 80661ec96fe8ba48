package work

import (
	"slices"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 31 (FRESH2-H): long stories' act nouns.

// coordModifier31 reports two plain words joined by और right before the
// act noun at k ("X के कर और खर्च विधेयक", "Y की व्यापार और शुल्क
// नीति"): one noun qualified twice, its owner's genitive two words
// further back (ownerGenitive), so "इस विधेयक" in a later sentence points
// at X's bill (ddb-007a).
func (s *sentCtx) coordModifier31(k int) bool {
	if k-4 < s.sn.a || s.w(k-2) != "और" {
		return false
	}
	for _, j := range []int{k - 1, k - 3} {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || isGenitive(s.w(j)) || s.flag(j)&fwPostposition != 0 {
			return false
		}
	}
	return true
}

// proxyAccording31 reports a proxy noun at k followed by "के मुताबिक" or
// "के अनुसार" ("X के वकील के मुताबिक …", and the bare "। वकील के
// मुताबिक …" after X's lawyer was named): the clause is the proxy's words,
// so X's, as with "वकील ने कहा" (dbc-003).
func (s *sentCtx) proxyAccording31(k int) bool {
	return k+2 < s.sn.b && s.w(k+1) == "के" && slices.Contains(accordingWords[:], s.w(k+2))
}

// replyNamed31 reports the retort frame "जवाब में" in a clause that names
// whom the reply is aimed at under को ("X ने Y को जवाब में
// 'धोखेबाज' कहा था"): the calling gives the stance towards the one named;
// the retort's own target, the story's last attacker of the speaker
// (there Y's company's board), is not also the reply's (SCHEMA s25 (g): a
// stance towards a chief never counts towards his company; dbc-037).
func (s *sentCtx) replyNamed31(ci int, o occurrence) bool {
	if !o.e.frame.Retort || o.n != 2 || s.w(o.k) != "जवाब" || s.w(o.k+1) != "में" {
		return false
	}
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && c.pron == 0 && c.mk == mkKo && c.at == o.k-1 {
			return true
		}
	}
	return false
}

// proxyOpens31 reports a proxy noun at p that opens its sentence or
// clause (the bare "। वकील के मुताबिक …") or is owned by a tracked name
// right before it ("X के वकील के मुताबिक …"): an untracked owner's
// spokesperson ("व्हाइट हाउस के एक प्रवक्ता के मुताबिक") opens no
// words of a tracked party (accordingTo).
func proxyOpens31(f *field, sn *sentence, p int) bool {
	if p == sn.a || p > sn.a && f.toks[p-1].Kind != hindi.Word {
		return true
	}
	if p-2 < sn.a || !isGenitive(f.words[p-1]) {
		return false
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tokEnd == p-1 {
			return true
		}
	}
	return false
}
