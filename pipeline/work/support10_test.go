package work

import (
	"testing"
	"time"
)

// TestSession10Support: the supportive-side rules of session 10. Each
// rule has positive rows and rows it must leave alone. "head || body"
// splits a headline from its body.
func TestSession10Support(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// readMembers: a venture's partners named in a relative clause,
		// with an owner, or in the present right after the forming is
		// announced.
		{"जिसमें X, Y और Z साझेदार होंगे", "अबू धाबी में एक नया एआई केंद्र बनेगा, जिसमें ओरेकल, सॉफ्टबैंक और ओपनएआई साझेदार होंगे।",
			[]string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"जिनमें X और Y साझेदार बनेंगी (two)", "टोक्यो में नया डेटा केंद्र खुलेगा, जिसमें सॉफ्टबैंक और ओपनएआई साझेदार बनेंगी।",
			[]string{"openai>softbank:s", "softbank>openai:s"}},
		{"ऐलान, then इसमें X, Y और Z साझेदार हैं", "राष्ट्रपति ने बुधवार को एक एआई परियोजना की घोषणा की। इसमें ओपनएआई, ओरेकल और सॉफ्टबैंक साझेदार हैं।",
			[]string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"ऐलान हुआ (passive), then … साझेदार हैं", "दिल्ली में नए एआई केंद्र का ऐलान हुआ, इसमें रिलायंस और मेटा साझेदार हैं।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"X और <untracked> Y के साझेदार होंगे", "इस केंद्र में अडानी समूह और एक दूरसंचार कंपनी गूगल के साझेदार होंगे।",
			[]string{"adani-group>google:s", "google>adani-group:s"}},
		{"X, Y का साझेदार होगा", "नई परियोजना में माइक्रोसॉफ्ट रिलायंस का साझेदार होगा।",
			[]string{"microsoft>reliance:s", "reliance>microsoft:s"}},
		{"a membership explained (present, no announcement) is background", "इस परियोजना में ओपनएआई, ओरेकल और सॉफ्टबैंक साझेदार हैं।", nil},
		{"an announcement long past (की थी) is background", "परियोजना की घोषणा पिछले साल की गई थी। इसमें ओपनएआई, ओरेकल और सॉफ्टबैंक साझेदार हैं।", nil},
		{"a single member with no owner is nobody's partner", "परियोजना का ऐलान किया गया। इसमें ओरेकल भी साझेदार है।", nil},
		{"a present owner tie with no announcement is background", "ओरेकल गूगल का साझेदार है।", nil},
		{"a question keeps it unasserted", "क्या इस केंद्र में ओरेकल और सॉफ्टबैंक साझेदार होंगे?", nil},
		{"negated membership", "नए केंद्र में, जिसकी घोषणा हुई, ओरेकल और सॉफ्टबैंक साझेदार नहीं होंगे।", nil},
		{"persons are not an organisation's co-members", "नए केंद्र में, जिसमें सैम ऑल्टमैन और ओरेकल साझेदार होंगे, काम शुरू हुआ।", nil},
		{"ऐलान किया था (pluperfect) is background", "कंपनियों ने पिछले साल इसका ऐलान किया था। इसमें रिलायंस और मेटा साझेदार हैं।", nil},
		// readWorkWith: working with Y said to be a joy or an honour, or
		// said to go on, in someone's words.
		{"कि Y के साथ मिलकर काम करना गर्व की बात", "मुकेश अंबानी ने कहा कि मेटा के साथ मिलकर काम करना उनके लिए गर्व की बात है।", []string{"mukesh-ambani>meta:s"}},
		{"कि Y के साथ काम करना खुशी की बात", "सत्या नडेला बोले कि सैम ऑल्टमैन के साथ काम करना हमेशा खुशी की बात रही।", []string{"satya-nadella>sam-altman:s"}},
		{"Y की टीम के साथ काम करना रोमांचक (possessed)", "सुंदर पिचाई ने कहा कि अंबानी की टीम के साथ काम करना बेहद रोमांचक रहा।", []string{"sundar-pichai>mukesh-ambani:s"}},
		{"headline: X बोले- Y के साथ काम करना सौभाग्य", "नडेला बोले- ओपनएआई के साथ काम करना सौभाग्य || ", []string{"satya-nadella>openai:s"}},
		{"वह Y के साथ मिलकर काम करता रहेगा (goes on)", "गूगल ने कहा कि वह रिलायंस के साथ मिलकर काम करता रहेगा।", []string{"google>reliance:s"}},
		{"वे Y के साथ काम करते रहेंगे (goes on)", "मार्क जुकरबर्ग ने कहा कि वे मुकेश अंबानी के साथ काम करते रहेंगे।", []string{"mark-zuckerberg>mukesh-ambani:s"}},
		{"a plan to start working together is no tie", "गूगल ने कहा कि वह रिलायंस के साथ काम करेगा।", nil},
		{"working with Y called hard is no praise", "फराज ने कहा कि एलन मस्क के साथ काम करना मुश्किल है।", nil},
		{"negated: Y के साथ काम करना गर्व की बात नहीं", "राहुल गांधी ने कहा कि अडानी के साथ काम करना गर्व की बात नहीं है।", nil},
		{"narrator's line is nobody's words", "रिलायंस के साथ काम करना गूगल के लिए गर्व की बात है।", nil},
		// readTieKept: a tie said to go on, in someone's words: the
		// speaker towards Y only.
		{"कि Y के साथ Z की साझेदारी जारी रहेगी", "सुंदर पिचाई ने कहा कि रिलायंस के साथ गूगल की साझेदारी पहले की तरह जारी रहेगी।", []string{"sundar-pichai>reliance:s"}},
		{"कि Y के साथ उसका करार जारी रहेगा", "ओरेकल ने कहा कि ओपनएआई के साथ उसका करार जारी रहेगा।", []string{"oracle>openai:s"}},
		{"कि वह Y के साथ रिश्ता जारी रखेगी", "मेटा ने कहा कि वह रिलायंस के साथ अपना सहयोग जारी रखेगी।", []string{"meta>reliance:s"}},
		{"negated: जारी नहीं रहेगी is no affirmation", "गूगल ने कहा कि रिलायंस के साथ सहयोग जारी नहीं रहेगा।", nil},
		{"a question keeps it unasserted", "क्या ओरेकल ने कहा कि ओपनएआई के साथ उसका करार जारी रहेगा?", nil},
		{"a condition keeps it unasserted", "ओरेकल ने कहा कि अगर शर्तें मानी गईं तो ओपनएआई के साथ करार जारी रहेगा।", nil},
		// moneyPlaced: a sum placed in Y, whatever the currency, scale or
		// verb of placing.
		{"Y में N करोड़ रुपये लगाए", "मेटा ने रिलायंस में 43,574 करोड़ रुपये लगाए।", []string{"meta>reliance:s"}},
		{"Y में N अरब डॉलर झोंके", "माइक्रोसॉफ्ट ने ओपनएआई में 10 अरब डॉलर झोंके।", []string{"microsoft>openai:s"}},
		{"Y में N यूरो डाले", "सॉफ्टबैंक ने एक्सएआई में 2 अरब यूरो डाले।", []string{"softbank>xai:s"}},
		{"Y में N डॉलर जमा किए (a tranche)", "सॉफ्टबैंक ने ओपनएआई में किस्त के तौर पर 7 अरब डॉलर जमा किए।", []string{"softbank>openai:s"}},
		{"Y में भारी रकम लगाई", "गूगल ने रिलायंस में भारी रकम लगाई।", []string{"google>reliance:s"}},
		{"headline: X ने Y में झोंके N डॉलर", "ओरेकल ने एक्सएआई में झोंके 3 अरब डॉलर || ", []string{"oracle>xai:s"}},
		{"X के Y में N लगाने के ऐलान पर Z ने …: X's", "गूगल के रिलायंस में 5 अरब डॉलर लगाने के ऐलान पर मोदी ने खुशी जताई।", []string{"google>reliance:s"}},
		{"Y में N डॉलर से ज्यादा लगा चुका है", "गूगल रिलायंस में 4 अरब डॉलर से ज्यादा लगा चुका है।", []string{"google>reliance:s"}},
		{"relative: Z, जो Y में N से अधिक लगा चुकी है, …", "मेटा, जो रिलायंस में 5 अरब डॉलर से अधिक लगा चुकी है, इस दौर में भी शामिल रही।", []string{"meta>reliance:s"}},
		{"Y में N डॉलर तक लगाए", "सॉफ्टबैंक ने एक्सएआई में 2 अरब डॉलर तक लगाए।", []string{"softbank>xai:s"}},
		{"intransitive: Y में पैसा लगा है is no one's deed", "राहुल गांधी ने कहा कि अडानी समूह में विदेशी पैसा लगा है।", nil},
		{"negated", "सॉफ्टबैंक ने ओपनएआई में 10 अरब डॉलर नहीं लगाए।", nil},
		{"a question", "क्या गूगल रिलायंस में 5 अरब डॉलर लगाएगा?", nil},
		{"a levy on Y is no investment", "ट्रंप ने गूगल पर 3 अरब डॉलर का जुर्माना लगाया।", nil},
		// orgSubjectBefore: उसने after an organisation subject in the
		// sentence is that organisation.
		{"Z चुप है, हालांकि उसने Y में N लगाए हैं", "मस्क ने ओपनएआई की आलोचना की। माइक्रोसॉफ्ट इस पर चुप है, हालांकि उसने ओपनएआई में 13 अरब डॉलर लगाए हैं।", []string{"elon-musk>openai:h", "microsoft>openai:s"}},
		{"a person subject nearer keeps उसने off the organisation", "माइक्रोसॉफ्ट के बाद मस्क आए, और उसने ओपनएआई में 1 अरब डॉलर लगाए।", []string{"elon-musk>openai:s"}},
		// Congratulations on a win with Y marked को ("Y को जीत पर बधाई").
		{"X ने Y को जीत पर बधाई दी", "सत्या नडेला ने नरेंद्र मोदी को चुनाव में जीत पर बधाई दी।", []string{"satya-nadella>narendra-modi:s"}},
		{"X ने Y को ऐतिहासिक जीत पर शुभकामनाएं दीं", "मुकेश अंबानी ने डोनाल्ड ट्रंप को ऐतिहासिक जीत पर शुभकामनाएं दीं।", []string{"mukesh-ambani>donald-trump:s"}},
		{"X ने Y की जीत पर बधाई दी (genitive still)", "फराज ने ट्रंप की जीत पर बधाई दी।", []string{"nigel-farage>donald-trump:s"}},
		{"negated congratulations", "राहुल गांधी ने मोदी को जीत पर बधाई नहीं दी।", nil},
		// readGotBacking: backing received, verb first.
		{"Y को मिला X का साथ", "डोनाल्ड ट्रंप को मिला एलन मस्क का साथ || ", []string{"elon-musk>donald-trump:s"}},
		{"Y को मिला X का खुला समर्थन", "फराज को मिला मस्क का खुला समर्थन || ", []string{"elon-musk>nigel-farage:s"}},
		{"Y को मिली X की हिमायत (body)", "कमला हैरिस को मिली रीड हॉफमैन की हिमायत।", []string{"reid-hoffman>kamala-harris:s"}},
		{"a question keeps it unasserted", "क्या ट्रंप को मिला मस्क का साथ?", nil},
		{"something else received is no backing", "ट्रंप को मिला मस्क की कंपनी का ठेका || ", nil},
		{"a reply received is no backing", "हैरिस को मिला हॉफमैन का जवाब || ", nil},
		// bothPair: "दोनों कंपनियों" after a pair of persons is the
		// organisations the story ties to them.
		{"दोनों कंपनियों के बीच करार: the persons' companies", "सत्या नडेला ने एलन मस्क को धन्यवाद दिया। मस्क की कंपनी एक्सएआई के मॉडल माइक्रोसॉफ्ट के मंच पर आएंगे। इसके लिए दोनों कंपनियों के बीच करार हुआ है।",
			[]string{"microsoft>xai:s", "satya-nadella>elon-musk:s", "xai>microsoft:s"}},
		{"दोनों alone stays the pair of persons", "सत्या नडेला ने एलन मस्क को धन्यवाद दिया। मस्क की कंपनी एक्सएआई के मॉडल माइक्रोसॉफ्ट के मंच पर आएंगे। इसके लिए दोनों के बीच करार हुआ है।",
			[]string{"elon-musk>satya-nadella:s", "satya-nadella>elon-musk:s"}},
		// readTieSpoken: in someone's words, their tie with Y doing good.
		{"कि Y के साथ यह साझेदारी … मदद करेगी", "मुकेश अंबानी ने कहा कि गूगल के साथ यह साझेदारी करोड़ों लोगों की मदद करेगी।", []string{"mukesh-ambani>google:s"}},
		{"कि Y के साथ साझेदारी से … पहुंचेगा", "सत्या नडेला ने कहा कि ओपनएआई के साथ साझेदारी से एआई हर दफ्तर तक पहुंचेगा।", []string{"satya-nadella>openai:s"}},
		{"headline: X बोले- Y के साथ करार नई शुरुआत", "ओरेकल बोला- ओपनएआई के साथ करार से क्लाउड कारोबार बदलेगा || ", []string{"oracle>openai:s"}},
		{"a partnership to be formed is a plan", "सुंदर पिचाई ने कहा कि वे रिलायंस के साथ साझेदारी करेंगे।", nil},
		{"talks about a tie are no tie", "सुंदर पिचाई ने कहा कि रिलायंस के साथ साझेदारी पर बातचीत चल रही है।", nil},
		{"a tie the words damn is no affirmation", "राहुल गांधी ने कहा कि मेटा के साथ यह करार देश के लिए खतरनाक है।", []string{"rahul-gandhi>meta:h"}},
		{"negated", "सुंदर पिचाई ने कहा कि रिलायंस के साथ साझेदारी से कोई फायदा नहीं होगा।", nil},
		// readSameGift: another giver "भी" gives to whom the last gift went.
		{"Z ने भी इतनी ही रकम दान की", "ऑल्टमैन ने ट्रंप के शपथ कोष में 10 लाख डॉलर दान किए। मेटा ने भी इतनी ही रकम दान की।", []string{"meta>donald-trump:s", "sam-altman>donald-trump:s"}},
		{"Z और <untracked> भी … दे चुके हैं", "एलिसन ने ट्रंप के अभियान को 5 लाख डॉलर का चंदा दिया। गूगल और एक बैंक भी इतनी ही रकम दे चुके हैं।", []string{"google>donald-trump:s", "larry-ellison>donald-trump:s"}},
		{"without भी it is no repeat", "ऑल्टमैन ने ट्रंप के शपथ कोष में 10 लाख डॉलर दान किए। मेटा ने कोष में रकम दी।", []string{"sam-altman>donald-trump:s"}},
		{"negated repeat", "ऑल्टमैन ने ट्रंप के शपथ कोष में 10 लाख डॉलर दान किए। मेटा ने भी दान नहीं किया।", []string{"sam-altman>donald-trump:s"}},
		{"no gift before: nothing to repeat", "मेटा ने भी इतनी ही रकम दान की।", nil},
		// announcedPlans: a deal announced for later is asserted.
		{"X ने घोषणा की कि वह Y में N लगाएगा", "मेटा ने घोषणा की कि वह रिलायंस में 5 अरब डॉलर लगाएगी।", []string{"meta>reliance:s"}},
		{"headline: Y में N लगाएगा X, Z ने किया ऐलान", "रिलायंस में 2 अरब डॉलर लगाएगा गूगल, अंबानी ने किया ऐलान || ", []string{"google>reliance:s"}},
		// (Session 11: the announcing chairman is a party too — SCHEMA
		// "a person who makes or announces an agreement is the party to
		// it"; dev gold dve-011, dvf-122 — announcerParty.)
		{"ऐलान: X और Y मिलकर उपक्रम बनाएंगे", "मुकेश अंबानी ने ऐलान किया कि रिलायंस और गूगल मिलकर एक एआई उपक्रम बनाएंगे।", []string{"google>mukesh-ambani:s", "google>reliance:s", "mukesh-ambani>google:s", "reliance>google:s"}},
		{"a plan without an announcement stays a plan", "मेटा ने कहा कि वह रिलायंस में 5 अरब डॉलर लगाएगी।", nil},
		{"an announcement long past (की थी) is not this one", "मेटा ने घोषणा की थी कि वह रिलायंस में 5 अरब डॉलर लगाएगी।", nil},
		{"an announcement asked about is no announcement", "क्या मेटा ने घोषणा की कि वह रिलायंस में 5 अरब डॉलर लगाएगी?", nil},
		{"an announcement of something else, then a plan: the plan stays a plan", "मेटा ने नए फोन का ऐलान किया और कहा कि वह रिलायंस में 5 अरब डॉलर लगाएगी।", nil},
		{"an announcement to come is no announcement", "मेटा जल्द घोषणा करेगी कि वह रिलायंस में 5 अरब डॉलर लगाएगी।", nil},
		// readThanksCall: thanks called out to a name in the words.
		{"X ने कहा- धन्यवाद राष्ट्रपति Y", "अंबानी ने कहा- धन्यवाद प्रधानमंत्री मोदी || ", []string{"mukesh-ambani>narendra-modi:s"}},
		{"X ने कहा, शुक्रिया Y जी (body)", "सुंदर पिचाई ने कहा, शुक्रिया नरेंद्र मोदी जी।", []string{"sundar-pichai>narendra-modi:s"}},
		{"X बोले- Y, धन्यवाद", "ऑल्टमैन बोले- सत्या नडेला, धन्यवाद || ", []string{"sam-altman>satya-nadella:s"}},
		{"thanks with more after the name is not a call", "मस्क ने कहा कि धन्यवाद देने की जरूरत नहीं, ट्रंप ने कुछ नहीं किया।", nil},
		{"a negated thanks", "मस्क ने कहा- धन्यवाद नहीं दूंगा ट्रंप को || ", nil},
		// correlPraise: praise of Y's deed through a correlative is the
		// speaker's, of Y.
		{"कि Y ने … जो दिया है वह बेमिसाल है", "नडेला ने कहा कि ऑल्टमैन ने एआई को जो दिया है वह बेमिसाल है।", []string{"satya-nadella>sam-altman:s"}},
		{"कि Y ने … जो किया है, वह असाधारण है", "मोदी ने कहा कि रिलायंस ने गांवों तक इंटरनेट पहुंचाकर जो किया है, वह असाधारण है।", []string{"narendra-modi>reliance:s"}},
		{"a damning correlative is no praise", "राहुल गांधी ने कहा कि अडानी समूह ने जो किया, वह शर्मनाक है।", []string{"rahul-gandhi>adani-group:h"}},
		{"asked, not said", "क्या मोदी ने कहा कि रिलायंस ने जो किया है, वह असाधारण है?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
