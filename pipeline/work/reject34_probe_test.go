package work

import "testing"

// TestReject34Probe reads testdata/reject34_probe.tsv: rejections of a
// charge, claim, offer or bid worded as outlets word them (session 34
// REJECT harvest), each once plain (n: no stance, SCHEMA "Rejecting or
// denying a charge", "Rejecting an offer") and once attacking its author
// (h: X → Y hostile, "Rejecting a charge while attacking its author").
// Sentences of our own; skipped unless KHABAR_REJECT34_PROBE is set.
func TestReject34Probe(t *testing.T) {
	runTSVProbe(t, "KHABAR_REJECT34_PROBE", "testdata/reject34_probe.tsv")
}
