package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 13 (SUPPORT helper): supportive stances the engine missed on
// dev — datelines, companies joining hands, money poured for someone.

// datelineLabel reports the colon at k that closes a body's dateline:
// "मुंबई: …", "सैन फ्रांसिस्को: …" — one to three plain words (a place)
// opening the body's text, none a tracked name or a word the lexicon
// knows. What follows is the report itself, not anyone's words, so the
// clause after it is a main clause (as after a contest label).
func datelineLabel(f *field, sn sentence, fl []uint64, k int) bool {
	if f.name != "body" || sn.a != 0 || k-sn.a < 1 || k-sn.a > 3 {
		return false
	}
	for j := sn.a; j < k; j++ {
		if f.toks[j].Kind != hindi.Word || fl[j-sn.a] != 0 {
			return false
		}
	}
	for _, m := range f.mentions {
		if m.tok < k && m.tokEnd > sn.a {
			return false
		}
	}
	return true
}

// moneyFor13 reads a sum poured for a tracked person, a deed of support
// (SCHEMA: funding or campaigning for Y): "X ने Y के लिए N डॉलर झोंके",
// a headline's "X ने Y के लिए झोंके N डॉलर", "X ने Y की जीत के लिए बनी
// समिति में N डॉलर झोंक दिए" — X → Y supportive (donation), in the
// clause's mood. The sum and a verb of placing it stand together (a
// fine "N डॉलर का जुर्माना लगाया" does not: the sum is not placed); an
// infinitive is a plan, not a deed. (Money put in a party marked में is
// moneyPlaced's.)
func (a *Analyzer) moneyFor13(s *sentCtx, st *storyState, from int) {
	if s.screen&swMoney == 0 {
		return
	}
	for ci := range s.cls {
		cl := &s.cls[ci]
		y, yAt := -1, -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || !a.isPerson[c.ent] || c.pron != 0 {
				continue
			}
			switch {
			case c.mk == mkLiye:
				y, yAt = c.ent, c.at
			case c.mk == mkGen && isGenitive(s.w(c.end)) && s.w(c.end+2) == "के" && s.w(c.end+3) == "लिए" && forWhatNoun13(s.w(c.end+1)):
				y, yAt = c.ent, c.end+3
			}
		}
		if y < 0 {
			continue
		}
		v := -1
		for _, k := range cl.toks {
			if k <= yAt || !moneyWord(s.w(k)) {
				continue
			}
			switch {
			case s.placeVerb(k+1) && !infinitive13(s.w(k+1)):
				v = k + 1
			case s.placeVerb(k-1) && !infinitive13(s.w(k-1)):
				v = k - 1
			default:
				// "झोंके 25 करोड़ डॉलर": the verb before the sum's number.
				for j := k - 1; j > yAt && j >= k-4; j-- {
					if s.placeVerb(j) && !infinitive13(s.w(j)) {
						v = j
						break
					}
					if !numberish13(s.w(j)) {
						break
					}
				}
			}
			if v >= 0 {
				break
			}
		}
		if v < 0 {
			continue
		}
		mood := a.clauseMood(s, cl, v)
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.mk != mkAgent || c.ent < 0 || c.ent == y || c.pron != 0 {
				continue
			}
			if !a.stanceSince11(st, from, c.ent, y) {
				a.add(s, st, c.ent, y, 1, "donation", mood, 1.2)
			}
		}
	}
}

// forWhatNoun13 reports a noun of what money is given for: a win, a
// campaign, an election.
func forWhatNoun13(w string) bool {
	switch w {
	case "जीत", "अभियान", "चुनाव", "प्रचार", "कैंपेन", "चुनावी":
		return true
	}
	return false
}

// infinitive13 reports a verb form in -ने/-ना (a plan or a purpose, not
// a deed).
func infinitive13(w string) bool {
	return strings.HasSuffix(w, "ने") || strings.HasSuffix(w, "ना")
}

// numberish13 reports a word inside a sum before its currency: a number,
// a scale word, an approximation.
func numberish13(w string) bool {
	if moneyWord(w) {
		return true
	}
	switch w {
	case "करीब", "लगभग", "तकरीबन", "करोड़ों", "करोड", "करोडों", "अरबों", "लाखों", "सैकड़ों", "सैकडों", "कुल", "साढ़े", "साढे", "डेढ़", "डेढ", "ढाई", "सवा", ".", ",":
		return true
	}
	for _, r := range w {
		if r < '0' || r > '9' && (r < '०' || r > '९') {
			return false
		}
	}
	return w != ""
}
