package work

import (
	"testing"
	"time"
)

// TestSession11FreshQ: constructions from the study of the misses on the
// business file written blind in session 11 (dev-outlets-q). Sentences are
// our own. "head || body" splits a headline from its body.
func TestSession11FreshQ(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// readTieValued: a party valuing its tie with Y (SCHEMA: the
		// speaker's supportive stance towards Y only).
		{"content clause, adjective before the tie noun", "सत्या नडेला ने कहा कि कंपनी का ओपनएआई के साथ लंबा और भरोसेमंद रिश्ता रहा है।",
			[]string{"satya-nadella>openai:s"}},
		{"owner genitive, endurance verb in the future", "लैरी एलिसन ने कहा कि ओरेकल का ओपनएआई से रिश्ता लंबा चलेगा।",
			[]string{"larry-ellison>openai:s"}},
		{"को … बताया with a value word, owner is the speaker's company", "सुंदर पिचाई ने रिलायंस के साथ गूगल की साझेदारी को बेहद अहम बताया।",
			[]string{"sundar-pichai>reliance:s"}},
		{"की सराहना of the tie, feminine chief's company", "मुकेश अंबानी ने गूगल के साथ रिलायंस के पुराने करार की भी सराहना की।",
			[]string{"mukesh-ambani>google:s"}},
		{"superlative size is not value: a deal done stays the companies'", "मासायोशी सोन ने कहा कि ओरेकल के साथ हुआ सौदा सॉफ्टबैंक का सबसे बड़ा करार है।",
			[]string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"headline, दिया करार and code-mixed value", "नडेला बोले- ओपनएआई के साथ पार्टनरशिप सक्सेसफुल रही || ",
			[]string{"satya-nadella>openai:s"}},
		{"plural relations, value after", "गौतम अडानी ने कहा कि सॉफ्टबैंक से उनके संबंध बेहद गहरे हैं।",
			[]string{"gautam-adani>softbank:s"}},
		{"value after an 'and' and an adverb", "लैरी एलिसन ने कहा कि माइक्रोसॉफ्ट से ओरेकल का करार दो साल पुराना है और अब और बेहतर होगा।",
			[]string{"larry-ellison>microsoft:s", "microsoft>oracle:s", "oracle>microsoft:s"}},
		{"value far after the noun, in the same clause", "गौतम अडानी ने कहा कि गूगल के साथ साझेदारी पिछले तीन साल में समूह के लिए सबसे फायदेमंद रही है।",
			[]string{"gautam-adani>google:s"}},
		{"second verb joined by और shares the first one's agent", "मासायोशी सोन ने ऑल्टमैन की तारीफ की और ओरेकल के साथ सॉफ्टबैंक के करार को फायदेमंद बताया।",
			[]string{"masayoshi-son>oracle:s", "masayoshi-son>sam-altman:s"}},
		// Rows the rule must leave alone.
		{"a second verb with its own agent, a third party's tie", "सुंदर पिचाई ने बैठक की और नरेंद्र मोदी ने रिलायंस के साथ गूगल की साझेदारी को अहम बताया।", nil},
		{"an 'and' with no value word after it ends the reach", "लैरी एलिसन ने कहा कि माइक्रोसॉफ्ट से ओरेकल का करार दो साल पुराना है और बाजार अच्छा है।",
			[]string{"microsoft>oracle:s", "oracle>microsoft:s"}},
		{"negated value", "सत्या नडेला ने कहा कि ओपनएआई के साथ करार फायदेमंद नहीं रहा।", nil},
		{"talks about the tie", "लैरी एलिसन ने कहा कि ओपनएआई के साथ करार पर बातचीत अहम है।", nil},
		{"tie with no value word", "सुंदर पिचाई ने कहा कि रिलायंस के साथ करार की शर्तें अभी तय होनी हैं।", nil},
		{"a value word after a comma belongs to another clause", "सत्या नडेला ने ओपनएआई के साथ साझेदारी की शर्तें बताईं, बाजार मजबूत रहा।", nil},
		{"a broken tie", "लैरी एलिसन ने कहा कि ओपनएआई के साथ अच्छा रिश्ता अब टूट गया।", nil},
		{"question", "क्या सत्या नडेला ओपनएआई के साथ साझेदारी को सफल मानते हैं?", nil},
		// namedVentureQ11: the tracked deal named as the venture set up
		// together is not a third party acted on (readJoint).
		{"deal name + नाम से + venture, announced", "ओरेकल ने बुधवार को सॉफ्टबैंक के साथ मिलकर स्टारगेट नाम से एक नई कंपनी बनाने की घोषणा की।",
			[]string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"deal name + नामक, three members", "ओपनएआई, ओरेकल और सॉफ्टबैंक ने मिलकर 'स्टारगेट' नामक उपक्रम बनाया।",
			[]string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		// readInvestorIs: an investor noun said of X with its investee Y
		// (SCHEMA: "X, Y का सबसे बड़ा निवेशक है" counts, also background).
		{"X, Y का सबसे बड़ा निवेशक है", "माइक्रोसॉफ्ट, ओपनएआई की सबसे बड़ी निवेशक है।",
			[]string{"microsoft>openai:s"}},
		{"Y में X और Z (पहले से) निवेशक हैं, past", "रिलायंस में गूगल और मेटा पहले से बड़े निवेशक थे।",
			[]string{"google>reliance:s", "meta>reliance:s"}},
		{"निवेशकों में से एक है, code-mixed noun", "सॉफ्टबैंक ओपनएआई के सबसे बड़े इन्वेस्टरों में से एक है।",
			[]string{"softbank>openai:s"}},
		{"investor role naming the speaker is no stance", "ओपनएआई के शुरुआती निवेशकों में शामिल एलन मस्क ने कहा कि कंपनी बदल गई है।", nil},
		{"investors of Y, no tracked investor", "ओपनएआई के निवेशक माइक्रोसॉफ्ट के फैसले का इंतजार कर रहे हैं।", nil},
		{"negated", "माइक्रोसॉफ्ट ओपनएआई की निवेशक नहीं है।", nil},
		{"an early investor is a past role", "रीड हॉफमैन ओपनएआई के शुरुआती इन्वेस्टरों में थे।", nil},
		{"a deal's investors are its members: background", "स्टारगेट में ओरेकल बड़ा निवेशक है।", nil},
		// readPerfectInvestor: money already placed in Y, told in a perfect
		// participle before its investor X, whatever X's role.
		{"Y में N लगा चुकी X को (dative X)", "ओपनएआई में दस अरब डॉलर लगा चुकी माइक्रोसॉफ्ट को बोर्ड के फैसले की खबर देर से मिली।",
			[]string{"microsoft>openai:s"}},
		{"झोंक चुके X से, masculine plural", "रिलायंस में हजारों करोड़ रुपये झोंक चुके गूगल से विश्लेषकों ने सवाल पूछे।",
			[]string{"google>reliance:s"}},
		{"a perfect participle with no sum is left", "ओपनएआई में दिलचस्पी दिखा चुकी माइक्रोसॉफ्ट को खबर देर से मिली।", nil},
		{"a tracked third acted on together is no venture", "सॉफ्टबैंक और ओरेकल ने मिलकर मेटा पर मुकदमा किया।",
			[]string{"oracle>meta:h", "softbank>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11FreshQScreen: every tie noun of tieNounQ11 is screened by
// swSchema11 or swTieQ11 (else readTieValued would skip sentences with
// only that noun).
func TestSession11FreshQScreen(t *testing.T) {
	bits := screenBits()
	n := 0
	for _, w := range []string{"साझेदारी", "साझेदारियों", "करार", "समझौता", "समझौते", "गठजोड", "गठबंधन", "डील", "सौदा", "सौदे", "अनुबंध",
		"रिश्ता", "रिश्ते", "रिश्तों", "संबंध", "संबंधों", "सहयोग", "पार्टनरशिप", "partnership", "tie-up", "टाई-अप"} {
		if !tieNounQ11(w) {
			t.Errorf("%q: not a tie noun any more; update this list", w)
			continue
		}
		n++
		if bits[w]&(swSchema11|swTieQ11) == 0 {
			t.Errorf("%q is a tie noun but not screened", w)
		}
	}
	if n < 10 {
		t.Fatalf("only %d tie nouns checked", n)
	}
	for _, w := range []string{"निवेशक", "निवेशकों", "इन्वेस्टर", "इन्वेस्टरों", "investor", "investors", "फंडर", "फाइनेंसर"} {
		if !investorNounQ11(w) {
			t.Errorf("%q: not an investor noun any more; update this list", w)
		} else if bits[w]&swInvestQ11 == 0 {
			t.Errorf("%q is an investor noun but not screened", w)
		}
	}
}
