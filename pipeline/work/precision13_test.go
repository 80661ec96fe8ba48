package work

import (
	"testing"
	"time"
)

// TestSession13Precision: stances the engine asserted on dev that the
// gold (and SCHEMA) does not have (session 13, PRECISION2 helper). Each
// rule has rows where it must not fire and rows where the stance stays.
func TestSession13Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// An argument (दलील, तर्क) is a charge like a claim: judging it
		// baseless rejects it (no stance, SCHEMA); calling it a lie still
		// attacks its author.
		{"Y की दलील को बेबुनियाद बताया", "गूगल ने सैम ऑल्टमैन की इस दलील को बेबुनियाद बताया कि उसका सर्च पुराना पड़ गया है।", nil},
		{"Y के तर्कों को निराधार बताया", "मेटा ने एलन मस्क के तर्कों को निराधार बताया।", nil},
		{"Y की दलील को झूठ बताया stays an attack", "एलन मस्क ने सैम ऑल्टमैन पर धोखे का आरोप लगाया। ओपनएआई ने मस्क की दलील को सरासर झूठ बताया।", []string{"elon-musk>sam-altman:h", "openai>elon-musk:h"}},

		// "X ने Y को अपना 'A' और 'B' बताया": a label of one's own is
		// X's word for Y however long the labels after it run, never a
		// tie both ways.
		{"Y को अपना 'करीबी दोस्त' और 'लंबा label' बताया", "सुंदर पिचाई ने सत्या नडेला को अपना 'बहुत पुराना दोस्त' और 'इस पीढ़ी का सबसे समझदार कारोबारी' बताया।", []string{"sundar-pichai>satya-nadella:s"}},
		{"Y को अपना 'दोस्त और …' बताया (one quote)", "गौतम अडानी ने मुकेश अंबानी को अपना 'दोस्त और इस पूरे दौर का सबसे बड़ा उद्यमी' बताया।", []string{"gautam-adani>mukesh-ambani:s"}},
		{"X और Y पुराने दोस्त हैं stays both ways", "मुकेश अंबानी और गौतम अडानी पुराने दोस्त हैं।", []string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},

		// In a charge's words the subject (X ने) is the one charged; a
		// genitive name after it owns what X handed over, no second
		// subject.
		{"आरोप लगाया कि X ने … Z के हवाले कर दिया", "कमला हैरिस ने आरोप लगाया कि डोनाल्ड ट्रंप ने अंतरिक्ष कार्यक्रम एलन मस्क के हवाले कर दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"आरोप लगाया कि X की नीतियों ने … Z के भरोसे छोड़ दिया", "राहुल गांधी ने आरोप लगाया कि नरेंद्र मोदी की सरकार ने बंदरगाहों को गौतम अडानी के भरोसे छोड़ दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"आरोप लगाया कि X और Z ने … (coordinated): both charged, the mission's owner not", "एलन मस्क ने आरोप लगाया कि सैम ऑल्टमैन और सत्या नडेला ने मिलकर ओपनएआई का मिशन बदल दिया।", []string{"elon-musk>sam-altman:h", "elon-musk>satya-nadella:h"}},

		// A motion of thanks (धन्यवाद प्रस्ताव) is the house's debate,
		// no thanks to anyone.
		{"धन्यवाद प्रस्ताव की चर्चा का जवाब देते हुए Y पर कटाक्ष", "राज्यसभा में धन्यवाद प्रस्ताव की चर्चा का जवाब देते हुए नरेंद्र मोदी ने राहुल गांधी पर कड़ा कटाक्ष किया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"Y को धन्यवाद दिया stays thanks", "नरेंद्र मोदी ने सुंदर पिचाई को धन्यवाद दिया।", []string{"narendra-modi>sundar-pichai:s"}},

		// "Y के आरोपों को सिरे से नकार दिया": a denial of the charge,
		// outright or not, is no stance (SCHEMA); calling Y a liar as
		// well still is.
		{"Y के आरोपों को सिरे से नकार दिया", "मेटा ने डोनाल्ड ट्रंप के आरोपों को सिरे से नकार दिया।", nil},
		{"… सिरे से नकार दिया और Y को झूठा बताया", "मेटा ने डोनाल्ड ट्रंप के आरोपों को सिरे से नकार दिया और ट्रंप को झूठा बताया।", []string{"meta>donald-trump:h"}},

		// A partnership proposal is an offer: declining it forms no
		// alliance; accepting it does.
		{"Y का साझेदारी प्रस्ताव ठुकरा दिया", "सॉफ्टबैंक ने ओरेकल का साझेदारी प्रस्ताव ठुकरा दिया।", nil},
		{"Y का साझेदारी प्रस्ताव लौटा दिया", "माइक्रोसॉफ्ट ने मेटा का साझेदारी प्रस्ताव शालीनता से लौटा दिया।", nil},
		{"Y का साझेदारी प्रस्ताव स्वीकार किया stays an alliance", "माइक्रोसॉफ्ट ने मेटा का साझेदारी प्रस्ताव स्वीकार कर लिया।", []string{"meta>microsoft:s", "microsoft>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
