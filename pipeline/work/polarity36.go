package work

import (
	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// sideActsAt36 is sideActs21 with the act aimed: under "X बनाम Y:" the
// body carries side x only in a sentence where x acts or speaks and y is
// named after it. The other side's tied chief
// or company named stands for it ("मस्क के वकील ने कहा कि ओपनएआई के
// सीईओ ऑल्टमैन ने …"). "ओपनएआई ने आरोपों से इनकार किया", "गूगल ने अपनी
// दलीलें रखीं", naming no one, carry nothing towards the label's other
// side.
func (a *Analyzer) sideActsAt36(st *storyState, f *field, x, y int) bool {
	for _, m := range f.mentions {
		if m.entity != x {
			continue
		}
		// The sentence that holds m, [b, e); x must act or speak at m.
		b, e := m.tok, m.tok
		for b > 0 && f.words[b-1] != "।" && f.words[b-1] != "?" {
			b--
		}
		for e < len(f.words) && f.words[e] != "।" && f.words[e] != "?" {
			e++
		}
		one := *f
		one.mentions = []mention{m}
		if !a.sideActs21(&one, x) {
			continue
		}
		named := false
		for _, n := range f.mentions {
			if (n.entity == y || a.tiedTo(st, n.entity, y) || a.tiedTo(st, y, n.entity)) && n.tok > m.tok && n.tok < e {
				named = true
			}
		}
		if named && !denial36b(a, f, b, e) { // (polarity36b.go)
			return true
		}
	}
	return false
}

// bothPrev36 points a "दोनों" at the two named in the sentence just
// before it when that sentence names exactly two (neither a deal) and
// the story's last pair acted on each other earlier than that: "मस्क ने
// उसी चुनाव में ट्रंप के लिए प्रचार किया था। हॉफमैन ने मस्क के आरोपों पर
// कहा कि …। दोनों अरबपतियों के बीच यह टकराव नया नहीं है" means Hoffman
// and Musk, not the pair of the older act.
func (a *Analyzer) bothPrev36(s *sentCtx, st *storyState) {
	if !st.hasPair || s.nsent-s.pairSent < 2 || s.sn.a < 2 {
		return
	}
	f := s.f
	end := func(k int) bool {
		w := f.words[k]
		return w == "।" || w == "?" || w == "!" || f.toks[k].Kind == hindi.Break
	}
	// The sentence before, [b, e): past its end marks, back to the end
	// before it.
	e := s.sn.a
	for e > 0 && end(e-1) {
		e--
	}
	b := e
	for b > 0 && !end(b-1) {
		b--
	}
	var two []int
	for _, m := range f.mentions {
		if m.tok < b || m.tok >= e || m.entity < 0 {
			continue
		}
		if a.isDeal[m.entity] {
			return
		}
		two = appendNew(two, m.entity)
	}
	if len(two) != 2 || a.isPerson[two[0]] != a.isPerson[two[1]] {
		return
	}
	st.lastPair = [2]int{two[0], two[1]}
}

// condAfterCharge36 reports a content clause cj in the hypothetical mood
// (an अगर clause) that follows words of the same frame already read: "X
// ने आरोप लगाया कि Z, Y को बचा रहे हैं और अगर Y उनके मित्र नहीं हैं तो
// जांच क्यों नहीं कराते" charges Z; Y, the subject of the condition, is
// not charged.
func (s *sentCtx) condAfterCharge36(cj int) bool {
	return s.cls[cj].mood == pipeline.MoodHypothetical
}

// aimLabel36 reports a headline label clause p that ends, before its
// colon, with an attack's aim owned by a genitive ("X का (नया) निशाना:",
// "X के निशाने पर:"): the name after the colon is the one aimed at, not
// the speaker of the label.
func (s *sentCtx) aimLabel36(p int) bool {
	if s.f.name != "title" || p < 0 || p >= len(s.cls) || len(s.cls[p].toks) < 3 {
		return false
	}
	toks := s.cls[p].toks
	j := len(toks) - 1
	if s.w(toks[j]) == ":" {
		j--
	}
	if j >= 0 && s.w(toks[j]) == "पर" {
		j--
	}
	if j < 1 || s.class2(toks[j])&cwAimNoun36 == 0 {
		return false
	}
	for q := j - 1; q >= 0 && q >= j-2; q-- {
		if isGenitive(s.w(toks[q])) {
			return true
		}
	}
	return false
}
