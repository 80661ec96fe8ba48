package work

// Session 28 (BREAK): a break with a platform's company.
//
// "X ने कहा कि वह अब Y पर कोई विज्ञापन नहीं देगी", "X ने Y पर विज्ञापन
// नहीं देने का ऐलान किया" (as money refused for the future, SCHEMA), "X ने
// Y पर अपना अकाउंट बंद कर दिया": the advertiser or the user breaks with
// the platform's company. A platform under पर is read as a place (where
// something is posted) unless what follows makes it the company: a charge
// (platformCharged14), ads pulled (platformAdsPulled20) or, here, a frame
// of a break (kind rupture) that opens within three words after पर
// (frames.yaml: the session-28 entries "विज्ञापन … नहीं देगी",
// "विज्ञापन नहीं देने का ऐलान", "अपना अकाउंट बंद").
//
// Also here, negatedKind28: a refusal read under its own negation keeps
// its kind, a break (rupture), so that it does not pass to a chief.

// platformAdsRefused28 reports a hostile rupture frame opening within
// three words after the पर at token n, with no name or punctuation
// between (the first frame found decides).
func (a *Analyzer) platformAdsRefused28(s *sentCtx, n int) bool {
	for j := n + 1; j < s.sn.b && j <= n+3; j++ {
		if s.mentionAt(j) || !s.isWord(j) {
			return false
		}
		e, _ := a.matchAt(s, j, entFrame)
		if e == nil || e.frame == nil {
			continue
		}
		return e.frame.pol < 0 && e.frame.Kind == "rupture"
	}
	return false
}

// negatedKind28 is the kind of a frame read under its own negation. A
// refusal frame that carries its negation and keeps its polarity there
// ("साथ काम नहीं करेंगे", "पैसा नहीं देंगे", "विज्ञापन नहीं देगी": hostile
// either way) keeps its own kind, a break (rupture), so that it stays
// between the two parties (SCHEMA, ruling of session 25: a rupture of a
// deal or a withdrawal of money does not pass to the chief of the
// organisation broken with); any other frame read negated is an
// evaluation (evalKind), as before.
func negatedKind28(fr *Frame) string {
	if fr.pol == fr.negPol && fr.Kind == "rupture" {
		return fr.Kind
	}
	return evalKind(fr.negPol)
}
