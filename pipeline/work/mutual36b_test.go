package work

import (
	"testing"
	"time"
)

// TestSession36bAnsweredEarlier: an answer points back at the attack it
// answers (answeredEarlier36b, mutual36b.go). The engine reads X → Y from
// a sentence with a reply word; Y's earlier act is the attack when Y is
// its ने-agent and it names X by an office the story gives X, or names X
// next to a third party, or tells Y's attack with a bare attack frame
// aimed at no one tracked. The rows give only X → Y without the rule.
// Controls, unchanged: a question frame (a report), an accusation whose
// content names someone untracked, an answer with no reply word.
func TestSession36bAnsweredEarlier(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a bare attack on the party and its leader", "नासिक। प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को नासिक की जनसभा में कांग्रेस और उसके नेता पर तीखा हमला बोला। मंच पर राज्य के कई मंत्री मौजूद थे। शाम को राहुल गांधी ने एक वीडियो जारी कर जवाब दिया कि प्रधानमंत्री घबराए हुए हैं।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"named by office beside a third party", "नई दिल्ली। लोकसभा में बुधवार को बजट पर बहस के दौरान कांग्रेस नेता राहुल गांधी ने उद्योगपतियों की बढ़ती दौलत का मुद्दा उठाया। राहुल ने पूछा, 'प्रधानमंत्री जी, मुकेश अंबानी से आपकी कितनी निजी मुलाकातें हुईं?' सत्ता पक्ष के सांसदों ने हंगामा किया। अगले दिन जवाब में प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी पर तंज कसते हुए कहा कि कुछ लोग हताशा में कुछ भी बोल देते हैं।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"a question frame only", "सैन फ्रांसिस्को। एलन मस्क ने गुरुवार को एक्स पर लंबी पोस्ट लिखकर नई एआई नीति पर कई सवाल उठाए। सैम ऑल्टमैन ने जवाब में कहा कि मस्क हर बात में साजिश देखते हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		{"an accusation aimed at someone untracked", "सैन फ्रांसिस्को। एलन मस्क ने गुरुवार को एपल पर अपने चैटबॉट के साथ भेदभाव करने का आरोप लगाया। सैम ऑल्टमैन ने जवाब में कहा कि मस्क हर बात में साजिश देखते हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		{"an answer with no reply word", "नासिक। प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को नासिक की जनसभा में कांग्रेस और उसके नेता पर तीखा हमला बोला। मंच पर राज्य के कई मंत्री मौजूद थे। शाम को राहुल गांधी ने एक वीडियो में कहा कि प्रधानमंत्री घबराए हुए हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession36bAnsweredHeadline: the attack an answer points back at
// may be told as Y's with a genitive ("… पर Y का तंज") or stand in the
// headline (answeredEarlier36b, genAttackOf36b). The rows give only
// X → Y without the reading. Control, unchanged: a genitive that is the
// target, not the doer ("Y का नाम लिए बिना").
func TestSession36bAnsweredHeadline(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a jibe told as Y's", "'जो मैदान में उतरने से डरते हैं, वे बहाने गढ़ते हैं' — मार्क जुकरबर्ग के साथ प्रस्तावित मुकाबला टलने के बाद एलन मस्क का तंज। जुकरबर्ग ने बुधवार को जवाब दिया कि मस्क इस मुकाबले को लेकर गंभीर नहीं हैं।",
			[]string{"mark-zuckerberg>elon-musk:h", "elon-musk>mark-zuckerberg:h"}},
		{"the headline tells Y's words", "ओपनएआई ने सार्वजनिक किए एलन मस्क के पुराने संदेश, कहा- वह इसे अपनी कार कंपनी का हिस्सा बनाना चाहते थे || सैन फ्रांसिस्को। एलन मस्क के मुकदमे के जवाब में ओपनएआई ने बुधवार को अपनी वेबसाइट पर कुछ पुराने ईमेल जारी किए।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		// Control.
		{"a genitive that is the target", "लोकसभा में प्रधानमंत्री का विपक्ष पर तंज, राहुल का नाम लिए बिना बोले- 'कुछ लोग हार पचा नहीं पा रहे' || नई दिल्ली। प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को धन्यवाद प्रस्ताव पर जवाब देते हुए राहुल गांधी का नाम लिए बिना कहा कि कुछ लोग हार पचा नहीं पा रहे।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 8, 14, 0, 0, 0, 0, time.UTC), cases)
}
