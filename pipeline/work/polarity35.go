package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 35 (POLARITY): readings that keep a stance's polarity with the
// party it is about.

// pastStake35 reports an investor role in the simple past ("X, Y के
// शुरुआती निवेशकों में थे"), which readAmong leaves unread: a stake once
// held. A donor in the simple past ("X पिछले चुनाव में Y के सबसे बड़े
// दानदाताओं में थे") states money given, past support stated as fact.
func pastStake35(noun, cop string) bool {
	if noun != "निवेशकों" {
		return false
	}
	return cop == "थे" || cop == "था" || cop == "थी"
}

// moneyGap35 reads money given in a coordination that says the verb or
// the receiver once (gapping), after the sentence's clauses are read:
//   - "X ने Y में A और Z ने B लगाए थे": the first giver shares the verb
//     the second one took (the reader gave Z → Y only);
//   - "X ने Y में A लगाए थे, जबकि Z ने B का निवेश किया था": the second
//     giver, with a sum and a verb of placing money but no receiver of
//     its own, gives to the first one's receiver.
//
// Only an asserted donation X → Y read in this sentence is shared, and
// only with a tracked ने-agent Z whose stretch holds a sum (moneyWord),
// no other name, no में of its own and no negation.
func (a *Analyzer) moneyGap35(s *sentCtx, st *storyState, from int) {
	if s.screen&swMoney == 0 {
		return
	}
	n := len(st.stanceList)
	for i := from; i < n; i++ {
		x := st.stanceList[i]
		if x.Kind != "donation" || x.Mood != "" || x.Polarity != pipeline.Supportive {
			continue
		}
		src, ok := a.entOf37(st, x.Source)
		tgt, ok2 := a.entOf37(st, x.Target)
		if !ok || !ok2 {
			continue
		}
		xs := -1
		for ci := range s.chunks {
			if c := &s.chunks[ci]; c.ent == src && c.mk == mkAgent && s.neAfter35(c) > 0 {
				xs = ci
			}
		}
		if xs < 0 {
			continue
		}
		for zi := range s.chunks {
			z := &s.chunks[zi]
			if z.ent < 0 || z.ent == src || z.ent == tgt || z.mk != mkAgent || s.neAfter35(z) < 0 || a.isDeal[z.ent] {
				continue
			}
			var shared bool
			if z.tok < s.chunks[xs].tok {
				shared = s.gapBefore35(z, &s.chunks[xs], tgt)
			} else {
				shared = s.gapAfter35(z)
			}
			if shared && a.clauseMood(s, &s.cls[z.clause], z.tok) == "" {
				a.add(s, st, z.ent, tgt, 1, "donation", "", 1.0)
			}
		}
	}
}

// gapBefore35: "Z ने Y में <sum> और X ने …": the tokens from Z's ने to
// X hold Y under में and a sum, no verb and no other name, and end with
// और.
func (s *sentCtx) gapBefore35(z, x *chunk, tgt int) bool {
	ne := s.neAfter35(z)
	if x.tok-1 <= ne+1 || x.tok-1-ne > 14 || s.w(x.tok-1) != "और" {
		return false
	}
	sum := false
	for j := ne + 1; j < x.tok-1; j++ {
		if !s.isWord(j) && s.w(j) != "," && s.f.toks[j].Kind != hindi.Number {
			return false
		}
		if s.flag(j)&fwFinite != 0 || s.placeVerb(j) || negWord35(s.w(j)) {
			return false
		}
		if moneyWord(s.w(j)) {
			sum = true
		}
	}
	hasY := false
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 || c.tok <= ne || c.tok >= x.tok {
			continue
		}
		if c.ent != tgt || s.w(c.end) != "में" {
			return false
		}
		hasY = true
	}
	return sum && hasY
}

// gapAfter35: "…, जबकि Z ने <sum> का निवेश किया था": Z after जबकि (or
// ", और"), then up to the sentence's end a sum and a verb of placing
// money or निवेश, with no name, no में and no negation.
func (s *sentCtx) gapAfter35(z *chunk) bool {
	switch {
	case s.w(z.tok-1) == "जबकि":
	case s.w(z.tok-1) == "और" && s.w(z.tok-2) == ",":
	default:
		return false
	}
	sum, verb := false, false
	for j := s.neAfter35(z) + 1; j < s.sn.b; j++ {
		w := s.w(j)
		if w == "में" || negWord35(w) || s.mentionAt(j) || w == "," {
			return false
		}
		if moneyWord(w) {
			sum = true
		}
		if sum && (s.placeVerb(j) || w == "निवेश") {
			verb = true
		}
	}
	return sum && verb
}

// negWord35 is a word of negation.
func negWord35(w string) bool {
	switch w {
	case "नहीं", "न", "ना", "कभी", "बिना":
		return true
	}
	return false
}

// neAfter35 is the token of the ने after agent chunk c, past a short
// parenthesis ("मेटा (तब फेसबुक) ने"), or -1.
func (s *sentCtx) neAfter35(c *chunk) int {
	j := c.end
	if s.w(j) == "(" {
		for e := j + 1; e < s.sn.b && e <= j+5; e++ {
			if s.w(e) == ")" {
				j = e + 1
				break
			}
		}
	}
	if s.w(j) == "ने" {
		return j
	}
	return -1
}

// chargeAbout35 reports that a hostile stance towards tgt comes only from
// a charge or claim that the sentence calls false, with tgt named inside
// it as the one the charge is about, not as its author:
//   - "X ने Z के उस/इस दावे को झूठा बताया, जिसमें कहा गया था कि Y …",
//     "… इस दावे को गलत बताया कि Y …": Y only in the claim's content
//     clause after the charge noun;
//   - "X ने कहा कि Y पर लगाए जा रहे आरोप झूठे हैं": Y the accused of a
//     charge named by its participle ("Y पर लगे/लगाए (गए) आरोप").
//
// Calling such a charge false answers for Y; it attacks Y in no way. The
// charge noun must be followed in its clause by a hostile evaluative
// (the calling), so "Y पर लगे आरोपों की जांच की मांग" still reads.
func (a *Analyzer) chargeAbout35(s *sentCtx, tgt int, pol int8) bool {
	if pol >= 0 || s.screen&swChargeF15 == 0 {
		return false
	}
	k := -1 // the charge noun
	for j := s.sn.a; j < s.sn.b; j++ {
		if s.flag(j)&fwCharge != 0 && s.isWord(j) {
			k = j
			break
		}
	}
	if k < 0 || !a.calledFalseAfter35(s, k) {
		return false
	}
	named, about := false, false
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != tgt {
			continue
		}
		named = true
		switch {
		case c.mk == mkGen && a.supportiveAct35(s, c.end+1):
			// "Y का बचाव करते हुए कहा कि उन पर लगे आरोप झूठे हैं": Y
			// named as the one defended or praised.
		case c.mk == mkPar && c.tok < k && k-c.end <= 5 && strings.HasPrefix(s.w(c.end+1), "लग"):
			about = true // "Y पर लगाए जा रहे आरोप"
		case c.tok > k && s.contentOfCharge35(k, c):
			about = true // "… इस दावे को झूठा बताया कि Y …"
		default:
			return false
		}
	}
	return named && about
}

// calledFalseAfter35 reports a hostile evaluative within eight words
// after the charge noun at k, before the sentence ends.
func (a *Analyzer) calledFalseAfter35(s *sentCtx, k int) bool {
	for j := k + 1; j < s.sn.b && j <= k+8; j++ {
		if e, _ := a.matchAt(s, j, entEval); e != nil && e.eval != nil && e.eval.pol < 0 {
			return true
		}
	}
	return false
}

// contentOfCharge35 reports chunk c in a content clause that opens after
// the charge noun at k, with कि or "जिसमें कहा गया (था) कि", the charge
// pointed at by इस/उस/इन/उन right before it, and no speech verb of the
// rejecter's between them.
func (s *sentCtx) contentOfCharge35(k int, c *chunk) bool {
	switch s.w(k - 1) {
	case "इस", "उस", "इन", "उन":
	default:
		return false
	}
	for j := k + 1; j < c.tok; j++ {
		w := s.w(j)
		if w == "कि" {
			return true
		}
		// "… इन आरोपों को मनगढ़ंत बताते हुए कहा कि Y …": the content
		// of a speech verb of the rejecter's, not of the charge; only
		// "जिसमें कहा गया (था) कि" opens the charge's own words.
		if s.mentionAt(j) || w == "हुए" || strings.HasPrefix(w, "कह") && s.w(j-1) != "जिसमें" && s.w(j-1) != "जिनमें" {
			return false
		}
	}
	return false
}

// supportiveAct35 reports a supportive frame starting at token k.
func (a *Analyzer) supportiveAct35(s *sentCtx, k int) bool {
	e, _ := a.matchAt(s, k, entFrame)
	return e != nil && e.frame != nil && e.frame.pol > 0
}

// turnedHelp35 reports help or backing told as the ground of a reproach
// in the same sentence: a contrast that turns to now ("लेकिन/पर/मगर अब",
// "… इस बार") and a hostile evaluative or frame after it ("मैंने Y की
// बहुत मदद की, लेकिन अब वह पागलों जैसी बातें कर रहे हैं", "वह कई मुद्दों
// पर Y का समर्थन करते रहे हैं, पर इस बार वह गलत हैं"). The backing is
// the speaker's reproach, as grievedHelp25 reads it with a grievance word.
func (a *Analyzer) turnedHelp35(s *sentCtx) bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		switch s.w(k) {
		case "लेकिन", "पर", "मगर", "किंतु", "परंतु":
		default:
			continue
		}
		j := k + 1
		switch {
		case s.w(j) == "अब":
			j++
		case s.w(j) == "इस" && s.w(j+1) == "बार":
			j += 2
		default:
			continue
		}
		for ; j < s.sn.b && j <= k+12; j++ {
			if e, _ := a.matchAt(s, j, entEval); e != nil && e.eval != nil && e.eval.pol < 0 {
				return true
			}
			if e, _ := a.matchAt(s, j, entFrame); e != nil && e.frame != nil && e.frame.pol < 0 {
				return true
			}
		}
	}
	return false
}
