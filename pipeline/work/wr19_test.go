package work

import (
	"testing"
	"time"
)

// TestSession19WR: the withdrawal and rupture families read on the
// blind dev-contrast files' misses (session 19, WR helper). Each rule
// has a row where it fires and a row where it must not.
func TestSession19WR(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A phrase of time or manner between a tie noun and the flipper
		// that ends it (midway15): "समय से पहले", "हमेशा के लिए"; the
		// pair's own tie keeps both its parties (partnerOnly skips a
		// postposition of the noun the pair possesses).
		{"m1", "रिलायंस ने गूगल के साथ अपना क्लाउड करार समय से पहले तोड़ दिया।", []string{"reliance>google:h"}},
		{"m2", "मेटा ने रिलायंस के साथ गठबंधन हमेशा के लिए तोड़ दिया।", []string{"meta>reliance:h"}},
		{"m3", "ओरेकल और एक्सएआई का करार समय से पहले खत्म हो गया।", []string{"oracle>xai:h", "xai>oracle:h"}},
		{"m4", "रिलायंस ने गूगल के साथ अपना करार समय से पहले नहीं तोड़ा।", nil},
		{"m5", "रिलायंस ने कहा कि वह गूगल के साथ अपना करार समय से पहले तोड़ देगी।", nil},
		{"m6", "ओरेकल ने एक्सएआई के साथ करार किया और समय से पहले काम खत्म कर दिया।", []string{"oracle>xai:s", "xai>oracle:s"}},
		// Support offered, planned, promised or decided, and then ended
		// (planOf19 lets the flipper reach the support noun; a planned
		// act ended is ended now, unless the ending is itself planned).
		{"p1", "बैठक में मासायोशी सन ने ओपनएआई में निवेश की अपनी पेशकश वापस ले ली।", []string{"masayoshi-son>openai:h"}},
		{"p2", "सॉफ्टबैंक ने ओपनएआई में निवेश का प्रस्ताव वापस ले लिया।", []string{"softbank>openai:h"}},
		{"p3", "सॉफ्टबैंक ने ओपनएआई में पैसा लगाने की योजना से पीछे हट गया।", []string{"softbank>openai:h"}},
		{"p4", "एलन मस्क ने डोनाल्ड ट्रंप को चंदा देने की योजना रद्द कर दी।", []string{"elon-musk>donald-trump:h"}},
		{"p5", "मासायोशी सन ने ओपनएआई में निवेश की योजना बनाई।", nil},
		{"p6", "मासायोशी सन ने ओपनएआई में निवेश की योजना वापस नहीं ली।", nil},
		{"p7", "मासायोशी सन ओपनएआई में निवेश की योजना रद्द करने पर विचार कर रहे हैं।", nil},
		{"p8", "एलन मस्क ने ओपनएआई पर मुकदमा करने की योजना रद्द कर दी।", nil},
		{"p9", "कमला हैरिस ने रीड हॉफमैन की मदद की पेशकश वापस कर दी।", nil},
		{"p10", "मासायोशी सन ने कहा कि वह ओपनएआई में निवेश की योजना रद्द कर देंगे।", nil},
		// An investment sealed or finalised (lexicon: निवेश|फंडिंग|
		// वित्तपोषण पर मुहर लगा-, को अंतिम रूप दे-); only promised, nothing.
		{"s1", "सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर के निवेश पर मुहर लगा दी।", []string{"softbank>openai:s"}},
		{"s2", "मासायोशी सन ने कहा कि वह ओपनएआई में निवेश पर मुहर लगाएंगे।", nil},
		// A tie's term lengthened (tieHead12: अवधि/मियाद/समयसीमा/
		// कार्यकाल … बढ़ा-): the tie extended, both ways; talks about it,
		// or a cost rising in its term, nothing.
		{"t1", "ओरेकल ने एक्सएआई के साथ करार की अवधि 2030 तक बढ़ा दी।", []string{"oracle>xai:s", "xai>oracle:s"}},
		{"t2", "ओरेकल ने एक्सएआई के साथ अपने क्लाउड करार की अवधि तीन साल बढ़ा दी।", []string{"oracle>xai:s", "xai>oracle:s"}},
		{"t3", "ओरेकल ने एक्सएआई के साथ करार की अवधि बढ़ाने पर बातचीत शुरू की।", nil},
		{"t4", "ओरेकल ने एक्सएआई के साथ करार की अवधि में बढ़ती लागत पर चिंता जताई।", nil},
		// A के साथ phrase that a participle of happening ties to another
		// noun ("Y के साथ हुए करार के बाद भी …") is not the partner of a
		// hostile act farther on (happenedTieOf19); the tie itself
		// broken, or a refusal right after the phrase's noun, still is.
		{"h1", "गूगल ने कहा कि रिलायंस के साथ हुए करार के बाद भी पुराने सर्वर काम नहीं करेंगे।", nil},
		{"h2", "गूगल ने रिलायंस के साथ हुए करार को तोड़ दिया।", []string{"google>reliance:h"}},
		{"h3", "सत्या नडेला ने कहा कि वे गूगल के साथ किसी भी प्रोजेक्ट पर काम नहीं करेंगे।", []string{"satya-nadella>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
