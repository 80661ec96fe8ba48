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
		{"an untracked cause: महंगाई ने देश को गर्त में धकेल दिया", "डोनाल्ड ट्रंप ने कहा कि महंगाई ने देश को गर्त में धकेल दिया।", nil},

		// A court, law or agency used as a weapon (हथियार की तरह / के
		// रूप में / के तौर पर इस्तेमाल कर-, को हथियार बना-): the doer is
		// charged; a के खिलाफ phrase of another noun is not the victim.
		{"X ने कहा कि Y अदालत को हथियार की तरह इस्तेमाल कर रहे हैं", "सैम ऑल्टमैन ने कहा कि एलन मस्क अदालत को हथियार की तरह इस्तेमाल कर रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"'Y ने टैरिफ को हथियार बना लिया है,' X ने कहा", "\"डोनाल्ड ट्रंप ने टैरिफ को हथियार बना लिया है,\" कमला हैरिस ने कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"a के खिलाफ phrase of the suits, not of the weapon", "एलन मस्क ने लिखा कि रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ चल रहे कई केसों को फंड करके न्याय व्यवस्था को हथियार बनाया है।", []string{"elon-musk>reid-hoffman:h"}},
		{"weapons made: हथियार बनाने वाली कंपनी", "एलन मस्क ने कहा कि स्पेसएक्स हथियार बनाने वाली कंपनी नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
