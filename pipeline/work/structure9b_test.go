package work

import (
	"testing"
	"time"
)

// TestSession9StructureB: the second structure pass of session 9. Each
// rule has positive rows and rows it must leave alone.
func TestSession9StructureB(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A possessed decision noun under another act: the owner inside.
		{"X ने Y के निवेश की घोषणा का स्वागत किया", "मोदी ने गूगल के निवेश की घोषणा का गर्मजोशी से स्वागत किया।", []string{"narendra-modi>google:s"}},
		{"X ने Y की साझेदारी के ऐलान की आलोचना की", "हैरिस ने मस्क के समझौते के ऐलान की कड़ी आलोचना की।", []string{"kamala-harris>elon-musk:h"}},
		{"Y के निवेश के फैसले को सराहा", "अंबानी ने गूगल के निवेश के फैसले को सराहा।", []string{"mukesh-ambani>google:s"}},
		{"a decision to act is still the act", "मस्क ने ओपनएआई से नाता तोड़ने के फैसले का ऐलान किया।", []string{"elon-musk>openai:h"}},
		{"an announced deal before के बाद stays presupposed", "मेटा और रिलायंस के संयुक्त उपक्रम के ऐलान के बाद शेयर चढ़े।", []string{"meta>reliance:s", "reliance>meta:s"}},
		// An evaluative in someone's words with its subject elided or after it.
		{"headline: X बोले- महान कारोबारी (the other person named)", "हैरिस से मुलाकात के बाद मोदी बोले- बेहद महान नेता || ", []string{"narendra-modi>kamala-harris:s"}},
		{"headline: X ने कहा- झूठी कहानी", "ऑल्टमैन का दावा, मस्क ने कहा- ‘झूठी कहानी’ || ", []string{"elon-musk>sam-altman:h"}},
		{"subject after the copula: महान कारोबारी हैं Y", "ट्रंप बोले- शानदार इंसान हैं अंबानी || ", []string{"donald-trump>mukesh-ambani:s"}},
		{"subject after the copula, body", "राहुल गांधी ने कहा कि सबसे बड़े झूठे हैं मोदी।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a thing judged names no one", "ट्रंप से मुलाकात के बाद मस्क बोले- शानदार बजट || ", nil},
		{"two other people: no one chosen", "ट्रंप से मिलने के बाद हैरिस से मिले मस्क, बोले- बेहद महान नेता || ", nil},
		// A headline's support with no object carries on the partner before.
		{"X बोले- Y से रिश्ते अच्छे, समर्थन जारी", "अंबानी बोले- मोदी से संबंध पहले की तरह, समर्थन जारी रहेगा || ", []string{"mukesh-ambani>narendra-modi:s"}},
		{"Y के … पर X की चुप्पी टूटी, पर समर्थन बरकरार", "हैरिस के बयान पर हॉफमैन की चुप्पी टूटी, लेकिन समर्थन कायम || ", []string{"reid-hoffman>kamala-harris:s"}},
		{"a support with its own object keeps it", "अंबानी बोले- मोदी से संबंध पहले की तरह, किसानों को समर्थन जारी रहेगा || ", nil},
		{"two names before: no partner chosen", "अंबानी बोले- मोदी और राहुल से संबंध पहले की तरह, समर्थन जारी रहेगा || ", nil},
		// "X का इशारा Y (के …) की ओर था" after X's quote: the words are about Y.
		{"“वह …। उनकी …,” X ने लिखा। X का इशारा Y की ओर था", "“वह देश को बर्बाद कर रहे हैं। उनकी नीतियां विनाशकारी हैं,” राहुल गांधी ने शुक्रवार को लिखा।\nराहुल का इशारा प्रधानमंत्री मोदी की ओर था।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"no pointing sentence: no topic", "“वह देश को बर्बाद कर रहे हैं। उनकी नीतियां विनाशकारी हैं,” राहुल गांधी ने शुक्रवार को लिखा।\nप्रधानमंत्री मोदी ने कल भाषण दिया।", nil},
		// A headline setting a name against another with no predicate.
		{"Y के (…) खिलाफ X, …", "गूगल के नए नियमों के खिलाफ माइक्रोसॉफ्ट, अदालत में सुनवाई आज || ", []string{"microsoft>google:h"}},
		{"Y के खिलाफ उतरी X", "अडानी के खिलाफ उतरी कांग्रेस, राहुल गांधी बोले- जांच हो || ", nil},
		{"Y के खिलाफ उतरे X (tracked)", "ट्रंप की टैरिफ नीति के खिलाफ उतरे मस्क || ", []string{"elon-musk>donald-trump:h"}},
		{"X Y के खिलाफ", "हॉफमैन ट्रंप के खिलाफ, हैरिस को दिया चंदा || ", []string{"reid-hoffman>donald-trump:h", "reid-hoffman>kamala-harris:s"}},
		{"a question is no opposition", "क्या ओपनएआई के खिलाफ मेटा? || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
