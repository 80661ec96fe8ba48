package work

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// c11Row is one sentence of a session 11 contrast paradigm: a family (the
// contrast family it belongs to), a sub-form (the construction varied),
// the text ("head || body" splits a headline; a leading "@YYYY-MM-DD "
// sets the publication date, else 2025-06-10), the asserted stances wanted
// (space-separated "source>target:h|s", "" for none) and miss, set on a
// row the engine does not read yet, or one whose reading the gold
// conventions leave open ("X के दावे गलत हैं" judges X in dev-162; SCHEMA
// calls a charge rejected no stance): such rows are reported, not asserted.
type c11Row struct {
	fam, sub, text, want string
	miss                 bool
}

// c11Rows: minimal pairs written for session 11, the way different outlets
// word breaks, withdrawals, quotes, epithets, deeds, rebuttals and truces.
// Each pair varies one decisive word; the rest of the sentence is kept.
var c11Rows = []c11Row{
	// ---- rupture: the breaker → the other, hostile.
	{"rupture", "साथ छोड़ा", "मस्क ने ट्रंप का साथ छोड़ दिया।", "elon-musk>donald-trump:h", false},
	{"rupture", "साथ छोड़ा/contrast", "मस्क ने ट्रंप का साथ दिया।", "elon-musk>donald-trump:s", false},
	{"rupture", "खुद को अलग किया", "मस्क ने खुद को ट्रंप प्रशासन से अलग कर लिया।", "elon-musk>donald-trump:h", false},
	{"rupture", "खुद को अलग किया/contrast", "मस्क ने ट्रंप प्रशासन के अधिकारियों से मुलाकात की।", "", false},
	{"rupture", "करार रद्द", "ओरेकल ने ओपनएआई के साथ अपना करार रद्द कर दिया।", "oracle>openai:h", false},
	{"rupture", "करार रद्द/contrast", "ओरेकल ने ओपनएआई के साथ करार किया।", "openai>oracle:s oracle>openai:s", false},
	{"rupture", "रिश्ता खत्म का ऐलान", "फराज ने मस्क से अपना रिश्ता खत्म करने का ऐलान किया।", "nigel-farage>elon-musk:h", false},
	{"rupture", "रिश्ता खत्म का ऐलान/contrast", "फराज ने मस्क से मिलने का ऐलान किया।", "", false},
	{"rupture", "गठबंधन तोड़ा", "माइक्रोसॉफ्ट ने ओपनएआई से अपना गठबंधन तोड़ दिया।", "microsoft>openai:h", false},
	{"rupture", "गठबंधन तोड़ा/contrast", "माइक्रोसॉफ्ट ने ओपनएआई से अपने गठबंधन की समीक्षा की।", "", false},
	{"rupture", "साझेदारी समाप्त", "गूगल ने रिलायंस से अपनी साझेदारी समाप्त कर ली है।", "google>reliance:h", false},
	{"rupture", "साझेदारी समाप्त/contrast", "गूगल ने रिलायंस से अपनी साझेदारी पर चर्चा की है।", "", false},
	{"rupture", "संबंध तोड़े (plural obj)", "ट्रंप ने मस्क से सारे संबंध तोड़ लिए।", "donald-trump>elon-musk:h", false},
	{"rupture", "संबंध तोड़े/contrast", "ट्रंप ने मस्क से अपने संबंधों पर बात की।", "", false},
	{"rupture", "future", "ट्रंप मस्क से नाता तोड़ लेंगे।", "", false},
	{"rupture", "negated", "मस्क ने ट्रंप से नाता नहीं तोड़ा।", "", false},
	{"rupture", "दूरी बनाई (fem.)", "@2024-09-01 कमला हैरिस ने रीड हॉफमैन से दूरी बना ली।", "kamala-harris>reid-hoffman:h", false},
	{"rupture", "दूरी बनाई/contrast", "@2024-09-01 कमला हैरिस ने रीड हॉफमैन से मुलाकात की।", "", false},
	{"rupture", "दूरी बनाई (plural hon.)", "मोदी ने अडानी से दूरी बना ली है।", "narendra-modi>gautam-adani:h", false},
	{"rupture", "पल्ला झाड़ा", "ओपनएआई ने मस्क से पल्ला झाड़ लिया।", "openai>elon-musk:h", false},
	{"rupture", "किनारा किया", "रिलायंस ने अडानी समूह से किनारा कर लिया।", "reliance>adani-group:h", false},
	{"rupture", "संबंध विच्छेद", "सॉफ्टबैंक ने ओरेकल से संबंध विच्छेद कर लिया।", "softbank>oracle:h", false},
	{"rupture", "डील तोड़ी", "ट्रंप ने टेस्ला के साथ डील तोड़ दी।", "donald-trump>tesla:h", false},
	{"rupture", "पार्टनरशिप खत्म (code-mixed)", "मेटा ने रिलायंस के साथ अपनी पार्टनरशिप खत्म कर दी।", "meta>reliance:h", false},
	{"rupture", "पार्टनरशिप खत्म/contrast", "मेटा ने रिलायंस के साथ अपनी पार्टनरशिप बढ़ा दी।", "meta>reliance:s reliance>meta:s", false},
	{"rupture", "कॉन्ट्रैक्ट रद्द", "ट्रंप ने टेस्ला का कॉन्ट्रैक्ट रद्द कर दिया।", "donald-trump>tesla:h", false},
	{"rupture", "headline verb-first", "मस्क ने तोड़ा ट्रंप से नाता || ", "elon-musk>donald-trump:h", false},
	{"rupture", "headline object-first", "ट्रंप से मस्क ने तोड़ा नाता || ", "elon-musk>donald-trump:h", false},
	{"rupture", "distance (relative clause)", "मस्क ने, जो कई महीनों से सरकारी दक्षता विभाग के प्रमुख थे, बुधवार को ट्रंप से अपना नाता आखिरकार तोड़ लिया।", "elon-musk>donald-trump:h", false},
	{"rupture", "अलग हो गए", "मस्क ट्रंप से अलग हो गए।", "elon-musk>donald-trump:h", false},
	{"rupture", "अलग होने की घोषणा", "मस्क ने ट्रंप प्रशासन से अलग होने की घोषणा की।", "elon-musk>donald-trump:h", false},
	{"rupture", "रास्ते अलग (both)", "माइक्रोसॉफ्ट और ओपनएआई ने अपने रास्ते अलग कर लिए।", "microsoft>openai:h openai>microsoft:h", false},
	{"rupture", "समझौता तोड़ा (हुआ)", "मेटा ने गूगल के साथ हुआ करार तोड़ दिया।", "meta>google:h", false},
	{"rupture", "मुंह मोड़ा", "मस्क ने ट्रंप से मुंह मोड़ लिया।", "elon-musk>donald-trump:h", false},
	{"rupture", "snub: बात में दिलचस्पी नहीं", "ट्रंप ने कहा कि उन्हें मस्क से बात करने में कोई दिलचस्पी नहीं है।", "donald-trump>elon-musk:h", false},
	{"rupture", "snub/contrast", "ट्रंप ने कहा कि उन्हें मस्क से बात करने में दिलचस्पी है।", "", false},
	{"rupture", "snub: मिलने से इनकार", "ऑल्टमैन ने मस्क से मिलने से इनकार कर दिया।", "sam-altman>elon-musk:h", false},
	{"rupture", "snub/contrast टिप्पणी से इनकार", "ऑल्टमैन ने मस्क पर टिप्पणी करने से इनकार कर दिया।", "", false},
	{"rupture", "snub: काम नहीं करेंगे", "ट्रंप ने कहा कि वह अब मस्क के साथ काम नहीं करेंगे।", "donald-trump>elon-musk:h", false},
	{"rupture", "snub/contrast काम करते रहेंगे", "ट्रंप ने कहा कि वह मस्क के साथ काम करते रहेंगे।", "donald-trump>elon-musk:s", false},
	{"rupture", "रिश्ता तोड़ने का फैसला", "टेस्ला ने एक्स के साथ रिश्ता तोड़ने का फैसला किया।", "tesla>x-corp:h", false},
	{"rupture", "रिश्ता तोड़ने का फैसला/contrast", "टेस्ला ने एक्स के साथ रिश्ता मजबूत करने का फैसला किया।", "tesla>x-corp:s", true},

	// ---- withdrawal: support taken back is hostile; support given is supportive.
	{"withdrawal", "समर्थन वापस लिया (दिया)", "रीड हॉफमैन ने कमला हैरिस को दिया समर्थन वापस ले लिया।", "reid-hoffman>kamala-harris:h", false},
	{"withdrawal", "समर्थन दिया/contrast", "रीड हॉफमैन ने कमला हैरिस को समर्थन दिया।", "reid-hoffman>kamala-harris:s", false},
	{"withdrawal", "समर्थन छोड़ा", "मस्क ने फराज का समर्थन छोड़ दिया।", "elon-musk>nigel-farage:h", false},
	{"withdrawal", "समर्थन छोड़ा/contrast", "मस्क ने फराज का समर्थन किया।", "elon-musk>nigel-farage:s", false},
	{"withdrawal", "हाथ खींचा", "मस्क ने ट्रंप से अपना हाथ खींच लिया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "चंदा रोका", "रीड हॉफमैन ने कमला हैरिस के अभियान का चंदा रोक दिया।", "reid-hoffman>kamala-harris:h", true},
	{"withdrawal", "चंदा रोका/contrast", "रीड हॉफमैन ने कमला हैरिस के अभियान को चंदा दिया।", "reid-hoffman>kamala-harris:s", false},
	{"withdrawal", "निवेश वापस खींचा", "सॉफ्टबैंक ने ओपनएआई से अपना निवेश वापस खींच लिया।", "softbank>openai:h", false},
	{"withdrawal", "निवेश वापस/contrast बढ़ाया", "सॉफ्टबैंक ने ओपनएआई में अपना निवेश बढ़ा दिया।", "softbank>openai:s", false},
	{"withdrawal", "फंडिंग रोकी", "माइक्रोसॉफ्ट ने ओपनएआई की फंडिंग रोक दी।", "microsoft>openai:h", false},
	{"withdrawal", "फंडिंग रोकी/contrast बढ़ाई", "माइक्रोसॉफ्ट ने ओपनएआई की फंडिंग बढ़ा दी।", "microsoft>openai:s", false},
	{"withdrawal", "समर्थन करना बंद", "मस्क ने ट्रंप का समर्थन करना बंद कर दिया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "समर्थन करना बंद/contrast जारी", "मस्क ने ट्रंप का समर्थन करना जारी रखा।", "elon-musk>donald-trump:s", false},
	{"withdrawal", "हिमायत वापस", "एलिसन ने ट्रंप से अपनी हिमायत वापस ले ली।", "larry-ellison>donald-trump:h", false},
	{"withdrawal", "headline खींचा समर्थन", "मस्क ने ट्रंप से खींचा समर्थन || ", "elon-musk>donald-trump:h", false},
	{"withdrawal", "headline object-first", "ट्रंप से मस्क ने वापस लिया समर्थन || ", "elon-musk>donald-trump:h", false},
	{"withdrawal", "deal: हट गया", "ओरेकल स्टारगेट परियोजना से हट गया।", "oracle>stargate:h", true},
	{"withdrawal", "deal: पैसा निकाला", "सॉफ्टबैंक ने स्टारगेट से अपना पैसा निकाल लिया।", "softbank>stargate:h", false},
	{"withdrawal", "future", "मस्क ट्रंप से अपना समर्थन वापस लेंगे।", "", false},
	{"withdrawal", "मुकदमा वापस (the suit presupposed, flippers.yaml)", "मस्क ने ओपनएआई के खिलाफ मुकदमा वापस ले लिया।", "elon-musk>openai:h", false},
	{"withdrawal", "मुकदमा वापस/contrast दायर", "मस्क ने ओपनएआई के खिलाफ मुकदमा दायर किया।", "elon-musk>openai:h", false},
	{"withdrawal", "आरोप वापस (none)", "राहुल गांधी ने अडानी पर लगाए आरोप वापस ले लिए।", "", false},
	{"withdrawal", "आरोप वापस/contrast लगाए", "राहुल गांधी ने अडानी पर आरोप लगाए।", "rahul-gandhi>gautam-adani:h", false},
	{"withdrawal", "फंडिंग से हाथ पीछे", "एलिसन ने ट्रंप के अभियान की फंडिंग से हाथ पीछे खींच लिए।", "larry-ellison>donald-trump:h", true},
	{"withdrawal", "समर्थन समाप्त", "मस्क ने ट्रंप के प्रति अपना समर्थन समाप्त कर दिया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "वापस लेने का ऐलान", "मस्क ने ट्रंप से अपना समर्थन वापस लेने का ऐलान किया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "वापस लेने का ऐलान/contrast जारी", "मस्क ने ट्रंप को अपना समर्थन जारी रखने का ऐलान किया।", "elon-musk>donald-trump:s", false},
	{"withdrawal", "सपोर्ट वापस (code-mixed)", "मस्क ने ट्रंप से अपना सपोर्ट वापस ले लिया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "सपोर्ट दिया/contrast", "मस्क ने ट्रंप को अपना सपोर्ट दिया।", "elon-musk>donald-trump:s", false},
	{"withdrawal", "एंडोर्समेंट वापस", "मस्क ने फराज से अपना एंडोर्समेंट वापस ले लिया।", "elon-musk>nigel-farage:h", false},
	{"withdrawal", "distance", "मस्क ने बुधवार को सोशल मीडिया पर एक लंबी पोस्ट में ट्रंप से अपना समर्थन आखिरकार वापस ले लिया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "fem. subject", "@2024-09-01 कमला हैरिस ने रीड हॉफमैन का समर्थन वापस ले लिया।", "kamala-harris>reid-hoffman:h", false},
	{"withdrawal", "समर्थन से पीछे हटे", "मस्क ट्रंप के समर्थन से पीछे हट गए।", "elon-musk>donald-trump:h", false},

	// ---- quote: the quoted speaker → the one the words are about.
	{"quote", "trailing speaker", "“सैम ऑल्टमैन एक झूठे इंसान हैं,” मस्क ने कहा।", "elon-musk>sam-altman:h", false},
	{"quote", "trailing speaker/contrast", "“सैम ऑल्टमैन एक शानदार इंसान हैं,” मस्क ने कहा।", "elon-musk>sam-altman:s", false},
	{"quote", "leading speaker", "ऑल्टमैन ने कहा, “मस्क झूठ बोल रहे हैं।”", "sam-altman>elon-musk:h", false},
	{"quote", "leading speaker/contrast", "ऑल्टमैन ने कहा, “मस्क आज कैलिफोर्निया में हैं।”", "", false},
	{"quote", "single quotes बोले", "@2024-09-01 'हैरिस एक कमजोर नेता हैं', ट्रंप बोले।", "donald-trump>kamala-harris:h", false},
	{"quote", "headline बोले-", "ट्रंप बोले- मस्क ने मुझे धोखा दिया || ", "donald-trump>elon-musk:h", false},
	{"quote", "headline बोले-/contrast", "ट्रंप बोले- मस्क से कल मिलूंगा || ", "", false},
	{"quote", "pronoun quote, के बारे में", "“वह अपना दिमाग खो चुके हैं,” ट्रंप ने मस्क के बारे में कहा।", "donald-trump>elon-musk:h", false},
	{"quote", "pronoun quote/contrast", "“वह बहुत मेहनती हैं,” ट्रंप ने मस्क के बारे में कहा।", "donald-trump>elon-musk:s", false},
	{"quote", "speaker by pronoun", "ट्रंप से मस्क के बारे में पूछा गया। उन्होंने कहा, “वह धोखेबाज हैं।”", "donald-trump>elon-musk:h", false},
	{"quote", "speaker by pronoun/contrast", "ट्रंप से मस्क के बारे में पूछा गया। उन्होंने कहा, “मुझे नहीं पता।”", "", false},
	{"quote", "who is quoted: third party", "“ट्रंप झूठे हैं,” एक विश्लेषक ने कहा।", "", false},
	{"quote", "who is quoted: tracked", "“ट्रंप झूठे हैं,” मस्क ने कहा।", "elon-musk>donald-trump:h", false},
	{"quote", "who is quoted: supporter of", "@2024-09-01 “हैरिस झूठी हैं,” ट्रंप के एक समर्थक ने कहा।", "", false},
	{"quote", "लिखा, post", "मस्क ने एक्स पर लिखा, “ट्रंप का बिल घिनौना है।”", "elon-musk>donald-trump:h", false},
	{"quote", "लिखा/contrast", "मस्क ने एक्स पर लिखा, “ट्रंप का बिल आज पास होगा।”", "", false},
	{"quote", "के मुताबिक", "फराज के मुताबिक, “मस्क एक बेहतरीन उद्यमी हैं।”", "nigel-farage>elon-musk:s", false},
	{"quote", "fem. speaker", "@2024-09-01 हैरिस ने कहा, “ट्रंप देश के लिए खतरा हैं।”", "kamala-harris>donald-trump:h", false},
	{"quote", "honorific", "मोदी जी ने कहा, 'ट्रंप मेरे सच्चे मित्र हैं।'", "narendra-modi>donald-trump:s", false},
	{"quote", "long quote", "“मैं बहुत साफ कहना चाहता हूं, और यह बात मैंने पहले भी कई बार कही है, कि सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता,” मस्क ने कहा।", "elon-musk>sam-altman:h", false},
	{"quote", "का कहना है", "ट्रंप का कहना है, “मस्क अहसान फरामोश हैं।”", "donald-trump>elon-musk:h", false},
	{"quote", "split quote", "“मस्क,” ट्रंप ने कहा, “एक बड़े धोखेबाज हैं।”", "donald-trump>elon-musk:h", false},
	{"quote", "ट्वीट किया", "मस्क ने ट्वीट किया, “ट्रंप का बिल पूरी तरह बकवास है।”", "elon-musk>donald-trump:h", false},
	{"quote", "second quote sentence", "“मुझे मस्क से कोई शिकायत नहीं,” ट्रंप ने कहा। “लेकिन वह एक धोखेबाज हैं।”", "donald-trump>elon-musk:h", false},
	{"quote", "second quote sentence/contrast", "“मुझे मस्क से कोई शिकायत नहीं,” ट्रंप ने कहा। “अभी मेरा ध्यान चुनाव पर है।”", "", false},
	{"quote", "पत्रकारों से", "ऑल्टमैन ने पत्रकारों से कहा, “मस्क हमसे जलते हैं।”", "sam-altman>elon-musk:h", true},
	{"quote", "colon label", "अडानी पर राहुल गांधी: “वह देश को लूट रहे हैं” || ", "rahul-gandhi>gautam-adani:h", false},

	// ---- epithet: a title for a person named before it.
	{"epithet", "source epithet", "मस्क ने ट्रंप के बिल की आलोचना की। अमेरिकी राष्ट्रपति ने टेस्ला प्रमुख पर पलटवार किया।", "donald-trump>elon-musk:h elon-musk>donald-trump:h", false},
	{"epithet", "source epithet/contrast other", "मस्क ने ट्रंप के बिल की आलोचना की। फ्रांस के राष्ट्रपति ने टेस्ला प्रमुख पर पलटवार किया।", "elon-musk>donald-trump:h", false},
	{"epithet", "ओपनएआई प्रमुख", "ऑल्टमैन ने सफाई दी। मस्क ने ओपनएआई पर मुकदमा किया है। ओपनएआई प्रमुख ने मस्क को झूठा बताया।", "elon-musk>openai:h elon-musk>sam-altman:h sam-altman>elon-musk:h", false}, // the title ties him: the suit counts on him too (session 25 ruling)
	{"epithet", "ओपनएआई प्रमुख/contrast former", "मस्क ने ओपनएआई पर मुकदमा किया है। एक विश्लेषक ने मस्क को झूठा बताया।", "elon-musk>openai:h", false},
	{"epithet", "पीएम", "मोदी अमेरिका पहुंचे। पीएम ने ट्रंप की तारीफ की।", "narendra-modi>donald-trump:s", false},
	{"epithet", "पीएम/contrast other pm", "मोदी अमेरिका पहुंचे। ब्रिटेन के पीएम ने ट्रंप की तारीफ की।", "", false},
	{"epithet", "fem. epithet", "@2024-09-01 हैरिस चुनाव प्रचार में हैं। डेमोक्रेटिक उम्मीदवार ने ट्रंप पर तीखा हमला बोला।", "kamala-harris>donald-trump:h", false},
	{"epithet", "fem. epithet/contrast", "@2024-09-01 हैरिस चुनाव प्रचार में हैं। एक डेमोक्रेटिक सांसद ने ट्रंप पर तीखा हमला बोला।", "", false},
	{"epithet", "माइक्रोसॉफ्ट प्रमुख", "नडेला भारत दौरे पर हैं। माइक्रोसॉफ्ट प्रमुख ने रिलायंस की सराहना की।", "satya-nadella>reliance:s", false},
	{"epithet", "epithet as target in words", "मस्क ने ओपनएआई पर मुकदमा किया है। ऑल्टमैन ने कहा कि टेस्ला प्रमुख झूठ बोल रहे हैं।", "elon-musk>openai:h sam-altman>elon-musk:h", false},
	{"epithet", "epithet as target", "मस्क ने ट्रंप के बिल पर राय रखी। ट्रंप ने दुनिया के सबसे अमीर व्यक्ति पर निशाना साधा।", "donald-trump>elon-musk:h", false},
	{"epithet", "far epithet", "मस्क ने ट्रंप के बिल पर राय रखी थी। इसके दो दिन बाद, व्हाइट हाउस में पत्रकारों से बातचीत के दौरान अमेरिकी राष्ट्रपति ने टेस्ला के सीईओ को अहसानफरामोश करार दिया।", "donald-trump>elon-musk:h", true},
	{"epithet", "pre-name epithet former", "@2025-03-01 हैरिस ने कैलिफोर्निया में भाषण दिया। पूर्व उपराष्ट्रपति ने ट्रंप की नीतियों की आलोचना की।", "kamala-harris>donald-trump:h", false},
	{"epithet", "रिफॉर्म यूके के नेता", "फराज ने लंदन में रैली की। रिफॉर्म यूके के नेता ने मस्क का शुक्रिया अदा किया।", "nigel-farage>elon-musk:s", false},
	{"epithet", "गूगल के सीईओ", "पिचाई मुंबई आए। गूगल के सीईओ ने अंबानी की तारीफ की।", "sundar-pichai>mukesh-ambani:s", false},
	{"epithet", "advisor of epithet", "मस्क ने ट्रंप के बिल पर राय रखी। अमेरिकी राष्ट्रपति के एक सलाहकार ने मस्क की आलोचना की।", "", false},
	// Session 18: both titles in force stand for their holders, named or not.
	{"epithet", "epithet unnamed before", "अमेरिकी राष्ट्रपति ने टेस्ला प्रमुख की आलोचना की।", "donald-trump>elon-musk:h", false},
	{"epithet", "epithet + उन्हें", "मोदी अमेरिका दौरे पर हैं। प्रधानमंत्री ने ट्रंप को भारत आने का न्योता दिया और उन्हें सच्चा दोस्त बताया।", "narendra-modi>donald-trump:s", false},
	{"epithet", "spokesman of epithet's org", "मस्क ने ट्रंप के बिल पर राय रखी। टेस्ला के एक शेयरधारक ने ट्रंप की आलोचना की।", "", false},

	// ---- deed: support by deeds (money, campaigning) → supportive.
	{"deed", "रैली की", "मस्क ने ट्रंप के लिए रैली की।", "elon-musk>donald-trump:s", false},
	{"deed", "समर्थन में मंच पर उतरे", "मस्क ट्रंप के समर्थन में मंच पर उतरे।", "elon-musk>donald-trump:s", false},
	{"deed", "अभियान में खर्च", "मस्क ने ट्रंप के अभियान में 7.5 करोड़ डॉलर खर्च किए।", "elon-musk>donald-trump:s", false},
	{"deed", "अभियान में खर्च/contrast", "मस्क ने बताया कि ट्रंप के अभियान ने 7 करोड़ डॉलर खर्च किए।", "", false},
	{"deed", "चंदा जुटाया", "@2024-09-01 हॉफमैन ने हैरिस के लिए चंदा जुटाया।", "reid-hoffman>kamala-harris:s", false},
	{"deed", "चंदा जुटाया/contrast denial", "@2024-09-01 हॉफमैन ने हैरिस के लिए चंदा जुटाने की खबरों का खंडन किया।", "", false},
	{"deed", "फंडरेजर (code-mixed)", "एलिसन ने ट्रंप के लिए फंडरेजर आयोजित किया।", "larry-ellison>donald-trump:s", false},
	{"deed", "प्रचार किया", "मस्क ने ट्रंप के लिए प्रचार किया।", "elon-musk>donald-trump:s", false},
	{"deed", "प्रचार/contrast", "मस्क ने ट्रंप के प्रचार का वीडियो देखा।", "", false},
	{"deed", "वोट दिया", "मस्क ने ट्रंप को वोट दिया।", "elon-musk>donald-trump:s", false},
	{"deed", "दान दिया", "अंबानी ने मोदी के अभियान को दान दिया।", "mukesh-ambani>narendra-modi:s", false},
	{"deed", "समर्थन में पीएसी बनाई", "मस्क ने ट्रंप के समर्थन में एक पीएसी बनाई।", "elon-musk>donald-trump:s", false},
	{"deed", "पानी की तरह पैसा बहाया", "मस्क ने ट्रंप के चुनाव अभियान पर पानी की तरह पैसा बहाया।", "elon-musk>donald-trump:s", false},
	{"deed", "घर-घर वोट मांगे", "मस्क ने ट्रंप के लिए घर-घर जाकर वोट मांगे।", "elon-musk>donald-trump:s", false},
	{"deed", "वोट मांगे/negated", "मस्क ने ट्रंप के लिए वोट नहीं मांगे।", "", false},
	{"deed", "object-first", "@2024-09-01 कमला हैरिस के लिए हॉफमैन ने करोड़ों डॉलर जुटाए।", "reid-hoffman>kamala-harris:s", false},
	{"deed", "तकनीकी मदद", "गूगल ने रिलायंस को तकनीकी मदद दी।", "google>reliance:s", false},
	{"deed", "headline मैदान में उतरे", "ट्रंप के लिए मैदान में उतरे मस्क || ", "elon-musk>donald-trump:s", false},
	{"deed", "headline झोंके", "ट्रंप के प्रचार में मस्क ने झोंके 20 करोड़ डॉलर || ", "elon-musk>donald-trump:s", true},
	{"deed", "मुहिम के लिए धन", "एलिसन ने ट्रंप की चुनावी मुहिम के लिए धन इकट्ठा किया।", "larry-ellison>donald-trump:s", true},
	{"deed", "मुहिम/contrast report", "एलिसन ने ट्रंप की चुनावी मुहिम के खर्च पर एक रिपोर्ट पढ़ी।", "", false},
	{"deed", "future deed", "मस्क ट्रंप के लिए प्रचार करेंगे।", "", false},
	{"deed", "question deed", "क्या मस्क ने ट्रंप के लिए प्रचार किया?", "", false},

	// ---- rejection: a rebuttal alone is no stance; one attacking the author is hostile; an offer refused is hostile.
	{"rejection", "खारिज", "ऑल्टमैन ने मस्क के आरोपों को खारिज कर दिया।", "", false},
	{"rejection", "खारिज + झूठा", "ऑल्टमैन ने मस्क के आरोपों को झूठा बताते हुए खारिज कर दिया।", "sam-altman>elon-musk:h", false},
	{"rejection", "बेबुनियाद", "अडानी समूह ने राहुल गांधी के दावों को बेबुनियाद बताया।", "", false},
	{"rejection", "राजनीति से प्रेरित", "अडानी समूह ने राहुल गांधी के दावों को राजनीति से प्रेरित बताया।", "adani-group>rahul-gandhi:h", false},
	{"rejection", "इनकार", "मेटा ने ट्रंप के आरोपों से इनकार किया।", "", false},
	{"rejection", "मनगढ़ंत", "मेटा ने ट्रंप के आरोपों को मनगढ़ंत करार दिया।", "meta>donald-trump:h", false},
	{"rejection", "खंडन", "ओपनएआई ने मस्क के दावे का खंडन किया।", "", false},
	{"rejection", "साजिश", "ओपनएआई ने मस्क के दावे को साजिश करार दिया।", "openai>elon-musk:h", false},
	{"rejection", "झूठ का पुलिंदा", "ट्रंप ने मस्क के बयान को झूठ का पुलिंदा बताया।", "donald-trump>elon-musk:h", false},
	{"rejection", "नकारा (fem.)", "@2024-09-01 हैरिस ने ट्रंप के आरोपों को नकार दिया।", "", false},
	{"rejection", "नकारते हुए झूठा कहा", "@2024-09-01 हैरिस ने ट्रंप के आरोपों को नकारते हुए उन्हें झूठा कहा।", "kamala-harris>donald-trump:h", true},
	{"rejection", "सिरे से खारिज", "रिलायंस ने राहुल गांधी के आरोपों को सिरे से खारिज किया।", "", false},
	{"rejection", "खारिज करते हुए कहा कि (attack)", "रिलायंस ने राहुल गांधी के आरोपों को खारिज करते हुए कहा कि राहुल देश को गुमराह कर रहे हैं।", "reliance>rahul-gandhi:h", false},
	{"rejection", "headline किया खारिज", "मस्क के आरोपों को ऑल्टमैन ने किया खारिज || ", "", false},
	{"rejection", "headline पलटवार, बताया झूठा", "मस्क के आरोपों पर ऑल्टमैन का पलटवार, बताया झूठा || ", "sam-altman>elon-musk:h", false},
	{"rejection", "पलटवार", "ऑल्टमैन ने मस्क पर पलटवार किया।", "sam-altman>elon-musk:h", false},
	{"rejection", "जवाब दिया", "ऑल्टमैन ने मस्क के आरोपों का जवाब दिया।", "", false},
	// (Session 27, SCHEMA ruling rule 4: an offer turned down with no
	// attack is no stance; claims27.go.)
	{"rejection", "offer ठुकराई", "ओपनएआई ने मस्क की पेशकश ठुकरा दी।", "", false},
	{"rejection", "offer/contrast विचार", "ओपनएआई ने मस्क की पेशकश पर विचार किया।", "", false},
	{"rejection", "प्रस्ताव खारिज", "ट्रंप ने मस्क का प्रस्ताव खारिज कर दिया।", "", false},
	{"rejection", "मध्यस्थता ठुकराई", "मोदी ने ट्रंप की मध्यस्थता की पेशकश ठुकरा दी।", "", false},
	{"rejection", "मांग नामंजूर", "ऑल्टमैन ने मस्क की मांग नामंजूर कर दी।", "sam-altman>elon-musk:h", true},
	{"rejection", "बात नकारी कि", "ऑल्टमैन ने मस्क की इस बात को नकारा कि ओपनएआई मुनाफे के लिए बना है।", "", false},
	{"rejection", "खारिज, then उन्होंने कहा neutral", "ऑल्टमैन ने मस्क के आरोपों को खारिज किया। उन्होंने कहा कि कंपनी अपने रास्ते पर है।", "", false},
	{"rejection", "खारिज, then उन्होंने कहा attack", "ऑल्टमैन ने मस्क के आरोपों को खारिज किया। उन्होंने कहा कि मस्क जलन में ऐसा कह रहे हैं।", "sam-altman>elon-musk:h", false},

	// ---- de-escalation: a truce word or an apology is no stance; its contrast is an attack.
	{"de-escalation", "अफसोस", "मस्क ने ट्रंप के बारे में अपनी पोस्ट पर अफसोस जताया।", "", false},
	{"de-escalation", "अफसोस/contrast", "मस्क ने ट्रंप के बारे में अपनी पोस्ट में उन्हें धोखेबाज कहा।", "elon-musk>donald-trump:h", false},
	{"de-escalation", "माफी मांगी", "मस्क ने ट्रंप से माफी मांगी।", "", false},
	{"de-escalation", "कोई झगड़ा नहीं", "ट्रंप ने कहा कि मस्क से उनका कोई झगड़ा नहीं है।", "", false},
	{"de-escalation", "तेवर नरम", "मस्क ने ट्रंप के प्रति अपने तेवर नरम किए।", "", false},
	{"de-escalation", "तेवर/contrast तीखे", "मस्क ने ट्रंप के प्रति अपने तेवर तीखे किए।", "elon-musk>donald-trump:h", true},
	{"de-escalation", "तनाव घटा", "ऑल्टमैन और मस्क के बीच तनाव घटा।", "", false},
	{"de-escalation", "लड़ाई नहीं चाहते", "मस्क ने कहा कि वह ट्रंप से लड़ाई नहीं चाहते।", "", false},
	{"de-escalation", "विवाद सुलझाने पर सहमति", "ट्रंप और मोदी ने विवाद को सुलझाने पर सहमति जताई।", "", false},
	{"de-escalation", "विवाद/contrast हमले", "ट्रंप और मोदी ने एक-दूसरे पर तीखे हमले किए।", "donald-trump>narendra-modi:h narendra-modi>donald-trump:h", false},
	{"de-escalation", "कड़वाहट दूर करने की कोशिश", "ट्रंप ने मस्क के साथ रिश्तों की कड़वाहट दूर करने की कोशिश की।", "", false},
	{"de-escalation", "पोस्ट हटाई", "मस्क ने ट्रंप के खिलाफ अपनी पोस्ट हटा दी।", "", false},
	{"de-escalation", "मुकदमा निपटाया", "ओपनएआई और मस्क ने मुकदमा निपटा लिया।", "", false},
	{"de-escalation", "नरम रुख", "ट्रंप ने मस्क के प्रति नरम रुख अपनाया।", "", false},
	{"de-escalation", "नरम/contrast सख्त रुख", "ट्रंप ने मस्क के प्रति सख्त रुख अपनाया।", "donald-trump>elon-musk:h", true},
	{"de-escalation", "निशाना साधना बंद", "ट्रंप ने मस्क पर निशाना साधना बंद कर दिया।", "", false},
	{"de-escalation", "निशाना/contrast", "ट्रंप ने मस्क पर निशाना साधा।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "आलोचना से परहेज", "मस्क ने ट्रंप की आलोचना से परहेज किया।", "", false},
	{"de-escalation", "आलोचना छोड़ दी", "मस्क ने ट्रंप की आलोचना करना छोड़ दिया।", "", false},
	{"de-escalation", "हमले रोके", "राहुल गांधी ने अडानी पर अपने हमले रोक दिए।", "", false},
	{"de-escalation", "धमकी वापस", "ट्रंप ने मस्क के खिलाफ कार्रवाई की धमकी वापस ले ली।", "", false},
	{"de-escalation", "धमकी/contrast दी", "ट्रंप ने मस्क के खिलाफ कार्रवाई की धमकी दी।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "टिप्पणी वापस", "मस्क ने ट्रंप के खिलाफ अपनी टिप्पणी वापस ले ली।", "", false},
	{"de-escalation", "संघर्षविराम", "मस्क और ट्रंप के बीच संघर्षविराम हो गया।", "", false},
	{"de-escalation", "हमला नहीं करेंगे", "मस्क ने कहा कि वह अब ट्रंप पर हमला नहीं करेंगे।", "", false},
	// ---- threats whose content is an act on Y (threatObject).
	{"de-escalation", "threat: Y पर … लगाने की धमकी", "ट्रंप ने मस्क पर भारी टैक्स लगाने की धमकी दी।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "threat: Y पर प्रतिबंध की चेतावनी (perfect)", "ट्रंप ने मस्क की कंपनियों पर प्रतिबंध लगाने की चेतावनी दी है।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "threat: Y के खिलाफ जांच बैठाने की धमकी", "ट्रंप ने मस्क के खिलाफ जांच बैठाने की धमकी दी।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "threat: धमकी देते हुए", "मोदी ने राहुल गांधी पर मानहानि का केस करने की धमकी देते हुए जवाब दिया।", "narendra-modi>rahul-gandhi:h", false},
	{"de-escalation", "threat: fem. source", "@2024-09-01 हैरिस ने मस्क पर कार्रवाई की चेतावनी दी।", "kamala-harris>elon-musk:h", false},
	{"de-escalation", "threat: negated", "ट्रंप ने मस्क पर प्रतिबंध लगाने की धमकी नहीं दी।", "", false},
	{"de-escalation", "threat: future", "ट्रंप मस्क पर प्रतिबंध लगाने की धमकी देंगे।", "", false},
	{"de-escalation", "threat: on someone untracked, Y with के साथ", "ट्रंप ने मस्क के साथ मिलकर चीन पर टैरिफ लगाने की धमकी दी।", "", false},
	{"de-escalation", "threat: Y in a time phrase before", "मस्क पर हमले के बाद ट्रंप ने चीन पर टैरिफ की धमकी दी।", "", false},
	{"de-escalation", "threat: verbless headline fragment left alone", "मस्क बोले- 'जुकरबर्ग डरपोक हैं', मेटा पर मुकदमे की धमकी || ", "elon-musk>mark-zuckerberg:h", false},
	// ---- the one asked answers (askedPassive).
	{"quote", "asked: सवाल किया गया, then quote", "ट्रंप से मस्क के बारे में सवाल किया गया। उन्होंने कहा, 'वह पागल हो गए हैं।'", "donald-trump>elon-musk:h", false},
	{"quote", "asked: पूछा गया, then कि", "ट्रंप से मस्क के बारे में पूछा गया। उन्होंने कहा कि वह धोखेबाज हैं।", "donald-trump>elon-musk:h", false},
	{"quote", "asked: पूछे गए सवाल, fem.", "@2024-09-01 हैरिस से ट्रंप के बारे में सवाल पूछे गए। उन्होंने कहा, “वह झूठे हैं।”", "kamala-harris>donald-trump:h", false},
	{"quote", "asked: someone acting keeps the agent", "ट्रंप ने मस्क से बात की। उन्होंने कहा, “वह धोखेबाज हैं।”", "donald-trump>elon-musk:h", false},
	// ---- second batch: pronouns, headlines, passives, code-mixed words, epithets in context.
	{"rupture", "pronoun source", "मस्क कभी ट्रंप के सबसे करीबी सहयोगी थे। अब उन्होंने ट्रंप से अपना नाता तोड़ लिया है।", "elon-musk>donald-trump:h", false},
	{"rupture", "pronoun target", "ट्रंप ने मस्क को सरकार में अहम जिम्मेदारी दी थी। बुधवार को मस्क ने उनसे अपने रिश्ते खत्म कर लिए।", "elon-musk>donald-trump:h", false},
	{"rupture", "headline + body", "मस्क-ट्रंप की राहें जुदा || एलन मस्क ने डोनाल्ड ट्रंप प्रशासन से खुद को अलग करने का ऐलान किया।", "donald-trump>elon-musk:h elon-musk>donald-trump:h", false},
	{"rupture", "passive: साझेदारी खत्म की गई", "ओरेकल की ओर से ओपनएआई के साथ साझेदारी खत्म कर दी गई।", "oracle>openai:h", false},
	{"rupture", "हाथ छुड़ा लिया", "फराज ने मस्क से अपना हाथ छुड़ा लिया।", "nigel-farage>elon-musk:h", false},
	{"rupture", "दोस्ती टूटी stated with a breaker", "मस्क ने ट्रंप से अपनी दोस्ती तोड़ दी।", "elon-musk>donald-trump:h", false},
	{"rupture", "English verb code-mixed", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपनी डील cancel कर दी।", "microsoft>openai:h", true},
	{"rupture", "Latin names", "Musk ने Trump से नाता तोड़ लिया।", "elon-musk>donald-trump:h", false},
	{"rupture", "रिश्ता तोड़ने का फैसला (से)", "टेस्ला ने एक्स से रिश्ता तोड़ने का फैसला किया।", "tesla>x-corp:h", false},
	{"rupture", "question", "क्या मस्क ने ट्रंप से नाता तोड़ लिया है?", "", false},
	{"rupture", "speculation", "अटकलें हैं कि मस्क ट्रंप से नाता तोड़ सकते हैं।", "", false},
	{"rupture", "contrast: joined", "मस्क ट्रंप के अभियान से जुड़ गए।", "", false},
	{"rupture", "in someone's words", "ट्रंप ने कहा कि मस्क के साथ उनका रिश्ता खत्म हो चुका है।", "donald-trump>elon-musk:h", false},
	{"rupture", "in quote", "“मस्क के साथ मेरा रिश्ता खत्म हो गया है,” ट्रंप ने कहा।", "donald-trump>elon-musk:h", false},
	{"withdrawal", "pronoun source", "मस्क ने पिछले साल ट्रंप का खुलकर समर्थन किया था। अब उन्होंने अपना समर्थन वापस ले लिया है।", "elon-musk>donald-trump:h elon-musk>donald-trump:s", false},
	{"withdrawal", "pronoun target", "फराज को मस्क का साथ मिला था। लेकिन मस्क ने उनसे समर्थन वापस ले लिया।", "elon-musk>nigel-farage:h", false},
	{"withdrawal", "headline verb-first", "वापस लिया समर्थन: मस्क ने फराज से तोड़ा नाता || ", "elon-musk>nigel-farage:h", false},
	{"withdrawal", "इनकार to fund", "मस्क ने ट्रंप के अभियान को और पैसा देने से इनकार कर दिया।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "चंदा देना बंद", "हॉफमैन ने हैरिस के अभियान को चंदा देना बंद कर दिया।", "reid-hoffman>kamala-harris:h", false},
	{"withdrawal", "passive", "फराज की पार्टी से मस्क का समर्थन वापस ले लिया गया।", "elon-musk>nigel-farage:h", true},
	{"withdrawal", "samarthan se mukar", "मस्क अपने समर्थन से मुकर गए और ट्रंप की आलोचना करने लगे।", "elon-musk>donald-trump:h", true},
	{"withdrawal", "question", "क्या मस्क ट्रंप से समर्थन वापस लेंगे?", "", false},
	{"withdrawal", "conditional", "अगर ट्रंप बिल पास करते हैं तो मस्क उनसे समर्थन वापस ले लेंगे।", "", false},
	{"withdrawal", "negated", "मस्क ने कहा कि उन्होंने ट्रंप से समर्थन वापस नहीं लिया है।", "elon-musk>donald-trump:s", false},
	{"withdrawal", "investment pulled", "सॉफ्टबैंक ने ओपनएआई से अपना पैसा निकाल लिया।", "softbank>openai:h", false},
	{"withdrawal", "contract pulled", "ट्रंप सरकार ने टेस्ला से अपने ठेके वापस ले लिए।", "donald-trump>tesla:h", false},
	{"quote", "em-dash headline", "मस्क पर ट्रंप — 'उनका दिमाग खराब हो गया है' || ", "donald-trump>elon-musk:h", false},
	{"quote", "single quote headline body speaker", "'यह व्यक्ति पागल हो गया है' || ट्रंप ने मस्क के बारे में यह बात बुधवार को कही।", "donald-trump>elon-musk:h", true},
	{"quote", "speaker after quote, on X", "“ओपनएआई एक धोखा है,” मस्क ने एक्स पर लिखा।", "elon-musk>openai:h", false},
	{"quote", "quote, then attribution next sentence", "“सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता।” यह बात मस्क ने एक इंटरव्यू में कही।", "elon-musk>sam-altman:h", false},
	{"quote", "quote praising", "मोदी ने कहा, “पिचाई जैसे लोग देश का गौरव हैं।”", "narendra-modi>sundar-pichai:s", false},
	{"quote", "quote about self", "“मैं ट्रंप का सबसे बड़ा समर्थक हूं,” मस्क ने कहा।", "elon-musk>donald-trump:s", false},
	{"quote", "quote: third party's quote quoted", "मस्क ने कहा, “लोग कहते हैं कि ट्रंप झूठे हैं, पर मैं ऐसा नहीं मानता।”", "", false},
	{"quote", "quote with हम/हमारा", "ऑल्टमैन ने कहा, “मस्क हमारी कंपनी को बर्बाद करना चाहते हैं।”", "sam-altman>elon-musk:h", false},
	{"quote", "quote with आप (addressee)", "ट्रंप ने मोदी से कहा, “आप एक महान नेता हैं।”", "donald-trump>narendra-modi:s", false},
	{"quote", "ने बताया", "ऑल्टमैन ने बताया, “मस्क का मुकदमा बेबुनियाद है।”", "", false},
	{"quote", "के शब्दों में", "हैरिस के शब्दों में, “ट्रंप लोकतंत्र के लिए खतरा हैं।”", "kamala-harris>donald-trump:h", false},
	{"quote", "code-mixed quote", "मस्क ने लिखा, “Trump is a liar.”", "elon-musk>donald-trump:h", false},
	{"quote", "speaker between 2 sentences", "ट्रंप ने कहा, “मस्क से मेरी बात नहीं हुई। वह बहुत बदल गए हैं, वह एक धोखेबाज हैं।”", "donald-trump>elon-musk:h", false},
	{"epithet", "the surname after epithet", "टेस्ला प्रमुख एलन मस्क ने गुरुवार को अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप की आलोचना की।", "elon-musk>donald-trump:h", false},
	{"epithet", "epithet subject, name in previous sentence, pronoun", "ट्रंप ने मस्क के बारे में पोस्ट किया। अमेरिकी राष्ट्रपति ने उन्हें अहसान फरामोश कहा।", "donald-trump>elon-musk:h", false},
	{"epithet", "org CEO epithet target", "नडेला ने ओपनएआई की तारीफ की। इसके बाद मस्क ने माइक्रोसॉफ्ट के सीईओ पर निशाना साधा।", "satya-nadella>openai:s elon-musk>satya-nadella:h", false},
	{"epithet", "अरबपति kind", "मस्क ने ओपनएआई पर मुकदमा किया। ऑल्टमैन ने अरबपति कारोबारी की आलोचना की।", "elon-musk>openai:h sam-altman>elon-musk:h", false},
	// Session 18: a watchlist epithet in force stands for its holder
	// also when the story never names them (the blind dev gold).
	{"epithet", "पीएम मोदी title+name", "पीएम मोदी ने अमेरिकी राष्ट्रपति की तारीफ की।", "narendra-modi>donald-trump:s", false},
	{"epithet", "अमेरिकी राष्ट्रपति named later", "अमेरिकी राष्ट्रपति ने मोदी की तारीफ की। ट्रंप ने कहा कि मोदी उनके मित्र हैं।", "donald-trump>narendra-modi:s", false},
	{"epithet", "former president 2023", "@2023-05-01 ट्रंप ने रैली की। पूर्व राष्ट्रपति ने बाइडन की आलोचना की और मस्क की तारीफ की।", "donald-trump>elon-musk:s", false},
	{"epithet", "चैटजीपीटी निर्माता", "मस्क ने ओपनएआई पर निशाना साधा। चैटजीपीटी निर्माता ने मस्क के आरोपों को झूठा बताया।", "elon-musk>openai:h openai>elon-musk:h", false},
	{"epithet", "two presidents", "ट्रंप और मैक्रों मिले। फ्रांसीसी राष्ट्रपति ने मस्क की तारीफ की।", "", false},
	{"deed", "campaign at rally", "मस्क ट्रंप की रैली में मंच पर उछलते दिखे और लोगों से उन्हें वोट देने की अपील की।", "elon-musk>donald-trump:s", false},
	{"deed", "appeal to vote", "मस्क ने लोगों से ट्रंप को वोट देने की अपील की।", "elon-musk>donald-trump:s", false},
	{"deed", "pac funding", "मस्क की पीएसी ने ट्रंप के लिए करोड़ों डॉलर खर्च किए।", "elon-musk>donald-trump:s", true},
	{"deed", "hosted fundraiser", "एलिसन ने अपने घर पर ट्रंप के लिए चंदा जुटाने का कार्यक्रम रखा।", "larry-ellison>donald-trump:s", false},
	{"deed", "gave money", "अंबानी ने मोदी के अभियान के लिए पैसे दिए।", "mukesh-ambani>narendra-modi:s", false},
	{"deed", "bought product to support", "ट्रंप ने मस्क के समर्थन में टेस्ला कार खरीदी।", "donald-trump>elon-musk:s", false},
	{"deed", "contrast: bought product", "ट्रंप ने टेस्ला की एक कार खरीदी।", "", false},
	{"deed", "donation fem", "@2024-09-01 हॉफमैन ने कमला हैरिस के अभियान में 1 करोड़ डॉलर का योगदान दिया।", "reid-hoffman>kamala-harris:s", false},
	{"deed", "donation denied", "मस्क ने कहा कि उन्होंने ट्रंप को हर महीने 4.5 करोड़ डॉलर देने की कोई प्रतिबद्धता नहीं की।", "", false},
	{"deed", "donation by company", "गूगल ने ट्रंप के शपथ ग्रहण समारोह के लिए 10 लाख डॉलर दिए।", "google>donald-trump:s", false},
	{"deed", "spoke at rally for", "मस्क ने पेंसिल्वेनिया में ट्रंप के समर्थन में रैली को संबोधित किया।", "elon-musk>donald-trump:s", false},
	{"rejection", "अफवाह rejection no stance", "सॉफ्टबैंक ने मस्क के दावे को अफवाह बताया।", "", false},
	{"rejection", "पलटवार करते हुए झूठा", "ऑल्टमैन ने पलटवार करते हुए मस्क को झूठा कहा।", "sam-altman>elon-musk:h", false},
	{"rejection", "denial with ने इनकार किया + कहा", "ओपनएआई ने मस्क के आरोपों से इनकार करते हुए कहा कि वे ध्यान भटकाने की कोशिश कर रहे हैं।", "openai>elon-musk:h", true},
	{"rejection", "आरोप बेबुनियाद, quote", "“मस्क के आरोप बेबुनियाद हैं,” ऑल्टमैन ने कहा।", "", false},
	{"rejection", "आरोप झूठे, quote", "“मस्क के आरोप सरासर झूठ हैं,” ऑल्टमैन ने कहा।", "sam-altman>elon-musk:h", false},
	{"rejection", "आरोप pointed back", "राहुल ने अडानी पर आरोप लगाए। अडानी समूह ने इन आरोपों को निराधार बताया।", "rahul-gandhi>gautam-adani:h", true},
	{"rejection", "आरोप pointed back + साजिश", "राहुल ने अडानी पर आरोप लगाए। अडानी समूह ने इन आरोपों को साजिश बताया।", "rahul-gandhi>gautam-adani:h adani-group>rahul-gandhi:h", true},
	{"rejection", "दावे खारिज, org", "माइक्रोसॉफ्ट ने ट्रंप के दावों को खारिज किया।", "", false},
	{"rejection", "कहा कि आरोप गलत", "ऑल्टमैन ने कहा कि मस्क के आरोप गलत हैं।", "", true},
	// (Session 27: no stance, SCHEMA ruling rule 4.)
	{"rejection", "proposal ठुकराया (masc.)", "मोदी ने ट्रंप का प्रस्ताव ठुकरा दिया।", "", false},
	{"rejection", "invitation ठुकराया", "मस्क ने ट्रंप का न्योता ठुकरा दिया।", "elon-musk>donald-trump:h", false},
	{"rejection", "offer accepted contrast", "मस्क ने ट्रंप का न्योता स्वीकार कर लिया।", "", false},
	{"de-escalation", "pronoun apology", "मस्क ने ट्रंप की आलोचना की थी। अब उन्होंने माफी मांग ली है।", "elon-musk>donald-trump:h", false},
	{"de-escalation", "tension eased", "मस्क और ट्रंप के रिश्तों में जमी बर्फ पिघलने लगी है।", "", false},
	{"de-escalation", "reconciled", "मस्क और ट्रंप ने सुलह कर ली।", "donald-trump>elon-musk:s elon-musk>donald-trump:s", false},
	{"de-escalation", "truce", "मस्क और ऑल्टमैन के बीच युद्धविराम हो गया।", "", false},
	{"de-escalation", "wish to end fight", "ऑल्टमैन ने कहा कि वह मस्क के साथ विवाद खत्म करना चाहते हैं।", "", false},
	{"de-escalation", "mended in words", "ट्रंप ने कहा कि मस्क के साथ उनके मतभेद अब खत्म हो गए हैं।", "donald-trump>elon-musk:s", false},
	{"de-escalation", "no plan to talk", "ट्रंप ने कहा कि उनकी मस्क से बात करने की कोई योजना नहीं है।", "", false},
	{"de-escalation", "regret", "मस्क ने कहा कि ट्रंप के बारे में उनकी कुछ पोस्ट हद से आगे चली गईं।", "", false},
	{"de-escalation", "ceasefire broken", "मस्क ने ट्रंप के साथ युद्धविराम तोड़ते हुए उन पर फिर हमला बोला।", "elon-musk>donald-trump:h", false},
	{"de-escalation", "olive branch", "मस्क ने ट्रंप की ओर दोस्ती का हाथ बढ़ाया।", "elon-musk>donald-trump:s", false},
	{"de-escalation", "calm appeal", "मोदी ने राहुल गांधी से संयम बरतने की अपील की।", "", false},
	// ---- a break or a withdrawal whose partner is left out (brokenWith).
	{"withdrawal", "elided: support taken back from the one supported", "मस्क ने पिछले साल ट्रंप का खुलकर समर्थन किया था। अब उन्होंने अपना समर्थन वापस ले लिया है।", "elon-musk>donald-trump:h elon-musk>donald-trump:s", false},
	{"withdrawal", "elided: two supported, which one is not said", "मस्क ने ट्रंप और फराज का समर्थन किया था। मस्क ने अपना समर्थन वापस ले लिया।", "elon-musk>donald-trump:s elon-musk>nigel-farage:s", false},
	{"withdrawal", "elided: chanda back (fem. target)", "@2024-09-01 हॉफमैन ने हैरिस को चंदा दिया था। अब उन्होंने अपना चंदा वापस मांग लिया है।", "reid-hoffman>kamala-harris:h reid-hoffman>kamala-harris:s", false},
	{"withdrawal", "elided: no one supported before", "मस्क ने ट्रंप की तारीफ की। ट्रंप ने अपना समर्थन वापस ले लिया।", "elon-musk>donald-trump:s", false},
	{"rupture", "elided: headline, the one other party named", "मस्क के हमलों से स्टार्मर सरकार परेशान, फराज ने बनाई दूरी || ", "nigel-farage>elon-musk:h", false},
	{"rupture", "elided: body, comma clause", "ट्रंप के बयान पर विवाद बढ़ा, मस्क ने दूरी बना ली।", "elon-musk>donald-trump:h", false},
	{"rupture", "elided: two others named, which one is not said", "मस्क और ट्रंप में तकरार हुई, फराज ने दूरी बना ली।", "donald-trump>elon-musk:h elon-musk>donald-trump:h", false},
	{"rupture", "elided: a से names an untracked partner", "मस्क रॉबिन्सन की रिहाई मांग रहे हैं, जिनसे फराज दूरी बनाए हुए हैं।", "", false},
	{"rupture", "elided: a से names a thing kept away from", "मोदी खुद राहुल गांधी पर हुई इस छींटाकशी से दूर रहे।", "", false},
	{"rupture", "elided: nobody else named", "फराज ने दूरी बना ली।", "", false},
	{"rupture", "elided: के साथ names an untracked partner, in another's words", "ट्रंप ने कहा कि मस्क ने एक चीनी कंपनी के साथ नाता तोड़ दिया है।", "", false},
	// ---- a charge of Y's judged baseless in someone's words (ownedCharge).
	{"rejection", "quote: Y के आरोप बेबुनियाद", "“मस्क के आरोप बेबुनियाद हैं,” ऑल्टमैन ने कहा।", "", false},
	{"rejection", "leading quote: Y के दावे निराधार", "ऑल्टमैन ने कहा, “मस्क के दावे निराधार हैं।”", "", true},
	// (Session 27, SCHEMA ruling rule 2: बेतुका is a strong word, an
	// attack on the charges' author; strongClaim27.)
	{"rejection", "कि: Y के आरोप बेतुके", "ऑल्टमैन ने कहा कि मस्क के आरोप बेतुके हैं।", "sam-altman>elon-musk:h", false},
	{"rejection", "quote: Y के आरोप झूठे (an attack)", "“मस्क के आरोप झूठे हैं,” ऑल्टमैन ने कहा।", "sam-altman>elon-musk:h", false},
	{"rejection", "attacks on Y called unjustified defend Y", "ऑल्टमैन ने कहा कि मस्क पर बेवजह हमले हो रहे हैं।", "sam-altman>elon-musk:s", false},

	// ---- a pronoun partner of a relation (partnerPron).
	{"rupture", "pronoun partner: उनसे रिश्ता खत्म", "फराज मस्क के करीबी थे। बाद में मस्क ने उनसे रिश्ता खत्म कर लिया।", "elon-musk>nigel-farage:h", false},
	{"rupture", "pronoun partner: उनसे दोस्ती तोड़ी (fem. obj)", "फराज मस्क के करीबी थे। बाद में मस्क ने उनसे अपनी दोस्ती तोड़ ली।", "elon-musk>nigel-farage:h", false},
	{"rupture", "pronoun partner: उनके साथ रिश्ते खत्म (plural)", "फराज मस्क के करीबी थे। बाद में मस्क ने उनके साथ अपने रिश्ते खत्म कर लिए।", "elon-musk>nigel-farage:h", false},
	{"rupture", "pronoun partner/contrast: रिश्ते सुधारने", "फराज मस्क के करीबी थे। बाद में मस्क ने उनसे रिश्ते सुधारने का ऐलान किया।", "elon-musk>nigel-farage:s", false},
	{"rupture", "pronoun partner: negated", "फराज मस्क के करीबी थे। मस्क ने उनसे रिश्ता खत्म नहीं किया।", "", false},
	// ---- what was given to Y, or X's own thing held out to Y, taken back (readTakenBack).
	{"withdrawal", "given then taken: दिया गया दर्जा वापस", "ट्रंप ने मस्क को दिया गया सलाहकार का दर्जा वापस ले लिया।", "donald-trump>elon-musk:h", false},
	{"withdrawal", "given then taken: दी गई सुरक्षा छीन ली (fem.)", "ट्रंप ने मस्क को दी गई सुरक्षा छीन ली।", "donald-trump>elon-musk:h", false},
	{"withdrawal", "given then taken: दिए गए ठेके रद्द (plural)", "ट्रंप ने मस्क को दिए गए सरकारी ठेके रद्द कर दिए।", "donald-trump>elon-musk:h", false},
	{"withdrawal", "given then taken: दी गई सब्सिडी खत्म", "ट्रंप ने टेस्ला को दी गई सब्सिडी खत्म कर दी।", "donald-trump>tesla:h", false},
	{"withdrawal", "given then taken: दिया हुआ चंदा वापस मांगा", "मस्क ने फराज को दिया हुआ चंदा वापस मांग लिया।", "elon-musk>nigel-farage:h", false},
	{"withdrawal", "given then taken: रद्द करने का ऐलान (decided)", "ट्रंप ने मस्क को दिए गए ठेके रद्द करने का ऐलान किया।", "donald-trump>elon-musk:h", false},
	{"withdrawal", "given then taken: negated", "ट्रंप ने मस्क को दिया गया दर्जा वापस नहीं लिया।", "", false},
	{"withdrawal", "given then taken: question", "क्या ट्रंप ने मस्क को दी गई सुरक्षा वापस ले ली?", "", false},
	{"withdrawal", "given then taken: future", "ट्रंप मस्क को दिए गए ठेके रद्द कर देंगे।", "", false},
	{"withdrawal", "given then taken: a plan (की बात)", "ट्रंप ने मस्क को दी गई सुरक्षा वापस लेने की बात कही।", "", false},
	{"withdrawal", "given/contrast: दर्जा दिया", "ट्रंप ने मस्क को सलाहकार का दर्जा दिया।", "donald-trump>elon-musk:s", false},
	{"withdrawal", "own thing: Y से अपनी फंडिंग रोकी", "माइक्रोसॉफ्ट ने ओपनएआई से अपनी फंडिंग रोक दी।", "microsoft>openai:h", false},
	{"withdrawal", "own thing: Y से अपना सहयोग खत्म", "गूगल ने रिलायंस से अपना सहयोग खत्म कर दिया।", "google>reliance:h", false},
	{"withdrawal", "own thing: Y से अपनी हिस्सेदारी वापस खींची", "सॉफ्टबैंक ने ओपनएआई से अपनी हिस्सेदारी वापस खींच ली।", "softbank>openai:h", false},
	{"withdrawal", "snatched: Y से समर्थन छीन लिया (flipper छीन)", "ट्रंप ने मस्क से अपना समर्थन छीन लिया।", "donald-trump>elon-musk:h", false},
	// ---- a quality Y has or lacks, in someone's words (readQuality).
	{"quote", "quality lacked: वह बात नहीं (quote)", "“हैरिस में वह बात नहीं है,” ट्रंप ने एक रैली में कहा।", "donald-trump>kamala-harris:h", false},
	{"quote", "quality lacked: की कमी (single quotes)", "मस्क बोले, 'फराज में समझ की कमी है।'", "elon-musk>nigel-farage:h", false},
	{"quote", "quality lacked: के पास कोई विजन नहीं", "मोदी ने कहा कि राहुल गांधी के पास कोई विजन नहीं है।", "narendra-modi>rahul-gandhi:h", false},
	{"quote", "quality lacked: का अभाव", "ऑल्टमैन ने कहा कि मस्क में धैर्य का अभाव है।", "sam-altman>elon-musk:h", false},
	{"quote", "quality had: गजब की प्रतिभा", "नडेला ने कहा कि ऑल्टमैन में गजब की प्रतिभा है।", "satya-nadella>sam-altman:s", false},
	{"quote", "quality had: नेतृत्व के गुण (plural)", "“मोदी में नेतृत्व के गुण हैं,” ट्रंप ने कहा।", "donald-trump>narendra-modi:s", false},
	{"quote", "quality: the narrator's line is no one's", "फराज में वह बात नहीं है।", "", false},
	{"quote", "quality: बात without वह is talk", "मस्क ने कहा कि फराज में बात करने की इच्छा है।", "", false},
	{"quote", "quality: a question", "क्या मस्क ने कहा कि फराज में दम नहीं है?", "", false},
	{"quote", "quality: a place is no one", "मस्क ने कहा कि ब्रिटेन में नेतृत्व की क्षमता नहीं है।", "", false},
	// ---- an act held back from (abstainAt).
	{"de-escalation", "abstain: करने से बचे", "ट्रंप मस्क की आलोचना करने से बचे।", "", false},
	{"de-escalation", "abstain: साधने से परहेज", "ट्रंप ने मस्क पर निशाना साधने से परहेज किया।", "", false},
	{"de-escalation", "abstain: करने से कतराते रहे", "ट्रंप मस्क पर हमला करने से कतराते रहे।", "", false},
	{"de-escalation", "abstain: बोलने से गुरेज (fem. source)", "@2024-09-01 हैरिस ने ट्रंप पर हमला बोलने से गुरेज किया।", "", false},
	{"de-escalation", "abstain: करने से इनकार (a denial)", "राहुल गांधी ने अडानी की आलोचना करने से इनकार कर दिया।", "", false},
	{"de-escalation", "abstain/contrast: a snub (मिलने से मना) stays", "नरेंद्र मोदी ने राहुल गांधी से मिलने से मना कर दिया।", "narendra-modi>rahul-gandhi:h", false},
	{"de-escalation", "abstain/contrast: done", "ट्रंप ने मस्क पर निशाना साधा और उनकी आलोचना की।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "abstain: one act done, the other held back", "ट्रंप ने मस्क पर हमला बोला, पर हैरिस की आलोचना करने से बचे।", "donald-trump>elon-musk:h", false},
	{"de-escalation", "abstain: बचाने (to shield) is no holding back", "ट्रंप ने मस्क को सजा से बचाने के लिए हैरिस की आलोचना की।", "donald-trump>kamala-harris:h", false},
}

// c11Story reads a row's text into a story.
func c11Story(text string) pipeline.Story {
	pub := time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC)
	if strings.HasPrefix(text, "@") && len(text) > 12 {
		if d, err := time.Parse("2006-01-02", text[1:11]); err == nil {
			pub, text = d.Add(9*time.Hour), text[12:]
		}
	}
	title, body := "", text
	if h, b, ok := strings.Cut(text, " || "); ok {
		title, body = h, b
	}
	return pipeline.Story{ID: "c11", Title: title, Body: body, Published: pub}
}

// c11Got runs a row and tells whether it gives the stances wanted.
func c11Got(a *Analyzer, r c11Row) ([]string, []string, bool) {
	got := referenceStances(a.Analyze(c11Story(r.text)))
	want := strings.Fields(r.want)
	if want == nil {
		want = []string{}
	}
	sort.Strings(want)
	return got, want, slices.Equal(got, want)
}

// TestSession11Contrast asserts every paradigm row not marked miss; with
// KHABAR_C11_TALLY=1 it prints the pass rates per family and sub-form
// (all rows, miss or not) instead.
func TestSession11Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	if os.Getenv("KHABAR_C11_TALLY") != "" {
		type tally struct{ pass, n int }
		fam := map[string]*tally{}
		var order []string
		for _, r := range c11Rows {
			got, want, ok := c11Got(a, r)
			if fam[r.fam] == nil {
				fam[r.fam] = &tally{}
				order = append(order, r.fam)
			}
			fam[r.fam].n++
			if ok {
				fam[r.fam].pass++
			} else {
				fmt.Printf("FAIL %s | %s | %s | got %v want %v\n", r.fam, r.sub, r.text, got, want)
			}
		}
		for _, f := range order {
			fmt.Printf("TALLY %-14s %3d/%3d\n", f, fam[f].pass, fam[f].n)
		}
		return
	}
	for _, r := range c11Rows {
		t.Run(r.fam+"/"+r.sub, func(t *testing.T) {
			got, want, ok := c11Got(a, r)
			if r.miss {
				if ok {
					t.Logf("row marked miss now passes: %s", r.text)
				}
				return
			}
			if !ok {
				t.Fatalf("%s: stances %v, want %v", r.text, got, want)
			}
		})
	}
}
