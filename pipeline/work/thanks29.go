package work

// Session 29 (PRECISION): thanks for a harm are a jibe. "… ने लिखा,
// 'जनता की जेब हल्की करने के लिए धन्यवाद, Y जी'", "थाली से दाल गायब
// करने के लिए शुक्रिया" — the reason the thanks give (an infinitive before
// "के लिए") is a harm done, so the thanks mock the one thanked (SCHEMA:
// thanks called sarcastic are mockery). The harm is a words.yaml
// harm_words or decline_words word in the reason.

// harmThanks29 reports thanks or congratulations (addressed_greetings)
// whose reason, the words before "के लिए" right before them, holds a
// harm: then a praise the sentence gives is mockery.
func harmThanks29(s *sentCtx) bool {
	for k := s.sn.a + 2; k < s.sn.b; k++ {
		if s.class2(k)&cwGreeting28 == 0 {
			continue
		}
		l := k - 1
		if !s.isWord(l) { // "… के लिए, धन्यवाद"
			l--
		}
		if l-1 < s.sn.a || s.w(l) != "लिए" || s.w(l-1) != "के" {
			continue
		}
		for j := l - 2; j >= s.sn.a && j >= l-9 && s.isWord(j); j-- {
			if s.class2(j)&cwHarm29 != 0 {
				return true
			}
		}
	}
	return false
}
