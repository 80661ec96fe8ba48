package work

import (
	"testing"
	"time"
)

// TestSession20RuinLabels: labels of ruin, chaos and a sinking ship that a
// calling verb closes (dcp-025a/b, dcp-058b), ungrateful in its अ- spelling
// (dcq-022a/b) and the agent label of broken trust (dcp-022a) are a charge
// against the one called, or the owner of what is called (SCHEMA: criticism
// of someone's policy counts against that person). The same nouns told of
// the world, a recipe for success, or a real ship give nothing.
func TestSession20RuinLabels(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"recipe for chaos", "मार्क जुकरबर्ग ने एक्स की कंटेंट नीति को “अराजकता का नुस्खा” करार दिया।", []string{"mark-zuckerberg>x-corp:h"}},
		{"recipe for ruin, plain quotes", "कमला हैरिस ने डोनाल्ड ट्रंप के बजट को 'विनाश का नुस्खा' बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"turmoil", "राहुल गांधी ने नरेंद्र मोदी के फैसले को अफरातफरी का नुस्खा कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"sinking ship", "मार्क जुकरबर्ग ने थ्रेड्स पर पोस्ट कर एक्स को “डूबता जहाज़” कहा।", []string{"mark-zuckerberg>x-corp:h"}},
		{"sinking boat", "नरेंद्र मोदी ने कहा कि राहुल गांधी की पार्टी 'डूबती नाव' है, और उसे 'डूबती नाव' बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"ungrateful, अ- spelling", "डोनाल्ड ट्रंप ने एलन मस्क को ‘अहसानफरामोश’ बताया, जबकि मार्क जुकरबर्ग को ‘समझदार कारोबारी’ कहकर सराहा।", []string{"donald-trump>elon-musk:h", "donald-trump>mark-zuckerberg:s"}},
		{"breaker of trust", "एलन मस्क ने गुरुवार को सैम ऑल्टमैन को “भरोसा तोड़ने वाला” करार दिया।", []string{"elon-musk>sam-altman:h"}},
		// Must not fire: the nouns told of the world, not called anyone.
		{"chaos in the country", "राहुल गांधी ने कहा कि देश में अराजकता का माहौल है।", nil},
		{"plan against chaos", "कमला हैरिस ने बाजार की अफरातफरी से निपटने की योजना पेश की।", nil},
		{"recipe for success (no charge)", "मुकेश अंबानी ने गौतम अडानी की रणनीति को 'कामयाबी का नुस्खा' बताया।", nil},
		{"a real ship", "डोनाल्ड ट्रंप ने समुद्र में डूबता जहाज देखकर नौसेना को मदद भेजने को कहा।", nil},
		{"trust not broken", "सत्या नडेला ने कहा कि सैम ऑल्टमैन भरोसा तोड़ने वाले इंसान नहीं हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20OwnerAcrossKindNoun: an attack on a company or platform
// named after its owner's genitive and a kind noun in apposition ("Y के
// प्लेटफॉर्म Z को …", blind dcp-048a) is on the owner too, as "Y की Z"
// (SCHEMA: criticism of someone's company counts against that person). A
// platform that is only where the words were written, or a person in
// apposition (Y's friend), credits no owner.
func TestSession20OwnerAcrossKindNoun(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"owner's platform called names", "सैम ऑल्टमैन ने मस्क के प्लेटफॉर्म एक्स को “नफरत का अड्डा” कहा।", []string{"sam-altman>elon-musk:h", "sam-altman>x-corp:h"}},
		{"owner's platform judged", "कमला हैरिस ने एलन मस्क के प्लेटफॉर्म एक्स को झूठ फैलाने वाला बताया।", []string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
		// Must not credit the owner.
		{"platform as the place", "सैम ऑल्टमैन ने मस्क के प्लेटफॉर्म एक्स पर माइक्रोसॉफ्ट को धोखेबाज बताया।", []string{"sam-altman>microsoft:h"}},
		{"a person in apposition", "कमला हैरिस ने एलन मस्क के मेहमान डोनाल्ड ट्रंप को झूठा बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"own platform", "एलन मस्क ने अपने प्लेटफॉर्म एक्स को दुनिया का सबसे अच्छा मंच बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20TrustWorthy: worthy of trust (भरोसे के लायक/काबिल/योग्य)
// said of Y's product is said of Y (blind dcp-050a/b), negated a charge;
// said of nobody tracked it is nothing.
func TestSession20TrustWorthy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"owner's chatbot not trustworthy", "मार्क जुकरबर्ग ने कहा कि एलन मस्क की कंपनी एक्सएआई का चैटबॉट भरोसे के लायक नहीं है।", []string{"mark-zuckerberg>elon-musk:h", "mark-zuckerberg>xai:h"}},
		{"company's product not trustworthy", "सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट का क्लाउड भरोसे के योग्य नहीं है।", []string{"sundar-pichai>microsoft:h"}},
		{"product trustworthy", "सत्या नडेला ने कहा कि ओपनएआई का नया मॉडल भरोसे के काबिल है।", []string{"satya-nadella>openai:s"}},
		// Must not fire: nobody tracked is judged.
		{"figures not trustworthy", "मार्क जुकरबर्ग ने कहा कि बाजार के ये आंकड़े भरोसे के लायक नहीं हैं।", nil},
		{"asked, not said", "पत्रकारों ने पूछा कि क्या गूगल का चैटबॉट भरोसे के लायक है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20HugAlone: a hug, one-way or reciprocal, is a greeting and no
// stance (the gold of dcd-054b, dvd-096 and the blind dcq-055b); praise or
// congratulation said with it is still read.
func TestSession20HugAlone(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reciprocal hug", "शनिवार शाम गौतम अडानी और मुकेश अंबानी ने मंच पर एक-दूसरे को गले लगाया।", nil},
		{"one-way hug", "नरेंद्र मोदी ने हवाई अड्डे पर डोनाल्ड ट्रंप को गले लगाया।", nil},
		// Still read: the praise or congratulation beside the hug.
		{"hug and praise", "गौतम अडानी ने मुकेश अंबानी को गले लगाया और उनकी कामयाबी की दिल खोलकर तारीफ की।", []string{"gautam-adani>mukesh-ambani:s"}},
		{"hug and congratulation", "गौतम अडानी ने मुकेश अंबानी को गले लगाया और उनकी नई परियोजना के लिए उन्हें बधाई दी।", []string{"gautam-adani>mukesh-ambani:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20SilenceAgainst: "X ने Y के खिलाफ एक शब्द नहीं कहा" is X
// refraining from an attack on Y (blind dah-068), no stance; silence held
// against the silent one ("Y ने इस पर एक शब्द नहीं कहा", in someone's
// words) is still the speaker's charge.
func TestSession20SilenceAgainst(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"not a word against Y", "जुकरबर्ग ने मस्क के खिलाफ एक शब्द नहीं कहा, फिर भी थ्रेड्स और एक्स की होड़ पर छिड़ी बहस", nil},
		{"not even a word against Y", "सत्या नडेला ने सैम ऑल्टमैन के खिलाफ एक भी शब्द नहीं बोला।", nil},
		// Still a charge: Y's own silence, told by X.
		{"Y silent on it", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने मणिपुर पर एक शब्द नहीं कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"Y silent, भी", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने इस पर एक शब्द भी नहीं कहा।", []string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20VentureEnded: a venture with Y (उपक्रम, उद्यम, वेंचर) ended
// is a break with Y (blind dcp-019a), as an arrangement (व्यवस्था); a
// venture of one's own closed, or a public-sector undertaking, is no tie.
func TestSession20VentureEnded(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"venture ended", "सूचना के मुताबिक, रिलायंस ने मेटा के साथ अपना एआई उपक्रम खत्म कर दिया है।", []string{"reliance>meta:h"}},
		{"joint enterprise shut", "गूगल ने अडानी समूह के साथ अपना संयुक्त उद्यम बंद कर दिया।", []string{"google>adani-group:h"}},
		// Must not fire: no partner.
		{"own unit closed", "रिलायंस ने घाटे में चल रहा अपना एक उपक्रम बंद कर दिया।", nil},
		{"public undertakings", "मुकेश अंबानी ने कहा कि सरकारी उपक्रम खत्म नहीं होने चाहिए।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
