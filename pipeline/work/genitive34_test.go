package work

import (
	"testing"
	"time"
)

// Session 34 (SILENT): our own sentences for genitiveGap34 (genitive34.go).
// The first rows fail without it; the controls must stay as they are.

// TestSilent34MannerGap: a manner phrase of a noun and से/में between the
// genitive and its act noun ("Y का मजबूती से बचाव", "Y की कड़े शब्दों में
// निंदा") leaves the genitive the act's target.
func TestSilent34MannerGap(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"defended firmly", "माइक्रोसॉफ्ट के बोर्ड ने निवेशकों को भेजी चिट्ठी में सत्या नडेला का मजबूती से बचाव किया।",
			[]string{"microsoft>satya-nadella:s"}},
		{"defended firmly, nukta", "ओरेकल ने लैरी एलिसन का मज़बूती से बचाव किया।",
			[]string{"oracle>larry-ellison:s"}},
		{"condemned in strong words", "राहुल गांधी ने गौतम अडानी की कड़े शब्दों में निंदा की।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"criticised in sharp words", "नाइजल फराज ने कमला हैरिस की तीखे शब्दों में आलोचना की।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"criticised in a harsh tone", "सुंदर पिचाई ने माइक्रोसॉफ्ट की सख्त लहजे में आलोचना की।",
			[]string{"sundar-pichai>microsoft:h"}},
		{"praised again", "मासायोशी सन ने सैम ऑल्टमैन की फिर से तारीफ की।",
			[]string{"masayoshi-son>sam-altman:s"}},

		// Controls.
		{"opposed strictly (already read)", "कमला हैरिस ने एलन मस्क का सख्ती से विरोध किया।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"manner with a name after: not the genitive's act", "डोनाल्ड ट्रंप के बयान पर कड़े शब्दों में प्रतिक्रिया दी गई।", nil},
		{"a venue of strength, no act noun", "मुकेश अंबानी की कंपनी मजबूती से आगे बढ़ रही है।", nil},
		{"words in a speech, not an act", "नरेंद्र मोदी के शब्दों में कहें तो यह नया दौर है।", nil},
		{"manner before a reply, a plain reply", "गूगल ने एलन मस्क की टिप्पणी का सख्ती से जवाब दिया।", nil},
		{"warmly welcomed (already read)", "डोनाल्ड ट्रंप ने मासायोशी सन का गर्मजोशी से स्वागत किया।",
			[]string{"donald-trump>masayoshi-son:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent34RemarkTopic: a topic phrase with पर between the genitive and
// a remark under को ("Y की ब्रिटिश राजनीति पर टिप्पणियों को … बताया") leaves
// the remark Y's.
func TestSilent34RemarkTopic(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"remarks on a topic called irresponsible", "कमला हैरिस ने डोनाल्ड ट्रंप की आप्रवासन पर टिप्पणियों को शर्मनाक बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"statement on a topic called false", "ओपनएआई ने एलन मस्क के सुरक्षा पर बयान को झूठा करार दिया।",
			[]string{"openai>elon-musk:h"}},
		{"remark on a topic praised", "सत्या नडेला ने सुंदर पिचाई की एआई नियमों पर टिप्पणी को शानदार बताया।",
			[]string{"satya-nadella>sundar-pichai:s"}},

		// Controls.
		{"a decision on Y's port is no remark of Y's", "नरेंद्र मोदी ने गौतम अडानी के बंदरगाह पर फैसले को सही बताया।", nil},
		{"no comment on Y's topic", "गूगल ने एलन मस्क की कंपनी पर टिप्पणी करने से इनकार किया।", nil},
		{"remark on a topic under पर, not को", "राहुल गांधी ने नरेंद्र मोदी की महंगाई पर टिप्पणी पर सवाल उठाए।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent34AlongGenitive: names before समेत/सहित ("X समेत कई नेताओं",
// "X, <untracked> समेत कई नेताओं") share the group's genitive, as they
// share its ने/को/पर/से (markerAfter; alongAfterComma34).
func TestSilent34AlongGenitive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"along with many, genitive of criticism", "नरेंद्र मोदी ने राहुल गांधी समेत कई विपक्षी नेताओं की आलोचना की।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"along with many, praise of their part", "सुंदर पिचाई ने सत्या नडेला सहित कई तकनीकी दिग्गजों के योगदान की सराहना की।",
			[]string{"sundar-pichai>satya-nadella:s"}},
		{"comma list with an untracked name", "कमला हैरिस ने एलन मस्क, पीटर थील समेत कई अरबपतियों की निंदा की।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"comma list, a privilege revoked", "डोनाल्ड ट्रंप ने रीड हॉफमैन, बिल गेट्स समेत कई दानदाताओं की सुरक्षा मंजूरी रद्द कर दी।",
			[]string{"donald-trump>reid-hoffman:h"}},
		{"comma list, under पर", "नरेंद्र मोदी ने राहुल गांधी, अखिलेश यादव सहित कई नेताओं पर हमला बोला।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"comma list, the group acts (ने)", "गौतम अडानी, रतन टाटा समेत कई उद्योगपतियों ने नरेंद्र मोदी की तारीफ की।",
			[]string{"gautam-adani>narendra-modi:s"}},

		// Controls.
		{"along with many under पर (already read)", "डोनाल्ड ट्रंप ने कमला हैरिस सहित कई डेमोक्रेट नेताओं पर हमला बोला।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a group's wealth grew: no stance", "एलन मस्क समेत कई अरबपतियों की संपत्ति इस साल बढ़ी।", nil},
		{"an owner's genitive inside the group: the group's ने", "कमला हैरिस सहित डेमोक्रेटिक पार्टी के कई नेताओं ने डोनाल्ड ट्रंप की निंदा की।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a comma in a sentence, no समेत", "सैम ऑल्टमैन, जो ओपनएआई चलाते हैं, सम्मेलन में मौजूद थे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent34HeadlineColon: a headline colon between an organisation's
// genitive topic and a name ("गूगल का नया हब: X ने की तारीफ") is no
// apposition of a role ("गूगल के सीईओ X"): X is not tied to the
// organisation, and the topic's owner is what X judges
// (colonBetween34, affiliate).
func TestSilent34HeadlineColon(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"hub welcomed", "बेंगलुरु में माइक्रोसॉफ्ट का नया केंद्र: नरेंद्र मोदी ने किया स्वागत || ",
			[]string{"narendra-modi>microsoft:s"}},
		{"plant praised", "टेस्ला का नया प्लांट: डोनाल्ड ट्रंप ने की तारीफ || ",
			[]string{"donald-trump>tesla:s"}},
		{"phone mocked", "गूगल का नया फोन: एलन मस्क ने उड़ाया मजाक || ",
			[]string{"elon-musk>google:h"}},

		// Controls.
		{"a role stays an apposition", "गूगल के सीईओ सुंदर पिचाई ने गूगल के नए मॉडल की तारीफ की।", nil},
		{"a headline dash is not a colon (not read, as before)", "मेटा का नया ऐप - सैम ऑल्टमैन ने की सराहना || ", nil},
		{"a longer topic was read before", "गूगल का नया एआई मॉडल: सत्या नडेला ने की तारीफ || ",
			[]string{"satya-nadella>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent34ProxyColon: "X के प्रवक्ता/वकील: …" heading a sentence is X's
// proxy speaking, as "X: …" and "X के प्रवक्ता ने कहा, …" are
// (proxyColon34, genitive walk).
func TestSilent34ProxyColon(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"spokesperson's headline charge", "माइक्रोसॉफ्ट के प्रवक्ता: गूगल ग्राहकों को गुमराह कर रही है || ",
			[]string{"microsoft>google:h"}},
		{"lawyer's headline charge", "रीड हॉफमैन के वकील: एलन मस्क झूठ फैला रहे हैं || ",
			[]string{"reid-hoffman>elon-musk:h"}},
		{"spokesperson's praise in the body", "|| अडानी समूह के प्रवक्ता: नरेंद्र मोदी का विजन शानदार है।",
			[]string{"adani-group>narendra-modi:s"}},

		// Controls.
		{"a role before a colon says no one's words", "गूगल के सीईओ: एआई सबका भविष्य || ", nil},
		{"a place phrase before the proxy: not read (the limit of the rule)", "अदालत में ओपनएआई के वकील: एलन मस्क झूठ बोल रहे हैं || ", nil},
		{"the spokesperson with ने (already read)", "माइक्रोसॉफ्ट के प्रवक्ता ने कहा, गूगल ग्राहकों को गुमराह कर रही है। || ",
			[]string{"microsoft>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent34MoodControls: the gaps of genitive34.go leave the mood layer
// and the third-party rules as they were: a question, a negation far from
// the verb, someone else's words, a discussion.
func TestSilent34MoodControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"question", "क्या राहुल गांधी ने गौतम अडानी की कड़े शब्दों में निंदा की?", nil},
		{"negation far from the verb", "नाइजल फराज ने कमला हैरिस की तीखे शब्दों में आलोचना कभी भी सार्वजनिक मंच पर नहीं की।", nil},
		{"an untracked third party's words assert nothing (as without the gap)", "एक विश्लेषक ने कहा कि सुंदर पिचाई ने सत्या नडेला का मजबूती से बचाव किया।", nil},
		{"discussion of remarks", "सम्मेलन में डोनाल्ड ट्रंप की आप्रवासन पर टिप्पणियों को लेकर चर्चा हुई।", nil},
		{"future", "कमला हैरिस एलन मस्क, पीटर थील समेत कई अरबपतियों की कल निंदा करेंगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
