package work

import (
	"slices"

	"github.com/khabar/khabar/pipeline"
)

// Session 38 (MOOD): a headline's tie over a body that only plans it.

// tieLabelFuture38 reports stance i, a tie read off a verbless headline
// that only names a pair and a tie ("ओरेकल-ओपनएआई क्लाउड करार"), when
// the body speaks of that same tie noun in the future — to be signed or
// to come ("… के साथ क्लाउड करार पर दस्तखत करेगा", "… करार अगले साल
// होगा") — and asserts no support between the pair: a party's own
// future plan to sign is no deal yet (SCHEMA), so the label names the
// topic (dce-083a; as tieLabelTalked32 for a tie under talks). The
// future verb follows the tie noun within four words, with no clause
// break and no postposition but पर between ("उपक्रम से कारोबार बढ़ेगा"
// tells the tie's effect to come, not the tie to come).
func (a *Analyzer) tieLabelFuture38(list []pipeline.Stance, i int, verbless bool, fields []*field) bool {
	x := &list[i]
	if !verbless || x.Field != "title" || x.Kind != "alliance" || x.Mood != "" || x.Polarity != pipeline.Supportive || len(fields) != 2 || fields[0].name != "title" {
		return false
	}
	for j := range list {
		y := &list[j]
		if y.Field == "body" && y.Polarity == pipeline.Supportive && y.Mood == "" && (y.Source == x.Source && y.Target == x.Target || y.Source == x.Target && y.Target == x.Source) {
			return false
		}
	}
	title, body := fields[0].words, fields[1].words
	for k := range body {
		if !tieNoun12(body[k]) || !slices.Contains(title, body[k]) {
			continue
		}
		for j := k + 1; j < len(body) && j <= k+4; j++ {
			w := body[j]
			if w == "," || w == "।" || w == "?" || w == "कि" || w == "और" || w == "लेकिन" || w == "से" || w == "में" || w == "को" || w == "ने" || isGenitive(w) {
				break // "उपक्रम से कारोबार बढ़ेगा": the tie's effect to come
			}
			if a.lex.isFuture(w) || futureBe(w) {
				return true
			}
		}
	}
	return false
}
