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

// TestStanceStructure checks the clause reading on constructions, not on
// cue words: each case is a sentence shape seen in Hindi news copy, written
// for this test, and the directed pairs it must (and must not) yield.
func TestStanceStructure(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		name, title, body string
		want              []string // "src>tgt:h" or ":s"
	}{
		// Word order.
		{"post-verb subject headline", "भड़के मस्क, ऑल्टमैन को बताया झूठा", "", []string{"elon-musk>sam-altman:h"}},
		{"alliance formed by one agent binds both", "", "एलन मस्क ने डोनाल्ड ट्रंप के साथ गठबंधन किया।", []string{"elon-musk>donald-trump:s", "donald-trump>elon-musk:s"}},
		{"a person who makes an agreement is its party, both ways (SCHEMA)", "", "मुकेश अंबानी ने गूगल के साथ साझेदारी की।", []string{"google>mukesh-ambani:s", "mukesh-ambani>google:s"}},
		{"target first, subject last", "ट्रंप पर बरसे मस्क", "", []string{"elon-musk>donald-trump:h"}},
		{"post-verb subject after comma", "ऑल्टमैन पर जमकर बरसे, मस्क ने कहा धोखेबाज", "", []string{"elon-musk>sam-altman:h"}},
		{"genitive agent of an act on a target", "मस्क का ऑल्टमैन पर तीखा हमला", "", []string{"elon-musk>sam-altman:h"}},
		{"genitive agent, target second", "ट्रंप की हैरिस पर अपमानजनक टिप्पणी, कहा झूठी", "", []string{"donald-trump>kamala-harris:h"}},
		{"genitive target via its head noun", "", "मस्क ने ऑल्टमैन के बयान की कड़ी आलोचना की।", []string{"elon-musk>sam-altman:h"}},
		{"genitive target via को", "", "नडेला ने पिचाई के दावे को झूठा बताया।", []string{"satya-nadella>sundar-pichai:h"}},
		{"describing genitive is not the target", "", "ओपनएआई के सीईओ ऑल्टमैन ने मस्क पर निशाना साधा।", []string{"sam-altman>elon-musk:h"}},
		// Passive and agentive postpositions.
		{"passive dvara", "", "मस्क द्वारा ऑल्टमैन की आलोचना किए जाने के बाद विवाद बढ़ा।", []string{"elon-musk>sam-altman:h"}},
		{"passive target first", "", "ऑल्टमैन पर मस्क द्वारा धोखाधड़ी का आरोप लगाया गया।", []string{"elon-musk>sam-altman:h"}},
		// Clauses.
		{"two clauses joined by aur with their own agents", "", "मस्क ने ट्रंप से मुलाकात की और ऑल्टमैन ने मेटा की आलोचना की।", []string{"sam-altman>meta:h"}},
		{"jabki contrast", "", "ट्रंप ने मस्क की तारीफ की, जबकि हैरिस ने मस्क पर हमला बोला।", []string{"donald-trump>elon-musk:s", "kamala-harris>elon-musk:h"}},
		{"comma clause with new agent", "", "मोदी ने अंबानी की सराहना की, राहुल गांधी ने अडानी पर सवाल उठाए।", []string{"narendra-modi>mukesh-ambani:s", "rahul-gandhi>gautam-adani:h"}},
		{"ki clause agent reported by speaker", "", "मस्क ने कहा कि ऑल्टमैन ने लोगों को धोखा दिया है।", []string{"elon-musk>sam-altman:h"}},
		{"quoted accusation then speaker", "", "'ऑल्टमैन ने धोखा दिया है', मस्क ने कहा।", []string{"elon-musk>sam-altman:h"}},
		{"speaker reports third-party act", "", "ट्रंप ने कहा कि मस्क ने हैरिस पर हमला बोला था।", []string{"elon-musk>kamala-harris:h"}},
		{"trailing attribution after a colon", "ऑल्टमैन झूठे हैं: मस्क", "", []string{"elon-musk>sam-altman:h"}},
		{"post-verb speaker", "ऑल्टमैन ने दुनिया को धोखा दिया, बोले मस्क", "", []string{"elon-musk>sam-altman:h"}},
		{"in the crosshairs of", "ओपनएआई के निशाने पर मस्क, लगाया आरोप", "", []string{"openai>elon-musk:h"}},
		{"co-agent with saath milkar", "", "मस्क ने ट्रंप के साथ मिलकर हैरिस पर हमला बोला।", []string{"elon-musk>kamala-harris:h"}},
		{"genitive claim then reported act", "ट्रंप का दावा- हैरिस ने देश को धोखा दिया", "", []string{"donald-trump>kamala-harris:h"}},
		{"accused marked by par, ki clause is content", "", "राहुल गांधी ने मोदी पर आरोप लगाया कि वह अडानी को बचा रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"accused in the ki clause", "", "मस्क ने आरोप लगाया कि ओपनएआई और माइक्रोसॉफ्ट मिलकर बाजार पर कब्जा कर रहे हैं।", []string{"elon-musk>openai:h", "elon-musk>microsoft:h"}},
		{"charge answered by a genitive doer: only the answer is asserted (session 23)", "ऑल्टमैन के आरोपों पर मस्क का पलटवार", "", []string{"elon-musk>sam-altman:h"}},
		{"passive with genitive object", "", "ऑल्टमैन की मस्क द्वारा तीखी आलोचना से बाजार चौंका।", []string{"elon-musk>sam-altman:h"}},
		{"possessed agent is not the object", "", "मस्क की एक्सएआई ने ओपनएआई पर मुकदमा किया।", []string{"xai>openai:h"}},
		// Lawsuits.
		{"settling party is not hostile", "", "मेटा ने ट्रंप के साथ चल रहा मुकदमा निपटाने के लिए समझौता किया।", nil},
		{"settlement payer named first", "मेटा ट्रंप को देगी पैसे, मुकदमे में समझौता", "", nil},
		{"plaintiff files", "", "मस्क ने ओपनएआई के खिलाफ मुकदमा दायर किया।", []string{"elon-musk>openai:h"}},
		{"withdrawn lawsuit: the suit stands (SCHEMA, session 9)", "", "मस्क ने ओपनएआई के खिलाफ मुकदमा वापस ले लिया।", []string{"elon-musk>openai:h"}},
		{"ended lawsuit", "गूगल चुकाएगी जुर्माना, ट्रंप के साथ मुकदमा खत्म", "", nil},
		// Negation scope.
		{"negation does not cross a clause", "", "ट्रंप ने कहा कि वह झुकेंगे नहीं, लेकिन मस्क ने हैरिस पर हमला किया।", []string{"elon-musk>kamala-harris:h"}},
		{"negated act", "", "नडेला ने पिचाई की कभी आलोचना नहीं की।", nil},
		{"denied accusation", "", "ऑल्टमैन ने मस्क पर कोई आरोप लगाने से इनकार किया।", nil},
		// Pronouns.
		{"pronoun agent in next sentence", "", "ट्रंप ने मंगलवार को रैली की। उन्होंने हैरिस को झूठा कहा।", []string{"donald-trump>kamala-harris:h"}},
		{"pronoun target", "", "हैरिस ने रैली की। ट्रंप ने उन पर हमला बोला।", []string{"donald-trump>kamala-harris:h"}},
		{"subject pronoun carries the agent", "", "मस्क ने मंगलवार को बयान जारी किया। वह लंबे समय से ऑल्टमैन की आलोचना करते रहे हैं।", []string{"elon-musk>sam-altman:h"}},
		{"genitive pronoun object", "", "हैरिस ने रैली में भाषण दिया। ट्रंप ने उनके भाषण को झूठ का पुलिंदा बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"avoided criticism", "", "नडेला ने पिचाई की आलोचना से परहेज किया।", nil},
		{"denial covers the ki clause", "", "पिचाई ने इस बात से इनकार किया कि उन्होंने नडेला की आलोचना की थी।", nil},
		{"pronoun after ki is the speaker", "", "हैरिस ने रैली की। ट्रंप कई बार कह चुके हैं कि उन्होंने मस्क को धोखेबाज कहा था।", []string{"donald-trump>elon-musk:h"}},
		{"both refers to the last pair", "", "मस्क ने ऑल्टमैन को झूठा कहा। दोनों के बीच यह तकरार तब बढ़ी जब मस्क ने ओपनएआई को खरीदने की पेशकश की।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"participle by-phrase is no act", "", "ट्रंप द्वारा घोषित स्टारगेट परियोजना पर मस्क ने सवाल उठाए।", []string{"elon-musk>stargate:h"}},
		{"relationship soured", "", "मेटा और ट्रंप के रिश्ते पूरी तरह बिगड़ गए थे।", []string{"donald-trump>meta:h", "meta>donald-trump:h"}},
		{"amid a dispute is a time", "", "इस विवाद के बीच माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने नई योजना बताई।", nil},
		// Idioms with their argument structure.
		{"idiom: genitive of praise is the object", "", "पिचाई ने मेटा के कसीदे पढ़े।", []string{"sundar-pichai>meta:s"}},
		{"idiom: patting the back", "", "ट्रंप ने मस्क की पीठ थपथपाई।", []string{"donald-trump>elon-musk:s"}},
		{"idiom: turning the face away, object with se", "", "मस्क ने फराज से मुंह फेर लिया।", []string{"elon-musk>nigel-farage:h"}},
		{"idiom: exposing, after a charge with an untracked object", "", "मस्क ने एप्पल पर पक्षपात का आरोप लगाया, तो ऑल्टमैन ने मस्क की पोल खोल दी।", []string{"sam-altman>elon-musk:h"}},
		{"genitive of thanks after a ne-agent is the object", "", "ऑल्टमैन ने मोदी का शुक्रिया अदा किया।", []string{"sam-altman>narendra-modi:s"}},
		// Latin-script cue words in Hindi syntax.
		{"hinglish: quoted English insult", "", "Musk ने Altman को 'liar' कहा।", []string{"elon-musk>sam-altman:h"}},
		{"hinglish: English verb with करना", "", "Trump ने Harris को slam किया।", []string{"donald-trump>kamala-harris:h"}},
		// Quotes and content after a colon.
		{"name inside the quoted taunt is not the object", "", "ऑल्टमैन ने मस्क पर तंज कसा: 'हम ट्विटर को खरीद लेंगे'।", []string{"sam-altman>elon-musk:h"}},
		// Replies, rebuttals and the company.
		{"rejecting a charge is no attack", "", "मस्क ने ओपनएआई पर धोखाधड़ी का आरोप लगाया। ओपनएआई ने आरोपों को बेबुनियाद बताया।", []string{"elon-musk>openai:h"}},
		{"rebuttal of an untracked party's charge names nobody", "", "अमेरिकी अभियोजकों ने रिश्वत का आरोप लगाया। राहुल गांधी ने गौतम अडानी की आलोचना की। अदाणी समूह ने आरोपों को निराधार बताया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"his charge answered", "", "राहुल गांधी ने आरोप लगाया कि अदाणी समूह ने नियम तोड़े। अदाणी समूह ने आरोपों को निराधार बताया।", []string{"rahul-gandhi>adani-group:h"}},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"reply to an attack", "", "मस्क ने ओपनएआई को धोखेबाज कहा। जवाब में ओपनएआई ने मस्क के पुराने ईमेल जारी किए।", []string{"elon-musk>openai:h"}},
		{"reply without an attack is no stance", "", "जवाब में गूगल ने मेटा के आंकड़े जारी किए।", nil},
		{"the company is the last organisation", "", "ट्रंप ने गूगल की आलोचना की। कंपनी ने कहा कि ट्रंप बौखलाए हुए हैं।", []string{"donald-trump>google:h", "google>donald-trump:h"}},
		{"someone's company is not the last organisation", "", "ओपनएआई ने नया मॉडल जारी किया। मस्क ने कहा कि उनकी कंपनी ने माइक्रोसॉफ्ट को हराया।", nil},
		{"answering a charge is not making it", "", "ज़ुकरबर्ग ने ऑल्टमैन के आरोपों पर कुछ नहीं कहा।", nil},
		// Reported speech and shared posts.
		{"shared post: sharer and author", "", "मस्क ने ट्रंप की वह पोस्ट साझा की, जिसमें हैरिस का मजाक उड़ाया गया था।", []string{"elon-musk>kamala-harris:h", "donald-trump>kamala-harris:h"}},
		// Agents in long sentences.
		{"untracked ne-agent is the doer", "", "भाजपा प्रवक्ता ने राहुल गांधी को खरी-खोटी सुनाई, जिस पर मोदी चुप रहे।", nil},
		{"owner of the company is not the agent", "", "मस्क की कंपनी ने ओपनएआई पर मुकदमा किया।", nil},
		{"possessor of a hyphen compound carries the pronoun", "", "राहुल गांधी का अडाणी-राग पुराना है। उन्होंने मोदी को कठघरे में खड़ा किया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"pronoun after a marked object is that object", "", "मस्क ने बयान दिया। हैरिस ने ट्रंप को आड़े हाथों लिया और उन पर तानाशाही का आरोप लगाया।", []string{"kamala-harris>donald-trump:h"}},
		{"but after a comma ends the clause", "", "भाजपा ने राहुल गांधी की आलोचना की, पर मोदी इस छींटाकशी से दूर रहे।", nil},
		// Rejecting a charge: an attack only when it calls it a lie.
		{"calling a charge a lie attacks its author", "", "मस्क ने हॉफमैन को विरोध प्रदर्शनों के लिए जिम्मेदार ठहराया। हॉफमैन ने आरोप को पूरी तरह झूठ बताया।", []string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		// Negation that makes the hostility.
		{"distrust is hostile", "", "नरेंद्र मोदी ने कहा कि उन्हें राहुल गांधी की काबिलियत पर भरोसा नहीं है।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"a negated praise after the word is an attack", "", "मस्क ने कहा कि ऑल्टमैन ईमानदार नहीं हैं।", []string{"elon-musk>sam-altman:h"}},
		{"a negation elsewhere does not flip a praise", "", "'मस्क से मेरा कोई झगड़ा नहीं, वह महान इंजीनियर हैं': ऑल्टमैन", []string{"sam-altman>elon-musk:s"}},
		// Roles and epithets.
		{"a role alone refers to its holder", "", "मेटा के सीईओ मार्क जुकरबर्ग ने नया मॉडल दिखाया। मेटा सीईओ ने सैम ऑल्टमैन पर तंज कसा।", []string{"mark-zuckerberg>sam-altman:h"}},
		{"no stance between a person and the company the story gives them a role in", "", "मेटा के सीईओ मार्क जुकरबर्ग ने कहा कि कंपनी का ढांचा शानदार है।", nil},
		// Topics and speculation are not acts.
		{"a question about anger", "", "मस्क से नाराजगी के सवाल पर ट्रंप ने कुछ नहीं बताया।", nil},
		{"speculation of a rift", "", "ऑल्टमैन और नडेला के रिश्तों में खटास की अटकलें तेज हैं।", nil},
		// Evaluations of a possession, time nouns (ENGINE-2).
		{"possessed by a pronoun in the speaker's words", "", "नाइजल फराज ने कहा कि कमला हैरिस मेहनती हैं, लेकिन उनकी नीतियां कमजोर हैं।", []string{"nigel-farage>kamala-harris:h", "nigel-farage>kamala-harris:s"}},
		{"a manner adverb judges no one", "", "रीड हॉफमैन ने कमला हैरिस का बचाव करते हुए कहा कि उनके एजेंडे को गलत तरीके से पेश किया जा रहा है।", []string{"reid-hoffman>kamala-harris:s"}},
		{"what someone leads is judged as theirs", "", "कमला हैरिस ने कहा कि एलन मस्क के नेतृत्व में चल रहा विभाग गरीबों का दुश्मन बन गया है।", []string{"kamala-harris>elon-musk:h"}},
		{"in someone's words, a quote", "", "एलन मस्क के शब्दों में, 'डोनाल्ड ट्रंप एक शानदार नेता हैं।'", []string{"elon-musk>donald-trump:s"}},
		{"nothing but lies is an assertion", "", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के पास झूठ के अलावा देने को कुछ नहीं है।", []string{"kamala-harris>donald-trump:h"}},
		{"a prediction in someone's words judges now", "", "एलन मस्क ने लिखा कि डोनाल्ड ट्रंप देश को फिर से महान बनाएंगे।", []string{"elon-musk>donald-trump:s"}},
		{"a future calling is a plan", "", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप को झूठा बताएंगे।", nil},
		{"a comparison with a thing judges no one", "", "एलन मस्क ने सैम ऑल्टमैन पर बात करते हुए कहा कि उनकी कंपनी का ग्रोक उससे कहीं बेहतर है।", nil},
		{"calling carries the agent of the clause before", "", "डोनाल्ड ट्रंप ने लैरी एलिसन से बात की और उन्हें अद्भुत इंसान बताया।", []string{"donald-trump>larry-ellison:s"}},
		{"a singular pronoun may be an organisation", "", "सैम ऑल्टमैन ने सत्या नडेला से मुलाकात के बाद माइक्रोसॉफ्ट पर भरोसा जताया और उसे सबसे मज़बूत साझेदार बताया।", []string{"sam-altman>microsoft:s"}},
		{"an organisation and its officer share a postposition", "", "एलन मस्क ने ओपनएआई और उसके सीईओ सैम ऑल्टमैन के खिलाफ मुकदमा दायर किया।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"pointing at someone makes them what is spoken of", "", "सैम ऑल्टमैन ने एलन मस्क की ओर इशारा करते हुए कहा कि कुछ लोग बेहद गैरजिम्मेदार हैं।", []string{"sam-altman>elon-musk:h"}},
		{"naming someone before an act keeps them its target", "", "राहुल गांधी ने मंच से गौतम अडानी का नाम लेकर आरोप लगाया कि देश की संपत्ति उन्हें सौंपी जा रही है।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"a weekday before को is a time, not the name's", "", "एलन मस्क सोमवार को डोनाल्ड ट्रंप पर बरसे।", []string{"elon-musk>donald-trump:h"}},
		// Coordination (STRUCTURE, issue 10).
		{"a person coordinated with an untracked organisation's officer", "", "कमला हैरिस और याहू के सह-संस्थापक रीड हॉफमैन ने डोनाल्ड ट्रंप के बजट की निंदा की।", []string{"kamala-harris>donald-trump:h", "reid-hoffman>donald-trump:h"}},
		{"two organisations modifying one name stay modifiers", "", "टेस्ला और स्पेसएक्स के मालिक एलन मस्क ने सैम ऑल्टमैन की निंदा की।", []string{"elon-musk>sam-altman:h"}},
		{"both means the subjects coordinated in the sentence before", "", "सुंदर पिचाई तथा सत्या नडेला ने डोनाल्ड ट्रंप से भेंट की। भेंट के बाद दोनों ने ट्रंप की नीति की सराहना की।", []string{"satya-nadella>donald-trump:s", "sundar-pichai>donald-trump:s"}},
		// A participle between the owner and the possessed noun (STRUCTURE, session 5).
		{"a plan brought by X is X's", "", "राहुल गांधी ने नरेंद्र मोदी द्वारा लाई गई नई योजना की आलोचना की।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a plan brought on X's side is X's", "", "राहुल गांधी ने नरेंद्र मोदी की ओर से लाई गई नई योजना की आलोचना की।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a law proposed by X is X's", "", "राहुल गांधी ने नरेंद्र मोदी द्वारा प्रस्तावित नए कानून पर सवाल उठाए।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a time before the participle of X's policy", "", "एलन मस्क ने डोनाल्ड ट्रंप की हाल में घोषित कर नीति को घिनौना बताया।", []string{"elon-musk>donald-trump:h"}},
		{"what X receives is X's", "", "डोनाल्ड ट्रंप ने एलन मस्क को मिलने वाली सरकारी मदद पर सवाल उठाया।", []string{"donald-trump>elon-musk:h"}},
		{"a tracked thing after the participle keeps its own name", "", "ट्रंप द्वारा घोषित स्टारगेट परियोजना की मस्क ने आलोचना की।", []string{"elon-musk>stargate:h"}},
		{"people who meet X are not X", "", "राहुल गांधी से मिलने वाले नेताओं ने नरेंद्र मोदी की आलोचना की।", nil},
		{"emphatic genitive pronoun written apart", "", "सैम ऑल्टमैन ने नया मॉडल पेश किया। एलन मस्क ने उन्हीं की कंपनी पर मुकदमा कर दिया।", []string{"elon-musk>sam-altman:h"}},
		{"emphatic genitive pronoun before a possessed statement", "", "सैम ऑल्टमैन ने बयान दिया। एलन मस्क ने उन्हीं के बयान को झूठ बताया।", []string{"elon-musk>sam-altman:h"}},
		{"a headline act noun with its doer, then a comma and the doer's words", "एलन मस्क का तीखा हमला, सैम ऑल्टमैन झूठे हैं", "", []string{"elon-musk>sam-altman:h"}},
		{"a headline jibe with its doer, then the judged one", "एलन मस्क का तंज, सैम ऑल्टमैन को एआई की समझ नहीं", "", []string{"elon-musk>sam-altman:h"}},
		{"a headline act noun, then a new agent's own clause", "एलन मस्क का हमला, सैम ऑल्टमैन ने दी सफाई", "", []string{"elon-musk>sam-altman:h"}},
		{"an organisation's role noun judged as a subject is its holder", "", "सैम ऑल्टमैन ने बयान दिया। एलन मस्क ने कहा कि ओपनएआई के सीईओ झूठे हैं।", []string{"elon-musk>sam-altman:h"}},
		{"an organisation's main products are not its holder", "", "सुंदर पिचाई ने बयान दिया। सत्या नडेला ने कहा कि गूगल के प्रमुख उत्पाद बेकार हैं।", []string{"satya-nadella>google:h"}},
		{"what the thanks are for is no target beside the genitive thanked", "", "मासायोशी सन ने स्टारगेट के लिए डोनाल्ड ट्रंप का आभार जताया।", []string{"masayoshi-son>donald-trump:s"}},
		{"thanks for someone's help is theirs", "", "मासायोशी सन ने डोनाल्ड ट्रंप की मदद के लिए उनका आभार जताया।", []string{"masayoshi-son>donald-trump:s"}},
		{"a charge called politically motivated right after an untracked accuser's act", "", "कमला हैरिस ने एलन मस्क की योजना पर सवाल उठाए। एक अटॉर्नी ने इस योजना के खिलाफ एलन मस्क पर मुकदमा किया। एलन मस्क ने आरोपों को राजनीति से प्रेरित बताया।", []string{"kamala-harris>elon-musk:h"}},
		{"a charge called politically motivated answers its tracked author", "", "कमला हैरिस ने एलन मस्क पर धोखाधड़ी का आरोप लगाया। एलन मस्क ने आरोपों को राजनीति से प्रेरित बताया।", []string{"elon-musk>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"criticism together with someone is not of them", "", "एलन मस्क ने डोनाल्ड ट्रंप के साथ मिलकर टैक्स बिल की आलोचना की।", nil},
		{"criticism in someone's presence is not of them", "", "एलन मस्क ने डोनाल्ड ट्रंप की मौजूदगी में टैक्स बिल की आलोचना की।", nil},
		{"criticism before someone is not of them", "", "एलन मस्क ने डोनाल्ड ट्रंप के सामने टैक्स बिल की आलोचना की।", nil},
		{"a nominalised clause with a place inside stays the owner's", "", "कमला हैरिस ने मेटा के अमेरिका में जांच कार्यक्रम बंद करने के फैसले की आलोचना की।", []string{"kamala-harris>meta:h"}},
		{"a flipper noun under the frame's postposition is its object", "", "एलन मस्क ने ओपनएआई के समझौते की आलोचना की।", []string{"elon-musk>openai:h"}},
		{"a participle after a genitive pronoun's द्वारा", "", "नरेंद्र मोदी ने बजट पेश किया। राहुल गांधी ने उनके द्वारा लाई गई योजना को घिनौना बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a participial adjective after की ओर से", "", "एलन मस्क ने ओपनएआई की ओर से जारी नए मॉडल की आलोचना की।", []string{"elon-musk>openai:h"}},
		{"two owners each with its genitive", "", "राहुल गांधी ने नरेंद्र मोदी की और भाजपा की नीतियों की आलोचना की।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"two tracked owners each with its genitive", "", "राहुल गांधी ने नरेंद्र मोदी की और गौतम अडानी की नीतियों की आलोचना की।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"the verb की before और still ends its clause", "", "एलन मस्क ने सैम ऑल्टमैन की आलोचना की और कहा कि ओपनएआई की नीति गलत है।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"verb-first calling with the को-object after the verb", "एलन मस्क ने बताया डोनाल्ड ट्रंप के बिल को घिनौना", "", []string{"elon-musk>donald-trump:h"}},
		{"a calling verb in the clause before is not this clause's calling", "", "सत्या नडेला ने कहा कि वह खुश हैं। डोनाल्ड ट्रंप ने जवाब में कहा कि नडेला ने माइक्रोसॉफ्ट को शानदार ऊंचाइयों पर पहुंचाया है।", []string{"donald-trump>satya-nadella:s"}},
		{"a possessed noun closing a verbless headline", "एलन मस्क के निशाने पर डोनाल्ड ट्रंप की टैरिफ नीति", "", []string{"elon-musk>donald-trump:h"}},
		{"a possessed noun opening a verbless headline", "डोनाल्ड ट्रंप की टैरिफ नीति एलन मस्क के निशाने पर", "", []string{"elon-musk>donald-trump:h"}},
		{"a possessed noun closing a sentence with a verb is no subject", "", "एलन मस्क ने बयान दिया और चर्चा में रही डोनाल्ड ट्रंप की टैरिफ नीति।", nil},
		{"a postposition inside a participle before the possessed noun", "", "एलन मस्क ने डोनाल्ड ट्रंप की चीन से आने वाले सामान पर लगाई गई नई टैरिफ नीति की आलोचना की।", []string{"elon-musk>donald-trump:h"}},
		{"'से जुड़े' before the possessed noun", "", "एलन मस्क ने डोनाल्ड ट्रंप के टैक्स और खर्च से जुड़े विधेयक को घिनौना बताया।", []string{"elon-musk>donald-trump:h"}},
		{"a symmetric frame binds every pair of one coordinated group", "", "गूगल, मेटा और रिलायंस ने साझेदारी की।", []string{"google>meta:s", "google>reliance:s", "meta>google:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"verb-first headline: the possessed noun of a noun-verb frame last", "सैम ऑल्टमैन ने ठुकराया एलन मस्क का न्योता", "", []string{"sam-altman>elon-musk:h"}},
		// (session 35: a plain refusal of an offer is no stance, SCHEMA ruling rule 4)
		{"verb-first headline: an offer refused plainly", "सैम ऑल्टमैन ने ठुकराई एलन मस्क की पेशकश", "", nil},
		{"verb-first headline: leaving someone's side", "एलन मस्क ने छोड़ा डोनाल्ड ट्रंप का साथ", "", []string{"elon-musk>donald-trump:h"}},
		{"verb-first headline: a frame noun that takes no genitive target", "एलन मस्क ने जीती डोनाल्ड ट्रंप की बाजी", "", nil},
		{"a contest label before the colon: the headline after it is read", "Musk vs Trump: एलन मस्क ने डोनाल्ड ट्रंप से तोड़ा नाता", "", []string{"elon-musk>donald-trump:h"}},
		{"a call for peace after a contest label is not yet peace (and the label no stance: SCHEMA)", "ट्रंप बनाम मस्क: रिपब्लिकन सांसद बोले- दोनों को सुलह कर लेनी चाहिए", "", nil},
		{"a call for peace between two is not yet peace", "", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप और कमला हैरिस को सुलह कर लेनी चाहिए।", nil},
		{"a call to back someone is the speaker's backing", "", "निगेल फराज ने कहा कि एलन मस्क को डोनाल्ड ट्रंप का साथ देना चाहिए।", []string{"nigel-farage>donald-trump:s"}},
		{"a rupture in the oblique infinitive before के बाद is presupposed", "", "एलन मस्क के डोनाल्ड ट्रंप से नाता तोड़ने के बाद रिपब्लिकन खेमे में हलचल है।", []string{"elon-musk>donald-trump:h"}},
		{"criticism before के बाद is presupposed", "", "एलन मस्क के डोनाल्ड ट्रंप की आलोचना करने के बाद रिपब्लिकन खेमे में हलचल है।", []string{"elon-musk>donald-trump:h"}},
		{"a meeting before के बाद is no stance", "", "एलन मस्क के डोनाल्ड ट्रंप से मिलने के बाद चर्चा तेज हुई।", nil},
		{"money paid under a case's settlement is no donation", "", "मेटा ने मुकदमे में समझौते के तहत डोनाल्ड ट्रंप को 2.5 करोड़ डॉलर दिए।", nil},
		{"damages paid are no donation", "", "मेटा ने डोनाल्ड ट्रंप को 2.5 करोड़ डॉलर का हर्जाना दिया।", nil},
		{"money to a campaign is a donation", "", "मेटा ने डोनाल्ड ट्रंप के चुनाव अभियान को 10 लाख डॉलर दिए।", []string{"meta>donald-trump:s"}},
		{"an attack word first in a coordination of evaluatives is read", "", "एलन मस्क ने सैम ऑल्टमैन पर आरोप लगाए। सैम ऑल्टमैन ने मस्क के आरोपों को राजनीति से प्रेरित और निराधार बताया।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a head evaluative with a modifier before it is read once", "", "एलन मस्क ने कहा कि सैम ऑल्टमैन सबसे बड़ा खतरा हैं।", []string{"elon-musk>sam-altman:h"}},
		// Headline quotes and colons (STRUCTURE, issue 10).
		{"a jibe's quoted words after a dash name its target", "ऑल्टमैन का तंज- 'अब गूगल भी हमारी नकल करेगा'", "", []string{"sam-altman>google:h"}},
		{"a charge's words after a colon name its target", "राहुल गांधी का आरोप: नरेंद्र मोदी देश की संपत्ति बेच रहे", "", []string{"rahul-gandhi>narendra-modi:h"}},
		{"an agent after the colon of someone's charges acts on its own", "मस्क के आरोप: नडेला ने किया खारिज", "", nil},
		{"a genitive speaker says the quote after a dash", "फराज का जवाब- 'डोनाल्ड ट्रंप महान नेता हैं'", "", []string{"nigel-farage>donald-trump:s"}},
		{"a semicolon ends one headline and starts another", "मस्क बोले- ऑल्टमैन झूठे; नडेला ने कहा- मस्क महान", "", []string{"elon-musk>sam-altman:h", "satya-nadella>elon-musk:s"}},
		{"the agent carries past a comma and a contrastive conjunction", "", "राहुल गांधी ने नरेंद्र मोदी की तारीफ की, किंतु गौतम अडानी पर हमला बोला।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:s"}},
		{"an issue under पर is the occasion when the act has its own target", "अडानी मुद्दे पर राहुल का मोदी पर वार", "", []string{"rahul-gandhi>narendra-modi:h"}},
		{"someone's statement under पर is the occasion", "", "डोनाल्ड ट्रंप के बयान पर राहुल गांधी ने नरेंद्र मोदी पर हमला बोला।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"the owner and the owned share one पर", "", "कमला हैरिस ने एलन मस्क की कंपनी एक्स पर नफरत फैलाने का आरोप लगाया।", []string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
		// Chains of reported speech (STRUCTURE, issue 10).
		{"a sentence all quote goes on with the speaker before", "", "“मैं हैरिस से बहस नहीं करूंगा,” डोनाल्ड ट्रंप ने रैली में कहा। “वह एक कमजोर उम्मीदवार हैं।”", []string{"donald-trump>kamala-harris:h"}},
		{"a quote after a sentence of no one's words has no speaker", "", "डोनाल्ड ट्रंप रैली में पहुंचे। “कमला हैरिस एक कमजोर उम्मीदवार हैं।”", nil},
		{"the headline's speaker does not speak the body's quote", "डोनाल्ड ट्रंप बोले- बहस नहीं होगी", "“कमला हैरिस एक कमजोर उम्मीदवार हैं।”", nil},
		{"a short quote before a speech verb is someone's words about the one asked of", "", "“मुझे उन पर तरस आता है,” सैम ऑल्टमैन ने एलन मस्क के बारे में कहा।", []string{"sam-altman>elon-musk:h"}},
		{"a pronoun object is not the source's own company", "", "सुंदर पिचाई ने कहा कि ओपनएआई के साथ गूगल का मुकाबला कड़ा है, लेकिन वह उसकी खुलकर तारीफ करते हैं।", []string{"sundar-pichai>openai:s"}},
		{"a threat's conditional words name the one it falls on", "", "डोनाल्ड ट्रंप ने धमकी दी कि अगर बातचीत टूटी तो नरेंद्र मोदी सरकार पर भारी शुल्क लगेगा।", []string{"donald-trump>narendra-modi:h"}},
		{"a threat with an untracked addressee does not fall on a name in its words", "", "डोनाल्ड ट्रंप ने यूरोप को चेतावनी दी कि अगर उसने गूगल पर जुर्माना लगाया तो शुल्क बढ़ेगा।", nil},
		{"a pronoun judged in someone's words is not the speaker's own company", "", "सुंदर पिचाई ने कहा कि ओपनएआई के साथ गूगल का मुकाबला कड़ा है, लेकिन वह उसे एक बेहतरीन कंपनी मानते हैं।", []string{"sundar-pichai>openai:s"}},
		// Relative clauses (STRUCTURE, issue 10).
		{"a list inside a relative clause does not end it", "", "कमला हैरिस ने अपने भाषण में, जिसमें महंगाई, रोजगार और शिक्षा जैसे मुद्दे शामिल थे, डोनाल्ड ट्रंप की कड़ी आलोचना की।", []string{"kamala-harris>donald-trump:h"}},
		{"a far negation after a relative clause with a list", "", "कमला हैरिस ने अपने भाषण में, जिसमें महंगाई, रोजगार और शिक्षा जैसे मुद्दे शामिल थे, डोनाल्ड ट्रंप की आलोचना नहीं की।", nil},
		{"जिनमें opens a relative clause", "", "निवेशकों के सवालों पर, जिनमें खर्च की बातें थीं, मार्क जुकरबर्ग ने ओपनएआई की आलोचना की।", []string{"mark-zuckerberg>openai:h"}},
		{"a relative clause of place is no one's words", "", "उसी मैदान पर, जहां डोनाल्ड ट्रंप पर हमला हुआ था, एलन मस्क ने भाषण दिया।", nil},
		{"an oblique relative after a name is that name", "", "गौतम अडानी, जिन पर राहुल गांधी ने कई बार हमला बोला है, ने नई योजना बताई।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"a relative clause about a person keeps its own mood", "", "एलन मस्क, जिन्हें डोनाल्ड ट्रंप ने धोखेबाज कहा था, ने कुछ नहीं कहा।", []string{"donald-trump>elon-musk:h"}},
		{"a relative after a claim is not the name before it", "", "“फराज में दम नहीं है,” यह दावा एक अखबार ने किया, जिसे एलन मस्क ने गलत बताया।", nil},
		// Presupposed acts (STRUCTURE, issue 10).
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"a threat answered: only presupposed", "डोनाल्ड ट्रंप की धमकी पर एलन मस्क का जवाब- 'मुझे फर्क नहीं पड़ता'", "", nil},
		{"a jibe answered by a counter-attack: both ways", "", "सैम ऑल्टमैन के तंज पर एलन मस्क का पलटवार।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"both means two names coordinated before it in the sentence", "", "एलन मस्क और सैम ऑल्टमैन की बैठक के बाद दोनों ने एक-दूसरे पर धोखे का आरोप लगाया।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a person coordinated with an untracked group takes its postposition", "", "राहुल गांधी और विपक्ष के कई सांसदों ने गौतम अडानी पर हमला बोला।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"both with one tracked partner", "", "राहुल गांधी और एक क्षेत्रीय दल के अध्यक्ष साथ दिखे। दोनों नेताओं ने नरेंद्र मोदी पर हमला बोला।", []string{"rahul-gandhi>narendra-modi:h"}},
		// ENGINE-2 (issue 10).
		{"an org name with a role noun is an epithet, not a possessed thing", "माइक्रोसॉफ्ट प्रमुख का गूगल प्रमुख पर तीखा हमला", "सत्या नडेला और सुंदर पिचाई बुधवार को एक ही सम्मेलन में मौजूद थे।", []string{"satya-nadella>sundar-pichai:h"}},
		{"a participle names the ones who act, not the clause's agent", "", "सत्या नडेला ने कहा कि सुंदर पिचाई की आलोचना करने वाले लोग तथ्यों से अनजान हैं।", nil},
		{"a participle before a named agent is that agent's act", "", "एलन मस्क पर निशाना साधने वाले सैम ऑल्टमैन ने नई योजना बताई।", []string{"sam-altman>elon-musk:h"}},
		{"a noun with vala describes a post", "", "एलन मस्क ने डोनाल्ड ट्रंप की आलोचना वाले एक पोस्ट को साझा किया।", []string{"elon-musk>donald-trump:h"}},
		{"supporters of X as a subject are not the speaker endorsing X", "", "सैम ऑल्टमैन ने कहा कि एलन मस्क के समर्थक सोशल मीडिया पर अफवाहें फैला रहे हैं।", nil},
		{"supporters of X as an agent are not X", "", "सैम ऑल्टमैन के समर्थकों ने एलन मस्क पर हमला बोला।", nil},
		{"supporter of X as a predicate is support", "", "लैरी एलिसन लंबे समय से डोनाल्ड ट्रंप के समर्थक रहे हैं।", []string{"larry-ellison>donald-trump:s"}},
		{"his business group is the organisation the watchlist ties him to", "", "राहुल गांधी ने मुकेश अंबानी और उनके कारोबारी समूह की आलोचना की।", []string{"rahul-gandhi>mukesh-ambani:h", "rahul-gandhi>reliance:h"}},
		{"his company is no one organisation when he has several", "", "डोनाल्ड ट्रंप ने एलन मस्क और उनकी टेक कंपनी पर हमला बोला।", []string{"donald-trump>elon-musk:h"}},
		{"he in words about someone is the one they are about", "", "सुंदर पिचाई ने सम्मेलन में भाषण दिया। सत्या नडेला को लेकर उन्होंने कहा कि वह बाजार को गुमराह कर रहे हैं।", []string{"sundar-pichai>satya-nadella:h"}},
		{"a bare speech verb after a parenthesis keeps the agent before it", "", "मुकेश अंबानी ने बैठक में कई मुद्दे उठाए, और गौतम अडानी के बारे में उन्होंने, पत्रकारों के पूछने पर, कहा कि वह देश को गुमराह कर रहे हैं।", []string{"mukesh-ambani>gautam-adani:h"}},
		{"a speech verb after a comma goes on with the agent's clause", "डोनाल्ड ट्रंप ने रैली की, कहा- एलन मस्क महान हैं", "", []string{"donald-trump>elon-musk:s"}},
		{"critics opening their own clause are not the speaker's criticism", "सत्या नडेला बोले- सुंदर पिचाई ईमानदार हैं, आलोचक जलते हैं", "", []string{"satya-nadella>sundar-pichai:s"}},
		// ENGINE-4 (issue 10).
		{"a negator closed by a comma leaves what follows asserted", "कमला हैरिस बोलीं- डोनाल्ड ट्रंप से बहस में रुचि नहीं, रिश्ता खत्म", "", []string{"kamala-harris>donald-trump:h"}},
		{"a negator closed by a comma still negates what precedes it", "", "सत्या नडेला ने कहा कि सुंदर पिचाई से कोई नाराजगी नहीं, बाजार में होड़ स्वाभाविक है।", nil},
		{"a negator with nothing after its comma negates its clause", "", "मुकेश अंबानी ने कहा कि वह गौतम अडानी से नाराज नहीं, बिल्कुल नहीं।", nil},
		{"good wishes for someone marked with के लिए", "सत्या नडेला बोले- सुंदर पिचाई से मुकाबले की कोई योजना नहीं, पर उनके लिए शुभकामनाएं", "", []string{"satya-nadella>sundar-pichai:s"}},
		{"good wishes for a thing are no stance", "", "सत्या नडेला ने नई टीम के लिए शुभकामनाएं दीं।", nil},
		{"not naming X while speaking names X as the one aimed at", "", "कमला हैरिस ने डोनाल्ड ट्रंप का नाम लिए बिना कहा कि कुछ लोग सिर्फ डर बेचते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"not naming X or Y names no one target", "", "सुंदर पिचाई ने माइक्रोसॉफ्ट या मेटा का नाम लिए बिना कहा कि कुछ कंपनियां सिर्फ दिखावा करती हैं।", nil},
		{"not naming anyone names no one", "", "सुंदर पिचाई ने किसी का नाम लिए बिना कहा कि कुछ कंपनियां सिर्फ दिखावा करती हैं।", nil},
		{"he with his after it in X's words is the one named before, his is X", "", "सत्या नडेला ने कहा कि सुंदर पिचाई कड़े प्रतिद्वंद्वी हैं, लेकिन वह उनके पुराने दोस्त भी हैं।", []string{"satya-nadella>sundar-pichai:s"}},
		{"he with his after it and no one named before gives nothing", "", "सत्या नडेला ने कहा कि वह उनके पुराने दोस्त हैं।", nil},
		{"a meeting with Y praised in X's words praises Y", "मुकेश अंबानी बोले- गौतम अडानी के साथ बैठक शानदार रही, आगे भी मिलेंगे", "", []string{"mukesh-ambani>gautam-adani:s"}},
		{"a conversation with Y called great praises Y", "", "सुंदर पिचाई ने सत्या नडेला के साथ हुई बातचीत को बेहतरीन बताया।", []string{"sundar-pichai>satya-nadella:s"}},
		{"a meeting with no partner praised names no one", "", "सुंदर पिचाई ने कहा कि बैठक शानदार रही।", nil},
		{"courage shown by Y in X's words praises Y", "सत्या नडेला बोले- संकट में सुंदर पिचाई ने दिखाई गजब की हिम्मत", "", []string{"satya-nadella>sundar-pichai:s"}},
		{"a dare about courage is no praise", "", "कमला हैरिस ने कहा कि अगर डोनाल्ड ट्रंप में हिम्मत है तो वह बहस में आएं।", nil},
		{"in X's book with no ने, X is the one who calls", "राहुल गांधी की किताब में सरकार पर टिप्पणी, नरेंद्र मोदी को बताया तानाशाह", "", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a passive in X's speech: X calls", "", "सत्या नडेला के भाषण में सुंदर पिचाई को दूरदर्शी बताया गया।", []string{"satya-nadella>sundar-pichai:s"}},
		{"with a ने elsewhere, the owner of the speech is not made its speaker", "", "सत्या नडेला ने सुंदर पिचाई के भाषण में कही बातों को शानदार बताया।", nil},
		{"one of the most: a partitive between the word and the calling verb", "", "सत्या नडेला ने सुंदर पिचाई को सबसे काबिल इंजीनियरों में से एक बताया।", []string{"satya-nadella>sundar-pichai:s"}},
		// STRUCTURE, session 4 (issue 10).
		{"names among a group with समेत share its postposition", "मुकेश अंबानी, गौतम अडानी समेत कई उद्योगपतियों ने नरेंद्र मोदी को दी बधाई", "", []string{"gautam-adani>narendra-modi:s", "mukesh-ambani>narendra-modi:s"}},
		{"a name with सहित and a group's genitive before its ने", "", "राहुल गांधी सहित विपक्ष के कई नेताओं ने नरेंद्र मोदी पर हमला बोला।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a comma list of three shares the last postposition", "बेजोस, जुकरबर्ग, पिचाई ने डोनाल्ड ट्रंप को दी शुभकामनाएं", "", []string{"mark-zuckerberg>donald-trump:s", "sundar-pichai>donald-trump:s"}},
		{"a person's campaign speaks for them", "", "कमला हैरिस के अभियान ने डोनाल्ड ट्रंप की कड़ी आलोचना की।", []string{"kamala-harris>donald-trump:h"}},
		{"the one a charge says was favoured is accused", "", "राहुल गांधी ने आरोप लगाया कि गौतम अडानी को सरकारी मदद मिली है।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"a charge with a tracked doer accuses the doer, not the favoured", "", "राहुल गांधी ने आरोप लगाया कि नरेंद्र मोदी ने गौतम अडानी को ठेके दिलाए।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"both means the coordinated subject a few sentences back", "", "सम्मेलन में मुकेश अंबानी और गौतम अडानी मौजूद रहे। अंबानी ने कहा कि रिलायंस निवेश करेगी। अडानी ने भी निवेश का वादा किया। दोनों ने नरेंद्र मोदी के नेतृत्व की प्रशंसा की।", []string{"gautam-adani>narendra-modi:s", "mukesh-ambani>narendra-modi:s"}},
		{"a plain reply to an appeal is judged by its words", "नरेंद्र मोदी की अपील पर डोनाल्ड ट्रंप का जवाब- मोदी महान नेता", "", []string{"donald-trump>narendra-modi:s"}},
		{"a tag that opens words after its dash does not say the clause before", "कैबिनेट बैठक में एलन मस्क पर भड़के मंत्री, डोनाल्ड ट्रंप बोले- सब मिलकर काम करेंगे", "", nil},
		{"a name before a noun of followers qualifies them", "एच-1बी पर एलन मस्क और डोनाल्ड ट्रंप समर्थकों में जंग", "", nil},
		{"a headline attack with an untracked को-object falls on no one else", "डोनाल्ड ट्रंप ने कैलिफोर्निया सरकार को घेरा, कमला हैरिस ने राहत कार्य में हाथ बंटाया", "", nil},
		{"a quality lacking in X judges X", "", "एलन मस्क ने कहा कि नाइजल फराज में पार्टी चलाने की काबिलियत नहीं है।", []string{"elon-musk>nigel-farage:h"}},
		{"a quality found in X praises X", "", "एलन मस्क ने कहा कि नाइजल फराज में गजब की हिम्मत है।", []string{"elon-musk>nigel-farage:s"}},
		{"a quality of something far after में judges no one", "", "मासायोशी सन ने कहा कि ओपनएआई में निवेश की कीमत बढ़ने से नतीजे बेहतर रहे।", nil},
		{"a petition's words are its author's", "", "न्यायाधीश ने एक्सएआई की उस याचिका पर सुनवाई टाल दी जिसमें ओपनएआई पर व्यापार रहस्य चुराने का आरोप लगाया गया है।", []string{"xai>openai:h"}},
		{"a verb-first flipper before the partner", "एलन मस्क ने वापस लिया डोनाल्ड ट्रंप का समर्थन", "", []string{"elon-musk>donald-trump:h"}},
		{"a verb-first flipper with its light verb before the partner", "एलन मस्क ने खत्म की डोनाल्ड ट्रंप से दोस्ती", "", []string{"elon-musk>donald-trump:h"}},
		{"a verb-first flipper with a compound light verb", "", "मेटा ने रद्द कर दी रिलायंस के साथ साझेदारी।", []string{"meta>reliance:h"}},
		{"a comma closing a clause parts a symmetric frame's partners", "डोनाल्ड ट्रंप बोले- एलन मस्क पर अब भरोसा नहीं, कमला हैरिस से दोस्ती पक्की", "", []string{"donald-trump>elon-musk:h", "donald-trump>kamala-harris:s"}},
		{"a flipper noun under a postposition flips nothing", "", "सैम ऑल्टमैन ने संबोधन के अंत में नरेंद्र मोदी का धन्यवाद किया।", []string{"sam-altman>narendra-modi:s"}},
		{"a negated flipper leaves the frame asserted", "", "एलन मस्क ने ओपनएआई के खिलाफ मुकदमा वापस नहीं लिया।", []string{"elon-musk>openai:h"}},
		{"a withdrawn suit was filed: the suer's stance stands (session 9)", "", "एलन मस्क ने ओपनएआई के खिलाफ मुकदमा वापस ले लिया।", []string{"elon-musk>openai:h"}},
		{"two partners of someone else are not each other's", "रिलायंस की सालाना बैठक: मुकेश अंबानी का ऐलान, गूगल और मेटा से नए करार", "", nil},
		{"a negator inside a verbal noun leaves the charge asserted", "", "एलन मस्क ने डोनाल्ड ट्रंप पर एहसान न मानने का आरोप लगाया।", []string{"elon-musk>donald-trump:h"}},
		{"a frame inside a negated verbal noun stays negated", "", "एलन मस्क ने डोनाल्ड ट्रंप की आलोचना न करने का फैसला किया।", nil},
		{"these two judged in someone's words", "", "डोनाल्ड ट्रंप ने घोषणा की कि एलन मस्क और विवेक रामास्वामी नए विभाग का नेतृत्व करेंगे। ट्रंप ने कहा कि ये दोनों शानदार अमेरिकी हैं।", []string{"donald-trump>elon-musk:s"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := a.Analyze(pipeline.Story{ID: "t", Title: c.title, Body: c.body})
			gs := referenceStances(got)
			want := slices.Clone(c.want)
			sort.Strings(want)
			if !slices.Equal(gs, want) {
				t.Errorf("stances %v, want %v", gs, want)
			}
		})
	}
}

// TestStanceTrace prints how the reader splits and chunks a text given in
// KHABAR_STANCE_TRACE (a tool for reading failures; skipped otherwise).
func TestStanceTrace(t *testing.T) {
	text := os.Getenv("KHABAR_STANCE_TRACE")
	if text == "" {
		t.Skip("set KHABAR_STANCE_TRACE to a text")
	}
	b := *shippedAnalyzer(t)
	a := &b
	mk := [...]string{"bare", "ne", "ko", "par", "se", "gen", "khilaf", "liye", "saath", "prati", "between", "mod", "place", "about", "according"}
	a.trace = func(s *sentCtx) {
		t.Logf("SENTENCE %q qspk=%d qtopic=%d", strings.Join(s.f.words[s.sn.a:s.sn.b], " "), s.sn.qspk, s.sn.qtopic)
		for ci, cl := range s.cls {
			var ws []string
			for _, k := range cl.toks {
				ws = append(ws, s.f.words[k])
			}
			t.Logf("  clause %d kind=%d parent=%d speaker=%d mood=%q quoted=%v ki=%v: %s", ci, cl.kind, cl.parent, cl.speakerTok, cl.mood, cl.quoted, cl.ki, strings.Join(ws, " "))
		}
		for _, c := range s.chunks {
			name := "-"
			if c.ent >= 0 {
				name = a.ents[c.ent].ID
			}
			m := fmt.Sprint(c.mk)
			if int(c.mk) < len(mk) {
				m = mk[c.mk]
			}
			t.Logf("  chunk %d-%d %q %s mk=%s at=%d head=%d poss=%v group=%d clause=%d pron=%d", c.tok, c.end, strings.Join(s.f.words[c.tok:c.end], " "), name, m, c.at, c.head, c.possessed, c.group, c.clause, c.pron)
		}
	}
	for _, story := range strings.Split(text, "\n===\n") {
		t.Logf("======")
		title, body, _ := strings.Cut(story, "\n")
		got := a.Analyze(pipeline.Story{ID: "t", Title: title, Body: body})
		for _, st := range got.Stances {
			t.Logf("STANCE %s>%s %s %s mood=%q: %s", st.Source, st.Target, st.Polarity, st.Kind, st.Mood, st.Evidence)
		}
	}
}

// TestMutualFrames: an agreement one side signs with a partner marked
// के साथ/से binds both ways, and so does one two coordinated agents sign;
// a handshake of two coordinated agents or a plan is nothing.
func TestMutualFrames(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"one agent, a partner with के साथ",
			"रिलायंस ने मेटा के साथ एक बड़े डेटा करार पर दस्तखत किए।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"one agent, a partner with से",
			"गौतम अडानी ने मुकेश अंबानी से हाथ मिलाया।",
			[]string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},
		// Session 10 (headline grid): SCHEMA "X और Y ने साझेदारी की" —
		// an agreement two coordinated agents sign binds both.
		{"two coordinated agents sign",
			"रिलायंस और मेटा ने एक बड़े डेटा करार पर दस्तखत किए।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"two agents joined by a hyphen, verb first",
			"गूगल-माइक्रोसॉफ्ट ने मिलाया हाथ, साझा मंच बनेगा।",
			[]string{}},
		{"verb first, a partner with से",
			"गौतम अडानी ने मुकेश अंबानी से मिलाया हाथ।",
			[]string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},
		{"future",
			"रिलायंस मेटा के साथ एक बड़े डेटा करार पर दस्तखत करेगी।",
			[]string{}},
		{"no partner",
			"रिलायंस ने एक बड़े डेटा करार पर दस्तखत किए।",
			[]string{}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestDenialScope: a denial (खंडन, इनकार) negates what it denies and the
// content clause right after it, not a participle's main verb after "करते
// हुए" nor a verb coordinated after it with और, which share its agent.
func TestDenialScope(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"coordinated speech after a denial",
			"कमला हैरिस ने डोनाल्ड ट्रंप के दावे का खंडन किया और कहा कि डोनाल्ड ट्रंप जनता को गुमराह कर रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"coordinated speech after any act",
			"राहुल गांधी ने संसद में भाषण दिया और कहा कि गौतम अडानी झूठ बोल रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"a participial denial, then an accusation",
			"ओपनएआई ने एलन मस्क के आरोपों का खंडन करते हुए उन पर झूठ फैलाने का आरोप लगाया।",
			[]string{"openai>elon-musk:h"}},
		{"the denied accusation before the participle",
			"सैम ऑल्टमैन ने एलन मस्क पर आरोप लगाने से इनकार करते हुए बयान जारी किया।",
			[]string{}},
		{"a denial still covers its content clause",
			"सुंदर पिचाई ने इससे इनकार किया कि उन्होंने सत्या नडेला की आलोचना की थी।",
			[]string{}},
		{"a charge under पर is only presupposed, not the accuser's act (session 23)",
			"रीड हॉफमैन के आरोपों पर एलन मस्क का जवाब- इनमें कोई दम नहीं।",
			[]string{}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestHeadlineOwnObject: a headline's hostile word with no tracked object
// falls on the one other person the headline names, but not when it has
// an untracked object of its own ("…, पर चीन से निराश").
func TestHeadlineOwnObject(t *testing.T) {
	a := shippedAnalyzer(t)
	body := "कमला हैरिस ने नरेंद्र मोदी से फोन पर बात की।"
	cases := []struct {
		name, title string
		want        []string
	}{
		{"an untracked object after , पर",
			"कमला हैरिस बोलीं- मोदी से कोई शिकायत नहीं, पर चीन से नाराज", []string{}},
		{"no object: the other person",
			"मोदी से मुलाकात के बाद कमला हैरिस नाराज", []string{"kamala-harris>narendra-modi:h"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := a.Analyze(pipeline.Story{ID: "title", Title: c.title, Body: body, Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)})
			if got := referenceStances(an); !slices.Equal(got, c.want) {
				t.Fatalf("stances %v, want %v", got, c.want)
			}
		})
	}
}

// TestQuoteSpeakers: who says a quote — named before it, after it in the
// same sentence, in a short sentence after it ("यह बात X ने कही"), across
// sentences and paragraphs of one speech, around a split tag; an
// untracked speaker gives no one; a quote reporting someone else's words
// is theirs.
func TestQuoteSpeakers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a speech of several sentences after its tag",
			"एलन मस्क ने कहा, “ओपनएआई अब एक बंद कंपनी बन चुकी है। सैम ऑल्टमैन ने हम सबको धोखा दिया। वह भरोसे लायक नहीं हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"the speaker named in a short sentence after the quote",
			"“सैम ऑल्टमैन झूठे हैं। उन्होंने सबको धोखा दिया।”\nयह बात एलन मस्क ने मंगलवार को एक पॉडकास्ट में कही।",
			[]string{"elon-musk>sam-altman:h"}},
		{"the speaker before 'यह बात … कही' in the sentence after",
			"“सैम ऑल्टमैन झूठे हैं।” एलन मस्क ने यह बात एक पॉडकास्ट में कही।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a quote going on into the next paragraph",
			"एलन मस्क ने मंगलवार को कहा, “हम आगे बढ़ रहे हैं और हमारी टीम मजबूत है।\n“सैम ऑल्टमैन ने हमें धोखा दिया है।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"a quote split by its tag",
			"“सैम ऑल्टमैन,” एलन मस्क ने कहा, “एक बेईमान इंसान हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"a pronoun tag after a quote is not the doer inside it",
			"एलन मस्क ने एक पॉडकास्ट में ओपनएआई के शुरुआती दिनों को याद किया।\n“सैम ऑल्टमैन ने सबको धोखा दिया,” उन्होंने कहा। “वह एक बेईमान इंसान हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"an untracked speaker after the quote gives no one",
			"“सैम ऑल्टमैन एक दूरदर्शी नेता हैं,” सत्या नडेला ने कहा। “सैम ऑल्टमैन एक धोखेबाज हैं,” एक विश्लेषक ने कहा।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"a name modifying an untracked speaker is not the speaker",
			"“सैम ऑल्टमैन एक दूरदर्शी नेता हैं,” माइक्रोसॉफ्ट के एक अधिकारी ने कहा।",
			nil},
		{"a spokesperson's tag after the quote speaks for the principal",
			"“सैम ऑल्टमैन एक धोखेबाज हैं,” एलन मस्क के प्रवक्ता ने कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a quote reporting someone else's words is theirs",
			"डोनाल्ड ट्रंप ने कहा, “एलन मस्क ने मुझसे कहा था कि सैम ऑल्टमैन झूठे हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"कि after a verb of knowing inside a quote stays the speaker's",
			"राहुल गांधी ने कहा, “नरेंद्र मोदी जानते हैं कि जनता उनके साथ नहीं है।”",
			[]string{}},
		{"a speech over paragraphs closed by a pronoun tag is the speaker before",
			"एलन मस्क ने पॉडकास्ट में ओपनएआई की कहानी सुनाई।\n“हमने एक गैर-लाभकारी संस्था बनाई थी। सबका मकसद एक था।\n“लेकिन सैम ऑल्टमैन ने सबको धोखा दिया। वह एक बेईमान इंसान हैं,” उन्होंने कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"the speaker after an organisation qualifying him in the sentence after",
			"“एलन मस्क एक असुरक्षित इंसान हैं।”\nओपनएआई के सीईओ सैम ऑल्टमैन ने मंगलवार को एक इंटरव्यू में यह बात कही।",
			[]string{"sam-altman>elon-musk:h"}},
		{"an untracked speaker in the sentence after",
			"“एलन मस्क एक असुरक्षित इंसान हैं।”\nयह बात एक विश्लेषक ने मंगलवार को कही।",
			[]string{}},
		{"a quote addressed to someone judges the one addressed",
			"“आप एक कमजोर उम्मीदवार हैं,” डोनाल्ड ट्रंप ने बहस में कमला हैरिस से कहा।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a second-person genitive in a quote addressed to someone",
			"कमला हैरिस ने बहस में डोनाल्ड ट्रंप से कहा, “आपकी नीतियां देश के लिए खतरनाक हैं।”",
			[]string{"kamala-harris>donald-trump:h"}},
		{"criticism of the addressee's policies in the first person",
			"कमला हैरिस ने बहस में डोनाल्ड ट्रंप से कहा, “मैं आपकी नीतियों की कड़ी आलोचना करती हूं।”",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a second-person genitive with no one addressed is the audience",
			"कमला हैरिस ने डोनाल्ड ट्रंप के बारे में कहा, “आपके वोट से बदलाव आएगा।”",
			nil},
		{"the one phoned is the one addressed",
			"एलन मस्क ने नाइजल फराज को फोन करके कहा, “मैं तुम्हारे साथ हूं।”",
			[]string{"elon-musk>nigel-farage:s"}},
		{"the one written to is the one addressed",
			"डोनाल्ड ट्रंप ने कमला हैरिस को लिखा, “आपकी नीतियां देश के लिए खतरनाक हैं।”",
			[]string{"donald-trump>kamala-harris:h"}},
		{"the teller is the one a reported call addressed",
			"सैम ऑल्टमैन ने बताया कि सत्या नडेला ने उन्हें फोन करके कहा, “मैं आपके साथ हूं।”",
			[]string{"satya-nadella>sam-altman:s"}},
		{"a question to the one addressed is no stance",
			"डोनाल्ड ट्रंप ने बहस में कमला हैरिस से पूछा, “क्या आप एक कमजोर उम्मीदवार हैं?”",
			[]string{}},
		{"words relayed 'X के हवाले से' are X's",
			"डोनाल्ड ट्रंप ने एलन मस्क के हवाले से कहा कि सैम ऑल्टमैन झूठे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"words relayed by an untracked writer are still X's",
			"एलन मस्क के हवाले से एक अखबार ने लिखा कि सैम ऑल्टमैन झूठे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"someone's words inside a speaker's are theirs",
			"डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने उन्हें बताया था कि सैम ऑल्टमैन झूठे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a negation after लेकिन inside a quote stays in its own clause",
			// (Respect for his talent: respect for him alone before a
			// turn is a politeness formula, no praise — session 27.)
			"नाइजल फराज ने कहा, “मैं एलन मस्क की प्रतिभा का सम्मान करता हूं, लेकिन पार्टी के सिद्धांत बिकाऊ नहीं हैं।”",
			[]string{"nigel-farage>elon-musk:s"}},
		{"according to X, with a comma, an act is X's charge",
			"एलन मस्क के मुताबिक, सैम ऑल्टमैन ने दुनिया को गुमराह किया है।",
			[]string{"elon-musk>sam-altman:h"}},
		{"according to X, without a comma",
			"एलन मस्क के अनुसार सैम ऑल्टमैन ने निवेशकों को गुमराह किया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"the speaker before 'यह कहा' in the next paragraph",
			"“सैम ऑल्टमैन झूठे हैं।”\nएलन मस्क ने मंगलवार को एक पॉडकास्ट में यह कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"'यह कहना है X का' after the quote",
			"“एलन मस्क हमेशा झूठ बोलते हैं,” यह कहना है मार्क जुकरबर्ग का।",
			[]string{"mark-zuckerberg>elon-musk:h"}},
		{"a quote in the next paragraph goes on with the last speaker",
			"डोनाल्ड ट्रंप ने मंगलवार को रैली की। “कमला हैरिस एक कमजोर उम्मीदवार हैं,” उन्होंने कहा।\n“वह देश नहीं चला सकतीं। वह एक कमजोर नेता हैं।”",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a quote paragraph after one person's spoken attack is theirs",
			"एलन मस्क ने मंगलवार को ओपनएआई पर फिर सवाल उठाए।\n“सैम ऑल्टमैन ने दुनिया को गुमराह किया है।”",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"a quote paragraph after a deed has no speaker",
			"एलन मस्क ने ओपनएआई पर मुकदमा दायर किया।\n“सैम ऑल्टमैन ने दुनिया को गुमराह किया है।”",
			[]string{"elon-musk>openai:h"}},
		{"one of a person's spokespeople speaks for them",
			"एलन मस्क के एक प्रवक्ता ने कहा कि सैम ऑल्टमैन झूठ बोल रहे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a person's election campaign speaks for them",
			"कमला हैरिस के चुनाव अभियान ने कहा, “डोनाल्ड ट्रंप देश के लिए खतरा हैं।”",
			[]string{"kamala-harris>donald-trump:h"}},
		{"an associate does not speak for them",
			"राहुल गांधी के एक सहयोगी ने कहा कि गौतम अडानी ने देश को लूटा है।",
			nil},
		{"a dash and the name alone after the quote's closing stop",
			"“सैम ऑल्टमैन भरोसे के लायक नहीं हैं।” — एलन मस्क",
			[]string{"elon-musk>sam-altman:h"}},
		{"an untracked agent's words inside a quote are not the speaker's",
			"एलन मस्क ने कहा, “एक पत्रकार ने मुझसे कहा कि सैम ऑल्टमैन झूठे हैं।”",
			nil},
		{"a speech verb with no कि before a clause of its own",
			"राहुल गांधी ने कहा नरेंद्र मोदी संसद से झूठ बोल रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a calling verb before its evaluation is no bare speech",
			"डोनाल्ड ट्रंप ने कमला हैरिस को बताया देश के लिए खतरा।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a long sentence after the quote opening with a short tag",
			"“सत्या नडेला एक शानदार साझेदार रहे हैं।”\nसैम ऑल्टमैन ने सम्मेलन में यह बात कही, जहां उन्हें खास तौर पर बुलाया गया था और जहां हजारों डेवलपर मौजूद थे और सबने तालियां बजाईं।",
			[]string{"sam-altman>satya-nadella:s"}},
		{"a dash before a full tag sentence after the quote",
			"“गौतम अडानी जैसे उद्योगपति महान हैं।” — प्रधानमंत्री नरेंद्र मोदी ने एक सभा में विपक्ष पर निशाना साधते हुए यह बात कही।",
			[]string{"narendra-modi>gautam-adani:s"}},
		{"a platform before an untracked writer is a place, not the speaker",
			"“सैम ऑल्टमैन धोखेबाज हैं,” एक्स पर एक यूजर ने लिखा।",
			nil},
		{"a charge pointed back at and called baseless is a rejection",
			"“यह आरोप बेबुनियाद है,” सैम ऑल्टमैन ने एलन मस्क के आरोप पर कहा।",
			nil},
		{"a charge pointed back at and called a lie attacks its author",
			"“यह आरोप सरासर झूठा है,” सैम ऑल्टमैन ने एलन मस्क के आरोप पर कहा।",
			[]string{"sam-altman>elon-musk:h"}},
		{"someone's claims called lies judge them",
			"सैम ऑल्टमैन ने कहा कि एलन मस्क के दावे झूठे हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		{"'X की प्रतिक्रिया थी:' before the quote",
			"एलन मस्क की प्रतिक्रिया थी: “सैम ऑल्टमैन एक धोखेबाज हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"'X का जवाब था,' before the quote",
			"एलन मस्क का जवाब था, “सैम ऑल्टमैन एक धोखेबाज हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"a doubled quote mark is one",
			"''सैम ऑल्टमैन भरोसे लायक नहीं हैं,'' एलन मस्क ने कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"unquoted words before 'X ने दावा किया'",
			"सैम ऑल्टमैन निवेशकों से झूठ बोल रहे हैं, एलन मस्क ने दावा किया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"unquoted words before 'यह कहना है X का'",
			"सैम ऑल्टमैन निवेशकों से झूठ बोल रहे हैं, यह कहना है एलन मस्क का।",
			[]string{"elon-musk>sam-altman:h"}},
		{"what people say inside X's words is not X's",
			"एलन मस्क ने कहा कि लोग कहते हैं कि सैम ऑल्टमैन झूठ बोल रहे हैं।",
			nil},
		{"what X himself says he wants to say is X's",
			"एलन मस्क ने कहा कि मैं साफ कहना चाहता हूं कि सैम ऑल्टमैन झूठ बोल रहे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a spokesperson's own name between the role and ने",
			"एलन मस्क के वकील मार्क टोबेरॉफ ने कहा कि सैम ऑल्टमैन झूठ बोल रहे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"an associate of a spokesperson does not speak for the principal",
			"एलन मस्क के वकील के सहयोगी ने कहा कि सैम ऑल्टमैन झूठ बोल रहे हैं।",
			nil},
		{"an object before the agent makes the verb a calling, not bare speech",
			"नरेंद्र मोदी के बयान को राहुल गांधी ने बताया झूठ, कहा- सरकार डरी हुई है",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a paragraph after 'X ने लिखा:' is the post",
			"एलन मस्क ने एक्स पर लिखा:\nसैम ऑल्टमैन भरोसे लायक नहीं हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"only the paragraph right after the colon",
			"एलन मस्क ने एक्स पर लिखा:\nआज का दिन शानदार है।\nसैम ऑल्टमैन भरोसे लायक नहीं हैं।",
			nil},
		{"'X की पोस्ट:' before the quote",
			"एलन मस्क की पोस्ट: “सैम ऑल्टमैन भरोसे लायक नहीं हैं।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"according to a report is no one's words",
			"एक रिपोर्ट के मुताबिक, सैम ऑल्टमैन ने निवेशकों को गुमराह किया।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestChargeRejection: rejecting or denying someone's charge is no stance
// (खारिज, इनकार, निराधार/बेबुनियाद/गलत बताया); calling it a lie or
// fabricated attacks its author.
func TestChargeRejection(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"dismissed", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को खारिज कर दिया।", []string{}},
		{"called baseless", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को बेबुनियाद बताया।", []string{}},
		{"called wrong", "सत्या नडेला ने सुंदर पिचाई के दावे को गलत बताया।", []string{}},
		{"denied", "सैम ऑल्टमैन ने एलन मस्क के आरोपों से इनकार किया।", []string{}},
		{"called lies and fabricated", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को झूठा और मनगढ़ंत बताया।", []string{"sam-altman>elon-musk:h"}},
		{"the claim called a lie", "सत्या नडेला ने सुंदर पिचाई के दावे को झूठा बताया।", []string{"satya-nadella>sundar-pichai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestStanceProbeFile reads sentences to try from the file named by
// KHABAR_STANCE_PROBES, one a line: the wanted asserted stances
// ("src>tgt:h", comma-separated, may be empty), a tab, then the text
// ("title || body" for a headline; "\n" for a line break). It logs each
// reading and fails on a miss: a tool for trying a construction.
func TestStanceProbeFile(t *testing.T) {
	path := os.Getenv("KHABAR_STANCE_PROBES")
	if path == "" {
		t.Skip("set KHABAR_STANCE_PROBES to a file")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("probe file: %v", err)
	}
	a := shippedAnalyzer(t)
	ok, n := 0, 0
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		wantS, text, found := strings.Cut(line, "\t")
		if !found {
			t.Fatalf("%s:%d: no tab between the wanted stances and the text", path, i+1)
		}
		text = strings.ReplaceAll(text, `\n`, "\n")
		var title string
		if h, b, two := strings.Cut(text, " || "); two {
			title, text = h, b
		}
		want := []string{}
		for _, w := range strings.Split(wantS, ",") {
			if w = strings.TrimSpace(w); w != "" {
				want = append(want, w)
			}
		}
		sort.Strings(want)
		got := referenceStances(a.Analyze(pipeline.Story{ID: "probe", Title: title, Body: text, Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}))
		n++
		if slices.Equal(got, want) {
			ok++
			continue
		}
		t.Errorf("%s:%d: %s\n    got %v want %v", path, i+1, strings.ReplaceAll(line[len(wantS)+1:], `\n`, "/"), got, want)
	}
	t.Logf("%d/%d", ok, n)
}

// TestSpeakersAndScopes6 (session 6): constructions whose speaker or scope
// the reader lost, each a sentence of our own ("title || body" for a
// headline with a body; no "||": body only).
func TestSpeakersAndScopes6(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A document quoted with no agent is its issuer's words.
		{"statement issued in the sentence before", "ओपनएआई ने मंगलवार को एक बयान जारी किया। बयान में कहा गया कि मस्क लोगों को गुमराह कर रहे हैं।", []string{"openai>elon-musk:h"}},
		{"a letter's words: लिखा है", "मेटा ने अटॉर्नी जनरल को पत्र लिखा। पत्र में लिखा है कि ओपनएआई ने लोगों को धोखा दिया है।", []string{"meta>openai:h"}},
		{"इसमें after a filing", "ओपनएआई ने अदालत में जवाब दाखिल किया। इसमें कहा गया कि मस्क झूठ फैला रहे हैं।", []string{"openai>elon-musk:h"}},
		{"calling in a document, passive", "मस्क के आरोपों पर ओपनएआई ने बयान जारी किया। बयान में मस्क को झूठा बताया गया।", []string{"openai>elon-musk:h"}},
		{"a report is no one's document", "ओपनएआई ने मंगलवार को नया मॉडल जारी किया। रिपोर्ट में कहा गया कि मस्क झूठ फैला रहे हैं।", nil},
		{"a document owned by someone untracked", "ओपनएआई ने बयान जारी किया। भाजपा के बयान में कहा गया कि मस्क झूठ फैला रहे हैं।", nil},
		// Words inside words: X who himself says it speaks of himself.
		{"X himself says he …, inside Y's words", "हैरिस बोलीं- ट्रंप खुद कहते हैं कि वह पहले दिन तानाशाह बनेंगे || ", []string{"kamala-harris>donald-trump:h"}},
		{"X himself admitted, with ने", "राहुल गांधी ने कहा कि मोदी ने खुद कहा है कि वह नाकाम रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X himself says it, in the reporter's words: no one else", "ट्रंप खुद कहते हैं कि वह पहले दिन तानाशाह बनेंगे।", nil},
		// The aim of an act done is the doer's stance.
		{"purpose clause before the agent", "ट्रंप को जिताने के लिए मस्क ने करोड़ों डॉलर खर्च किए।", []string{"elon-musk>donald-trump:s"}},
		{"purpose clause after the agent", "मस्क ने ट्रंप को जिताने के लिए पूरी ताकत झोंक दी।", []string{"elon-musk>donald-trump:s"}},
		{"purpose of an act not done", "मस्क ने ट्रंप को जिताने के लिए कुछ नहीं किया।", nil},
		{"a relation sought is still a plan", "मस्क ट्रंप के साथ गठबंधन करने के लिए बातचीत कर रहे हैं।", nil},
		// A participle before a tracked name describes that one's act.
		{"participle before the agent", "ट्रंप का समर्थन करने वाले मस्क ने रैली में भाषण दिया।", []string{"elon-musk>donald-trump:s"}},
		{"participle before someone else's target", "ट्रंप का समर्थन करने वाले मस्क पर हैरिस ने निशाना साधा।", []string{"elon-musk>donald-trump:s", "kamala-harris>elon-musk:h"}},
		{"participle: a past role", "कभी ट्रंप का समर्थन करने वाले मस्क ने अब नई पार्टी बनाई।", nil},
		// A long tag after the quote that points back at it.
		{"quote first, a long tag with यह बात after a dash", "“सैम ऑल्टमैन ने सबको धोखा दिया है।”\n— एलन मस्क ने मंगलवार को कैलिफोर्निया की एक सभा में निवेशकों के सामने कंपनी के भविष्य पर बोलते हुए यह बात कही।", []string{"elon-musk>sam-altman:h"}},
		{"quote first, a long sentence after that does not point back", "“सैम ऑल्टमैन ने सबको धोखा दिया है।”\n— एलन मस्क ने मंगलवार को कैलिफोर्निया की एक सभा में निवेशकों के सामने कंपनी के भविष्य पर लंबा भाषण दिया।", nil},
		// Scope: a negated or conditional first conjunct leaves the second asserted.
		{"negated verb, then a coordinated asserted one", "ट्रंप ने मस्क की आलोचना नहीं की और उनकी तारीफ की।", []string{"donald-trump>elon-musk:s"}},
		{"a flipper's verb closed by और does not flip what follows", "ट्रंप ने मस्क से नाता नहीं तोड़ा और उनका समर्थन जारी रखा।", []string{"donald-trump>elon-musk:s"}},
		{"न … और न …: both negated", "ट्रंप ने न मस्क की तारीफ की और न उनका बचाव किया।", nil},
		{"a condition ends with its consequent", "मस्क ने कहा कि अगर ओपनएआई मुनाफे की कंपनी बनी तो वह अदालत जाएंगे, और ऑल्टमैन को धोखेबाज बताया।", []string{"elon-musk>sam-altman:h"}},
		{"the consequent itself stays hypothetical", "मस्क ने कहा कि अगर ऑल्टमैन ने माफी मांगी तो वह उनका समर्थन करेंगे।", nil},
		// A possessed noun split from its owner by a relative clause.
		{"relative clause between the genitive and the act", "मस्क ने ट्रंप के उस विधेयक की, जिसे संसद ने पारित किया, कड़ी आलोचना की।", []string{"elon-musk>donald-trump:h"}},
		{"जो + an adverb of time opens a relative, not a name", "ट्रंप ने मस्क की, जो हाल में सरकार से अलग हुए हैं, खुलकर तारीफ की।", []string{"donald-trump>elon-musk:s"}},
		// Past roles.
		{"a role once had, before the name", "ट्रंप के कट्टर समर्थक रहे मस्क ने नई कंपनी शुरू की।", nil},
		{"कभी … आलोचक रह चुके", "कभी मस्क के आलोचक रह चुके फराज ने नई किताब लिखी।", nil},
		{"a role now, before the name", "ट्रंप के कट्टर समर्थक मस्क ने रैली में भाषण दिया।", []string{"elon-musk>donald-trump:s"}},
		// Verbless standing with Y, and a pronoun object after a comma.
		{"मैं Y के साथ closing the words", "रिपब्लिकन खेमा छोड़ने से इनकार, एलिसन बोले- मैं डोनाल्ड ट्रंप के साथ || ", []string{"larry-ellison>donald-trump:s"}},
		{"मैं … उनके साथ, quoted, the pronoun named before", "हैरिस पर टिप्पणियों के बाद भी हॉफमैन बोले- ‘मैं अब भी पूरी तरह उनके साथ’ || ", []string{"reid-hoffman>kamala-harris:s"}},
		{"not with Y", "एलिसन बोले- मैं ट्रंप के साथ नहीं || ", nil},
		{"a comma and a pronoun object: a new predicate of the speaker", "सन बोले- ऑल्टमैन जीनियस, उन पर पूरा भरोसा || ", []string{"masayoshi-son>sam-altman:s"}},
		// A retort that points back at the sentence before.
		{"इस पर + a retort: the one who acted before", "राहुल गांधी ने सत्ता पक्ष पर नफरत फैलाने का आरोप लगाया। इस पर नरेंद्र मोदी ने खड़े होकर आपत्ति जताई।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"इस पर without a retort", "राहुल गांधी ने संसद में भाषण दिया। इस पर नरेंद्र मोदी ने बाद में बात की।", nil},
		{"a document owned by the company named before", "ओपनएआई ने मंगलवार को नया मॉडल जारी किया। कंपनी के बयान में कहा गया कि मस्क झूठ फैला रहे हैं।", []string{"openai>elon-musk:h"}},
		// "ये सब" in someone's words: the people named just before.
		{"ये सब: the list named in the sentence before", "डोनाल्ड ट्रंप ने कहा कि इसमें ओरेकल के लैरी एलिसन, माइकल डेल और रूपर्ट मर्डोक जैसे निवेशक होंगे। ट्रंप ने कहा कि ये सब बेहतरीन लोग हैं।", []string{"donald-trump>larry-ellison:s"}},
		{"ये सब with no one named before", "डोनाल्ड ट्रंप ने कहा कि ये सब बेहतरीन लोग हैं।", nil},
		// "Y का Z में स्वागत": Z is where, not a doer after the genitive.
		{"welcomed into a company", "नडेला ने लिखा कि वह ऑल्टमैन का माइक्रोसॉफ्ट में दिल से स्वागत करते हैं।", []string{"satya-nadella>sam-altman:s"}},
		{"too far back", "ओपनएआई ने बयान जारी किया। कंपनी के शेयर बढ़े। बाजार में तेजी रही। बयान में कहा गया कि मस्क झूठ फैला रहे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestNegatedOnlyFrame: a frame with no polarity of its own that means
// something when negated ("Y के बिना … संभव नहीं": praise of Y) takes its
// negated polarity, asserted, said by the speaker (a deal is no source).
// The reading is stance.go's; the entry ({words: "बिना", polarity: none,
// target: [gen], negated: supportive}) is the lexicon's, and the test
// waits for it.
func TestNegatedOnlyFrame(t *testing.T) {
	a := shippedAnalyzer(t)
	if e, _ := a.lex.match([]string{"बिना"}, 0, entFrame); e == nil || e.frame.pol != 0 || e.frame.negPol <= 0 {
		t.Skip("the lexicon has no polarity-none 'बिना' frame with a supportive negated reading yet")
	}
	cases := []struct {
		text string
		want []string
	}{
		{"सैम ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट के बिना यह सफर संभव नहीं था।", []string{"sam-altman>microsoft:s"}},
		{"ऑल्टमैन ने कहा कि स्टारगेट सॉफ्टबैंक के बिना मुमकिन नहीं होता।", []string{"sam-altman>softbank:s"}},
		{"ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट के बिना भी कंपनी आगे बढ़ेगी।", nil},
	}
	for _, c := range cases {
		got := referenceStances(a.Analyze(pipeline.Story{ID: "bina", Body: c.text, Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}))
		want := c.want
		if want == nil {
			want = []string{}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: stances %v, want %v", c.text, got, want)
		}
	}
}

// TestSession7 (session 7): constructions that made false stances or
// lost the speaker on the blind-written dev files, each a sentence of our
// own ("title || body" for a headline with a body; no "||": body only).
func TestSession7(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Praise said as a jibe is mockery.
		{"a jibe's quoted praise", "मोदी का तंज- ‘राहुल गांधी बहुत समझदार नेता हैं, तभी तो ऐसी बातें करते हैं’ || ", []string{"narendra-modi>rahul-gandhi:h"}},
		{"praise after तंज कसते हुए कहा कि", "फराज ने तंज कसते हुए कहा कि मस्क तो दुनिया के सबसे विनम्र इंसान हैं।", []string{"nigel-farage>elon-musk:h"}},
		{"praise after चुटकी लेते हुए", "ऑल्टमैन ने चुटकी लेते हुए कहा कि मस्क सचमुच महान दूरदर्शी हैं।", []string{"sam-altman>elon-musk:h"}},
		{"तथाकथित before the praise word", "मस्क ने कहा कि ऑल्टमैन तथाकथित ईमानदार इंसान हैं।", []string{"elon-musk>sam-altman:h"}},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"a reply to a jibe is the replier's own words", "ट्रंप के तंज पर मस्क का जवाब- ‘ट्रंप महान नेता हैं’ || ", []string{"elon-musk>donald-trump:s"}},
		{"plain words stay praise", "फराज ने कहा कि मस्क तो दुनिया के सबसे विनम्र इंसान हैं।", []string{"nigel-farage>elon-musk:s"}},
		// An interview given to an outlet: the outlet is where.
		{"Y को दिए इंटरव्यू में", "फॉक्स न्यूज की जगह ट्रंप ने एक्सियोस को दिए इंटरव्यू में मस्क को बेहतरीन इंसान बताया।", []string{"donald-trump>elon-musk:s"}},
		{"Y को दिए गए साक्षात्कार के दौरान", "एक्सियोस को दिए गए साक्षात्कार के दौरान ऑल्टमैन ने मस्क की जमकर तारीफ की।", []string{"sam-altman>elon-musk:s"}},
		// What a report or the news claimed is a claim.
		{"relative clause of reports: दावा किया गया था कि", "यह टिप्पणी उन खबरों के बाद आई जिनमें दावा किया गया था कि मस्क और ट्रंप के बीच दरार पड़ गई है।", nil},
		{"rejected reports: the content is theirs", "गूगल ने उन रिपोर्टों को गलत बताया जिनमें कहा गया था कि वह रिलायंस के साथ अपना करार तोड़ने जा रही है।", nil},
		{"रिपोर्ट में कहा गया कि", "एक रिपोर्ट में कहा गया कि मस्क ने ट्रंप से नाता तोड़ लिया है।", nil},
		{"a statement's passive words stay the issuer's", "ओपनएआई ने मंगलवार को एक बयान जारी किया। बयान में कहा गया कि मस्क लोगों को गुमराह कर रहे हैं।", []string{"openai>elon-musk:h"}},
		{"the narrator's own relation is asserted", "यह टिप्पणी उन खबरों के बाद आई कि मस्क ने ट्रंप से नाता तोड़ लिया है। मस्क ने ट्रंप से नाता तोड़ लिया है।", []string{"elon-musk>donald-trump:h"}},
		// The subject of a speech verb coordinated after an agent's act says the words.
		{"X ने … किया और वह मानते हैं कि …", "फराज ने कहा कि मस्क ने बेहद कम समय में शानदार अभियान चलाया और वह आज भी मानते हैं कि ट्रंप देश के लिए बेहतर विकल्प थे।", []string{"nigel-farage>donald-trump:s", "nigel-farage>elon-musk:s"}},
		{"X ने … किया और कहा कि …: still X", "मस्क ने ट्रंप से मुलाकात की और कहा कि ऑल्टमैन धोखेबाज हैं।", []string{"elon-musk>sam-altman:h"}},
		// A pledge to keep up support, in the speaker's own words, is support now.
		{"pledge: साथ खड़े रहेंगे", "फराज ने कहा कि वह हर हाल में मस्क के साथ खड़े रहेंगे।", []string{"nigel-farage>elon-musk:s"}},
		{"pledge: समर्थन जारी रखूंगा, first person in quotes", "एलिसन बोले- ‘मैं ट्रंप का समर्थन जारी रखूंगा’ || ", []string{"larry-ellison>donald-trump:s"}},
		{"a future act of support is a plan", "फराज ने कहा कि वह अगले महीने मस्क का समर्थन करेंगे।", nil},
		{"someone else's future support is a prediction", "फराज ने कहा कि हैरिस ट्रंप का समर्थन जारी रखेंगी।", nil},
		// What the news says is hearsay.
		{"X और Y के बीच तनाव की खबरें हैं", "गूगल और रिलायंस के बीच क्लाउड करार पर चल रही बातचीत में मतभेद बढ़ने की खबरें हैं।", nil},
		{"खबरें आई थीं कि …", "पिछले हफ्ते खबरें आई थीं कि मस्क ने ट्रंप से नाता तोड़ लिया है।", nil},
		{"good news is no hearsay", "फराज ने कहा कि ट्रंप की जीत पूरी दुनिया के लिए अच्छी खबर है और ट्रंप महान नेता हैं।", []string{"nigel-farage>donald-trump:s"}},
		// "X ने जो (कुछ) V वह EVAL": the correlative goes back to X's clause.
		{"X ने जो कर दिखाया है वह असाधारण है", "नडेला ने कहा कि ओपनएआई ने जो कर दिखाया है वह असाधारण है।", []string{"satya-nadella>openai:s"}},
		{"X ने जो कुछ कहा वह अपमानजनक था", "ट्रंप ने कहा कि मस्क ने जो कुछ कहा वह बेहद अपमानजनक था।", []string{"donald-trump>elon-musk:h"}},
		{"a relative on a noun stays a relative", "ट्रंप ने कहा कि मस्क ने वह कंपनी खरीदी जो घाटे में थी।", nil},
		// A frame whose पर-object is someone untracked takes no target from words before it.
		{"‘…’, X ने <untracked> पर साधा निशाना", "बाइडन बोले- ‘हां, वह जीत सकती हैं’, ट्रंप ने बाइडन पर साधा निशाना || कमला हैरिस ने शिकागो में बड़ी रैली की।", nil},
		{"‘…’, X ने Y पर साधा निशाना", "बाइडन बोले- ‘हां, वह जीत सकती हैं’, ट्रंप ने हैरिस पर साधा निशाना || कमला हैरिस ने शिकागो में बड़ी रैली की।", []string{"donald-trump>kamala-harris:h"}},
		{"इस पर तंज कसते हुए लिखा कि …: the words name the target", "मस्क ने इस पर तंज कसते हुए लिखा कि ऑल्टमैन हमेशा बड़े वादे करते हैं।", []string{"elon-musk>sam-altman:h"}},
		// The object of an infinitive that is no frame is not the act's target.
		{"Y को खरीदने में X की मदद", "एलिसन ने एक्स को खरीदने में मस्क की खुलकर मदद की।", []string{"larry-ellison>elon-musk:s"}},
		{"a frame infinitive keeps its object", "मस्क ने ट्रंप को जिताने में पूरी ताकत झोंक दी।", []string{"elon-musk>donald-trump:s"}},
		{"Y को <infinitive> की <frame noun>: Y stays the target", "मस्क और जुकरबर्ग ने एक-दूसरे को लड़ने की चुनौती दी।", []string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		// An act in the oblique infinitive before कोशिश/काम is the act.
		{"Y … खरीदने की कोशिश कर रहे हैं, in X's words", "हैरिस ने कहा कि ट्रंप चुनाव खरीदने की कोशिश कर रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"Z के आलोचकों को बदनाम करने का काम: Y's followers are not Y", "राहुल गांधी ने कहा कि मोदी सरकार अडानी के आलोचकों को बदनाम करने का काम कर रही है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"Y के समर्थकों पर हमला: not an attack on Y", "हैरिस ने ट्रंप के समर्थकों पर तीखा हमला बोला।", nil},
		{"… फैलाने का काम, said of Y", "राहुल गांधी ने कहा कि मोदी सरकार देश में डर फैलाने का काम कर रही है।", []string{"rahul-gandhi>narendra-modi:h"}},
		// "…, X अभियान बोला- …": a new speaker after the comma.
		{"…, X अभियान बोला-", "मस्क के बयान पर घिरे ट्रंप के प्रवक्ता ने किया बचाव, हैरिस अभियान बोला- मस्क वोट खरीदने की कोशिश कर रहे || ", []string{"kamala-harris>elon-musk:h"}},
		// A से phrase before a participle is the cause, not a comparison.
		{"Y जांच से डरे हुए हैं", "हैरिस ने कहा कि ट्रंप अदालत की जांच से डरे हुए हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"a comparison stays no judgement", "मस्क ने कहा कि ग्रोक उससे कहीं बेहतर है।", nil},
		// An act the news reports, and words someone is asked to say.
		{"Y से … खत्म करने की खबरें बेबुनियाद", "गूगल से करार तोड़ने की खबरें बेबुनियाद: रिलायंस || ", nil},
		{"… करने की खबरों को गलत बताया", "एलिसन ने ट्रंप के लिए चंदा जुटाने की खबरों को गलत बताया।", nil},
		{"an act before a comma, news after", "रिलायंस बोली- गूगल के साथ करार पर पूरी तरह कायम, निवेश घटाने की खबरें गलत || ", []string{"reliance>google:s"}},
		{"वह कह दें कि …: words asked for", "नरेंद्र मोदी पर राहुल गांधी ने कहा, “अगर प्रधानमंत्री में जरा भी साहस है, तो वह संसद में कह दें कि ट्रंप झूठ बोल रहे हैं।”", nil},
		// A member of a body speaks for himself.
		{"X के बोर्ड सदस्य <name> ने", "टेस्ला के बोर्ड सदस्य किम्बल मस्क ने ट्रंप के आयात शुल्क की खुलकर आलोचना की।", nil},
		{"X के बोर्ड ने: the board speaks for X", "ओपनएआई के बोर्ड ने ऑल्टमैन पर भरोसा तोड़ने का आरोप लगाया।", []string{"openai>sam-altman:h"}},
		// A past role named far before the participle.
		{"महीनों तक … की तारीफ करने वाले X ने", "महीनों तक रिफॉर्म यूके और उसके नेता नाइजल फराज की खुलकर तारीफ करने वाले मस्क ने अचानक नई पार्टी बनाई।", nil},
		{"a role now, far before", "रिफॉर्म यूके और उसके नेता नाइजल फराज की खुलकर तारीफ करने वाले मस्क ने नई पार्टी बनाई।", []string{"elon-musk>nigel-farage:s"}},
		{"Y को … बताया stays calling", "ट्रंप ने एक्सियोस को फर्जी खबरों का अड्डा बताया।", []string{"donald-trump>axios:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession8 (session 8): constructions of the blind-written dev files,
// each a sentence of our own with a negative ("title || body" for a
// headline with a body; no "||": body only).
func TestSession8(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A passive in the oblique infinitive is its द्वारा/ओर से agent's act.
		{"Z की ओर से आरोप लगाए जाने के बाद X ने …", "विपक्षी सांसदों की ओर से मनमानी के आरोप लगाए जाने के बाद मस्क ने लिखा कि ट्रंप बिल्कुल सही रास्ते पर हैं।", []string{"elon-musk>donald-trump:s"}},
		{"Y पर आरोप लगाए जाने पर X ने कहा", "ट्रंप पर धोखाधड़ी के आरोप लगाए जाने पर मस्क ने चुप्पी साध ली।", nil},
		{"X द्वारा Y की आलोचना किए जाने के बाद: X's act", "मस्क द्वारा ऑल्टमैन की आलोचना किए जाने के बाद शेयर गिरे।", []string{"elon-musk>sam-altman:h"}},
		{"X की ओर से Y पर आरोप लगाए जाने के बाद: X's act", "ओपनएआई की ओर से मस्क पर आरोप लगाए जाने के बाद बहस तेज हुई।", []string{"openai>elon-musk:h"}},
		// A relative जो as the subject: its head, untracked, acts.
		{"'जो लोग उन पर हमला कर रहे हैं' in X's words", "ट्रंप ने कहा, “मस्क देश के लिए मुफ्त में काम कर रहे हैं। जो लोग उन पर हमला कर रहे हैं, वे घबराए हुए हैं।”", nil},
		{"X ने कहा कि जो Y की आलोचना करते हैं …", "हैरिस ने कहा कि जो लोग ट्रंप की आलोचना करते हैं, उन्हें धमकाया जाता है।", nil},
		{"the correlative after a subject relative is its head", "मस्क ने कहा कि जो लोग ट्रंप की रैली में आए, वे बेहद बेवकूफ हैं।", nil},
		{"X, जो Y की आलोचना करते रहे हैं, …: X", "मस्क, जो ऑल्टमैन की आलोचना करते रहे हैं, अदालत पहुंचे।", []string{"elon-musk>sam-altman:h"}},
		{"an object relative keeps the speaker's reading", "मस्क ने कहा कि ऑल्टमैन ने जो किया वह धोखा है।", []string{"elon-musk>sam-altman:h"}},
		// A pronoun grounding gave to a pair keeps both when a frame reads it.
		{"X और Y …। Z ने उनकी साझेदारी की आलोचना की", "मस्क और ट्रंप ने नया समझौता किया। हैरिस ने उनकी साझेदारी की कड़ी आलोचना की।", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s", "kamala-harris>donald-trump:h", "kamala-harris>elon-musk:h"}},
		// A participle frame before the speaker whose target is only a genitive does not reach into the words.
		{"Z की रैली को संबोधित करते हुए X ने कहा कि Y …", "पार्टी की किसान रैली को संबोधित करते हुए राहुल गांधी ने कहा कि मोदी सरकार ने किसानों से किए सारे वादे तोड़े हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"Y की रैली को संबोधित करते हुए: Y", "ट्रंप की रैली को संबोधित करते हुए मस्क ने कहा कि चुनाव बहुत अहम है।", []string{"elon-musk>donald-trump:s"}},
		{"a charge's participle still reaches into its words", "आरोप लगाते हुए राहुल गांधी ने कहा कि मोदी अपने दोस्तों की मदद कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Shielding: hostile to the shielder only (SCHEMA).
		{"X अपने दोस्त Y को बचा रहे हैं, in Z's words", "राहुल गांधी ने कहा कि मोदी सरकार हर हाल में अपने दोस्त अडानी को बचा रही है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X … Y को बचाने में लगी है", "हैरिस ने कहा कि ट्रंप प्रशासन जांच से मस्क को बचाने में लगा है।", []string{"kamala-harris>donald-trump:h"}},
		{"the speaker shielding is no charge", "मस्क ने कहा कि वह ट्रंप को बचा रहे हैं।", nil},
		{"a rescue told by the narrator is no charge", "ट्रंप ने डूबती कंपनी को बचाने के लिए मस्क से मदद मांगी।", nil},
		// A chief affirming his company's tie speaks for himself (SCHEMA).
		{"Z के सीईओ X: Y के साथ Z की साझेदारी मजबूत", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने कहा कि ओपनएआई के साथ माइक्रोसॉफ्ट की साझेदारी पहले की तरह मजबूत है।", []string{"satya-nadella>openai:s"}},
		{"… साझेदारी अब और मजबूत होगी: और is 'more'", "ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट के साथ ओपनएआई की साझेदारी अब और मजबूत होगी।", []string{"sam-altman>microsoft:s"}},
		{"Z के चेयरमैन X: Y के साथ हुआ करार … — a deal done is the companies'", "ओरेकल के चेयरमैन लैरी एलिसन ने कहा कि ओपनएआई के साथ हुआ क्लाउड करार उनकी कंपनी के इतिहास का सबसे बड़ा करार है।", []string{"openai>oracle:s", "oracle>openai:s"}},
		{"Z के चेयरमैन X ने Y के साथ उपक्रम का ऐलान किया: X and Z, both ways", "रिलायंस के चेयरमैन मुकेश अंबानी ने मेटा के साथ संयुक्त उपक्रम का ऐलान किया।", []string{"meta>mukesh-ambani:s", "meta>reliance:s", "mukesh-ambani>meta:s", "reliance>meta:s"}},
		{"a tie announced stays the companies'", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने कहा कि ओपनएआई के साथ माइक्रोसॉफ्ट ने नई साझेदारी की है।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		// The people a role noun or a participle names are not the genitive's owner.
		{"Y के व्यापार सलाहकार <untracked name> पर हमला", "मस्क ने ट्रंप के व्यापार सलाहकार पीटर नवारो पर तीखा हमला बोला।", nil},
		{"Y के सलाहकारों पर हमला stays Y's camp", "मस्क ने ट्रंप की नीतियों पर तीखा हमला बोला।", []string{"elon-musk>donald-trump:h"}},
		{"Y का बहिष्कार करने वाले लोग अवैध …", "ट्रंप ने कहा कि टेस्ला का बहिष्कार करने वाले लोग गैरकानूनी काम कर रहे हैं।", nil},
		{"Y की तारीफ करने वाले X stays X's act", "ट्रंप की तारीफ करने वाले मस्क ने नई कंपनी बनाई।", []string{"elon-musk>donald-trump:s"}},
		// An untracked ने-agent owns the clause's act; a genitive doer inside its object does not.
		{"<untracked> ने X के Y के समर्थन पर नाराजगी जताई", "कंपनी के कुछ कर्मचारियों ने एक पत्र में मस्क के ट्रंप के समर्थन पर नाराजगी जताई।", nil},
		{"X का Y पर हमला keeps its doer", "मस्क का ट्रंप पर तीखा हमला, कहा- बिल घिनौना || ", []string{"elon-musk>donald-trump:h"}},
		// Support or a tie wanted is not yet given; a harm wanted stays a charge.
		{"X चाहते हैं कि Y … मदद दें", "फराज ने कहा कि वह चाहते हैं कि मस्क उनकी पार्टी को आर्थिक मदद दें।", nil},
		{"दोनों में सुलह चाहता हूं", "हॉफमैन ने कहा कि वह मस्क और ट्रंप में सुलह चाहते हैं।", nil},
		{"Y … खरीदना चाहते हैं stays a charge", "हैरिस ने कहा कि ट्रंप देश का लोकतंत्र खरीदना चाहते हैं।", []string{"kamala-harris>donald-trump:h"}},
		// A role one has been, before the name, is background.
		{"कभी Y के सबसे बड़े दानदाता रहे X ने …", "कभी ट्रंप के सबसे बड़े चुनावी दानदाता रहे मस्क ने शनिवार को नई पार्टी बनाई।", nil},
		{"X Y के बड़े दानदाता रहे हैं stays", "हॉफमैन लंबे समय से हैरिस के बड़े दानदाता रहे हैं।", []string{"reid-hoffman>kamala-harris:s"}},
		// A venture several take up together: alliance, each pair (SCHEMA).
		{"X, Y और Z मिलकर … निवेश करेंगे", "अगले साल से ओपनएआई, ओरेकल और सॉफ्टबैंक मिलकर जापान में नए डेटा केंद्रों में निवेश करेंगे।", []string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"X ने Y के साथ मिलकर संयुक्त उद्यम शुरू किया", "रिलायंस ने मेटा के साथ मिलकर नया संयुक्त उद्यम शुरू किया।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"X, Y और Z … के संस्थापक साझेदार हैं", "ओपनएआई, ओरेकल और सॉफ्टबैंक इस संयुक्त उपक्रम के संस्थापक साझेदार हैं।", []string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"a membership explained is background", "परियोजना में ओपनएआई, ओरेकल और सॉफ्टबैंक साझेदार हैं।", nil},
		{"<deal> का ऐलान: X और Y बनेंगे साझेदार", "स्टारगेट का ऐलान: ओपनएआई और ओरेकल बनेंगे साझेदार || ", []string{"openai>oracle:s", "oracle>openai:s"}},
		{"X और Y ने मिलकर उठाई … की मांग: a joint call", "नडेला और पिचाई ने मिलकर उठाई एआई नियमों की मांग || ", nil},
		{"X ने Y के साथ मिलकर Z की नींव रखी: the act on Z", "मस्क ने ऑल्टमैन के साथ मिलकर ओपनएआई की नींव रखी थी।", nil},
		{"X ने Y के साथ मिलकर Z पर हमला बोला: no alliance", "मस्क ने फराज के साथ मिलकर ट्रंप की नीतियों पर हमला बोला।", []string{"elon-musk>donald-trump:h"}},
		// आप in someone's words is the one addressed.
		{"X ने Y से कहा, “आप झूठ बोल रहे हैं”", "राहुल गांधी ने मोदी से कहा, “आप देश से झूठ बोल रहे हैं।”", []string{"rahul-gandhi>narendra-modi:h"}},
		{"“Y जी, आप …” (a vocative)", "राहुल गांधी ने कहा, “मोदी जी, आप देश से झूठ बोल रहे हैं।”", []string{"rahul-gandhi>narendra-modi:h"}},
		{"आप to no one known is no one", "राहुल गांधी ने कहा, “आप देखिए, मोदी सरकार झूठ बोल रही है।”", []string{"rahul-gandhi>narendra-modi:h"}},
		{"आपने … , said to Y: Y acted", "ट्रंप ने मस्क से कहा, “आपने चुनाव में हैरिस की खुलकर आलोचना की।”", []string{"elon-musk>kamala-harris:h"}},
		// A quarrel presupposed before के बाद: hostile both ways (SCHEMA).
		{"Y के साथ तीखी तकरार के कुछ दिन बाद X ने …", "ट्रंप के साथ तीखी तकरार के कुछ दिन बाद मस्क ने अपनी पोस्ट पर अफसोस जताया।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"Y से झगड़े के बाद X ने …", "ऑल्टमैन से झगड़े के बाद मस्क ने नई कंपनी बनाई।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a rupture with a partner stays directed", "मस्क ने ट्रंप से नाता तोड़ लिया।", []string{"elon-musk>donald-trump:h"}},
		// The doer of an oblique infinitive before के बाद is the one named after it.
		{"Y से नाता तोड़ने के बाद X का नया दांव", "ट्रंप से नाता तोड़ने के बाद मस्क का नया दांव: नई पार्टी का ऐलान || ", []string{"elon-musk>donald-trump:h"}},
		{"Y की आलोचना करने के बाद X ने …", "ट्रंप की आलोचना करने के बाद मस्क ने नई कंपनी बनाई।", []string{"elon-musk>donald-trump:h"}},
		// "X का तंज, Y ने …": the comma opens Y's clause; Y does not jibe.
		{"X का तंज, Y ने हंसकर टाला", "मस्क का ऑल्टमैन पर तंज, नडेला ने हंसकर टाला || ", []string{"elon-musk>sam-altman:h"}},
		{"Y ने X पर तंज कसा: the agent stays", "नडेला ने मस्क पर तीखा तंज कसा।", []string{"satya-nadella>elon-musk:h"}},
		// A plain reply to a statement is no attack; to a threat it stays one (the lexicon's).
		{"‘…’, X के बयान पर Y का जवाब", "‘मोदी मेरे अच्छे दोस्त’, ट्रंप के बयान पर मोदी का जवाब || ", nil},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"X की धमकी पर Y का जवाब is no stance", "ट्रंप की धमकी पर मस्क का जवाब || ", nil},
		// A passive done to a relative's head, and an act on someone untracked past a comma, have no tracked doer.
		{"Y …, जिन्हें … की सजा दी जा रही है", "ट्रंप ने कहा कि मस्क सच्चे देशभक्त हैं, जिन्हें सरकार में काम करने की सजा दी जा रही है।", []string{"donald-trump>elon-musk:s"}},
		{"बोले- Y सच्चे देशभक्त, शोरूमों पर हमले आतंकवाद", "ट्रंप बोले- मस्क सच्चे देशभक्त, शोरूमों पर हमले आतंकवाद || ", []string{"donald-trump>elon-musk:s"}},
		{"Y ने शोरूमों पर हमले किए, in X's words: still Y's", "ट्रंप ने कहा कि हैरिस ने शोरूमों पर हमले करवाए।", []string{"donald-trump>kamala-harris:h"}},
		// A name past a comma after the frame heads the next predication.
		{"बोले- Y के साथ काम करना सम्मान की बात, Z-W करार पर मुहर", "एलिसन बोले- ऑल्टमैन के साथ काम करना सम्मान की बात, गूगल-मेटा करार पर मुहर || ", []string{"larry-ellison>sam-altman:s"}},
		{"a subject after the frame with no comma stays", "ट्रंप की तारीफ कर रहे हैं मस्क || ", []string{"elon-musk>donald-trump:s"}},
		// A headline label naming a dispute gives no stance by itself (SCHEMA).
		{"X बनाम Y: label", "मस्क बनाम ऑल्टमैन: जज ने दोनों पक्षों से लिखित जवाब मांगा || ", nil},
		{"X-Y विवाद: label", "ट्रंप-मस्क विवाद: शेयर बाजार में टेस्ला के शेयर लुढ़के || ", nil},
		{"X-Y विवाद से Z ने बनाई दूरी", "मस्क-ऑल्टमैन झगड़े से नडेला ने बनाई दूरी || ", nil},
		{"a quarrel after the label is the label's pair's", "हॉफमैन बनाम मस्क: एक्स पर छिड़ी तीखी तकरार || ", []string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		// A court label over no body tells no case: a label speaks no
		// words (SCHEMA; ruling of session 16, the dev gold 4/4). Over a
		// body that tells the suit it stays a legal battle (precision16_test.go).
		{"X बनाम Y: अदालत … over no body is a label only", "मस्क बनाम ओपनएआई: अदालत में सुनवाई का दूसरा दिन || ", nil},
		{"the label leaves the sentences their stances", "मस्क बनाम ऑल्टमैन: मस्क ने ऑल्टमैन को धोखेबाज बताया || ", []string{"elon-musk>sam-altman:h"}},
		{"a dispute said between two stays asserted", "मस्क और ऑल्टमैन के बीच झगड़ा और गहराया || ", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession9Structure (session 9): constructions whose clause, chunk,
// speaker or scope the reader lost, each a sentence of our own ("title ||
// body" for a headline with a body; no "||": body only).
func TestSession9Structure(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Shielding with the subject after the verb (headline order).
		{"बोले- Y को बचा रहे X", "हैरिस बोले- मस्क को बचा रहे ट्रंप || ", []string{"kamala-harris>donald-trump:h"}},
		{"Y को बचा रहे हैं प्रधानमंत्री X, in Z's words", "राहुल गांधी ने कहा, अंबानी को बचा रहे हैं प्रधानमंत्री मोदी।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X बचा रहे हैं Y को: no shielding read", "हैरिस बोले- ट्रंप बचा रहे हैं मस्क को || ", nil},
		// Calling someone untracked: the tracked agent calls, he is not judged.
		{"Z की पोस्ट, जिसमें Y ने W को गलत बताया: no one tracked judged", "हैरिस ने ट्रंप का एक वीडियो शेयर किया, जिसमें ट्रंप ने चीन की नीति को बेहद खतरनाक बताया था।", nil},
		{"Z ने Y का भाषण साझा किया, जिसमें Y ने W को … बताया", "मस्क ने ट्रंप का भाषण साझा किया, जिसमें ट्रंप ने एक पत्रकार को झूठा बताया।", nil},
		// People at large acting in someone's words: not the speaker's act.
		{"“लोग Y की निंदा करते हैं क्योंकि वे …” X ने कहा", "“लोग ट्रंप की निंदा करते हैं क्योंकि वे उन्हें समझते नहीं,” मस्क ने कहा।", nil},
		{"X ने कहा कि कुछ आलोचक Y पर हमला करते हैं", "ट्रंप ने कहा कि कुछ आलोचक मस्क पर बेवजह हमला करते हैं।", nil},
		{"X ने कहा कि विरोधी Y की तारीफ करते हैं", "ट्रंप ने कहा कि विरोधी हैरिस की तारीफ करते हैं।", nil},
		{"the speaker's own act beside people at large stays", "ट्रंप ने कहा कि वह मस्क की आलोचना करते हैं क्योंकि लोग सच जानना चाहते हैं।", []string{"donald-trump>elon-musk:h"}},
		{"“मैं …, क्योंकि लोग …”: the speaker's act stays", "“मैं ट्रंप की निंदा करता हूं क्योंकि लोग उन्हें समझते नहीं,” मस्क ने कहा।", []string{"elon-musk>donald-trump:h"}},
		// A headline's second agent praising with no object of his own.
		{"X ने Y की नीति को दिया समर्थन, Z ने की तारीफ", "गूगल ने मोदी सरकार की डिजिटल नीति को दिया समर्थन, पिचाई ने भी की सराहना || ", []string{"google>narendra-modi:s", "sundar-pichai>narendra-modi:s"}},
		{"X ने Y को दी बधाई, Z ने की तारीफ: Z's praise has no object", "मोदी ने ट्रंप को दी जीत की बधाई, राहुल ने की किसानों की तारीफ || ", []string{"narendra-modi>donald-trump:s"}},
		{"a congratulation after another's object is not on it", "ट्रंप ने मस्क को कहा नया सितारा, हैरिस ने फोन कर दी बधाई || ", []string{"donald-trump>elon-musk:s"}},
		// A bare name with a proxy noun after it ("X टीम", "X कैंपेन").
		{"Z ने की X टीम की तारीफ", "मोदी ने की गूगल टीम की जमकर तारीफ || ", []string{"narendra-modi>google:s"}},
		{"X कैंपेन ने Y पर हमला बोला", "ट्रंप कैंपेन ने हैरिस पर हमला बोला।", []string{"donald-trump>kamala-harris:h"}},
		{"Z ने X टीम पर साधा निशाना", "हैरिस ने ट्रंप टीम पर साधा निशाना || ", []string{"kamala-harris>donald-trump:h"}},
		{"Z ने X टीम से बात की: no stance", "हैरिस ने मस्क टीम से बात की || ", nil},
		// A deal or a meeting with Y judged in X's words judges Y.
		{"X ने कहा कि Y के साथ Z का करार खतरनाक है", "हैरिस ने कहा कि मस्क के साथ पेंटागन का सौदा बेहद खतरनाक है।", []string{"kamala-harris>elon-musk:h"}},
		{"“Y के साथ हमारी साझेदारी शानदार है,” X ने कहा", "“गूगल के साथ हमारी साझेदारी शानदार है,” अंबानी ने कहा।", []string{"mukesh-ambani>google:s"}},
		{"a judged deal with no partner named judges no one", "ट्रंप ने कहा कि यह करार बेहद खतरनाक है।", nil},
		// A suit with no defendant of its own after the clause that says who acted.
		{"Y ने … और X अदालत पहुंची", "ऑल्टमैन ने कहा कि एक्सएआई ने कानून तोड़े हैं और ओपनएआई अदालत पहुंची है।", []string{"openai>xai:h", "sam-altman>xai:h"}},
		{"X ने कहा कि Y ने धोखा दिया है, और Z अदालत गई है", "मस्क ने कहा कि ओपनएआई ने धोखा दिया है, और एक्सएआई अदालत गई है।", []string{"elon-musk>openai:h", "xai>openai:h"}},
		{"a suit with its own defendant keeps it", "एक्सएआई ने नियम तोड़े हैं और ओपनएआई मेटा के खिलाफ अदालत गई है।", []string{"openai>meta:h"}},
		{"a suit with no one acting before has no defendant", "ट्रंप ने चुनाव जीता है और मेटा अदालत गई है।", nil},
		// "तीनों": the three people named together a few sentences back.
		{"X, Y और Z से मिले W … तीनों की तारीफ", "राहुल गांधी ने दिल्ली में गौतम अडानी, मुकेश अंबानी और सुंदर पिचाई से मुलाकात की। बैठक लंबी चली। बाद में उन्होंने तीनों की खुलकर तारीफ की।", []string{"rahul-gandhi>gautam-adani:s", "rahul-gandhi>mukesh-ambani:s", "rahul-gandhi>sundar-pichai:s"}},
		{"तीनों as agents", "कार्यक्रम में एलन मस्क, सैम ऑल्टमैन और मार्क जुकरबर्ग भी थे। तीनों ने ट्रंप की नीति की आलोचना की।", []string{"elon-musk>donald-trump:h", "mark-zuckerberg>donald-trump:h", "sam-altman>donald-trump:h"}},
		{"तीनों too far back names no one", "कार्यक्रम में एलन मस्क, सैम ऑल्टमैन और मार्क जुकरबर्ग भी थे। पहले भाषण हुए। फिर भोज हुआ। फिर संगीत हुआ। फिर खेल हुए। अंत में ट्रंप ने तीनों की तारीफ की।", nil},
		// A rumour the clause answers or stands amid is not its mood.
		{"इन अटकलों पर X ने कहा कि Y के साथ साझेदारी मजबूत है", "इन अटकलों पर सुंदर पिचाई ने कहा कि रिलायंस के साथ गूगल की साझेदारी बेहद मजबूत है।", []string{"sundar-pichai>reliance:s"}},
		{"अफवाहों के बीच X ने Y की तारीफ की", "अफवाहों के बीच ट्रंप ने मस्क की खुलकर तारीफ की।", []string{"donald-trump>elon-musk:s"}},
		{"अटकलें हैं कि X ने Y की आलोचना की: still a rumour", "अटकलें हैं कि ट्रंप ने मस्क की आलोचना की।", nil},
		{"X के … की अटकलों पर: the rumour's content stays a rumour", "मेटा ने ट्रंप को चंदा देने की अटकलों पर कुछ नहीं कहा।", nil},
		// A quote first over sentences, its speaker and topic named after it.
		{"“वह …। उन्होंने …।” X ने ये बातें Y के बारे में कहीं", "“वह हर मंच पर झूठ बोलते हैं। उन्होंने देश को धोखा दिया है।”\nरैली में हैरिस ने ये बातें डोनाल्ड ट्रंप के बारे में कहीं।", []string{"kamala-harris>donald-trump:h"}},
		{"“उनकी …” X ने Y को लेकर यह बात कही", "“उनकी नीतियां देश के लिए खतरनाक हैं। वह हर बार गलत साबित हुए हैं।”\nएक इंटरव्यू में मस्क ने ऑल्टमैन को लेकर यह बात कही।", []string{"elon-musk>sam-altman:h"}},
		{"a quote first with no topic named judges no one", "“वह हर मंच पर झूठ बोलते हैं। उन्होंने देश को धोखा दिया है।”\nरैली में हैरिस ने यह बात कही।", nil},
		// Calling what was just said of him a lie attacks its author.
		{"Y ने X पर आरोप लगाया। X ने जवाब दिया कि यह झूठ है", "हैरिस ने मस्क पर चुनाव में दखल का आरोप लगाया। मस्क ने जवाब दिया कि यह सरासर झूठ है।", []string{"elon-musk>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"ये आरोप झूठे हैं: the charge noun after the demonstrative", "ट्रंप ने हैरिस पर धोखाधड़ी का आरोप लगाया। हैरिस ने कहा कि ये आरोप झूठे हैं।", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"यह झूठ है with no one hostile before attacks no one", "मस्क ने नई कार पेश की। ट्रंप ने कहा कि यह झूठ है।", nil},
		// Calling with a second predicate coordinated before the verb.
		{"X ने Y के आरोपों को A और B बताया", "ओपनएआई ने मस्क के आरोपों को ईर्ष्या से प्रेरित और पूरी तरह बेबुनियाद करार दिया।", []string{"openai>elon-musk:h"}},
		{"X ने Y को A, B और C बताया", "ट्रंप ने हैरिस को कमजोर, लापरवाह और बेहद खतरनाक नेता बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"a plain rejection with a coordinated predicate stays no stance", "मस्क ने ओपनएआई के आरोपों को निराधार और गलत बताया।", nil},
		// The owner of a possessed doer judged in someone's words.
		{"X ने कहा कि Y सरकार की नीतियों ने देश को ऊंचाइयों पर पहुंचाया", "अंबानी ने कहा कि मोदी सरकार की नीतियों ने उद्योग को शानदार ऊंचाइयों पर पहुंचाया।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"X बोले- Y के फैसलों ने देश को कमजोर किया", "हैरिस बोले- ट्रंप के फैसलों ने अमेरिका को कमजोर किया || ", []string{"kamala-harris>donald-trump:h"}},
		{"a possessed doer's owner outside anyone's words is not judged", "मोदी सरकार की नीतियों ने उद्योग को शानदार ऊंचाइयों पर पहुंचाया।", nil},
		// A bare project noun as the object: the deal just named.
		{"X ने स्टारगेट का ऐलान किया। Y ने परियोजना की तारीफ की", "ट्रंप ने स्टारगेट का ऐलान किया। बाद में ऑल्टमैन ने इस परियोजना की खुलकर तारीफ की।", []string{"sam-altman>stargate:s"}},
		{"X ने Y का जिक्र करते हुए परियोजना की आलोचना की", "मस्क ने स्टारगेट का जिक्र करते हुए परियोजना की कड़ी आलोचना की।", []string{"elon-musk>stargate:h"}},
		{"someone's own project is no anaphor", "ट्रंप ने स्टारगेट का ऐलान किया। मस्क ने अपनी परियोजना की तारीफ की।", nil},
		// A jibe's words that name someone only as an owner mock him.
		{"तंज कसते हुए कहा कि … Y के दोस्तों को सौंपे जा रहे हैं", "हैरिस ने तंज कसते हुए कहा कि सारे ठेके ट्रंप के करीबी दोस्तों को दिए जा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"a jibe's words with a tracked doer mock the doer", "हैरिस ने तंज कसते हुए कहा कि ट्रंप अपने दोस्तों को ठेके दे रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"plain words naming an owner judge no one", "हैरिस ने कहा कि सारे ठेके ट्रंप के करीबी दोस्तों को दिए जा रहे हैं।", nil},
		// A headline's second verb-first predicate after a comma: same agent.
		{"X ने किया Y का स्वागत, साथ में कसा तंज", "हैरिस ने किया ट्रंप के फैसले का स्वागत, साथ में कसा तंज || ", []string{"kamala-harris>donald-trump:h", "kamala-harris>donald-trump:s"}},
		{"label: X ने की Y की तारीफ, फिर साधा निशाना", "टैरिफ विवाद: मस्क ने की ट्रंप की तारीफ, फिर साधा निशाना || ", []string{"elon-musk>donald-trump:h", "elon-musk>donald-trump:s"}},
		{"a second predicate with its own name keeps it", "मस्क ने की ट्रंप की तारीफ, हैरिस ने साधा निशाना || ", []string{"elon-musk>donald-trump:s"}},
		{"a tracked object is still judged", "मस्क ने कहा कि ट्रंप ने ऑल्टमैन को झूठा बताया।", []string{"donald-trump>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
