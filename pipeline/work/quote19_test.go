package work

import (
	"testing"
	"time"
)

// TestSession19Quote: deeds and verdicts said inside someone's words,
// read as families (session 19, QUOTE helper). Each family has rows
// where it fires and rows where it must not.
func TestSession19Quote(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// An agreement or promise not honoured (करार/समझौते/वादे/शर्तों
		// का सम्मान/पालन नहीं किया), as "वादा नहीं निभाया"; honoured, or
		// said by the narrator, it is nothing.
		{"'Y ने करार की भावना का सम्मान नहीं किया,' X बोले", "\"माइक्रोसॉफ्ट ने करार की भावना का सम्मान नहीं किया,\" सैम ऑल्टमैन बोले।", []string{"sam-altman>microsoft:h"}},
		{"X ने कहा कि Y ने करार की शर्तों का पालन नहीं किया", "मुकेश अंबानी ने कहा कि गूगल ने करार की शर्तों का पालन नहीं किया।", []string{"mukesh-ambani>google:h"}},
		{"honoured: Y ने करार का पूरा सम्मान किया", "सत्या नडेला ने कहा कि ओपनएआई ने करार का पूरा सम्मान किया।", nil},
		{"narration: Y ने समझौते का पालन नहीं किया", "अदालत के मुताबिक गौतम अडानी ने समझौते का पालन नहीं किया।", nil},

		// The den as a family: of hate or lies spread, of corruption;
		// the owner of the thing called a den is judged with it.
		{"'Y का एक्स नफरत फैलाने का अड्डा बन चुका है'", "मार्क जुकरबर्ग बोले- \"मस्क का एक्स अब नफरत फैलाने का अड्डा बन चुका है\" || कुछ नहीं।", []string{"mark-zuckerberg>elon-musk:h", "mark-zuckerberg>x-corp:h"}},
		{"X ने कहा कि Y झूठ फैलाने का अड्डा है", "कमला हैरिस ने कहा कि एक्स झूठ फैलाने का अड्डा है।", []string{"kamala-harris>x-corp:h"}},
		{"a place named a den by the narrator", "पुलिस के मुताबिक यह इमारत भ्रष्टाचार का अड्डा थी।", nil},

		// Pushed into ruin (दलदल/गर्त/खाई/बदहाली में धकेल-) or sunk
		// (कर्ज/घाटे/संकट में डुबो-) by Y or Y's thing, in X's words; an
		// untracked cause is no one's.
		{"'Y देश को कर्ज के दलदल में धकेल देंगे,' X ने कहा", "\"डोनाल्ड ट्रंप देश को कर्ज के दलदल में धकेल देंगे,\" एलन मस्क ने कहा।", []string{"elon-musk>donald-trump:h"}},
		{"X ने कहा कि Y की नीतियों ने देश को गर्त में धकेल दिया", "राहुल गांधी ने कहा कि नरेंद्र मोदी की नीतियों ने देश को गर्त में धकेल दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y ने कंपनी को घाटे में डुबो दिया", "सैम ऑल्टमैन ने कहा कि एलन मस्क ने ट्विटर को घाटे में डुबो दिया।", []string{"sam-altman>elon-musk:h"}},
		{"'Y का यह बिल देश को कर्ज के दलदल में धकेल देगा,' X ने कहा", "\"ट्रंप का यह बिल देश को कर्ज के दलदल में धकेल देगा,\" मस्क ने कहा।", []string{"elon-musk>donald-trump:h"}},
		{"X ने कहा कि Y ने किसानों को कर्ज के जाल में फंसा दिया", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने किसानों को कर्ज के जाल में फंसा दिया है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"narration: महंगाई ने परिवारों को कर्ज के जाल में फंसा दिया", "अर्थशास्त्रियों के मुताबिक महंगाई ने परिवारों को कर्ज के जाल में फंसा दिया है।", nil},
		{"an untracked cause: महंगाई ने देश को गर्त में धकेल दिया", "डोनाल्ड ट्रंप ने कहा कि महंगाई ने देश को गर्त में धकेल दिया।", nil},

		// A court, law or agency used as a weapon (हथियार की तरह / के
		// रूप में / के तौर पर इस्तेमाल कर-, को हथियार बना-): the doer is
		// charged; a के खिलाफ phrase of another noun is not the victim.
		{"X ने कहा कि Y अदालत को हथियार की तरह इस्तेमाल कर रहे हैं", "सैम ऑल्टमैन ने कहा कि एलन मस्क अदालत को हथियार की तरह इस्तेमाल कर रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"'Y ने टैरिफ को हथियार बना लिया है,' X ने कहा", "\"डोनाल्ड ट्रंप ने टैरिफ को हथियार बना लिया है,\" कमला हैरिस ने कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"a के खिलाफ phrase of the suits, not of the weapon", "एलन मस्क ने लिखा कि रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ चल रहे कई केसों को फंड करके न्याय व्यवस्था को हथियार बनाया है।", []string{"elon-musk>reid-hoffman:h"}},
		{"weapons made: हथियार बनाने वाली कंपनी", "एलन मस्क ने कहा कि स्पेसएक्स हथियार बनाने वाली कंपनी नहीं है।", nil},

		// Selling out with को (देश/लोकतंत्र/जनता को बेच-, कौड़ियों के
		// भाव बेच-, देश को नीलाम कर-), as "देश बेच-": the doer is
		// charged; a firm's own sale, or negated, is nothing.
		{"'वे देश को बेच रहे हैं।' X ने यह बात Y के बारे में कही", "\"वे देश को बेच रहे हैं।\" रायबरेली में राहुल गांधी ने यह बात नरेंद्र मोदी के बारे में कही।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y ने कौड़ियों के भाव बेच दिए", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने सरकारी जमीनें कौड़ियों के दाम बेच दीं।", []string{"kamala-harris>donald-trump:h"}},
		{"negated: कौड़ियों के भाव नहीं बेचा", "मुकेश अंबानी ने कहा कि रिलायंस ने अपना पुराना कारोबार कौड़ियों के भाव नहीं बेचा।", nil},
		{"a firm's own shares sold (no verdict)", "सॉफ्टबैंक ने कहा कि उसने एनवीडिया के शेयर बेच दिए हैं।", nil},

		// Skilled at a vice (झूठ बोलने/धोखा देने/गुमराह करने/बहाने
		// बनाने … में माहिर); a skill alone is no verdict.
		{"'वह झूठ बोलने में माहिर हैं।' X ने यह बात Y के बारे में कही", "\"वह झूठ बोलने में माहिर हैं।\" यह बात कमला हैरिस ने मंगलवार रात डोनाल्ड ट्रंप के बारे में कही।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने कहा कि Y गुमराह करने में माहिर हैं", "सैम ऑल्टमैन ने कहा कि एलन मस्क लोगों को गुमराह करने में माहिर हैं।", []string{"sam-altman>elon-musk:h"}},
		{"a skill: Y कोडिंग में माहिर हैं", "एलन मस्क ने कहा कि सैम ऑल्टमैन कोडिंग में माहिर हैं।", nil},

		// "इसे" with no act named before it: the attack on the one who
		// calls it, by the one who acted in the sentence before
		// (itsActOwner); not X's own act in the same sentence, not a
		// charge or a word that only calls it untrue (a denial), not a
		// third person's calling.
		{"Y ने X का मजाक उड़ाया। X ने इसे शर्मनाक बताया", "एलन मस्क ने कमला हैरिस का मजाक उड़ाया। कमला हैरिस ने इसे शर्मनाक बताया।", []string{"elon-musk>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"… X के अभियान ने इसे 'सस्ती राजनीति' कहा", "एलन मस्क ने एक्स पर कमला हैरिस की तस्वीर डालकर उनका मजाक उड़ाया। हैरिस के अभियान ने इसे 'सस्ती राजनीति' कहा।", []string{"elon-musk>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"X's own act: … जारी किया और इसे ऐतिहासिक बताया", "डोनाल्ड ट्रंप ने कमला हैरिस पर हमला बोला। कमला हैरिस ने नया विज्ञापन जारी किया और इसे ऐतिहासिक बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"a charge called shameful: a denial", "डोनाल्ड ट्रंप ने कमला हैरिस पर आरोप लगाया। कमला हैरिस ने इसे शर्मनाक बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"an attack called baseless: a denial", "डोनाल्ड ट्रंप ने कमला हैरिस पर हमला बोला। कमला हैरिस ने इसे बेबुनियाद बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"a third person calls it: not the attacked one", "डोनाल्ड ट्रंप ने कमला हैरिस पर हमला बोला। एलन मस्क ने इसे शर्मनाक बताया।", []string{"donald-trump>kamala-harris:h"}},

		// Base politics (सस्ती/घटिया/ओछी/गंदी/निचले स्तर की राजनीति):
		// an act so called, or done by Y.
		{"X ने Y की टिप्पणी को ओछी राजनीति बताया", "नरेंद्र मोदी ने राहुल गांधी की टिप्पणी को ओछी राजनीति बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"'Y सस्ती राजनीति कर रहे हैं,' X ने कहा", "\"डोनाल्ड ट्रंप सस्ती राजनीति कर रहे हैं,\" कमला हैरिस ने कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"politics as a topic: सस्ती राजनीति पर बहस", "संसद में सस्ती राजनीति पर बहस हुई।", nil},

		// Praise as the backbone or pillar (की रीढ़ है, रीढ़ की हड्डी,
		// मजबूत/अहम स्तंभ) and a lesson for others (दूसरों/सबके/दुनिया के
		// लिए सबक); a broken backbone and a lesson for Y himself are no
		// praise, and a narrator's line is no one's.
		{"X ने कहा कि Y के साथ साझेदारी हमारी रणनीति की रीढ़ है", "सत्या नडेला ने कहा कि ओपनएआई के साथ साझेदारी हमारी रणनीति की रीढ़ है।", []string{"satya-nadella>openai:s"}},
		{"'Y ने जो रास्ता चुना, वह दूसरों के लिए सबक है,' X ने कहा", "\"नरेंद्र मोदी ने जो रास्ता चुना है, वह दूसरों के लिए सबक है,\" सैम ऑल्टमैन ने कहा।", []string{"sam-altman>narendra-modi:s"}},
		{"रीढ़ तोड़ दी is no praise", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने किसानों की रीढ़ तोड़ दी है।", nil},
		{"a lesson for Y himself is no praise", "नरेंद्र मोदी ने कहा कि यह हार राहुल गांधी के लिए सबक है।", nil},
		{"narration: Y अर्थव्यवस्था की रीढ़ है", "विश्लेषकों के मुताबिक रिलायंस अर्थव्यवस्था की रीढ़ है।", nil},

		// A government run for cronies (दोस्तों/अरबपतियों/अमीरों … के
		// लिए सरकार/देश चला-); for the poor, or a narrator's line, it is
		// nothing.
		{"'Y सिर्फ अपने दो-तीन दोस्तों के लिए सरकार चला रहे हैं,' X ने कहा", "\"प्रधानमंत्री मोदी सिर्फ अपने दो-तीन दोस्तों के लिए सरकार चला रहे हैं,\" राहुल ने कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y अरबपतियों के लिए देश चलाना चाहते हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अरबपतियों के लिए देश चलाना चाहते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"for the poor: no charge", "नरेंद्र मोदी ने कहा कि उनकी सरकार गरीबों के लिए सरकार चला रही है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
