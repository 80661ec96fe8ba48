package work

import (
	"slices"
	"testing"
	"time"
)

var outcome22Day = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

// TestOutcome22BadOutcome: an act told by its bad outcome (outcomes.yaml:
// division, theft, favouring friends, selling off, neglect, suppressing,
// ruin) in a tracked speaker's words charges its tracked doer, or the
// owner of the government or policy that did it; every mood rule holds,
// and the victim under को, a narrator's line and an untracked speaker
// give nothing.
func TestOutcome22BadOutcome(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"division", "कमला हैरिस ने एक सभा में कहा कि डोनाल्ड ट्रंप ने अमेरिका को नस्ल के नाम पर बांट दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"friends handed the nation's wealth", "राहुल गांधी बोले कि नरेंद्र मोदी ने रेलवे की जमीनें अपने दोस्तों को सौंप दीं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"theft", "एलन मस्क ने आरोप लगाया कि सैम ऑल्टमैन ने दानदाताओं का पैसा हड़प लिया।", []string{"elon-musk>sam-altman:h"}},
		{"owner's government", "राहुल गांधी के मुताबिक नरेंद्र मोदी की सरकार ने छोटे व्यापारियों को कंगाल कर दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"suppressing", "नाइजल फराज ने कहा, \"मेटा ने हमारे समर्थकों की आवाज दबा दी।\"", []string{"nigel-farage>meta:h"}},
		{"nothing but division", "कमला हैरिस बोलीं कि डोनाल्ड ट्रंप ने चार साल में लोगों को लड़ाने के सिवा कुछ नहीं किया।", []string{"kamala-harris>donald-trump:h"}},
		// Must not fire: denied, asked, hypothetical, speculated.
		{"denied", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने अमेरिका को कभी नहीं बांटा।", nil},
		{"asked", "क्या डोनाल्ड ट्रंप ने अमेरिका को बांट दिया?", nil},
		{"hypothetical", "कमला हैरिस ने कहा कि अगर डोनाल्ड ट्रंप सत्ता में आए तो वे देश की संपत्ति अपने दोस्तों को सौंप देंगे।", nil},
		// Must not fire: nobody's words, an untracked speaker, the victim.
		{"narrator", "डोनाल्ड ट्रंप के कार्यकाल में अमेरिका की राजनीति बंट गई।", nil},
		{"untracked speaker", "एक विश्लेषक ने कहा कि डोनाल्ड ट्रंप ने अमेरिका को बांट दिया।", nil},
		{"victim under को", "राहुल गांधी ने कहा कि घोटालेबाजों ने गौतम अडानी को कंगाल कर दिया।", nil},
	}
	checkStanceCases(t, a, outcome22Day, cases)
}

// TestOutcome22GoodOutcome: an act told by its good outcome (jobs made,
// investment brought, saved, lifted) in a tracked speaker's words is the
// speaker's praise of its doer (stance.go, fr.outcome); not denied, not
// in nobody's words, not of the speaker himself.
func TestOutcome22GoodOutcome(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"jobs made", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने टेक्सास में हजारों नौकरियां पैदा कीं।", []string{"donald-trump>elon-musk:s"}},
		{"lifted out of crisis", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने ओपनएआई को संकट से निकाला।", []string{"satya-nadella>sam-altman:s"}},
		{"investment brought, quoted", "\"मुकेश अंबानी ने गुजरात में भारी निवेश लाया,\" नरेंद्र मोदी ने कहा।", []string{"narendra-modi>mukesh-ambani:s"}},
		{"denied", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस ने एक भी नौकरी पैदा नहीं की।", nil},
		{"narrator", "एलन मस्क ने टेक्सास में हजारों नौकरियां पैदा कीं।", nil},
		{"speaker's own deed", "एलन मस्क ने कहा कि उन्होंने टेक्सास में हजारों नौकरियां पैदा कीं।", nil},
	}
	checkStanceCases(t, a, outcome22Day, cases)
}

// TestOutcome22CauseMarkers: के कारण, के चलते and की बदौलत name a cause
// as की वजह से does (causeMarker22), so a harm or a good outcome told
// through Y's policy judges Y; a cause noun that heads a phrase ("के
// कारणों की", "कारण बताओ नोटिस") is no cause marker.
func TestOutcome22CauseMarkers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"के कारण", "राहुल गांधी ने कहा कि नरेंद्र मोदी की नोटबंदी के कारण लाखों कारखाने बंद हो गए।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"के चलते", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के शुल्कों के चलते खिलौनों की कीमतें बढ़ गईं।", []string{"kamala-harris>donald-trump:h"}},
		{"की बदौलत", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क की बदौलत अमेरिका में भारी निवेश आया।", []string{"donald-trump>elon-musk:s"}},
		{"cause noun heading a phrase", "राहुल गांधी ने कहा कि नरेंद्र मोदी के कारणों की जांच के बाद कारखाने बंद हो गए।", nil},
		{"नोटिस", "कंपनी ने गौतम अडानी के कारण बताओ नोटिस का जवाब दिया।", nil},
	}
	checkStanceCases(t, a, outcome22Day, cases)
}

// TestOutcome22JointDoers: two doers charged together in someone's words
// stay the story's pair, so a later "दोनों" is them, not the speaker and
// one of them (jointDoers22).
func TestOutcome22JointDoers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"दोनों after joint doers", "मुकेश अंबानी ने कहा कि एलन मस्क और सैम ऑल्टमैन मिलकर बाजार को बर्बाद कर रहे हैं। सत्या नडेला ने भी दोनों की आलोचना की।",
			[]string{"mukesh-ambani>elon-musk:h", "mukesh-ambani>sam-altman:h", "satya-nadella>elon-musk:h", "satya-nadella>sam-altman:h"}},
	}
	checkStanceCases(t, a, outcome22Day, cases)
}

// TestOutcome22Lexicon: outcomes.yaml is broad (150+ entries, both
// polarities) and its defaults hold: kind by polarity, the doer alone
// as the target (prati) unless a cause entry says se.
func TestOutcome22Lexicon(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var hos, sup int
	for _, f := range lx.Frames {
		if f.file != "outcomes.yaml" {
			continue
		}
		if !f.outcome {
			t.Errorf("outcomes.yaml:%d: not marked outcome", f.line)
		}
		switch {
		case f.pol < 0:
			hos++
		case f.pol > 0:
			sup++
		}
		if !f.Cause && !slices.Contains(f.Target, "prati") {
			t.Errorf("outcomes.yaml:%d: target %v, want prati among them", f.line, f.Target)
		}
		if !f.Cause && (f.pol < 0 && f.Kind != "accusation" || f.pol > 0 && f.Kind != "praise") {
			t.Errorf("outcomes.yaml:%d: kind %s for polarity %d", f.line, f.Kind, f.pol)
		}
	}
	if hos+sup < 150 || hos < 100 || sup < 30 {
		t.Fatalf("outcomes.yaml: %d hostile, %d supportive; want 150+ with both polarities", hos, sup)
	}
}
