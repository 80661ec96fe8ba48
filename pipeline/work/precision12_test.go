package work

import (
	"testing"
	"time"
)

// TestSession12Precision: general constructions behind hostile and
// supportive false positives (session 12, PRECISION helper). Each
// mechanism has a misfire case and a true stance that must survive.
func TestSession12Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A negated comparison praises: the negation falls on the
		// comparison ("I have never seen such …", "no one is like").
		{"Y जितना … नहीं देखा praises", "सत्या नडेला ने कहा कि उन्होंने सुंदर पिचाई जितना दूरदर्शी नेता कभी नहीं देखा।", []string{"satya-nadella>sundar-pichai:s"}},
		{"ऐसी … कहीं नहीं मिली praises", "मुकेश अंबानी बोले, गौतम अडानी जैसी दूरदर्शी सोच कहीं नहीं मिलती।", []string{"mukesh-ambani>gautam-adani:s"}},
		{"उनकी मिसाल नहीं मिलती praises", "मार्क जुकरबर्ग ने कहा कि एलन मस्क के काम की मिसाल इतिहास में नहीं मिलती।", []string{"mark-zuckerberg>elon-musk:s"}},
		{"दुनिया उनकी प्रतिभा समझ नहीं पाई praises", "रीड हॉफमैन ने कहा कि कमला हैरिस बेहद काबिल हैं और लोग उनकी प्रतिभा को अभी समझ नहीं पाए हैं।", []string{"reid-hoffman>kamala-harris:s"}},
		{"a praise word negated right after stays an attack", "एलन मस्क ने कहा कि सैम ऑल्टमैन ईमानदार नहीं हैं।", []string{"elon-musk>sam-altman:h"}},
		{"a degree word without a verb of seeing stays an attack", "राहुल गांधी ने कहा कि नरेंद्र मोदी इतने ईमानदार नहीं हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"lacking understanding (noun) stays an attack", "नाइजल फराज ने कहा कि कमला हैरिस को यूरोप की समझ नहीं है।", []string{"nigel-farage>kamala-harris:h"}},

		// An act done by others the sentence does not name: the speaker
		// condemns it or reports it; it is not the speaker's attack.
		{"Y पर हो रहे हमले (agentless progressive)", "डोनाल्ड ट्रंप ने कहा कि टेस्ला के दफ्तरों पर हो रहे हमले अपराध हैं।", nil},
		{"Y पर किए जा रहे हमले (agentless passive)", "डोनाल्ड ट्रंप ने कहा कि टेस्ला पर किए जा रहे हमले आतंकवाद जैसे हैं।", nil},
		// (Session 17: an attack condemned with no doer named is the
		// speaker's defence — the dev gold labels it supportive in
		// dvh-133, dvl-145, dvw-120, dvy-085; precision17.go.)
		{"Y पर किए गए हमले गलत थे (agentless past passive): the defence", "रीड हॉफमैन ने कहा कि कमला हैरिस पर किए गए हमले गलत थे।", []string{"reid-hoffman>kamala-harris:s"}},
		{"'Y पर हमले शर्मनाक' (condemned, no doer): the defence only", "हैरिस के बचाव में उतरे रीड हॉफमैन, बोले- 'कमला हैरिस पर निजी हमले निंदनीय'", []string{"reid-hoffman>kamala-harris:s"}},
		{"'Y को बदनाम करने की मुहिम चल रही है' (no doer)", "लेबर पर बरसे नाइजल फराज: 'एलन मस्क को बदनाम करने की मुहिम चल रही है'", nil},
		{"'सरकार उन्हें निशाना बना रही' (untracked subject): the backing only", "एलन मस्क के पक्ष में उतरे नाइजल फराज: 'सरकार उन्हें निशाना बना रही'", []string{"nigel-farage>elon-musk:s"}},
		// A disagreement (मतभेद) acknowledged, reported or limited is no
		// hostility (SCHEMA: discussing a dispute is neutral); a quarrel
		// and a reconciliation keep their readings.
		{"X ने माना कि Y से मतभेद हैं", "सुंदर पिचाई ने माना कि सत्या नडेला से कुछ नीतियों पर उनके मतभेद हैं।", nil},
		{"X-Y में मतभेद (headline)", "ऑल्टमैन-नडेला में मतभेद, पर साझेदारी बरकरार", nil},
		{"a report of मतभेद between two companies", "एक अखबार के मुताबिक गूगल और मेटा के बीच विज्ञापन नियमों पर मतभेद हैं।", nil},
		{"मतभेद खत्म stays a reconciliation", "राहुल गांधी और नरेंद्र मोदी के मतभेद खत्म हो गए हैं।", []string{"narendra-modi>rahul-gandhi:s", "rahul-gandhi>narendra-modi:s"}},
		{"a quarrel (तकरार) stays hostile both ways", "एलन मस्क और सैम ऑल्टमैन के बीच तीखी तकरार हुई।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},

		// Praise with a disagreement limited to a view or one instance,
		// across a contrast, is a polite rejection: the praise stands,
		// no attack (also when the reply is called a retort).
		{"Y प्रतिभाशाली हैं, लेकिन इस मुद्दे पर गलत", "सुंदर पिचाई ने कहा कि सैम ऑल्टमैन बेहद प्रतिभाशाली हैं, लेकिन इस मुद्दे पर वह गलत हैं।", []string{"sundar-pichai>sam-altman:s"}},
		{"Y की यह राय गलत है, हालांकि वह दूरदर्शी हैं", "मुकेश अंबानी ने कहा, 'गौतम अडानी की यह राय गलत है, हालांकि वह एक दूरदर्शी उद्योगपति हैं।'", []string{"mukesh-ambani>gautam-adani:s"}},
		{"पलटवार: 'Y से असहमत हूं, मगर इज्जत करता हूं'", "ऑल्टमैन ने किया पलटवार: 'मस्क से असहमत हूं, मगर उनकी इज्जत करता हूं'", []string{"sam-altman>elon-musk:s"}},
		{"पलटवार करते हुए कहा कि Y प्रतिभाशाली, लेकिन यह सोच गलत", "मस्क की टिप्पणी पर ऑल्टमैन ने पलटवार करते हुए कहा कि मस्क बेहद प्रतिभाशाली हैं, लेकिन उनकी यह सोच गलत है।", []string{"sam-altman>elon-musk:s"}},
		{"a policy called wrong after praise stays hostile", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप उनके दोस्त हैं, पर उनकी टैरिफ नीति यूरोप के लिए गलत है।", []string{"nigel-farage>donald-trump:h", "nigel-farage>donald-trump:s"}},
		{"a real insult after praise stays hostile", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप कभी महान कारोबारी थे, लेकिन अब वह झूठे और गलत हैं।", []string{"kamala-harris>donald-trump:h", "kamala-harris>donald-trump:s"}},
		// (Session 27, SCHEMA ruling rule 2: "Y is wrong" only denies Y's
		// claim, also with no praise; claims27.go.)
		{"wrong in this matter, with no praise, is a denial", "रीड हॉफमैन ने कहा कि इस मामले में डोनाल्ड ट्रंप गलत हैं।", nil},

		// A deal with someone's company given by its own name is no
		// alliance with the owner; acts on the company stay the owner's.
		{"Z ने X की कंपनी <untracked> के साथ करार किया", "माइक्रोसॉफ्ट ने एलन मस्क की कंपनी न्यूरालिंक के साथ करार किया।", nil},
		{"Z ने X की ऊर्जा कंपनी <untracked> संग समझौता किया", "गूगल ने सैम ऑल्टमैन की ऊर्जा कंपनी हेलियन संग बिजली खरीद का समझौता किया।", nil},
		{"X की कंपनी <tracked> के साथ: the company's alliance stays", "गूगल ने मुकेश अंबानी की कंपनी जियो के साथ साझेदारी की।", []string{"google>reliance:s", "reliance>google:s"}},
		{"criticism of X की कंपनी Y stays the owner's too", "कमला हैरिस ने एलन मस्क की कंपनी टेस्ला की आलोचना की।", []string{"kamala-harris>elon-musk:h", "kamala-harris>tesla:h"}},
		{"a deal with X himself stays", "ओरेकल ने एलन मस्क के साथ करार किया।", []string{"oracle>elon-musk:s"}},

		// A handshake between two people at an event is a greeting
		// (meeting: neutral), not joining forces.
		{"X ने Y से हाथ मिलाया at a summit", "शिखर सम्मेलन के दौरान नरेंद्र मोदी ने डोनाल्ड ट्रंप से हाथ मिलाया।", nil},
		{"X ने Y से गर्मजोशी से हाथ मिलाया on stage", "मंच पर पहुंचते ही कमला हैरिस ने डोनाल्ड ट्रंप से गर्मजोशी से हाथ मिलाया।", nil},
		{"a company joining hands at a meeting stays an alliance", "ओरेकल ने बैठक के दौरान एलन मस्क से हाथ मिलाया।", []string{"elon-musk>oracle:s", "oracle>elon-musk:s"}},
		{"X ने Y के साथ हाथ मिलाया stays an alliance", "मुकेश अंबानी ने गौतम अडानी के साथ हाथ मिलाया।", []string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},
		{"हाथ मिला लिया (joined forces) stays at an event", "समारोह में लैरी एलिसन ने डोनाल्ड ट्रंप से हाथ मिला लिया।", []string{"donald-trump>larry-ellison:s", "larry-ellison>donald-trump:s"}},
		{"no event named: stays an alliance", "नाइजल फराज ने एलन मस्क से हाथ मिलाया।", []string{"elon-musk>nigel-farage:s", "nigel-farage>elon-musk:s"}},

		// Money poured into or for someone is backing, never an attack on
		// a name found elsewhere; spending against someone stays hostile.
		{"X ने Y में झोंके N डॉलर, Z बोले-", "माइक्रोसॉफ्ट ने ओपनएआई में झोंके 10 अरब डॉलर, नडेला बोले- भविष्य यहीं है", []string{"microsoft>openai:s"}},
		{"Y के लिए खोला खजाना: X ने झोंके करोड़ों", "हैरिस के लिए खोला खजाना: हॉफमैन ने झोंके करोड़ों डॉलर", nil},
		{"X ने Y के खिलाफ करोड़ों झोंके stays hostile", "रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ विज्ञापनों पर करोड़ों डॉलर झोंके।", []string{"reid-hoffman>donald-trump:h"}},
		// Distance from a thing of Y's is no rupture with Y.
		{"Y के फैसले से कोई लेना-देना नहीं", "पिचाई ने कहा कि ओपनएआई के फैसले से गूगल का कोई लेना-देना नहीं है।", nil},
		{"Y की योजना से कोई संबंध नहीं", "सुंदर पिचाई ने कहा कि मस्क की योजना से उनका कोई संबंध नहीं है।", nil},
		{"Y से अब कोई लेना-देना नहीं stays a rupture", "डोनाल्ड ट्रंप ने कहा कि अब एलन मस्क से उनका कोई लेना-देना नहीं है।", []string{"donald-trump>elon-musk:h"}},

		// A claim with no claimant is hearsay in any medium.
		{"वायरल पोस्ट में दावा किया गया कि X ने Y को …", "एक वायरल पोस्ट में दावा किया गया कि एलन मस्क ने सैम ऑल्टमैन को धोखेबाज कहा।", nil},
		{"वीडियो में दावा किया जा रहा है कि X ने Y की तारीफ की", "इंटरनेट पर घूम रहे एक वीडियो में दावा किया जा रहा है कि नरेंद्र मोदी ने राहुल गांधी की तारीफ की।", nil},
		{"X ने दावा किया कि Y ने … stays X's charge", "एलन मस्क ने दावा किया कि सैम ऑल्टमैन ने उन्हें धोखा दिया।", []string{"elon-musk>sam-altman:h"}},
		{"बयान में कहा गया (a statement) stays asserted", "बयान में कहा गया कि गूगल ने मेटा पर मुकदमा किया है।", []string{"google>meta:h"}},

		// A role holder's jibe is the role holder's, not his principal's.
		{"quote: X के पूर्व सलाहकार का तंज", "'ऑल्टमैन भरोसे लायक नहीं': मस्क के पूर्व सलाहकार का तंज", nil},
		{"quote: X के करीबी सलाहकार का तंज", "'हैरिस देश नहीं चला सकतीं': ट्रंप के करीबी सलाहकार का तंज", nil},
		{"quote: X का तंज stays X's", "'ऑल्टमैन भरोसे लायक नहीं': मस्क का तंज", []string{"elon-musk>sam-altman:h"}},
		{"X के सीईओ Y का तंज stays Y's", "ओपनएआई के सीईओ सैम ऑल्टमैन का मस्क पर तंज।", []string{"sam-altman>elon-musk:h"}},

		// An unnamed group speaks of itself: its वे is not the last
		// person named before.
		{"Z के एक समूह ने कहा कि वे Y के फैसलों पर सवाल उठाते हैं", "सैम ऑल्टमैन ने नई योजना पेश की। विश्लेषकों के एक समूह ने कहा कि वे मासायोशी सन के फैसलों पर सवाल उठाते हैं।", nil},
		{"Z के एक समूह ने कहा कि वे Y की आलोचना करते हैं", "एलन मस्क ने नया मॉडल दिखाया। निवेशकों के एक समूह ने कहा कि वे गूगल की आलोचना करते हैं।", nil},
		{"कंपनी ने कहा कि वह … stays the named company", "सॉफ्टबैंक ने योजना बताई। कंपनी ने कहा कि वह ओपनएआई की तारीफ करती है।", []string{"softbank>openai:s"}},

		// A praise negated inside words the speaker denies having said is
		// no attack.
		{"कहा कि उन्होंने कभी नहीं कहा कि Y ईमानदार नहीं", "सुंदर पिचाई ने कहा कि उन्होंने कभी यह नहीं कहा कि सैम ऑल्टमैन ईमानदार नहीं हैं।", nil},
		{"X ने यह कभी नहीं कहा कि Y काबिल नहीं", "मार्क जुकरबर्ग ने यह कभी नहीं कहा कि एलन मस्क काबिल नहीं हैं।", nil},
		{"X ने कहा कि Y काबिल नहीं stays an attack", "मार्क जुकरबर्ग ने कहा कि एलन मस्क काबिल नहीं हैं।", []string{"mark-zuckerberg>elon-musk:h"}},

		// Loyalty told by the one who received it is his thanks to the
		// doer (as a wrong told so is his charge); a deed stays the doer's.
		{"X ने लिखा कि Y उनके साथ डटकर खड़े रहे", "नरेंद्र मोदी ने लिखा कि मुश्किल दौर में डोनाल्ड ट्रंप उनके साथ डटकर खड़े रहे।", []string{"narendra-modi>donald-trump:s"}},
		{"X ने कहा कि Y ने उन पर भरोसा जताया", "सैम ऑल्टमैन ने कहा कि संकट के समय सत्या नडेला ने उन पर भरोसा जताया।", []string{"sam-altman>satya-nadella:s"}},
		{"a deed told by the one helped stays the doer's", "डोनाल्ड ट्रंप ने बताया कि एलन मस्क ने चुनाव में उनके लिए प्रचार किया।", []string{"elon-musk>donald-trump:s"}},
		{"X ने कहा कि वह Y के साथ खड़े हैं stays X's", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के साथ खड़े हैं।", []string{"elon-musk>donald-trump:s"}},

		// True stances that must survive the others'-act rules above
		// (a doer named, a speaker's own words, a future, an investment).
		{"X ने Y पर हमला किया stays", "एलन मस्क ने सैम ऑल्टमैन पर तीखा हमला किया।", []string{"elon-musk>sam-altman:h"}},
		{"Y के Z द्वारा किए जा रहे हमले शर्मनाक: a doer is named, the charge stays", "हैरिस ने कहा कि ट्रंप के समर्थकों द्वारा उन पर किए जा रहे हमले शर्मनाक हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने Y को बदनाम करने की कोशिश की stays", "राहुल गांधी ने अडानी समूह को बदनाम करने की कोशिश की, समूह ने कहा।", []string{"rahul-gandhi>adani-group:h"}},
		{"X, Y को निशाना बना रहे हैं (speaker's words, tracked subject)", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप उन्हें निशाना बना रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"a future 'होने वाली है' is no doer phrase", "नरेंद्र मोदी ने कहा कि राहुल गांधी की दुकान बंद होने वाली है।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"Y में किया गया निवेश (supportive, agentless) stays", "मासायोशी सन ने कहा कि ओपनएआई में किया गया निवेश उनका सबसे अच्छा फैसला है।", []string{"masayoshi-son>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
