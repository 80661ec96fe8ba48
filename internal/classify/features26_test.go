package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// devaModel is language's choice from script counts: the Devanagari
// model, with no need of hindiGrammar.
func devaModel(c scriptCount) bool {
	letters := c.deva + c.latin + c.other
	return letters > 0 && !(c.other > c.deva && c.other > c.latin) && c.deva*4 >= c.latin
}

// devaDecided26 holds only when every way the characters to come may
// fall (other letters, Latin ones, none) leaves the Devanagari model, and
// it does hold on text mostly Devanagari.
func TestDevaDecided26(t *testing.T) {
	for _, c := range []struct {
		c   scriptCount
		rem int
	}{
		{scriptCount{deva: 60}, 50},
		{scriptCount{deva: 50, latin: 3}, 50},
		{scriptCount{deva: 30, latin: 20}, 0},
	} {
		if !devaDecided26(c.c, c.rem) {
			t.Errorf("%+v, %d to come: not decided", c.c, c.rem)
		}
	}
	r := rand.New(rand.NewPCG(26, 1))
	for range 200000 {
		c := scriptCount{deva: r.IntN(60), latin: r.IntN(60), other: r.IntN(60)}
		rem := r.IntN(60)
		if !devaDecided26(c, rem) {
			continue
		}
		for k := 0; k <= rem; k++ {
			for _, add := range []scriptCount{{other: k}, {latin: k}, {latin: k / 2, other: k - k/2}} {
				f := scriptCount{c.deva, c.latin + add.latin, c.other + add.other}
				if !devaModel(f) {
					t.Fatalf("%+v with %d to come decided, but %+v reads another model", c, rem, f)
				}
			}
		}
	}
}

// countScriptsFrom26 with decide counts as without until it decides, and
// then the whole count reads the Devanagari model too: title and body
// as language counts them, any bytes.
func TestCountScriptsDecide26(t *testing.T) {
	pieces := []string{"क", "ि", "।", "२", " ", "a", "Z", "é", "Ω", "\xe0\xa4A", "\xe0", "\xff", "😀", "सरकार ", "the ", strings.Repeat("क", 40)}
	r := rand.New(rand.NewPCG(26, 3))
	decided := 0
	for i := range 20000 {
		var tb, bb strings.Builder
		for range r.IntN(20) {
			tb.WriteString(pieces[r.IntN(len(pieces))])
		}
		for range r.IntN(40) {
			bb.WriteString(pieces[r.IntN(len(pieces))])
		}
		title, body := tb.String(), bb.String()
		full, n, _ := countScriptsFrom26(scriptCount{}, title, langRunes, false)
		if n < langRunes {
			full, _, _ = countScriptsFrom26(full, body, langRunes-n, false)
		}
		got, n, ok := countScriptsFrom26(scriptCount{}, title, langRunes, true)
		if !ok && n < langRunes {
			got, _, ok = countScriptsFrom26(got, body, langRunes-n, true)
		}
		if ok {
			decided++
			if !devaModel(full) {
				t.Fatalf("case %d %q / %q: decided at %+v, but the whole count %+v reads another model", i, title, body, got, full)
			}
		} else if got != full {
			t.Fatalf("case %d %q / %q: %+v, want %+v", i, title, body, got, full)
		}
	}
	if decided < 1000 {
		t.Errorf("only %d of 20000 decided early", decided)
	}
}
