package work

import (
	"testing"
	"time"
)

// TestSession17Contrast: the contrast families (session 17, CONTRAST
// helper). Each rule has a row where it fires and a row where it must
// not.
func TestSession17Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A support noun left by से through a withdrawal frame ("Y में
		// निवेश से हाथ खींच लिए"), also past a genitive part of it ("के
		// दूसरे चरण से"); not past a time word ("निवेश के बाद …").
		{"X ने Y में निवेश से हाथ खींच लिए", "माइक्रोसॉफ्ट ने ओपनएआई में निवेश से हाथ खींच लिए।", []string{"microsoft>openai:h"}},
		{"X ने Y को दिए जाने वाले चंदे से हाथ खींच लिया", "लैरी एलिसन ने कमला हैरिस के अभियान को दिए जाने वाले चंदे से हाथ खींच लिया।", []string{"larry-ellison>kamala-harris:h"}},
		{"X ने Y में निवेश की तीसरी किस्त से हाथ खींच लिए", "माइक्रोसॉफ्ट ने ओपनएआई में निवेश की तीसरी किस्त से हाथ खींच लिए हैं।", []string{"microsoft>openai:h"}},
		{"X ने Y में निवेश के बाद मुनाफे से हाथ खींचा", "माइक्रोसॉफ्ट ने ओपनएआई में निवेश के बाद मुनाफे से हाथ खींच लिया।", nil},

		// An organisation's co-founder written with a hyphen ("ओरेकल के
		// सह-संस्थापक ने") is its head the story named, as "ओरेकल के
		// संस्थापक"; with no one tied to it named, nobody.
		{"X named; ओरेकल के सह-संस्थापक ने Y की तारीफ की", "लैरी एलिसन ने निवेशकों से बात की। ओरेकल के सह-संस्थापक ने ओपनएआई की तारीफ की।", []string{"larry-ellison>openai:s"}},
		{"Y named only; ओरेकल के सह-संस्थापक ने Y की तारीफ की", "सैम ऑल्टमैन ने निवेशकों से बात की। ओरेकल के सह-संस्थापक ने ओपनएआई की तारीफ की।", nil},

		// A claim noun whose genitive is its maker, judged right after
		// it in someone's words: a lie attacks the maker; baseless is a
		// denial, no stance (SCHEMA).
		{"X ने कहा कि Y का दावा सरासर झूठ है", "सत्या नडेला ने कहा कि सुंदर पिचाई का दावा सरासर झूठ है।", []string{"satya-nadella>sundar-pichai:h"}},
		{"X ने कहा कि Y का दावा झूठा है", "राहुल गांधी ने कहा कि नरेंद्र मोदी का दावा झूठा है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y का दावा बेबुनियाद है", "सत्या नडेला ने कहा कि सुंदर पिचाई का दावा बेबुनियाद है।", nil},

		// Money given or held back (readMoneyGiven): a part of it after
		// its genitive ("पूंजी का बड़ा हिस्सा जारी कर दिया / रोक लिया"),
		// and money for Y's investment ("Y में निवेश के दूसरे चरण की
		// रकम जारी कर दी"); not a में that is no investment's.
		{"X ने Y के लिए पूंजी का बड़ा हिस्सा जारी कर दिया", "माइक्रोसॉफ्ट ने स्टारगेट के लिए अपनी पूंजी का बड़ा हिस्सा जारी कर दिया।", []string{"microsoft>stargate:s"}},
		{"X ने Y के लिए पूंजी का बड़ा हिस्सा रोक लिया", "माइक्रोसॉफ्ट ने स्टारगेट के लिए तय पूंजी का बड़ा हिस्सा रोक लिया है।", []string{"microsoft>stargate:h"}},
		{"X ने Y में निवेश के दूसरे चरण की रकम जारी कर दी", "माइक्रोसॉफ्ट ने ओपनएआई में निवेश के दूसरे चरण की रकम जारी कर दी है।", []string{"microsoft>openai:s"}},
		{"X ने Y में बैठक के बाद रकम जारी कर दी", "माइक्रोसॉफ्ट ने ओपनएआई में बैठक के बाद अपनी रकम जारी कर दी।", nil},
		{"X ने Y के लिए पूंजी का बड़ा हिस्सा लौटा दिया", "माइक्रोसॉफ्ट ने स्टारगेट के लिए पूंजी का बड़ा हिस्सा लौटा दिया।", nil},

		// "नहीं, शुक्रिया" is a polite refusal, not thanks to the one
		// named after it; thanks alone after a comma still thank.
		{"'नहीं, धन्यवाद, पर हम Y को खरीद लेते हैं,' X ने लिखा", "'नहीं, धन्यवाद, पर हम एक्स को खरीद लेते हैं,' मार्क जुकरबर्ग ने लिखा।", nil},
		{"X ने लिखा, 'धन्यवाद, Y।'", "मार्क जुकरबर्ग ने लिखा, 'धन्यवाद, एलन मस्क।'", []string{"mark-zuckerberg>elon-musk:s"}},

		// Campaigning against Y (lexicon: खिलाफ प्रचार, and खिलाफ
		// अभियान/मुहिम with the khilaf phrase); for Y it is support;
		// negated, nothing.
		{"X ने Y के खिलाफ प्रचार करते हुए रैलियां कीं", "रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ प्रचार करते हुए दो रैलियां कीं।", []string{"reid-hoffman>donald-trump:h"}},
		{"X ने Y के खिलाफ अभियान चलाया", "राहुल गांधी ने गौतम अडानी के खिलाफ अभियान चलाया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"X ने Y के लिए प्रचार करते हुए रैलियां कीं", "रीड हॉफमैन ने कमला हैरिस के लिए प्रचार करते हुए दो रैलियां कीं।", []string{"reid-hoffman>kamala-harris:s"}},
		{"X ने Y के खिलाफ प्रचार नहीं किया", "रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ प्रचार नहीं किया।", nil},

		// Deserving one's support (lexicon), said no longer: support
		// taken back; said plainly: praise.
		{"X ने लिखा कि Y अब उनके समर्थन के हकदार नहीं रहे", "डोनाल्ड ट्रंप ने लिखा कि एलन मस्क अब उनके समर्थन के हकदार नहीं रहे।", []string{"donald-trump>elon-musk:h"}},
		{"X ने लिखा कि Y समर्थन के हकदार हैं", "डोनाल्ड ट्रंप ने लिखा कि एलन मस्क हमारे समर्थन के हकदार हैं।", []string{"donald-trump>elon-musk:s"}},
		{"X ने लिखा कि किसान समर्थन के हकदार हैं", "डोनाल्ड ट्रंप ने लिखा कि किसान हमारे समर्थन के हकदार हैं।", nil},

		// Held back by Y (lexicon: पीछे खींच-) in someone's words charges
		// Y; steps pulled back from Y stay a withdrawal; pulling oneself
		// back charges no one.
		{"'Y ने हमें पीछे खींचा है,' X ने कहा", "\"गूगल ने हमें कई बार पीछे खींचा है,\" सत्या नडेला ने कहा।", []string{"satya-nadella>google:h"}},
		{"X ने Y से कदम पीछे खींच लिए", "सॉफ्टबैंक ने ओपनएआई से अपने कदम पीछे खींच लिए।", []string{"softbank>openai:h"}},
		{"X ने कहा कि उन्होंने खुद को पीछे खींच लिया", "सत्या नडेला ने कहा कि उन्होंने खुद को पीछे खींच लिया।", nil},

		// A show put on (lexicon: दिखावा): what Y does called a show
		// judges Y; a show talked of in general judges no one.
		{"X ने कहा, 'Y जो कर रहे हैं वह सिर्फ दिखावा है।'", "सत्या नडेला ने कहा, 'सुंदर पिचाई जो कर रहे हैं वह सिर्फ दिखावा है।'", []string{"satya-nadella>sundar-pichai:h"}},
		{"X ने कहा कि दिखावा करने से कुछ नहीं होता", "सत्या नडेला ने निवेशकों से कहा कि दिखावा करने से कुछ नहीं होता।", nil},

		// Incomplete without Y ("Y के बिना यह कंपनी अधूरी है") is the
		// praise "Y के बिना … संभव नहीं"; a later अधूरा past another
		// phrase is not.
		{"X ने कहा, 'Y के बिना यह कंपनी अधूरी है।'", "माइक्रोसॉफ्ट ने कहा, \"सत्या नडेला के बिना यह कंपनी अधूरी है।\"", []string{"microsoft>satya-nadella:s"}},
		{"X ने कहा कि Y के बिना भी काम चलता है और योजना अधूरी है", "सत्या नडेला ने कहा कि ओपनएआई के बिना भी हमारा काम चलता है और योजना अधूरी है।", nil},

		// A quality named before the one it is found in ("… की हिम्मत
		// सिर्फ Y में है"), and the grit found in Y (lexicon: दम, the
		// praise "दम नहीं" denies); "Y के दम पर" is no judgement.
		{"X ने लिखा कि N की हिम्मत सिर्फ Y में है", "डोनाल्ड ट्रंप ने लिखा कि देश को बचाने की हिम्मत सिर्फ एलन मस्क में है।", []string{"donald-trump>elon-musk:s"}},
		{"X ने लिखा कि N का दम सिर्फ Y में है", "डोनाल्ड ट्रंप ने लिखा कि अमेरिका को बचाने का दम सिर्फ एलन मस्क में है।", []string{"donald-trump>elon-musk:s"}},
		{"Y के दम पर पार्टी जीती", "एलन मस्क के दम पर पार्टी चुनाव जीती।", nil},
		{"X ने लिखा कि हिम्मत की कमी Y में है", "डोनाल्ड ट्रंप ने लिखा कि हिम्मत की कमी एलन मस्क में है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
