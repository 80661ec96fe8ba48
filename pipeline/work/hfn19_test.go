package work

import (
	"testing"
	"time"
)

// TestSession19HarmCause: a harm told through its cause ("Y की नीतियों
// से किसानों को नुकसान हुआ", "Y के टैरिफ से महंगाई बढ़ेगी", "… की वजह से
// रोजी-रोटी छिन रही है") is the speaker's criticism of Y; foretold in
// someone's words it is the charge now (frames with `cause: true`).
func TestSession19HarmCause(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"harm done through Y's thing", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप की नीतियों की वजह से किसानों को भारी नुकसान हुआ है।", []string{"nigel-farage>donald-trump:h"}},
		{"harm foretold through Y's thing", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की नीतियों से महंगाई बढ़ेगी।", []string{"kamala-harris>donald-trump:h"}},
		{"ruin foretold", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस की नीतियों से अमेरिकी परिवार बर्बाद हो जाएंगे।", []string{"donald-trump>kamala-harris:h"}},
		{"a relative's deed as the cause", "नाइजल फराज ने कहा, \"डोनाल्ड ट्रंप ने ब्रिटेन के साथ जो किया, उससे हमारे उद्योग को भारी नुकसान हुआ है।\"", []string{"nigel-farage>donald-trump:h"}},
		{"livelihoods taken", "राहुल गांधी ने कहा कि गौतम अडानी के बंदरगाहों की वजह से मछुआरों की रोजी-रोटी छिन रही है।", []string{"rahul-gandhi>gautam-adani:h"}},
		// Must not fire: the cause is an act on Y (an oblique infinitive).
		{"an act with से as the cause", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप से अलग होने से टेस्ला को नुकसान हुआ।", nil},
		// Must not fire: Y is the one harmed, or only compared.
		{"Y harmed", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क की कंपनी को भारी नुकसान हुआ है।", nil},
		{"Y ruined, no cause named", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क बर्बाद हो जाएंगे।", nil},
		{"Y compared, no cause", "सत्या नडेला ने कहा कि सैम ऑल्टमैन जैसे नेता को खोना पूरे उद्योग के लिए नुकसान होता।", nil},
		// Must not fire: denied, asked, conditional.
		{"denied harm", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप के शुल्कों से ब्रिटिश उद्योग को कोई नुकसान नहीं होगा।", nil},
		{"asked", "नाइजल फराज ने पूछा कि क्या डोनाल्ड ट्रंप के शुल्कों से उद्योग को नुकसान होगा।", nil},
		{"conditional", "नाइजल फराज ने कहा कि अगर डोनाल्ड ट्रंप के शुल्क लागू हुए तो उद्योग को नुकसान होगा।", nil},
		// Must not fire: nobody's words.
		{"narration", "डोनाल्ड ट्रंप के शुल्कों से ब्रिटिश उद्योग को नुकसान होगा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19WeaponAndWord: turning an institution into a weapon
// ("Y अदालत को हथियार बना रहे हैं / की तरह इस्तेमाल कर रहे हैं") and
// going back on one's word in any number or with पलट- ("Y अपने वादों से
// मुकर गए", "अपनी बात से पलटे") are charges against Y in someone's words.
func TestSession19WeaponAndWord(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"weapon made", "एलन मस्क ने कहा कि रीड हॉफमैन ने न्याय व्यवस्था को राजनीतिक हथियार बना दिया।", []string{"elon-musk>reid-hoffman:h"}},
		{"used as a weapon", "सैम ऑल्टमैन ने कहा कि एलन मस्क ने अदालत को हथियार की तरह इस्तेमाल किया।", []string{"sam-altman>elon-musk:h"}},
		// The victim under के खिलाफ qualifies another noun: the charge is
		// against the doer only.
		{"के खिलाफ of another noun", "एलन मस्क ने लिखा कि रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ चल रहे केसों को फंड करके न्याय व्यवस्था को हथियार बनाया है।", []string{"elon-musk>reid-hoffman:h"}},
		{"promises, plural", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप अपने वादों से मुकर गए हैं और जनता को गुमराह कर रहे हैं।", []string{"elon-musk>donald-trump:h"}},
		{"back on one's word with पलट-", "राहुल गांधी ने कहा कि नरेंद्र मोदी अपनी बात से पलटे।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Must not fire: weapons as things, a promise kept, a generic act.
		{"weapons given", "डोनाल्ड ट्रंप ने कहा कि सेना को नए हथियार दिए जाएंगे।", nil},
		{"weaponising in general", "एलन मस्क ने कहा कि एआई को हथियार बनाना खतरनाक है।", nil},
		{"denied weapon", "सुंदर पिचाई ने कहा कि गूगल किसी भी डेटा को हथियार नहीं बनाएगा।", nil},
		{"never goes back", "नरेंद्र मोदी ने कहा कि भारत अपने वादों से कभी नहीं मुकरेगा।", nil},
		{"will not turn back", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट अपनी बात से नहीं पलटेगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19Belittling: Y said not to be serious or to speak without
// understanding ("Y … गंभीर नहीं हैं", "Y … समझे बिना टिप्पणी कर रहे हैं"),
// and a loss told as what would have been ("उनके बिना Y चुनाव हार जाते",
// "… नहीं जीत पाते"), belittle Y in the speaker's words.
func TestSession19Belittling(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"not serious", "मेटा प्रमुख मार्क जुकरबर्ग ने जवाब दिया कि एलन मस्क गंभीर नहीं हैं और आगे बढ़ने का वक्त है।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"without understanding", "नाइजल फराज ने एक बयान जारी कर कहा कि एलन मस्क 'ब्रिटेन की राजनीति को समझे बिना' टिप्पणी कर रहे हैं।", []string{"nigel-farage>elon-musk:h"}},
		{"would have lost without me", "मस्क का दावा- 'मेरे बिना डोनाल्ड ट्रंप चुनाव हार जाते'।", []string{"elon-musk>donald-trump:h"}},
		{"could not have won", "एलन मस्क ने लिखा कि उनके बिना डोनाल्ड ट्रंप चुनाव नहीं जीत पाते।", []string{"elon-musk>donald-trump:h"}},
		// Must not fire: a thing not serious, a loss in a condition, a
		// plain past loss, the serious done.
		{"a quarrel not serious", "सत्या नडेला ने कहा कि सैम ऑल्टमैन के साथ मतभेद गंभीर नहीं हैं।", nil},
		{"a condition not serious", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क की हालत गंभीर नहीं है।", nil},
		{"loss under a condition", "एलन मस्क ने कहा कि अगर चुनाव आज होते तो डोनाल्ड ट्रंप हार जाते।", nil},
		{"a past loss", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप चुनाव हार गए थे।", nil},
		{"understanding done", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क इसे समझे बिना कुछ नहीं करते।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19Favouritism: a government run, or work done, for one's
// friends or a few industrialists ("Y अपने दोस्तों के लिए सरकार चला रहे
// हैं", "… उद्योगपति मित्रों के लिए काम करते हैं") and the nation
// mortgaged ("… स्वाभिमान गिरवी रख दिया") charge the doer Y.
func TestSession19Favouritism(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quote first, government for friends", "\"प्रधानमंत्री नरेंद्र मोदी सिर्फ अपने दो-तीन दोस्तों के लिए सरकार चला रहे हैं,\" राहुल गांधी ने कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		// The kind noun before दोस्तों is no doer (dvb-055: an
		// industrialist named earlier in the story).
		{"industrialist friends", "नरेंद्र मोदी ने मुकेश अंबानी की तारीफ की। राहुल गांधी ने कहा कि प्रधानमंत्री देश के लिए नहीं, अपने चुनिंदा उद्योगपति दोस्तों के लिए सरकार चलाते हैं।", []string{"narendra-modi>mukesh-ambani:s", "rahul-gandhi>narendra-modi:h"}},
		{"nation mortgaged", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने दोस्ती के नाम पर देश का स्वाभिमान गिरवी रख दिया है।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Must not fire: work for farmers or customers, one's own work
		// for friends, a stake pledged in narration.
		{"work for farmers", "नरेंद्र मोदी ने कहा कि सरकार किसानों के लिए काम कर रही है।", nil},
		{"customers and friends", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट अपने ग्राहकों और दोस्तों के लिए काम करती है।", nil},
		{"own work for friends", "एलन मस्क ने कहा कि वह अपने दोस्तों के लिए काम करते हैं।", nil},
		{"stake pledged", "सॉफ्टबैंक ने आर्म में अपनी हिस्सेदारी गिरवी रखकर कर्ज जुटाया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19Plunder: plunder as a noun with its doer in the genitive
// ("Y की (खुली) लूट है", "'Y की लूट योजना' बताया") charges Y.
func TestSession19Plunder(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y's plunder scheme", "राहुल गांधी ने धारावी परियोजना को 'गौतम अडानी की लूट योजना' बताया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"Y's open plunder", "राहुल गांधी ने कहा कि धारावी परियोजना गौतम अडानी की खुली लूट है।", []string{"rahul-gandhi>gautam-adani:h"}},
		// Must not fire: a robbery suffered, the country's plunder.
		{"robbery at Y's", "एलन मस्क ने कहा कि टेस्ला के शोरूम में लूट हुई।", nil},
		{"no tracked doer", "राहुल गांधी ने कहा कि यह देश की खुली लूट है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
