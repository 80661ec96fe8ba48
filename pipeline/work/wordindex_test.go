package work

import (
	"fmt"
	"testing"
)

// wordIndex finds every word it was built from under its id and nothing
// else: not a prefix or an extension of a word, not a word of the same
// length sharing its first and last eight bytes, not the empty word.
func TestWordIndex(t *testing.T) {
	words := []string{"ने", "को", "का", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "नहीं", "प्रधानमंत्री",
		"राष्ट्रपति", "xxxxxxxx-1-yyyyyyyy", "कांग्रेस", "आलोचना"}
	for i := range 3000 {
		words = append(words, fmt.Sprintf("शब्द%d", i))
	}
	x := newWordIndex(words)
	for i, w := range words {
		if got := x.lookup(w); got != int32(i) {
			t.Fatalf("lookup(%q) = %d, want %d", w, got, i)
		}
	}
	for _, w := range []string{"", "न", "नेता", "b", "abce", "abcdefgi", "abcdefghi", "xxxxxxxx-2-yyyyyyyy",
		"xxxxxxxx-1-yyyyyyyyy", "प्रधानमंत्र", "शब्द3000", "शब्द-1", "राष्ट्रपतिः"} {
		if got := x.lookup(w); got != -1 {
			t.Errorf("lookup(%q) = %d (%q), want -1", w, got, words[got])
		}
	}
	var empty wordIndex
	if empty.lookup("ने") != -1 {
		t.Error("the zero index finds a word")
	}
}
