package work

import "testing"

// TestReject34bProbe reads testdata/reject34b_probe.tsv: session 34 round 2
// (reject2) rejections in outlet frames — speaker in the next sentence
// ("कंपनी के मुताबिक", "उसने", "प्रवक्ता ने"), wire datelines, TV and
// quote-first headlines, an author named only in a relative clause, a
// passive whose speaker is in the sentence before, reported speech over two
// sentences and mockery of a proposer named before. Sentences of our own;
// skipped unless KHABAR_REJECT34B_PROBE is set.
func TestReject34bProbe(t *testing.T) {
	runTSVProbe(t, "KHABAR_REJECT34B_PROBE", "testdata/reject34b_probe.tsv")
}
