package work

// closingAppositionComma19 reports a comma at n that closes an
// apposition of names ("दो उद्योगपतियों, अंबानी और अडानी, के फायदे के
// लिए", "कंपनियों, टेस्ला और स्पेसएक्स, को"): the comma is followed by a
// postposition and the names before it, back to an opening comma, are
// only names and conjunctions. Hindi writes no comma between a noun group
// and its postposition otherwise, so the postposition is the names'.
func closingAppositionComma19(s *sentCtx, n int) bool {
	if n+1 >= s.sn.b || s.w(n) != "," || s.flag(n+1)&fwPostposition == 0 {
		return false
	}
	switch s.w(n + 1) {
	case "पर", "को", "से", "ने", "की", "का", "के", "में":
	default:
		return false
	}
	names := 0
	for k := n - 1; k > s.sn.a; k-- {
		switch {
		case s.w(k) == ",":
			return names > 0 && s.isWord(k-1)
		case s.w(k) == "और" || s.w(k) == "व" || s.w(k) == "तथा":
		case s.mentionAt(k) || s.inMention(k):
			names++
		default:
			return false
		}
	}
	return false
}
