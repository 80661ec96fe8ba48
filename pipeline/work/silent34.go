package work

import "strings"

// Session 34 (SILENT): a fallback reader for a sentence where a frame
// with a polarity matched, both parties are named, and every reader
// above gave nothing ("frame matched but silent", the largest class of
// missed pairs in the cause sorter).

// sil34Occ is one lexicon entry with a polarity that a clause of the
// sentence matched (readClause notes them, note34).
type sil34Occ struct {
	ci, k int
	pol   int8
	kind  string
	w     float64
	eval  bool
	flip  bool
	read  bool // readFrame was called for it (the clause's act)
	fr    *Frame
}

// read34 marks the noted entry at token k as read by readFrame.
func (s *sentCtx) read34(k int) {
	for i := len(s.sil34) - 1; i >= 0; i-- {
		if s.sil34[i].k == k {
			s.sil34[i].read = true
			return
		}
	}
}

// silent34On switches the fallback (tests measure with it off);
// silent34All fires it on every candidate (the dump's measure).
var silent34On, silent34All = false, false

// accept34 is the narrowed fallback: which candidates are emitted.
func accept34(w *sil34Why) bool {
	switch silent34Mode {
	case 1:
		return w.cue == "speaker+one"
	case 2:
		return strings.HasPrefix(w.cue, "speaker") && w.tgtMk == mkKo
	case 3:
		return w.tgtOK && w.tgtCl && w.srcCl && !w.tgtPoss && w.read
	case 4:
		return w.tgtOK && w.tgtCl && w.srcCl && !w.tgtPoss
	case 5:
		return w.cue == "agent" && w.tgtOK && w.tgtCl && w.srcCl && !w.tgtPoss && w.dist <= 3
	case 6:
		return strings.HasPrefix(w.cue, "speaker") && w.tgtCl && (w.tgtMk == mkBare || w.tgtMk == mkAgent) && !w.tgtPoss && (w.kind == "accusation" || w.kind == "criticism")
	}
	return true
}

var silent34Mode = 0

// note34 keeps the clause's entries with a polarity, and its flippers.
func (s *sentCtx) note34(ci int, occ []occurrence) {
	for _, o := range occ {
		switch {
		case o.e.kind == entFrame && o.e.frame.pol != 0:
			s.sil34 = append(s.sil34, sil34Occ{ci: ci, k: o.k, pol: o.e.frame.pol, kind: o.e.frame.Kind, w: o.e.frame.Weight, fr: o.e.frame})
		case o.e.kind == entEval && o.e.eval.pol != 0:
			s.sil34 = append(s.sil34, sil34Occ{ci: ci, k: o.k, pol: o.e.eval.pol, kind: evalKind(o.e.eval.pol), w: 1, eval: true})
		case o.e.kind == entFlip:
			s.sil34 = append(s.sil34, sil34Occ{ci: ci, k: o.k, flip: true})
		}
	}
}

// sil34Why is what the fallback found in one sentence (for the
// tests' trace): the frame read, the parties and the cue.
type sil34Why struct {
	fired    bool
	src, tgt int
	pol      int8
	mood     string
	cue      string
	kind     string
	read     bool   // the frame was read as the clause's act
	srcMk    marker // the source's marker nearest the frame (255: speaker)
	tgtMk    marker
	tgtPoss  bool
	tgtCl    bool // the target is named in the frame's clause
	srcCl    bool
	tgtOK    bool // the target's marker is one of the frame's
	dist     int  // tokens from the frame to the target
	nFrames  int
}

// silent34 reads a sentence that gave no stance although a frame with
// a polarity matched in it: with exactly two tracked parties named (or
// one named and the speaker of the frame's words), the speaker, the
// one ने-marked, or the one bare subject is the source, the other the
// target; the mood is the frame clause's.
func (a *Analyzer) silent34(s *sentCtx, st *storyState, from int) {
	s.sil34Last = sil34Why{}
	if !silent34On || len(s.sil34) == 0 || len(st.stanceList) > from || len(st.again) > 0 {
		return
	}
	var fr *sil34Occ
	for i := range s.sil34 {
		o := &s.sil34[i]
		if o.flip {
			return
		}
		if o.eval {
			continue
		}
		if fr != nil && fr.pol != o.pol {
			return
		}
		if fr == nil {
			fr = o
		}
	}
	if fr == nil {
		return
	}
	// The parties named (pronouns not).
	var ents [3]int
	n := 0
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 || c.pron != 0 {
			continue
		}
		dup := false
		for _, e := range ents[:min(n, 3)] {
			if e == c.ent {
				dup = true
			}
		}
		if !dup {
			if n < 3 {
				ents[n] = c.ent
			}
			n++
		}
	}
	if n == 0 || n > 2 {
		return
	}
	spk := a.speakers(s, fr.ci, st, nil)
	src, tgt, cue := -1, -1, ""
	switch {
	case n == 1:
		if len(spk) != 1 || spk[0] == ents[0] {
			return
		}
		src, tgt, cue = spk[0], ents[0], "speaker+one"
	case len(spk) == 1 && (spk[0] == ents[0] || spk[0] == ents[1]):
		src, tgt, cue = spk[0], ents[0], "speaker"
		if tgt == src {
			tgt = ents[1]
		}
	case len(spk) > 0:
		return // a third party speaks
	default:
		ag := [2]bool{s.entMarked34(ents[0], mkAgent), s.entMarked34(ents[1], mkAgent)}
		bare := [2]bool{s.entMarked34(ents[0], mkBare), s.entMarked34(ents[1], mkBare)}
		switch {
		case ag[0] != ag[1]:
			src, tgt, cue = ents[0], ents[1], "agent"
			if ag[1] {
				src, tgt = ents[1], ents[0]
			}
		case bare[0] != bare[1]:
			src, tgt, cue = ents[0], ents[1], "bare"
			if bare[1] {
				src, tgt = ents[1], ents[0]
			}
		default:
			return
		}
	}
	mood := a.clauseMood(s, &s.cls[fr.ci], fr.k)
	w := sil34Why{fired: true, src: src, tgt: tgt, pol: fr.pol, mood: mood, cue: cue, kind: fr.kind, read: fr.read, srcMk: 255, tgtMk: 255, dist: 1 << 20}
	for i := range s.sil34 {
		if !s.sil34[i].flip && !s.sil34[i].eval {
			w.nFrames++
		}
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron != 0 {
			continue
		}
		d := c.tok - fr.k
		if d < 0 {
			d = -d
		}
		if c.ent == tgt && d < w.dist {
			w.dist, w.tgtMk, w.tgtPoss, w.tgtCl = d, c.mk, c.possessed, c.clause == fr.ci
		}
		if c.ent == src && cue != "speaker" && cue != "speaker+one" {
			w.srcMk = c.mk
			if c.clause == fr.ci {
				w.srcCl = true
			}
		}
	}
	if f := fr.fr; f != nil {
		for _, m := range f.Target {
			if markerNames[m] == w.tgtMk {
				w.tgtOK = true
			}
		}
		if len(f.Target) == 0 {
			w.tgtOK = w.tgtMk == mkGen || w.tgtMk == mkKo || w.tgtMk == mkPar || w.tgtMk == mkKhilaf
		}
	}
	s.sil34Last = w
	if !silent34All && !accept34(&w) {
		s.sil34Last.fired = false
		return
	}
	a.add(s, st, src, tgt, fr.pol, fr.kind, mood, fr.w)
}

// entMarked34 reports a named chunk of entity e with marker mk.
func (s *sentCtx) entMarked34(e int, mk marker) bool {
	for i := range s.chunks {
		if c := &s.chunks[i]; c.ent == e && c.pron == 0 && c.mk == mk {
			return true
		}
	}
	return false
}
