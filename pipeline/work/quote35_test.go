package work

import (
	"testing"
	"time"
)

// TestQuote35 (session 35, contrast): in quoted words a bare subject
// before the frame word — a name with no vocative mark, or the pronoun
// standing for the one the words are about — does the act; the speaker
// backs no one (quote35.go subjectActs35). Controls: a name addressed
// (comma, जी), praise of the one named, a praise the subject earns.
func TestQuote35(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"quoted name holds a rally", " || कमला हैरिस ने पत्रकारों से कहा, “डोनाल्ड ट्रंप कल यहीं रैली कर रहे हैं।”", nil},
		{"quoted topic pronoun campaigns", " || डोनाल्ड ट्रंप का नाम आते ही कमला हैरिस बोलीं, “वह भी इन दिनों इसी राज्य में प्रचार कर रहे हैं।”", nil},
		{"quoted topic pronoun enters the race, weak", " || कमला हैरिस के बारे में पूछे जाने पर नाइजल फराज बोले, “वह बिना तैयारी के मैदान में उतरी एक कमजोर उम्मीदवार हैं।”", []string{"nigel-farage>kamala-harris:h"}},
		{"ctl name addressed with a comma", " || डोनाल्ड ट्रंप ने मंच से कहा, “एलन मस्क, शुक्रिया।”", []string{"donald-trump>elon-musk:s"}},
		{"ctl name addressed with जी", " || डोनाल्ड ट्रंप ने कहा, “मस्क जी, आपका धन्यवाद।”", []string{"donald-trump>elon-musk:s"}},
		{"ctl congratulations to the one named", " || डोनाल्ड ट्रंप ने कहा, “एलन मस्क को बहुत बधाई।”", []string{"donald-trump>elon-musk:s"}},
		{"ctl quoted name praised for his work", " || डोनाल्ड ट्रंप ने कहा, “एलन मस्क ने शानदार काम किया है।”", []string{"donald-trump>elon-musk:s"}},
	})
}

// TestWithdrawnAct35 (session 35, contrast): a withdrawal frame whose से
// is headed by an act (an oblique infinitive, or "-ने की <noun>") leaves
// the party that act names (withdrawnAct35). Controls: no party, an act
// against someone (पर), a coordinated pair, a plain से, के लिए.
func TestWithdrawnAct35(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"investment act under से", " || सॉफ्टबैंक ने ओपनएआई में दूसरी किस्त लगाने से हाथ खींच लिया।", []string{"softbank>openai:h"}},
		{"plan of an act under से", " || माइक्रोसॉफ्ट ने एक्सएआई के मॉडल को अपने सर्वरों पर चलाने की योजना से हाथ खींच लिया है।", []string{"microsoft>xai:h"}},
		{"ctl fund raising for Y (withdrawnFor18, as before)", " || एलन मस्क ने डोनाल्ड ट्रंप के लिए धन जुटाने से हाथ खींच लिए।", []string{"elon-musk>donald-trump:h"}},
		{"ctl no party in the act", " || सॉफ्टबैंक ने नई किस्त लगाने से हाथ खींच लिया।", nil},
		{"ctl plain से", " || सॉफ्टबैंक ने ओपनएआई से हाथ खींच लिया।", []string{"softbank>openai:h"}},
		{"ctl two parties coordinated (as before)", " || सॉफ्टबैंक ने ओपनएआई और ओरेकल में पैसा लगाने से हाथ खींच लिया।", []string{"softbank>openai:h", "softbank>oracle:h"}},
		{"ctl backing off a suit (पर is no party of a withdrawal)", " || सॉफ्टबैंक ने ओपनएआई पर मुकदमा करने की योजना से हाथ खींच लिया।", nil},
	})
}

// TestRefusal35 (session 35, contrast): a verb-first headline's plain
// refusal of an offer is no stance, as the verb-last sentence
// (plainRefusalFirst35); a calling converb closes its frame before a
// refusal verb (calledClosed35); an offer pointed back to by a
// demonstrative and called a joke mocks its maker (pointedAct35).
// Controls: a headline refusal that attacks, an invitation refused, a
// plain refusal, a price reason, a charge called baseless.
func TestRefusal35(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"headline: offer turned down, verb first", "मेटा ने ठुकराई गूगल की पेशकश || ", nil},
		{"headline: bid turned down, verb first", "ओपनएआई ने ठुकराई एलन मस्क की नई बोली || ", nil},
		{"offer called a joke before the refusal", " || टेस्ला ने मेटा की पेशकश को मजाक बताते हुए ठुकरा दिया।", []string{"tesla>meta:h"}},
		{"offer called a joke in quotes, converb बताकर", " || टेस्ला ने मेटा की पेशकश को 'मजाक' बताकर ठुकरा दिया।", []string{"tesla>meta:h"}},
		{"this offer called a joke", " || गूगल ने पिछले हफ्ते मेटा का एक हिस्सा खरीदने की पेशकश की थी। मेटा ने सोमवार को इस पेशकश को 'मजाक' बताया।", []string{"meta>google:h"}},
		{"ctl headline refusal with a jibe", "ओपनएआई ने ठुकराई एलन मस्क की बोली, बताया ध्यान भटकाने की चाल || ", []string{"openai>elon-musk:h"}},
		{"ctl headline invitation refused", "एलन मस्क ने ठुकराया डोनाल्ड ट्रंप का न्योता || ", []string{"elon-musk>donald-trump:h"}},
		{"ctl this offer turned down", " || गूगल ने पिछले हफ्ते मेटा का एक हिस्सा खरीदने की पेशकश की थी। मेटा ने इस पेशकश को ठुकरा दिया।", nil},
		{"ctl offer called low before the refusal", " || टेस्ला ने मेटा की पेशकश को बहुत कम बताते हुए ठुकरा दिया।", nil},
		{"ctl charges called baseless before the refusal", " || अडानी समूह ने राहुल गांधी के आरोपों को निराधार बताते हुए ठुकरा दिया।", nil},
	})
}

// TestAgentDeed35 (session 35, contrast): "Y के समर्थन/विरोध में" with
// the clause's ने-agent before it makes whatever the agent did next a
// deed for or against Y, also with an object or a place after the frame
// (agentDeed35). Controls: no agent (a bare subject's state), the frame
// as the act already, a negated deed.
func TestAgentDeed35(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"prizes handed out in support", " || एलन मस्क ने डोनाल्ड ट्रंप के समर्थन में मतदाताओं को हर दिन इनाम बांटे।", []string{"elon-musk>donald-trump:s"}},
		{"cars shown on the lawn in support", " || डोनाल्ड ट्रंप ने टेस्ला के समर्थन में लॉन पर नई गाड़ियां सजाईं।", []string{"donald-trump>tesla:s"}},
		{"crowds brought out in opposition", " || एलन मस्क ने डोनाल्ड ट्रंप के विरोध में समर्थकों को सड़कों पर उतारा।", []string{"elon-musk>donald-trump:h"}},
		{"ctl no agent, a crowd's mood", " || डोनाल्ड ट्रंप के समर्थन में लोगों में भारी उत्साह दिखा।", nil},
		{"ctl frame as the act (as before)", " || एलन मस्क डोनाल्ड ट्रंप के समर्थन में उतरे।", []string{"elon-musk>donald-trump:s"}},
	})
}
