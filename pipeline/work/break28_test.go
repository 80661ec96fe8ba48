package work

import (
	"testing"
	"time"
)

// Session 28 (BREAK): our own sentences. The first rows of each table
// fail without the rule named; the controls must stay as they are.

// TestSession28AdsRefused: ads refused to a platform from now on and an
// account closed on it (platformAdsRefused28, ads28.go, with the
// frames.yaml entries "विज्ञापन … नहीं देगी", "अपना अकाउंट बंद") break
// with the platform's company; a platform where something is posted
// stays a place.
func TestSession28AdsRefused(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no more ads, future", "माइक्रोसॉफ्ट ने कहा कि वह अब एक्स पर कोई विज्ञापन नहीं देगी।",
			[]string{"microsoft>x-corp:h"}},
		{"no ads, announced", "गूगल ने एक्स पर विज्ञापन नहीं देने का ऐलान किया।",
			[]string{"google>x-corp:h"}},
		{"account closed on the platform", "एक्सियोस ने एक्स पर अपना आधिकारिक अकाउंट बंद कर दिया।",
			[]string{"axios>x-corp:h"}},
		// Controls.
		{"account of Y's said to stay open", "एलन मस्क ने एक्स पर लिखा कि डोनाल्ड ट्रंप का अकाउंट बंद नहीं होगा।", nil},
		{"posted on the platform", "माइक्रोसॉफ्ट ने एक्स पर लिखा कि वह अपनी विज्ञापन नीति बदलेगी।", nil},
		{"ads given", "गूगल ने एक्स पर कुछ विज्ञापन दिए।", nil},
		{"ads pulled (session 20)", "माइक्रोसॉफ्ट ने एक्स पर अपने सभी विज्ञापन रोक दिए।",
			[]string{"microsoft>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28RefusalKind: a refusal frame that carries its own
// negation keeps its kind, a break (negatedKind28), so money or ads
// refused to a company do not pass to its chief; an attack on the
// company still does.
func TestSession28RefusalKind(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"investment refused to the chief's company", "ओरेकल ने कहा कि वह एलन मस्क की कंपनी एक्सएआई में निवेश नहीं करेगी।",
			[]string{"oracle>xai:h"}},
		{"ads refused to the owner's platform", "एक्स के मालिक एलन मस्क ने नई नीति का ऐलान किया। माइक्रोसॉफ्ट ने कहा कि वह अब एक्स पर कोई विज्ञापन नहीं देगी।",
			[]string{"microsoft>x-corp:h"}},
		// Controls.
		{"attack on the chief's company", "सॉफ्टबैंक ने कहा कि एलन मस्क की कंपनी एक्सएआई बेईमान है।",
			[]string{"softbank>elon-musk:h", "softbank>xai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28BothWithSpeaker: "दोनों के बीच" in the words of one of
// the two, the other named before in the same sentence
// (speakerPair28, both28.go); two others named, a talk about it, and a
// pair named in a sentence before stay as they were.
func TestSession28BothWithSpeaker(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"speaker and the one named before", "एलन मस्क ने डोनाल्ड ट्रंप के बारे में बात की और कहा कि दोनों के बीच मतभेद खत्म हो गए हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		{"after regret, relations fine", "रीड हॉफमैन ने कमला हैरिस के बारे में अपनी पोस्ट पर अफसोस जताया और कहा कि दोनों के बीच रिश्ते फिर ठीक हो गए हैं।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		// Controls.
		{"two others named", "एलन मस्क ने डोनाल्ड ट्रंप और कमला हैरिस के बारे में कहा कि दोनों के बीच मतभेद खत्म हो गए हैं।", nil},
		{"only talked of", "एलन मस्क ने डोनाल्ड ट्रंप के बारे में बात की और कहा कि दोनों के बीच तनाव कम करने पर चर्चा हुई।", nil},
		{"pair from the sentence before", "डोनाल्ड ट्रंप और एलन मस्क की मुलाकात हुई। बाद में मस्क ने कहा कि दोनों के बीच मतभेद खत्म हो गए हैं।",
			[]string{"elon-musk>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28RelatedBody: money given or refused to a body tied to Y
// ("Y से जुड़े समूह/समिति/अभियान को", relatedBody28, related28.go) goes to
// Y; "Y से जुड़े मामले" stays a topic.
func TestSession28RelatedBody(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"money refused to Y's groups", "एलन मस्क ने कहा कि वह अब डोनाल्ड ट्रंप से जुड़े किसी भी राजनीतिक समूह या अभियान को एक डॉलर भी नहीं देंगे।",
			[]string{"elon-musk>donald-trump:h"}},
		{"money given to Y's committee", "लैरी एलिसन ने डोनाल्ड ट्रंप से जुड़ी एक राजनीतिक समिति को भारी चंदा दिया।",
			[]string{"larry-ellison>donald-trump:s"}},
		// Controls.
		{"matters related to Y", "एलन मस्क ने डोनाल्ड ट्रंप से जुड़े मामलों पर टिप्पणी करने से इनकार किया।", nil},
		{"Y's campaign (owner noun)", "रीड हॉफमैन ने कमला हैरिस के अभियान को भारी चंदा दिया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28WorkTogetherRefused: "Y के साथ मिलकर काम नहीं …" is a snub
// of Y (workTogether28, together28.go); "Y के साथ मिलकर" before another
// act keeps Y a co-agent.
func TestSession28WorkTogetherRefused(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"not willing to work together", "मासायोशी सन ने कहा कि वह एलन मस्क के साथ मिलकर काम करने के इच्छुक नहीं हैं।",
			[]string{"masayoshi-son>elon-musk:h"}},
		{"will not work together", "गूगल ने कहा कि वह ओपनएआई के साथ मिलकर काम नहीं करेगी।",
			[]string{"google>openai:h"}},
		// Controls.
		{"co-agent of an attack", "गूगल ने ओपनएआई के साथ मिलकर मेटा की आलोचना की।",
			[]string{"google>meta:h"}},
		{"without मिलकर", "गूगल ने कहा कि वह ओपनएआई के साथ काम नहीं करेगी।",
			[]string{"google>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28WeakConjunct: a charge denied in two coordinated weak
// words ("तथ्यों से परे और बेबुनियाद", "गलत और निराधार") is a denial only
// (pastWeakConjunct28, weak28.go); a lie or a motive in either conjunct
// still attacks the accuser.
func TestSession28WeakConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"beyond the facts and baseless", "गूगल ने कहा कि एलन मस्क के आरोप तथ्यों से परे और बेबुनियाद हैं।", nil},
		{"wrong and baseless", "ओरेकल ने कहा कि सॉफ्टबैंक के आरोप गलत और निराधार हैं।", nil},
		// Controls.
		{"lies and baseless", "गूगल ने कहा कि एलन मस्क के आरोप झूठे और बेबुनियाद हैं।",
			[]string{"google>elon-musk:h"}},
		{"beyond the facts and motivated", "गूगल ने कहा कि एलन मस्क के आरोप तथ्यों से परे और राजनीति से प्रेरित हैं।",
			[]string{"google>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
