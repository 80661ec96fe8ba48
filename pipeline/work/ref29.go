package work

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
