package work

import (
	"testing"
	"time"
)

// TestWFP23AnsweredCharge: "X के आरोपों पर Y का जवाब" presupposes X's
// charge; the blind files (sessions 20–22) assert no X → Y from it, and a
// plain reply attacks no one. What the answer says still counts.
func TestWFP23AnsweredCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"headline reply to a charge", "कमला हैरिस के आरोपों पर डोनाल्ड ट्रंप का जवाब || ", nil},
		{"headline reply, org answering", "राहुल गांधी के आरोपों पर अडानी समूह की प्रतिक्रिया || ", nil},
		{"claims answered, then a plain denial", "एलन मस्क के दावों पर ओपनएआई का जवाब || कंपनी ने कहा कि इन दावों में कोई सच्चाई नहीं है।", nil},
		{"the answer's own attack counts", "सैम ऑल्टमैन के आरोपों पर एलन मस्क का पलटवार || ", []string{"elon-musk>sam-altman:h"}},
		{"the charge reported made counts", "राहुल गांधी के आरोपों पर अडानी समूह का जवाब || राहुल गांधी ने बुधवार को गौतम अडानी पर धोखाधड़ी का आरोप लगाया था।", []string{"rahul-gandhi>gautam-adani:h"}},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"a threat answered is only presupposed", "डोनाल्ड ट्रंप की धमकी पर एलन मस्क का जवाब- 'मैं डरने वाला नहीं' || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP23BackingOfOwnOrg: in X's words, Y's loyalty to X's own
// organisation ("Y ने कंपनी पर भरोसा किया", X its chief) is X's thanks to Y,
// as it is when Y backed X himself; Y → the organisation is not asserted.
func TestWFP23BackingOfOwnOrg(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"trust in the speaker's company", "ओपनएआई प्रमुख सैम ऑल्टमैन ने एक साक्षात्कार में कहा कि माइक्रोसॉफ्ट ने उस वक्त ओपनएआई पर भरोसा किया जब बाकी निवेशक हिचक रहे थे।", []string{"sam-altman>microsoft:s"}},
		{"stood by the speaker's group", "गौतम अडानी ने कहा कि मुश्किल दिनों में गूगल अडानी समूह के साथ मजबूती से खड़ा रहा।", []string{"gautam-adani>google:s"}},
		{"a person's trust in the company", "मार्क जुकरबर्ग ने लिखा कि सत्या नडेला ने हमेशा मेटा पर विश्वास जताया।", []string{"mark-zuckerberg>satya-nadella:s"}},
		{"another company's backing, told by an outsider, stays", "एलन मस्क ने कहा कि माइक्रोसॉफ्ट ने ओपनएआई पर भरोसा किया।", []string{"microsoft>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP23ShieldedFriend: "X अपने दोस्त Z को बचा रहे हैं" in Y's words is
// Y's charge against X; the friendship in it is no X ↔ Z alliance and no
// Y → X support (words.yaml shield_words).
func TestWFP23ShieldedFriend(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"shielding a friend from a probe", "कमला हैरिस ने डोनाल्ड ट्रंप की आलोचना करते हुए कहा कि वे अपने दोस्त एलन मस्क को हर जांच से बचा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"favouring a friend", "राहुल गांधी ने कहा कि नरेंद्र मोदी अपने मित्र गौतम अडानी को फायदा पहुंचा रहे हैं और देश देख रहा है।", nil},
		// (Session 30: the charge itself is read since readShield takes
		// "बचाने में जुटे" like "… में लगे"; still no alliance, no support.)
		{"quoted, friend shielded", "'नरेंद्र मोदी अपने दोस्त गौतम अडानी को बचाने में जुटे हैं,' राहुल गांधी ने संसद के बाहर कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a friend praised stays", "डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी मेरे अच्छे दोस्त हैं।", []string{"donald-trump>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP23FollowersQuarrel: "दोनों के समर्थक एक-दूसरे से …" is a quarrel
// of the followers (words.yaml follower_nouns), not of the pair; the
// pair's own quarrel and their proxies' stay.
func TestWFP23FollowersQuarrel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"supporters tangle online", "नाइजल फराज और एलन मस्क लंदन के एक ही कार्यक्रम में थे। दोनों के समर्थक सोशल मीडिया पर एक-दूसरे से उलझते रहे।", nil},
		{"workers clash", "राहुल गांधी और नरेंद्र मोदी एक ही दिन बनारस पहुंचे। दोनों के कार्यकर्ता रैली के बाद एक-दूसरे से उलझ पड़े।", nil},
		{"their lawyers speak for them", "सैम ऑल्टमैन और एलन मस्क का मामला अदालत में है। दोनों के वकीलों ने सुनवाई में एक-दूसरे पर आरोप लगाए।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP23ActOnOwnOrg: in X's words, Y's hostile act on the organisation
// X leads is X's charge against Y, as an act on X himself is; Y → the
// organisation is not asserted by the story.
func TestWFP23ActOnOwnOrg(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"courts used to slow the speaker's company", "सैम ऑल्टमैन ने एक पॉडकास्ट में कहा कि एलन मस्क मुकदमों के सहारे ओपनएआई को कमजोर करने की कोशिश कर रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"smear of the speaker's group", "गौतम अडानी ने शेयरधारकों से कहा कि राहुल गांधी अडानी समूह को बदनाम करने में लगे हैं।", []string{"gautam-adani>rahul-gandhi:h"}},
		{"the doer's own organisation stays", "मार्क जुकरबर्ग ने कहा कि मेटा एलन मस्क की किसी कंपनी के साथ काम नहीं करेगा।", []string{"mark-zuckerberg>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP23JointTalks: "X और Y ने Z के साथ मिलकर … बनाने पर बातचीत की" is
// talks toward a venture (SCHEMA: neutral), not the venture formed; and
// a suit on the speaker's company stays the suer's act.
func TestWFP23JointTalks(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"talks on building together", "गूगल और मेटा ने रिलायंस के साथ मिलकर एक एआई कंपनी बनाने पर बातचीत की।", nil},
		{"a plan to set up together", "माइक्रोसॉफ्ट, ओरेकल और ओपनएआई मिलकर नया डेटा सेंटर बनाने की योजना पर काम कर रहे हैं।", nil},
		{"formed together counts", "गूगल और मेटा ने रिलायंस के साथ मिलकर एक एआई कंपनी बनाई।", []string{"google>meta:s", "google>reliance:s", "meta>google:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"a suit on the speaker's company stays the suer's", "ओपनएआई प्रमुख सैम ऑल्टमैन ने कहा कि एक्सएआई ने कंपनी पर मुकदमा दायर किया है।", []string{"xai>openai:h", "xai>sam-altman:h"}}, // and on OpenAI's tied chief (session 25 ruling)
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP23PartnershipHeldTo: "A, Y के साथ अपनी साझेदारी पर कायम है" is
// A's affirmation, one way (frames.yaml, as करार/उपक्रम पर कायम); said
// by A's chief, it is the chief's own stance.
func TestWFP23PartnershipHeldTo(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"chief says his company holds to it", "सुंदर पिचाई ने निवेशकों से कहा कि गूगल रिलायंस के साथ अपनी साझेदारी पर कायम है।", []string{"sundar-pichai>reliance:s"}},
		{"the company itself holds to it", "ओरेकल ने एक बयान में कहा कि वह ओपनएआई के साथ साझेदारी पर कायम है।", []string{"oracle>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
