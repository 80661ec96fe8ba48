package work

import "strings"

// Session 30 (FRESH-H): a platform mocked.
//
// "X ने एक्स पर तंज कसा", "X ने एक्स पर कसा तंज": the
// mockery noun right after "<platform> पर" (or after its verb कसा) makes
// the platform the one mocked, when no other tracked name follows in the
// sentence and nothing but its verb does ("X ने एक्स पर तंज कसते हुए
// लिखा कि …", "एक्स पर चुटकी ली, '…'" keep the platform the place of the
// words, as a posting word does).

// platformMocked30 reports the पर at n after a platform's name as the
// target of a mockery frame right after it.
func (a *Analyzer) platformMocked30(s *sentCtx, n int) bool {
	j := n + 1
	if strings.HasPrefix(s.w(j), "कस") && s.isWord(j+1) {
		j++ // "एक्स पर कसा तंज": the verb first
	}
	e, _ := a.matchAt(s, j, entFrame)
	if e == nil || e.frame.pol >= 0 || e.frame.Kind != "mockery" || !e.frame.targets[mkPar] {
		return false
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tok > n {
			return false
		}
	}
	// The mockery told with no words of its own after it: "एक्स पर
	// चुटकी ली, '…'", "एक्स पर तंज कसते हुए लिखा कि …" post words on the
	// platform about someone the story names elsewhere.
	for k := j + 1; k < s.sn.b; k++ {
		w := s.w(k)
		if s.flag(k)&(fwKi|fwSpeech|fwPostWord) != 0 || w == "हुए" || w == "कर" || !s.isWord(k) && k < s.sn.b-1 {
			return false
		}
	}
	return true
}
