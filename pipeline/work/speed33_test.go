package work

import (
	"fmt"
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestScreens33: every word of quarrel_nouns carries rwQuarrel33, exactly
// the words of class cwQuarrel27 (speed33.go); a sentence with such a word
// has the bit, one without has not, and quarrelIn27 finds the word in the
// first and nothing in the second either way.
func TestScreens33(t *testing.T) {
	a := shippedAnalyzer(t)
	c := a.lex.Classes["quarrel_nouns"]
	if c == nil || len(c.Words) == 0 {
		t.Fatal("words.yaml: quarrel_nouns missing")
	}
	for _, w := range c.Words {
		id := a.flagIdx.lookup(hindi.NormalizeString(w))
		if id < 0 || a.ruleOf[id+1]&rwQuarrel33 == 0 {
			t.Errorf("quarrel_nouns: %q lacks its rule bit", w)
		}
	}
	for id, cw := range a.classOf {
		if has, got := cw&cwQuarrel27 != 0, a.ruleOf[id]&rwQuarrel33 != 0; has != got {
			t.Errorf("id %d: bit %v, want %v", id, got, has)
		}
	}
	for id, nc := range a.matcher.classOf {
		if has, got := nc&(ncTitle|ncOffice) != 0, a.ruleOf[id]&rwTitled33 != 0; has != got {
			t.Errorf("id %d: rwTitled33 %v, want %v", id, got, has)
		}
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"कंपनी के प्रमुख बुधवार को दिल्ली पहुंचे", rwTitled33, true},
		{"कंपनी के लोग बुधवार को दिल्ली पहुंचे", rwTitled33, false},
		{"सीमा पर गोलीबारी के बाद दोनों देशों के बीच तनाव और बढ़ गया", rwQuarrel33, true},
		{"सीमा पर बातचीत के बाद दोनों देशों के बीच व्यापार और बढ़ गया", rwQuarrel33, false},
	})
}

// read33 reads text's first body sentence as a story's first sentence
// (readSentence) and returns the bound context it leaves.
func read33(t *testing.T, a *Analyzer, text string) *sentCtx {
	t.Helper()
	f := a.prepare("body", text)
	a.matcher.ground([]*field{f})
	st, rd := newStoryState(), &reader{}
	a.readSentence(f, sentences(f)[0], st, rd)
	s := &rd.s
	if len(s.cls) == 0 || !s.rulesKept() || !s.flOrSet {
		t.Fatalf("%q: sentence not screened", text)
	}
	return s
}

// unscreened33 calls fn with s's sentence screens set aside (sentRules
// and flagsMayHave answer "maybe", as for a test's sentCtx): the answer
// the guarded reader would give without its guard.
func unscreened33[T comparable](s *sentCtx, fn func() T) T {
	gen, set, scr := s.rules16.sentGen, s.flOrSet, s.screen
	s.rules16.sentGen, s.flOrSet, s.screen = gen+1, false, ^uint64(0)
	defer func() { s.rules16.sentGen, s.flOrSet, s.screen = gen, set, scr }()
	return fn()
}

// TestGuards33: the session's three guards (speed33.go) answer as the
// readers do without them, on sentences with and without the word each
// looks for, for every clause and token; and a sentence without the word
// is one the guard skips.
func TestGuards33(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		text                               string
		quarrel, jo, relAgt, titled, title bool // the sentence holds the guarded word
	}{
		{"गोलीबारी के बाद दोनों देशों के प्रधानमंत्रियों के बीच तनाव और बढ़ गया।", true, false, false, false, false},
		{"बैठक के बाद दोनों देशों के प्रधानमंत्रियों ने व्यापार बढ़ाने की बात कही।", false, false, false, false, false},
		{"मंत्री ने कहा कि जो लोग सरकार की आलोचना कर रहे हैं वे गलत हैं।", false, true, false, false, false},
		{"मंत्री ने कहा कि जिन्होंने विपक्ष के पक्ष में वोट दिया, उन्हें शर्म आनी चाहिए।", false, false, true, false, false},
		{"कंपनी के प्रमुख कमल नयन बुधवार को मुंबई पहुंचे।", false, false, false, true, false},
		{"कंपनी के कई लोग बुधवार को मुंबई पहुंचे।", false, false, false, false, false},
		{"ओपनएआई की स्पेसएक्स प्रमुख एलन मस्क ने कड़ी आलोचना की।", false, false, false, false, true},
		{"ओपनएआई की एलन मस्क ने कड़ी आलोचना की।", false, false, false, false, false},
	}
	for _, c := range cases {
		s := read33(t, a, c.text)
		if got := s.sentRules()&rwQuarrel33 != 0; got != c.quarrel {
			t.Errorf("%q: rwQuarrel33 %v, want %v", c.text, got, c.quarrel)
		}
		if got := s.sentRules()&rwRelJo17 != 0; got != c.jo {
			t.Errorf("%q: rwRelJo17 %v, want %v", c.text, got, c.jo)
		}
		if got := s.flagsMayHave(fwRelAgent); got != c.relAgt {
			t.Errorf("%q: fwRelAgent may be %v, want %v", c.text, got, c.relAgt)
		}
		var q, rel, free, title bool // some clause or token answers yes
		for n := s.sn.a; n < s.sn.b; n++ {
			g := s.titleBeforeAgent32(n)
			title = title || g > 0
			if w := unscreened33(s, func() int { return s.titleBeforeAgent32(n) }); g != w {
				t.Errorf("%q: titleBeforeAgent32(%d) %d, unguarded %d", c.text, n, g, w)
			}
		}
		if title != c.title {
			t.Errorf("%q: a title before an agent %v, want %v", c.text, title, c.title)
		}
		titled := a.untrackedTitled28(s)
		if w := unscreened33(s, func() bool { return a.untrackedTitled28(s) }); titled != w || titled != c.titled {
			t.Errorf("%q: untrackedTitled28 %v, unguarded %v, want %v", c.text, titled, w, c.titled)
		}
		for ci := range s.cls {
			q = q || s.quarrelIn27(ci)
			if g, w := s.quarrelIn27(ci), unscreened33(s, func() bool { return s.quarrelIn27(ci) }); g != w {
				t.Errorf("%q: quarrelIn27(%d) %v, unguarded %v", c.text, ci, g, w)
			}
			for k := s.sn.a; k <= s.sn.b; k++ {
				rel = rel || s.relSubject(ci, k)
				free = free || s.freeRelAgent19(ci, k)
				if g, w := s.relSubject(ci, k), unscreened33(s, func() bool { return s.relSubject(ci, k) }); g != w {
					t.Errorf("%q: relSubject(%d, %d) %v, unguarded %v", c.text, ci, k, g, w)
				}
				if g, w := s.freeRelAgent19(ci, k), unscreened33(s, func() bool { return s.freeRelAgent19(ci, k) }); g != w {
					t.Errorf("%q: freeRelAgent19(%d, %d) %v, unguarded %v", c.text, ci, k, g, w)
				}
			}
		}
		if q != c.quarrel || rel != c.jo || free != c.relAgt {
			t.Errorf("%q: quarrel, relative subject, free relative agent read %v %v %v, want %v %v %v", c.text, q, rel, free, c.quarrel, c.jo, c.relAgt)
		}
	}
}

// TestConjunctGuards33: untrackedConjunct26, titledConjunct29 and
// untrackedBoth28 need a bare name before और (bareBeforeAnd30): for a
// sentence with no word flagged fwAnd they return at once (speed33.go),
// and run unguarded there they change no chunk; with और the titled
// conjunct still takes the agent's marker.
func TestConjunctGuards33(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, text := range []string{
		"एलन मस्क ने सोमवार को कंपनी के कर्मचारियों की तारीफ की।",
		"एलन मस्क, अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप के साथ मंच पर पहुंचे।",
	} {
		s := read33(t, a, text)
		if s.flagsMayHave(fwAnd) {
			t.Fatalf("%q: has an और", text)
		}
		before := fmt.Sprint(s.chunks)
		after := unscreened33(s, func() string {
			s.untrackedConjunct26()
			s.titledConjunct29()
			a.untrackedBoth28(s)
			return fmt.Sprint(s.chunks)
		})
		if before != after {
			t.Errorf("%q: unguarded conjunct readers changed the chunks:\n%s\n%s", text, before, after)
		}
	}
	text := "एलन मस्क और अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मिलकर कंपनी की तारीफ की।"
	s := read33(t, a, text)
	if !s.flagsMayHave(fwAnd) {
		t.Fatalf("%q: no और", text)
	}
	agents := 0
	for _, c := range s.chunks {
		if c.ent >= 0 && c.mk == mkAgent {
			agents++
		}
	}
	if agents != 2 {
		t.Errorf("%q: %d tracked agents, want 2 (%v)", text, agents, s.chunks)
	}
}
