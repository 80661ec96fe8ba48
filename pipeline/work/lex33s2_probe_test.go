package work

import "testing"

// TestLex33s2Probe reads testdata/lex33s2_probe.tsv (candidate, polarity
// h/s, source>target, sentence of our own) and prints the candidates the
// engine misses (no stance of that polarity from source to target).
// Session 33 LEXS2 second-harvest probe; skipped unless KHABAR_LEX33S2_PROBE is set.
func TestLex33s2Probe(t *testing.T) {
	runTSVProbe(t, "KHABAR_LEX33S2_PROBE", "testdata/lex33s2_probe.tsv")
}
