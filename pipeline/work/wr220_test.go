package work

import (
	"testing"
	"time"
)

// TestSession20WR2: withdrawal and rupture families (session 20, WR2
// helper). Each rule has rows where it fires and rows where it must not.
func TestSession20WR2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A negated act said only under a condition (अगर/यदि … तो …) is
		// hypothetical, not negated: money or work refused on a
		// condition is no asserted withdrawal (mood.go). A concessive
		// condition (… तो भी, फिर भी) still asserts its consequent.
		{"c1", "एलन मस्क ने कहा कि अगर शर्तें नहीं बदलीं तो वह डोनाल्ड ट्रंप को चंदा नहीं देंगे।", nil},
		{"c2", "एलन मस्क ने कहा कि अगर शर्तें नहीं बदलीं, तो वह डोनाल्ड ट्रंप को एक पैसा भी नहीं देंगे।", nil},
		{"c3", "सॉफ्टबैंक ने कहा कि अगर ओपनएआई ने ढांचा नहीं बदला तो वह उसमें निवेश नहीं करेगा।", nil},
		{"c4", "मासायोशी सन ने कहा कि यदि ओपनएआई मुनाफे वाली कंपनी नहीं बनी तो सॉफ्टबैंक उसमें पैसा नहीं लगाएगा।", nil},
		{"c5", "सत्या नडेला ने कहा कि अगर ओपनएआई ने शर्तें नहीं मानीं तो वे उसके साथ काम नहीं करेंगे।", nil},
		{"c6", "रीड हॉफमैन ने कहा कि वह कमला हैरिस के अभियान को अब पैसा नहीं देंगे।", []string{"reid-hoffman>kamala-harris:h"}},
		{"c7", "एलन मस्क ने कहा कि अगर ट्रंप हार भी गए तो भी वह उनका साथ नहीं छोड़ेंगे।", []string{"elon-musk>donald-trump:s"}},
		{"c8", "सॉफ्टबैंक ने कहा कि वह अब ओपनएआई में निवेश नहीं करेगा।", []string{"softbank>openai:h"}},
		// A tie or support suspended, frozen, put on hold or paused
		// (flippers निलंबित, स्थगित, फ्रीज, होल्ड पर, विराम दे-) is ended:
		// before, "साझेदारी निलंबित कर दी" read as the tie itself (the
		// frame "निलंबित कर-" that suspends a person stood on the
		// flipper; suspendTie20). A phrase of time or manner may stand
		// between (अस्थायी रूप से, तत्काल प्रभाव से: midway15). Hostile
		// acts suspended and a hearing adjourned: unchanged.
		{"f1", "ओपनएआई ने माइक्रोसॉफ्ट के साथ अपनी साझेदारी निलंबित कर दी।", []string{"openai>microsoft:h"}},
		{"f2", "गूगल ने रिलायंस के साथ अपनी पार्टनरशिप अस्थायी रूप से निलंबित कर दी है।", []string{"google>reliance:h"}},
		{"f3", "सॉफ्टबैंक ने ओपनएआई में अपना निवेश स्थगित कर दिया।", []string{"softbank>openai:h"}},
		{"f4", "मेटा ने रिलायंस के साथ करार तत्काल प्रभाव से खत्म कर दिया।", []string{"meta>reliance:h"}},
		{"f5", "ओरेकल ने ओपनएआई के साथ सहयोग को विराम दे दिया।", []string{"oracle>openai:h"}},
		{"f6", "ओपनएआई के बोर्ड ने सैम ऑल्टमैन को निलंबित कर दिया।", []string{"openai>sam-altman:h"}},
		{"f7", "अदालत ने एलन मस्क के ओपनएआई पर मुकदमे की सुनवाई स्थगित कर दी।", []string{"elon-musk>openai:h"}},
		{"f8", "मेटा ने रिलायंस के साथ करार किया और पुराने सर्वर निलंबित कर दिए।", []string{"meta>reliance:s", "reliance>meta:s"}},
		// A suspension denied leaves the tie affirmed, in the speaker's words.
		{"f9", "ओपनएआई ने कहा कि वह माइक्रोसॉफ्ट के साथ साझेदारी निलंबित नहीं करेगी।", []string{"openai>microsoft:s"}},
		{"f10", "एलन मस्क और सैम ऑल्टमैन ने अपने विवाद को विराम दे दिया।", nil},
		// A tie not renewed, not carried on, not taken further: tie nouns
		// (code-mixed too) × नवीनीकरण/रिन्यू/जारी/आगे नहीं, one family.
		{"r1", "रिलायंस ने मेटा के साथ साझेदारी का नवीनीकरण नहीं किया।", []string{"reliance>meta:h"}},
		{"r2", "माइक्रोसॉफ्ट ने ओपनएआई के साथ करार का नवीनीकरण नहीं किया।", []string{"microsoft>openai:h"}},
		{"r3", "ओरेकल ने एक्सएआई के साथ अपना कॉन्ट्रैक्ट रिन्यू नहीं किया।", []string{"oracle>xai:h"}},
		{"r4", "माइक्रोसॉफ्ट ने ओपनएआई के साथ साझेदारी जारी नहीं रखने का फैसला किया।", []string{"microsoft>openai:h"}},
		{"r5", "गूगल ने रिलायंस के साथ अपनी डील जारी नहीं रखने का फैसला किया।", []string{"google>reliance:h"}},
		{"r6", "ओरेकल ने एक्सएआई के साथ अपना करार रिन्यू कर दिया।", []string{"oracle>xai:s", "xai>oracle:s"}},
		{"r7", "क्या ओरेकल एक्सएआई के साथ अपनी डील रिन्यू नहीं करेगी?", nil},
		// Ads pulled from a platform: a break with the company
		// (platformAdsPulled20 makes "एक्स पर" the company only when a
		// flipper ends the ads); ads placed, or posting on X, nothing.
		{"a1", "माइक्रोसॉफ्ट ने एक्स पर अपने सभी विज्ञापन तत्काल प्रभाव से रोक दिए हैं।", []string{"microsoft>x-corp:h"}},
		{"a2", "गूगल ने एक्स पर विज्ञापन देना बंद कर दिया।", []string{"google>x-corp:h"}},
		{"a3", "मेटा ने एक्स से अपने विज्ञापन हटा लिए।", []string{"meta>x-corp:h"}},
		{"a4", "माइक्रोसॉफ्ट ने एक्स पर विज्ञापन दिए।", nil},
		{"a5", "सत्या नडेला ने एक्स पर लिखा कि कंपनी अपने विज्ञापन बजट की समीक्षा कर रही है।", nil},
		// An arrangement with Y ended (व्यवस्था under के साथ only).
		{"v1", "इसके साथ ही ओपनएआई ने माइक्रोसॉफ्ट के साथ अपनी विशेष क्लाउड व्यवस्था खत्म कर दी।", []string{"openai>microsoft:h"}},
		{"v2", "राहुल गांधी ने कहा कि नरेंद्र मोदी के राज में कानून व्यवस्था खत्म हो गई है।", nil},
		// Staying with Y (साथ बने रहने/रहेंगे): a tie kept, the one who
		// stays → Y; "देश के साथ" names nobody; a question asks.
		{"b1", "रिलायंस ने इस संयुक्त बोली में अडानी समूह के साथ बने रहने का फैसला किया है।", []string{"reliance>adani-group:s"}},
		{"b2", "नाइजल फराज ने कहा कि वे एलन मस्क के साथ बने रहेंगे।", []string{"nigel-farage>elon-musk:s"}},
		{"b3", "मुकेश अंबानी ने कहा कि वह हमेशा देश के साथ बने रहेंगे।", nil},
		{"b4", "क्या रिलायंस अडानी समूह के साथ बने रहने का फैसला करेगी?", nil},
		// Keeping on working with Y with words between the partner and
		// the work (काम जारी रख-, काम करते रह-, target के साथ); a के साथ
		// of a time or concession phrase's noun ("Y के साथ विवाद के
		// बावजूद", saathOfTimeNoun20) is no partner.
		{"w1", "नाइजल फराज ने कहा कि वे एलन मस्क के साथ आगे भी काम करते रहेंगे।", []string{"nigel-farage>elon-musk:s"}},
		{"w2", "गूगल ने कहा कि वह रिलायंस के साथ इस परियोजना पर काम जारी रखेगी।", []string{"google>reliance:s"}},
		{"w3", "नाइजल फराज ने कहा कि वे एलन मस्क के खिलाफ काम करते रहेंगे।", nil},
		{"w4", "नरेंद्र मोदी ने कहा कि वह राहुल गांधी के साथ विवाद के बावजूद देश के लिए काम करते रहेंगे।", nil},
		{"w5", "कमला हैरिस ने कहा कि वह डोनाल्ड ट्रंप के साथ बहस के बाद भी काम करती रहेंगी।", nil},
		{"w6", "क्या नाइजल फराज एलन मस्क के साथ काम करते रहेंगे?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
