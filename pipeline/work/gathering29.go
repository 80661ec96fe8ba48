package work

// Session 29 (FAMILIES): what was said at a gathering one attended.
//
// "X ने एक सम्मेलन को संबोधित किया, जिसमें Y की नीति पर भी सवाल पूछे गए",
// "X एक बैठक में पहुंचे, जहां Y पर आरोप लगाए गए": a relative clause on a
// gathering (words.yaml gathering_nouns) whose act is told in the
// passive (… की गई, पूछे गए, उठाए गए) with no doer of its own was done
// by unnamed others there; the host clause's subject, who only attended,
// addressed or chaired it, is not its doer. (A report or statement X
// issued, "जिसमें Y पर आरोप लगाए गए", is X's and stays: not a gathering;
// so is a gathering X hosted or organised, a word of backing_deeds
// before the relative.)

// gatheringPassive29 reports clause ci a relative clause on a
// gathering noun (जिसमें/जहां/जिस दौरान, the noun at most eight words
// before it), with a passive auxiliary (गया, गई, गए, गईं; गयी, गये)
// and no tracked ने-agent or agent pronoun of its own.
func (s *sentCtx) gatheringPassive29(ci int) bool {
	cl := &s.cls[ci]
	if cl.kind != ckRel || len(cl.toks) == 0 {
		return false
	}
	r := cl.toks[0]
	switch s.w(r) {
	case "जिसमें", "जिनमें", "जहां", "जिस":
	default:
		return false
	}
	// The gathering: in the host clause within eight words before the
	// relative, after it or before its verb ("सम्मेलन को संबोधित किया,
	// जिसमें …").
	gathering := false
	for g := r - 1; g >= s.sn.a && g >= r-8; g-- {
		if s.class2(g)&cwGathering29 != 0 {
			gathering = true
			break
		}
	}
	if !gathering {
		return false
	}
	// One who hosted or organised it ("X ने … कार्यक्रम की मेजबानी की,
	// जिसमें Y के लिए लाखों डॉलर जुटाए गए") owns what was done there.
	for k := s.sn.a; k < r; k++ {
		if s.class2(k)&cwBackingDeed29 != 0 {
			return false
		}
	}
	passive := false
	for _, k := range cl.toks {
		switch s.w(k) {
		case "गया", "गई", "गए", "गईं", "गयी", "गये": // (as passiveFinite)
			passive = true
		case "ने":
			return false // (a doer of its own)
		}
	}
	if !passive {
		return false
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent {
			return false
		}
	}
	return true
}

// dropGatheringActs29 drops the frames of clause ci when it is a
// gathering's passive relative (gatheringPassive29).
func (s *sentCtx) dropGatheringActs29(ci int, occ []occurrence) []occurrence {
	if !s.gatheringPassive29(ci) {
		return occ
	}
	return occ[:0]
}
