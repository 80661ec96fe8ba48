package work

import (
	"testing"
	"time"
)

// TestSession29ReviewAlternatives: an evaluative's `|` splits one
// whitespace word, so a choice of several words needs `_`
// (evaluative.yaml, crybaby and tortoise entries; session 29 review).
// Before the fix "रोतलू" was never indexed (the crybaby row fails
// without it); "कछुए की चाल" and "कछुआ चाल" were read hostile already,
// by the older "चाल" (a ploy), and now by the tortoise entry.
func TestSession29ReviewAlternatives(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"tortoise gait", " || एलन मस्क ने कहा कि ओरेकल का काम कछुए की चाल से चल रहा है।", []string{"elon-musk>oracle:h"}},
		{"tortoise pace compound", " || सैम ऑल्टमैन ने कहा कि मेटा की प्रगति कछुआ चाल वाली है।", []string{"sam-altman>meta:h"}},
		{"crybaby, called", " || नरेंद्र मोदी ने राहुल गांधी को रोतलू नेता कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		// Controls: a real tortoise; a crybaby not said of anyone tracked.
		{"ctl: a tortoise in a zoo", " || एलन मस्क ने कहा कि चिड़ियाघर में एक कछुआ है।", nil},
		{"ctl: crybaby, no calling", " || राहुल गांधी ने कहा कि उनका भतीजा रोतलू है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
