package work

// toldReport35b: "बताया गया" at k after a single news item or report
// ("सूत्रों के हवाले से छपी खबर में बताया गया कि …", "रिपोर्ट में बताया
// गया कि …") tells what the story reports as fact; only "दावा किया गया"
// and "कहा गया" there are a claim the story does not assert (reportClaim).
func toldReport35b(s *sentCtx, k int) bool {
	if s.w(k-1) != "में" {
		return false
	}
	switch s.w(k - 2) {
	case "खबर", "रिपोर्ट":
		return true
	}
	return false
}
