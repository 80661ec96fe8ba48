package work

import (
	"testing"
	"time"
)

// Session 28 (BREAK): probe sentences of our own, one for each wording of
// a break, a withdrawal, a rejection or a making-up that real outlets use
// (collected from Hindi news pages; none copied). KHABAR_PROBE28=1 prints
// how many the engine reads as the row says; it never fails, so a wording
// the engine still misses stays visible here rather than in a red test.
func TestSession28BreakProbes(t *testing.T) {
	logProbes28(t, "break probes", breakProbes28, func(int) time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) })
}

var breakProbes28 = []stanceCase{
	{"support withdrawn", "नाइजल फराज ने एलन मस्क से अपना समर्थन वापस ले लिया।", []string{"nigel-farage>elon-musk:h"}},
	{"withdrawal announced (noun)", "रीड हॉफमैन ने कमला हैरिस के अभियान से समर्थन वापसी की घोषणा की।", []string{"reid-hoffman>kamala-harris:h"}},
	{"alliance broken, announced", "ओरेकल ने ओपनएआई के साथ गठबंधन तोड़ने का एलान कर दिया।", []string{"oracle>openai:h"}},
	{"alliance ended", "सॉफ्टबैंक ने ओपनएआई के साथ अपने गठबंधन को समाप्त कर दिया।", []string{"softbank>openai:h"}},
	{"company left", "मासायोशी सन ने लैरी एलिसन का साथ छोड़ दिया।", []string{"masayoshi-son>larry-ellison:h"}},
	{"separation announced", "नाइजल फराज ने एलन मस्क से अलग होने का एलान किया।", []string{"nigel-farage>elon-musk:h"}},
	{"JV agreement ended by decision", "रिलायंस ने मेटा के साथ अपने संयुक्त उद्यम समझौते को समाप्त करने का निर्णय किया।", []string{"reliance>meta:h"}},
	{"stake ended", "माइक्रोसॉफ्ट ने ओपनएआई में अपनी हिस्सेदारी खत्म कर दी।", []string{"microsoft>openai:h"}},
	{"expelled from the company", "ओपनएआई ने सैम ऑल्टमैन को कंपनी से निकाल दिया।", []string{"openai>sam-altman:h"}},
	{"removed from the post", "ओपनएआई के बोर्ड ने सैम ऑल्टमैन को सीईओ पद से हटा दिया।", []string{"openai>sam-altman:h"}},
	{"shown the way out", "ओपनएआई ने सैम ऑल्टमैन को बाहर का रास्ता दिखा दिया।", []string{"openai>sam-altman:h"}},
	{"dismissed", "ओपनएआई ने सैम ऑल्टमैन को बर्खास्त कर दिया।", []string{"openai>sam-altman:h"}},
	{"offer rejected (none)", "मेटा ने गूगल के खरीद प्रस्ताव को ठुकरा दिया।", nil},
	{"bid rejected, price (none)", "ओपनएआई ने एलन मस्क की पेशकश को अपर्याप्त बताते हुए खारिज कर दिया।", nil},
	{"bid rejected as a ploy", "ओपनएआई ने एलन मस्क की पेशकश को प्रतिस्पर्धा रोकने की चाल बताते हुए खारिज कर दिया।", []string{"openai>elon-musk:h"}},
	{"no more ads", "माइक्रोसॉफ्ट ने एक्स पर विज्ञापन नहीं देने का ऐलान किया।", []string{"microsoft>x-corp:h"}},
	{"backed out of the deal", "एलन मस्क ने ओपनएआई के साथ सौदे से पीछे हटने का ऐलान किया।", []string{"elon-musk>openai:h"}},
	{"pact cancelled", "ओरेकल ने स्टारगेट के साथ अपना करार रद्द कर दिया।", []string{"oracle>stargate:h"}},
	{"deal annulled", "अडानी समूह ने रिलायंस के साथ सौदे को निरस्त कर दिया।", []string{"adani-group>reliance:h"}},
	{"kinara", "मुकेश अंबानी ने गौतम अडानी से किनारा कर लिया।", []string{"mukesh-ambani>gautam-adani:h"}},
	{"distance made", "नरेंद्र मोदी ने डोनाल्ड ट्रंप से दूरी बना ली।", []string{"narendra-modi>donald-trump:h"}},
	{"palla jhaad", "कमला हैरिस ने एलन मस्क से पल्ला झाड़ लिया।", []string{"kamala-harris>elon-musk:h"}},
	{"ways parted", "सत्या नडेला ने सैम ऑल्टमैन से रास्ते अलग कर लिए।", []string{"satya-nadella>sam-altman:h"}},
	{"boycott announced", "एक्सियोस ने एक्स का बहिष्कार करने का ऐलान किया।", []string{"axios>x-corp:h"}},
	{"partnership ended", "गूगल ने रिलायंस के साथ अपनी साझेदारी खत्म कर दी।", []string{"google>reliance:h"}},
	{"JV shut", "मेटा ने रिलायंस के साथ अपना संयुक्त उद्यम बंद कर दिया।", []string{"meta>reliance:h"}},
	{"donations stopped", "लैरी एलिसन ने डोनाल्ड ट्रंप के अभियान को चंदा देना बंद कर दिया।", []string{"larry-ellison>donald-trump:h"}},
	{"relationship ended", "एलन मस्क ने डोनाल्ड ट्रंप के साथ अपने रिश्ते खत्म कर लिए।", []string{"elon-musk>donald-trump:h"}},
	{"exit from the partnership", "रिलायंस ने गूगल के साथ साझेदारी से बाहर निकलने की घोषणा की।", []string{"reliance>google:h"}},
	{"talks ended", "गूगल ने एक्सएआई के साथ हर तरह की बातचीत बंद कर दी।", []string{"google>xai:h"}},
	{"hand pulled back from investment", "सॉफ्टबैंक ने स्टारगेट में निवेश से हाथ पीछे खींच लिया।", []string{"softbank>stargate:h"}},
	{"stake sold off and out", "सॉफ्टबैंक ने ओपनएआई में अपनी पूरी हिस्सेदारी बेचकर नाता तोड़ लिया।", []string{"softbank>openai:h"}},
	{"expelled (निष्कासित)", "ओपनएआई ने सैम ऑल्टमैन को कंपनी से निष्कासित कर दिया।", []string{"openai>sam-altman:h"}},
	{"deal cancelled (loan word)", "एलन मस्क ने ओपनएआई के साथ डील कैंसिल कर दी।", []string{"elon-musk>openai:h"}},
	{"merger terminated (loan word)", "एलन मस्क ने ओपनएआई के साथ मर्जर टर्मिनेट कर दिया।", []string{"elon-musk>openai:h"}},
	{"backed off the deal", "गूगल रिलायंस के साथ सौदे से पीछे हट गई।", []string{"google>reliance:h"}},
	{"relations broken", "डोनाल्ड ट्रंप ने एलन मस्क से संबंध तोड़ लिए।", []string{"donald-trump>elon-musk:h"}},
	{"out of the tie-up", "सॉफ्टबैंक ओपनएआई के साथ गठजोड़ से बाहर निकल गई।", []string{"softbank>openai:h"}},
	{"decided to end the tie", "मेटा ने रिलायंस के साथ रिश्ता खत्म करने का फैसला किया।", []string{"meta>reliance:h"}},
	{"ended the pact by decision", "गूगल ने रिलायंस के साथ करार को समाप्त करने का निर्णय लिया।", []string{"google>reliance:h"}},
	{"joined (दामन थामा)", "नाइजल फराज ने एलन मस्क का दामन थाम लिया।", []string{"nigel-farage>elon-musk:s"}},
	{"account closed on the platform", "एक्सियोस ने एक्स पर अपना आधिकारिक अकाउंट बंद कर दिया।", []string{"axios>x-corp:h"}},
	{"money refused to Y's groups", "एलन मस्क ने कहा कि वह अब डोनाल्ड ट्रंप से जुड़े किसी भी समूह को एक डॉलर भी नहीं देंगे।", []string{"elon-musk>donald-trump:h"}},
	{"will not work together", "मासायोशी सन ने कहा कि वह एलन मस्क के साथ मिलकर काम करने के इच्छुक नहीं हैं।", []string{"masayoshi-son>elon-musk:h"}},
	{"differences over, said by one of the two", "एलन मस्क ने डोनाल्ड ट्रंप के बारे में अफसोस जताया और कहा कि दोनों के बीच मतभेद खत्म हो गए हैं।", []string{"elon-musk>donald-trump:s"}},
	{"merger talked of (none)", "मेटा और गूगल के विलय की चर्चा है।", nil},
	// Opposites: denied, negated, threatened, conditional, undone.
	{"break reports denied", "ओरेकल ने ओपनएआई से नाता तोड़ने की खबरों का खंडन किया।", nil},
	{"conditional withdrawal", "सॉफ्टबैंक ने कहा कि अगर शर्तें नहीं मानी गईं तो वह ओपनएआई से समर्थन वापस ले लेगी।", nil},
	{"withdrawal negated", "सॉफ्टबैंक ने स्पष्ट किया कि उसने ओपनएआई से हाथ नहीं खींचा है।", nil},
	{"break refused", "माइक्रोसॉफ्ट ने ओपनएआई के साथ साझेदारी तोड़ने से इनकार किया।", nil},
	{"break only threatened", "डोनाल्ड ट्रंप ने एलन मस्क से नाता तोड़ने की धमकी दी।", []string{"donald-trump>elon-musk:h"}},
	{"charges rejected (none)", "अडानी समूह ने राहुल गांधी के आरोपों को सिरे से खारिज कर दिया।", nil},
	{"charges called malicious", "अडानी समूह ने राहुल गांधी के आरोपों को बेबुनियाद और दुर्भावनापूर्ण बताया।", []string{"adani-group>rahul-gandhi:h"}},
	{"accuser called desperate", "ओपनएआई ने कहा कि एलन मस्क हताशा में झूठे आरोप लगा रहे हैं।", []string{"openai>elon-musk:h"}},
	{"made up, both", "एलन मस्क और डोनाल्ड ट्रंप ने पुराने गिले-शिकवे भुलाकर फिर से हाथ मिला लिया।", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
	{"no grudge left", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क के साथ अब कोई गिला-शिकवा नहीं है।", []string{"donald-trump>elon-musk:s"}},
	{"feud forgotten, hug", "मार्क जुकरबर्ग और एलन मस्क ने पुरानी रंजिश भूलकर एक-दूसरे को गले लगा लिया।", []string{"elon-musk>mark-zuckerberg:s", "mark-zuckerberg>elon-musk:s"}},
	{"reconciled", "एलन मस्क ने डोनाल्ड ट्रंप से सुलह कर ली।", []string{"elon-musk>donald-trump:s"}},
}
