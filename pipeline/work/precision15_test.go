package work

import (
	"testing"
	"time"
)

// TestSession15Precision: stances the engine asserted on dev that the
// gold and SCHEMA do not have (session 15, PRECISION helper). Each rule
// has rows where it fires and rows where the stance stays.
func TestSession15Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "Y का नाम लिए बिना" with words that attack no one is no stance
		// (SCHEMA); words that point at someone or hold a charge stay.
		{"नाम लिए बिना कहा कि <own company's boast>", "सत्या नडेला ने गूगल का नाम लिए बिना कहा कि माइक्रोसॉफ्ट अपने ग्राहकों के साथ मजबूती से खड़ी है।", nil},
		{"नाम लिए बिना बोले- <own product>", "मस्क का नाम लिए बिना नडेला बोले- हमारा नया मॉडल सबसे तेज", nil},
		{"नाम लिए बिना कहा कि <neutral line>", "राहुल गांधी ने मोदी का नाम लिए बिना कहा कि देश का भविष्य युवाओं के हाथ में है।", nil},
		{"नाम लिए बिना कहा कि कुछ लोग … stays", "राहुल गांधी ने मोदी का नाम लिए बिना कहा कि कुछ लोग सिर्फ भाषण देना जानते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"नाम लिए बिना कहा कि <hostile word> stays", "सत्या नडेला ने गूगल का नाम लिए बिना कहा कि बाजार में धोखाधड़ी बर्दाश्त नहीं होगी।", []string{"satya-nadella>google:h"}},
		{"नाम लिए बिना (no words) stays", "नाम लिए बिना नडेला का गूगल पर तंज", []string{"satya-nadella>google:h"}},
		// Praise in words said without naming Y is not praise of Y.
		{"नाम लिए बिना बोले- <praise>", "गूगल का नाम लिए बिना नडेला बोले- हमारी टीम दुनिया की सबसे शानदार टीम", nil},
		{"Y की तारीफ (named) stays", "नडेला ने गूगल की टीम की तारीफ की।", []string{"satya-nadella>google:s"}},

		// Words whose saying is denied ("मैंने कभी नहीं कहा कि …") are
		// denied whole: a trust negated inside them is no attack.
		{"कभी नहीं कहा कि Y पर भरोसा नहीं किया जा सकता", "राहुल गांधी ने कहा, 'मैंने कभी नहीं कहा कि मोदी पर भरोसा नहीं किया जा सकता।'", nil},
		{"X बोले- मैंने कभी नहीं कहा कि Y पर भरोसा नहीं", "नडेला बोले- मैंने कभी नहीं कहा कि ऑल्टमैन पर भरोसा नहीं", nil},
		{"कहा कि Y पर भरोसा नहीं किया जा सकता stays", "राहुल गांधी ने कहा, 'मोदी पर भरोसा नहीं किया जा सकता।'", []string{"rahul-gandhi>narendra-modi:h"}},

		// A name before a noun of a matter ("Y मामले पर", "Y मुद्दे
		// पर") qualifies the matter: the question or the silence is the
		// subject's, not Y's.
		{"X ने कहा कि Z, Y मामले पर चुप हैं", "राहुल गांधी ने कहा कि मोदी अडानी मामले पर चुप हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने पूछा कि Z, Y मुद्दे पर चर्चा से क्यों भाग रहे हैं", "राहुल गांधी ने पूछा कि प्रधानमंत्री मोदी अडानी मुद्दे पर चर्चा से आखिर क्यों भाग रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Y पर निशाना साधा stays", "राहुल गांधी ने अडानी पर निशाना साधा।", []string{"rahul-gandhi>gautam-adani:h"}},

		// A speaker's words opening with a third-person pronoun, in a
		// sentence that names no one else, boast of the speaker: no
		// praise of whom the story named before. Named, or pointed at
		// by the speaker's own clause, the praise stays.
		{"X ने लिखा कि वह <winner> (boast)", "कमला हैरिस ने डोनाल्ड ट्रंप पर झूठ बोलने का आरोप लगाया। ट्रंप ने लिखा कि वह रैली के असली विजेता थे।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने कहा कि उसकी सभी योजनाएं पारदर्शी (self-defence)", "राहुल गांधी ने अडानी समूह पर घोटाले का आरोप लगाया। समूह ने कहा कि उसकी सभी योजनाएं पूरी तरह ईमानदार हैं।", []string{"rahul-gandhi>adani-group:h"}},
		{"X ने उन्हें … कहकर पुकारा और कहा कि वह महान stays", "मासायोशी सन ने डोनाल्ड ट्रंप से मुलाकात की। ट्रंप ने उन्हें 'मासा' कहकर पुकारा और कहा कि वह दुनिया के सबसे महान कारोबारियों में से एक हैं।", []string{"donald-trump>masayoshi-son:s"}},
		{"X ने कहा कि Y महान stays", "ट्रंप ने कहा कि मासायोशी सन दुनिया के सबसे महान कारोबारियों में से एक हैं।", []string{"donald-trump>masayoshi-son:s"}},

		// A headline label naming a pair ("X-Y:", "X-Y टकराव:") speaks
		// no words: what follows it is no charge by either. A single
		// speaker's tag, and a quarrel the headline asserts, stay.
		{"X-Y: <रिश्ते पर सवाल>", "ट्रंप-मस्क: रिश्ते पर सवाल || ", nil},
		{"X-Y टकराव: <दिनभर बयानबाजी>", "हैरिस-ट्रंप टकराव: रैलियों में दिनभर बयानबाजी || ", nil},
		{"X: <Y की नीतियों पर सवाल> stays", "हैरिस: ट्रंप की नीतियों पर सवाल || ", []string{"kamala-harris>donald-trump:h"}},
		{"X-Y: एक-दूसरे पर बरसे stays", "ट्रंप-मस्क: एक-दूसरे पर जमकर बरसे दोनों || ", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},

		// A verbless headline naming a pair's tie ("X-Y करार") over a
		// body that only ends the tie gives no alliance; alone, or over
		// a body that asserts the tie, it stays; a headline with a verb
		// stays.
		{"X-Y करार || X ने Y के साथ करार खत्म किया", "माइक्रोसॉफ्ट-गूगल करार || माइक्रोसॉफ्ट ने गूगल के साथ अपना करार खत्म कर दिया है।", []string{"microsoft>google:h"}},
		{"X-Y करार (headline only) stays", "माइक्रोसॉफ्ट-गूगल करार || ", []string{"google>microsoft:s", "microsoft>google:s"}},
		{"X ने Y से करार किया || … खत्म stays", "माइक्रोसॉफ्ट ने गूगल से करार किया || माइक्रोसॉफ्ट ने गूगल के साथ अपना करार खत्म कर दिया है।", []string{"google>microsoft:s", "microsoft>google:h", "microsoft>google:s"}},

		// A name past ताकि is what the act is for, not its object.
		{"X ने Z में हिस्सेदारी बेची ताकि Y में पैसा लगाया जा सके", "सॉफ्टबैंक ने एनवीडिया में अपनी हिस्सेदारी बेची ताकि ओपनएआई में पैसा लगाया जा सके।", []string{"softbank>openai:s"}},
		{"X ने Y में हिस्सेदारी बेच दी stays", "सॉफ्टबैंक ने ओपनएआई में अपनी हिस्सेदारी बेच दी।", []string{"softbank>openai:h"}},

		// Praise read in the very sentence where the speaker attacks
		// the same one, with no turn between, is part of the attack;
		// with a turn both stand.
		{"X ने लिखा कि Y 'कृतघ्न' हैं और उनके बिना नहीं जीत पाते", "नाइजल फराज ने लिखा कि मस्क 'कृतघ्न' हैं और उनके बिना चुनाव नहीं जीत पाते।", []string{"nigel-farage>elon-musk:h"}},
		{"X ने एक्स पर लिखा कि उनकी हर बात सही थी और Y 'एहसानफरामोश' हैं", "एलन मस्क ने एक्स पर लिखा कि फराज के बारे में कही उनकी हर बात सही थी और फराज 'एहसानफरामोश' हैं।", []string{"elon-musk>nigel-farage:h"}},
		{"Y मेरे दोस्त, पर उनके टैरिफ गलत stays both", "फराज ने कहा कि ट्रंप मेरे अच्छे दोस्त हैं, पर उनकी नीतियां गलत हैं।", []string{"nigel-farage>donald-trump:h", "nigel-farage>donald-trump:s"}},

		// A former spokesman or lawyer of Y speaks for himself; Y's
		// current one speaks for Y.
		{"Y के एक पूर्व प्रवक्ता ने आरोप लगाया", "माइक्रोसॉफ्ट के एक पूर्व प्रवक्ता ने आरोप लगाया कि गूगल उपभोक्ताओं को गुमराह कर रहा है।", nil},
		{"Y के एक प्रवक्ता ने आरोप लगाया stays", "माइक्रोसॉफ्ट के एक प्रवक्ता ने आरोप लगाया कि गूगल उपभोक्ताओं को गुमराह कर रहा है।", []string{"microsoft>google:h"}},

		// "सवाल किया कि …" asks: the question's words decide; an
		// accusing why-question still charges, and questions raised
		// on Y stay.
		{"X ने सवाल किया कि Y … कब लौटेंगे?", "राहुल गांधी ने सवाल किया कि नरेंद्र मोदी अपनी विदेश यात्रा से कब लौटेंगे?", nil},
		{"X ने सवाल किया कि Y … क्यों छिपा रहे हैं? stays", "राहुल गांधी ने सवाल किया कि नरेंद्र मोदी सच क्यों छिपा रहे हैं?", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Y की संपत्ति पर सवाल किए stays", "राहुल गांधी ने गौतम अडानी की संपत्ति पर सवाल किए।", []string{"rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
