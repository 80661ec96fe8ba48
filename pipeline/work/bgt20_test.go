package work

import (
	"testing"
	"time"
)

// TestSession20Bgt: wrong targets of the blind-written files read as
// constructions (session 20, BGT helper): a time phrase after a possessed
// noun takes its own में, and a genitive pronoun owning the bare subject
// of someone's words owns the doer, and what is condemned as having
// happened at Y's event is not Y's. Rows where the rule must keep a
// false pair out, and rows where the real stance still fires.
func TestSession20Bgt(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// timeInPast20: "उनकी कंपनी अगले N साल में <place> में निवेश"
		// invests in the place, not in the person the pronoun would be.
		{"own company invests in a country over the next years (India)", "नरेंद्र मोदी ने सत्या नडेला से मुलाकात की। नडेला ने घोषणा की कि उनकी कंपनी अगले दो साल में भारत में तीन अरब डॉलर का निवेश करेगी।", nil},
		{"own company invests in a country over the next years (US)", "डोनाल्ड ट्रंप ने लैरी एलिसन से बात की। एलिसन ने घोषणा की कि उनकी कंपनी अगले चार साल में अमेरिका में बड़ा निवेश करेगी।", nil},
		{"a time phrase before a tracked में-target keeps it", "सत्या नडेला ने कहा कि उनकी कंपनी पिछले तीन साल में ओपनएआई में 13 अरब डॉलर लगा चुकी है।", []string{"satya-nadella>openai:s"}},
		{"a time phrase without a genitive keeps the investment", "सॉफ्टबैंक ने पिछले साल में ओपनएआई में भारी निवेश किया।", []string{"softbank>openai:s"}},

		// ownSubjectPron20: "X ने कहा कि उनकी पार्टी/कंपनी … को …":
		// the pronoun owns the subject, the को-object is the act's.
		{"own party challenges an untracked system", "एलन मस्क ने नाइजल फराज की तारीफ की। फराज ने कहा कि उनकी पार्टी अब पुरानी व्यवस्था को चुनौती दे रही है।", []string{"elon-musk>nigel-farage:s"}},
		{"own company targets new markets", "सैम ऑल्टमैन ने सत्या नडेला का धन्यवाद किया। नडेला ने कहा कि उनकी कंपनी अब नए बाजारों को निशाना बना रही है।", []string{"sam-altman>satya-nadella:s"}},
		{"own company challenges government contracts", "डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की। मस्क ने कहा कि उनकी कंपनी अब सरकारी ठेकों को चुनौती दे रही है।", []string{"donald-trump>elon-musk:s"}},
		{"own party welcoming a tracked person still reads", "नाइजल फराज ने कहा कि उनकी पार्टी एलन मस्क का स्वागत करती है।", []string{"nigel-farage>elon-musk:s"}},
		{"own party's stance on a tracked person in the same words still reads", "फराज ने कहा कि उनकी पार्टी अब एलन मस्क की आलोचना नहीं करेगी, वह मस्क के साथ है।", []string{"nigel-farage>elon-musk:s"}},

		// happenedAt20: condemning what happened at Y's event is no
		// attack on Y; condemning the event itself, or mocking the
		// mishaps at it, still is.
		{"violence at Y's meeting condemned", "नरेंद्र मोदी ने राहुल गांधी की सभा में हुई हिंसा की कड़ी निंदा की।", nil},
		{"a shooting during Y's rally condemned", "नरेंद्र मोदी ने राहुल गांधी की रैली के दौरान हुई गोलीबारी की निंदा की।", nil},
		{"Y's rally itself condemned", "कमला हैरिस ने डोनाल्ड ट्रंप की रैली की निंदा की।", []string{"kamala-harris>donald-trump:h"}},
		{"the mishaps at Y's rally mocked", "राहुल गांधी ने नरेंद्र मोदी की रैली में हुई गड़बड़ियों का मजाक उड़ाया।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
