package work

import (
	"os"
	"testing"
)

// TestRej38Probe reads the TSV named by KHABAR_REJ38_PROBE (default
// testdata/rej38_probe.tsv): session 38 rebuttals whose attack on the
// charge's author is in the wording outlets use inside a rejection. Sentences
// of our own; skipped unless KHABAR_REJ38_PROBE is set.
func TestRej38Probe(t *testing.T) {
	path := os.Getenv("KHABAR_REJ38_PROBE")
	if path == "" || path == "1" {
		path = "testdata/rej38_probe.tsv"
	}
	runTSVProbe(t, "KHABAR_REJ38_PROBE", path)
}
