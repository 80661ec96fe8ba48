package work

import (
	"testing"
	"time"
)

// TestSession23MoneyRefused: money refused for the future is a withdrawal
// (SCHEMA, X → Y hostile) whatever the verb — the recipient as subject
// (मिलेगा/मिलेगी), money put in (डालेगा), money out of a pocket
// (निकलेगी), given (देंगे) — and whatever the noun of money (पाई, धेला,
// फंड, रकम, सब्सिडी); with अब, a headline with no verb. Rows written
// before the rule (money23.go); none is a dev wording. A past denial, a
// lack of money, a continuing gift and a question are no withdrawal.
func TestSession23MoneyRefused(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"recipient as subject, speaker's pocket", "एलन मस्क ने कहा कि नाइजल फराज की पार्टी के लिए अब उनकी जेब से एक पाई नहीं निकलेगी।", []string{"elon-musk>nigel-farage:h"}},
		{"quoted, first person", "एलन मस्क ने कहा, \"नाइजल फराज की पार्टी के लिए मेरी जेब से अब एक पाई नहीं निकलेगी।\"", []string{"elon-musk>nigel-farage:h"}},
		{"recipient gets no amount", "लैरी एलिसन ने कहा कि डोनाल्ड ट्रंप को उनकी ओर से अब कोई रकम नहीं मिलेगी।", []string{"larry-ellison>donald-trump:h"}},
		{"fund not received, speaker after a comma", "रीड हॉफमैन बोले, कमला हैरिस के अभियान को मेरी तरफ से अब फंड नहीं मिलेगा।", []string{"reid-hoffman>kamala-harris:h"}},
		{"no new sum put in", "सॉफ्टबैंक ने कहा कि ओपनएआई के अगले दौर में वह अब कोई नई रकम नहीं डालेगा।", []string{"softbank>openai:h"}},
		{"not a farthing given", "एलन मस्क ने कहा कि नाइजल फराज की पार्टी को वह अब फूटी कौड़ी भी नहीं देंगे।", []string{"elon-musk>nigel-farage:h"}},
		{"verbless headline with अब", "डोनाल्ड ट्रंप बोले- टेस्ला को अब एक धेला नहीं || ", []string{"donald-trump>tesla:h"}},
		// Must not fire.
		{"past denial", "सॉफ्टबैंक ने ओपनएआई में पैसा नहीं डाला।", nil},
		{"a lack of money", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप को पैसे की कोई कमी नहीं होगी।", nil},
		{"money goes on", "रीड हॉफमैन ने कहा कि कमला हैरिस के अभियान को उनकी तरफ से पैसा मिलता रहेगा।", nil},
		{"verbless without अब", "टेस्ला को कोई सब्सिडी नहीं, डोनाल्ड ट्रंप के करीबी ने कहा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession23NoLongerStays: support said to remain no more — the
// negator and a past of रह- right after the support's noun — is a
// withdrawal without अब ("Y को उनका समर्थन नहीं रहा"), as "अब … नहीं" is
// (noLonger12). Rows written before the rule (money23.go
// noLongerStays23); none is a dev wording. A progressive (नहीं कर रहे),
// a past deed denied and a negator away from the noun stay negations.
func TestSession23NoLongerStays(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"support remains no more", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप को उनका समर्थन नहीं रहा।", []string{"nigel-farage>donald-trump:h"}},
		{"backing remains no more, है", "रीड हॉफमैन ने कहा कि कमला हैरिस को उनकी हिमायत नहीं रही है।", []string{"reid-hoffman>kamala-harris:h"}},
		{"after a clause with अब", "डोनाल्ड ट्रंप ने कहा कि नाइजल फराज अब उनकी पसंद नहीं हैं और उन्हें उनका समर्थन भी नहीं रहा।", []string{"donald-trump>nigel-farage:h"}},
		// Must not fire.
		{"progressive", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप का समर्थन नहीं कर रहे।", nil},
		{"past deed denied", "एलन मस्क ने डोनाल्ड ट्रंप का समर्थन नहीं किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
