package work

import (
	"testing"
	"time"
)

// TestSession27InterviewLabels: an interview printed with English labels
// ("Q: …" / "A: …", "Ques - …" / "Ans - …", "Q." and "A." as sentences of
// their own) is read like one with सवाल/जवाब (interview27.go): every
// answer is the words of the person introduced before the first question.
// A question label alone, an answer label with no question label and an
// interview with no interviewee named before it give nothing.
func TestSession27InterviewLabels(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Q:/A:", "लंदन से बातचीत || ब्रिटेन के नेता नाइजल फराज ने हमारे संवाददाता से बात की।\nQ: अमेरिका के चुनाव पर आपकी क्या राय है?\nA: डोनाल्ड ट्रंप मेरे पुराने दोस्त हैं और मैं खुलकर उनके साथ हूं।", []string{"nigel-farage>donald-trump:s"}},
		{"Q./A. bare labels", "खास बातचीत || टेक उद्यमी एलन मस्क ने एक पॉडकास्ट में लंबी बात की।\nQ. आपकी सबसे बड़ी शिकायत?\nA. सैम ऑल्टमैन ने लोगों का भरोसा तोड़ा है।", []string{"elon-musk>sam-altman:h"}},
		{"Ques -/Ans -", " || कांग्रेस नेता राहुल गांधी ने हमसे कई मुद्दों पर बात की।\nQues - संसद में क्या होगा?\nAns - नरेंद्र मोदी जनता को गुमराह कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"pronoun points to the one asked about", " || सॉफ्टबैंक के मासायोशी सन ने टोक्यो में बात की।\nQ: सैम ऑल्टमैन के बारे में?\nA: वे एक असाधारण नेता हैं।", []string{"masayoshi-son>sam-altman:s"}},
		// Must not fire.
		{"answer label with no question", " || नाइजल फराज ने लंदन में भाषण दिया।\nA: डोनाल्ड ट्रंप मेरे पुराने दोस्त हैं।", nil},
		{"no interviewee before the questions", " || एक पाठक ने हमें चिट्ठी लिखी।\nQ: डोनाल्ड ट्रंप के बारे में राय?\nA: वे एक असाधारण नेता हैं।", nil},
		{"question only", " || उद्योगपति मुकेश अंबानी ने हमसे बात की।\nQ: क्या आप गौतम अडानी की तारीफ करते हैं?\nA: अभी इस पर कुछ नहीं कहूंगा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27Interviewee: the interviewee is the person whose name is
// followed by the talk's ने or से in the intro, not a person named before
// them as a modifier (interviewee27). With no such mark, the first person
// named stays the speaker, as in session 21.
func TestSession27Interviewee(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"modifier before the agent", " || डोनाल्ड ट्रंप के करीबी एलन मस्क ने हमसे लंबी बात की।\nसवाल: सैम ऑल्टमैन के बारे में?\nजवाब: वे भरोसे के लायक नहीं हैं।", []string{"elon-musk>sam-altman:h"}},
		{"partner of the talk", " || कमला हैरिस के अभियान पर हमने रीड हॉफमैन से बातचीत की।\nQ: डोनाल्ड ट्रंप?\nA: वे लोकतंत्र के लिए खतरा हैं।", []string{"reid-hoffman>donald-trump:h"}},
		// Unchanged: no mark, the first person speaks.
		{"no mark", " || उद्योगपति मुकेश अंबानी, मुंबई में एक खास बातचीत।\nसवाल: गौतम अडानी के बारे में आपकी क्या राय है?\nजवाब: वे बहुत मेहनती उद्यमी हैं।", []string{"mukesh-ambani>gautam-adani:s"}},
		{"no person in the intro", " || एक पाठक ने हमें लिखा।\nसवाल: डोनाल्ड ट्रंप के बारे में राय?\nजवाब: वे एक असाधारण नेता हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
