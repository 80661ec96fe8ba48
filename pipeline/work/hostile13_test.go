package work

import (
	"testing"
	"time"
)

// TestSession13Hostile: constructions from the study of the hostile misses
// on the files written blind (dev-outlets-c … n). Sentences are our own.
// "head || body" splits a headline from its body.
func TestSession13Hostile(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// resourceNoun13: a means lacked under के पास is an attack.
		{"Y के पास पैसा है ही नहीं", "एलन मस्क ने कहा कि ओरेकल के पास असल में उतना पैसा है ही नहीं।",
			[]string{"elon-musk>oracle:h"}},
		{"Y के पास पर्याप्त रकम नहीं", "सैम ऑल्टमैन ने लिखा कि एक्सएआई के पास इस काम के लिए पर्याप्त रकम नहीं है।",
			[]string{"sam-altman>xai:h"}},
		{"Y के पास कोई योजना नहीं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के पास महंगाई से निपटने की कोई योजना नहीं है।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"headline: Y के पास पैसा ही नहीं", "मस्क बोले- ओपनएआई के पास पैसा ही नहीं || ",
			[]string{"elon-musk>openai:h"}},
		{"having money is a fact, no praise", "एलन मस्क ने कहा कि सॉफ्टबैंक के पास बहुत पैसा है।", nil},
		{"no money in Y (में) is no lack of Y's", "मासायोशी सन ने कहा कि ओपनएआई में अभी पैसा नहीं लगाया जाएगा।", nil},
		{"the saying denied: मैंने कभी नहीं कहा कि Y के पास पैसा नहीं", "सैम ऑल्टमैन ने लिखा, \"मैंने कभी नहीं कहा कि ओरेकल के पास पैसा नहीं है।\"", nil},
		// Scare quotes around the means: read through.
		{"Y के पास 'पैसा ही नहीं'", "एलन मस्क ने लिखा कि ओरेकल के पास 'पैसा ही नहीं' है।",
			[]string{"elon-musk>oracle:h"}},
		{"Y के पास 'बहुत पैसा' है: a fact", "एलन मस्क ने लिखा कि ओरेकल के पास 'बहुत पैसा' है।", nil},
		// descriptorBefore13: A और <descriptor> B ने/पर: coordinated.
		{"A और सर्च इंजन कंपनी B ने (co-agents)", "माइक्रोसॉफ्ट और सर्च इंजन कंपनी गूगल ने ओपनएआई के खिलाफ मुकदमा दायर किया।",
			[]string{"google>openai:h", "microsoft>openai:h"}},
		{"A और सोशल मीडिया कंपनी B पर (co-targets)", "डोनाल्ड ट्रंप ने मेटा और माइक्रोब्लॉगिंग कंपनी एक्स कॉर्प पर हमला बोला।",
			[]string{"donald-trump>meta:h", "donald-trump>x-corp:h"}},
		{"A और दूसरे अरबपति B पर: others, no descriptor of B", "एलन मस्क और दूसरे अरबपति निवेशक डोनाल्ड ट्रंप पर भरोसा जता रहे हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		// negEarlierConjunct13: a negator closing an earlier conjunct
		// leaves the predicate after और asserted.
		{"… था ही नहीं और Y झूठ फैला रही है", "एलन मस्क ने कहा कि यह सौदा कभी गंभीर था ही नहीं और ओपनएआई झूठ फैला रही है।",
			[]string{"elon-musk>openai:h"}},
		{"… पैसे हैं ही नहीं और Y की घोषणा हवा-हवाई है", "एलन मस्क ने कहा कि इन लोगों के पास पैसे हैं ही नहीं और स्टारगेट की घोषणा हवा-हवाई है।",
			[]string{"elon-musk>stargate:h"}},
		{"a negator after the predicate keeps the negation", "एलन मस्क ने कहा कि यह सौदा गलत नहीं है और वह ओपनएआई की आलोचना नहीं करेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
