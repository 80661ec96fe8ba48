package work

import (
	"testing"
	"time"
)

// Session 34 (FRAMES2): our own sentences for two outlet frames that
// round 1's harvest found failing over wording the engine reads. The
// first rows of each test fail at be2e35dd; the controls must stay.

// TestFrames34bPassiveCalling: the oblique passive of calling ("X द्वारा
// Y को <epithet> कहे/बताए जाने पर …") reads as "X द्वारा Y को … कहा
// गया" does (words.yaml calling_verbs34).
func TestFrames34bPassiveCalling(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"called a liar, on which", "नरेंद्र मोदी द्वारा राहुल गांधी को झूठा कहे जाने पर कांग्रेस नाराज हो गई।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"called a coward, after which", "राहुल गांधी द्वारा नरेंद्र मोदी को कायर कहे जाने के बाद भाजपा ने माफी की मांग की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"called a great leader", "डोनाल्ड ट्रंप द्वारा नरेंद्र मोदी को महान नेता कहे जाने पर भारत में चर्चा हुई।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"described as a cheat", "एलन मस्क द्वारा सैम ऑल्टमैन को धोखेबाज बताए जाने पर विवाद छिड़ गया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"described as a patriot", "एलन मस्क द्वारा डोनाल्ड ट्रंप को सच्चा देशभक्त बताए जाने के बाद बहस तेज हुई।",
			[]string{"elon-musk>donald-trump:s"}},
		{"held responsible", "कमला हैरिस द्वारा डोनाल्ड ट्रंप को हिंसा का जिम्मेदार ठहराए जाने से माहौल गरमा गया।",
			[]string{"kamala-harris>donald-trump:h"}},

		// Controls.
		{"finite passive (already read)", "नरेंद्र मोदी द्वारा राहुल गांधी को झूठा कहा गया।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"a phone call in the passive: neutral", "नरेंद्र मोदी द्वारा राहुल गांधी को फोन किए जाने पर चर्चा हुई।", nil},
		{"a title, no epithet", "नरेंद्र मोदी द्वारा राहुल गांधी को नेता प्रतिपक्ष कहे जाने पर चर्चा हुई।", nil},
		{"words said, no calling", "डोनाल्ड ट्रंप द्वारा कहे गए शब्दों पर एलन मस्क ने चुप्पी साधी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFrames34bParticipleSpeaker: a headline participle right before a
// name in the genitive of a speech noun ("Y पर बिफरे X का कहना है कि …")
// is X's act, as with "Y पर बिफरे X ने कहा" (participleSpeaker34b).
func TestFrames34bParticipleSpeaker(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"flared up at, says", "नरेंद्र मोदी पर बिफरे राहुल गांधी का कहना है कि सरकार झूठ बोल रही है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"angered at, says", "डोनाल्ड ट्रंप पर भड़के एलन मस्क का कहना है कि बिल बेकार है।",
			[]string{"elon-musk>donald-trump:h"}},
		{"rained on, says", "नरेंद्र मोदी पर बरसे कमला हैरिस का कहना है कि केंद्र भेदभाव करता है।",
			[]string{"kamala-harris>narendra-modi:h"}},
		{"flared up at, said (past)", "सैम ऑल्टमैन पर बिफरे एलन मस्क का कहना था कि कंपनी अपने रास्ते से भटक गई है।",
			[]string{"elon-musk>sam-altman:h"}},

		// Controls.
		{"ने form (already read)", "नरेंद्र मोदी पर बिफरे राहुल गांधी ने कहा कि सरकार झूठ बोल रही है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"met, says: a neutral participle", "डोनाल्ड ट्रंप से मिले एलन मस्क का कहना है कि बातचीत अच्छी रही।", nil},
		{"a question about what he says", "नरेंद्र मोदी पर बिफरे राहुल गांधी का कहना क्या है, यह साफ नहीं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFrames34bAngerHeadline: a headline with its verb first and the
// doer's genitive between the verb and the anger noun ("Y पर फूटा X का
// गुस्सा"): frames.yaml's bare गुस्सा line (par, khilaf, gen_source).
func TestFrames34bAngerHeadline(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"anger burst on", "नरेंद्र मोदी पर फूटा राहुल गांधी का गुस्सा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"anger burst on, with a quote", "डोनाल्ड ट्रंप पर फूटा एलन मस्क का गुस्सा, कहा- यह बिल शर्मनाक है।",
			[]string{"elon-musk>donald-trump:h"}},
		{"anger came out on", "एलन मस्क पर निकला डोनाल्ड ट्रंप का गुस्सा।",
			[]string{"donald-trump>elon-musk:h"}},
		{"anger against", "नरेंद्र मोदी के खिलाफ फूटा कमला हैरिस का गुस्सा।",
			[]string{"kamala-harris>narendra-modi:h"}},

		// Controls.
		{"verb last (already read)", "राहुल गांधी का नरेंद्र मोदी पर गुस्सा फूटा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"people's anger: untracked doer", "लोगों का नरेंद्र मोदी पर गुस्सा बढ़ रहा है।", nil},
		{"anger calmed, no target", "एलन मस्क का गुस्सा शांत हुआ।", nil},
		{"anger denied", "एलन मस्क ने कहा कि उन्हें डोनाल्ड ट्रंप पर गुस्सा नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
