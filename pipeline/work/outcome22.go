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

// jointDoers22 keeps two doers charged or praised together in someone's
// words ("X ने कहा कि A और B देश को बांट रहे हैं") as the story's pair:
// a later "दोनों" stands for A and B, not for the speaker and one of
// them. Only for an asserted act (a plan or a question sets no pair).
func jointDoers22(st *storyState, doers []int, mood string) {
	if mood != "" || len(doers) != 2 || doers[0] < 0 || doers[1] < 0 || doers[0] == doers[1] {
		return
	}
	st.lastPair, st.hasPair = [2]int{doers[0], doers[1]}, true
}
