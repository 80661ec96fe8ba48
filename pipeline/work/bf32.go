package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

// amountRun32 is the length of an amount phrase that opens at token k and
// ends in its genitive ("(करीब) 1 ट्रिलियन डॉलर के", "10 करोड़ रुपये की"):
// an optional word of approximation, a number, up to two plain words
// (scale, currency) and the genitive; 0 if there is none. A possessed
// noun keeps its owner across it ("Y के लिए प्रस्तावित करीब 1 ट्रिलियन
// डॉलर के मुआवजा पैकेज का बचाव": meantFor, stance.go).
func (s *sentCtx) amountRun32(k int) int {
	j := k
	switch s.w(j) {
	case "करीब", "लगभग", "तकरीबन", "कुल", "सिर्फ", "महज":
		j++
	}
	if j >= s.sn.b || s.f.toks[j].Kind != hindi.Number {
		return 0
	}
	for j++; j < s.sn.b && s.f.toks[j].Kind == hindi.Number; j++ {
	}
	for n := 0; n < 3 && j < s.sn.b; n++ {
		if isGenitive(s.w(j)) {
			return j + 1 - k
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&fwPostposition != 0 {
			return 0
		}
		j++
	}
	return 0
}

// participleDeal32 reads a genitive or object pronoun right after a
// participle of calling whose own object is a bare project noun ("X ने
// परियोजना को 'इतिहास की सबसे बड़ी परियोजना' बताते हुए उसकी तारीफ की"):
// the pronoun is that project, so it is the deal last named (as
// dealAnaphor reads "परियोजना की तारीफ"), or else the one deal the story
// names, not the person or company named last; ok with e = -1 when no
// deal (or more than one) was named. ok is false for any other
// shape (a tracked or owned object keeps the usual reading).
func (a *Analyzer) participleDeal32(s *sentCtx, st *storyState, k int) (e int, ok bool) {
	switch s.w(k) {
	case "उसकी", "उसके", "उसका", "उसे", "इसकी", "इसके", "इसका", "इसे":
	default:
		return -1, false
	}
	v := -1
	switch w := s.w(k - 1); {
	case w == "हुए" || w == "हुये":
		p := s.w(k - 2)
		if strings.HasPrefix(p, "बता") || strings.HasPrefix(p, "कह") || p == "देते" && s.w(k-3) == "करार" {
			v = k - 2
			if p == "देते" {
				v = k - 3
			}
		}
	case w == "बताकर" || w == "कहकर":
		v = k - 1
	}
	if v < 0 {
		return -1, false
	}
	for j := v - 1; j > s.sn.a+1 && j >= v-12; j-- {
		if s.mentionAt(j) || s.inMention(j) {
			return -1, false
		}
		if s.w(j) != "को" {
			continue
		}
		switch s.w(j - 1) {
		case "परियोजना", "प्रोजेक्ट", "उपक्रम":
		default:
			return -1, false
		}
		if p := s.w(j - 2); isGenitive(p) || p == "नई" || p == "नए" || p == "अपनी" || p == "अपने" || s.mentionAt(j-2) || s.inMention(j-2) {
			return -1, false
		}
		for i := len(s.chunks) - 1; i >= 0; i-- {
			if c := s.chunks[i]; c.tok < j && c.ent >= 0 && a.isDeal[c.ent] {
				return c.ent, true
			}
		}
		for r := len(st.recent) - 1; r >= 0 && r >= len(st.recent)-4; r-- {
			if e := st.recent[r]; a.isDeal[e] {
				return e, true
			}
		}
		// Named further back (a list of chiefs in between): the one
		// deal the story names.
		d := -1
		for e, ok := range st.named {
			if ok && a.isDeal[e] {
				if d >= 0 {
					return -1, true
				}
				d = e
			}
		}
		return d, true
	}
	return -1, false
}

// labelAgentOpen32 is the opening quote of a quoted label that a
// को-object opens and a calling verb closes, around the evaluative word
// at o, when a doer is named inside the label ("X की ओर से", read as an
// agent) and a ने-agent stands before the label: "Z के प्रवक्ता ने
// मुकदमे को 'X की ओर से चलाए जा रहे उत्पीड़न अभियान का अध्याय' बताया".
// The one calling is the agent before the quote, not X (whom the label
// charges); -1 otherwise.
func (s *sentCtx) labelAgentOpen32(o occurrence) int {
	if !s.quotedLabel15(o.k, o.n) {
		return -1
	}
	open := -1
	for j := o.k - 1; j >= s.sn.a && j >= o.k-10; j-- {
		if s.isQuoteTok(j) {
			open = j
			break
		}
	}
	if open < 0 {
		return -1
	}
	inside, before := false, false
	for _, c := range s.chunks {
		if c.mk != mkAgent || c.ent < 0 || c.pron != 0 {
			continue
		}
		switch {
		case c.tok > open && c.tok < o.k:
			inside = true
		case c.tok < open:
			before = true
		}
	}
	if !inside || !before {
		return -1
	}
	return open
}

// againstRelative32 reads "जिसके/जिनके खिलाफ" after a comma as the one
// the host clause is about ("Y … बदलने की प्रक्रिया में है, जिसके
// खिलाफ X अदालत में कानूनी लड़ाई लड़ रहे हैं"; "Y ने नया नियम बनाया,
// जिसके खिलाफ X ने मुकदमा किया"): what is fought there is Y's act or
// plan, and so Y (SCHEMA: a suit or an attack on a party's plan is
// against the party). After a name ("Y, जिनके खिलाफ X ने …") it is that
// name. Only when the relative names a tracked doer of its own (within
// eight words, before a comma) and the host before the comma has one
// tracked subject or agent and no other tracked party. The chunk is
// under खिलाफ, grounded here.
func (a *Analyzer) againstRelative32(s *sentCtx, k int) (chunk, bool) {
	switch s.w(k) {
	case "जिसके", "जिनके":
	default:
		return chunk{}, false
	}
	if k < s.sn.a+2 || s.w(k-1) != "," || s.w(k+1) != "खिलाफ" {
		return chunk{}, false
	}
	doer := false
	for e := k + 2; e < s.sn.b && e <= k+10 && s.w(e) != ","; e++ {
		if s.mentionAt(e) {
			doer = true
			break
		}
	}
	if !doer {
		return chunk{}, false
	}
	out := chunk{ent: -1, tok: k, end: k + 1, mk: mkKhilaf, at: k + 2, head: -1}
	if e := s.mentionEndingAt(k - 2); e >= 0 {
		out.ent = e
		return out, true
	}
	host := -1
	for i := len(s.chunks) - 1; i >= 0; i-- {
		c := &s.chunks[i]
		// (Pronouns, a reflexive "खुद को" among them, are no party.)
		if c.end > k || c.ent < 0 || c.pron != 0 {
			continue
		}
		switch c.mk {
		case mkAgent, mkBare:
			if host >= 0 && host != c.ent {
				return chunk{}, false
			}
			host = c.ent
		default:
			return chunk{}, false
		}
	}
	if host < 0 {
		return chunk{}, false
	}
	out.ent = host
	return out, true
}
