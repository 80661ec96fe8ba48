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

// TestSession29ReviewGatheringSpelling: the gathering's passive relative
// (gatheringPassive29) with the य spellings of its auxiliary, as
// passiveFinite reads them ("की गयी", "उठाये गये"); before the review
// "की गयी" gave the host X's stance to Y (the first row fails without
// the fix; the second reads nothing either way).
func TestSession29ReviewGatheringSpelling(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"criticism done, gayi", " || रीड हॉफमैन ने एक सम्मेलन को संबोधित किया, जिसमें कमला हैरिस की नीति की आलोचना भी की गयी।", nil},
		{"questions asked, gaye", " || सत्या नडेला एक बैठक में पहुंचे, जहां सैम ऑल्टमैन के फैसलों पर सवाल उठाये गये।", nil},
		// Control: the host's own criticism stays.
		{"ctl: host criticises", " || रीड हॉफमैन ने एक सम्मेलन को संबोधित किया, जिसमें उन्होंने कमला हैरिस की नीति की आलोचना की।", []string{"reid-hoffman>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29ReviewWallPredicate: "Y विकास के रास्ते की दीवार है" is
// read as "… रास्ते की बाधा है" is, by the WORDS slot entry; a
// PRECISION calling-only copy of "रास्ते/राह की दीवार", indexed first,
// had left the predicate unread (the first two rows fail with it).
func TestSession29ReviewWallPredicate(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"wall, predicate", " || राहुल गांधी ने कहा कि अडानी समूह विकास के रास्ते की दीवार है।", []string{"rahul-gandhi>adani-group:h"}},
		{"wall on the path, predicate", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप तरक्की की राह की दीवार हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"wall, called", " || सत्या नडेला ने डोनाल्ड ट्रंप की नई फीस को प्रतिभा के रास्ते की दीवार बताया।", []string{"satya-nadella>donald-trump:h"}},
		// Controls: a real wall.
		{"ctl: a wall by the road", " || एलन मस्क ने कहा कि कारखाने के रास्ते की दीवार गिर गई है।", nil},
		{"ctl: factory wall", " || गौतम अडानी ने कहा कि कारखाने की दीवार नई बनेगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29ReviewObstacleBare: PRECISION's calling-only obstacle
// nouns (बाधा, रोड़ा, अड़ंगा, अड़चन, रुकावट) read alone, with no "रास्ते की"
// or "राह में" slot; every earlier row of theirs is read by a WORDS slot
// entry or a frame as well, so these rows are the ones that fail
// without them. The controls: the same nouns not in a calling.
func TestSession29ReviewObstacleBare(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"obstacle for industry", " || सत्या नडेला ने डोनाल्ड ट्रंप के नए नियम को उद्योग के लिए बाधा बताया।", []string{"satya-nadella>donald-trump:h"}},
		{"hurdle, called", " || राहुल गांधी ने गौतम अडानी के सौदे को छोटे कारोबारियों के लिए रुकावट करार दिया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"spoke in the wheel, called", " || एलन मस्क ने सैम ऑल्टमैन की नीति को बेवजह का अड़ंगा बताया।", []string{"elon-musk>sam-altman:h"}},
		// Controls.
		{"ctl: rain a hurdle", " || सुंदर पिचाई ने कहा कि बारिश यात्रा में बाधा बनी।", nil},
		{"ctl: hurdle removed", " || नरेंद्र मोदी ने कहा कि निवेश की हर रुकावट दूर होगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
