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
