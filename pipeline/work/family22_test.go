package work

import (
	"slices"
	"sort"
	"testing"
	"time"
)

// family22Row is one probe item of session 22's FAMILY task: a sentence of
// our own in one of the six contrast families that scored lowest on the
// blind contrast set (withdrawal, quote, rupture, epithet, deed,
// rejection), the date it is read at (epithets are dated), and the
// asserted stances it should give ("source>target:h|s"). The rows come in
// minimal pairs (a/b). open marks a row the engine still gets wrong: it is
// logged, not failed, so the table stays an honest transfer measure.
type family22Row struct {
	family, name, date, text string
	want                     []string
	open                     bool
}

// family22Rows were written before the engine was run on them (session 22).
var family22Rows = []family22Row{
	// withdrawal
	{"withdrawal", "W1a किनारा कर लिया", "2024-10-01", "रीड हॉफमैन ने कमला हैरिस के अभियान से किनारा कर लिया।", []string{"reid-hoffman>kamala-harris:h"}, false},
	{"withdrawal", "W1b चंदा जुटाया", "2024-10-01", "रीड हॉफमैन ने कमला हैरिस के अभियान के लिए चंदा जुटाया।", []string{"reid-hoffman>kamala-harris:s"}, false},
	{"withdrawal", "W2a समर्थन से पीछे हटे", "2025-06-06", "एलन मस्क डोनाल्ड ट्रंप के समर्थन से पीछे हट गए हैं।", []string{"elon-musk>donald-trump:h"}, false},
	{"withdrawal", "W2b समर्थन में डटे", "2025-06-06", "एलन मस्क डोनाल्ड ट्रंप के समर्थन में डटे हुए हैं।", []string{"elon-musk>donald-trump:s"}, false},
	{"withdrawal", "W3a मुंह मोड़ लिया", "2025-03-01", "सॉफ्टबैंक ने ओपनएआई से मुंह मोड़ लिया और अपनी हिस्सेदारी बेच दी।", []string{"softbank>openai:h"}, false},
	{"withdrawal", "W3b भरोसा जताया", "2025-03-01", "सॉफ्टबैंक ने ओपनएआई पर भरोसा जताया और अपनी हिस्सेदारी बढ़ा दी।", []string{"softbank>openai:s"}, false},
	{"withdrawal", "W4a दूरी बना ली", "2025-03-01", "माइक्रोसॉफ्ट ने ओपनएआई से दूरी बना ली है।", []string{"microsoft>openai:h"}, false},
	{"withdrawal", "W4b दूरी नहीं बनाई", "2025-03-01", "माइक्रोसॉफ्ट ने साफ किया कि उसने ओपनएआई से कोई दूरी नहीं बनाई है।", nil, false},
	{"withdrawal", "W5a पल्ला झाड़ लिया", "2025-06-06", "डोनाल्ड ट्रंप ने एलन मस्क से पल्ला झाड़ लिया।", []string{"donald-trump>elon-musk:h"}, false},
	{"withdrawal", "W5b बचाव किया", "2025-06-06", "डोनाल्ड ट्रंप ने एलन मस्क का बचाव किया।", []string{"donald-trump>elon-musk:s"}, false},
	{"withdrawal", "W6a अब एक भी डॉलर नहीं", "2024-10-01", "अरबपति रीड हॉफमैन ने ऐलान किया कि वे अब कमला हैरिस के अभियान को एक भी डॉलर नहीं देंगे।", []string{"reid-hoffman>kamala-harris:h"}, false},
	{"withdrawal", "W6b दे चुके हैं", "2024-10-01", "अरबपति रीड हॉफमैन ने ऐलान किया कि वे कमला हैरिस के अभियान को दस लाख डॉलर दे चुके हैं।", []string{"reid-hoffman>kamala-harris:s"}, false},

	// quote
	{"quote", "Q1a quote then tracked speaker", "2024-12-05", "\"ये आदमी देश को बेच रहा है,\" राहुल गांधी ने गौतम अडानी की ओर इशारा करते हुए कहा।", []string{"rahul-gandhi>gautam-adani:h"}, false},
	{"quote", "Q1b quote then untracked speaker", "2024-12-05", "\"ये आदमी देश को बेच रहा है,\" एक प्रदर्शनकारी ने गौतम अडानी की ओर इशारा करते हुए कहा।", nil, false},
	{"quote", "Q2a बोले- praise", "2025-02-01", "सत्या नडेला बोले- सैम ऑल्टमैन जैसा दूरदर्शी नेता मैंने नहीं देखा।", []string{"satya-nadella>sam-altman:s"}, false},
	{"quote", "Q2b बोले- neutral", "2025-02-01", "सत्या नडेला बोले- सैम ऑल्टमैन से मेरी आखिरी मुलाकात पिछले साल हुई थी।", nil, false},
	{"quote", "Q3a headline quote: speaker", "2024-10-10", "'ट्रंप झूठ बोलने की मशीन हैं': कमला हैरिस || कमला हैरिस ने मिशिगन की रैली में यह बात कही।", []string{"kamala-harris>donald-trump:h"}, true},
	{"quote", "Q3b headline quote neutral", "2024-10-10", "'ट्रंप से बहस के लिए तैयार हूं': कमला हैरिस || कमला हैरिस ने मिशिगन की रैली में यह बात कही।", nil, false},
	{"quote", "Q4a के मुताबिक, quote", "2025-02-01", "मुकेश अंबानी के मुताबिक, \"गूगल हमारा सबसे भरोसेमंद साथी है और यह रिश्ता और गहरा होगा।\"", []string{"mukesh-ambani>google:s"}, false},
	{"quote", "Q4b analyst के मुताबिक", "2025-02-01", "एक विश्लेषक के मुताबिक, \"गूगल रिलायंस का सबसे भरोसेमंद साथी है।\"", nil, false},
	{"quote", "Q5a split quote praise", "2025-02-01", "\"एलन मस्क,\" नाइजल फराज ने कहा, \"सच्चे देशभक्त हैं और हमें उनकी जरूरत है।\"", []string{"nigel-farage>elon-musk:s"}, false},
	{"quote", "Q5b split quote neutral", "2025-02-01", "\"एलन मस्क,\" नाइजल फराज ने कहा, \"इस हफ्ते लंदन नहीं आ रहे हैं।\"", nil, false},
	{"quote", "Q6a यह कहना है X का", "2024-08-01", "\"मेटा बच्चों की सुरक्षा से खिलवाड़ कर रही है\" — यह कहना है कमला हैरिस का।", []string{"kamala-harris>meta:h"}, false}, // (right since session 38: orgBeforePlural38)
	{"quote", "Q6b यह कहना है an untracked group", "2024-08-01", "\"मेटा बच्चों की सुरक्षा से खिलवाड़ कर रही है\" — यह कहना है एक अभिभावक संगठन का।", nil, false},

	// rupture
	{"rupture", "R1a करार रद्द", "2025-03-01", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपना करार रद्द कर दिया।", []string{"microsoft>openai:h"}, false},
	{"rupture", "R1b करार बढ़ाया", "2025-03-01", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपना करार 2030 तक बढ़ा दिया।", []string{"microsoft>openai:s", "openai>microsoft:s"}, false},
	{"rupture", "R2a गठबंधन से अलग", "2025-03-01", "रिलायंस गूगल के साथ बने गठबंधन से अलग हो गई।", []string{"reliance>google:h"}, false},
	{"rupture", "R2b अलग होने की खबरों का खंडन", "2025-03-01", "रिलायंस ने गूगल के साथ बने गठबंधन से अलग होने की खबरों का खंडन किया।", nil, false},
	{"rupture", "R3a उपक्रम भंग", "2025-03-01", "मेटा ने रिलायंस के साथ अपने संयुक्त उपक्रम को भंग कर दिया।", []string{"meta>reliance:h"}, false},
	{"rupture", "R3b उपक्रम का विस्तार", "2025-03-01", "मेटा ने रिलायंस के साथ अपने संयुक्त उपक्रम का विस्तार किया।", []string{"meta>reliance:s", "reliance>meta:s"}, false},
	{"rupture", "R4a snub, मंच पर नहीं बैठेंगे", "2024-12-05", "राहुल गांधी ने कहा कि वे गौतम अडानी के साथ किसी मंच पर नहीं बैठेंगे।", []string{"rahul-gandhi>gautam-adani:h"}, false},
	{"rupture", "R4b टिप्पणी से इनकार", "2024-12-05", "राहुल गांधी ने गौतम अडानी पर टिप्पणी करने से इनकार कर दिया।", nil, false},
	{"rupture", "R5a रिश्ते खत्म", "2025-02-01", "नाइजल फराज ने एलन मस्क से अपने रिश्ते खत्म कर लिए हैं।", []string{"nigel-farage>elon-musk:h"}, false},
	{"rupture", "R5b रिश्ते सुधार लिए", "2025-02-01", "नाइजल फराज ने एलन मस्क से अपने रिश्ते सुधार लिए हैं।", []string{"nigel-farage>elon-musk:s"}, false},
	{"rupture", "R6a करार तोड़कर", "2025-03-01", "गूगल ने रिलायंस के साथ करार तोड़कर नए साझेदार की तलाश शुरू कर दी।", []string{"google>reliance:h"}, false},
	{"rupture", "R6b करार करके", "2025-03-01", "गूगल ने रिलायंस के साथ करार करके नए बाजार की तलाश शुरू कर दी।", []string{"google>reliance:s", "reliance>google:s"}, false},

	// epithet
	{"epithet", "E1a टेस्ला प्रमुख alone", "2025-03-01", "टेस्ला प्रमुख ने ओपनएआई पर जनता को धोखा देने का आरोप लगाया।", []string{"elon-musk>openai:h"}, false},
	{"epithet", "E1b टेस्ला के एक पूर्व इंजीनियर", "2025-03-01", "टेस्ला के एक पूर्व इंजीनियर ने ओपनएआई पर जनता को धोखा देने का आरोप लगाया।", nil, false},
	{"epithet", "E2a नेता प्रतिपक्ष and प्रधानमंत्री", "2025-03-01", "नेता प्रतिपक्ष ने प्रधानमंत्री पर देश को गुमराह करने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}, false},
	{"epithet", "E2b राज्यसभा में नेता प्रतिपक्ष", "2025-03-01", "राज्यसभा में नेता प्रतिपक्ष ने प्रधानमंत्री पर देश को गुमराह करने का आरोप लगाया।", nil, false},
	{"epithet", "E3a epithets after names", "2025-02-01", "सत्या नडेला और सैम ऑल्टमैन ने सिएटल में मंच साझा किया। बाद में माइक्रोसॉफ्ट प्रमुख ने ओपनएआई के सीईओ की जमकर तारीफ की।", []string{"satya-nadella>sam-altman:s"}, false},
	{"epithet", "E3b an officer, not the chief", "2025-02-01", "सत्या नडेला और सैम ऑल्टमैन ने सिएटल में मंच साझा किया। बाद में माइक्रोसॉफ्ट के एक अधिकारी ने ओपनएआई के सीईओ की जमकर तारीफ की।", nil, false},
	{"epithet", "E4a president and richest man", "2025-07-01", "अमेरिकी राष्ट्रपति ने दुनिया के सबसे अमीर व्यक्ति को 'पूरी तरह पागल' करार दिया।", []string{"donald-trump>elon-musk:h"}, false},
	{"epithet", "E4b another country's president", "2025-07-01", "फ्रांस के राष्ट्रपति ने दुनिया के सबसे अमीर व्यक्ति को 'पूरी तरह पागल' करार दिया।", nil, false},
	{"epithet", "E5a candidates attack", "2024-10-01", "रिपब्लिकन उम्मीदवार ने डेमोक्रेटिक उम्मीदवार को कट्टर वामपंथी कहकर निशाना साधा।", []string{"donald-trump>kamala-harris:h"}, false},
	{"epithet", "E5b candidates, debate date", "2024-10-01", "रिपब्लिकन उम्मीदवार ने डेमोक्रेटिक उम्मीदवार के साथ होने वाली बहस की तारीख तय होने की पुष्टि की।", nil, false},
	{"epithet", "E6a Asia's richest praises", "2024-01-15", "एशिया के सबसे अमीर व्यक्ति ने गूगल प्रमुख की खुलकर तारीफ की।", []string{"mukesh-ambani>sundar-pichai:s"}, false},
	{"epithet", "E6b Asia's second richest", "2024-01-15", "एशिया के दूसरे सबसे अमीर व्यक्ति ने गूगल प्रमुख की खुलकर तारीफ की।", nil, false},

	// deed
	{"deed", "D1a रैली की", "2024-10-20", "एलन मस्क ने पेंसिल्वेनिया में डोनाल्ड ट्रंप के लिए रैली की।", []string{"elon-musk>donald-trump:s"}, false},
	{"deed", "D1b रैली की तस्वीरें", "2024-10-20", "एलन मस्क ने पेंसिल्वेनिया में डोनाल्ड ट्रंप की रैली की तस्वीरें साझा कीं।", nil, false},
	{"deed", "D2a अभियान में योगदान", "2024-08-01", "रीड हॉफमैन ने कमला हैरिस के चुनाव अभियान में एक करोड़ डॉलर का योगदान दिया।", []string{"reid-hoffman>kamala-harris:s"}, false},
	{"deed", "D2b अभियान पर लेख", "2024-08-01", "रीड हॉफमैन ने कमला हैरिस के चुनाव अभियान के खर्च पर एक लेख लिखा।", nil, false},
	{"deed", "D3a पक्ष में वोट की अपील", "2024-10-20", "नाइजल फराज ने डोनाल्ड ट्रंप के पक्ष में वोट डालने की अपील की।", []string{"nigel-farage>donald-trump:s"}, false},
	{"deed", "D3b वोटों का विश्लेषण", "2024-10-20", "नाइजल फराज ने डोनाल्ड ट्रंप के पक्ष में पड़े वोटों का विश्लेषण किया।", nil, true},
	{"deed", "D4a विरोध में इस्तीफा", "2025-03-01", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप की सलाहकार परिषद से विरोध में इस्तीफा दे दिया।", []string{"mark-zuckerberg>donald-trump:h"}, false},
	{"deed", "D4b परिषद के सदस्य", "2025-03-01", "मार्क जुकरबर्ग डोनाल्ड ट्रंप की सलाहकार परिषद के सदस्य हैं।", nil, false},
	{"deed", "D5a नामांकन में प्रस्तावक", "2024-05-10", "मुकेश अंबानी ने नरेंद्र मोदी के नामांकन में प्रस्तावक बनकर साथ दिया।", []string{"mukesh-ambani>narendra-modi:s"}, true},
	{"deed", "D5b नामांकन में मौजूद नहीं", "2024-05-10", "मुकेश अंबानी नरेंद्र मोदी के नामांकन के दौरान वाराणसी में मौजूद नहीं थे।", nil, false},
	{"deed", "D6a फंडिंग दौर में डाले", "2025-03-01", "सॉफ्टबैंक ने एक्सएआई के नए फंडिंग दौर में पांच अरब डॉलर डाले।", []string{"softbank>xai:s"}, false},
	{"deed", "D6b जांच-पड़ताल शुरू", "2025-03-01", "सॉफ्टबैंक ने एक्सएआई के नए फंडिंग दौर में हिस्सा लेने से पहले जांच-पड़ताल शुरू की।", nil, false},

	// rejection
	{"rejection", "J1a सिरे से नकारा", "2024-12-05", "गौतम अडानी ने राहुल गांधी के आरोपों को सिरे से नकारा।", nil, false},
	{"rejection", "J1b झूठ का पुलिंदा", "2024-12-05", "गौतम अडानी ने राहुल गांधी के आरोपों को सिरे से नकारते हुए उन्हें झूठ का पुलिंदा बताया।", []string{"gautam-adani>rahul-gandhi:h"}, false},
	{"rejection", "J2a तथ्यहीन", "2025-03-01", "ओपनएआई ने एलन मस्क के दावों को तथ्यहीन करार दिया।", nil, false},
	{"rejection", "J2b ईर्ष्या से भरी साजिश", "2025-03-01", "ओपनएआई ने एलन मस्क के दावों को ईर्ष्या से भरी साजिश करार दिया।", []string{"openai>elon-musk:h"}, false},
	{"rejection", "J3a आरोपों से इनकार", "2024-08-01", "मेटा ने कमला हैरिस के आरोपों से इनकार किया।", nil, false},
	{"rejection", "J3b चुनावी स्टंट", "2024-08-01", "मेटा ने कमला हैरिस के आरोपों को चुनावी स्टंट बताकर खारिज किया।", []string{"meta>kamala-harris:h"}, false},
	{"rejection", "J4a report गलत", "2025-03-01", "एलन मस्क ने एक्सियोस की रिपोर्ट को गलत बताया।", nil, false},
	{"rejection", "J4b report फर्जी खबर", "2025-03-01", "एलन मस्क ने एक्सियोस की रिपोर्ट को फर्जी खबर करार दिया।", []string{"elon-musk>axios:h"}, false},
	{"rejection", "J5a कोई दम नहीं", "2025-03-01", "सैम ऑल्टमैन ने एलन मस्क के आरोपों पर कहा कि इनमें कोई दम नहीं है।", nil, true},
	{"rejection", "J5b हारे हुए शख्स की बौखलाहट", "2025-03-01", "सैम ऑल्टमैन ने एलन मस्क के आरोपों पर कहा कि ये एक हारे हुए शख्स की बौखलाहट है।", []string{"sam-altman>elon-musk:h"}, false},
	{"rejection", "J6a प्रस्ताव ठुकराया", "2025-03-01", "रिलायंस ने गूगल का प्रस्ताव ठुकरा दिया।", nil, false},
	{"rejection", "J6b बाजार पर कब्जे की कोशिश", "2025-03-01", "रिलायंस ने गूगल का प्रस्ताव ठुकराते हुए उसे 'बाजार पर कब्जे की कोशिश' बताया।", []string{"reliance>google:h"}, false},
}

// family22RowsB are a second batch, harder (more sentences, headlines,
// pronouns, participles), also written before the engine was run on them,
// after the first fixes (session 22).
var family22RowsB = []family22Row{
	// withdrawal
	{"withdrawal", "W7a अब साथ नहीं", "2025-06-06", "एलन मस्क ने कहा कि वे अब डोनाल्ड ट्रंप के साथ नहीं हैं।", []string{"elon-musk>donald-trump:h"}, false},
	{"withdrawal", "W7b अब भी साथ", "2025-06-06", "एलन मस्क ने कहा कि वे अब भी डोनाल्ड ट्रंप के साथ हैं।", []string{"elon-musk>donald-trump:s"}, false},
	{"withdrawal", "W8a हिस्सेदारी बेचकर हाथ पीछे खींचे", "2025-03-01", "सॉफ्टबैंक ने ओपनएआई में अपनी हिस्सेदारी बेचकर निवेश से हाथ पीछे खींच लिए।", []string{"softbank>openai:h"}, false},
	{"withdrawal", "W8b हिस्सेदारी बढ़ाकर निवेश दोगुना", "2025-03-01", "सॉफ्टबैंक ने ओपनएआई में अपनी हिस्सेदारी बढ़ाकर निवेश दोगुना कर दिया।", []string{"softbank>openai:s"}, false},
	{"withdrawal", "W9a headline मोहभंग, चंदा बंद", "2024-10-01", "हैरिस से हॉफमैन का मोहभंग, चंदा देना बंद किया || ", []string{"reid-hoffman>kamala-harris:h"}, false},
	{"withdrawal", "W9b headline फिर खोली तिजोरी", "2024-10-01", "हैरिस के लिए हॉफमैन ने फिर खोली तिजोरी, चंदा दोगुना किया || ", []string{"reid-hoffman>kamala-harris:s"}, false},
	{"withdrawal", "W10a चंदा देना रोक दिया", "2024-10-01", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप के अभियान को चंदा देना रोक दिया है।", []string{"mark-zuckerberg>donald-trump:h"}, false},
	{"withdrawal", "W10b चंदा देना जारी", "2024-10-01", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप के अभियान को चंदा देना जारी रखा है।", []string{"mark-zuckerberg>donald-trump:s"}, false},
	{"withdrawal", "W11a परियोजना से बाहर निकला", "2025-03-01", "ओरेकल स्टारगेट परियोजना से बाहर निकल गया है।", []string{"oracle>stargate:h"}, false},
	{"withdrawal", "W11b बाहर निकलने की अटकलों पर चुप", "2025-03-01", "ओरेकल स्टारगेट परियोजना से बाहर निकलने की अटकलों पर चुप रहा।", nil, false},
	{"withdrawal", "W12a pronoun, किनारा", "2024-10-01", "कमला हैरिस की रैली में रीड हॉफमैन मौजूद नहीं थे। बाद में उन्होंने हैरिस से किनारा कर लिया।", []string{"reid-hoffman>kamala-harris:h"}, false},
	{"withdrawal", "W12b pronoun, मुलाकात", "2024-10-01", "कमला हैरिस की रैली में रीड हॉफमैन मौजूद नहीं थे। बाद में उन्होंने हैरिस से मुलाकात की।", nil, false},

	// quote
	{"quote", "Q7a कहा: quote", "2025-02-01", "सैम ऑल्टमैन ने एक पॉडकास्ट में कहा: \"मार्क जुकरबर्ग ने सोशल मीडिया को जहर से भर दिया है।\"", []string{"sam-altman>mark-zuckerberg:h"}, true},
	{"quote", "Q7b कहा: neutral", "2025-02-01", "सैम ऑल्टमैन ने एक पॉडकास्ट में कहा: \"मार्क जुकरबर्ग से मेरी पिछले महीने बात हुई थी।\"", nil, false},
	{"quote", "Q8a second sentence of the quote", "2025-02-01", "मुकेश अंबानी ने शेयरधारकों से कहा, \"हम नई तकनीक में निवेश करते रहेंगे। गूगल जैसे साथी ने हमारी राह आसान की है।\"", []string{"mukesh-ambani>google:s"}, false},
	{"quote", "Q8b second sentence neutral", "2025-02-01", "मुकेश अंबानी ने शेयरधारकों से कहा, \"हम नई तकनीक में निवेश करते रहेंगे। गूगल जैसी कंपनियां भी इस दौड़ में हैं।\"", nil, false},
	{"quote", "Q9a quote, X ने लिखा", "2024-10-01", "\"कमला हैरिस अमेरिका के लिए सबसे अच्छी उम्मीदवार हैं,\" रीड हॉफमैन ने लिंक्डइन पर लिखा।", []string{"reid-hoffman>kamala-harris:s"}, false},
	{"quote", "Q9b quote neutral, X ने लिखा", "2024-10-01", "\"कमला हैरिस कल मिशिगन में होंगी,\" रीड हॉफमैन ने लिंक्डइन पर लिखा।", nil, false},
	{"quote", "Q10a के शब्दों में", "2024-12-05", "राहुल गांधी के शब्दों में, \"अडानी का साम्राज्य सरकार की कृपा पर खड़ा है।\"", []string{"rahul-gandhi>gautam-adani:h"}, true},
	{"quote", "Q10b an economist's words", "2024-12-05", "एक अर्थशास्त्री के शब्दों में, \"अडानी का साम्राज्य सरकार की कृपा पर खड़ा है।\"", nil, false},
	{"quote", "Q11a quote, बोले X", "2025-03-01", "\"ओपनएआई ने अपने मूल मकसद से गद्दारी की है,\" बोले एलन मस्क।", []string{"elon-musk>openai:h"}, false},
	{"quote", "Q11b neutral, बोले X", "2025-03-01", "\"ओपनएआई ने अपना नया मॉडल जारी किया है,\" बोले एलन मस्क।", nil, false},
	{"quote", "Q12a headline words: speaker", "2025-02-01", "ट्रंप बेहतरीन नेता, उनके साथ काम करना सम्मान: फराज || ", []string{"nigel-farage>donald-trump:s"}, false},
	{"quote", "Q12b headline plan: speaker", "2025-02-01", "ट्रंप से अगले हफ्ते मिलूंगा: फराज || ", nil, false},

	// rupture
	{"rupture", "R7a दोस्ती पर विराम", "2025-03-01", "सत्या नडेला ने सैम ऑल्टमैन के साथ अपनी पुरानी दोस्ती पर विराम लगा दिया।", []string{"satya-nadella>sam-altman:h"}, false},
	{"rupture", "R7b दोस्ती पर टिप्पणी नहीं", "2025-03-01", "सत्या नडेला ने सैम ऑल्टमैन के साथ अपनी दोस्ती पर कोई टिप्पणी नहीं की।", nil, false},
	{"rupture", "R8a रास्ते अलग", "2025-03-01", "एक्स कॉर्प और एक्सियोस के रास्ते अलग हो गए।", []string{"axios>x-corp:h", "x-corp>axios:h"}, false},
	{"rupture", "R8b मिलकर काम", "2025-03-01", "एक्स कॉर्प और एक्सियोस ने मिलकर काम करने का फैसला किया।", []string{"axios>x-corp:s", "x-corp>axios:s"}, false},
	{"rupture", "R9a snub दिलचस्पी नहीं", "2025-06-06", "डोनाल्ड ट्रंप ने कहा कि उनकी एलन मस्क से बात करने में कोई दिलचस्पी नहीं है।", []string{"donald-trump>elon-musk:h"}, false},
	{"rupture", "R9b बात नहीं हुई", "2025-06-06", "डोनाल्ड ट्रंप ने कहा कि उनकी एलन मस्क से इस हफ्ते बात नहीं हुई।", nil, false},
	{"rupture", "R10a नाम वापस ले लिया", "2025-03-01", "गूगल ने अडानी समूह के साथ साझा परियोजना से अपना नाम वापस ले लिया।", []string{"google>adani-group:h"}, true},
	{"rupture", "R10b साझा परियोजना का ऐलान", "2025-03-01", "गूगल ने अडानी समूह के साथ साझा परियोजना का ऐलान किया।", []string{"adani-group>google:s", "google>adani-group:s"}, true},
	{"rupture", "R11a संबंध तोड़ लिए", "2025-03-01", "मेटा ने रिलायंस से अपने सारे कारोबारी संबंध तोड़ लिए।", []string{"meta>reliance:h"}, false},
	{"rupture", "R11b संबंध मजबूत किए", "2025-03-01", "मेटा और रिलायंस ने अपने कारोबारी संबंध और मजबूत किए।", []string{"meta>reliance:s", "reliance>meta:s"}, false},
	{"rupture", "R12a करार से बाहर निकलने का ऐलान", "2025-03-01", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपने करार से बाहर निकलने का ऐलान किया।", []string{"microsoft>openai:h"}, false},
	{"rupture", "R12b खबरों को अफवाह बताया", "2025-03-01", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपने करार से बाहर निकलने की खबरों को अफवाह बताया।", nil, false},

	// epithet
	{"epithet", "E7a owner after the name", "2025-01-10", "एलन मस्क ने मंगलवार को एक्स पर कई पोस्ट किए। स्पेसएक्स के मालिक ने नाइजल फराज को 'कमजोर नेता' कहा।", []string{"elon-musk>nigel-farage:h"}, false},
	{"epithet", "E7b a minister", "2025-01-10", "एलन मस्क ने मंगलवार को एक्स पर कई पोस्ट किए। ब्रिटेन के एक मंत्री ने नाइजल फराज को 'कमजोर नेता' कहा।", nil, false},
	{"epithet", "E8a dated titles in force", "2024-10-01", "पूर्व राष्ट्रपति ने उपराष्ट्रपति पर सीमा को खुला छोड़ने का आरोप लगाया।", []string{"donald-trump>kamala-harris:h"}, false},
	{"epithet", "E8b dated titles not in force", "2026-01-10", "पूर्व राष्ट्रपति ने उपराष्ट्रपति पर सीमा को खुला छोड़ने का आरोप लगाया।", nil, false},
	{"epithet", "E9a India's PM praises", "2025-05-01", "भारत के प्रधानमंत्री ने रिलायंस के चेयरमैन की तारीफ की।", []string{"narendra-modi>mukesh-ambani:s"}, false},
	{"epithet", "E9b Britain's PM praises", "2025-05-01", "ब्रिटेन के प्रधानमंत्री ने रिलायंस के चेयरमैन की तारीफ की।", nil, false},
	{"epithet", "E10a opposition leader attacks", "2024-07-15", "लोकसभा में विपक्ष के नेता ने अडानी समूह के चेयरमैन को भ्रष्ट उद्योगपति बताया।", []string{"rahul-gandhi>gautam-adani:h"}, false},
	{"epithet", "E10b declines to answer", "2024-07-15", "लोकसभा में विपक्ष के नेता ने अडानी समूह के चेयरमैन के बयान पर प्रतिक्रिया देने से इनकार किया।", nil, false},
	{"epithet", "E11a maker calls charges false", "2025-02-01", "चैटजीपीटी निर्माता ने टेस्ला प्रमुख के आरोपों को झूठा करार दिया।", []string{"openai>elon-musk:h"}, false},
	{"epithet", "E11b maker calls charges wrong", "2025-02-01", "चैटजीपीटी निर्माता ने टेस्ला प्रमुख के आरोपों को गलत करार दिया।", nil, false},
	{"epithet", "E12a Meta chief praises", "2025-02-01", "मेटा प्रमुख ने अमेरिकी राष्ट्रपति की नीतियों की खुलकर सराहना की।", []string{"mark-zuckerberg>donald-trump:s"}, false},
	{"epithet", "E12b Meta chief reads", "2025-02-01", "मेटा प्रमुख ने अमेरिकी राष्ट्रपति की नीतियों पर एक रिपोर्ट पढ़ी।", nil, false},

	// deed
	{"deed", "D7a घर-घर प्रचार", "2024-10-01", "रीड हॉफमैन ने कमला हैरिस के समर्थन में घर-घर जाकर प्रचार किया।", []string{"reid-hoffman>kamala-harris:s"}, false},
	{"deed", "D7b रणनीति पर किताब", "2024-10-01", "रीड हॉफमैन ने कमला हैरिस के प्रचार अभियान की रणनीति पर किताब लिखी।", nil, false},
	{"deed", "D8a समारोह का खर्च उठाया", "2025-01-10", "एलन मस्क ने डोनाल्ड ट्रंप के शपथ ग्रहण समारोह का खर्च उठाया।", []string{"elon-musk>donald-trump:s"}, false},
	{"deed", "D8b समारोह में शामिल", "2025-01-10", "एलन मस्क डोनाल्ड ट्रंप के शपथ ग्रहण समारोह में शामिल हुए।", nil, false},
	{"deed", "D9a प्रचार में हिस्सा, वोट मांगे", "2024-10-20", "नाइजल फराज ने डोनाल्ड ट्रंप के चुनाव प्रचार में हिस्सा लिया और मंच से उनके लिए वोट मांगे।", []string{"nigel-farage>donald-trump:s"}, false},
	{"deed", "D9b प्रचार पर टिप्पणी", "2024-10-20", "नाइजल फराज ने डोनाल्ड ट्रंप के चुनाव प्रचार पर टीवी पर टिप्पणी की।", nil, false},
	{"deed", "D10a रकम जुटा ली", "2025-03-01", "मासायोशी सन ने ओपनएआई के लिए 40 अरब डॉलर जुटाने का जिम्मा उठाया और रकम जुटा ली।", []string{"masayoshi-son>openai:s"}, true},
	{"deed", "D10b योजना पर विचार", "2025-03-01", "मासायोशी सन ने ओपनएआई के लिए 40 अरब डॉलर जुटाने की योजना पर विचार किया।", nil, false},
	{"deed", "D11a फंडरेजर की मेजबानी", "2024-10-01", "लैरी एलिसन ने डोनाल्ड ट्रंप के लिए अपने घर पर फंडरेजर की मेजबानी की।", []string{"larry-ellison>donald-trump:s"}, false},
	{"deed", "D11b फंडरेजर पास में", "2024-10-01", "लैरी एलिसन के घर के पास डोनाल्ड ट्रंप का फंडरेजर हुआ।", nil, false},
	{"deed", "D12a इस्तीफा देकर विरोध", "2025-03-01", "रीड हॉफमैन ने माइक्रोसॉफ्ट के बोर्ड से इस्तीफा देकर कंपनी की एआई नीति का विरोध किया।", []string{"reid-hoffman>microsoft:h"}, false},
	{"deed", "D12b कार्यकाल पूरा होने पर इस्तीफा", "2025-03-01", "रीड हॉफमैन ने माइक्रोसॉफ्ट के बोर्ड से अपना कार्यकाल पूरा होने पर इस्तीफा दिया।", nil, false},

	// rejection
	{"rejection", "J7a झूठ की फैक्ट्री", "2024-06-20", "नरेंद्र मोदी ने राहुल गांधी के दावों को 'झूठ की फैक्ट्री' का माल बताया।", []string{"narendra-modi>rahul-gandhi:h"}, false},
	{"rejection", "J7b तथ्यों के विपरीत", "2024-06-20", "नरेंद्र मोदी ने राहुल गांधी के दावों को तथ्यों के विपरीत बताया।", nil, false},
	{"rejection", "J8a इन आरोपों को मनगढ़ंत", "2025-03-01", "एलन मस्क ने आरोप लगाया कि ओपनएआई ने उन्हें धोखा दिया। ओपनएआई ने इन आरोपों को मनगढ़ंत बताया।", []string{"elon-musk>openai:h", "openai>elon-musk:h"}, false},
	{"rejection", "J8b इन आरोपों को गलत", "2025-03-01", "एलन मस्क ने आरोप लगाया कि ओपनएआई ने उन्हें धोखा दिया। ओपनएआई ने इन आरोपों को गलत बताया।", []string{"elon-musk>openai:h"}, false},
	{"rejection", "J9a सफेद झूठ", "2024-10-01", "डोनाल्ड ट्रंप ने कमला हैरिस के दावे को 'सफेद झूठ' करार दिया।", []string{"donald-trump>kamala-harris:h"}, false},
	{"rejection", "J9b अधूरा", "2024-10-01", "डोनाल्ड ट्रंप ने कमला हैरिस के दावे को अधूरा बताया।", nil, false},
	{"rejection", "J10a spokesperson, राजनीति से प्रेरित", "2025-03-01", "गूगल के प्रवक्ता ने कहा कि माइक्रोसॉफ्ट के आरोप राजनीति से प्रेरित हैं।", []string{"google>microsoft:h"}, false},
	{"rejection", "J10b spokesperson, तथ्यों पर आधारित नहीं", "2025-03-01", "गूगल के प्रवक्ता ने कहा कि माइक्रोसॉफ्ट के आरोप तथ्यों पर आधारित नहीं हैं।", nil, false},
	{"rejection", "J11a report मनगढ़ंत कहानी", "2025-03-01", "सैम ऑल्टमैन ने एक्सियोस की रिपोर्ट को मनगढ़ंत कहानी बताया।", []string{"sam-altman>axios:h"}, false},
	{"rejection", "J11b report अधूरी जानकारी", "2025-03-01", "सैम ऑल्टमैन ने एक्सियोस की रिपोर्ट को अधूरी जानकारी पर आधारित बताया।", nil, false},
	{"rejection", "J12a खंडन और हमला", "2024-12-05", "अडानी समूह ने राहुल गांधी के आरोपों का खंडन किया और कहा कि राहुल देश की छवि खराब कर रहे हैं।", []string{"adani-group>rahul-gandhi:h"}, false},
	{"rejection", "J12b खंडन और सफाई", "2024-12-05", "अडानी समूह ने राहुल गांधी के आरोपों का खंडन किया और कहा कि समूह सभी कानूनों का पालन करता है।", nil, false},
}

// TestFamily22Probe reads every probe row and compares its asserted
// stances with the row's; an open row is logged, any other fails. The log
// gives the per-family tally.
func TestFamily22Probe(t *testing.T) {
	runFamily22Rows(t, family22Rows)
}

// TestFamily22ProbeB runs the second batch of probe rows.
func TestFamily22ProbeB(t *testing.T) {
	runFamily22Rows(t, family22RowsB)
}

func runFamily22Rows(t *testing.T, rows []family22Row) {
	t.Helper()
	a := shippedAnalyzer(t)
	right := map[string]int{}
	total := map[string]int{}
	for _, r := range rows {
		total[r.family]++
		pub, err := time.Parse("2006-01-02", r.date)
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		got, want := caseStances(a, "family22", r.text, pub, r.want)
		if slices.Equal(got, want) {
			right[r.family]++
			if r.open {
				t.Errorf("%s: open row now right; clear its open mark", r.name)
			}
			continue
		}
		if r.open {
			t.Logf("open %s: stances %v, want %v", r.name, got, want)
			continue
		}
		t.Errorf("%s: stances %v, want %v", r.name, got, want)
	}
	fams := make([]string, 0, len(total))
	for f := range total {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	for _, f := range fams {
		t.Logf("family %-10s %d/%d", f, right[f], total[f])
	}
}

// TestFamily22DenialParticiple: a denial said as an adverbial participle
// of its own ("नकारते हुए", "खंडन करके", "इनकार कर") does not negate the
// main predicate after it; a denial that is the clause's predicate still
// covers what it denies (family22.go, denialParticiple22).
func TestFamily22DenialParticiple(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"नकारते हुए, then calling the charges lies", "मेटा ने कमला हैरिस के आरोपों को नकारते हुए उन्हें मनगढ़ंत बताया।", []string{"meta>kamala-harris:h"}},
		{"नकारते हुए, then a that-clause", "सैम ऑल्टमैन ने एलन मस्क के दावों को नकारते हुए कहा कि मस्क झूठे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"खंडन करके कहा", "अडानी समूह ने राहुल गांधी के आरोपों का खंडन करके कहा कि राहुल गांधी झूठे हैं।", []string{"adani-group>rahul-gandhi:h"}},
		// Must not fire.
		{"denial as the predicate", "सत्या नडेला ने इस बात से इनकार किया कि उन्होंने सुंदर पिचाई की आलोचना की।", nil},
		{"इनकार कर दिया", "सत्या नडेला ने सुंदर पिचाई की आलोचना करने से इनकार कर दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFamily22TieBrokenBeforeHead: a tie broken in a participle on the way
// ("करार तोड़कर", "साझेदारी खत्म करके") is not the tie a start or renewal
// farther on affirms: only the break (family22.go, tieBrokenBefore22).
func TestFamily22TieBrokenBeforeHead(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"तोड़कर … शुरू की", "ओरेकल ने सॉफ्टबैंक के साथ करार तोड़कर नए ग्राहकों की खोज शुरू कर दी।", []string{"oracle>softbank:h"}},
		{"खत्म करके … शुरुआत", "मेटा ने रिलायंस के साथ अपनी साझेदारी खत्म करके नई शुरुआत की।", []string{"meta>reliance:h"}},
		// Must not fire: a tie made on the way, or renewed.
		{"करके … शुरू", "ओरेकल ने सॉफ्टबैंक के साथ करार करके नए ग्राहकों की खोज शुरू कर दी।", []string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"दायरा बढ़ाया", "ओरेकल ने सॉफ्टबैंक के साथ करार का दायरा बढ़ा दिया।", []string{"oracle>softbank:s", "softbank>oracle:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFamily22AccuracyDenied: a report or statement of Y judged only
// incomplete, unverified or guesswork (words.yaml accuracy_words) right
// after its को is denied: no stance towards Y. Joined to a criticism
// ("निराशाजनक और तथ्यहीन") it still criticises (accuracyDenied22).
func TestFamily22AccuracyDenied(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"अधूरी जानकारी पर आधारित", "एलन मस्क ने एक्सियोस की खबर को अधूरी जानकारी पर आधारित बताया।", nil},
		{"अपुष्ट", "गौतम अडानी ने राहुल गांधी के बयान को अपुष्ट बताया।", nil},
		// Still hostile.
		{"joined to a criticism", "डोनाल्ड ट्रंप ने एलन मस्क के बयान को शर्मनाक और तथ्यहीन बताया।", []string{"donald-trump>elon-musk:h"}},
		{"fake is an attack", "एलन मस्क ने एक्सियोस की खबर को फर्जी बताया।", []string{"elon-musk>axios:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFamily22ChargePointedBack: "ये दावे/आरोप … साजिश हैं" said by X in a
// sentence after "Y के दावों पर X ने जवाब दिया" attacks Y, also when a
// reading on the way found only X itself (selfOnly22) or when X is named
// as the one the plot is against ("X को कमजोर करने की साजिश",
// victimOfLabel22). A plain denial stays no stance.
func TestFamily22ChargePointedBack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"self found on the way", "सैम ऑल्टमैन के नए दावों पर मेटा ने शुक्रवार को जवाब दिया। मेटा ने कहा कि ये दावे एक साजिश हैं।", []string{"meta>sam-altman:h"}},
		{"the plot's victim named", "एलन मस्क के नए दावों पर गूगल ने बयान जारी किया। कंपनी ने कहा कि ये दावे गूगल को कमजोर करने की एक साजिश हैं।", []string{"google>elon-musk:h"}},
		// Must not fire.
		{"plain denial", "सैम ऑल्टमैन के नए दावों पर मेटा ने शुक्रवार को जवाब दिया। मेटा ने कहा कि ये दावे गलत हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 4, 10, 0, 0, 0, 0, time.UTC), cases)
}

// TestFamily22Completive: the completive perfect of a light verb (bare stem
// + चुका/चुके/चुकी) is the deed done, as the simple perfect (completive22):
// "दे चुके हैं", "वापस ले चुके हैं", "आरोप लगा चुके हैं". A plan stays a plan.
func TestFamily22Completive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"पैसा दे चुके", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को पचास लाख डॉलर दे चुके हैं।", []string{"larry-ellison>donald-trump:s"}},
		{"समर्थन वापस ले चुके", "मार्क जुकरबर्ग कमला हैरिस से अपना समर्थन वापस ले चुके हैं।", []string{"mark-zuckerberg>kamala-harris:h"}},
		// Must not fire.
		{"a plan", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को पचास लाख डॉलर देंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFamily22VerblessNoLonger: support said to hold no longer in a
// nominal sentence with no verb after the negator ("Y को अब मेरा समर्थन
// नहीं", a headline or a dash quote) is withdrawn, as with है after it
// (verblessNeg22 in noLonger12). Without अब it is a bare non-endorsement.
func TestFamily22VerblessNoLonger(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"dash quote", "रीड हॉफमैन बोले- कमला हैरिस को अब मेरा समर्थन नहीं।", []string{"reid-hoffman>kamala-harris:h"}},
		{"colon headline", "हॉफमैन की दो टूक: कमला हैरिस को अब मेरा समर्थन नहीं || रीड हॉफमैन ने रविवार को कई पोस्ट किए।", []string{"reid-hoffman>kamala-harris:h"}},
		// Must not fire.
		{"no अब", "रीड हॉफमैन बोले- इस चुनाव में कमला हैरिस को मेरा समर्थन नहीं।", nil},
	}
	checkStanceCases(t, a, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFamily22ConjunctiveParticiple: a conjunctive participle (तोड़कर,
// खत्म करके) closes its own act: a name after it is not that act's target,
// and a name before it (not the shared agent) is not a party of the tie
// made after it (conjunctiveBetween22). Manner adverbs in कर (मिलकर) and
// "को लेकर" are no clause.
func TestFamily22ConjunctiveParticiple(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"break, then a new tie", "ओरेकल ने माइक्रोसॉफ्ट से नाता तोड़कर सॉफ्टबैंक के साथ करार किया।", []string{"oracle>microsoft:h", "oracle>softbank:s", "softbank>oracle:s"}},
		// Unchanged.
		{"मिलकर is no clause", "ओरेकल और माइक्रोसॉफ्ट ने मिलकर सॉफ्टबैंक के साथ करार किया।", []string{"microsoft>oracle:s", "microsoft>softbank:s", "oracle>microsoft:s", "oracle>softbank:s", "softbank>microsoft:s", "softbank>oracle:s"}},
		{"verb-first break", "ओरेकल ने तोड़ा माइक्रोसॉफ्ट से नाता।", []string{"oracle>microsoft:h"}},
		// Review mend: a noun in -कर (आयकर, टक्कर) closes no act.
		{"आयकर is a noun", "ओरेकल ने माइक्रोसॉफ्ट के साथ आयकर सॉफ्टवेयर के लिए करार किया।", []string{"microsoft>oracle:s", "oracle>microsoft:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
