package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"

	"github.com/khabar/khabar/pipeline"
)

// rhetoricQ12 reads a tracked speaker's accusing question about Y's
// conduct: "X ने पूछा कि Y सच क्यों छिपा रहे हैं?", "'Y कब तक जनता को
// गुमराह करेंगे?', X बोले", "X का सवाल: Y जवाब क्यों नहीं देते?", "X ने
// Y से पूछा, 'यह इतना पक्षपाती क्यों है?'". A why- or how-long question
// put by someone about another's doing charges them with it (SCHEMA is
// silent; the dev gold labels it hostile, kind accusation): speaker → Y;
// a what-question put to Y ("X ने Y से पूछा कि Z से उनका रिश्ता क्या
// है") charges Y too.
// Y is the question's subject (a name or a pronoun grounded to one,
// unmarked or with ने; "आप" is the one addressed), else the one the
// question is put to (X ने Y से पूछा). The narrator's own question ("X ने
// Y को क्यों घेरा?") is no one's words and is left to the clause's act
// (moods: a wh-question asserts its act); a yes/no question (क्या …
// करेंगे?) has no wh-word here and stays unasserted; a question put to X
// (X से पूछा गया) has no tracked speaker. Only sentences with a wh-word
// (swWh) or क्या (swKya12) are read.
func (a *Analyzer) rhetoricQ12(s *sentCtx, st *storyState, from int) {
	for k := s.sn.a; k < s.sn.b; k++ {
		// Why and how long charge the question's subject; what
		// (क्या है, क्या हुआ) charges only the one it is put to ("X ने
		// Y से पूछा कि Z के साथ उनका रिश्ता क्या है").
		accusing := s.flag(k)&fwWh != 0 && s.accusingWh12(k)
		if !accusing && !s.whatKya12(k) {
			continue
		}
		ci := int(s.cid[k-s.sn.a])
		if ci < 0 || ci >= len(s.cls) || !s.asks12(ci, k) && !faceWh38(s, k) {
			continue
		}
		cl := &s.cls[ci]
		if cl.kind != ckContent && !cl.quoted {
			// "X ने Y से पूछा, “… क्यों …?”": the asking verb (no
			// speech verb to the clause layer) left the quote in its
			// own clause.
			if x, y := s.askedInline12(ci, k, accusing); x >= 0 && y >= 0 && x != y && !a.assertedSince12(st, from, x, y) {
				a.add(s, st, x, y, -1, "accusation", "", 1.2)
				return
			}
			continue
		}
		// The words must be said, not asked about or denied: "क्या X ने
		// पूछा कि …", "X ने नहीं पूछा कि …".
		if !s.sayingAsserted(cl) {
			continue
		}
		srcs := a.speakers(s, ci, st, nil)
		if len(srcs) == 0 && cl.quoted {
			if x := a.nextTag12(s); x >= 0 {
				srcs = []int{x}
			}
		}
		if len(srcs) == 0 {
			continue
		}
		y := -1
		if accusing {
			y = s.questionSubject12(ci, srcs)
		}
		if y < 0 && s.askedVerb12(cl.parent) {
			y = s.askedOf12(cl.parent, srcs)
		}
		if y < 0 {
			continue
		}
		for _, x := range srcs {
			if x != y && !a.assertedSince12(st, from, x, y) {
				a.add(s, st, x, y, -1, "accusation", "", 1.2)
			}
		}
		return // one accusation a sentence
	}
}

// accusingWh12: the wh-word at k asks why (क्यों) or how long (कब तक).
// "कब आएगा?", "कहां है?", "कितना?" ask for a fact.
func (s *sentCtx) accusingWh12(k int) bool {
	switch s.w(k) {
	case "क्यों", "why":
		return true
	case "कब":
		return s.w(k+1) == "तक"
	case "किस":
		return faceWh38(s, k)
	}
	return false
}

// whatKya12: क्या at k asks "what" (a wh-word), not yes or no: a
// copula or हुआ follows it, or the question mark ("X का रिश्ता क्या है",
// "उसका क्या हुआ?"); the yes/no क्या opens its clause ("क्या वह …").
func (s *sentCtx) whatKya12(k int) bool {
	if s.w(k) != "क्या" || k == s.sn.a {
		return false
	}
	switch s.w(k - 1) {
	case "कि", ",", ":", "'", "\"", "“", "‘":
		return false
	}
	switch s.w(k + 1) {
	case "है", "हैं", "था", "थी", "थे", "हुआ", "हुई", "हुए", "?":
		return true
	}
	return false
}

// asks12: a question mark closes the sentence after k (before a danda),
// or the clause is the content of an asking verb ("पूछा कि … क्यों …।").
func (s *sentCtx) asks12(ci, k int) bool {
	for j := k + 1; j < s.sn.b; j++ {
		switch s.w(j) {
		case "?":
			return true
		case "।", "|":
			j = s.sn.b
		}
	}
	return s.askedVerb12(s.cls[ci].parent)
}

// askedVerb12: clause p holds a verb of asking (पूछा, पूछे, पूछते …) or
// a question raised (सवाल/प्रश्न किया, उठाया, दागा).
func (s *sentCtx) askedVerb12(p int) bool {
	if p < 0 || p >= len(s.cls) {
		return false
	}
	for _, j := range s.cls[p].toks {
		w := s.w(j)
		if strings.HasPrefix(w, "पूछ") {
			// "X से पूछा गया": put to X, not asked by anyone tracked.
			switch s.w(j + 1) {
			case "गया", "गई", "गए", "जाता", "जाती", "जाने", "जा":
				return false
			}
			return true
		}
		if w == "सवाल" || w == "सवालों" || w == "प्रश्न" {
			return true
		}
	}
	return false
}

// askedOf12 is the one the question is put to: a tracked chunk with से
// in the asking clause p ("X ने Y से पूछा"), not one of srcs; -1 if
// none or two different.
func (s *sentCtx) askedOf12(p int, srcs []int) int {
	y := -1
	for _, i := range s.inClause(p) {
		c := &s.chunks[i]
		if c.ent < 0 || c.mk != mkSe || containsInt(srcs, c.ent) {
			continue
		}
		if y >= 0 && y != c.ent {
			return -1
		}
		y = c.ent
	}
	return y
}

// questionSubject12 is the tracked subject of the question clause ci: a
// chunk unmarked or with ने (a name, a pronoun grounded to one, "आप"
// addressed), not a possessed noun's modifier and not one of srcs; -1
// if none or two different.
func (s *sentCtx) questionSubject12(ci int, srcs []int) int {
	y := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.ent < 0 || c.mk != mkBare && c.mk != mkAgent || containsInt(srcs, c.ent) {
			continue
		}
		// "Y, Z मामले पर चर्चा से क्यों भाग रहे हैं": a name that
		// qualifies the noun after it (Z's case) is no subject
		// (recall15.go).
		if s.qualifiesNoun15(c) {
			continue
		}
		if y >= 0 && y != c.ent {
			return -1
		}
		y = c.ent
	}
	return y
}

// assertedSince12: an asserted stance x → y was added since from (a
// future or negated one read off the question's own verb is not).
func (a *Analyzer) assertedSince12(st *storyState, from, x, y int) bool {
	xs, ys := a.ents[x].ID, a.ents[y].ID
	for _, o := range st.stanceList[from:] {
		if o.Source == xs && o.Target == ys && o.Mood == "" {
			return true
		}
	}
	return false
}

// nextTag12 is the tracked person a tag right after a quoted question
// names, when the question's ? split it off ("'Y … क्यों?' X का सवाल",
// "'… कब तक …?' X की चिट्ठी", "'…?' X ने पूछा", "'…?', X बोले"): the
// sentence must end in ? (or !) and a quote mark, and the tag follow on
// the same line within eight tokens, before a comma or a stop; -1 if
// none.
func (a *Analyzer) nextTag12(s *sentCtx) int {
	f, b := s.f, s.sn.b
	if b-s.sn.a < 3 || !isQuote(s.w(b-1)) {
		return -1
	}
	if w := s.w(b - 2); w != "?" && w != "!" {
		return -1
	}
	end := min(len(f.words), b+8)
	for k := b; k < end; k++ {
		if f.toks[k].Kind == hindi.Break {
			end = k
			break
		}
		switch f.words[k] {
		case "।", "|", "?", "!", ":":
			end = k
		case ",":
			if k > b {
				end = k
			}
		}
	}
	for _, m := range f.mentions {
		if m.tok < b {
			continue
		}
		if m.tokEnd > end || !a.isPerson[m.entity] {
			break
		}
		e := m.tokEnd
		// "…?', बोले X": the speech verb before the name.
		if e == end && a.fieldFlags(f, m.tok-1)&fwSpeech != 0 {
			return m.entity
		}
		if e >= end {
			return -1
		}
		if f.words[e] == "जी" {
			e++
		}
		if e >= end {
			return -1
		}
		w := f.words[e]
		switch {
		case a.fieldFlags(f, e)&fwSpeech != 0:
			return m.entity // "…?', X बोले"
		case w == "ने":
			for j := e + 1; j < end; j++ {
				if v := f.words[j]; strings.HasPrefix(v, "पूछ") || strings.HasPrefix(v, "कह") || a.fieldFlags(f, j)&fwSpeech != 0 {
					return m.entity // "'…?' X ने (रैली में) पूछा"
				}
			}
		case isGenitive(w):
			// "X का सवाल", "X की चिट्ठी", "X का खुला पत्र".
			for j := e + 1; j < end && j <= e+3; j++ {
				if v := f.words[j]; tagNoun(v) || v == "पत्र" || v == "चिट्ठी" {
					return m.entity
				}
			}
		}
		return -1
	}
	return -1
}

// askedInline12 reads a question quoted in the asking verb's own clause
// ci ("X ने Y से पूछा, “Z … क्यों है?”"): the wh-word at k follows the
// asking verb and a quote mark opened after it; the asker is the one
// tracked agent (ने) before the verb, the one charged the question's
// subject (accusing) or the one asked (से, before the verb). The clause
// must be asserted. (-1, -1) if not so.
func (s *sentCtx) askedInline12(ci, k int, accusing bool) (int, int) {
	cl := &s.cls[ci]
	if cl.mood != "" {
		return -1, -1
	}
	v := -1
	for _, j := range cl.toks {
		if j >= k {
			break
		}
		if strings.HasPrefix(s.w(j), "पूछ") {
			v = j
		}
	}
	if v < 0 {
		return -1, -1
	}
	switch s.w(v + 1) {
	case "गया", "गई", "गए", "जाता", "जाती", "जाने", "जा":
		return -1, -1
	}
	open := false
	for j := v + 1; j < k; j++ {
		if isQuote(s.w(j)) {
			open = true
		}
	}
	if !open {
		return -1, -1
	}
	x, y, subj := -1, -1, -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.clause != ci || c.ent < 0 {
			continue
		}
		switch {
		case c.tok < v && c.mk == mkAgent:
			if x >= 0 && x != c.ent {
				return -1, -1
			}
			x = c.ent
		case c.tok < v && c.mk == mkSe:
			y = c.ent
		case c.tok > v && c.tok < k && (c.mk == mkBare || c.mk == mkAgent) && accusing:
			subj = c.ent
		}
	}
	if subj >= 0 {
		y = subj
	}
	return x, y
}

// rhetoricalHow12: clause cl asks how one could do the frame ending at k
// ("उस पर भरोसा कैसे करें?", "Y पर कैसे भरोसा किया जा सकता है?"): कैसे
// in the clause, a subjunctive or modal verb after the frame, and the
// sentence ends in ? — it says one cannot (as rhetoricalWho).
func (s *sentCtx) rhetoricalHow12(cl *clause, k int) bool {
	how := false
	for _, j := range cl.toks {
		if s.w(j) == "कैसे" {
			how = true
		}
	}
	if !how {
		return false
	}
	modal := false
	for j := k + 1; j < s.sn.b; j++ {
		switch s.w(j) {
		case "करें", "करे", "करूं", "जाए", "जाये", "सकते", "सकता", "सकती", "सकें", "सके":
			modal = true
		case "?":
			return modal
		case "।", "|":
			return false
		}
	}
	return false
}

// sayingAsserted reports that the saying which introduces clause cl (its
// parent) is asserted or a plain future, not asked about or denied ("क्या
// X ने पूछा कि …", "X ने नहीं पूछा कि …"); a clause with no parent is.
func (s *sentCtx) sayingAsserted(cl *clause) bool {
	if p := cl.parent; p >= 0 {
		switch s.cls[p].mood {
		case "", pipeline.MoodFuture:
		default:
			return false
		}
	}
	return true
}
