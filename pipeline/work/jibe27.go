package work

import "strings"

// Session 27 (TURN helper): praise or thanks the text calls a jibe.
//
// SCHEMA, ruling of session 26: "If the text calls the praise a jibe
// (तंज, व्यंग्य, चुटकी ली), it is mockery: hostile only" (rule 3), and
// thanks the text calls sarcastic are mockery too (rule 5). A praise
// (kind praise: praise, thanks, congratulation) X → Y is read as X → Y
// hostile (kind mockery) when the jibe is X's and aims at no one but Y:
//   - in the same sentence, X owns a jibe noun (jibe_nouns) as the
//     ने-agent or its genitive ("'धन्यवाद Y जी': महंगाई पर X का तंज");
//   - or the sentence before, in the same field, was X's jibe ("X ने
//     (Y पर) तंज कसा, "… ।" … Y को बधाई …"; "X ने Y पर भी तंज कसा।
//     उन्होंने कहा, "…"") and this one names no agent of its own by
//     name.
// Neither when the sentence turns on a contrast (लेकिन, मगर, जबकि …:
// "X ने Z पर तंज कसा, जबकि Y की तारीफ की") or names a third tracked
// party.

// jibe27 is the jibe a sentence read: who made it (1 + entity, 0 if
// none) and at whom (1 + entity, 0 if no one tracked is named), in the
// field f ending at token end.
type jibe27 struct {
	by, at int
	f      *field
	end    int
}

// jibeCalled27 reports a praise src → tgt read in s as a jibe of src's.
func (a *Analyzer) jibeCalled27(s *sentCtx, st *storyState, src, tgt int) bool {
	called := false
	if by, at := s.jibeIn27(); by == src && (at < 0 || at == tgt) {
		called = true
	} else if j := st.jibe27; j.by == src+1 && (j.at == 0 || j.at == tgt+1) && j.f == s.f && j.end <= s.sn.a {
		called = true
		for _, c := range s.chunks {
			if c.mk == mkAgent && c.ent >= 0 && c.pron == 0 {
				called = false // a new agent by name: his own act
			}
		}
	}
	return called && !s.namesThird27(src, tgt) && !s.turns27()
}

// noteJibe27 records the jibe of sentence s (or none) for the next.
func (s *sentCtx) noteJibe27(st *storyState) {
	st.jibe27 = jibe27{}
	if by, at := s.jibeIn27(); by >= 0 {
		st.jibe27 = jibe27{by: by + 1, at: at + 1, f: s.f, end: s.sn.b}
	}
}

// jibeIn27 is the owner of a jibe noun in s and its target (-1 if none):
// the owner is the sentence's one tracked ने-agent, or a name right
// before the noun's genitive ("X का तंज"); the target a tracked name
// marked पर before the noun ("X ने Y पर तंज कसा").
func (s *sentCtx) jibeIn27() (by, at int) {
	if s.sentRules()&rwJibe24 == 0 {
		return -1, -1 // no jibe noun in the sentence (speed27.go)
	}
	k := -1
	for j := s.sn.a; j < s.sn.b; j++ {
		if s.class(j)&cwJibeNoun24 != 0 {
			k = j
			break
		}
	}
	if k < 0 || s.jibeRefused27(k) {
		return -1, -1
	}
	by, at = -1, -1
	owned := isGenitive(s.w(k - 1)) // "X का तंज": X's, tracked or not
	if owned {
		by = s.mentionEndingAt(k - 2)
	}
	for _, c := range s.chunks {
		if c.ent < 0 || c.tok > k {
			continue
		}
		switch {
		case c.mk == mkAgent && !owned && by < 0:
			by = c.ent
		case c.mk == mkPar && c.ent != by:
			at = c.ent
		}
	}
	return by, at
}

// turns27 reports a conjunction of contrast in s (contrastTurn15 on its
// text: पर only after a comma, "महंगाई पर" is a postposition; "साथ में
// कसा तंज"): two judgements set apart.
func (s *sentCtx) turns27() bool {
	ev, _, _ := evidence(s.f, &s.sn)
	return contrastTurn15(ev)
}

// namesThird27 reports a tracked name in s that is neither src nor tgt.
func (s *sentCtx) namesThird27(src, tgt int) bool {
	for _, c := range s.chunks {
		if c.ent >= 0 && c.ent != src && c.ent != tgt {
			return true
		}
	}
	return false
}

// jibeRefused27 reports the jibe noun at k as not made: negated within
// three words ("तंज नहीं कसा"), or its verb an oblique infinitive under
// से ("तंज कसने से इनकार किया", "… से बचे").
func (s *sentCtx) jibeRefused27(k int) bool {
	for j := k + 1; j <= k+3 && j < s.sn.b; j++ {
		if s.flag(j)&fwNeg != 0 {
			return true
		}
	}
	v := s.w(k + 1)
	return strings.HasSuffix(v, "ने") && s.w(k+2) == "से"
}
