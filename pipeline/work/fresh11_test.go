package work

import (
	"testing"
	"time"
)

// TestSession11Fresh: constructions from the study of the misses on the
// file written blind in session 11 (dev-outlets-n). Sentences are our own.
// "head || body" splits a headline from its body.
func TestSession11Fresh(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// quotedRemark: a short quote that is the content of Y's remark
		// ("Y के 'Q' वाले बयान पर") is Y's words, not an evaluation of Y.
		{"headline: Y के 'Q' वाले बयान पर X का पलटवार", "हैरिस के 'तानाशाह' वाले बयान पर ट्रंप का पलटवार || ",
			[]string{"donald-trump>kamala-harris:h"}},
		{"X ने Y की 'Q' वाली टिप्पणी की आलोचना की", "डोनाल्ड ट्रंप ने कमला हैरिस की 'कमजोर नेता' वाली टिप्पणी की आलोचना की।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"plural remark noun, बताया", "मोदी ने राहुल गांधी के 'झूठा' वाले तंजों को बचकाना बताया।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"a quoted remark praised is support of its owner", "मस्क ने ट्रंप के 'अमेरिका पहले' वाले भाषण की तारीफ की।",
			[]string{"elon-musk>donald-trump:s"}},
		{"a quoted remark mentioned without a stance", "ट्रंप के 'तानाशाह' वाले बयान पर आज संसद में चर्चा होगी।", nil},
		// postposedGen: verb-first headline, the genitive object written
		// after the frame noun ("उड़ाया मजाक Y का X ने").
		{"headline: उड़ाया मजाक Y का X ने", "उड़ाया मजाक राहुल गांधी का मोदी ने, बोले- नासमझ || ",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"headline: की आलोचना Y की X ने (feminine light verb)", "की कड़ी आलोचना ओपनएआई की मस्क ने || ",
			[]string{"elon-musk>openai:h"}},
		{"headline: उड़ाई खिल्ली Y की X ने", "उड़ाई खिल्ली ट्रंप की हैरिस ने || ",
			[]string{"kamala-harris>donald-trump:h"}},
		{"headline: किया समर्थन Y का X ने (supportive)", "किया समर्थन ट्रंप का मस्क ने || ",
			[]string{"elon-musk>donald-trump:s"}},
		{"headline: X ने की तारीफ Y की (agent first)", "पिचाई ने की जमकर तारीफ मोदी की || ",
			[]string{"sundar-pichai>narendra-modi:s"}},
		{"a genitive after a noun that is no fronted act stays a modifier", "बड़ी रैली ट्रंप की, हैरिस ने भी सभा की || ", nil},
		// untrackedDoerBefore: "Z द्वारा Y की आलोचना के बीच X ने …": the
		// act is the untracked Z's, not the clause's agent's.
		{"Z द्वारा Y की आलोचना के बीच X ने कहा", "कई सांसदों द्वारा सैम ऑल्टमैन की आलोचना के बीच सत्या नडेला ने कहा कि कंपनी आगे बढ़ेगी।", nil},
		{"Z द्वारा Y पर हमलों के बाद X ने …", "विपक्षी नेताओं द्वारा गौतम अडानी पर हमलों के बाद मुकेश अंबानी ने बैठक बुलाई।", nil},
		{"a tracked doer with द्वारा keeps the act", "डोनाल्ड ट्रंप द्वारा एलन मस्क की आलोचना के बाद बाजार गिरा।", []string{"donald-trump>elon-musk:h"}},
		{"the agent's own act after the background stays", "कई सांसदों द्वारा सैम ऑल्टमैन की आलोचना के बीच एलन मस्क ने भी ऑल्टमैन की आलोचना की।", []string{"elon-musk>sam-altman:h"}},
		// flippers टाल गए/टाल दिया: a dodged question about Y is no stance.
		{"headline: Y पर सवाल टाल गए X", "अंबानी पर सवाल टाल गए राहुल गांधी || ", nil},
		{"the same question raised is hostile", "अंबानी पर सवाल उठा गए राहुल गांधी || ", []string{"rahul-gandhi>mukesh-ambani:h"}},
		// readVerbFirstAgentAfter: verb first, agent right after it, the
		// owner's genitive and the frame's noun last.
		{"headline: ठुकराया X ने Y का प्रस्ताव", "ठुकराया गूगल ने मेटा का प्रस्ताव || ", []string{"google>meta:h"}},
		{"headline: ठुकराई X ने Y की … डॉलर की पेशकश (amount between)", "ठुकराई ओरेकल ने सॉफ्टबैंक की 20 अरब डॉलर की पेशकश || ", []string{"oracle>softbank:h"}},
		{"headline: खोली X ने Y की पोल", "खोली हैरिस ने ट्रंप की पोल, बोलीं- झूठे वादे || ", []string{"kamala-harris>donald-trump:h"}},
		{"verb first with no owner names no target", "ठुकराया गूगल ने प्रस्ताव || ", nil},
		// thisRemarkBefore: "इस पोस्ट के जवाब में" answers the one who
		// posted, not whoever attacked the replier before. (Session 25:
		// the post the hostile reply answers, a refusal of Meta's offer,
		// is the poster's attack — sundar-pichai>meta, answeredAttacks25,
		// as the dev gold reads dak-005, dvc-126, dvo-058.)
		{"इस पोस्ट के जवाब में: the poster, not the earlier attacker", "गूगल ने मेटा का ऑफर ठुकरा दिया। सुंदर पिचाई ने एक्स पर लिखा- 'नहीं, धन्यवाद।' मेटा ने इस पोस्ट के जवाब में पिचाई को घमंडी लिखा।",
			// (Session 27, SCHEMA ruling rule 4: the offer turned down is
			// no stance.)
			[]string{"meta>sundar-pichai:h", "sundar-pichai>meta:h"}},
		// appositiveRole: "A, उसके सीईओ B और C" is a list of three; the
		// first name keeps the list's marker.
		{"X ने A, उसके सीईओ B और C पर मुकदमा किया", "रीड हॉफमैन ने टेस्ला, उसके प्रमुख एलन मस्क और एक्सएआई पर मुकदमा किया।",
			[]string{"reid-hoffman>elon-musk:h", "reid-hoffman>tesla:h", "reid-hoffman>xai:h"}},
		{"A, कंपनी के सीईओ B और C ने Y की तारीफ की (subjects)", "गूगल, कंपनी के सीईओ सुंदर पिचाई और रिलायंस ने नरेंद्र मोदी की तारीफ की।",
			[]string{"google>narendra-modi:s", "reliance>narendra-modi:s", "sundar-pichai>narendra-modi:s"}},
		// "उसके सीईओ" ties him to OpenAI: the criticism of OpenAI counts
		// on him (session 25 ruling, chief25.go), though not as a list.
		{"a role after a comma that starts a new clause is no list", "एलन मस्क ने ओपनएआई की आलोचना की, उसके सीईओ सैम ऑल्टमैन ने जवाब दिया।",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
