package work

// causeMarker22 reports "के कारण", "के चलते", "की बदौलत" at n (the
// genitive) as a cause, read as "की वजह से": the genitive agrees (के
// कारण, के चलते, की बदौलत) and the cause is no noun's head ("के कारणों
// की जांच", "के कारण बताओ नोटिस" are not).
func causeMarker22(s *sentCtx, n int) bool {
	g, nx := s.w(n), s.w(n+1)
	switch nx {
	case "कारण":
		return g == "के" && s.w(n+2) != "बताओ"
	case "चलते":
		return g == "के"
	case "बदौलत":
		return g == "की"
	}
	return false
}
