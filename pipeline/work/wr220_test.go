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
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
