package work

// Session 31 (FRESH3-H, ddc-001a): "ऐसा/Y जैसा <adj> <noun> (इस देश ने)
// (पहले) कभी नहीं देखा" — "never has one seen such a …" — is a
// superlative that asserts the judgement, not a negation of it. The
// negator at k is excepted when a form of देखना follows it and a
// such-word (ऐसा, जैसा, इतना …) stands within ten words before it in the
// sentence.
func neverSeenSuch31(s *sentCtx, k int) bool {
	switch s.w(k + 1) {
	case "देखा", "देखी", "देखे", "देखीं":
	default:
		return false
	}
	for j := k - 1; j >= s.sn.a && j >= k-10; j-- {
		switch s.w(j) {
		case "ऐसा", "ऐसी", "ऐसे", "जैसा", "जैसी", "जैसे", "इतना", "इतनी", "इतने":
			return true
		case "कि", "लेकिन", "मगर", "बल्कि":
			return false
		}
	}
	return false
}
