package work

import (
	"testing"
	"time"
)

// Session 36 (POLARITY): our own sentences for polarity36.go. The first
// rows of each table fail without the reading; the controls must stay as
// they are.

// TestPolarity36VersusAimed: under a headline label "X बनाम Y:" a side is
// credited only by a body sentence where it acts or speaks and names the
// other side (or its tied chief or company) after it (sideActsAt36).
func TestPolarity36VersusAimed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the defendant only denies the charges", "मस्क बनाम ओपनएआई: अदालत में पहली सुनवाई || एलन मस्क ने पिछले साल ओपनएआई के खिलाफ सैन फ्रांसिस्को की अदालत में मुकदमा दायर किया था। बुधवार को ओपनएआई ने अदालत में दाखिल अपने जवाब में सभी आरोपों से इनकार किया।",
			[]string{"elon-musk>openai:h"}},
		{"the defendant argues without naming the plaintiff", "ओरेकल बनाम गूगल: अदालत में फिर आमने-सामने || ओरेकल ने गूगल पर जावा कोड की नकल का मुकदमा किया है। गूगल ने सोमवार को अदालत में अपनी दलीलें रखीं और कहा कि उसने कोई नियम नहीं तोड़ा।",
			[]string{"oracle>google:h"}},
		{"a side speaks of its own company only", "मस्क बनाम ऑल्टमैन: अदालत में मस्क के वकील बोले- भरोसा टूटा || ओकलैंड की संघीय अदालत में गुरुवार को मुकदमे की सुनवाई शुरू हुई। ऑल्टमैन ने अदालत के बाहर पत्रकारों से कहा कि कंपनी अपने फैसलों पर कायम है।",
			nil},

		// Controls.
		{"the defendant's lawyers attack the plaintiff by name", "मस्क बनाम ओपनएआई: अदालत में तीखी बहस || एलन मस्क के मुकदमे की सुनवाई मंगलवार को ओकलैंड की अदालत में हुई। ओपनएआई के वकीलों ने जूरी से कहा कि मस्क यह मुकदमा सिर्फ जलन में लड़ रहे हैं।",
			[]string{"openai>elon-musk:h"}},
		{"the plaintiff's lawyer names the defendant's chief", "मस्क बनाम ओपनएआई: सुनवाई का दूसरा दिन || ओकलैंड की संघीय अदालत में बुधवार को सुनवाई जारी रही। मस्क के वकील ने जूरी से कहा कि ओपनएआई के सीईओ सैम ऑल्टमैन ने उनके मुवक्किल का भरोसा तोड़ा।",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity36BothBefore: "दोनों" means the two named in the sentence
// just before it when the story's last pair acted earlier than that
// sentence (bothPrev36).
func TestPolarity36BothBefore(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a reciprocal after a sentence naming a new two", "मस्क और हॉफमैन में फिर ठनी || एलन मस्क ने पिछले साल के चुनाव में डोनाल्ड ट्रंप के लिए कई राज्यों में जमकर प्रचार किया था। लिंक्डइन के सह-संस्थापक रीड हॉफमैन ने मंगलवार को मस्क के ताजा बयानों पर कहा कि वे इन पर कोई टिप्पणी नहीं करेंगे। पिछले साल भी दोनों ने एक-दूसरे पर कई बार निशाना साधा था।",
			[]string{"elon-musk>donald-trump:s", "elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		{"a soured relation after a sentence naming a new two", "एलन मस्क ने 2024 में डोनाल्ड ट्रंप के अभियान के लिए पेंसिल्वेनिया में रैलियां कीं और उनका खुलकर समर्थन किया। बुधवार को सैम ऑल्टमैन ने एक कार्यक्रम में मस्क के सवालों का जवाब देने से मना कर दिया। दोनों के रिश्तों में पिछले कई साल से खटास है।",
			[]string{"elon-musk>donald-trump:s", "elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},

		// Controls.
		{"the last pair acted in the sentence just before", "एलन मस्क ने गुरुवार को एक्स पर डोनाल्ड ट्रंप की कड़ी आलोचना की। दोनों के रिश्तों में पिछले कुछ हफ्तों से खटास है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"the sentence before names only one", "एलन मस्क ने गुरुवार को डोनाल्ड ट्रंप की कड़ी आलोचना की। रीड हॉफमैन इस पूरे मामले पर चुप रहे। दोनों के रिश्तों में पिछले कुछ हफ्तों से खटास है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity36CondAfterCharge: an अगर clause after a charge's words
// names no one charged; the charge's own subject is (condAfterCharge36).
func TestPolarity36CondAfterCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the one shielded is the condition's subject", "कांग्रेस नेता राहुल गांधी ने बुधवार को लोकसभा में आरोप लगाया कि प्रधानमंत्री नरेंद्र मोदी गौतम अडानी को बचा रहे हैं और अगर अडानी उनके करीबी नहीं हैं तो वे जांच के आदेश क्यों नहीं देते।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a third person in the condition", "टेस्ला प्रमुख एलन मस्क ने शुक्रवार को एक्स पर आरोप लगाया कि सैम ऑल्टमैन ओपनएआई को अपनी निजी जागीर की तरह चला रहे हैं और अगर सत्या नडेला इससे अनजान हैं तो वे बोर्ड से जवाब क्यों नहीं मांगते।",
			[]string{"elon-musk>sam-altman:h"}},

		// Controls.
		{"a condition with no charged words before it", "कांग्रेस नेता राहुल गांधी ने आरोप लगाया कि अगर गौतम अडानी निर्दोष हैं तो वे जांच से क्यों डर रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"a second charged subject, no condition", "एलन मस्क ने गुरुवार को आरोप लगाया कि सैम ऑल्टमैन ने संस्थापकों का भरोसा तोड़ा और सत्या नडेला ने भी बोर्ड को गुमराह किया।",
			[]string{"elon-musk>sam-altman:h", "elon-musk>satya-nadella:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity36AimLabel: in a headline "X का (नया) निशाना: Y" or "X के
// निशाने पर: Y" the name after the colon is the one aimed at, not the
// label's speaker (aimLabel36).
func TestPolarity36AimLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a new aim", "एलन मस्क का नया निशाना: माइक्रोसॉफ्ट", []string{"elon-musk>microsoft:h"}},
		{"the next aim", "डोनाल्ड ट्रंप का अगला निशाना: मेटा", []string{"donald-trump>meta:h"}},
		{"under X's aim", "मस्क के निशाने पर: माइक्रोसॉफ्ट", []string{"elon-musk>microsoft:h"}},

		// Controls.
		{"the aim named before the colon, words after it", "हैरिस का मस्क पर निशाना: अरबपति लोकतंत्र नहीं खरीद सकते", []string{"kamala-harris>elon-musk:h"}},
		{"a quote, then its speaker after the colon", "'ओपनएआई झूठ पर टिकी कंपनी है': एलन मस्क", []string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
