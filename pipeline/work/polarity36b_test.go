package work

import (
	"testing"
	"time"
)

// Session 36, round 2 (POLARITY2): our own sentences for polarity36b.go.
// The first rows of each table fail without the reading; the controls
// must stay as they are.

// TestPolarity36bChargeTold: a stance between two others told only in the
// words of a speaker who is hostile to one of them is part of the
// speaker's charge, not asserted (chargeTold36b; the session 36 ruling).
func TestPolarity36bChargeTold(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"praise of Z told in a critic's words", "कांग्रेस नेता राहुल गांधी ने गुरुवार को पटना की एक रैली में प्रधानमंत्री नरेंद्र मोदी पर तीखा हमला बोला। उन्होंने कहा कि मोदी जी हर मंच पर डोनाल्ड ट्रंप को अपना सच्चा दोस्त बताते हैं, लेकिन किसानों की बात तक नहीं सुनते।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"money for Z told in a critic's words", "डेमोक्रेटिक उम्मीदवार कमला हैरिस ने मंगलवार को मिशिगन की रैली में कहा कि एलन मस्क डोनाल्ड ट्रंप के लिए पानी की तरह पैसा बहा रहे हैं, क्योंकि उन्हें टैक्स में छूट चाहिए। हैरिस ने मस्क को 'लोकतंत्र के लिए खतरा' बताया।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"criticism of Z in a critic's quote", "लिंक्डइन के सह-संस्थापक रीड हॉफमैन ने एक पॉडकास्ट में एलन मस्क की कड़ी आलोचना की। हॉफमैन ने कहा, \"मस्क सिर्फ इसलिए ओपनएआई की आलोचना करते हैं क्योंकि वे उसे अपने कब्जे में नहीं ले पाए।\"",
			[]string{"reid-hoffman>elon-musk:h"}},
		{"the critic attacks Y in the same sentence", "फराज का बयान || रिफॉर्म यूके के नेता नाइजल फराज ने लंदन में पत्रकारों से बातचीत में प्रधानमंत्री कीर स्टार्मर की सरकार की आलोचना की और एलन मस्क को 'बड़बोला' कहा। उन्होंने कहा कि डोनाल्ड ट्रंप आज भी मस्क की खुलकर तारीफ करते हैं, पर ब्रिटेन को ऐसे लोगों से दूर रहना चाहिए।",
			[]string{"nigel-farage>elon-musk:h"}},
		{"a betrayal told by the critic of its doer", "“जिस आदमी ने अपने ही साथियों को नहीं छोड़ा, वह देश का क्या भला करेगा,” कमला हैरिस ने शनिवार देर शाम एरिजोना की सभा में कहा। हैरिस ने आरोप लगाया कि डोनाल्ड ट्रंप ने कारोबार के दिनों में मेटा को भी धोखा दिया था।",
			[]string{"kamala-harris>donald-trump:h"}},

		// Controls.
		{"a speaker hostile to no one tells a deal", "सॉफ्टबैंक के प्रमुख मासायोशी सन ने बुधवार को टोक्यो में निवेशकों से कहा कि माइक्रोसॉफ्ट ने ओपनएआई में अरबों डॉलर लगाए हैं।",
			[]string{"microsoft>openai:s"}},
		{"a suit told by a critic is a deed", "रीड हॉफमैन ने एक इंटरव्यू में एलन मस्क पर निशाना साधा और कहा कि ओपनएआई पर मस्क का मुकदमा जलन से उपजा है।",
			[]string{"elon-musk>openai:h", "reid-hoffman>elon-musk:h"}},
		{"the told stance asserted again by the narrator", "कमला हैरिस ने मंगलवार को कहा कि एलन मस्क डोनाल्ड ट्रंप के लिए पैसा लुटा रहे हैं और वह लोकतंत्र खरीदना चाहते हैं। चुनाव आयोग के आंकड़ों के मुताबिक मस्क ने पिछले महीने ट्रंप के अभियान को साढ़े सात करोड़ डॉलर दिए।",
			[]string{"elon-musk>donald-trump:s", "kamala-harris>donald-trump:h"}},
		{"the speaker's own stance in his words", "कांग्रेस नेता राहुल गांधी ने संसद परिसर में पत्रकारों से कहा कि डोनाल्ड ट्रंप ने भारत पर भारी शुल्क लगाकर गलत किया है।",
			[]string{"rahul-gandhi>donald-trump:h"}},
		{"an investor role names who the attacked one is", "मेटा के सीईओ मार्क जुकरबर्ग ने गुरुवार को एक पॉडकास्ट में कहा कि ओपनएआई के प्रमुख निवेशकों में माइक्रोसॉफ्ट सबसे खराब साझेदार है।",
			[]string{"mark-zuckerberg>microsoft:h", "microsoft>openai:s"}},
		{"a जबकि clause with its own agent is beside the words", "टेस्ला के सीईओ एलन मस्क ने शुक्रवार को एक्स पर लिखा कि सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता, जबकि माइक्रोसॉफ्ट ने उसी दिन ओपनएआई में नया निवेश किया।",
			[]string{"elon-musk>sam-altman:h", "microsoft>openai:s"}},
		{"a critic's relayed news of a charge is no charge of his", "कमला हैरिस ने सोमवार को एक टीवी इंटरव्यू में बताया कि डोनाल्ड ट्रंप ने पिछले हफ्ते मेटा पर सेंसरशिप का आरोप लगाया था।",
			[]string{"donald-trump>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity36bVersusDenial: under "X बनाम Y:" a side whose only body
// sentence naming the other is a plain denial is not credited (SCHEMA: a
// denial is no stance; denial36b in sideActsAt36).
func TestPolarity36bVersusDenial(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the defendant's lawyers call the charges baseless", "मस्क बनाम ओपनएआई: कैलिफोर्निया की अदालत में दूसरे दिन की सुनवाई || बुधवार को सुनवाई के दौरान एलन मस्क ने ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया। जवाब में ओपनएआई की ओर से पेश वकीलों ने जज के सामने दलील दी कि मस्क की शिकायतें बेबुनियाद हैं।",
			[]string{"elon-musk>openai:h"}},
		// Controls: an attack back is still the other side's act.
		{"the defendant denies", "ट्रंप बनाम मेटा: सुनवाई टली || डोनाल्ड ट्रंप ने मेटा पर अपना अकाउंट बंद करके अभिव्यक्ति की आजादी छीनने का आरोप लगाया है। मेटा ने गुरुवार को एक बयान में ट्रंप के आरोपों से इनकार किया।",
			[]string{"donald-trump>meta:h"}},
		{"the defendant attacks back", "मस्क बनाम ओपनएआई: कैलिफोर्निया की अदालत में दूसरे दिन की सुनवाई || बुधवार को सुनवाई के दौरान एलन मस्क ने ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया। जवाब में ओपनएआई के वकीलों ने कहा कि मस्क जलन में कंपनी को बदनाम कर रहे हैं।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
