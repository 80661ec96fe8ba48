package work

import (
	"testing"
	"time"
)

// TestSession25VentureHost: members named as partners of a venture the
// teller calls its own ("X ने बताया कि उसकी नई इकाई में Y और Z साझेदार
// होंगे") are allied with X too, pairwise (SCHEMA: co-members of a
// project whose forming the story reports; ventureHost25); the members
// are the group nearest before साझेदार, not a name inside the venture's
// own name. The first rows leave X out without the rule. Controls,
// unchanged: a venture no one calls his own, a partner praised in
// passing.
func TestSession25VentureHost(t *testing.T) {
	a := shippedAnalyzer(t)
	all := func(ids ...string) []string {
		var out []string
		for _, x := range ids {
			for _, y := range ids {
				if x != y {
					out = append(out, x+">"+y+":s")
				}
			}
		}
		return out
	}
	cases := []stanceCase{
		{"its own new unit", "गूगल ने बताया कि उसकी नई एआई परियोजना में रिलायंस और अडानी समूह साझेदार होंगे।", all("google", "reliance", "adani-group")},
		{"unit with the host's name", "ओपनएआई ने मंगलवार को कहा कि उसकी नई इकाई ओपनएआई इंडिया में माइक्रोसॉफ्ट और ओरेकल दोनों साझेदार होंगे।", all("openai", "microsoft", "oracle")},
		// Controls.
		{"no one's own venture", "सत्या नडेला ने कहा कि नई परियोजना में गूगल और मेटा साझेदार होंगे।", append(all("google", "meta"), "satya-nadella>google:s", "satya-nadella>meta:s")},
		{"partner praised", "मुकेश अंबानी ने गूगल को रिलायंस का भरोसेमंद साझेदार बताया।", []string{"mukesh-ambani>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
