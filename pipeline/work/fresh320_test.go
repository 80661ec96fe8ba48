package work

import (
	"testing"
	"time"
)

// TestSession20MistakeLabels: a mistake or blunder with its adjective
// (ऐतिहासिक/बड़ी/भारी भूल, ऐतिहासिक/भारी/गंभीर/भयानक/महंगी गलती) that a
// calling verb closes is criticism of the one whose act is called so
// (blind dai-015: "ऐतिहासिक" alone is praise, so the historic blunder
// read as support). A label that ends in a flipper word still ends the
// support it judges ("Y पर भरोसा करना बड़ी भूल", as "… भूल"). Not said
// of one's own act, not a forgetting, not negated.
func TestSession20MistakeLabels(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"historic blunder, headline verb first", "दुनिया के सबसे अमीर व्यक्ति एलन मस्क ने डोनाल्ड ट्रंप के टैरिफ को बताया 'ऐतिहासिक भूल' || ", []string{"elon-musk>donald-trump:h"}},
		{"historic mistake", "कमला हैरिस ने डोनाल्ड ट्रंप की व्यापार नीति को ऐतिहासिक गलती करार दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"grave mistake", "सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट का नया कदम एक गंभीर गलती है, और उन्होंने माइक्रोसॉफ्ट के कदम को गंभीर गलती बताया।", []string{"sundar-pichai>microsoft:h"}},
		{"heavy blunder", "राहुल गांधी ने नरेंद्र मोदी के फैसले को 'भारी भूल' कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"trust a big blunder, headline", "मस्क बोले- 'ऑल्टमैन पर भरोसा करना बड़ी भूल' || ", []string{"elon-musk>sam-altman:h"}},
		{"support a heavy mistake, headline", "फराज बोले- 'मस्क का समर्थन करना भारी गलती' || ", []string{"nigel-farage>elon-musk:h"}},
		// Must not fire.
		{"historic, praise", "एलन मस्क ने डोनाल्ड ट्रंप की जीत को ऐतिहासिक बताया।", []string{"elon-musk>donald-trump:s"}},
		{"forgot", "डोनाल्ड ट्रंप ने कहा कि वे एलन मस्क को भूल गए हैं।", nil},
		{"no mistake made", "मुकेश अंबानी ने कहा कि गौतम अडानी से कोई भारी भूल नहीं हुई।", nil},
		{"own mistake", "सत्या नडेला ने इसे अपनी बड़ी भूल बताया और सैम ऑल्टमैन से बात की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20ChargedCompanyOwner: in the that-clause of a charge, a
// named company that acts after its owner's genitive and a kind noun ("X
// ने आरोप लगाया कि Y की कंपनी Z ने …", blind dcr-057a/b) charges the
// owner too, as "Y की कंपनी ने …" already did. In praise, or with the
// company as the main clause's doer, the owner is neither target nor
// source.
func TestSession20ChargedCompanyOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"charge, company named", "राहुल गांधी ने आरोप लगाया कि अंबानी की कंपनी रिलायंस ने सांठगांठ करके स्पेक्ट्रम हथिया लिया।", []string{"rahul-gandhi>mukesh-ambani:h", "rahul-gandhi>reliance:h"}},
		{"charge while speaking", "कमला हैरिस ने आरोप लगाते हुए कहा कि मार्क जुकरबर्ग की कंपनी मेटा ने चुनाव में झूठ फैलाया।", []string{"kamala-harris>mark-zuckerberg:h", "kamala-harris>meta:h"}},
		// Must not fire.
		// (Praise of "P की कंपनी O" counts on P by the session 25
		// ruling, chief25.go, not by this rule.)
		{"praise keeps the company", "डोनाल्ड ट्रंप ने कहा कि मार्क जुकरबर्ग की कंपनी मेटा ने शानदार काम किया है।", []string{"donald-trump>mark-zuckerberg:s", "donald-trump>meta:s"}},
		{"company as the doer", "मुकेश अंबानी की कंपनी रिलायंस ने गौतम अडानी की आलोचना की।", []string{"reliance>gautam-adani:h"}},
		{"company says", "एलन मस्क की कंपनी टेस्ला ने आरोप लगाया कि सैम ऑल्टमैन झूठे हैं।", []string{"tesla>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20WhisperTalk: talk told as whispers or murmurs (कानाफूसी,
// सुगबुगाहट, फुसफुसाहट है कि …, blind dcr-025b) is speculation like
// अटकलें/अफवाह: what it relays is no stance. A deed that the murmur only
// follows stands.
func TestSession20WhisperTalk(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"whispers", "सिलिकॉन वैली में कानाफूसी है कि लैरी एलिसन सैम ऑल्टमैन को सबसे दूरदर्शी उद्यमी मानते हैं।", nil},
		{"murmurs", "राजनीतिक गलियारों में सुगबुगाहट है कि नरेंद्र मोदी ने गौतम अडानी से दूरी बना ली है।", nil},
		{"whisper", "बाजार में फुसफुसाहट है कि एलन मस्क ने सैम ऑल्टमैन पर मुकदमा करने का फैसला किया है।", nil},
		// Must not drop: the deed is told as fact, the murmur follows it.
		{"deed then murmur", "एलन मस्क ने सैम ऑल्टमैन पर मुकदमा किया, जिससे सिलिकॉन वैली में सुगबुगाहट तेज हो गई।", []string{"elon-musk>sam-altman:h"}},
		{"no whisper word", "सिलिकॉन वैली में लैरी एलिसन ने सैम ऑल्टमैन को सबसे दूरदर्शी उद्यमी बताया।", []string{"larry-ellison>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20TrustHurt: trust hurt ("Y ने (हमारे) भरोसे/विश्वास को
// (गहरी) ठेस/चोट पहुंचाई", blind dcr-066b) is the charge of trust broken,
// quote first or in a that-clause. Feelings hurt, and trust said to stay
// unhurt, are no charge.
func TestSession20TrustHurt(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quote first", "‘ओपनएआई ने हमारे भरोसे को गहरी ठेस पहुंचाई है,’ माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने सम्मेलन में कहा।", []string{"satya-nadella>openai:h"}},
		{"that-clause, विश्वास, चोट", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने जनता के विश्वास को चोट पहुंचाई है।", []string{"kamala-harris>donald-trump:h"}},
		// Must not fire.
		{"feelings hurt", "राहुल गांधी ने कहा कि नरेंद्र मोदी के बयान से लोगों की भावनाओं को ठेस पहुंची है।", nil},
		{"trust unhurt", "सत्या नडेला ने कहा कि ओपनएआई के साथ साझेदारी से ग्राहकों के भरोसे को कोई ठेस नहीं पहुंचेगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20AttackOnPublicGood: an act or policy called an attack on
// freedom, democracy or the constitution (blind dcr-033a; dvd-009) is
// criticism of its owner. The phrase told of the world, or of an
// untracked thing, judges no tracked party.
func TestSession20AttackOnPublicGood(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"freedom, after a shared video", "कमला हैरिस ने एक्स पर एक वीडियो साझा कर डोनाल्ड ट्रंप की गर्भपात नीति को महिलाओं की आजादी पर हमला बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"democracy, करार दिया", "राहुल गांधी ने नरेंद्र मोदी के नए कानून को लोकतंत्र पर हमला करार दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"constitution", "राहुल गांधी ने नरेंद्र मोदी की सरकार के फैसले को संविधान पर हमला बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Must not fire.
		{"untracked thing called so", "एलन मस्क ने सेंसरशिप को अभिव्यक्ति की आजादी पर हमला बताया।", nil},
		{"told of the world", "मार्क जुकरबर्ग ने कहा कि दुनिया भर में आजादी पर हमला बढ़ रहा है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
