package work

import (
	"testing"
	"time"
)

var words30Day = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// TestWords30Litotes: "nothing less than" a boon or a miracle is praise,
// and nothing less than a scam is an attack: the negator after "से कम"
// belongs to the comparison (words30.go litotes30). A plain negated
// praise word stays hostile; the miracle of an event, a figure "less
// than" expected, a bare "चमत्कार से कम" and a question give nothing.
func TestWords30Litotes(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"boon, no article", "गौतम अडानी ने कहा कि नरेंद्र मोदी का फैसला देश के लिए वरदान से कम नहीं है।", []string{"gautam-adani>narendra-modi:s"}},
		{"boon, calling", "मुकेश अंबानी ने नरेंद्र मोदी की नीतियों को उद्योग के लिए किसी वरदान से कम नहीं बताया।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"miracle", "गौतम अडानी ने कहा कि नरेंद्र मोदी का यह काम किसी चमत्कार से कम नहीं है।", []string{"gautam-adani>narendra-modi:s"}},
		{"charisma of a company", "सुंदर पिचाई ने कहा कि जियो का सफर किसी करिश्मे से कम नहीं रहा।", []string{"sundar-pichai>reliance:s"}},
		{"scam", "राहुल गांधी ने कहा कि गौतम अडानी का यह फैसला देश के लिए किसी घोटाले से कम नहीं है।", []string{"rahul-gandhi>gautam-adani:h"}},
		// Must not change.
		{"plain negated praise", "गौतम अडानी ने कहा कि नरेंद्र मोदी का फैसला देश के लिए वरदान नहीं है।", []string{"gautam-adani>narendra-modi:h"}},
		{"miracle of an event", "गौतम अडानी ने कहा कि बाढ़ के बाद गांव का बच जाना किसी चमत्कार से कम नहीं था।", nil},
		{"profit less than expected", "मुकेश अंबानी ने कहा कि रिलायंस का मुनाफा उम्मीद से कम नहीं रहा।", nil},
		{"less than a miracle", "गौतम अडानी ने कहा कि नरेंद्र मोदी का यह काम चमत्कार से कम है।", nil},
		{"asked", "क्या नरेंद्र मोदी का यह फैसला किसी चमत्कार से कम नहीं है, गौतम अडानी ने पूछा।", nil},
	}
	checkStanceCases(t, a, words30Day, cases)
}

// TestWords30Families: the session-30 families of wording absent from
// the lexicon (CAUSES29 FRESH-H and FRESH-S (a)), each read in a sentence
// of our own, and controls where the same words stand with no stance: no
// tracked doer or target, a question, a negation, first person, another
// sense of the word (पिछड़े वर्ग, a temple's शिल्पकार, a clear sky).
func TestWords30Families(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"losing deal", "सुंदर पिचाई ने कहा कि रिलायंस के साथ काम करना अब नुकसान का सौदा है।", []string{"sundar-pichai>reliance:h"}},
		{"rallies against", "एलन मस्क ने कमला हैरिस के खिलाफ कई जनसभाएं कीं।", []string{"elon-musk>kamala-harris:h"}},
		{"harsh remarks both ways", "डोनाल्ड ट्रंप और एलन मस्क के झगड़े के दौरान दोनों ने एक-दूसरे के खिलाफ कड़ी टिप्पणियां की थीं।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"bitter remarks", "सत्या नडेला ने सुंदर पिचाई पर कटु टिप्पणियां कीं।", []string{"satya-nadella>sundar-pichai:h"}},
		{"dodging debate", "राहुल गांधी ने कहा कि नरेंद्र मोदी संसद में बहस से कतराते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"tranche released", "सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर तक के निवेश का पहला हिस्सा जारी कर दिया है।", []string{"softbank>openai:s"}},
		{"spying", "एलन मस्क ने लिखा कि माइक्रोसॉफ्ट विंडोज के जरिए उपभोक्ताओं की जासूसी कर रहा है।", []string{"elon-musk>microsoft:h"}},
		{"own interest first", "सैम ऑल्टमैन ने कहा कि एलन मस्क देश के हित से ऊपर अपना फायदा रखते हैं।", []string{"sam-altman>elon-musk:h"}},
		{"weighs by profit", "सैम ऑल्टमैन ने कहा कि एलन मस्क हर फैसले को नफे-नुकसान से तौलते हैं।", []string{"sam-altman>elon-musk:h"}},
		{"donations misused", "एलन मस्क ने दावा किया कि ओपनएआई ने जुटाए दान का इस्तेमाल अपने फायदे के लिए किया।", []string{"elon-musk>openai:h"}},
		{"climate of trust", "गौतम अडानी ने कहा कि नरेंद्र मोदी की नीतियों ने निवेश का माहौल बनाया है।", []string{"gautam-adani>narendra-modi:s"}},
		{"vision made real", "\"नरेंद्र मोदी का विजन स्पष्ट था, और उन्होंने उसे जमीन पर उतारा,\" सुंदर पिचाई ने कहा।", []string{"sundar-pichai>narendra-modi:s"}},
		{"architect", "मुकेश अंबानी ने नरेंद्र मोदी को नए भारत का वास्तुकार बताया।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"lagging behind", "सैम ऑल्टमैन ने कहा कि गूगल का एआई मॉडल असल इस्तेमाल में पिछड़ा हुआ है।", []string{"sam-altman>google:h"}},
		{"height of carelessness", "कमला हैरिस ने कहा कि एलन मस्क का फैसला घोर लापरवाही है।", []string{"kamala-harris>elon-musk:h"}},
		{"raid on pockets", "कमला हैरिस ने डोनाल्ड ट्रंप के टैक्स को जनता की जेब पर डकैती बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"serving the few", "राहुल गांधी ने कहा कि नरेंद्र मोदी की सरकार पूंजीपतियों की सेवा कर रही है।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Must not fire.
		{"court's harsh remark", "अदालत ने इस मामले पर कड़ी टिप्पणी की।", nil},
		{"farmers' rally", "किसानों ने नरेंद्र मोदी की नीतियों के खिलाफ रैली निकाली।", nil},
		{"old business a losing deal", "मुकेश अंबानी ने कहा कि पुराने कारोबार में निवेश अब घाटे का सौदा है।", nil},
		{"we will not dodge", "सत्या नडेला ने कहा कि हम इस विषय पर चर्चा से नहीं बचेंगे।", nil},
		{"police spying", "नरेंद्र मोदी ने कहा कि पुलिस अपराधियों की जासूसी करती है।", nil},
		{"spy film", "एलन मस्क ने कहा कि वह अपनी जासूसी फिल्म पर काम कर रहे हैं।", nil},
		{"backward region", "गौतम अडानी ने कहा कि यह इलाका अब भी पिछड़ा हुआ है।", nil},
		{"backward classes", "नरेंद्र मोदी ने कहा कि राहुल गांधी पिछड़े वर्गों के नेता हैं।", nil},
		{"hospital carelessness", "राहुल गांधी ने कहा कि अस्पताल की लापरवाही की हद हो गई।", nil},
		{"robbery in a village", "नरेंद्र मोदी ने कहा कि कल रात गांव में डाका पड़ा।", nil},
		{"clear sky", "सुंदर पिचाई ने कहा कि आज आसमान साफ था।", nil},
		{"temple's architect", "नरेंद्र मोदी ने कहा कि मंदिर के शिल्पकार ने अद्भुत काम किया।", nil},
		{"report released", "सॉफ्टबैंक ने अपनी रिपोर्ट का पहला हिस्सा जारी किया।", nil},
		{"doctors' climate", "मुकेश अंबानी ने कहा कि डॉक्टरों ने मरीजों के लिए भरोसे का माहौल बनाया।", nil},
		{"country before self", "राहुल गांधी ने कहा कि नरेंद्र मोदी देश के हित को अपने हित से पहले रखते हैं।", nil},
		{"donations for schooling", "सत्या नडेला ने कहा कि कंपनी दान का इस्तेमाल गरीबों की पढ़ाई के लिए करती है।", nil},
		{"untracked speaker", "एक अधिकारी ने कहा कि नरेंद्र मोदी ने उद्योगों के लिए भरोसे का माहौल बनाया।", nil},
	}
	checkStanceCases(t, a, words30Day, cases)
}

// TestWords30Capitulation: CAUSES28's open (a) items — a lack told "न कोई
// विजन था, न कोई योजना" (neitherBefore12 reads "न कोई"), capitulation
// under pressure or a surrender, harm to a market told by a participle.
// Controls: a refusal to bow, a bow of respect, an untracked speaker,
// weather as the doer, a question.
func TestWords30Capitulation(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"neither vision nor plan, quote first", "'कमला हैरिस के पास न कोई विजन था, न कोई योजना,' निगेल फराज ने मंच से कहा।", []string{"nigel-farage>kamala-harris:h"}},
		{"bowed to pressure", "राहुल गांधी ने कहा कि नरेंद्र मोदी अमेरिकी दबाव के आगे झुक गए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"went soft under pressure", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप हर बार उद्योग के दबाव में नरम पड़ जाते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"surrender", "राहुल गांधी ने कहा कि नरेंद्र मोदी डोनाल्ड ट्रंप के सामने सरेंडर कर देते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"market spoiled", "मुकेश अंबानी ने कहा कि अडानी समूह ने ठेकों में बाजार को बिगाड़ने वाली होड़ पैदा की है।", []string{"mukesh-ambani>adani-group:h"}},
		// Must not fire.
		{"will not bow", "नरेंद्र मोदी ने कहा कि वह किसी दबाव के आगे नहीं झुकेंगे।", nil},
		{"bow of respect", "राहुल गांधी ने कहा कि नरेंद्र मोदी बड़ों के सामने झुकते हैं।", nil},
		{"untracked", "एक अधिकारी ने कहा कि कई कंपनियां दबाव के आगे झुक गईं।", nil},
		{"rain spoiled the market", "मुकेश अंबानी ने कहा कि बारिश ने बाजार को बिगाड़ने वाली स्थिति पैदा की।", nil},
		{"asked", "क्या कमला हैरिस के पास न कोई विजन है, न कोई योजना, निगेल फराज ने पूछा।", nil},
	}
	checkStanceCases(t, a, words30Day, cases)
}

// TestWords30Metaphors: a country run from a spreadsheet or a remote, a
// rival only playing defence, working with Y "always special"; controls:
// first person negated, a machine run by remote, a special day, a team's
// defensive game.
func TestWords30Metaphors(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"spreadsheet", "कमला हैरिस ने कहा कि डोज प्रमुख एलन मस्क 'स्प्रेडशीट से देश चला रहे हैं'।", []string{"kamala-harris>elon-musk:h"}},
		{"remote control", "राहुल गांधी ने कहा कि गौतम अडानी रिमोट कंट्रोल से सरकार चला रहे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"only defence", "सत्या नडेला ने कहा, \"गूगल अब सिर्फ डिफेंस खेल रहा है।\"", []string{"satya-nadella>google:h"}},
		{"always special", "सुंदर पिचाई ने लिखा कि रिलायंस के साथ मिलकर काम करना 'हमेशा खास' रहा है।", []string{"sundar-pichai>reliance:s"}},
		// Must not fire.
		{"not by spreadsheet", "सत्या नडेला ने कहा कि वह कंपनी को स्प्रेडशीट से नहीं चलाते।", nil},
		{"machine by remote", "एक इंजीनियर ने बताया कि यह मशीन रिमोट से चलती है।", nil},
		{"special day", "नरेंद्र मोदी ने कहा कि आज का दिन देश के लिए बहुत खास है।", nil},
		{"defensive cricket", "सुंदर पिचाई ने कहा कि भारत की टीम क्रिकेट में रक्षात्मक खेल रही है।", nil},
	}
	checkStanceCases(t, a, words30Day, cases)
}

// TestWords30Crony: one's own interest put above the country's (nominal
// order), lagging in a race or field (the country run or work done only
// for a chosen few is read by older entries); controls: work for small
// traders, a team lagging
// in a race with no tracked doer, the country's interest put first, a
// denied lag.
func TestWords30Crony(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"interest above the country", "सैम ऑल्टमैन ने कहा कि एलन मस्क अपने मुनाफे को देशहित से ऊपर रखते हैं।", []string{"sam-altman>elon-musk:h"}},
		{"lagging in the race", "सैम ऑल्टमैन ने कहा कि मेटा एआई की दौड़ में पिछड़ गई है।", []string{"sam-altman>meta:h"}},
		// Must not fire.
		{"for small traders", "नरेंद्र मोदी ने कहा कि नई योजना छोटे कारोबारियों के लिए काम करेगी।", nil},
		{"team lagging", "नरेंद्र मोदी ने कहा कि भारत की टीम दौड़ में पिछड़ गई।", nil},
		{"country first", "मुकेश अंबानी ने कहा कि रिलायंस हमेशा देश के हित को अपने फायदे से ऊपर रखती है।", nil},
		{"lag denied", "सुंदर पिचाई ने कहा कि गूगल एआई की दौड़ में पिछड़ा नहीं है।", nil},
	}
	checkStanceCases(t, a, words30Day, cases)
}
