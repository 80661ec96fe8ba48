package work

import "github.com/khabar/khabar/pipeline"

// newsAdjective31 drops the supportive evaluative words of a clause's
// occurrences that stand between a tracked name's genitive and a noun of
// news (words.yaml news_nouns): "X ने कहा कि अखबार सिर्फ Y की अच्छी
// खबरें छापते हैं", "X का आरोप: 'चैनल Y की अच्छी खबरें ही दिखाता है'".
// The word judges the news told about Y, not Y, and no stance of X's
// toward Y follows from it. Kept: a predicate ("Y की जीत सबसे अच्छी
// खबर है": no genitive right before), a hostile word ("Y की फर्जी
// खबरें" may be Y's own fake news), a frame, a flipper, or a longer
// evaluative entry that holds the noun.
func (s *sentCtx) newsAdjective31(occ []occurrence) []occurrence {
	out := occ[:0]
	for _, o := range occ {
		if s.newsPraise31(o) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// stanceRepeat31 is one sentence that asserted stanceList[i] once more.
type stanceRepeat31 struct {
	i          int
	field      string
	start, end int
}

// noteRepeat31 records that the sentence being read asserted
// stanceList[i] again (storyState.repeats31): the list keeps each stance
// once, with its first sentence as the evidence, and chiefStances25 asks
// whether a later sentence set a chief apart (repeatApart31).
func (a *Analyzer) noteRepeat31(s *sentCtx, st *storyState, i int) {
	if s.ev.gen != s.memoGen || s.memoGen == 0 {
		s.ev.text, s.ev.start, s.ev.end = evidence(s.f, &s.sn)
		s.ev.gen = s.memoGen
	}
	st.repeats31 = append(st.repeats31, stanceRepeat31{i: i, field: s.f.name, start: s.ev.start, end: s.ev.end})
}

// repeatApart31 is chiefApart25 for a stance x.Source → pid of another
// polarity that x's sentence asserted once more after an earlier one
// (a headline's): "X बोले- O की गाड़ियां महंगी, पर P जीनियस || …
// उन्होंने कहा कि O की गाड़ियां भरोसे लायक नहीं हैं, लेकिन O प्रमुख P
// 'एक जीनियस' हैं": the body's sentence sets P apart from O as the
// headline's does, so the criticism of O is not passed on to P.
func repeatApart31(st *storyState, out []pipeline.Stance, x pipeline.Stance, pid string) bool {
	for _, r := range st.repeats31 {
		if r.i >= len(st.stanceList) {
			continue
		}
		y := st.stanceList[r.i]
		if y.Source != x.Source || y.Target != pid || y.Polarity == x.Polarity {
			continue
		}
		if r.field == x.Field && x.Start < r.end && r.start < x.End {
			return true
		}
	}
	return false
}

// newsPraise31 reports a supportive evaluative occurrence o in "<name>
// की/के/का <o> <news noun>" (newsAdjective31).
func (s *sentCtx) newsPraise31(o occurrence) bool {
	if o.e.kind != entEval || o.alt != nil || o.e.eval == nil || o.e.eval.Pol != "supportive" {
		return false
	}
	if t := o.k + o.n; !s.isWord(t) || s.class2(t)&cwNewsNoun31 == 0 {
		return false
	}
	g := o.k - 1
	if g <= s.sn.a || !isGenitive(s.w(g)) {
		return false
	}
	return s.mentionAt(g-1) || s.inMention(g-1)
}
