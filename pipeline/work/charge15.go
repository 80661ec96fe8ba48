package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 15 (CONTRAST helper): the author of "the charges" a speaker
// calls lies, when the charge was named in an earlier sentence only as
// what the speaker answers, or was laid against the speaker's own chief;
// the speaker's own rival ("उनका प्रतिद्वंद्वी") in someone's words.

// noteAnswered15 records, for a charge noun at k whose genitive author is
// named with no accused ("Y के आरोपों पर X ने बयान जारी किया", "Y के
// आरोपों पर X ने जवाब दिया"), each tracked ने-agent of clause ci as the
// one answering Y. The charge itself asserts nothing (SCHEMA: a charge
// presupposed only as what X answers).
func (s *sentCtx) noteAnswered15(ci, k, author int, st *storyState) {
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.ent < 0 || c.ent == author || c.mk != mkAgent || s.w(c.at) != "ने" || c.tok < k && !s.chargeAnswered19(k) {
			continue
		}
		st.answered15 = append(st.answered15, [2]int{c.ent, author})
	}
}

// chargeAuthor15 is the author of the charges x answers: the last one
// hostile to x; else the last one hostile to a person or organisation the
// story or the watchlist ties to x ("Y ने Z पर … आरोप लगाया। Z की कंपनी
// के प्रवक्ता ने इन आरोपों को …"); else the author of a charge x was
// named answering (noteAnswered15).
func (a *Analyzer) chargeAuthor15(st *storyState, x int) (int, bool) {
	if atk, ok := st.attackedBy[x]; ok {
		return atk, true
	}
	tied := func(p [2]int) int {
		switch x {
		case p[0]:
			return p[1]
		case p[1]:
			return p[0]
		}
		return -1
	}
	for _, m := range [...]map[[2]int]bool{st.affil, a.affil} {
		for p := range m {
			if t := tied(p); t >= 0 && !st.affilOff14[p] {
				if atk, ok := st.attackedBy[t]; ok && atk != x {
					return atk, true
				}
			}
		}
	}
	for i := len(st.answered15) - 1; i >= 0; i-- {
		if st.answered15[i][0] == x {
			return st.answered15[i][1], true
		}
	}
	return -1, false
}

// chargeCalled15 reports a hostile frame at k that is what a charge is
// called: "आरोपों को" (or "इन आरोपों को") within eight words before it with
// no name between, and a calling verb (करार, बताया, कहा) within four
// words after it: "X ने आरोपों को 'चुनाव से पहले की एक साजिश' करार दिया".
func (s *sentCtx) chargeCalled15(k int) bool {
	ko := -1
	for j := k - 1; j >= s.sn.a+1 && j >= k-8; j-- {
		if s.mentionAt(j) {
			return false
		}
		if s.w(j) == "को" && s.flag(j-1)&fwCharge != 0 {
			ko = j
			break
		}
	}
	if ko < 0 {
		return false
	}
	for j := k + 1; j < s.sn.b && j <= k+4; j++ {
		switch s.w(j) {
		case "करार", "बताया", "बताते", "बताकर", "कहा", "ठहराया":
			return true
		}
	}
	return false
}

// namedInClause15 reports a chunk of clause ci that stands for e (a name,
// or a pronoun grounded to e).
func (s *sentCtx) namedInClause15(ci, e int) bool {
	for _, i := range s.inClause(ci) {
		if s.chunks[i].ent == e {
			return true
		}
	}
	return false
}

// ownRival15 reads, in someone's words, the speaker's own rival as the
// one judged: "X बोलीं कि उनका प्रतिद्वंद्वी देश से झूठ बोल रहा है",
// "… कि उनके प्रतिद्वंद्वी ने सिर्फ झूठ बोला" (rivalChunks reads the
// rival after a ने-agent and before a postposition; here the rival is the
// words' subject and its owner the speaker). The rival is the one other
// person the story has named (the nearest before, not tied to the
// speaker); not before a name ("उनके प्रतिद्वंद्वी Z"), nor in words about
// someone named (then the rival is theirs). The clause must
// hold a hostile frame or evaluative after it and be asserted.
func (a *Analyzer) ownRival15(s *sentCtx, st *storyState) {
	if s.screen&swRival == 0 {
		return
	}
	for ci := range s.cls {
		cl := &s.cls[ci]
		if cl.kind != ckContent {
			continue
		}
		for _, k := range cl.toks {
			if !a.matcher.isRival(s.w(k)) || k == s.sn.a || k+1 >= s.sn.b || s.mentionAt(k+1) || a.nameAfterTitle(s, k+1) {
				continue
			}
			switch s.w(k - 1) {
			case "उनका", "उनकी", "उनके", "अपना", "अपनी", "अपने":
			default:
				continue
			}
			hostile := -1
			for _, j := range cl.toks {
				if j > k && a.hostileAt(s, j) {
					hostile = j
					break
				}
			}
			if hostile < 0 || a.clauseMood(s, cl, hostile) != "" {
				continue
			}
			sp := a.speakers(s, ci, st, nil)
			if len(sp) != 1 || !a.isPerson[sp[0]] {
				continue
			}
			// ("X ने Y के बारे में कहा कि उनके प्रतिद्वंद्वी …": Y's
			// rival, not X's.)
			if a.topicOf(s, cl.parent) >= 0 {
				return
			}
			x, y := sp[0], -1
			for j := len(st.recent) - 1; j >= 0; j-- {
				e := st.recent[j]
				if e != x && a.isPerson[e] && !a.affil[[2]int{x, e}] && !a.affil[[2]int{e, x}] {
					y = e
					break
				}
			}
			if y >= 0 {
				a.add(s, st, x, y, -1, "criticism", "", 1.0)
			}
			return
		}
	}
}

// badContent15 is a noun of harmful content that spreads: hate, rumours,
// misinformation, lies, fake news.
func badContent15(w string) bool {
	switch w {
	case "नफरत", "अफवाह", "अफवाहें", "अफवाहों", "झूठ", "दुष्प्रचार", "भ्रम", "misinformation":
		return true
	}
	return false
}

// platformSpread15 reads, in someone's words, harmful content said to
// spread on a platform: "X ने लिखा कि एक्स पर नफरत और अफवाहें बेलगाम फैल
// रही हैं", "… कि एक्स पर गलत सूचनाएं तेजी से फैल रही हैं" — the platform
// is criticised (X → platform), as "एक्स गलत सूचनाएं फैला रहा है" charges
// it. The platform stands under पर as a place, then within the clause a
// harmful-content noun (नफरत, अफवाहें, गलत/भ्रामक सूचनाएं, झूठ) and an
// intransitive form of फैलना (फैल रही, फैलती, फैल चुकी); asserted only.
// Where the words are posted (the speaker's own "X ने एक्स पर लिखा कि")
// is the parent clause, not the words.
func (a *Analyzer) platformSpread15(s *sentCtx, st *storyState) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 || !a.platform[c.ent] || c.mk != mkPlace || c.clause < 0 || c.clause >= len(s.cls) || s.w(c.end) != "पर" {
			continue
		}
		cl := &s.cls[c.clause]
		if cl.kind != ckContent {
			continue
		}
		bad, spread := false, -1
		for _, j := range cl.toks {
			if j <= c.end {
				continue
			}
			if s.mentionAt(j) {
				break
			}
			w := s.w(j)
			if badContent15(w) || (w == "गलत" || w == "भ्रामक" || w == "झूठी" || w == "फर्जी") && strings.HasPrefix(s.w(j+1), "सूचना") {
				bad = true
			}
			if bad && (w == "फैल" || w == "फैलती" || w == "फैलते" || w == "फैलता") {
				spread = j
				break
			}
		}
		if spread < 0 {
			continue
		}
		// (The rumours spreading are what is said, not speculation:
		// अफवाह is a speculation word only as the clause's frame.)
		if m := a.clauseMood(s, cl, spread); m != "" && !(m == pipeline.MoodSpeculative && onlyRumourSpec15(s, cl)) {
			continue
		}
		sp := a.speakers(s, c.clause, st, nil)
		if len(sp) == 1 && sp[0] != c.ent {
			a.add(s, st, sp[0], c.ent, -1, "criticism", "", 1.0)
		}
		return
	}
}

// onlyRumourSpec15 reports a clause whose only speculation words are
// rumour nouns (अफवाह, अफवाहें, अफवाहों).
func onlyRumourSpec15(s *sentCtx, cl *clause) bool {
	for _, j := range cl.toks {
		if s.flag(j)&fwSpec == 0 {
			continue
		}
		switch s.w(j) {
		case "अफवाह", "अफवाहें", "अफवाहों":
		default:
			return false
		}
	}
	return true
}
