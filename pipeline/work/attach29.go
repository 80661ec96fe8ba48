package work

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
			switch s.w(j) {
			case "एक", "नया", "नई", "नए", "अपना", "अपनी", "अपने":
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
			return a.untrackedOwner29(s, g)
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
func (a *Analyzer) untrackedOwner29(s *sentCtx, g int) bool {
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
