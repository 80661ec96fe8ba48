package work

import (
	"testing"
	"time"
)

// TestSession19MoneyRefused: money refused for the future is a withdrawal
// (SCHEMA: X → Y hostile, kind rupture) in all its wordings — money put
// into Y ("Y में और पैसा नहीं लगाएगा", headline order "Y में नहीं लगाएगा
// पैसा"), money given with the emphatic भी ("Y के अभियान को एक डॉलर भी
// नहीं देंगे"), every person of the future. A habitual or past refusal,
// or a question is no withdrawal.
func TestSession19MoneyRefused(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no more money into Y", "ओरेकल ने कहा कि वह अब स्टारगेट में और पैसा नहीं लगाएगा।", []string{"oracle>stargate:h"}},
		{"no new money, plural", "मासायोशी सन ने कहा कि वह अब ओपनएआई में कोई नया पैसा नहीं लगाएंगे।", []string{"masayoshi-son>openai:h"}},
		{"Y's funding round", "माइक्रोसॉफ्ट ने बताया कि वह अब ओपनएआई के किसी नए फंडिंग दौर में पैसा नहीं लगाएगी।", []string{"microsoft>openai:h"}},
		{"headline order", "सॉफ्टबैंक ने साफ किया कि वह ओपनएआई में अब नहीं लगाएगा पैसा।", []string{"softbank>openai:h"}},
		{"not a dollar more", "एलन मस्क ने लिखा कि डोनाल्ड ट्रंप के अभियान को अब वह एक डॉलर भी नहीं देंगे।", []string{"elon-musk>donald-trump:h"}},
		{"fund refused, singular future", "सॉफ्टबैंक ने कहा कि वह अब ओपनएआई को फंड नहीं देगा।", []string{"softbank>openai:h"}},
		// Must not fire: a habit, a past refusal, asked.
		{"habitual", "मासायोशी सन ने कहा कि वह उन कंपनियों में पैसा नहीं लगाते जिनका कारोबार वह नहीं समझते।", nil},
		{"past", "रीड हॉफमैन ने कहा कि उन्होंने पिछले चुनाव में कमला हैरिस के अभियान को एक डॉलर भी नहीं दिया था।", nil},
		{"asked", "पत्रकारों ने पूछा कि क्या सॉफ्टबैंक अब ओपनएआई में पैसा नहीं लगाएगा।", nil},
		{"money not given, a habit", "रीड हॉफमैन ने कहा कि वह किसी उम्मीदवार को एक डॉलर भी नहीं देते।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
