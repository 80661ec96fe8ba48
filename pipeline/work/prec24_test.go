package work

import (
	"testing"
	"time"
)

// TestSession24Precision: six constructions in which a frame's act or a
// praise is not the clause's agent's (prec24.go). Rows written for the
// rules (none is a dev wording); each group's first rows fail without
// its rule, the rows marked "must stay" are controls.
func TestSession24Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// participleDoers24: the voters, not the speaker, back the bill.
		{"voters with their noun, under को", "एलन मस्क ने लिखा कि डोनाल्ड ट्रंप प्रशासन का खर्च विधेयक 'शर्मनाक' है और इसके पक्ष में वोट देने वाले सांसदों को शर्म आनी चाहिए।", []string{"elon-musk>donald-trump:h"}},
		{"those who stand for it, under को", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप का टैरिफ फैसला 'गलत' है और इसके पक्ष में खड़े होने वालों को शर्म आनी चाहिए।", []string{"nigel-farage>donald-trump:h"}},
		{"voters, a past law", "राहुल गांधी ने कहा कि नरेंद्र मोदी का कृषि कानून 'किसान विरोधी' था और इसके पक्ष में वोट देने वालों को किसानों से माफी मांगनी चाहिए।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"must stay: the participle says a tracked name", "कमला हैरिस का समर्थन करने वाले रीड हॉफमैन ने नया चंदा दिया।", []string{"reid-hoffman>kamala-harris:s"}},
		{"must stay: support asked for", "टेस्ला के बोर्ड ने शेयरधारकों से एलन मस्क के वेतन पैकेज के पक्ष में वोट देने की अपील की।", []string{"tesla>elon-musk:s"}},
		// withoutSubject24: "उनके बिना Y …" boasts, it does not praise Y.
		// (The headline's pair grounds उनके to the president.)
		{"without me he would not win", "ट्रंप-मस्क की दोस्ती खत्म || मस्क ने एक्स पर जवाब दिया कि राष्ट्रपति को पद छोड़ना चाहिए और उनके बिना ट्रंप चुनाव नहीं जीत पाते।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"without me not even a state", "ट्रंप-मस्क का रिश्ता टूटा || एलन मस्क ने पलटवार में लिखा कि राष्ट्रपति को माफी मांगनी चाहिए और उनके बिना ट्रंप पेंसिल्वेनिया भी नहीं जीत पाते।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"must stay: a deal after the pronoun", "सैम ऑल्टमैन ने डोनाल्ड ट्रंप का आभार जताया और कहा कि उनके बिना स्टारगेट मुमकिन नहीं था।", []string{"sam-altman>donald-trump:s"}},
		// sidesProxies24: the sides' lawyers or claims quarrel.
		{"the sides' lawyers argue", "एलन मस्क और ओपनएआई के मुकदमे की सुनवाई में मंगलवार को दोनों पक्षों के वकीलों के बीच तीखी बहस हुई।", nil},
		{"the sides' claims in dispute", "एलन मस्क ने ओपनएआई और सैम ऑल्टमैन पर मुकदमा किया है। अदालत ने कहा कि फैसला जूरी करेगी, क्योंकि दोनों पक्षों के दावों में तथ्यों को लेकर विवाद है।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"must stay: the two argue", "अदालत के बाहर एलन मस्क और सैम ऑल्टमैन के बीच तीखी बहस हुई।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		// hearsayOfOthers24: someone untracked reports a tracked party's
		// regard for another.
		{"an untracked official reports regard", "अमेरिकी उपराष्ट्रपति वेंस ने कहा कि डोनाल्ड ट्रंप नरेंद्र मोदी का बहुत सम्मान करते हैं।", nil},
		{"a press secretary reports a tie", "व्हाइट हाउस की प्रेस सचिव ने कहा कि डोनाल्ड ट्रंप और नरेंद्र मोदी के रिश्ते अब भी मजबूत हैं।", nil},
		{"must stay: a tied spokesperson", "डोनाल्ड ट्रंप के प्रवक्ता ने कहा कि राष्ट्रपति ने नरेंद्र मोदी की जमकर तारीफ की।", []string{"donald-trump>narendra-modi:s"}},
		{"must stay: a deal reported by sources", "सूत्रों ने बताया कि ओरेकल और ओपनएआई के बीच नया करार हुआ है।", []string{"openai>oracle:s", "oracle>openai:s"}},
		{"must stay: money reported by an official", "एक अधिकारी ने बताया कि माइक्रोसॉफ्ट ओपनएआई में 13 अरब डॉलर लगा चुका है।", []string{"microsoft>openai:s"}},
		// selfPraiseThis24: "कहा कि यह उनकी … सबसे अच्छी …" is a boast.
		{"this was his best debate", "बहस खत्म होने के बाद कमला हैरिस मंच से उतरीं। डोनाल्ड ट्रंप ने कहा कि यह उनकी अब तक की सबसे शानदार बहस थी।", nil},
		{"claimed: his best rally", "रैली में एलन मस्क भी मौजूद थे। डोनाल्ड ट्रंप ने दावा किया कि यह उनकी जिंदगी की सबसे अच्छी रैली थी।", nil},
		{"must stay: the praised one named", "सैम ऑल्टमैन ने डोनाल्ड ट्रंप का आभार जताया और कहा कि यह उनकी दूरदर्शिता का शानदार नतीजा है।", []string{"sam-altman>donald-trump:s"}},
		// futureObject24: a headline's future verb before its noun.
		{"will file a defamation suit", "अडानी समूह राहुल गांधी पर करेगा मानहानि का मुकदमा || कंपनी के वकीलों ने तैयारी शुरू की।", nil},
		{"will file a suit", "मेटा डोनाल्ड ट्रंप पर करेगी मुकदमा || कंपनी ने बयान जारी किया।", nil},
		{"must stay: a past verb before its noun", "अडानी समूह ने राहुल गांधी पर किया मानहानि का मुकदमा || कंपनी के वकीलों ने अर्जी दाखिल की।", []string{"adani-group>rahul-gandhi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
