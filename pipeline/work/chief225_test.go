package work

import (
	"testing"
	"time"
)

// TestSession25ChiefTieWords: praising or affirming a partnership or tie
// with an organisation is of kind alliance (session-25 ruling) and gives
// its tied chief nothing, even when the sentence's words read as praise
// (tieSentence25, chief225.go). Without the guard each row also gives the
// speaker → the chief.
func TestSession25ChiefTieWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the organisation called a partner", "गूगल के सीईओ सुंदर पिचाई भी समारोह में मौजूद थे। मुकेश अंबानी ने गूगल की तारीफ करते हुए उसे अपना सबसे भरोसेमंद साझेदार बताया।",
			[]string{"mukesh-ambani>google:s"}},
		{"working with the organisation", "गूगल के सीईओ सुंदर पिचाई ने वीडियो संदेश भेजा। गौतम अडानी ने गूगल की सराहना की और कहा कि उसके साथ काम करना गर्व की बात है।",
			[]string{"gautam-adani>google:s"}},
		{"the tie called strong", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला सम्मेलन में बोले। सैम ऑल्टमैन ने माइक्रोसॉफ्ट की तारीफ की और कहा कि दोनों कंपनियों का रिश्ता पहले से मजबूत है।",
			[]string{"sam-altman>microsoft:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ChiefTieMore: two ties in words chief25.go did not read —
// a platform noun standing for the platform the person owns ("प्लेटफॉर्म
// के मालिक P") and a parent company named after the organisation ("O और
// उसकी मूल कंपनी X के सीईओ P"). Without tieByPlatform25 / parentBefore25
// each row gives only the organisation's stance.
func TestSession25ChiefTieMore(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"platform noun, accusation", "कमला हैरिस ने एक्स पर चुनाव से जुड़ी झूठी खबरें फैलाने का आरोप लगाया। प्लेटफॉर्म के मालिक एलन मस्क ने कोई टिप्पणी नहीं की।",
			[]string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
		{"platform noun, criticism", "प्लेटफॉर्म के मालिक एलन मस्क इन दिनों टेक्सास में हैं। राहुल गांधी ने एक्स की कड़ी आलोचना की है।",
			[]string{"rahul-gandhi>elon-musk:h", "rahul-gandhi>x-corp:h"}},
		{"parent named after the organisation, praise", "गूगल और उसकी मूल कंपनी अल्फाबेट के सीईओ सुंदर पिचाई बुधवार को दिल्ली पहुंचे। नरेंद्र मोदी ने गूगल के नए शोध केंद्र की सराहना की।",
			[]string{"narendra-modi>google:s", "narendra-modi>sundar-pichai:s"}},
	}
	checkStanceCases(t, a, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ChiefTieControls: unchanged by the guard and the two ties —
// praise of the organisation itself still passes to its chief, a hostile
// stance in a sentence with a tie word still passes, a platform noun
// with no role gives nothing, and a parent named with no role ties no one.
func TestSession25ChiefTieControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"praise of the organisation itself", "गूगल के सीईओ सुंदर पिचाई भी समारोह में मौजूद थे। नरेंद्र मोदी ने गूगल के नए एआई केंद्र की खुलकर सराहना की।",
			[]string{"narendra-modi>google:s", "narendra-modi>sundar-pichai:s"}},
		{"hostile with a tie word", "मेटा के सीईओ मार्क जुकरबर्ग ने कोई बयान नहीं दिया। डोनाल्ड ट्रंप ने मेटा पर विदेशी कंपनियों के साथ करार छिपाने का आरोप लगाया।",
			[]string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
		{"platform noun without a role", "कमला हैरिस ने एक्स पर झूठी खबरें फैलाने का आरोप लगाया। प्लेटफॉर्म के उपयोगकर्ता एलन मस्क की पोस्ट पढ़ते रहे।",
			[]string{"kamala-harris>x-corp:h"}},
		{"parent named, no role", "गूगल और उसकी मूल कंपनी अल्फाबेट के शेयर बुधवार को चढ़े। सुंदर पिचाई दिल्ली में थे। नरेंद्र मोदी ने गूगल की सराहना की।",
			[]string{"narendra-modi>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ChiefTieWith: "साथ" counts as a tie only when said of the
// praised organisation; a tie with someone else in the sentence leaves
// the transfer alone (withTarget25). The first row fails without the
// tie_with reading, the second (a control) with "साथ" read anywhere.
func TestSession25ChiefTieWith(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"with the organisation", "रिलायंस के चेयरमैन मुकेश अंबानी मंच पर थे। सुंदर पिचाई ने रिलायंस की तारीफ की और कहा कि रिलायंस के साथ काम करना उनके लिए गर्व की बात है।",
			[]string{"sundar-pichai>reliance:s"}},
		{"with someone else", "गूगल के सीईओ सुंदर पिचाई से मुलाकात के बाद नरेंद्र मोदी ने गूगल की पहल की सराहना की और कंपनी से छोटे कारोबारियों के साथ काम करने को कहा।",
			[]string{"narendra-modi>google:s", "narendra-modi>sundar-pichai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ChiefTieSelfFirst: a sentence that first judges the
// organisation itself (a copula or a calling verb, then "और") and only
// then names the tie still passes the praise to the chief (selfFirst25);
// the rows fail without it. The control names the tie first.
func TestSession25ChiefTieSelfFirst(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"called a great company, then a partner", "ओरेकल के चेयरमैन लैरी एलिसन भी बैठक में थे। डोनाल्ड ट्रंप ने ओरेकल को शानदार अमेरिकी कंपनी बताया और कहा कि ऐसा साझेदार मिलना मुश्किल है।",
			[]string{"donald-trump>larry-ellison:s", "donald-trump>oracle:s"}},
		{"the best lab, then the tie", "ओपनएआई के सीईओ सैम ऑल्टमैन ने नया मॉडल दिखाया। सत्या नडेला ने कहा कि ओपनएआई दुनिया की सबसे बेहतरीन प्रयोगशाला है और दोनों कंपनियों का रिश्ता लंबा चलेगा।",
			[]string{"satya-nadella>openai:s", "satya-nadella>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
	controls := []stanceCase{
		{"the tie first", "गूगल के सीईओ सुंदर पिचाई भी समारोह में मौजूद थे। गौतम अडानी ने कहा कि गूगल के साथ यह साझेदारी गर्व की बात है और गूगल दुनिया की सबसे भरोसेमंद कंपनी है।",
			[]string{"gautam-adani>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), controls)
}

// TestSession25ChiefRoleDenied: a role the story denies ("… के मालिक P
// नहीं थे") ties no one (roleDenied25): the rows fail without it. The
// control states the role.
func TestSession25ChiefRoleDenied(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"bare role denied", "डोनाल्ड ट्रंप ने एक्स पर मुकदमा दायर किया था। उस वक्त इसके मालिक एलन मस्क नहीं थे।",
			[]string{"donald-trump>x-corp:h"}},
		{"role of the organisation denied", "डोनाल्ड ट्रंप ने एक्स पर मुकदमा दायर किया था। तब एक्स के मालिक एलन मस्क नहीं थे।",
			[]string{"donald-trump>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), cases)
	controls := []stanceCase{
		{"role stated", "डोनाल्ड ट्रंप ने एक्स पर मुकदमा दायर किया है। इस समय एक्स के मालिक एलन मस्क हैं।",
			[]string{"donald-trump>elon-musk:h", "donald-trump>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), controls)
}
