package work

import (
	"testing"
	"time"
)

// TestSession14PlaceNounJudged: a place noun after a genitive (प्लेटफॉर्म,
// मंच, खाते) is the possessor's thing when an act frame judges or acts on
// it ("Y के प्लेटफॉर्म की तारीफ", "Y के खाते निलंबित किए"); it stays a place
// before पर/में/से, and a passive verbal noun ("निलंबित किए जाने को लेकर")
// asserts no act.
func TestSession14PlaceNounJudged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y के प्लेटफॉर्म की तारीफ की", "सुंदर पिचाई ने माइक्रोसॉफ्ट के क्लाउड प्लेटफॉर्म की खुलकर तारीफ की।",
			[]string{"sundar-pichai>microsoft:s"}},
		{"Y के मंच की आलोचना की", "सैम ऑल्टमैन ने मेटा के नए मंच की कड़ी आलोचना की।",
			[]string{"sam-altman>meta:h"}},
		{"Y के खाते निलंबित कर दिए", "गूगल ने कमला हैरिस के यूट्यूब खाते निलंबित कर दिए।",
			[]string{"google>kamala-harris:h"}},
		{"Y के मंच पर Z की आलोचना: a venue", "माइक्रोसॉफ्ट के मंच पर सुंदर पिचाई ने कमला हैरिस की आलोचना की।",
			[]string{"sundar-pichai>kamala-harris:h"}},
		{"Y के प्लेटफॉर्म पर बोले: a venue, no act", "सत्या नडेला मेटा के प्लेटफॉर्म पर एक कार्यक्रम में बोले।", nil},
		{"Y के खाते निलंबित किए जाने पर सुनवाई: no act", "कमला हैरिस के खाते निलंबित किए जाने को लेकर गूगल के खिलाफ सुनवाई शुरू हुई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession14PlatformCharged: a platform under पर is charged when a
// charge of doing something follows in its own clause with no other name
// ("X ने एक्स पर … फैलाने का आरोप लगाया"); with another target, a posting
// word or a plain act it stays the place of the words.
func TestSession14PlatformCharged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने एक्स पर … फैलाने का आरोप लगाया", "नरेंद्र मोदी ने एक्स पर देश के खिलाफ झूठ फैलाने का आरोप लगाया।",
			[]string{"narendra-modi>x-corp:h"}},
		{"X ने एक्स पर … छिपाने का आरोप लगाया", "राहुल गांधी ने एक्स पर आंकड़े छिपाने का आरोप लगाया।",
			[]string{"rahul-gandhi>x-corp:h"}},
		{"X ने एक्स पर Y पर … का आरोप लगाया: Y charged", "राहुल गांधी ने एक्स पर नरेंद्र मोदी पर आंकड़े छिपाने का आरोप लगाया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने एक्स पर लिखकर … का आरोप लगाया: a place", "राहुल गांधी ने एक्स पर लिखकर आंकड़े छिपाने का आरोप लगाया।", nil},
		{"X ने एक्स पर तंज कसा कि Y …: a place", "सैम ऑल्टमैन ने एक्स पर तंज कसा कि गूगल हमेशा पीछे रहती है।",
			[]string{"sam-altman>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession14ParInAdverbial: a name under पर that belongs to a noun
// inside a time adverbial ("Y पर बोली के बाद", "Y पर फैसले से पहले") is
// not the clause's target; a frame noun there ("Y पर हमले के बाद") and a
// plain पर target are left as they were.
func TestSession14ParInAdverbial(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y पर बोली के बाद X ने Z पर आरोप लगाया", "गूगल पर बोली के बाद सत्या नडेला ने सुंदर पिचाई पर धोखे का आरोप लगाया।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		{"Y पर सुनवाई से पहले X ने Z पर आरोप लगाया", "मेटा पर सुनवाई से पहले डोनाल्ड ट्रंप ने कमला हैरिस पर झूठ बोलने का आरोप लगाया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"Y पर X ने आरोप लगाया: the target", "गूगल पर सत्या नडेला ने धोखे का आरोप लगाया।",
			[]string{"satya-nadella>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession14RelativeAgent: a relative agent (जिन्होंने, जिसने) stands
// for the name before it, but not for a platform named as the place of
// the words, not as a generic "जिसने भी", and not across a correlative
// "उन <noun>" that it belongs to; then its act is nobody tracked's.
func TestSession14RelativeAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने एक्स पर लिखा कि वह उन सांसदों को हराएंगे, जिन्होंने Y का समर्थन किया", "एलन मस्क ने एक्स पर लिखा कि वह उन सांसदों को हराएंगे, जिन्होंने कमला हैरिस का समर्थन किया था।", nil},
		{"X ने कहा कि वह उन सांसदों को हराएंगे, जिन्होंने Y का समर्थन किया (the correlative alone, no platform)", "एलन मस्क ने कहा कि वह उन सांसदों को हराएंगे, जिन्होंने कमला हैरिस का समर्थन किया था।", nil},
		{"X ने एक्स पर लिखा कि जिसने भी Y का समर्थन किया, वह पछताएगा", "एलन मस्क ने एक्स पर लिखा कि जिसने भी नाइजल फराज का समर्थन किया, वह पछताएगा।", nil},
		{"Y की तारीफ की, जिन्होंने Z का समर्थन किया: Y acts", "एलन मस्क ने नाइजल फराज की तारीफ की, जिन्होंने डोनाल्ड ट्रंप का समर्थन किया था।",
			[]string{"elon-musk>nigel-farage:s", "nigel-farage>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession14SpeechVerbGender: the masculine speech verb बोले (like
// feminine बोलीं) re-grounds वह to a man named before; with only a woman
// tracked before it, the speaker is nobody tracked.
func TestSession14SpeechVerbGender(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y की रैली में एक सांसद पहुंचे। वह बोले कि Z …: nobody", "कमला हैरिस की रैली में एक पूर्व सांसद भी पहुंचे। रैली के बाद वह बोले कि एलन मस्क झूठे हैं।", nil},
		{"Y की रैली में एक सांसद पहुंचे। वह बोलीं कि Z …: the woman", "कमला हैरिस की रैली में एक पूर्व सांसद भी पहुंचे। रैली के बाद वह बोलीं कि एलन मस्क झूठे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"X और Y ने रैलियां कीं। वह बोले कि Z …: the man", "डोनाल्ड ट्रंप और कमला हैरिस ने अलग रैलियां कीं। शाम को वह बोले कि एलन मस्क झूठे हैं।",
			[]string{"donald-trump>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession14PlannedAct: an act whose infinitive is only weighed (पर
// विचार), prepared (की तैयारी, की योजना) or about to happen (वाला है with
// a time ahead) is a plan, no stance; the act done, and "V-ने वाला है"
// describing someone, stay stances.
func TestSession14PlannedAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X Y पर आरोप लगाने पर विचार कर रहा है", "गूगल माइक्रोसॉफ्ट पर धोखाधड़ी का आरोप लगाने पर विचार कर रही है।", nil},
		{"X Y के खिलाफ मुकदमा करने की तैयारी में है", "मेटा डोनाल्ड ट्रंप के खिलाफ मुकदमा दायर करने की तैयारी में है।", nil},
		{"X अगले महीने Y पर मुकदमा करने वाला है", "एलन मस्क अगले महीने सैम ऑल्टमैन पर मुकदमा दायर करने वाले हैं।", nil},
		{"X ने Y पर मुकदमा दायर किया: done", "एलन मस्क ने सैम ऑल्टमैन पर मुकदमा दायर किया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"X ने Y पर आरोप लगाया: done", "गूगल ने माइक्रोसॉफ्ट पर धोखाधड़ी का आरोप लगाया।",
			[]string{"google>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
