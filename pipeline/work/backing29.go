package work

// Session 29 (FAMILIES): backing by deed through those who campaign or
// raise money for Y.
//
// "X ने Y के लिए घर-घर प्रचार करने वाले स्वयंसेवकों की अगुवाई की", "X ने
// Y का प्रचार करने वाली समिति को चंदा दिया", "X ने Y के अभियान के लिए धन
// जुटाने का कार्यक्रम आयोजित किया": Y's campaigners or fundraisers are
// named by a participle or a verbal noun ("प्रचार करने वाले", "धन जुटाने
// का"), and X's own deed — money given, leading, hosting, organising —
// is done for them. SCHEMA: backing, funding or campaigning for Y is
// supportive, X → Y (kind donation), by deed as by word.

// readProxyBacking29 reads clause ci: a campaign word (words.yaml
// campaign_acts) with its light verb and a participle or a genitive
// after it ("प्रचार करने वाले", "धन जुटाने का"), Y a tracked name just
// before it — its genitive ("Y का प्रचार") or "Y (के अभियान) के लिए / के
// पक्ष में" — and after it, within a few words, a deed of X's
// (words.yaml backing_deeds) closed by a verb; X the clause's one
// ने-agent.
func (a *Analyzer) readProxyBacking29(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if s.class2(k)&cwCampaign29 == 0 {
			continue
		}
		// The light verb (words.yaml campaign_verbs, or a gather_words
		// word and करने: "धन इकट्ठा करने वाले") and the participle or
		// genitive after it.
		v := k + 1
		if s.class2(v)&cwGatherWord30 != 0 {
			v++
			if s.w(v) != "करने" {
				continue
			}
		} else if s.class2(v)&cwRaiseVerb30 == 0 {
			continue
		}
		p := v + 1
		switch s.w(p) {
		case "वाले", "वाली", "वाला", "वालों", "का", "की", "के":
		default:
			continue
		}
		y := s.backedBefore29(k)
		if y < 0 {
			continue
		}
		if !s.backingDeedAfter29(p+1, ci) {
			continue
		}
		xs := a.agentsOf(s, ci)
		if len(xs) != 1 || xs[0] == y {
			continue
		}
		// The clause's own mood, else the one of the clause it stands in.
		mood := cl.mood
		if mood == "" {
			mood = s.outerMood12(k)
		}
		a.add(s, st, xs[0], y, 1, "donation", mood, 1.0)
		return
	}
}

// backedBefore29 is the tracked name a campaign word at k is for: its
// genitive right before it ("Y का प्रचार", "Y के लिए प्रचार"), or a name
// at most six words before it with "लिए", "पक्ष" or "समर्थन" between and
// nothing but a few plain words ("Y के अभियान के लिए धन", "Y के लिए
// घर-घर प्रचार"); -1 if none.
func (s *sentCtx) backedBefore29(k int) int {
	for i := len(s.chunks) - 1; i >= 0; i-- {
		c := s.chunks[i]
		if c.tok >= k || c.end > k {
			continue
		}
		if c.ent < 0 || c.pron != 0 || k-c.end > 6 {
			return -1
		}
		if k-c.end == 1 && isGenitive(s.w(c.end)) {
			return c.ent // "Y का प्रचार"
		}
		for j := c.end; j < k; j++ {
			switch s.w(j) {
			case "लिए", "पक्ष", "समर्थन":
				return c.ent
			}
			if !s.isWord(j) || s.flag(j)&(fwFinite|fwNeg) != 0 {
				return -1
			}
		}
		return -1
	}
	return -1
}

// backingDeedAfter29 reports a word of backing_deeds within eight words
// after token from, in clause ci, with a form of करना or देना after it
// (दिया, दिए, की, किया, करेंगे, …) within three words.
func (s *sentCtx) backingDeedAfter29(from, ci int) bool {
	for j := from; j < s.sn.b && j <= from+8 && int(s.cid[j-s.sn.a]) == ci; j++ {
		if s.mentionAt(j) {
			return false
		}
		if s.class2(j)&cwBackingDeed29 == 0 {
			continue
		}
		for n := j + 1; n <= j+3 && n < s.sn.b; n++ {
			// करना and देना in the perfective, habitual and future
			// (lightVerbs cells 1-4 and 6), and की.
			switch w := s.w(n); paraOf[w] {
			case 1, 2, 3, 4, 6:
				return true
			default:
				if w == "की" {
					return true
				}
			}
		}
	}
	return false
}
