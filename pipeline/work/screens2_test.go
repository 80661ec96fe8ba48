package work

import (
	"testing"
)

// screenBits is screenWords by word: the OR of each word's bits.
func screenBits() map[string]uint64 {
	bits := map[string]uint64{}
	for _, sw := range screenWords {
		bits[sw.w] |= sw.bit
	}
	return bits
}

// screenedSwitch is a word function whose switch a screen bit stands for.
type screenedSwitch struct {
	fn  string
	bit uint64
}

// checkScreenedSwitches reads the string cases of each function's
// switches in file (this package's source) and fails for a word that is
// not in screenWords with the function's bit (its rule would be skipped
// in the sentences that have only that word), or for a function with
// fewer than four words (the test no longer reads it).
func checkScreenedSwitches(t *testing.T, file string, fns []screenedSwitch) {
	t.Helper()
	bits := screenBits()
	for _, c := range fns {
		words := switchWords(t, file, c.fn)
		if len(words) < 4 {
			t.Fatalf("%s: found %d case words in %s: the test no longer reads it", c.fn, len(words), file)
		}
		for _, w := range words {
			if bits[w]&c.bit == 0 {
				t.Errorf("%s: %q is not in screenWords with its bit", c.fn, w)
			}
		}
	}
}

// TestSession10ScreenLists: a screen that stands for a word function's
// switch (moneyWord, campaignNoun) lists every word of the switch, read
// from the source, so a word added to the function and not to
// screenWords fails here.
func TestSession10ScreenLists(t *testing.T) {
	checkScreenedSwitches(t, "stance.go", []screenedSwitch{
		{"moneyWord", swMoney}, {"campaignNoun", swCampaign}, {"chargeNoun", swCharge}, {"suitNoun", swCharge},
	})
}
