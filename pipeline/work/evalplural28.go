package work

import (
	"strings"
	"unicode/utf8"
)

// A hostile evaluative noun of one word in -ी (पाखंडी, लालची, अवसरवादी)
// also reads its oblique plural in -ियों, the form it takes in a
// partitive calling: "Y को 'सबसे बड़े पाखंडियों में से एक' बताया", "Y
// देश के सबसे लालचियों में से एक हैं". Unread, the plural left the
// superlative "सबसे बड़े" alone in the label, read as praise (session 28,
// fresh supportive false pairs). Supportive words are left out: their
// plurals are mostly plain nouns (साथियों, सहयोगियों: colleagues, allies).
func evalObliquePlural28(e *Evaluative) string {
	if e.pol >= 0 || e.CallingOnly || strings.ContainsAny(e.W, " *+|") {
		return ""
	}
	stem, ok := strings.CutSuffix(e.W, "ी")
	if !ok || utf8.RuneCountInString(stem) < 2 {
		return ""
	}
	return stem + "ियों"
}
