package work

import "github.com/khabar/khabar/pipeline"

// Session 29 (PRECISION): a headline that names a broken tie between a
// pair with no doer ("X-Y: करार टूटा", "X-Y करार रद्द", "Y से टूटा X का
// नाता") reads the rupture both ways. SCHEMA: who broke the deal decides
// the direction. When the body says who broke it ("X ने Y के साथ करार
// तोड़ दिया") and never the other way, the headline's reverse direction
// goes. Only for a tie with an organisation in it (a deal): a
// friendship of two people that "टूटी" is broken between both.

// labelBreakReversed29 reports stance i, an asserted rupture read in the
// title, when the title read the same pair the other way too and the
// body asserts a rupture between the two only in that other direction.
func (a *Analyzer) labelBreakReversed29(st *storyState, i int) bool {
	x := &st.stanceList[i]
	if x.Field != "title" || x.Kind != "rupture" || x.Mood != "" || x.Polarity != pipeline.Hostile || len(st.bodyBreaks29) == 0 {
		return false
	}
	reverseInTitle := false
	for j := range st.stanceList {
		y := &st.stanceList[j]
		if y.Field == "title" && y.Kind == "rupture" && y.Mood == "" && y.Source == x.Target && y.Target == x.Source {
			reverseInTitle = true
		}
	}
	if !reverseInTitle {
		return false
	}
	other := false
	for _, b := range st.bodyBreaks29 {
		src, tgt := a.ents[b[0]].ID, a.ents[b[1]].ID
		switch {
		case src == x.Source && tgt == x.Target:
			return false // the body reads this direction too
		case src == x.Target && tgt == x.Source:
			other = other || !a.isPerson[b[0]] || !a.isPerson[b[1]]
		}
	}
	return other
}
