package work

import (
	"testing"
	"time"
)

// TestParadigm17: forms of known frames the paradigm grid
// (paradigm17_grid_test.go) found unread, and rows that must stay
// silent. Sentences are our own.
func TestParadigm17(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// adverbialGap17: a time or venue phrase between the genitive
		// and the act noun.
		{"Y की संसद में तारीफ", "राहुल गांधी ने नरेंद्र मोदी की संसद में तारीफ की।",
			[]string{"rahul-gandhi>narendra-modi:s"}},
		{"Y की लोकसभा में बहस के दौरान आलोचना", "राहुल गांधी ने नरेंद्र मोदी की लोकसभा में बहस के दौरान आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Y का मंगलवार को खुलकर बचाव", "एलन मस्क ने सैम ऑल्टमैन का मंगलवार को खुलकर बचाव किया।",
			[]string{"elon-musk>sam-altman:s"}},
		{"Y का एक्स पर मजाक", "एलन मस्क ने सैम ऑल्टमैन का एक्स पर मजाक उड़ाया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y की इस हफ्ते संसद में आलोचना", "राहुल गांधी ने नरेंद्र मोदी की इस हफ्ते संसद में आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Y की हाल ही में एक इंटरव्यू में निंदा", "कमला हैरिस ने डोनाल्ड ट्रंप की हाल ही में एक इंटरव्यू में कड़ी निंदा की।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"Y की सोमवार को दिल्ली में सभा के दौरान आलोचना", "राहुल गांधी ने गौतम अडानी की सोमवार को दिल्ली में एक सभा के दौरान आलोचना की।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"Y के हर फैसले में: Y's own decisions", "सैम ऑल्टमैन ने कहा कि एलन मस्क ओपनएआई के हर फैसले में अड़ंगा डालते हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		// jointParty17: a coordinated group and one partner of a tie.
		{"X और Z ने Y के साथ साझेदारी की: every pair", "माइक्रोसॉफ्ट और टेस्ला ने ओपनएआई के साथ साझेदारी की।",
			[]string{"microsoft>openai:s", "microsoft>tesla:s", "openai>microsoft:s", "openai>tesla:s", "tesla>microsoft:s", "tesla>openai:s"}},
		{"X और Z ने Y के साथ करार किया: every pair", "गूगल और रिलायंस ने मेटा के साथ करार किया।",
			[]string{"google>meta:s", "google>reliance:s", "meta>google:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"talks toward a tie: none", "माइक्रोसॉफ्ट और टेस्ला ओपनएआई के साथ साझेदारी पर बातचीत कर रहे हैं।", nil},
		// tagNoun: attack, threat and praise nouns as colon/dash labels.
		{"X की फटकार: …", "हैरिस की फटकार: ट्रंप ने लोकतंत्र को कमजोर किया || ",
			[]string{"kamala-harris>donald-trump:h"}},
		{"X की चुटकी- …", "नडेला की चुटकी- गूगल अब भी पीछे चल रहा है || ",
			[]string{"satya-nadella>google:h"}},
		{"X की शुभकामनाएं: …", "मोदी की शुभकामनाएं: ट्रंप का कार्यकाल सफल रहे || ",
			[]string{"narendra-modi>donald-trump:s"}},
		{"a label noun owned by no one before the colon: no speaker", "फटकार: ट्रंप ने लोकतंत्र को कमजोर किया || ", nil},
		// threatWords17: a threat's future words fall on the owner they name.
		{"X ने धमकी दी कि वह Y की कंपनियों के ठेके खत्म कर देंगे", "ट्रंप ने धमकी दी कि वह मस्क की कंपनियों के ठेके खत्म कर देंगे।",
			[]string{"donald-trump>elon-musk:h"}},
		{"X की धमकी: Y की कंपनियों की सब्सिडी बंद कर दूंगा", "ट्रंप की धमकी: मस्क की कंपनियों की सब्सिडी बंद कर दूंगा || ",
			[]string{"donald-trump>elon-musk:h"}},
		{"X की धमकी- Y के ठेके रद्द कर देंगे", "राहुल गांधी की धमकी- गौतम अडानी की कंपनियों के ठेके रद्द कर देंगे || ",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"a warning of what may befall Y's things: no threat to Y", "ट्रंप ने चेतावनी दी कि मस्क की कंपनियों का मुनाफा घट सकता है।", nil},
		{"a threat with its own addressee: the addressee", "ट्रंप ने यूरोप को धमकी दी कि वह मस्क की कंपनियों पर जुर्माना लगाने पर जवाबी शुल्क लगाएंगे।", nil},
		{"a threat asked: none", "क्या ट्रंप ने धमकी दी कि वह मस्क की कंपनियों के ठेके खत्म कर देंगे?", nil},
		// pattern.matchIn: a verb stem bare before an aspect auxiliary.
		{"Y पर बरस रहे हैं", "एलन मस्क सैम ऑल्टमैन पर बरस रहे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y पर भड़क गए", "डोनाल्ड ट्रंप एलन मस्क पर भड़क गए।",
			[]string{"donald-trump>elon-musk:h"}},
		{"Y को कोस रहे हैं", "डोनाल्ड ट्रंप कमला हैरिस को कोस रहे हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"Y को जमकर कोस डाला", "डोनाल्ड ट्रंप ने कमला हैरिस को जमकर कोस डाला।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"Y को निशाना बना रहे हैं", "राहुल गांधी लगातार नरेंद्र मोदी को निशाना बना रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a possibility (सक-) is no aspect", "एलन मस्क सैम ऑल्टमैन पर बरस सकते हैं।", nil},
		{"the stem negated", "एलन मस्क सैम ऑल्टमैन पर नहीं बरस रहे हैं।", nil},
		{"the stem asked", "क्या एलन मस्क सैम ऑल्टमैन पर बरस रहे हैं?", nil},
		{"बरस the noun (years) before रहे", "एलन मस्क ने कहा कि सैम ऑल्टमैन के पास अब दो बरस रहे हैं।", nil},
		// निवेश gen_source: the nominal headline of an investment.
		{"X का Y में निवेश", "सॉफ्टबैंक का ओपनएआई में 40 अरब डॉलर का निवेश || ",
			[]string{"softbank>openai:s"}},
		{"X का निवेश with no one invested in: none", "सॉफ्टबैंक का भारत में 20 अरब डॉलर निवेश || ", nil},
		{"Y में X का निवेश … पहुंचा", "ओपनएआई में माइक्रोसॉफ्ट का निवेश 13 अरब डॉलर तक पहुंचा।",
			[]string{"microsoft>openai:s"}},
		{"X के निवेश की योजना: a plan, none", "सॉफ्टबैंक की ओपनएआई में निवेश की योजना पर बातचीत चल रही है।", nil},
		// Silent: negated, asked, to come.
		{"negated across the venue", "राहुल गांधी ने नरेंद्र मोदी की संसद में आलोचना नहीं की।", nil},
		{"asked across the venue", "क्या राहुल गांधी ने नरेंद्र मोदी की संसद में तारीफ की?", nil},
		{"future across the venue", "राहुल गांधी कल नरेंद्र मोदी की संसद में आलोचना करेंगे।", nil},
		// The possessed noun's postposition: read as before.
		{"Y's own act in में: Y is its doer", "सैम ऑल्टमैन ने कहा कि मार्क जुकरबर्ग का विज्ञान में योगदान अद्भुत है।",
			[]string{"sam-altman>mark-zuckerberg:s"}},
		{"the terms of a deal questioned: read as before", "सॉफ्टबैंक ने ओपनएआई में निवेश की शर्तों पर सवाल उठाए।",
			[]string{"softbank>openai:h"}},
		{"Y की मौजूदगी में Z की तारीफ: Z", "एलन मस्क ने सैम ऑल्टमैन की मौजूदगी में मार्क जुकरबर्ग की तारीफ की।",
			[]string{"elon-musk>mark-zuckerberg:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
