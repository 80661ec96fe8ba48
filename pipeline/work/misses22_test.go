package work

import (
	"testing"
	"time"
)

// TestSession22Refer: references that point back to what the story told
// (session 22, MISSES helper). Each rule has a row where it fires and a
// row where it must not.
func TestSession22Refer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// 1. A genitive pronoun crediting leadership in someone's words
		// ("उनके नेतृत्व में …") is the nearest name before it that is no
		// speaker (creditPraise13 with ownerPron22); a reflexive (अपने)
		// is the speaker's own and credits nobody.
		{"l1", "लैरी एलिसन ने डोनाल्ड ट्रंप से बातचीत के बाद कहा कि उनके नेतृत्व में अमेरिका तकनीक में आगे निकल रहा है।", []string{"larry-ellison>donald-trump:s"}},
		{"l2", "लैरी एलिसन ने डोनाल्ड ट्रंप से बातचीत के बाद कहा कि अपने नेतृत्व में कंपनी तकनीक में आगे निकल रही है।", nil},
		// 2. A demonstrative before a tie noun under any marker ("इस
		// साझेदारी की तारीफ") is the other party of the story's last
		// tie, seen from the party the sentence names, or from a person
		// tied to it (tieOther22).
		{"t1", "रिलायंस और मेटा ने नई साझेदारी की घोषणा की। मार्क जुकरबर्ग ने इस साझेदारी की तारीफ की।", []string{"mark-zuckerberg>reliance:s", "meta>reliance:s", "reliance>meta:s"}},
		{"t2", "रिलायंस और मेटा ने नई साझेदारी की घोषणा की। डोनाल्ड ट्रंप ने इस साझेदारी की तारीफ की।", []string{"meta>reliance:s", "reliance>meta:s"}},
		// 3. A relative after a comma whose antecedent is no name is the
		// host clause's act, and so its doer (actRelative22); not when
		// the host names another tracked party who could own the act.
		{"r1", "ओरेकल ने नया क्लाउड ढांचा शुरू करने का ऐलान किया, जिसकी डोनाल्ड ट्रंप ने खुलकर तारीफ की।", []string{"donald-trump>oracle:s"}},
		{"r2", "एलन मस्क ने एक नई योजना पेश की, जिसे सैम ऑल्टमैन ने बकवास बताया।", []string{"sam-altman>elon-musk:h"}},
		{"r4", "सम्मेलन में एलन मस्क, जिनकी सैम ऑल्टमैन ने कल खुलकर तारीफ की थी, नहीं पहुंचे।", []string{"sam-altman>elon-musk:s"}},
		{"r3", "एलन मस्क ने कल डोनाल्ड ट्रंप के विधेयक की चर्चा की, जिसकी सैम ऑल्टमैन ने तारीफ की।", nil},
		// 4. The plural demonstratives इन/उन point back to an act as
		// इस/उस do ("उन दावों", "इन बयानों"); उन before a postposition
		// stays the pronoun. A bid and an advert are acts that stay
		// their maker's (grounding.yaml acts_said).
		{"d1", "कमला हैरिस ने कई दावे किए। डोनाल्ड ट्रंप ने उन दावों को झूठा बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"d2", "कमला हैरिस ने रैली की। डोनाल्ड ट्रंप ने उन पर हमला बोला।", []string{"donald-trump>kamala-harris:h"}},
		{"d3", "एलन मस्क ने नया विज्ञापन जारी किया। सैम ऑल्टमैन ने इस विज्ञापन को भ्रामक बताया।", []string{"sam-altman>elon-musk:h"}},
		{"d4", "एलन मस्क ने कंपनी खरीदने के लिए बोली लगाई। सैम ऑल्टमैन ने इस बोली का मजाक उड़ाया।", []string{"sam-altman>elon-musk:h"}},
		// 5. "उनकी कंपनी ने …" in someone's words: the speaker's one
		// company the story names is the doer (ownPronAgent22,
		// ownCompanyAgent22); with no company named, the reading is
		// unchanged.
		{"o1", "ओरेकल के चेयरमैन लैरी एलिसन ने बताया कि उनकी कंपनी ने ओपनएआई को पांच करोड़ डॉलर का अनुदान दिया है।", []string{"oracle>openai:s"}},
		{"o2", "लैरी एलिसन ने बताया कि उनकी कंपनी ने ओपनएआई में निवेश किया है।", []string{"larry-ellison>openai:s"}},
		// 6. उन्होंने after और in someone's words carries on the
		// tracked subject the words began with (subjectCarried22); not
		// with another pronoun in its clause, nor after लेकिन.
		{"c1", "एलन मस्क ने कहा कि लैरी एलिसन अब हवाई में रहते हैं और उन्होंने अमेरिका में कमाल का काम किया है।", []string{"elon-musk>larry-ellison:s"}},
		{"c2", "एलन मस्क ने कहा कि लैरी एलिसन अब हवाई में रहते हैं और उन्होंने उनकी कंपनी की तारीफ की है।", []string{"elon-musk>larry-ellison:s"}},
		{"c3", "एलन मस्क ने कहा कि लैरी एलिसन अब हवाई में रहते हैं, लेकिन उन्होंने अमेरिका में कमाल का काम किया है।", nil},
		// 7. "… ने कहा कि यह कंपनी …": a demonstrative before the
		// organisation noun opening someone's words points at the same
		// organisation as the bare noun does (orgSubjectOpens19).
		{"y1", "ओपनएआई ने नया मॉडल जारी किया। एलन मस्क ने कहा कि यह कंपनी धोखेबाज है।", []string{"elon-musk>openai:h"}},
		{"y2", "ओपनएआई ने नया मॉडल जारी किया। एलन मस्क ने कहा कि यह मॉडल धोखा है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
