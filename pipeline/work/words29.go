package work

import (
	"fmt"
	"strings"
)

// words29.go: an evaluative written with alternatives (session 29). An
// opinion-page label is a head noun with its slot — "Z का सौदागर",
// "Z के रास्ते की दीवार", "Z का दूसरा नाम" — and the slot's words (the
// bad or good thing Z, an optional "सबसे बड़ा") vary by writer. An
// evaluative's w may list choices with `|` and join the words of one
// choice with `_` (as a frame's words: `alternatives`), and each choice
// is indexed as if written alone: its agreeing forms when it has several
// words, its -े/-ी/-ों forms when it is one word in -ा.

// evalForms29 returns the written forms one evaluative entry is indexed
// under: each alternative of its w, with the forms the loader derived
// before alternatives existed.
func evalForms29(e *Evaluative) ([]string, error) {
	alts, err := alternatives(e.W)
	if err != nil {
		return nil, fmt.Errorf("evaluative %q: %w", e.W, err)
	}
	var out []string
	for _, w := range alts {
		out = append(out, w)
		// Words of several words agree together: "थका हुआ" also reads
		// "थके हुए", "थकी हुई" (हुआ by its light-verb cell), "झूठ
		// फैलाने वाला" "… वाले/वाली" (session 10).
		if strings.Contains(w, " ") {
			out = append(out, agreeing(w)...)
		}
		// (An entry with alternatives has none: evalObliquePlural28
		// reads e.W and refuses a "|".)
		if pl := evalObliquePlural28(e); pl != "" {
			out = append(out, pl)
		}
		// An adjective in -ा also inflects to -े and -ी.
		if strings.HasSuffix(w, "ा") && !strings.Contains(w, " ") && !strings.HasSuffix(w, "*") {
			base := strings.TrimSuffix(w, "ा")
			forms := []string{"े", "ी", "ों"}
			if e.Noun {
				forms = forms[:1]
			}
			for _, s := range forms {
				out = append(out, base+s)
			}
		}
	}
	return out, nil
}
