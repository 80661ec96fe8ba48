package work

import (
	"testing"
	"time"
)

// TestInv33aAccordingSubject: a name that opens the clause after "X के
// मुताबिक(,)" / "X के अनुसार" or opens a quote is the clause's subject, as
// right after "X ने कहा कि" (afterAccording33a in topicAfterSubject15).
// inv4's A2a/A2b/A7 rewrites.
func TestInv33aAccordingSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"according, comma, fear of defeat", "कमला हैरिस के मुताबिक, ट्रंप हार के डर से झूठ बोल रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"according, no comma", "नरेंद्र मोदी के अनुसार राहुल गांधी हार के डर से झूठ बोल रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"pronoun according", "एलन मस्क ने शुक्रवार को एक पॉडकास्ट में हिस्सा लिया। उनके मुताबिक, ऑल्टमैन हार के डर से झूठ बोल रहे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"quote opened by the name", "डोनाल्ड ट्रंप ने कहा, \"हैरिस हार के डर से झूठ बोल रही हैं।\"",
			[]string{"donald-trump>kamala-harris:h"}},
		// Controls: as after कि; an owner after a word of address; a
		// report's words name nobody's stance.
		{"after ki", "कमला हैरिस ने कहा कि ट्रंप हार के डर से झूठ बोल रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"word of address", "बेंगलुरु के एक कार्यक्रम में सुंदर पिचाई और मुकेश अंबानी साथ पहुंचे। पिचाई ने कहा, \"मुकेश भाई के विजन के बिना देश में इंटरनेट इतनी जल्दी नहीं फैलता, मैं उनका दिल से सम्मान करता हूं।\"",
			[]string{"sundar-pichai>mukesh-ambani:s"}},
		{"a report", "एक रिपोर्ट के मुताबिक, अडानी समूह के शेयर सोमवार को गिरे।", nil},
	})
}

// TestInv33aAccordingSpeaker: the person of "X के मुताबिक, …" is the
// sentence's speaker for the story's memory (accordingSays33a in
// remember), so a later उन्होंने is X, not someone X spoke of.
func TestInv33aAccordingSpeaker(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"according, then he charged", "राहुल गांधी के मुताबिक, गौतम अडानी गरीबों की जमीन छीन रहे हैं। उन्होंने आरोप लगाया कि प्रधानमंत्री इसमें उनके साझेदार हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"according, then he praised", "सत्या नडेला के अनुसार एलन मस्क एक जिद्दी कारोबारी हैं। उन्होंने सैम ऑल्टमैन की जमकर तारीफ की।",
			[]string{"satya-nadella>elon-musk:h", "satya-nadella>sam-altman:s"}},
		// Controls: the same with "ने कहा कि"; a name with a ने later in
		// the sentence is still the agent the story follows.
		{"said, then he charged", "राहुल गांधी ने कहा कि गौतम अडानी गरीबों की जमीन छीन रहे हैं। उन्होंने आरोप लगाया कि प्रधानमंत्री इसमें उनके साझेदार हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"agent beside", "रिपोर्ट के मुताबिक, सैम ऑल्टमैन ने एलन मस्क से मुलाकात की। उन्होंने सत्या नडेला की तारीफ की।",
			[]string{"sam-altman>satya-nadella:s"}},
	})
}

// TestInv33aAccordingUntracked: "उनके मुताबिक, …" / "उनका कहना है कि …"
// after someone untracked spoke is that one's (accordingPron33a), as
// "उन्होंने कहा कि …" is.
func TestInv33aAccordingUntracked(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"spokesman, according", "राहुल गांधी ने सोमवार को वायनाड का दौरा किया। इसके बाद पार्टी के एक प्रवक्ता ने कहा कि संगठन चुनाव की तैयारी में है। उनके मुताबिक, नरेंद्र मोदी किसानों को गुमराह कर रहे हैं।", nil},
		{"spokesman, his saying", "राहुल गांधी ने सोमवार को वायनाड का दौरा किया। इसके बाद पार्टी के एक प्रवक्ता ने कहा कि संगठन चुनाव की तैयारी में है। उनका कहना है कि नरेंद्र मोदी किसानों को गुमराह कर रहे हैं।", nil},
		// Controls: with the tracked speaker last, the words are his.
		{"tracked, according", "राहुल गांधी ने सोमवार को वायनाड का दौरा किया। उनके मुताबिक, नरेंद्र मोदी किसानों को गुमराह कर रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"untracked, said", "राहुल गांधी ने सोमवार को वायनाड का दौरा किया। इसके बाद पार्टी के एक प्रवक्ता ने कहा कि संगठन चुनाव की तैयारी में है। उन्होंने कहा कि नरेंद्र मोदी किसानों को गुमराह कर रहे हैं।", nil},
	})
}

// TestInv33aPlatformPlace: a platform written as the place of a post ("X
// ने एक्स पर लिखा कि …") is no party the story follows: a later "इसका" is
// the post, not the platform (platformPlace33a in remember). inv4's A4a.
func TestInv33aPlatformPlace(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"post on X, welcomed", "डोनाल्ड ट्रंप ने एक्स पर लिखा कि वह एलन मस्क के साथ फिर काम करेंगे। मस्क ने इसका स्वागत किया।",
			[]string{"elon-musk>donald-trump:s"}},
		// Controls: an untracked platform reads alike; the platform as
		// the target of an act stays one.
		{"post on Truth Social", "डोनाल्ड ट्रंप ने ट्रुथ सोशल पर लिखा कि वह एलन मस्क के साथ फिर काम करेंगे। मस्क ने इसका स्वागत किया।",
			[]string{"elon-musk>donald-trump:s"}},
		{"X sued", "मार्क जुकरबर्ग ने एक्स पर मुकदमा दायर किया।",
			[]string{"mark-zuckerberg>x-corp:h"}},
	})
}

// TestInv33aTalkNotCharge: "बात" in "बात करते हुए कहा कि" is talk, not a
// charge noun: the words after कि are read as after "कहा कि" (talkNoun33a
// in chargeClause). inv4's A3c.
func TestInv33aTalkNotCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"talking, no better partner", "मार्क जुकरबर्ग ने पत्रकारों से बात करते हुए कहा कि रिलायंस से बेहतर साझेदार नहीं हो सकता।",
			[]string{"mark-zuckerberg>reliance:s"}},
		{"talking, keen to work with", "सत्या नडेला ने मीडिया से बात करते हुए कहा कि वे सैम ऑल्टमैन के साथ काम करने को लेकर उत्साहित हैं।",
			[]string{"satya-nadella>sam-altman:s"}},
		// Controls: "बात की और कहा कि" (its own clause) read so already;
		// a favour inside a charge stays no one's support (the charge is
		// Musk's); the plain frame as before.
		{"talked and said", "मुकेश अंबानी ने शेयरधारकों से बात की और कहा कि गूगल से बेहतर साझेदार नहीं हो सकता।",
			[]string{"mukesh-ambani>google:s"}},
		{"favour inside a charge", "एलन मस्क ने आरोप लगाया कि ओपनएआई को माइक्रोसॉफ्ट से भारी मदद मिली।",
			[]string{"elon-musk>openai:h"}},
		{"said", "मार्क जुकरबर्ग ने कहा कि रिलायंस से बेहतर साझेदार नहीं हो सकता।",
			[]string{"mark-zuckerberg>reliance:s"}},
	})
}

// TestInv33aOwnClaim: "X ने दावा किया कि …" with X himself in his words (a
// pronoun) praising, backing or defending Y is X's support, as after "कहा
// कि" (ownClaim33a in the charge-clause check). inv4's A5a.
func TestInv33aOwnClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"claimed, keen", "सत्या नडेला ने दावा किया कि वे सैम ऑल्टमैन के साथ काम करने को लेकर उत्साहित हैं।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"claimed, his full support", "लैरी एलिसन ने दावा किया कि डोनाल्ड ट्रंप को उनका पूरा समर्थन है।",
			[]string{"larry-ellison>donald-trump:s"}},
		{"claimed, his fan", "एलन मस्क ने दावा किया कि वह नरेंद्र मोदी के बड़े प्रशंसक हैं।",
			[]string{"elon-musk>narendra-modi:s"}},
		// Controls: a favour, another's support or another's praise told
		// inside a claim stays no one's; under a charge as before.
		{"claimed favour", "एलन मस्क ने दावा किया कि ओपनएआई को माइक्रोसॉफ्ट से भारी मदद मिली।", nil},
		{"claimed, another's support", "कमला हैरिस ने दावा किया कि डोनाल्ड ट्रंप को एलन मस्क का पूरा समर्थन है।", nil},
		{"claimed, another's praise", "कमला हैरिस ने दावा किया कि एलन मस्क डोनाल्ड ट्रंप की तारीफ करते हैं।", nil},
		{"charged, another's support", "एलन मस्क ने आरोप लगाया कि सैम ऑल्टमैन को माइक्रोसॉफ्ट का पूरा समर्थन है।",
			[]string{"elon-musk>sam-altman:h"}},
		{"on another's claim", "ओपनएआई ने एलन मस्क के दावे पर जवाब देते हुए कहा कि उसके सभी उत्पाद पूरी तरह सुरक्षित हैं।", nil},
	})
}
