package work

// A long sentence cut into pieces (session 21, ROBUST). A body with no
// sentence punctuation is cut after a comma or before a coordinator
// (appendSentence, long20.go), and the cut may fall between an agent and
// its verb: "X ने सभा में किसानों से बात की, … | और Y की कड़ी आलोचना
// की". Inside one sentence the clause after a comma or an और goes on with
// the agent before it (sources: "the subject of the clause before
// carries on"); across the cut that agent is in the piece before. So a
// piece that was cut from the one before takes that piece's last agent
// for a main clause with no ने and no subject of its own before the
// frame. A piece with no ने of its own hands on what it took. A real
// sentence end hands nothing on: only a piece marked cont reads what the
// piece before it (marked cut) left.

// pieceAgent is the tracked agent group a piece hands on: ents[:n] of
// sentence sent (sentCtx.nsent) of field f.
type pieceAgent struct {
	ents [4]int
	n    int
	sent int
	f    *field
}

// pieceStart runs once a sentence, after nsent is advanced: a piece cut
// from the one before inherits what that piece handed on; a piece cut
// after hands on its inheritance unless it has a ने of its own (as the
// uncut sentence would read on past clauses with no agent: "X ने , <many
// clauses> , Y की आलोचना की"). A tracked agent of its own is handed on
// by pieceAgent; an untracked one ("कर्मचारियों ने") hands on no one.
func (s *sentCtx) pieceStart() {
	s.inherit.n = 0
	if s.sn.cont && s.carry.n > 0 && s.carry.sent == s.nsent-1 && s.carry.f == s.f {
		s.inherit = s.carry
	}
	if !s.sn.cut {
		return
	}
	s.carry = s.inherit
	s.carry.sent, s.carry.f = s.nsent, s.f
	if s.lastNe() >= 0 {
		s.carry.n = 0
	}
}

// lastNe is the last ने of the sentence, or -1.
func (s *sentCtx) lastNe() int {
	for i := len(s.words) - 1; i >= 0; i-- {
		if s.words[i] == "ने" {
			return s.sn.a + i
		}
	}
	return -1
}

// pieceAgent sets, for a piece cut after, the tracked agent group of its
// last ने (the chunks resolved) as what it hands on.
func (s *sentCtx) pieceAgent() {
	if !s.sn.cut {
		return
	}
	k := s.lastNe()
	if k < 0 {
		return
	}
	grp := -1
	for i := range s.chunks {
		if c := &s.chunks[i]; c.mk == mkAgent && c.ent >= 0 && (c.at == k || c.end == k || c.end == k+1) {
			grp = c.group
		}
	}
	if grp < 0 {
		return
	}
	s.carry.n = 0
	for i := range s.chunks {
		if c := &s.chunks[i]; c.group == grp && c.mk == mkAgent && c.ent >= 0 && s.carry.n < len(s.carry.ents) && !containsInt(s.carry.ents[:s.carry.n], c.ent) {
			s.carry.ents[s.carry.n] = c.ent
			s.carry.n++
		}
	}
}

// inherited returns the agent a piece cut from the one before takes for
// a frame at token at of main clause ci: when nothing before the frame in
// the piece is a ने or a subject (a tracked agent or bare name of an
// earlier clause), the agent the piece before handed on; else nil.
func (s *sentCtx) inherited(ci, at int) []int {
	if !s.sn.cont || s.inherit.n == 0 || s.cls[ci].kind != ckMain {
		return nil
	}
	for k := s.sn.a; k < at; k++ {
		if s.w(k) == "ने" {
			return nil
		}
	}
	for i := range s.chunks {
		if c := &s.chunks[i]; c.tok < at && c.clause < ci && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
			return nil
		}
	}
	return s.inherit.ents[:s.inherit.n]
}
