package work

import (
	"testing"
	"time"
)

// Session 30 (FRESH-S): our own sentences for the fixes of the fresh
// files' supportive errors. The first rows of each test fail without the
// change named; the controls must stay as they are.

// TestFreshs30LedOfferToBuy: readLeadFunding (stance.go) reads "X के
// नेतृत्व में … ने Y को N डॉलर …" as a round X leads; an offer to buy Y
// at a price is no round (buying is no stance, SCHEMA).
func TestFreshs30LedOfferToBuy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"offer to buy, led group", "मार्क जुकरबर्ग के नेतृत्व में एक समूह ने एक्स कॉर्प को 40 अरब डॉलर में खरीदने की पेशकश रखी।", nil},
		{"acquisition bid, led investors", "एलन मस्क की अगुवाई में निवेशकों ने ओपनएआई को 90 अरब डॉलर में अधिग्रहण करने का प्रस्ताव दिया।", nil},
		// Controls: a round led by X is still X's funding.
		{"round led, funding", "सॉफ्टबैंक की अगुवाई में ओपनएआई ने 40 अरब डॉलर जुटाए।", []string{"softbank>openai:s"}},
		{"round led, ko funding", "माइक्रोसॉफ्ट के नेतृत्व में निवेशकों ने ओपनएआई को 10 अरब डॉलर की फंडिंग दी।", []string{"microsoft>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshs30ReplyUntoldTie: a reply answers an act about the
// replier's company only when the story ties him to it in words
// (namesParty30, reply30.go); the watchlist's tie alone is no tie
// (SCHEMA session-25 ruling, case b).
func TestFreshs30ReplyUntoldTie(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"claim about the company, chief bare", "एलन मस्क ने दावा किया कि गूगल ने अपने शुरुआती साझेदारों से धोखा किया। इसके जवाब में सुंदर पिचाई ने इस दावे को सरासर झूठ करार दिया।",
			[]string{"elon-musk>google:h", "sundar-pichai>elon-musk:h"}},
		{"claim about the company, reply word first", "डोनाल्ड ट्रंप ने दावा किया कि मेटा ने चुनाव में धांधली करवाई। जवाब में मार्क जुकरबर्ग ने इस दावे को सफेद झूठ बताया।",
			[]string{"donald-trump>meta:h", "mark-zuckerberg>donald-trump:h"}},
		// Controls: the tie told in words keeps the answered attack.
		{"chief tied by role", "एलन मस्क ने दावा किया कि गूगल ने अपने शुरुआती साझेदारों से धोखा किया। इसके जवाब में गूगल के सीईओ सुंदर पिचाई ने इस दावे को सरासर झूठ करार दिया।",
			[]string{"elon-musk>google:h", "elon-musk>sundar-pichai:h", "sundar-pichai>elon-musk:h"}},
		{"chief tied by P की कंपनी", "डोनाल्ड ट्रंप ने दावा किया कि मेटा ने चुनाव में धांधली करवाई। उन्होंने कहा कि मार्क जुकरबर्ग की कंपनी लोगों को गुमराह करती है। जवाब में जुकरबर्ग ने इस दावे को सफेद झूठ बताया।",
			[]string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h", "mark-zuckerberg>donald-trump:h"}},
		{"chief tied by P की कंपनी, no attack", "मार्क जुकरबर्ग की कंपनी ने नया एआई मॉडल पेश किया। डोनाल्ड ट्रंप ने दावा किया कि मेटा ने चुनाव में धांधली करवाई। जवाब में जुकरबर्ग ने इस दावे को सफेद झूठ बताया।",
			[]string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h", "mark-zuckerberg>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshs30WhoSlot: a frame whose slot is a question word (किसके साथ
// खड़े, किस पर …) has no target of its own (whoSlot30, who30.go).
func TestFreshs30WhoSlot(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"whom he stands with, quoted", "सुंदर पिचाई ने कहा, \"सत्या नडेला दुनिया को बताएं कि वे किसके साथ खड़े हैं।\"", nil},
		// (Read as none without the change too:)
		{"whom they stand with, quoted demand", "कमला हैरिस ने कहा, \"डोनाल्ड ट्रंप जनता को साफ बताएं कि वे किनके साथ खड़े हैं।\"", nil},
		// Controls: a name in the slot is read.
		{"stands with a name, quoted", "मार्क जुकरबर्ग ने कहा, \"हम इस लड़ाई में डोनाल्ड ट्रंप के साथ खड़े हैं।\"", []string{"mark-zuckerberg>donald-trump:s"}},
		{"stands with a name", "मार्क जुकरबर्ग डोनाल्ड ट्रंप के साथ खड़े हैं।", []string{"mark-zuckerberg>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshs30OwnFirmsPartners: "Z ने X और Y की कंपनियों के साथ करार
// किए" — the owners' firms are Z's partners each on its own, not each
// other's (ownFirmsPartner30, partner30.go).
func TestFreshs30OwnFirmsPartners(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"groups under के साथ, untracked agent", "कई राज्य सरकारों ने मुकेश अंबानी और गौतम अडानी के समूहों के साथ बिजली करार किए हैं।", nil},
		{"companies under से, untracked agent", "केंद्र सरकार ने एलन मस्क और मार्क जुकरबर्ग की कंपनियों से नए अनुबंध किए।", nil},
		// Controls: the pair's own deal is read.
		{"groups between them", "मुकेश अंबानी और गौतम अडानी के समूहों के बीच बिजली करार हुआ।", []string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},
		{"one partner of the other", "गूगल ने मेटा के साथ नया करार किया।", []string{"google>meta:s", "meta>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshs30MannerPraise: "Y अपना काम शानदार ढंग/तरीके से कर रहे हैं"
// in X's words praises Y (evaluative.yaml's manner entries; readEvaluation
// no longer drops a manner entry before कर-).
func TestFreshs30MannerPraise(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"own work done splendidly", "सत्या नडेला ने कहा कि सुंदर पिचाई अपना काम शानदार ढंग से कर रहे हैं।", []string{"satya-nadella>sundar-pichai:s"}},
		{"own work done splendidly, तरीके", "मासायोशी सन ने लिखा कि सैम ऑल्टमैन अपना काम शानदार तरीके से कर रहे हैं।", []string{"masayoshi-son>sam-altman:s"}},
		// Controls: an adverb of manner of the narrator's act, and a
		// plain adverb, judge no one.
		{"narrator's manner of an attack", "कमला हैरिस ने शानदार ढंग से डोनाल्ड ट्रंप की नीतियों की आलोचना की।", []string{"kamala-harris>donald-trump:h"}},
		{"plain adverb", "सत्या नडेला ने कहा कि सुंदर पिचाई अच्छी तरह जानते हैं कि बाजार किधर जा रहा है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshs30CorrelativeDoer: "जो N Y ने V, उसकी <judgement>" — the
// correlative genitive is Y's deed, read as Y's (correlativeDoer30,
// corr30.go).
func TestFreshs30CorrelativeDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deed's praise, कि", "मुकेश अंबानी ने कहा कि देश के बुनियादी ढांचे को जो दिशा नरेंद्र मोदी ने दी है, उसकी मिसाल इतिहास में कम मिलती है।", []string{"mukesh-ambani>narendra-modi:s"}},
		// (Read without the change too:)
		{"deed's praise, quoted", "सत्या नडेला बोले, \"एआई को जो पहचान सैम ऑल्टमैन ने दिलाई है, उसकी तारीफ होनी चाहिए।\"", []string{"satya-nadella>sam-altman:s"}},
		// Controls: no tracked agent in the relative clause, or two.
		{"untracked agent", "मुकेश अंबानी ने कहा कि देश को जो दिशा नई पीढ़ी ने दी है, उसकी मिसाल इतिहास में कम मिलती है।", nil},
		{"no relative before", "मुकेश अंबानी ने कहा कि नरेंद्र मोदी ने देश को नई दिशा दी है, और उसकी चर्चा दुनिया भर में है।", []string{"mukesh-ambani>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshs30RoundPointedBack: "इस दौर/राउंड में/से" points back to the
// round its raiser told of (grounding.yaml acts_done; words.yaml
// round_nouns keeps it to में/से in actAt).
func TestFreshs30RoundPointedBack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"money put in this round", "एक्सएआई ने बुधवार को नया निवेश दौर पूरा होने की जानकारी दी। इस दौर में सॉफ्टबैंक ने भी पैसा लगाया है।", []string{"softbank>xai:s"}},
		{"pulled out of this round", "एक्सएआई ने बुधवार को नया निवेश दौर पूरा होने की जानकारी दी। इस दौर से ओरेकल ने आखिरी समय पर हाथ खींच लिया।", []string{"oracle>xai:h"}},
		// Controls: "इस दौर के …" is this era, no one's round.
		{"this era's entrepreneur", "एक्सएआई ने नया मॉडल पेश किया। मासायोशी सन ने कहा कि एलन मस्क इस दौर के सबसे बड़े उद्यमी हैं।", []string{"masayoshi-son>elon-musk:s"}},
		{"this era, money", "एक्सएआई ने नया मॉडल पेश किया। इस दौर की सबसे बड़ी होड़ में ओरेकल ने भी पैसा लगाया है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
