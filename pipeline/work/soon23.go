package work

// soon23.go: a headline's verbless part that puts its news "soon"
// ("X-Y के बीच नया करार जल्द", "जल्द ही X और Y में साझेदारी") tells of an
// act still ahead, as a future verb would: the deal is not yet made.

// verblessSoon23 reports the title part holding token k (bounded by
// commas, colons or dashes) that has no verb of its own and names the
// time as soon (जल्द, जल्दी, शीघ्र).
func verblessSoon23(s *sentCtx, k int) bool {
	// (Without one of its words in the sentence, soon stays false:
	// rwSoon24, speed24.go.)
	if s.f.name != "title" || s.sentRules()&rwSoon24 == 0 {
		return false
	}
	a, b := k, k
	for a > s.sn.a && !partBreak23(s.w(a-1)) {
		a--
	}
	for b < s.sn.b && !partBreak23(s.w(b)) {
		b++
	}
	soon := false
	for j := a; j < b; j++ {
		w := s.w(j)
		if s.flag(j)&(fwFinite|fwSpeech) != 0 || futureForm(w) {
			return false
		}
		switch w {
		case "जल्द", "जल्दी", "शीघ्र":
			soon = true
		}
	}
	return soon
}

// partBreak23: a mark closing a headline's part.
func partBreak23(w string) bool {
	switch w {
	case ",", ":", "-", "–", "—", "|", "।", "?", "!":
		return true
	}
	return false
}
