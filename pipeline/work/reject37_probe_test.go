package work

import "testing"

// TestReject37Probe reads testdata/reject37_probe.tsv: session 37 rebuttals
// whose attack sits in a कि-clause with a pronoun for the author, in the
// sentence after a reported charge ("इन आरोपों"), in motive words, in a quote
// first, or under a title or surname. Sentences of our own; skipped unless
// KHABAR_REJECT37_PROBE is set.
func TestReject37Probe(t *testing.T) {
	runTSVProbe(t, "KHABAR_REJECT37_PROBE", "testdata/reject37_probe.tsv")
}
