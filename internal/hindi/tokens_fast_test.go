package hindi

import "testing"

// Tokenize's word loop takes every code point of U+0900–U+093F (E0 A4 xx)
// as word-inside without looking it up: WordClass must agree.
func TestDevanagariLowBlockIsWord(t *testing.T) {
	for r := rune(0x900); r < 0x940; r++ {
		if WordClass(r) != 'w' {
			t.Errorf("WordClass(%U) = %c, want w", r, WordClass(r))
		}
	}
	// And a word runs on through them, stopping at the danda (U+0964).
	s := "\u0900\u0915\u093f\u093c\u0940।x"
	toks := Tokenize(nil, s)
	if len(toks) != 3 || toks[0].Kind != Word || toks[0].End != len("\u0900\u0915\u093f\u093c\u0940") || toks[1].Kind != Punct {
		t.Errorf("Tokenize(%q) = %v", s, toks)
	}
}
