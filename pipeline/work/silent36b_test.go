package work

import (
	"testing"
	"time"
)

// TestSilent36bClauseDeed: a judgement in a sentential relative clause
// ("…, जो दिखावा है") after a finished clause of someone's words judges
// that clause's subject (clauseDeed36b). Rows above the controls fail
// without the reading.
func TestSilent36bClauseDeed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a coordinated deed judged as show", "कांग्रेस नेता राहुल गांधी ने लखनऊ की सभा में कहा कि एक ओर मजदूर बेरोजगार घूम रहे हैं और दूसरी ओर मुकेश अंबानी अपनी पार्टियों पर करोड़ों रुपये लुटा रहे हैं, जो घिनौना दिखावा है।",
			[]string{"rahul-gandhi>mukesh-ambani:h"}},
		{"a company's course judged a betrayal", "एलन मस्क ने सोमवार देर रात एक्स पर लिखा कि ओपनएआई अब सिर्फ मुनाफे के पीछे भाग रही है, जो उसके संस्थापक वादे से धोखा है।",
			[]string{"elon-musk>openai:h"}},
		{"praise of a deed, two words before the copula", "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने व्हाइट हाउस में पत्रकारों से कहा कि सत्य नडेला अमेरिका में तीन नए डेटा सेंटर बनवा रहे हैं, जो काबिले तारीफ है।",
			[]string{"donald-trump>satya-nadella:s"}},
		{"a habit judged, a place and audience between", "मोदी ने दिल्ली में भाजपा कार्यकर्ताओं से कहा कि राहुल गांधी हर चुनाव से पहले मंदिरों के चक्कर लगाने लगते हैं, जो शर्मनाक दिखावा है।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		// Already read by a frame of the clause before (unchanged).
		{"a frame in the deed itself", "राहुल गांधी ने पटना की रैली में कहा कि गौतम अडानी हर बंदरगाह पर कब्जा करते जा रहे हैं, जो जनता से धोखा है।",
			[]string{"rahul-gandhi>gautam-adani:h"}},

		// Controls.
		{"a ने-agent before: जो may be the object", "राहुल गांधी ने कहा कि गौतम अडानी ने एक और कंपनी खरीद ली है, जो घाटे में थी।", nil},
		{"a narrator's line, no speaker", "मुकेश अंबानी अपनी पार्टियों पर करोड़ों रुपये लुटा रहे हैं, जो घिनौना दिखावा है।", nil},
		{"a noun heads the relative", "राहुल गांधी ने कहा कि अडानी की वह कंपनी, जो घाटे में है, अब बंदरगाह खरीद रही है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent36bRelativeWords: a jibe's or charge's कि-words that name
// no one ("तंज कसा कि यह 'मित्रकाल' है, …") are continued by their
// relative clause, which names the target (relUnderWords36b). Rows above
// the controls fail without the reading.
func TestSilent36bRelativeWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a jibe, the owner in the relative", "कांग्रेस नेता राहुल गांधी ने ट्वीट कर तंज कसा कि यह 'दोस्तकाल' है, जिसमें प्रधानमंत्री नरेंद्र मोदी के दोस्तों के लिए सरकारी बैंकों के खजाने खोल दिए जाते हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a charge, the subject in the relative", "विपक्ष के नेता राहुल गांधी ने बुधवार को संसद के बाहर आरोप लगाया कि यह ऐसा दौर है, जिसमें गौतम अडानी ही हर बड़ा ठेका जीत लेते हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},

		// Controls.
		{"the words name someone themselves", "राहुल गांधी ने तंज कसा कि मोदी का यह दौर है, जिसमें गौतम अडानी हर ठेका जीतते हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a plain statement, no jibe", "राहुल गांधी ने कहा कि यह ऐसा दौर है, जिसमें गौतम अडानी हर बड़ा ठेका जीत लेते हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
