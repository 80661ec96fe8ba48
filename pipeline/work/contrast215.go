package work

import "strings"

// participleEnd15 reports a verb that ends as a participle right before
// token e: "…ते हुए" (रोकते हुए, खत्म करते हुए) or a conjunctive "…कर"
// (तोड़कर): the verb closes there, so a flipper in it governs only its
// own object, not a frame written after it (session 15, CONTRAST2).
func participleEnd15(s *sentCtx, e int) bool {
	w := s.w(e)
	if w == "हुए" || w == "हुये" {
		return strings.HasSuffix(s.w(e-1), "ते")
	}
	if strings.HasSuffix(w, "ते") && (s.w(e+1) == "हुए" || s.w(e+1) == "हुये") {
		return true
	}
	last := s.w(e - 1)
	return strings.HasSuffix(last, "कर") && len([]rune(last)) > 3
}
