package work

// commaSubject35b: "A, B और C के मुकाबले को 'ऐतिहासिक' बता चुके हैं" — a
// person named first in the sentence, a comma after the name, and a list
// "B और C" closed by a genitive: when the clause has no ने and no other
// bare name, and the genitive's noun is the clause's को-object, A is the
// clause's subject (a verb with no ने: "बता चुके हैं", "मानते हैं"), not
// a third owner. The chunker's comma list had given A the list's marker.
func (a *Analyzer) commaSubject35b(s *sentCtx) {
	if len(s.chunks) < 3 {
		return
	}
	c, b, l := &s.chunks[0], &s.chunks[1], &s.chunks[2]
	if c.tok != s.sn.a || c.ent < 0 || c.pron != 0 || !a.isPerson[c.ent] || s.w(c.end) != "," {
		return
	}
	if c.group != l.group || b.group != l.group || c.mk == mkBare || c.mk == mkAgent {
		return
	}
	if len(s.chunks) > 3 && s.chunks[3].group == l.group {
		return
	}
	if !isCoordinator(s.w(b.end)) || b.end+1 != l.tok {
		return
	}
	switch s.w(l.end) {
	case "के", "की", "का":
	default:
		return
	}
	// The genitive's noun (a word or two) is the को-object.
	obj := false
	for k := l.end + 2; k <= l.end+3 && k < s.sn.b; k++ {
		if s.w(k) == "को" {
			obj = true
			break
		}
	}
	if !obj {
		return
	}
	for k := l.end; k < s.sn.b; k++ {
		switch s.w(k) {
		case "ने", "गया", "गई", "गए", "कि", ",":
			return
		}
	}
	for j := 3; j < len(s.chunks); j++ {
		if s.chunks[j].mk == mkBare || s.chunks[j].mk == mkAgent {
			return
		}
	}
	c.mk, c.at, c.head, c.possessed, c.group = mkBare, c.end, -1, false, 0
}
