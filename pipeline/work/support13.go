package work

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 13 (SUPPORT helper): supportive stances the engine missed on
// dev — datelines, companies joining hands, money poured for someone.

// datelineLabel reports the colon at k that closes a body's dateline:
// "मुंबई: …", "सैन फ्रांसिस्को: …" — one to three plain words (a place)
// opening the body's text, none a tracked name or a word the lexicon
// knows. What follows is the report itself, not anyone's words, so the
// clause after it is a main clause (as after a contest label).
func datelineLabel(f *field, sn *sentence, fl []uint64, k int) bool {
	// "नई दिल्ली, 12 मार्च: …": a day and a month after a comma
	// (attach29.go).
	if c := datedPlace29(f, sn, k); c > 0 {
		k = c
	}
	if f.name != "body" || !datelineOpens32(f, sn.a) || k-sn.a < 1 || k-sn.a > 3 {
		return false
	}
	for j := sn.a; j < k; j++ {
		// ("नई दिल्ली:": a place's word may open a lexicon entry;
		// attach29.go.)
		if f.toks[j].Kind != hindi.Word || fl[j-sn.a]&^fwEntry != 0 {
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
			case c.mk == mkLiye && !c.possessed:
				y, yAt = c.ent, c.at
			case c.possessed && (c.mk == mkLiye || c.mk == mkPar || c.mk == mkBetween) && isGenitive(s.w(c.end)) && forWhatNoun13(s.w(c.end+1)):
				// "Y की जीत के लिए", "Y के प्रचार पर", "Y के अभियान में".
				y, yAt = c.ent, c.at
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
			n := k + 1
			if s.w(n) == "से" && moreWord(s.w(n+1)) {
				n += 2 // "N डॉलर से ज्यादा खर्च किए"
			}
			switch {
			case (s.placeVerb(n) || s.spendVerb13(n)) && !infinitive13(s.w(n)):
				v = n
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
	case "जीत", "अभियान", "चुनाव", "प्रचार", "कैंपेन", "चुनावी", "चुनाव-प्रचार":
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
	case "करीब", "लगभग", "तकरीबन", "करोडों", "करोड", "अरबों", "लाखों", "सैकडों", "कुल", "साढे", "डेढ", "ढाई", "सवा", ".", ",":
		return true
	}
	for _, r := range w {
		if r < '0' || r > '9' && (r < '०' || r > '९') {
			return false
		}
	}
	return w != ""
}

// negationStart13 returns where the scope of the negator at k begins
// when it stands in a later conjunct of its clause: a coordinator (और,
// तथा, एवं) before it whose first conjunct ends in a verb ("Y ने बहस
// जीती और Z के पास कोई जवाब नहीं था", "Y की तारीफ की और Z की आलोचना
// नहीं की"): the coordinator, so a predicate before it stays asserted.
// 0 when the negator covers its whole clause (no such coordinator, or
// the negator right after it: "और न …").
func (s *sentCtx) negationStart13(cl *clause, k int) int {
	j := s.lastWordBefore(cl, k, func(w string) bool { return w == "और" || w == "तथा" || w == "एवं" })
	if j <= s.sn.a || k-j < 3 || !s.verbEnd13(j-1) {
		return 0
	}
	for m := j + 1; m < k; m++ {
		if s.flag(m)&fwNeg != 0 || !s.isWord(m) && s.w(m) != "," {
			return 0
		}
	}
	return j
}

// verbEnd13 reports a verb closing a conjunct at k: a finite form or a
// copula, or a perfective form (जीती, सराहा, थामे) after a word that is
// neither a genitive nor a postposition.
func (s *sentCtx) verbEnd13(k int) bool {
	if !s.isWord(k) || s.mentionAt(k) || s.inMention(k) {
		return false
	}
	w := s.w(k)
	if isGenitive(w) {
		// "की" is a light verb after a noun ("तारीफ की"), a genitive
		// before one ("Y की और Z की").
		return w == "की" && s.flag(k-1)&fwEntry != 0
	}
	if s.flag(k)&(fwFinite|fwCopula) != 0 {
		return true
	}
	if s.flag(k)&fwPostposition != 0 {
		return false
	}
	for _, suf := range [...]string{"ा", "ी", "े", "ीं", "ीं"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > 2 {
			return !s.mentionAt(k-1) && s.flag(k-1)&fwPostposition == 0
		}
	}
	return false
}

// spendVerb13 reports "खर्च" + a perfective light verb at k ("खर्च किए",
// "खर्च कर दिए"): money spent, a deed.
func (s *sentCtx) spendVerb13(k int) bool {
	if s.w(k) != "खर्च" {
		return false
	}
	switch s.w(k + 1) {
	case "किए", "किये", "किया", "की", "कीं", "कर":
		return true
	}
	return false
}

// creditPraise13 reads credit given to Y in someone's words: "Y के
// नेतृत्व में …", "Y के विजन का नतीजा", "Y की दूरदृष्टि ने …" — the
// speaker's praise of Y (SCHEMA: an evaluation said by X about Y is X's
// stance). Only in a content clause (the narrator's "Y के नेतृत्व में
// पार्टी ने …" credits no one), in a sentence with no hostile frame
// ("Y के नेतृत्व में देश बर्बाद हुआ" is blame, read by its frames), not
// negated; a future in the words ("Y के नेतृत्व में भारत बनेगा …") is
// the speaker's present praise.
func (a *Analyzer) creditPraise13(s *sentCtx, st *storyState) {
	if s.screen&swCredit13 == 0 {
		return
	}
	hostile := -1
	for ci := range s.cls {
		cl := &s.cls[ci]
		if cl.kind != ckContent {
			continue
		}
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			pronOwner := ownerPron22(s, &c)
			if c.ent < 0 && !pronOwner || c.pron != 0 && c.pron&fwRoleNoun == 0 && !pronOwner {
				continue
			}
			gen := c.end
			if c.pron == fwGenPron {
				gen = c.tok // "उनके नेतृत्व में": the pronoun is its own genitive
			}
			if !isGenitive(s.w(gen)) && gen == c.end || !creditNoun13(s.w(gen+1)) {
				continue
			}
			c.end = gen
			switch s.w(c.end + 2) {
			case "में":
				// "Y के नेतृत्व में चल रहा विभाग", "… में हुई कटौतियां":
				// a description of a body or an act, no credit.
				if descParticiple13(s.w(c.end + 3)) {
					continue
				}
			case "से", "ने", "का", "की", "के":
			default:
				continue
			}
			// "Y के नेतृत्व में देश बर्बाद हुआ": blame, read here, as no
			// frame reads it (speaker28.go).
			decline := s.declineUnder28(ci, c.end+3)
			if hostile < 0 && !decline {
				hostile = 0
				if a.hostileWord(s) {
					hostile = 1
				}
			}
			if hostile == 1 && !decline {
				return
			}
			mood := a.clauseMood(s, cl, c.end+1)
			if mood == pipeline.MoodFuture {
				mood = ""
			}
			if mood != "" {
				continue
			}
			sp := a.speakers(s, ci, st, nil)
			if pronOwner {
				// "X ने Y से मुलाकात के बाद कहा कि उनके नेतृत्व में …":
				// the pronoun is the nearest name before it that is no
				// speaker.
				c.ent = a.pronTargetAll11(s, st, c.tok, sp)
				if c.ent < 0 {
					continue
				}
			}
			pol, kind := int8(1), "praise"
			if decline {
				pol, kind = -1, "accusation"
			}
			for _, x := range sp {
				if x != c.ent {
					a.add(s, st, x, c.ent, pol, kind, "", 1.0)
				}
			}
		}
	}
}

// creditNoun13 reports a noun that credits its owner with what follows:
// leadership, vision, foresight (not अगुवाई: a funding round led by
// Y is no credit).
func creditNoun13(w string) bool {
	switch w {
	case "नेतृत्व", "विजन", "दूरदृष्टि", "दूरदर्शिता":
		return true
	}
	return false
}

// descParticiple13 reports a participle that makes a phrase before it
// describe a noun after it ("… में चल रहा", "… में हुई", "… में बनी").
func descParticiple13(w string) bool {
	switch w {
	case "हुई", "हुए", "हुआ", "चल", "चलने", "चलाए", "चलाई", "चलाया", "बनी", "बने", "बना", "किए", "किया", "की", "गई", "गए", "गया", "जारी":
		return true
	}
	return false
}

// withoutPraise13 reads "Y के बिना … अधूरा/मुश्किल/संभव नहीं" in someone's
// words: Y called indispensable ("एलन मस्क के बिना यह कंपनी अधूरी है",
// "ऑल्टमैन के बिना ओपनएआई की कल्पना मुश्किल", "सन के बिना ये योजनाएं
// संभव नहीं होतीं") is the speaker's praise of Y; the negator is part of
// the saying, not a denial of it. Not in a sentence with a hostile frame,
// nor "Y के बिना भी …" (we can do without Y).
func (a *Analyzer) withoutPraise13(s *sentCtx, st *storyState) {
	if s.screen&swWithout13 == 0 {
		return
	}
	for ci := range s.cls {
		cl := &s.cls[ci]
		if cl.kind != ckContent {
			continue
		}
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.pron != 0 && c.pron&fwRoleNoun == 0 || s.w(c.end) != "के" || s.w(c.end+1) != "बिना" || s.w(c.end+2) == "भी" {
				continue
			}
			if !s.lackAfter13(cl, c.end+2) || a.hostileWord(s) {
				continue
			}
			for _, x := range a.speakers(s, ci, st, nil) {
				if x != c.ent {
					a.add(s, st, x, c.ent, 1, "praise", "", 1.0)
				}
			}
		}
	}
}

// lackAfter13 reports a word of incompleteness or impossibility in clause
// cl after token k: अधूरा/अधूरी/अधूरे, मुश्किल, असंभव, नामुमकिन, or
// संभव/मुमकिन/कल्पना followed by a negator.
func (s *sentCtx) lackAfter13(cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j < k {
			continue
		}
		switch s.w(j) {
		case "अधूरा", "अधूरी", "अधूरे", "मुश्किल", "असंभव", "नामुमकिन", "अकल्पनीय":
			return true
		case "संभव", "मुमकिन", "कल्पना":
			for m := j + 1; m <= j+3 && m < s.sn.b; m++ {
				if s.flag(m)&fwNeg != 0 {
					return true
				}
			}
		}
	}
	return false
}

// thanksCallAfter13 reports, after the comma at k in a headline's words,
// the speaker's own second predicate told verb first: "X बोले- …, Y को
// कहा शुक्रिया/धन्यवाद" — a name (one to three words) under को, then
// कहा and a word of thanks. It opens a clause of the same speaker, so the
// thanks are not read with a name the first part mentions.
func thanksCallAfter13(f *field, sn *sentence, k int) bool {
	for j := k + 2; j <= k+4 && j+2 < sn.b; j++ {
		if f.words[j] != "को" {
			continue
		}
		if f.words[j+1] != "कहा" {
			return false
		}
		switch f.words[j+2] {
		case "शुक्रिया", "धन्यवाद", "थैंक्स", "थैंक", "आभार":
		default:
			return false
		}
		for _, m := range f.mentions[sn.ma:sn.mb] {
			if m.tok == k+1 && m.tokEnd == j {
				return true
			}
		}
		return false
	}
	return false
}

// lastWordBefore is the last token of clause cl before k whose word
// matches, -1 if none.
func (s *sentCtx) lastWordBefore(cl *clause, k int, match func(string) bool) int {
	j := -1
	for _, m := range cl.toks {
		if m >= k {
			break
		}
		if match(s.w(m)) {
			j = m
		}
	}
	return j
}
