package work

import (
	"testing"
	"time"
)

// TestReply27Charge: a charge or claim of Y that appears only as the
// thing another answers or is asked about is not reported as being made
// (session-26 ruling, rule 1, and the lead's decision): no Y → Z from
// it (answeredAt27, claimAnswered27). The first rows
// give Y → Z without the rule. Controls, unchanged: the same charge not
// answered (a probe demanded), a charge laid in a clause of its own and
// then rejected, a claim whose relative clause has Y as its agent.
func TestReply27Charge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"द्वारा participle, rejected", "कमला हैरिस द्वारा डोनाल्ड ट्रंप पर लगाए गए आरोपों को सांसदों ने खारिज कर दिया।", nil},
		{"claim in a passive relative, rejected", "सत्या नडेला ने एलन मस्क के उस दावे को खारिज किया जिसमें कहा गया था कि माइक्रोसॉफ्ट ने ओपनएआई को अपनी कठपुतली बना लिया है।", nil},
		{"claim asked about", "पत्रकारों ने सुंदर पिचाई से डोनाल्ड ट्रंप के उस आरोप के बारे में पूछा कि गूगल चुनाव में धांधली कर रहा है।", nil},
		// Controls.
		{"participle, not answered", "कमला हैरिस द्वारा डोनाल्ड ट्रंप पर लगाए गए आरोपों की जांच की मांग उठी।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"charge laid, then rejected", "कमला हैरिस ने डोनाल्ड ट्रंप पर भ्रष्टाचार के आरोप लगाए। ट्रंप ने आरोपों को खारिज कर दिया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"relative with Y as agent", "सत्या नडेला ने एलन मस्क के उस दावे को खारिज किया जिसमें मस्क ने कहा था कि माइक्रोसॉफ्ट ने ओपनएआई को अपनी कठपुतली बना लिया है।",
			[]string{"elon-musk>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestReply27Suit: Y's suit or petition named as Y's, with no defendant
// in its phrase, is a suit against the one who answers it, asks to
// dismiss it, or (an organisation) judges it (the lead's decision: "Y के
// मुकदमे पर जवाब" is Y → X lawsuit; answeredSuit27). The first rows give
// nothing without the rule. Controls: a person who judges someone's
// suit is no defendant; one asked about it answers nothing; a suit filed
// and a remark after it.
func TestReply27Suit(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"asks to dismiss", "ओपनएआई ने अदालत से एलन मस्क के मुकदमे को खारिज करने की मांग की।", []string{"elon-musk>openai:h"}},
		{"answers a petition", "माइक्रोसॉफ्ट ने एलन मस्क की याचिका पर अपना जवाब दाखिल किया।", []string{"elon-musk>microsoft:h"}},
		{"spokesperson judges it", "मेटा के प्रवक्ता ने कहा कि डोनाल्ड ट्रंप का मुकदमा पूरी तरह बेबुनियाद है।", []string{"donald-trump>meta:h"}},
		{"an organisation calls it a show", "गूगल ने डोनाल्ड ट्रंप के मुकदमे को राजनीतिक दिखावा बताया।", []string{"donald-trump>google:h"}},
		// Controls.
		{"a bystander judges it", "रीड हॉफमैन ने एलन मस्क के मुकदमे को जलन से उपजा बताया।", nil},
		{"asked about it", "पत्रकारों ने सैम ऑल्टमैन से एलन मस्क के मुकदमे के बारे में पूछा।", nil},
		{"filed, then a remark", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। सैम ऑल्टमैन ने कहा कि वह इस पर कुछ नहीं कहेंगे।", []string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestReply27PlainReply: a plain reply (जवाब, जवाब में) is no stance by
// itself (frames.yaml: polarity none); the reply's own words or an
// attack verb for it decide, and what it answers is only presupposed.
// The first rows give a hostile stance from the reply without the
// change. Controls: an attack verb (करारा जवाब, पलटवार) and a reply whose
// words attack.
func TestReply27PlainReply(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"headline reply to a threat", "डोनाल्ड ट्रंप की धमकी पर एलन मस्क का जवाब।", nil},
		{"headline reply to a bid", "एलन मस्क की बोली पर सैम ऑल्टमैन का जवाब", nil},
		{"emails released in reply", "एलन मस्क ने ओपनएआई को धोखेबाज कहा। जवाब में ओपनएआई ने मस्क के पुराने ईमेल जारी किए।",
			[]string{"elon-musk>openai:h"}},
		{"a statement in answer to a charge", "रिलायंस ने राहुल गांधी की ओर से कंपनी पर लगाए गए आरोपों के जवाब में लंबा बयान जारी किया।", nil},
		// Controls.
		{"करारा जवाब", "सैम ऑल्टमैन ने एलन मस्क को करारा जवाब दिया।", []string{"sam-altman>elon-musk:h"}},
		{"पलटवार", "सैम ऑल्टमैन ने एलन मस्क पर पलटवार किया।", []string{"sam-altman>elon-musk:h"}},
		{"a reply whose words attack", "एलन मस्क ने ओपनएआई को धोखेबाज कहा। जवाब में ओपनएआई ने कहा कि मस्क झूठ फैला रहे हैं।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestMutual27: last session's reply rules brought in line with rule 1.
// answeredAttacks25 no longer takes for the attack a hostile reply
// answers an act that is itself a reply or reports no words of Y's
// (plainAct27); retorts26 no longer reads "Y जो कहते हैं …" in a reply's
// words as words about Y (relHead27). The first rows add Y → X (or X →
// Y) without the change. Controls: an answered act with words, a quoted
// remark tagged by the act, a retort that talks about Y.
func TestMutual27(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a meeting answered", "सैम ऑल्टमैन ने एलन मस्क से मुलाकात की। जवाब में मस्क ने ऑल्टमैन को धोखेबाज कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a post with no words", "सैम ऑल्टमैन ने एलन मस्क के बारे में एक्स पर एक पोस्ट लिखी। इसके जवाब में मस्क ने ऑल्टमैन को धोखेबाज कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a reply answered", "सैम ऑल्टमैन ने एलन मस्क के आरोपों पर सफाई दी। इसके जवाब में मस्क ने ऑल्टमैन को झूठा कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a retort about what Y says", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। ऑल्टमैन ने जवाब में कहा कि मस्क जो कहते हैं वह उनकी निजी राय है।",
			[]string{"elon-musk>sam-altman:h"}},
		// Controls.
		{"an answered act with words", "सुंदर पिचाई ने सत्या नडेला के नए सर्च इंजन पर एक पोस्ट में लिखा कि इसमें कुछ भी नया नहीं है। जवाबी पोस्ट में नडेला ने पिचाई को घबराया हुआ बताया।",
			[]string{"satya-nadella>sundar-pichai:h", "sundar-pichai>satya-nadella:h"}},
		{"a quote tagged by the act", "'नहीं, शुक्रिया, पर हम आपकी कंपनी सस्ते में खरीद लेंगे।'—सैम ऑल्टमैन ने एलन मस्क की पेशकश इसी अंदाज में ठुकराई। मस्क ने पलटवार करते हुए ऑल्टमैन को 'ठग' कहा।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a retort about Y", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। ऑल्टमैन ने जवाब में कहा कि मस्क हर बहस को निजी बना देते हैं।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
