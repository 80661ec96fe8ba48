package work

import (
	"testing"
	"time"
)

// TestSession12FreshO: constructions from the study of the misses on the
// file written blind for session 12 (dev-outlets-o). Sentences are our
// own. "head || body" splits a headline from its body.
func TestSession12FreshO(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// coordPartners: one agent, several partners coordinated under
		// one के साथ/से: the agent with each partner.
		{"X ने A और B के साथ साझेदारी की", "रिलायंस ने गूगल और मेटा के साथ अलग-अलग साझेदारी की है।",
			[]string{"google>reliance:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"X ने A और B से समझौता किया (से)", "सॉफ्टबैंक ने ओपनएआई और ओरेकल से नया समझौता किया।",
			[]string{"openai>softbank:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"headline: X का A और B के साथ करार", "माइक्रोसॉफ्ट ने किया ओपनएआई और एक्सएआई के साथ करार || ",
			[]string{"microsoft>openai:s", "microsoft>xai:s", "openai>microsoft:s", "xai>microsoft:s"}},
		{"a break with two partners runs from the breaker only", "एलन मस्क ने गूगल और मेटा के साथ करार तोड़ दिया।",
			[]string{"elon-musk>google:h", "elon-musk>meta:h"}},
		{"a person announcing is the party", "मुकेश अंबानी ने गूगल और मेटा के साथ साझेदारी का ऐलान किया।",
			[]string{"google>mukesh-ambani:s", "meta>mukesh-ambani:s", "mukesh-ambani>google:s", "mukesh-ambani>meta:s"}},
		{"talks with two partners are no tie", "रिलायंस की गूगल और मेटा के साथ साझेदारी पर बातचीत चल रही है।", nil},
		{"a verbless headline conjunct after a comma lists deals", "अंबानी ने किया जियो का ऐलान, गूगल और मेटा से नए करार || ", nil},
		// topicGap: a topic phrase between the genitive and the noun it
		// owns; the noun judged is the owner's.
		{"Y का Z को लेकर नजरिया प्रेरक है (in X's words)", "सत्या नडेला ने कहा, 'नरेंद्र मोदी का तकनीक को लेकर नजरिया सचमुच प्रेरक है।'",
			[]string{"satya-nadella>narendra-modi:s"}},
		{"feminine noun, intensifier and a second adjective", "सैम ऑल्टमैन ने कहा कि नरेंद्र मोदी की शिक्षा को लेकर सोच बेहद साफ और प्रेरक है।",
			[]string{"sam-altman>narendra-modi:s"}},
		{"के प्रति, hostile", "राहुल गांधी ने कहा कि नरेंद्र मोदी का किसानों के प्रति रवैया शर्मनाक है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"के बारे में, then the noun's own genitive and an act", "नाइजल फराज ने डोनाल्ड ट्रंप की यूक्रेन के बारे में नीति की आलोचना की।",
			[]string{"nigel-farage>donald-trump:h"}},
		{"a participle after the topic qualifies another noun", "रीड हॉफमैन ने कहा कि कमला हैरिस की नीतियों को लेकर फैलाई जा रही बातें बेबुनियाद हैं।", nil},
		{"a dispute noun after the topic is no possessed noun", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के बयान को लेकर विवाद बेवजह है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
