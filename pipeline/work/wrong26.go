package work

import "strings"

// Session 26 WRONGPAIR: a stance whose source is right but whose target is
// another party of the sentence.
//
// formedDeal26: an announcement (घोषणा, ऐलान) that formed a tracked deal
// ("Z ने स्टारगेट नाम से एक नया उपक्रम बनाने की घोषणा की") is the deal's;
// "X ने इस घोषणा को ऐतिहासिक बताया" judges the deal, not the members
// who announced it. So does "X ने इस परियोजना को … का सबूत बताया"
// (dealCalled26).
//
// devoured26: a jibe's words "A, B को जिंदा निगल जाएगा" mock B, the
// one to be swallowed, not A.

// dealFormed26 is the tracked deal a decision noun at k announces: the
// nearest tracked name before k in its clause is a deal, eight words at
// most back, written as the thing announced — its genitive right before
// the noun ("स्टारगेट का ऐलान") or a noun of a new venture between
// (words.yaml formed_ventures: "स्टारगेट नाम की एक नई कंपनी का ऐलान").
// -1 if none.
func (a *Analyzer) dealFormed26(s *sentCtx, k int) int {
	for i := len(s.chunks) - 1; i >= 0; i-- {
		c := &s.chunks[i]
		if c.end > k || c.ent < 0 {
			continue
		}
		if !a.isDeal[c.ent] || k-c.end > 8 || s.cid[c.tok-s.sn.a] != s.cid[k-s.sn.a] {
			return -1
		}
		if c.end+1 == k && isGenitive(s.w(c.end)) {
			return c.ent
		}
		for j := c.end; j < k; j++ {
			if s.class(j)&cwVenture26 != 0 {
				return c.ent
			}
		}
		return -1
	}
	return -1
}

// formedDealAt26 is, for a demonstrative at k before a decision noun
// ("इस घोषणा"), the deal the story's last announcement formed; -1 when
// it formed none.
func formedDealAt26(s *sentCtx, k int) int {
	if s.st == nil || s.st.dealAct26 == 0 || k+1 >= s.sn.b || s.flag(k+1)&fwDecision == 0 {
		return -1
	}
	return s.st.dealAct26 - 1
}

// dealCalled26 reads "X ने इस परियोजना को … बताया": a demonstrative and a
// noun pointing back to the story's deal (words.yaml deal_pointers) as
// the को-object of a calling in clause ci, before the label at k. The
// deal is the last one named in the sentence before it, else among the
// story's last four names; -1 if none.
func (a *Analyzer) dealCalled26(s *sentCtx, st *storyState, ci, k int) int {
	at := -1
	for j := k - 1; j >= s.sn.a+2; j-- {
		if s.cid[j-s.sn.a] != int32(ci) {
			continue
		}
		if s.w(j) == "को" && s.class(j-1)&cwDealPointer24 != 0 && (demonstrative(s.w(j-2)) || s.w(j-2) == "उस") && !s.inMention(j-1) {
			at = j
			break
		}
	}
	if at < 0 {
		return -1
	}
	for i := len(s.chunks) - 1; i >= 0; i-- {
		if c := s.chunks[i]; c.tok < at && c.ent >= 0 && a.isDeal[c.ent] {
			return c.ent
		}
	}
	for j := len(st.recent) - 1; j >= 0 && j >= len(st.recent)-4; j-- {
		if e := st.recent[j]; a.isDeal[e] {
			return e
		}
	}
	return -1
}

// devoured26 is the tracked को-object of clause cj followed, a word or
// two on, by a verb of swallowing (words.yaml devour_verbs) and its
// compounding जा/ले ("ओपनएआई को जिंदा निगल जाएगा", "… को खा जाएगी"):
// the jibe's words mock the one to be swallowed. -1 if none, or when it
// is a source.
func (s *sentCtx) devoured26(cj int, srcs []int) int {
	for _, i := range s.inClause(cj) {
		c := &s.chunks[i]
		if c.mk != mkKo || c.ent < 0 || containsInt(srcs, c.ent) {
			continue
		}
		for k := c.at + 1; k <= c.at+3 && k+1 < s.sn.b; k++ {
			if s.class(k)&cwDevour26 == 0 {
				continue
			}
			if n := s.w(k + 1); strings.HasPrefix(n, "जा") || strings.HasPrefix(n, "ले") {
				return c.ent
			}
		}
	}
	return -1
}
