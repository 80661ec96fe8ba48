package work

import (
	"testing"
	"time"
)

// TestReject34 (session 34, REJECT): rejections of a charge, claim or offer
// that attack its author in words pointed back at it (reject34.go), the
// words outlets use for such an attack (evaluative.yaml and frames.yaml,
// session 34 REJECT blocks), and controls: plain rebuttals, denials and
// refusals that must stay no stance.
func TestReject34(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		// words pointed back at the charge or offer just rejected (reject34.go)
		{"denied and called lies, same sentence", " || मेटा ने कमला हैरिस के दावों का खंडन किया और कहा कि ये दावे पूरी तरह झूठे हैं।", []string{"meta>kamala-harris:h"}},
		{"bid refused, ploy next sentence", " || गूगल ने मेटा की पेशकश ठुकरा दी। गूगल ने कहा कि यह बाजार पर कब्जा करने की एक चाल है।", []string{"google>meta:h"}},
		{"offer made before, bare offer refused", " || मार्क जुकरबर्ग ने एक्स कॉर्प के लिए बड़ी पेशकश की थी। एक्स कॉर्प ने पेशकश नामंजूर करते हुए कहा कि यह एक चाल है।", []string{"x-corp>mark-zuckerberg:h"}},
		{"offer under a leader", " || एलन मस्क के नेतृत्व वाले एक समूह ने ओरेकल के लिए पेशकश की थी। ओरेकल ने पेशकश ठुकराते हुए कहा कि यह एक साजिश है।", []string{"oracle>elon-musk:h"}},
		{"nothing but a ploy", " || टेस्ला ने कहा कि मेटा का यह कदम एक चाल से ज्यादा कुछ नहीं।", []string{"tesla>meta:h"}},
		{"charge about a matter, pointed back", " || कमला हैरिस के चुनावी चंदे से जुड़े आरोपों पर एक्स कॉर्प ने बयान दिया। एक्स कॉर्प ने इन आरोपों को मनगढ़ंत बताया।", []string{"x-corp>kamala-harris:h"}},
		{"called a lie, then denied", " || सत्या नडेला ने सुंदर पिचाई के दावे को झूठा बताकर नकार दिया।", []string{"satya-nadella>sundar-pichai:h"}},
		{"author under a participle", " || मेटा ने डोनाल्ड ट्रंप के लगाए आरोपों को मनगढ़ंत बताया।", []string{"meta>donald-trump:h"}},
		{"ctl author under द्वारा, called fabricated (kept)", " || कमला हैरिस द्वारा लगाए गए आरोपों को एक्स कॉर्प ने मनगढ़ंत करार दिया।", []string{"x-corp>kamala-harris:h"}},
		{"author under द्वारा, called baseless: none", " || कमला हैरिस द्वारा लगाए गए आरोपों को एक्स कॉर्प ने निराधार करार दिया।", nil},
		{"author under द्वारा, baseless, agent first: none", " || एक्स कॉर्प ने कमला हैरिस द्वारा लगाए गए आरोपों को तथ्यहीन बताया।", nil},
		{"news story called fake", " || एक्सियोस ने खबर दी थी कि गूगल एक कंपनी खरीदेगा। गूगल ने इस खबर को पूरी तरह फर्जी बताया।", []string{"google>axios:h"}},
		{"report called 'misleading' in quotes: none", " || एक्सियोस ने एक रिपोर्ट प्रकाशित की। मेटा ने इस रिपोर्ट को 'भ्रामक' बताया।", nil},
		{"ctl as always, baseless in quotes", " || रीड हॉफमैन ने एलन मस्क पर आरोप लगाया। एलन मस्क ने हमेशा की तरह इन आरोपों को 'निराधार' बताया।", []string{"reid-hoffman>elon-musk:h"}},
		{"claim called fake news", " || डोनाल्ड ट्रंप ने कमला हैरिस के दावे को फेक न्यूज़ बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"ctl always wrong", " || सत्या नडेला ने कहा कि सुंदर पिचाई गलत हैं, जैसा कि वह हमेशा होते हैं।", []string{"satya-nadella>sundar-pichai:h"}},
		{"ctl news welcomed", " || एक्सियोस ने खबर दी कि मेटा नई कंपनी खरीदेगा। शेयर बाजार ने इस खबर का स्वागत किया।", nil},
		{"reply denying the deed: no counter-attack", " || कमला हैरिस ने दावा किया कि डोनाल्ड ट्रंप ने अपने दोस्तों का कर्ज माफ किया है। इसके जवाब में डोनाल्ड ट्रंप ने कहा कि ऐसा कोई कर्ज माफ नहीं किया गया, आंकड़े सबके सामने हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"ctl reply calling a liar", " || कमला हैरिस ने डोनाल्ड ट्रंप की आलोचना की। इसके जवाब में ट्रंप ने कहा कि वह झूठ बोल रही हैं।", []string{"kamala-harris>donald-trump:h", "donald-trump>kamala-harris:h"}},
		// outlet words (lexicon blocks)
		{"political drama", " || डोनाल्ड ट्रंप ने कमला हैरिस के आरोपों को सियासी ड्रामा बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"vendetta", " || गौतम अडानी ने राहुल गांधी के आरोपों को प्रतिशोध की राजनीति करार दिया।", []string{"gautam-adani>rahul-gandhi:h"}},
		{"witch hunt", " || एलन मस्क ने ओपनएआई के दावों को विच-हंट बताया।", []string{"elon-musk>openai:h"}},
		{"motivated", " || रिलायंस ने राहुल गांधी के आरोपों को पॉलिटिकली मोटिवेटेड बताया।", []string{"reliance>rahul-gandhi:h"}},
		{"pique", " || नरेंद्र मोदी ने राहुल गांधी के बयान को खिसियाहट बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"blackmailing", " || ओपनएआई ने एलन मस्क की मांग को ब्लैकमेलिंग बताया।", []string{"openai>elon-musk:h"}},
		{"dishonest offer", " || ओरेकल ने सॉफ्टबैंक की पेशकश को बेईमानी भरी बताया।", []string{"oracle>softbank:h"}},
		{"bad faith", " || मेटा ने कहा कि डोनाल्ड ट्रंप के दावे बदनीयती से किए गए हैं।", []string{"meta>donald-trump:h"}},
		{"out of jealousy", " || सैम ऑल्टमैन ने कहा कि एलन मस्क ईर्ष्या के कारण ऐसे दावे कर रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"hidden agenda", " || गूगल ने माइक्रोसॉफ्ट की शिकायत को छिपा एजेंडा बताया।", []string{"google>microsoft:h"}},
		{"to hobble rivals", " || माइक्रोसॉफ्ट ने गूगल की बोली को प्रतिस्पर्धा को बाधित करने का प्रयास बताया।", []string{"microsoft>google:h"}},
		{"laughed off", " || कमला हैरिस ने डोनाल्ड ट्रंप के दावों को हंसी में उड़ा दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"charges fabricated", " || मेटा ने कहा कि कमला हैरिस ने ये आरोप गढ़े हैं।", []string{"meta>kamala-harris:h"}},
		// controls: plain rebuttals, refusals and the same words about no one
		{"ctl denied and called wrong", " || मेटा ने कमला हैरिस के दावों का खंडन किया और कहा कि ये दावे गलत हैं।", nil},
		{"ctl bid refused on price", " || गूगल ने मेटा की पेशकश ठुकरा दी। गूगल ने कहा कि यह कीमत बहुत कम है।", nil},
		{"ctl rejected, inquiry will clear", " || रिलायंस ने राहुल गांधी के आरोपों को खारिज किया। रिलायंस ने कहा कि यह सब जांच में साफ हो जाएगा।", nil},
		{"ctl called baseless, then denied", " || सत्या नडेला ने सुंदर पिचाई के दावे को बेबुनियाद बताकर नकार दिया।", nil},
		{"ctl matter charge, baseless", " || कमला हैरिस के चुनावी चंदे से जुड़े आरोपों पर एक्स कॉर्प ने बयान दिया। एक्स कॉर्प ने इन आरोपों को बेबुनियाद बताया।", nil},
		{"ctl negated judgement", " || मेटा ने कहा कि एक्स कॉर्प की बोली कोई चाल नहीं है।", nil},
		{"ctl a play watched", " || नरेंद्र मोदी ने एक राजनीतिक नाटक देखा।", nil},
		{"ctl no one smears", " || अडानी समूह ने कहा कि कोई भी समूह की छवि खराब करने की कोशिश नहीं कर रहा।", nil},
		{"ctl question laughed off", " || सैम ऑल्टमैन ने एक पत्रकार के सवाल को हंसी में उड़ा दिया।", nil},
		{"ctl offer by someone untracked", " || एक निवेशक समूह ने ओपनएआई के लिए पेशकश की थी। ओपनएआई ने पेशकश ठुकराते हुए कहा कि यह एक चाल है।", nil},
	})
}
