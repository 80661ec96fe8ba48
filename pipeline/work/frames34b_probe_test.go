package work

import "testing"

// TestFrames34bProbe (session 34, FRAMES2): six outlet frames that round 1's
// harvest found failing, re-probed with sentences of our own
// (testdata/frames34b_probe.tsv). Only logs; skipped unless
// KHABAR_FRAMES34B_PROBE is set.
func TestFrames34bProbe(t *testing.T) {
	runTSVProbe(t, "KHABAR_FRAMES34B_PROBE", "testdata/frames34b_probe.tsv")
	runTSVProbe(t, "KHABAR_FRAMES34B_PROBE", "testdata/f2base_tmp.tsv")
}
