package work

import (
	"slices"

	"github.com/khabar/khabar/pipeline"
)

// Session 29 (FAMILIES): a headline that names a broken tie between two
// parties with no breaker ("X-Y: करार टूटा", "X-Y डेटा सेंटर करार रद्द")
// reads the rupture both ways. SCHEMA: ending a partnership is the
// breaker → the other, both ways only when the text says both broke it.
// When the body says who broke it ("X ने Y के साथ करार तोड़ दिया") and
// only that one, the headline's other direction is dropped: the label
// names the topic, the body says who did it. A headline alone, or a body
// that has both break it or neither, keeps both.

// titleRuptureOverruled29 reports stance i, a title's asserted hostile
// rupture x → y read with its mirror y → x from the title, when the
// body asserts a rupture y → x and none x → y.
func titleRuptureOverruled29(st *storyState, i int) bool {
	if len(st.bodyRupture29) == 0 {
		return false
	}
	x := &st.stanceList[i]
	if x.Field != "title" || x.Kind != "rupture" || x.Mood != "" || x.Polarity != pipeline.Hostile {
		return false
	}
	if !slices.Contains(st.bodyRupture29, [2]string{x.Target, x.Source}) || slices.Contains(st.bodyRupture29, [2]string{x.Source, x.Target}) {
		return false
	}
	for j := range st.stanceList {
		y := &st.stanceList[j]
		if y.Field == "title" && y.Source == x.Target && y.Target == x.Source && y.Kind == "rupture" && y.Mood == "" && y.Polarity == pipeline.Hostile {
			return true
		}
	}
	return false
}

// pactWords29 reports a word of pact_nouns in field f (the title): the
// tie it names is a pact or deal that one party breaks, not a friendship
// or a relationship, whose breaking the dev gold reads as a quarrel of
// both ("मस्क-ट्रंप की दोस्ती टूटी" over a body that tells both sides'
// attacks).
func (a *Analyzer) pactWords29(f *field) bool {
	for _, id := range f.wid {
		if uint(id) < uint(len(a.classOf2)) && a.classOf2[id]&cwPact29 != 0 {
			return true
		}
	}
	return false
}

// dealingRefusable29 reports clause ci of a sentence with a negator
// holding a word of dealing_nouns ("Y के साथ कोई सौदा नहीं करेंगे"):
// readSnubPlain23 reads it as it reads "Y से बात नहीं करेंगे" (SCHEMA:
// refusing to work with Y is a snub, X → Y hostile). A clause with a
// contact word of its own is read there already.
func (s *sentCtx) dealingRefusable29(ci int) bool {
	if !s.flagsMayHave(fwNeg) {
		return false
	}
	for _, k := range s.cls[ci].toks {
		if s.class2(k)&cwDealing29 != 0 {
			return true
		}
	}
	return false
}
