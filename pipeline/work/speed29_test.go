package work

import "testing"

// TestIsGenitive29: the byte-wise isGenitive answers as the three string
// comparisons it replaces, on the genitives and on their neighbours.
func TestIsGenitive29(t *testing.T) {
	for _, w := range []string{"का", "की", "के", "कि", "को", "कु", "क", "ने", "", "काम", "एक", "खा", "kaa"} {
		want := w == "का" || w == "की" || w == "के"
		if got := isGenitive(w); got != want {
			t.Errorf("isGenitive(%q) = %v, want %v", w, got, want)
		}
	}
}
