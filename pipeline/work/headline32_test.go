package work

import (
	"strings"
	"testing"
)

// TestWordsUpTo32 checks the capped word count against strings.Fields,
// which headlineLine32 used before the count was capped.
func TestWordsUpTo32(t *testing.T) {
	for _, s := range []string{
		"", "   ", "एक", " एक  दो\tतीन ", "मस्क\u00a0बनाम ट्रंप", "a\u2003b\u3000c",
		strings.Repeat("शब्द ", 30), strings.Repeat("x ", 24) + "y",
	} {
		want := min(len(strings.Fields(s)), headlineWords32+1)
		if got := wordsUpTo32(s, headlineWords32+1); got != want {
			t.Errorf("wordsUpTo32(%q) = %d, want %d", s, got, want)
		}
	}
}
