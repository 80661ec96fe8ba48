package work

import (
	"testing"
	"time"
)

// TestSession10Fresh: rules from the study of the misses on the two files
// written blind in session 10. Each rule has positive rows and rows it
// must leave alone. "head || body" splits a headline from its body.
func TestSession10Fresh(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// readJoint, jointActWord: making or launching something
		// together (बनाया, लाने, उतारा; मंच, ऐप, फोन) is a venture.
		{"X, Y और Z ने मिलकर … ऐप बनाया", "मेटा, गूगल और रिलायंस ने मिलकर किसानों के लिए एक ऐप बनाया है।",
			[]string{"google>meta:s", "google>reliance:s", "meta>google:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"X और Y ने साथ मिलकर … लाने का एलान", "ओरेकल और ओपनएआई ने साथ मिलकर नया कोडिंग टूल लाने का एलान किया।",
			[]string{"openai>oracle:s", "oracle>openai:s"}},
		{"headline: X और Y ने मिलकर उतारा …", "माइक्रोसॉफ्ट और ओपनएआई ने मिलकर उतारा नया सर्च इंजन || ",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"making together is no venture when negated", "गूगल और मेटा ने मिलकर कोई ऐप नहीं बनाया है।", nil},
		{"a joint suit against a tracked third stays a suit, no alliance", "गूगल और मेटा ने मिलकर ओपनएआई पर मुकदमा किया और नया मंच बनाया।",
			[]string{"google>openai:h", "meta>openai:h"}},
		{"a joint call is no venture", "गूगल और मेटा ने मिलकर नियमों की मांग उठाई।", nil},
		// jointRelative: the partners named in a relative clause that
		// describes the venture being formed.
		{"…, जिसमें X, Y और Z मिलकर उपक्रम बना रहे हैं", "राष्ट्रपति ने एक परियोजना का ऐलान किया, जिसमें ओरेकल, ओपनएआई और सॉफ्टबैंक मिलकर एक नया उपक्रम बना रहे हैं।",
			[]string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"a venture told as history in the relative clause is background", "यह वही परियोजना है, जिसमें ओरेकल और ओपनएआई मिलकर उपक्रम बना रहे थे।", nil},
		// jointSpeakerParty: a party, or its chief, telling its own
		// venture in reported words.
		{"X के सीईओ ने कहा कि X और Y मिलकर … ला रहे हैं", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने कहा कि माइक्रोसॉफ्ट और ओपनएआई मिलकर एक सस्ता लैपटॉप लाने पर काम कर रहे हैं।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"a bystander's account of a venture is not asserted", "राहुल गांधी ने कहा कि अडानी समूह और रिलायंस मिलकर बंदरगाह बना रहे हैं।", nil},
		// moods: a yes-no question with no क्या about a refusal asks
		// about it; it does not say it.
		{"headline: Y के साथ काम नहीं करेगी X?", "रिलायंस के साथ काम नहीं करेगा माइक्रोसॉफ्ट? || ", nil},
		{"body: X अब Y के साथ काम नहीं करेगी?", "तो क्या हुआ? ओरेकल अब सॉफ्टबैंक के साथ काम नहीं करेगी?", nil},
		{"the same refusal said is hostile", "रिलायंस के साथ काम नहीं करेगा माइक्रोसॉफ्ट || ", []string{"microsoft>reliance:h"}},
		{"a wh-question keeps its negation", "माइक्रोसॉफ्ट ने कहा कि वह रिलायंस के साथ काम नहीं करेगा, क्यों?", []string{"microsoft>reliance:h"}},
		// dropTitleNouns: "Y के (सबसे बड़े) निवेशक Z" before a name is a
		// title of Z, not the agent's funding of Y.
		// (Session 25: Y shares Z's पर — "X और कंपनी के … Z" is a
		// conjunct described by its tie to Y, appositiveDescr25 — so the
		// suit is against both; still no funding stance Z → Y.)
		{"X ने Y और कंपनी के सबसे बड़े निवेशक Z पर मुकदमा", "एलन मस्क ने ओपनएआई और कंपनी के प्रमुख निवेशक माइक्रोसॉफ्ट पर मुकदमा दायर किया है।",
			[]string{"elon-musk>microsoft:h", "elon-musk>openai:h"}},
		{"the investor said as the predicate still funds", "सॉफ्टबैंक ओपनएआई का सबसे बड़ा निवेशक है।", []string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
