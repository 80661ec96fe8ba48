package work

import (
	"testing"
	"time"
)

// TestSession18Precision: stances the engine asserted on the dev files
// that the gold and SCHEMA do not have (session 18, PRECISION helper),
// read by family. Each rule has rows where it fires and rows where it
// must not.
func TestSession18Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Someone's report, statement or news item called only false
		// (गलत, भ्रामक, बेबुनियाद, निराधार) is denied, as a charge is:
		// no stance on its maker (SCHEMA: rejecting or denying a charge).
		{"X ने Y की रिपोर्ट को भ्रामक बताया", "मेटा ने एक्सियोस की ताजा रिपोर्ट को भ्रामक बताया।", nil},
		{"X ने Y के उस बयान को गलत बताया, जिसमें …", "गूगल ने डोनाल्ड ट्रंप के उस बयान को गलत बताया, जिसमें कंपनी पर पक्षपात की बात कही गई थी।", nil},
		{"X ने Y की खबरों को बेबुनियाद बताया", "ओपनएआई ने एक्सियोस की उन खबरों को बेबुनियाद बताया।", nil},
		{"X ने Y की टिप्पणी को निराधार करार दिया", "अडानी समूह ने राहुल गांधी की टिप्पणी को निराधार करार दिया।", nil},
		// Must not fire: the words judged, not called untrue; a lie
		// (an attack on the author); the maker himself called wrong.
		{"X ने Y के बयान को शर्मनाक बताया stays hostile", "गूगल ने डोनाल्ड ट्रंप के बयान को शर्मनाक बताया।", []string{"google>donald-trump:h"}},
		{"X ने Y की रिपोर्ट को झूठा बताया stays hostile", "मेटा ने एक्सियोस की रिपोर्ट को झूठा बताया।", []string{"meta>axios:h"}},
		// (Session 27, SCHEMA ruling rule 2: a denial; claims27.go.)
		{"X ने Y को गलत बताया is a denial", "गूगल ने डोनाल्ड ट्रंप को गलत बताया।", nil},

		// A tie in force called good ("Y के साथ (Z के) रिश्ते को 'सबसे
		// कामयाब साझेदारी' बताया") or said to matter ("Y के साथ साझेदारी Z
		// के लिए … सबसे अहम है") is affirmed: the speaker's stance towards
		// Y only, no alliance formed (SCHEMA: affirming an existing
		// partnership).
		{"X ने Y के साथ Z के रिश्ते को कामयाब साझेदारी बताया", "मासायोशी सन ने ओपनएआई के साथ सॉफ्टबैंक के रिश्ते को बेहद कामयाब साझेदारी बताया।", []string{"masayoshi-son>openai:s"}},
		{"X ने कहा कि Y के साथ साझेदारी Z के लिए … सबसे अहम है", "मुकेश अंबानी ने कहा कि गूगल के साथ क्लाउड साझेदारी रिलायंस के लिए इस दशक में सबसे अहम है।", []string{"mukesh-ambani>google:s"}},
		// Must not fire: a tie made, or carried further by a decision.
		{"X ने Y के साथ नई साझेदारी की stays both ways", "सॉफ्टबैंक ने ओपनएआई के साथ नई साझेदारी की।", []string{"openai>softbank:s", "softbank>openai:s"}},
		{"X ने Y के साथ साझेदारी को आगे बढ़ाने का फैसला किया stays both ways", "सॉफ्टबैंक ने ओपनएआई के साथ साझेदारी को आगे बढ़ाने का फैसला किया।", []string{"openai>softbank:s", "softbank>openai:s"}},

		// An organisation's genitive right before the person tied to it
		// ("ओपनएआई के सैम ऑल्टमैन", "गूगल के सुंदर पिचाई") identifies him:
		// the organisation is no doer of the clause's act; the speaker is.
		{"X ने कहा कि Z के Y पर भरोसा नहीं किया जा सकता", "निगेल फराज ने कहा कि मेटा के मार्क जुकरबर्ग पर भरोसा नहीं किया जा सकता।", []string{"nigel-farage>mark-zuckerberg:h"}},
		{"एक विश्लेषक ने कहा कि Z के Y की आलोचना होनी चाहिए", "एक विश्लेषक ने कहा कि माइक्रोसॉफ्ट के सत्या नडेला की आलोचना होनी चाहिए।", nil},
		// Must not fire: का agrees with the noun after the name (Z's
		// trust in Y); a person's genitive is his own act.
		{"Z का Y पर भरोसा नहीं रहा stays Z's", "बोर्ड बैठक के बाद ओपनएआई का सैम ऑल्टमैन पर भरोसा नहीं रहा।", []string{"openai>sam-altman:h"}},
		{"X के Y पर हमले stays X's", "एलन मस्क के सैम ऑल्टमैन पर हमले जारी हैं।", []string{"elon-musk>sam-altman:h"}},

		// Questions raised by Y with no object ("Y ने कई सवाल उठाए"),
		// told in X's words, are no charge X makes against Y.
		{"X ने कहा कि Y ने सदन में कई गंभीर सवाल उठाए हैं", "नरेंद्र मोदी ने कहा कि राहुल गांधी ने सदन में कई गंभीर सवाल उठाए हैं।", nil},
		{"X ने कहा कि Y ने बैठक में कुछ सवाल उठाए", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने बैठक में कुछ सवाल उठाए।", nil},
		// (Read by the bare "सवाल" frame, not a report frame: only
		// questionRaised18 keeps these from the speaker's charge.)
		{"X ने कहा कि Y ने सदन में कई सवाल खड़े किए", "नरेंद्र मोदी ने कहा कि राहुल गांधी ने सदन में कई सवाल खड़े किए।", nil},
		{"X बोले- Y ने बैठक में कुछ गंभीर सवाल खड़े किए", "सत्या नडेला बोले- सैम ऑल्टमैन ने बैठक में कुछ गंभीर सवाल खड़े किए।", nil},
		// Must not fire: questions cast on something by Y's deed, or
		// dodged by Y, are charged; questions raised on Z are Y's.
		{"X ने कहा कि Y ने … की निष्पक्षता पर सवाल खड़े कर दिए stays", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने चुनाव की निष्पक्षता पर सवाल खड़े कर दिए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y सवालों से बचते रहे stays", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप पूरी बहस में सवालों से बचते रहे।", []string{"kamala-harris>donald-trump:h"}},
		{"Y ने Z पर सवाल उठाए stays Y's", "राहुल गांधी ने गौतम अडानी पर कई सवाल उठाए।", []string{"rahul-gandhi>gautam-adani:h"}},

		// A chief who says his organisation scorns, mocks or will not
		// work with Y speaks for himself (SCHEMA: only a spokesperson
		// speaks for the company), as one who says it backs Y does.
		{"X ने कहा कि Z (his company) Y के साथ कभी काम नहीं करेगा", "सुंदर पिचाई ने कहा कि गूगल ओपनएआई के साथ कभी काम नहीं करेगा।", []string{"sundar-pichai>openai:h"}},
		{"X ने कहा कि Z (his company) ने Y का मजाक उड़ाया है", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट ने गूगल का खुलकर मजाक उड़ाया है।", []string{"satya-nadella>google:h"}},
		// Must not fire: a suit stays the organisation's; a
		// spokesperson speaks for the company.
		{"X ने बताया कि Z ने Y पर मुकदमा दायर किया stays Z's", "सैम ऑल्टमैन ने बताया कि ओपनएआई ने एलन मस्क पर मुकदमा दायर किया है।", []string{"openai>elon-musk:h"}},
		{"Z के प्रवक्ता ने कहा कि कंपनी Y के साथ काम नहीं करेगी stays Z's", "ओपनएआई के प्रवक्ता ने कहा कि कंपनी एलन मस्क के साथ काम नहीं करेगी।", []string{"openai>elon-musk:h"}},

		// "X ने …, Z ने Y को घेरा": a comma and an untracked subject with
		// its own ने start a second clause; its act is not X's.
		{"X ने कीमतें बढ़ाईं, Z ने Y को घेरा", "गूगल ने कीमतें बढ़ाईं, कांग्रेस ने नरेंद्र मोदी को घेरा || ", nil},
		{"X ने नई नीति लागू की, Z W ने Y की आलोचना की", "मेटा ने नई नीति लागू की, विपक्षी सांसदों ने डोनाल्ड ट्रंप की आलोचना की।", nil},
		// Must not fire: no second ने; one doer goes on past the comma.
		{"X ने रविवार को, खुलकर Y की आलोचना की stays X's", "एलन मस्क ने रविवार को, खुलकर डोनाल्ड ट्रंप की आलोचना की।", []string{"elon-musk>donald-trump:h"}},

		// "X का दावा: Y और Z के बीच नोकझोंक" (Z untracked): a quarrel
		// whose बीच phrase names both sides is reported by X, who is
		// no side of it.
		{"X का दावा: Y और Z के बीच तीखी नोकझोंक", "एक्सियोस का दावा: बैठक में सैम ऑल्टमैन और बोर्ड सदस्य के बीच तीखी नोकझोंक || ", nil},
		// Must not fire: one side named, the speaker the other.
		{"X का दावा: Y के साथ तीखी नोकझोंक हुई stays X's", "एलन मस्क का दावा: सैम ऑल्टमैन के साथ तीखी नोकझोंक हुई || ", []string{"elon-musk>sam-altman:h"}},

		// An investor role after a genitive pronoun names the one after
		// it ("Y और उसकी सबसे बड़ी निवेशक X के बीच बातचीत"), as after a
		// genitive: no stance (SCHEMA: an investor role used to identify
		// someone).
		{"Y और उसकी सबसे बड़ी निवेशक X के बीच … बातचीत", "एक्सएआई और सॉफ्टबैंक के बीच नई शर्तों पर बातचीत || दुबई। एक्सएआई और उसकी सबसे बड़ी निवेशक सॉफ्टबैंक के बीच साझेदारी की शर्तें बदलने को लेकर बातचीत चल रही है।", nil},
		// Must not fire: the role as the clause's predicate.
		{"X, Y का सबसे बड़ा निवेशक है stays", "सॉफ्टबैंक, ओपनएआई का सबसे बड़ा निवेशक है।", []string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
