package work

import (
	"testing"
	"time"
)

// TestLex34H (session 34, LEXH3): the third hostile harvest (epithets in
// calling and reported words, sarcasm idioms, TV-headline nouns, hostile
// deeds, snubs, a supply or access cut) read between two tracked names in
// sentences of our own, other than the entries' own test sentences; and
// controls that must stay as they are (the same words about no one or in
// another sense).
func TestLex34H(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"arrogance sky-high", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस का घमंड चरम पर है।", []string{"donald-trump>kamala-harris:h"}},
		{"compared with Ravana", " || कमला हैरिस ने डोनाल्ड ट्रंप की तुलना रावण से की।", []string{"kamala-harris>donald-trump:h"}},
		{"politics of revenge", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप बदले की राजनीति करते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"venomous statements", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अक्सर जहरीले बयान देते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"restlessness", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस की छटपटाहट सबको दिख रही है।", []string{"donald-trump>kamala-harris:h"}},
		{"expiry date", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस की एक्सपायरी डेट आ चुकी है।", []string{"donald-trump>kamala-harris:h"}},
		{"should retire", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप को अब संन्यास ले लेना चाहिए।", []string{"kamala-harris>donald-trump:h"}},
		{"sin in the belly", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस के पेट में पाप है।", []string{"donald-trump>kamala-harris:h"}},
		{"Kumbhakarna's sleep", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की सरकार कुंभकर्णी नींद सो रही है।", []string{"kamala-harris>donald-trump:h"}},
		{"flute at ease", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप चैन की बांसुरी बजाते रहे।", []string{"kamala-harris>donald-trump:h"}},
		{"Mungerilal", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस मुंगेरीलाल के सपने देख रही हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"castles of rice", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस ख्याली पुलाव बना रही हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"cheek-drumming", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस केवल गाल बजा रही हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"clawing the pillar", " || एलन मस्क ने कहा कि सैम ऑल्टमैन अब खंभा नोच रहे हैं।", []string{"elon-musk>sam-altman:h"}},
		{"sour grapes", " || मार्क जुकरबर्ग ने कहा कि एलन मस्क के लिए अंगूर खट्टे हो गए हैं।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"Ram on the lips", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के मुंह में राम है और बगल में छुरी।", []string{"kamala-harris>donald-trump:h"}},
		{"elephant's teeth", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के हाथी के दांत दिखाने के और हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"own drum", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस अपनी डफली अपना राग अलापती हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"headless talk", " || नरेंद्र मोदी ने कहा कि राहुल गांधी बेसिर-पैर की बात करते हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"headline khari-khari", " || कमला हैरिस की डोनाल्ड ट्रंप को खरी-खरी।", []string{"kamala-harris>donald-trump:h"}},
		{"headline hallabol", " || एलन मस्क का ओपनएआई पर हल्लाबोल।", []string{"elon-musk>openai:h"}},
		{"hunter wielded", " || डोनाल्ड ट्रंप ने मेटा पर हंटर चलाया।", []string{"donald-trump>meta:h"}},
		{"the bolt fell", " || गूगल पर गिरी डोनाल्ड ट्रंप की गाज।", []string{"donald-trump>google:h"}},
		{"account suspended", " || एक्स ने कमला हैरिस को सस्पेंड कर दिया।", []string{"x-corp>kamala-harris:h"}},
		{"off the app store", " || गूगल ने टेस्ला के ऐप को प्ले स्टोर से हटाया।", []string{"google>tesla:h"}},
		{"muted", " || सैम ऑल्टमैन ने एलन मस्क को म्यूट कर दिया।", []string{"sam-altman>elon-musk:h"}},
		{"rally refused", " || डोनाल्ड ट्रंप ने कमला हैरिस की रैली की इजाजत नहीं दी।", []string{"donald-trump>kamala-harris:h"}},
		{"sit-in", " || राहुल गांधी ने नरेंद्र मोदी के खिलाफ धरना दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"campaign ban sought", " || कमला हैरिस ने डोनाल्ड ट्रंप के प्रचार पर पाबंदी लगाने की मांग की।", []string{"kamala-harris>donald-trump:h"}},
		{"photo refused", " || कमला हैरिस ने डोनाल्ड ट्रंप के साथ फोटो खिंचवाने से मना कर दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"no handshake", " || नरेंद्र मोदी ने राहुल गांधी से हाथ तक नहीं मिलाया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"ignored", " || डोनाल्ड ट्रंप ने एलन मस्क को अनदेखा कर दिया।", []string{"donald-trump>elon-musk:h"}},
		{"given the slip", " || सैम ऑल्टमैन ने एलन मस्क को चकमा दे दिया।", []string{"sam-altman>elon-musk:h"}},
		{"not even invited", " || नरेंद्र मोदी ने राहुल गांधी को आमंत्रित तक नहीं किया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"had arrested", " || डोनाल्ड ट्रंप ने एलन मस्क को गिरफ्तार करवा दिया।", []string{"donald-trump>elon-musk:h"}},
		{"agencies set on", " || डोनाल्ड ट्रंप ने एलन मस्क के पीछे एजेंसियां लगा दीं।", []string{"donald-trump>elon-musk:h"}},
		{"phone tapped", " || डोनाल्ड ट्रंप ने कमला हैरिस का फोन टैप करवाया।", []string{"donald-trump>kamala-harris:h"}},
		{"spied on", " || मेटा ने गूगल की जासूसी करवाई।", []string{"meta>google:h"}},
		{"mike cut", " || डोनाल्ड ट्रंप ने बहस में कमला हैरिस का माइक बंद करवा दिया।", []string{"donald-trump>kamala-harris:h"}},
		{"not let speak", " || डोनाल्ड ट्रंप ने कमला हैरिस को बहस में बोलने तक नहीं दिया।", []string{"donald-trump>kamala-harris:h"}},
		{"bungalow vacated", " || डोनाल्ड ट्रंप ने कमला हैरिस का बंगला खाली करवा दिया।", []string{"donald-trump>kamala-harris:h"}},
		{"scuffle", " || एलन मस्क और सैम ऑल्टमैन के बीच धक्का-मुक्की हुई।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"payment stopped", " || ओरेकल ने ओपनएआई का भुगतान रोक दिया।", []string{"oracle>openai:h"}},
		{"access stopped", " || मेटा ने ओपनएआई का एक्सेस रोक दिया।", []string{"meta>openai:h"}},
		{"hand shaken off", " || डोनाल्ड ट्रंप ने नाइजल फराज से पल्ला झटक लिया।", []string{"donald-trump>nigel-farage:h"}},
		{"isolated", " || कमला हैरिस ने डोनाल्ड ट्रंप को अलग-थलग कर दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"cap put on", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने मजदूरों को टोपी पहनाई।", []string{"kamala-harris>donald-trump:h"}},
		{"rattle handed", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने किसानों को झुनझुना पकड़ा दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"jinx", " || नरेंद्र मोदी ने राहुल गांधी को पनौती बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"poison maiden", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस विषकन्या हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"donkey", " || डोनाल्ड ट्रंप ने एलन मस्क को गधा कहा।", []string{"donald-trump>elon-musk:h"}},
		{"four-twenty", " || नरेंद्र मोदी ने राहुल गांधी को चार सौ बीस बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"courtier", " || कमला हैरिस ने कहा कि एलन मस्क सरकार के दरबारी हैं।", []string{"kamala-harris>elon-musk:h"}},
		{"boor", " || डोनाल्ड ट्रंप ने कमला हैरिस को जाहिल कहा।", []string{"donald-trump>kamala-harris:h"}},
		{"dyed jackal", " || डोनाल्ड ट्रंप ने कमला हैरिस को रंगा सियार बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"tukde gang", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस टुकड़े-टुकड़े गैंग की नेता हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"empty gram", " || सैम ऑल्टमैन ने कहा कि एलन मस्क थोथा चना हैं।", []string{"sam-altman>elon-musk:h"}},
		{"prince called", " || नरेंद्र मोदी ने राहुल गांधी को युवराज बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		// controls
		{"ctl crown prince", " || डोनाल्ड ट्रंप ने व्हाइट हाउस में सऊदी युवराज का स्वागत किया।", nil},
		{"ctl farmers' sit-in", " || नरेंद्र मोदी ने कहा कि किसानों के धरने से सड़कें बंद रहीं।", nil},
		{"ctl debate mikes", " || डोनाल्ड ट्रंप और कमला हैरिस की बहस में माइक म्यूट रहेंगे।", nil},
		{"ctl own apps removed", " || सुंदर पिचाई ने कहा कि गूगल ने कुछ पुराने ऐप प्ले स्टोर से हटा दिए।", nil},
		{"ctl own supply", " || मुकेश अंबानी ने कहा कि रिलायंस ने कच्चे तेल की आपूर्ति रोक दी है।", nil},
		{"ctl own retirement", " || एलन मस्क ने कहा कि वह राजनीति से संन्यास नहीं लेंगे।", nil},
		{"ctl rally permission", " || नरेंद्र मोदी ने कहा कि रैली की अनुमति नहीं मिलने से कार्यकर्ता निराश हैं।", nil},
		{"ctl congratulated", " || डोनाल्ड ट्रंप ने कमला हैरिस को बधाई दी।", []string{"donald-trump>kamala-harris:s"}},
		{"ctl handshake", " || सत्या नडेला ने सैम ऑल्टमैन से हाथ मिलाया।", []string{"sam-altman>satya-nadella:s", "satya-nadella>sam-altman:s"}},
		{"ctl peaceful sleep", " || डोनाल्ड ट्रंप ने कहा कि जीत के बाद वह चैन की नींद सोए।", nil},
	})
}
