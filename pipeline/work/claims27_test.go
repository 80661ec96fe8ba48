package work

import (
	"testing"
	"time"
)

// Session 27 (FALSE): rules 2 and 4 of SCHEMA's session-26 ruling
// (claims27.go). Our own sentences. The first rows of each table fail
// without the rule named; the controls must stay as they are.

// TestSession27WeakClaim: a weak word said of a claimant (weakClaim27)
// or of his charges (deniedCharge27) only denies; the claimant said to
// know it, a policy called wrong, wrong information spread and a strong
// word still attack.
func TestSession27WeakClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"claimant wrong", "मासायोशी सन ने कहा कि लैरी एलिसन इस बार गलत हैं।", nil},
		{"claimant wrong about a topic", "सत्या नडेला ने कहा कि सुंदर पिचाई स्टारगेट के बारे में गलत हैं।", nil},
		{"praise, then wrong", "नाइजल फराज ने कहा कि कमला हैरिस अच्छी वक्ता हैं, पर इस मामले में वह पूरी तरह गलत हैं।",
			[]string{"nigel-farage>kamala-harris:s"}},
		{"charges wrong", "गूगल ने कहा कि माइक्रोसॉफ्ट के आरोप गलत हैं।", nil},
		{"charges misleading", "मेटा के प्रवक्ता ने कहा कि एक्स के आरोप पूरी तरह भ्रामक हैं।", nil},
		// Controls.
		{"knowing it", "सत्या नडेला ने कहा कि सुंदर पिचाई गलत हैं और यह वह खुद भी जानते हैं।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		{"policy wrong", "रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप की नीति गलत है।",
			[]string{"reid-hoffman>donald-trump:h"}},
		{"wrong information spread", "कमला हैरिस ने कहा कि एलन मस्क गलत सूचनाएं फैला रहे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"charges lies", "ओरेकल ने कहा कि सॉफ्टबैंक के आरोप पूरी तरह झूठे हैं।",
			[]string{"oracle>softbank:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27KnowingClaim: a weak word with the claimant said to know
// his claim false attacks him (weakClaim27's edged reading; with no
// subject of its own, knowingReply27); the same denial without it is
// none.
func TestSession27KnowingClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"claim wrong, he knows it", "एलन मस्क ने दावा किया कि ओरेकल के पास पैसा नहीं है। लैरी एलिसन ने कहा कि यह दावा गलत है और मस्क यह अच्छी तरह जानते हैं।",
			[]string{"elon-musk>oracle:h", "larry-ellison>elon-musk:h"}},
		{"elided, he knows it", "एलन मस्क ने लिखा कि ओरेकल के पास पैसा नहीं है। लैरी एलिसन ने लिखा, “गलत, और आप यह अच्छी तरह जानते हैं।”",
			[]string{"elon-musk>oracle:h", "larry-ellison>elon-musk:h"}},
		// Control.
		{"claim wrong", "एलन मस्क ने दावा किया कि ओरेकल के पास पैसा नहीं है। लैरी एलिसन ने कहा कि यह दावा गलत है।",
			[]string{"elon-musk>oracle:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27StrongClaim: the words of words.yaml claim_strong called
// of someone's claim attack him (claimStrength27); a weak word does not.
func TestSession27StrongClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"charges absurd", "ओरेकल ने सॉफ्टबैंक के आरोपों को बेतुका बताया।", []string{"oracle>softbank:h"}},
		{"claim fake", "मेटा ने गूगल के दावे को फर्जी बताया।", []string{"meta>google:h"}},
		// Controls.
		{"charges baseless", "ओरेकल ने सॉफ्टबैंक के आरोपों को निराधार बताया।", nil},
		{"claim a lie", "मेटा ने गूगल के दावे को झूठ बताया।", []string{"meta>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27PlainRefusal: an offer, bid or proposal turned down is no
// stance (plainRefusal27) unless the refusal's words attack or mock; a
// motive given to "यह" after the offer attacks its owner
// (offerOwnerBefore27).
func TestSession27PlainRefusal(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"not for sale", "मेटा के बोर्ड ने गूगल की बोली ठुकरा दी और कहा कि कंपनी बिकाऊ नहीं है।", nil},
		{"mediation declined", "नरेंद्र मोदी ने डोनाल्ड ट्रंप की मध्यस्थता की पेशकश अस्वीकार कर दी।", nil},
		{"price too low", "सॉफ्टबैंक ने ओरेकल की पेशकश ठुकरा दी क्योंकि बोली पर्याप्त नहीं थी।", nil},
		{"purchase offer", "टेस्ला ने गूगल की खरीद की पेशकश खारिज कर दी।", nil},
		// (A weak word in the refusal's words attacks no one: hostileAt.)
		{"refused, bidder wrong", "मेटा ने गूगल की बोली ठुकरा दी और कहा कि गूगल गलत है।", nil},
		// Controls.
		{"motive", "सैम ऑल्टमैन ने एलन मस्क की पेशकश ठुकराई और कहा कि मस्क प्रतिस्पर्धा को बाधित करने की कोशिश कर रहे हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		{"ploy", "मेटा ने एलन मस्क का प्रस्ताव ठुकराया, कहा- यह प्रतिस्पर्धी को कमजोर करने की चाल है।",
			[]string{"meta>elon-musk:h"}},
		// (The headline's "यह" is the offer named before: offerOwnerBefore27.)
		{"headline: यह … की चाल", "मेटा की 5 अरब डॉलर की बोली ठुकराई, गूगल बोला- यह प्रतिद्वंद्वी को कमजोर करने की चाल || ",
			[]string{"google>meta:h"}},
		{"counter-offer jibe", "सैम ऑल्टमैन ने एलन मस्क का ऑफर ठुकराया और तंज कसा कि वे चाहें तो उनकी कंपनी खरीद लेंगे।",
			[]string{"sam-altman>elon-musk:h"}},
		{"reconciliation refused", "एलन मस्क ने डोनाल्ड ट्रंप की सुलह की पेशकश ठुकरा दी।",
			[]string{"elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
