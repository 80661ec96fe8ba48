package work

import (
	"testing"
	"time"
)

// TestMood35b (session 35, contrast2): what a single news item or report
// tells ("खबर/रिपोर्ट में बताया गया कि …") is reported as fact; a claim
// there ("दावा किया गया", "कहा गया") or what many reports tell stays
// hearsay (toldReport35b in reportClaim).
func TestMood35b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"news item tells a rupture", " || अधिकारियों के हवाले से छपी खबर में बताया गया कि एलन मस्क ने डोनाल्ड ट्रंप से नाता तोड़ लिया है।", []string{"elon-musk>donald-trump:h"}},
		{"report tells a praise", " || कंपनी की सालाना रिपोर्ट में बताया गया कि सत्या नडेला ने सैम ऑल्टमैन की जमकर तारीफ की।", []string{"satya-nadella>sam-altman:s"}},
		{"ctl news item claims", " || अधिकारियों के हवाले से छपी खबर में दावा किया गया कि एलन मस्क ने डोनाल्ड ट्रंप से नाता तोड़ लिया है।", nil},
		{"ctl report says", " || एक रिपोर्ट में कहा गया कि सत्या नडेला ने सैम ऑल्टमैन की जमकर तारीफ की।", nil},
		{"ctl many news items tell", " || कुछ खबरों में बताया गया कि एलन मस्क ने डोनाल्ड ट्रंप से नाता तोड़ लिया है।", nil},
	})
}
