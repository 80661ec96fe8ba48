package work

import (
	"slices"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 29 (ATTACH): a demonstrative pointing back at an act a
// tracked owner was named with ("X के प्रस्ताव पर बहस है। Y ने इस
// प्रस्ताव को घातक बताया": Y → X), also when the sentence before had no
// tracked actor; and the controls: an act owned by someone untracked
// ("संसद के विधेयक") or by two tracked owners at once ("X के प्रस्ताव और
// Z के प्रस्ताव") points back to no one, not to the last actor.

// ownedAct29 reports that the act noun at k was last named with a
// tracked owner written as its genitive ("X के प्रस्ताव";
// storyState.actsOwned29), so "इस N" points back to it with no actor
// in the sentence before.
func (a *Analyzer) ownedAct29(s *sentCtx, k int) bool {
	if s.st == nil || len(s.st.acts) == 0 {
		return false
	}
	key := a.actKey(s, k)
	if key == "" {
		return false
	}
	e, ok := s.st.acts[key]
	return ok && e >= 0 && s.st.actsOwned29[key]
}

// untrackedAct29 reports the act noun at k as no tracked party's: an
// argument (a postposition after it, so not "… की पेशकश की", where the
// genitive is the act's content) owned by an untracked genitive across
// up to two qualifying words ("संसद के नए विधेयक पर", "सरकार की योजना
// को"), or, in a sentence with no tracked actor, a new act ("एक नया
// बजट", "अपनी योजना").
func (a *Analyzer) untrackedAct29(s *sentCtx, k int) bool {
	if s.st != nil && s.st.actor < 0 {
		for j := k - 1; j >= s.sn.a && j >= k-2; j-- {
			if s.class2(j)&cwNewAct30 != 0 {
				return true
			}
		}
		return false
	}
	switch s.w(k + 1) {
	case "पर", "को", "से", "में", "ने":
	default:
		return false
	}
	for g := k - 1; g >= s.sn.a+1 && g >= k-3; g-- {
		if isGenitive(s.w(g)) {
			return s.untrackedOwner29(g)
		}
		if !s.isWord(g) || s.inMention(g) || s.mentionAt(g) || s.flag(g)&fwPostposition != 0 {
			return false
		}
	}
	return false
}

// untrackedOwner29 reports the genitive at g as an untracked owner's:
// no tracked name or pronoun ends at it, and the word before is a body
// of words.yaml act_owners ("संसद के", "सरकार की").
func (s *sentCtx) untrackedOwner29(g int) bool {
	if !s.isWord(g-1) || s.inMention(g-1) || s.mentionAt(g-1) {
		return false
	}
	for _, c := range s.chunks {
		if c.end == g || c.tok <= g-1 && g-1 < c.end {
			return false
		}
	}
	return s.class2(g-1)&cwActOwner29 != 0
}

// claimContainer29 reports a demonstrative's act noun at k that is a
// claim or charge with में after it ("इन दावों में कोई दम नहीं", "इस
// रिपोर्ट में"): what is found in it, or not, denies or reports the
// claim (SCHEMA: rejecting a charge) and is no stance on its maker.
func claimContainer29(s *sentCtx, k int) bool {
	return s.w(k+1) == "में" && (s.flag(k)&fwCharge != 0 || s.class2(k)&cwSaidClaim27 != 0 || claimNoun(s.w(k)))
}

// actOwners29 collects the owners noteActs gives each act key in one
// sentence: a key given two different tracked owners ("X के प्रस्ताव
// और Z के प्रस्ताव") is recorded as owned by no one (-1).
type actOwners29 struct {
	keys   []string
	owners []int
}

// note records owner e of key and returns what the story should keep
// for it: e, or -1 when the sentence gave the key another owner.
func (o *actOwners29) note(key string, e int) int {
	for i, k := range o.keys {
		if k == key {
			if o.owners[i] != e {
				o.owners[i] = -1
			}
			return o.owners[i]
		}
	}
	o.keys = append(o.keys, key)
	o.owners = append(o.owners, e)
	return e
}

// amountOwner29 is, for an act noun's genitive at g that closes an
// amount ("Y की 97 अरब डॉलर की बोली"), the genitive before the amount
// (Y's), or -1.
func (s *sentCtx) amountOwner29(g int) int {
	for h := g - 3; h >= s.sn.a && h >= g-6; h-- {
		if isGenitive(s.w(h)) {
			if s.amountBetween(h, g) {
				return h
			}
			return -1
		}
	}
	return -1
}

// bareActs29 reads a bare act noun with no demonstrative ("। Y ने बोली
// का मजाक उड़ाया" after "X की … बोली") as the act the story last named
// with that noun, as "इस बोली" is (actAt): only a noun the story named
// with a tracked owner's genitive, or a said act (a statement, a bid, a
// suit) with a doer; right after the clause's agent, a comma or the
// sentence's start, with a postposition after it; never the clause
// agent's own act. The chunk goes in token order.
func (a *Analyzer) bareActs29(s *sentCtx) {
	st := s.st
	if st == nil || len(st.acts) == 0 || s.screen&swAct == 0 {
		return
	}
	for k := s.sn.a; k+1 < s.sn.b; k++ {
		id := s.wordID(k)
		if id < 0 || a.actKeyOf[id] == "" {
			continue
		}
		key := a.actKeyOf[id]
		e, ok := st.acts[key]
		if !ok || e < 0 || !st.actsOwned29[key] {
			continue
		}
		if p := s.w(k - 1); k > s.sn.a && p != "ने" && p != "," {
			continue
		}
		switch s.w(k + 1) {
		case "को", "पर", "का", "की", "के":
		default:
			continue
		}
		if s.mentionAt(k) || s.inMention(k) || s.ownAgentAct19(k, e) {
			continue
		}
		p := 0
		for p < len(s.chunks) && s.chunks[p].tok < k {
			p++
		}
		if p < len(s.chunks) && s.chunks[p].tok == k {
			continue
		}
		mk, at, head, pos := a.markerAfter(s, k+1, false)
		s.chunks = slices.Insert(s.chunks, p, chunk{ent: e, epith: true, tok: k, end: k + 1, mk: mk, at: at, head: head, possessed: pos})
	}
}

// bareActAt29 reports a bare act noun at k that bareActs29 read as
// pointing back (a chunk of one word, an epithet, at k): noteActs does
// not record it as a new act.
func (s *sentCtx) bareActAt29(k int) bool {
	for i := range s.chunks {
		if c := &s.chunks[i]; c.tok == k && c.end == k+1 && c.epith && c.pron == 0 {
			return true
		}
	}
	return false
}

// ledBody29 reads a body led by the genitive's owner at n acting: "X की
// अगुवाई वाले (निवेशकों के एक) समूह ने", "X के नेतृत्व वाली समिति ने"
// — the body acts for X, as "X सरकार ने" does. It returns the ने's
// token, or 0. Only plain words and genitives between, no name.
func (s *sentCtx) ledBody29(n int) int {
	if w := s.w(n + 1); w != "अगुवाई" && w != "नेतृत्व" {
		return 0
	}
	if w := s.w(n + 2); w != "वाले" && w != "वाली" && w != "वाला" {
		return 0
	}
	for j := n + 3; j < s.sn.b && j <= n+8; j++ {
		switch {
		case s.w(j) == "ने":
			if j == n+3 {
				return 0
			}
			return j
		case !s.isWord(j) || s.mentionAt(j) || s.inMention(j):
			return 0
		case s.flag(j)&fwPostposition != 0 && !isGenitive(s.w(j)):
			return 0
		}
	}
	return 0
}

// onPlaceAct29 gives the first and last token an act may start at for
// a place noun under पर at k to be the act's possessed target
// (placeNounJudged14): the word right after the पर ("Y के अकाउंट पर
// पाबंदी लगा दी", "Y के दफ्तरों पर छापा") or the one after it ("… पर
// स्थायी पाबंदी"), and only when the sentence has a ने-agent, so "Y के
// मंच पर भाषण" stays a place; a name right after the पर ("Y के मंच पर Z
// ने …") is none. It returns (k+1, k+2), or (-1, 0).
func onPlaceAct29(s *sentCtx, k int) (int, int) {
	if s.w(k) != "पर" || !s.isWord(k+1) || s.mentionAt(k+1) || !s.hasNe() {
		return -1, 0
	}
	return k + 1, k + 2
}

// placeTarget29 reads "Y के अकाउंट पर (स्थायी) पाबंदी लगा दी", "Y के
// दफ्तर पर छापा मारा": a place noun right after Y's genitive, under
// पर, with an act whose target takes पर right after it (one word may
// stand between) in a sentence with a ने-agent, makes Y the act's
// target as the owner of the place (possessed); it returns the पर's
// token, or 0. Without it the place phrase reads as a venue between the
// genitive and the act (adverbialGap17), which the act's पर-target
// does not take.
func (a *Analyzer) placeTarget29(s *sentCtx, n int) int {
	j := n + 1
	if s.flag(j)&fwPlaceNoun == 0 || s.mentionAt(j) {
		return 0
	}
	first, last := onPlaceAct29(s, j+1)
	if first < 0 {
		return 0
	}
	for e := first; e <= last && e < s.sn.b && s.isWord(e) && !s.mentionAt(e); e++ {
		if ent, m := a.matchAt(s, e, entFrame); ent != nil {
			if ent.frame != nil && ent.frame.targets[mkPar] && a.isAct(s, e, m) {
				return j + 1
			}
			return 0
		}
		if s.flag(e)&fwPostposition != 0 {
			return 0
		}
	}
	return 0
}

// upgradeKind29 gives a stance already recorded as a rivalry (a
// headline label: "X बनाम Y: अदालत पहुंचा मामला", a soured relation)
// the kind of the same pair's later act when that one passes to a tied
// chief (a suit, a criticism: chiefKind25), so the SCHEMA tie rule sees
// the act the story asserts ("Y ने P की कंपनी X पर मुकदमा दायर किया" →
// Y → P as well). Other business kinds (a rupture, a withdrawal) keep
// their kind: the gold reads a withdrawal's reasons as its own kind.
func upgradeKind29(x *pipeline.Stance, kind string) {
	if x.Kind == "rivalry" && chiefKind25(kind) {
		x.Kind = kind
	}
}

// datedPlace29 is, for a colon at k that ends "<place>, <day> <month>"
// ("नई दिल्ली, 12 मार्च:"), the comma's token, so datelineLabel reads
// the place before it as a dateline's; 0 otherwise.
func datedPlace29(f *field, sn *sentence, k int) int {
	c := k - 3
	if c <= sn.a || f.words[c] != "," || !allDigits23(f.words[c+1]) || len(f.words[c+1]) > 2 || f.toks[c+2].Kind != hindi.Word {
		return 0
	}
	return c
}

// likeCompany29 reports "जैसी/जैसे कंपनी" at n right after an
// organisation's name, before a postposition that is not ने ("Y जैसी
// कंपनी के साथ काम करना गर्व की बात है", "Y जैसी कंपनी पर भरोसा"): the
// company meant is Y, and the postposition after it is Y's. An agent
// ("Y जैसी कंपनियां ने …") may be any such company: not read.
func likeCompany29(s *sentCtx, n int) bool {
	if s.class2(n)&cwLikeMark28 == 0 || s.flag(n+1)&fwOrgNoun == 0 || s.mentionAt(n+1) {
		return false
	}
	// (Not a genitive: "Y जैसी कंपनी का उन्हें पद देना अस्वीकार्य"
	// judges the company as the subject of a verbal noun.)
	switch s.w(n + 2) {
	case "को", "पर":
		return true
	case "के":
		switch s.w(n + 3) {
		case "साथ", "खिलाफ", "विरुद्ध", "प्रति":
			return true
		}
	}
	return false
}

// likeCompanyAt29 reports, in a field, an organisation noun at k after
// a like-mark ("O जैसी कंपनी"), for withTarget25.
func (a *Analyzer) likeCompanyAt29(f *field, k int) bool {
	if k < 1 || k >= len(f.wid) || k >= len(f.fl) || f.fl[k]&fwOrgNoun == 0 {
		return false
	}
	return a.fieldClass2(f, k-1)&cwLikeMark28 != 0
}

// fieldClass2 is token k of field f's bits of the second class word, as
// sentCtx.class2 reads a sentence's (classOf2 is indexed by wid, id +
// 1); 0 outside the field or for a word with no id.
func (a *Analyzer) fieldClass2(f *field, k int) classWord2 {
	if uint(k) < uint(len(f.wid)) {
		if id := uint(f.wid[k]); id > 0 && id < uint(len(a.classOf2)) {
			return a.classOf2[id]
		}
	}
	return 0
}

// ownedVia29 is, for a person's mention ending before token k, the
// token after "के स्वामित्व वाली" / "के मालिकाना हक वाले" ("P के
// स्वामित्व वाली O": the organisation P owns), or 0.
func (a *Analyzer) ownedVia29(f *field, k int) int {
	if k+3 >= len(f.words) || !isGenitive(f.words[k]) || a.fieldClass2(f, k+1)&cwOwnership29 == 0 {
		return 0
	}
	j := k + 2
	if f.words[j] == "हक" {
		j++
	}
	if j+1 >= len(f.words) || !strings.HasPrefix(f.words[j], "वाल") {
		return 0
	}
	return j + 1
}

// quotedHead29 reports a quote closing at e right before a postposition
// that is not a genitive ("Y की 'बर्बादी वाली नीतियों' पर ठीकरा फोड़ा"):
// the quote is the possessed noun group itself, which the postposition
// after it marks, not a judgement of Y read inside it.
func quotedHead29(s *sentCtx, e int) bool {
	w := s.w(e + 1)
	return s.flag(e+1)&fwPostposition != 0 && !isGenitive(w) && w != "ने"
}
