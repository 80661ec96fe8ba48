package work

import "github.com/khabar/khabar/pipeline"

// restRecipient31 is the recipient of "the rest of the sum" (words.yaml
// rest_words right before the money word at k: "सॉफ्टबैंक ने ओपनएआई में
// N लगाए, बाकी रकम माइक्रोसॉफ्ट ने दी", "… । शेष राशि Z ने लगाई"): the
// target of the last asserted donation, when this sentence or the one
// before asserted it; -1 if none. readMoneyGiven then reads the clause's
// ने-agent as funding that recipient too.
func (a *Analyzer) restRecipient31(s *sentCtx, st *storyState, k int) int {
	if k <= s.sn.a || s.class2(k-1)&cwRestWord31 == 0 || !st.hasPair || s.nsent-s.pairSent > 1 {
		return -1
	}
	src, tgt := st.lastPair[0], st.lastPair[1]
	for i := len(st.stanceList) - 1; i >= 0; i-- {
		x := &st.stanceList[i]
		if x.Source == a.ents[src].ID && x.Target == a.ents[tgt].ID && x.Polarity == pipeline.Supportive && x.Mood == "" {
			if x.Kind == "donation" {
				return tgt
			}
			return -1
		}
	}
	return -1
}

// readRestGiven31 reads "बाकी/शेष <money word at k> Z ने दी/लगाई": the
// clause's one ने-agent Z, within eight words after the money word, gives
// the rest of the sum (a giving or placing verb right after ने,
// moneyVerb12) to the recipient of the donation just told
// (restRecipient31): support by deed Z → Y. It reports whether it read.
func (a *Analyzer) readRestGiven31(s *sentCtx, ci int, st *storyState, k int) bool {
	if k <= s.sn.a || s.class2(k-1)&cwRestWord31 == 0 {
		return false
	}
	ne := -1
	for j := k + 1; j < s.sn.b && j <= k+8; j++ {
		if s.w(j) == "ने" {
			ne = j
			break
		}
		if !s.isWord(j) {
			return false
		}
	}
	if ne < 0 {
		return false
	}
	pol, v := s.moneyVerb12(ne + 1)
	if pol <= 0 {
		return false
	}
	y := a.restRecipient31(s, st, k)
	ag := a.agentsOf(s, ci)
	if y < 0 || len(ag) != 1 || ag[0] == y {
		return false
	}
	a.add(s, st, ag[0], y, 1, "donation", a.clauseMood(s, &s.cls[ci], v), 1.0)
	return true
}
