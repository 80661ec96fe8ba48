package work

import (
	"fmt"
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestLexiconNoDuplicates21: an entry written twice in one lexicon file
// (its words the same once normalised) is dead weight at best — the
// first one indexed wins every match (Lexicon.try keeps the earlier
// entry at equal length) — and hides an edit made to the second. Each
// word class of words.yaml lists a word once.
func TestLexiconNoDuplicates21(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	check := func(file, words string, line int) {
		k := file + "\x00" + hindi.NormalizeString(words)
		where := fmt.Sprintf("%s:%d", file, line)
		if first, ok := seen[k]; ok {
			t.Errorf("%s: %q is already an entry at %s", where, words, first)
			return
		}
		seen[k] = where
	}
	for _, f := range lx.Frames {
		check(f.file, f.Words, f.line)
	}
	for _, e := range lx.Evaluative {
		check(e.file, e.W, e.line)
	}
	for _, f := range lx.Flippers {
		check(f.file, f.Words, f.line)
	}
	for name, c := range lx.Classes {
		for _, w := range c.Words {
			check(c.file+" "+name, w, c.line)
		}
	}
}
