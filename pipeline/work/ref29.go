package work

import "strings"

// Session 29 (REFERENCE): "दोनों" before an evaluative word that is only
// an attribute inside an oblique noun phrase.
//
// "X ने कहा कि दोनों देश एक शानदार व्यापार समझौते पर काम कर रहे हैं",
// "… दोनों पक्ष एक ऐतिहासिक समझौते के करीब हैं": the evaluative word
// qualifies the noun after it (a deal, a step), and that noun phrase is
// marked by a postposition; nothing is said of the pair. A word
// predicated of the pair judges it ("ये दोनों शानदार (नेता) हैं"), and so
// does one right after दोनों, read as a noun ("ये दोनों शानदार (लोग)
// नौकरशाही को खत्म करेंगे": checked at the call, stance.go).

// evalAttributive29 reports an evaluative occurrence followed, within
// three plain words (no name, comma or coordinator), by a postposition:
// the word modifies a noun of an oblique phrase, not the subject before
// it.
func (s *sentCtx) evalAttributive29(o occurrence) bool {
	k := o.k + o.n
	for n := 0; n < 3 && s.isWord(k) && !s.mentionAt(k) && !s.inMention(k) && !isCoordinator(s.w(k)); n++ {
		if s.flag(k)&fwPostposition != 0 {
			return n > 0
		}
		k++
	}
	return false
}

// Session 29 (REFERENCE): an object pronoun right after a participle
// whose own object is an untracked noun.
//
// "X ने एक युवा उद्यमी की तारीफ करते हुए उन्हें देश का भविष्य बताया",
// "X ने एक जज पर निशाना साधते हुए उसे पक्षपाती कहा", "… की आलोचना कर
// उन्हें झूठा बताया": the pronoun is the one the participle acted on,
// named in the same clause, not someone named earlier in the story.
// A tracked object there, or a thing of a tracked owner ("Y के आरोपों
// को नकारते हुए उन्हें झूठ बताया"), stays for the usual reading.

// participleObjUntracked29 reports an object or genitive pronoun at k
// right after a participle ("V-ते हुए", "कर", "करके") whose object —
// the noun before the postposition (की, को, पर, से, के) of its phrase,
// at most three words before the verb — is a plain word, not a name.
func (s *sentCtx) participleObjUntracked29(k int) bool {
	v := -1
	switch w := s.w(k - 1); w {
	case "हुए", "हुये":
		if strings.HasSuffix(s.w(k-2), "ते") {
			v = k - 2
		}
	case "कर", "करके":
		v = k - 1
	}
	if v < 0 || v-1 <= s.sn.a {
		return false
	}
	for j := v - 1; j >= v-3 && j > s.sn.a; j-- {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
		switch s.w(j) {
		case "की", "को", "पर", "से", "के":
			o := j - 1
			if !s.isWord(o) || s.mentionAt(o) || s.inMention(o) || s.flag(o) != 0 {
				return false
			}
			// "Y के आरोपों को नकारते हुए उन्हें झूठ बताया": a thing of a
			// tracked owner is the owner's; the usual reading stays.
			for p := o - 1; p >= o-4 && p > s.sn.a; p-- {
				if isGenitive(s.w(p)) && (s.mentionAt(p-1) || s.inMention(p-1)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// Session 29 (REFERENCE): a platform named only as the place of posts is
// not the poster's company.
//
// "X ने एक्स पर नई पार्टी का ऐलान किया। Y ने इस घोषणा को हास्यास्पद
// बताया": the announcement is X's own; actAt hands a measure announced by
// a company's head to the company, but a platform the story names only
// as where someone wrote ("एक्स पर लिखा", "एक्स में पोस्ट") took no
// measure. A platform named as an organisation ("एक्स ने", "एक्स के
// मालिक") still takes it.

// platformOnly29 reports that every mention of organisation o in the
// sentence's field (and in the body, read from a headline) is followed
// by पर or में: a place, never an actor or owner.
func (a *Analyzer) platformOnly29(s *sentCtx, o int) bool {
	if !a.platform[o] {
		return false
	}
	fields := []*field{s.f}
	if s.st != nil && s.st.body16 != nil && s.st.body16 != s.f {
		fields = append(fields, s.st.body16)
	}
	seen := false
	for _, f := range fields {
		for _, m := range f.mentions {
			if m.entity != o {
				continue
			}
			seen = true
			if m.tokEnd >= len(f.words) {
				return false
			}
			if w := f.words[m.tokEnd]; w != "पर" && w != "में" {
				return false
			}
		}
	}
	return seen
}
