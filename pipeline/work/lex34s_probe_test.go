package work

import "testing"

// TestLex34sProbe reads testdata/lex34s_probe.tsv (candidate, polarity
// h/s, source>target, sentence of our own) and prints the candidates the
// engine misses. Session 34 LEXS3 third-harvest probe (praise inside
// quotes, supportive deeds, reconciliation, thanks, wishes, headline
// forms); skipped unless KHABAR_LEX34S_PROBE is set.
func TestLex34sProbe(t *testing.T) {
	runTSVProbe(t, "KHABAR_LEX34S_PROBE", "testdata/lex34s_probe.tsv")
}

// TestLex34sFramesProbe reads testdata/lex34s_frames_probe.tsv: the
// candidates read in the plain frame, each again in outlet-like frames
// (quote first, "X का कहना है कि", headline noun, passive, long gap);
// skipped unless KHABAR_LEX34S_PROBE is set.
func TestLex34sFramesProbe(t *testing.T) {
	runTSVProbe(t, "KHABAR_LEX34S_PROBE", "testdata/lex34s_frames_probe.tsv")
}
