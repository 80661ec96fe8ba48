package work

import (
	"testing"
	"time"
)

// TestWFP223VerblessSoon: a headline's verbless part that puts its news
// "soon" (जल्द, जल्दी, शीघ्र) tells of an act still ahead; the deal or tie
// is not yet made. A verbless part without it is news; "जल्द" in another
// part of the headline is that part's.
func TestWFP223VerblessSoon(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deal soon, hearsay after the comma", "मेटा और रिलायंस के बीच बड़ा करार जल्द, बाजार में चर्चा || ", nil},
		{"soon first, then the partnership", "जल्द ही गूगल और अडानी समूह में साझेदारी: रिपोर्ट || ", nil},
		{"शीघ्र, a merger of two companies", "ओरेकल-सॉफ्टबैंक गठबंधन शीघ्र || ", nil},
		{"जल्दी, a pact in a dashed headline", "माइक्रोसॉफ्ट-ओपनएआई नया समझौता जल्दी - सूत्र || ", nil},
		{"control: a verbless deal is news", "मेटा और रिलायंस के बीच बड़ा करार, बाजार में चर्चा || ", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"control: soon in the other part", "गूगल और मेटा के बीच करार, जल्द नए उपकरण || ", []string{"google>meta:s", "meta>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP223PartyInOwnPart: a relation frame's parties stay in its own
// part of the clause; a name after a comma that is the object of a later
// verb of its own ("…, Y को फिर बताया …") is no side of it.
func TestWFP223PartyInOwnPart(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"differences ended, then another mocked", "नरेंद्र मोदी बोले- डोनाल्ड ट्रंप से मतभेद खत्म, राहुल गांधी को फिर कहा 'नासमझ' || ", []string{"narendra-modi>donald-trump:s", "narendra-modi>rahul-gandhi:h"}},
		{"rift over, then another attacked", "सैम ऑल्टमैन बोले- सत्या नडेला से मतभेद खत्म, एलन मस्क पर फिर साधा निशाना || ", []string{"sam-altman>elon-musk:h", "sam-altman>satya-nadella:s"}},
		{"differences ended, then another's policies praised", "गौतम अडानी ने कहा- राहुल गांधी से मतभेद खत्म, नरेंद्र मोदी की नीतियों को बताया अच्छा || ", []string{"gautam-adani>narendra-modi:s", "gautam-adani>rahul-gandhi:s"}},
		{"control: the partner after a comma without a verb of its own", "मतभेद खत्म, डोनाल्ड ट्रंप और एलन मस्क फिर साथ || ", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP223DisputedDeal: a hyphenated pair that names a deal, with the
// deal said to be disputed ("X-Y समझौता फिर विवादों में"), is no quarrel
// of the two; a quarrel noun written straight onto the pair still is.
func TestWFP223DisputedDeal(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the deal back in dispute: the deal is presupposed, no quarrel", "गूगल-ट्रंप करार एक बार फिर विवादों में || ", []string{"donald-trump>google:s", "google>donald-trump:s"}},
		{"the deal under dispute, a body without a quarrel", "अडानी-गूगल सौदा विवाद में || दोनों कंपनियों ने पिछले साल यह सौदा किया था।", nil},
		{"the pact caught in a row", "रिलायंस-मेटा समझौता नए झगड़े में फंसा || ", nil},
		// विवाद never gives a stance (SCHEMA's session-26 ruling, rule
		// 7); a quarrel noun does (session 27).
		{"control: the pair's own dispute", "एलन मस्क और सैम ऑल्टमैन के बीच विवाद फिर गहराया || ", nil},
		{"control: the pair's own quarrel", "एलन मस्क और सैम ऑल्टमैन के बीच टकराव फिर गहराया || ", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestWFP223DealPointedBack: after a deal is ended, "दोनों … यह करार"
// points back to that deal; it is no alliance formed. A deal with its
// pair written onto it ("X और Y की यह साझेदारी") stays.
func TestWFP223DealPointedBack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"ended, then the deal recalled", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपना समझौता तोड़ दिया। दोनों कंपनियों के बीच यह समझौता 2023 से लागू था।", []string{"microsoft>openai:h"}},
		{"ended, the pact of both recalled", "सॉफ्टबैंक ने ओरेकल से अपना अनुबंध रद्द कर दिया। दोनों के बीच यह अनुबंध बड़ी सुर्खियों में रहा था।", []string{"softbank>oracle:h"}},
		{"ended, उस deal of both", "गूगल ने मेटा के साथ विज्ञापन करार खत्म कर दिया। दोनों का वह करार पिछले साल सुर्खियों में था।", []string{"google>meta:h"}},
		{"control: the pair named on the deal", "मेटा और रिलायंस की यह साझेदारी नई है। || ", []string{"meta>reliance:s", "reliance>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
