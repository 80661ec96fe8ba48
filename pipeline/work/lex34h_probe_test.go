package work

import "testing"

// TestLex34hProbe (session 34, LEXH3): third hostile harvest from real Hindi
// outlets — insults and epithets in calling and quotes, sarcasm idioms,
// TV-headline forms, hostile deeds, snubs, and withdrawal or rupture in
// business — each in a sentence of our own (testdata/lex34h_probe.tsv).
// Only logs; skipped unless KHABAR_LEX34H_PROBE is set.
func TestLex34hProbe(t *testing.T) {
	runTSVProbe(t, "KHABAR_LEX34H_PROBE", "testdata/lex34h_probe.tsv")
}

// TestLex34hFrames probes candidates that the main table reads in other
// outlet frames (quote first, "X का कहना है कि", a headline noun,
// passive/द्वारा, a long gap between speaker and target)
// (testdata/lex34h_frames.tsv). Only logs; skipped unless
// KHABAR_LEX34H_PROBE is set.
func TestLex34hFrames(t *testing.T) {
	runTSVProbe(t, "KHABAR_LEX34H_PROBE", "testdata/lex34h_frames.tsv")
}

// TestLex34hProbe2: the second, smaller harvest of the same session
// (nicknames, retorts, disowning, deal brakes, idioms of harm and disgrace)
// (testdata/lex34h_probe2.tsv). Only logs; skipped unless
// KHABAR_LEX34H_PROBE is set.
func TestLex34hProbe2(t *testing.T) {
	runTSVProbe(t, "KHABAR_LEX34H_PROBE", "testdata/lex34h_probe2.tsv")
}
