package work

// Session 16, PRECISION helper: false pairs of the dev gold read in
// general form (see precision16_test.go for the rows).

// caseInBody16 reports a body that tells a court case (a court, a
// hearing, a judge, a suit, a petition, a jury): under "X बनाम Y:
// अदालत में …" it makes the label a legal battle between the two
// (disputeLabel). A headline over no body, or over a body that never
// names the case, is a label only — it speaks no words (SCHEMA; the dev
// gold: dvm-019, dvw-024).
func caseInBody16(f *field) bool {
	if f == nil {
		return false
	}
	for _, w := range f.words {
		if courtWord(w) || caseWord16(w) {
			return true
		}
	}
	return false
}

// caseWord16 reports a word of a case that courtWord does not hold
// (plural and oblique suits, petitions, juries, trials).
func caseWord16(w string) bool {
	switch w {
	case "मुकदमों", "याचिका", "याचिकाओं", "जूरी", "केस", "ट्रायल", "अदालतों", "अदालती", "कानूनी":
		return true
	}
	return false
}
