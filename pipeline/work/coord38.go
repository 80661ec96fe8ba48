package work

// Session 38 (MOOD): coordinated subjects and objects.

// orgOfPerson38 is, for the chunk c at i followed by "और <org> के
// <person>" ("टेस्ला के एलन मस्क और मेटा के मार्क जुकरबर्ग ने", "सत्य
// नडेला और गूगल के सुंदर पिचाई ने"), the person's chunk: c, a tracked
// person, is the person's conjunct, not a second owner of him ("मस्क और
// मेटा के जुकरबर्ग" is not "the Zuckerberg of Musk and Meta"). Two
// organisations before a name ("रिलायंस और जियो के मुकेश अंबानी") stay
// owners: c must be a person, the genitive's owner an organisation and
// the name right after the genitive a person. nil when not this shape.
func (a *Analyzer) orgOfPerson38(s *sentCtx, i int) *chunk {
	if i+2 >= len(s.chunks) {
		return nil
	}
	c, org, p := &s.chunks[i], &s.chunks[i+1], &s.chunks[i+2]
	if c.ent < 0 || c.pron != 0 || !a.isPerson[c.ent] || org.ent < 0 || org.pron != 0 || a.isPerson[org.ent] {
		return nil
	}
	if c.end >= s.sn.b || !isCoordinator(s.w(c.end)) || org.tok != c.end+1 {
		return nil
	}
	if !isGenitive(s.w(org.end)) || p.tok != org.end+1 || p.ent < 0 || p.pron != 0 || !a.isPerson[p.ent] || p.ent == c.ent {
		return nil
	}
	if p.mk == mkAgent {
		// "… और सॉफ्टबैंक के मासायोशी सोन ने बुधवार को …": the
		// organisation only tells which Son; no party of the clause.
		org.mk, org.at, org.head, org.possessed = mkMod, p.tok, -1, false
	}
	return p
}
