package work

import (
	"testing"
	"time"
)

// TestVeto38OuterWords: after a second speaker's report inside someone's
// words, ", तो" closing a जब/अगर clause returns to the outer speaker's
// words (condBack38, veto38.go). The first rows give nothing,
// or the inner speaker as the source, without it; the controls read the
// same both ways.
func TestVeto38OuterWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"जब … कहते हैं कि …, तो Y चुप", "कांग्रेस नेता राहुल गांधी ने रविवार को पटना में पूछा कि जब अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप बार-बार कह रहे हैं कि संघर्षविराम उन्होंने कराया, तो प्रधानमंत्री नरेंद्र मोदी संसद में चुप क्यों हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"जब … दावा करते हैं कि …, तो Y छिपा रहे", "राहुल गांधी ने लोकसभा में कहा कि जब डोनाल्ड ट्रंप खुलेआम दावा करते हैं कि भारत ने उनके दबाव में युद्ध रोका, तो प्रधानमंत्री नरेंद्र मोदी देश से सच छिपा रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"the inner speaker judged after तो", "कमला हैरिस ने मिशिगन की रैली में कहा कि जब एलन मस्क लिखते हैं कि चुनाव में धांधली हुई, तो वह लोकतंत्र को कमजोर कर रहे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"गुमराह after तो", "नाइजल फराज ने बीबीसी से बातचीत में कहा कि जब कमला हैरिस कहती हैं कि सीमा सुरक्षित है, तो वह अमेरिकी जनता को गुमराह कर रही हैं।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"a court's words, then तो", "राहुल गांधी ने पूछा कि जब अमेरिकी अदालत कहती है कि गौतम अडानी ने रिश्वत दी, तो नरेंद्र मोदी जांच से क्यों डर रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"जब … , तो with no report inside", "राहुल गांधी ने कहा कि जब नरेंद्र मोदी सत्ता में आए, तो उन्होंने अडानी समूह को हवाई अड्डे सौंप दिए।", nil},
		{"a report continued by और", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप ने उनसे कहा था कि वह सरकार में मदद करें, और उन्होंने हां कर दी।", nil},
		{"a contrast naming no one", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने बताया कि ओपनएआई नया मॉडल लाएगी, लेकिन तारीख तय नहीं है।", nil},
		{"तो after untracked speakers", "राहुल गांधी ने कहा कि जब किसान कहते हैं कि उनकी जमीन छिनी, तो सरकार सुनती नहीं।", nil},
		{"a contrast with no report", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क एक महान इंसान हैं, लेकिन वह कभी-कभी गलतियां करते हैं।",
			[]string{"donald-trump>elon-musk:s"}},
		{"a condition with no report", "कमला हैरिस ने कहा कि अगर वह चुनाव जीतीं, तो दवाओं की कीमतें घटाएंगी।", nil},
		{"inside a quote", "एलन मस्क ने लिखा, 'जब सैम ऑल्टमैन कहते हैं कि ओपनएआई खुली है, तो मुझे हंसी आती है।'", nil},
		{"the inner report's words continued by और", "नरेंद्र मोदी ने कहा कि डोनाल्ड ट्रंप ने फोन पर कहा कि वह भारत के सच्चे दोस्त हैं, और दोनों देशों के रिश्ते मजबूत हैं।",
			[]string{"donald-trump>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestVeto38CodeMixed: the code-mixed register's words for a company's
// board (proxy_nouns: board), a suit (suitNoun and the swCharge screen:
// lawsuit) and an answer (answer_words: response) read as their Hindi
// words do. The first rows give nothing without them; the controls read
// the same both ways (a charge only answered, a hearing, a judge).
func TestVeto38CodeMixed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"board speaks for the company", "टेक डेस्क। Tesla board ने शेयरधारकों को भेजे पत्र में Elon Musk के pay package का जोरदार बचाव किया।",
			[]string{"tesla>elon-musk:s"}},
		{"headline order, board", "Tesla board ने किया Musk के वेतन पैकेज का बचाव", []string{"tesla>elon-musk:s"}},
		{"the suer's lawsuit answered", "OpenAI ने San Francisco की court में Elon Musk के lawsuit पर अपना जवाब दाखिल किया है।",
			[]string{"elon-musk>openai:h"}},
		{"answered by a response", "Microsoft ने गुरुवार को court में Musk के lawsuit पर अपना written response दाखिल कर दिया।",
			[]string{"elon-musk>microsoft:h"}},
		// Controls.
		{"a charge only answered", "Meta के spokesperson ने Elon Musk के आरोपों पर अपना response जारी किया।", nil},
		{"a hearing of the suit", "Musk के lawsuit पर court में अगली hearing अगले महीने होगी।", nil},
		{"a reply to a post", "Sam Altman ने Elon Musk के post पर अपना response दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestVeto38DealUnderPar: a bare project noun under पर or से, when the
// frame takes its target there ("परियोजना पर सवाल उठाए", "इस परियोजना से
// हाथ खींचे"), is the deal last named, as under का/को (dealAnaphor,
// stance.go). The first rows give nothing (or no rupture) without it; the
// controls read the same both ways.
func TestVeto38DealUnderPar(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the deal named in the genitive before", "स्टारगेट के ऐलान के अगले ही दिन टेस्ला प्रमुख एलन मस्क ने एक्स पर परियोजना पर सवाल खड़े कर दिए।",
			[]string{"elon-musk>stargate:h"}},
		{"the deal named a sentence before", "ट्रंप ने व्हाइट हाउस में स्टारगेट परियोजना का ऐलान किया। कुछ ही घंटों बाद एलन मस्क ने इस परियोजना पर सवाल उठाए।",
			[]string{"elon-musk>stargate:h"}},
		{"प्रोजेक्ट पर निशाना", "स्टारगेट की घोषणा के बाद एलन मस्क ने प्रोजेक्ट पर निशाना साधा।",
			[]string{"elon-musk>stargate:h"}},
		{"trust in the project", "ओरेकल ने स्टारगेट से जुड़ने का फैसला किया। चेयरमैन लैरी एलिसन ने परियोजना पर भरोसा जताया।",
			[]string{"larry-ellison>stargate:s"}},
		// Controls.
		{"no comment on the project", "ट्रंप ने स्टारगेट का ऐलान किया। मस्क ने परियोजना पर टिप्पणी करने से इनकार कर दिया।", nil},
		{"work on the project", "ओपनएआई ने स्टारगेट का ऐलान किया। परियोजना पर काम अगले महीने शुरू होगा।", nil},
		{"an own new project", "ओपनएआई ने अपनी नई परियोजना पर काम तेज कर दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestVeto38LightVerbHeadline: the headline order "X ने Y का किया बचाव"
// (the light verb between the genitive and the act noun that ends the
// headline) reads the act noun as the genitive's head, as "Y की की तारीफ"
// is read (lightVerbHead38, veto38.go). The first rows give nothing
// without it; the controls (Y's own deed with a verb after it, a mere
// mention) read the same both ways.
func TestVeto38LightVerbHeadline(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a gapped second verb", "व्हाइट हाउस के लॉन में ट्रंप ने खरीदी टेस्ला, मस्क का किया बचाव", []string{"donald-trump>elon-musk:s"}},
		{"welcome", "प्रधानमंत्री नरेंद्र मोदी ने हैदराबाद हाउस में डोनाल्ड ट्रंप का किया स्वागत", []string{"narendra-modi>donald-trump:s"}},
		{"defence", "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने एलन मस्क का किया बचाव", []string{"donald-trump>elon-musk:s"}},
		// Controls.
		{"Y's own doing", "यह सब नरेंद्र मोदी का किया धरा है, राहुल गांधी ने कहा", nil},
		{"a mention", "राहुल गांधी ने गौतम अडानी का किया जिक्र", nil},
		{"Y's promise with a predicate after", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप का किया वादा अधूरा है।", []string{"elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
