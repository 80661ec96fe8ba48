package work

import (
	"testing"
	"time"
)

var when28 = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

// TestSession28AgentNoun: "X के एक पूर्व सहयोगी ने …" — an evaluative noun
// heading the ने-group is another person, who speaks; X is no speaker,
// neither of the words nor of the pronouns after them (speaker28.go).
func TestSession28AgentNoun(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"former associate speaks", " || सैम ऑल्टमैन के एक पूर्व सहयोगी ने कहा कि एलन मस्क ईर्ष्यालु हैं।", nil},
		{"old friend speaks", " || नरेंद्र मोदी के एक पुराने दोस्त ने कहा कि राहुल गांधी झूठे हैं।", nil},
		{"close associate, quote", " || डोनाल्ड ट्रंप के एक करीबी साथी ने कहा, “कमला हैरिस कमजोर नेता हैं।”", nil},
		{"pronoun after the associate", " || सैम ऑल्टमैन के एक पूर्व सहयोगी ने एक पॉडकास्ट में पुराने दिनों को याद किया। उनके मुताबिक एलन मस्क ईर्ष्यालु हैं।", nil},
		{"old friend, then उन्होंने", " || नरेंद्र मोदी के एक पुराने दोस्त ने अहमदाबाद में पत्रकारों से बात की। उन्होंने कहा कि राहुल गांधी झूठे हैं।", nil},
		{"close associate, then वह बोले", " || डोनाल्ड ट्रंप के एक करीबी साथी ने फ्लोरिडा में भाषण दिया। वह बोले कि कमला हैरिस कमजोर नेता हैं।", nil},
		// Unchanged.
		{"spokesman speaks for X", " || सैम ऑल्टमैन के प्रवक्ता ने कहा कि एलन मस्क ईर्ष्यालु हैं।", []string{"sam-altman>elon-musk:h"}},
		{"X's policies judged", " || राहुल गांधी ने कहा कि नरेंद्र मोदी की आर्थिक नीतियां गलत हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X himself speaks", " || सैम ऑल्टमैन ने एक पॉडकास्ट में पुराने दिनों को याद किया। उनके मुताबिक एलन मस्क ईर्ष्यालु हैं।", []string{"sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, when28, cases)
}
