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
// A tracked object there stays for the usual nearest-name reading.

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
			return s.isWord(o) && !s.mentionAt(o) && !s.inMention(o) && s.flag(o) == 0
		}
	}
	return false
}
