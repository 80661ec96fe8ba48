package work

import (
	"testing"
	"time"
)

// TestQuotedLabelOwned37 (session 37, quote): a quoted label of up to
// twelve words said with a copula of a named company right after its
// owner's genitive ("X का एक्सएआई '… वाली कंपनी' है") judges the company
// as well as its owner, as the unquoted label does (quote37.go
// quotedCopula37, in chunk.go's possessed-name walk). Controls: an
// untracked writer, a quoted product name that is no predicate, a
// label said of an unowned company.
func TestQuotedLabelOwned37(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"long label of the owner's company", " || सैन फ्रांसिस्को में शुक्रवार को कर्मचारियों के साथ एक बैठक में ओपनएआई प्रमुख सैम ऑल्टमैन ने कहा कि एलन मस्क का एक्सएआई 'हर बार दूसरों से नकल करके आगे बढ़ने वाली कंपनी' है।", []string{"sam-altman>elon-musk:h", "sam-altman>xai:h"}},
		{"a lying label of the owner's company", " || वॉशिंगटन में मंगलवार को पत्रकारों से बातचीत में डोनाल्ड ट्रंप ने कहा कि मार्क जुकरबर्ग की मेटा 'चुनाव के मौसम में झूठ बोलकर पैसा बनाने वाली कंपनी' है।", []string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
		{"a short lying label", " || डोनाल्ड ट्रंप ने कहा कि मार्क जुकरबर्ग की मेटा 'झूठ बोलकर पैसा बनाने वाली कंपनी' थी।", []string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
		{"praise label of the owner's company (as before)", " || टोक्यो में निवेशकों से मुलाकात के बाद सॉफ्टबैंक के मासायोशी सन ने कहा कि सैम ऑल्टमैन का ओपनएआई 'आज की दुनिया की सबसे भरोसेमंद और दूरदर्शी कंपनी' है।", []string{"masayoshi-son>openai:s", "masayoshi-son>sam-altman:s"}},
		{"ctl an untracked writer", " || एक अमेरिकी अखबार ने अपने संपादकीय में लिखा कि एलन मस्क का एक्सएआई 'दूसरों की नकल करके आगे बढ़ रही एक और कंपनी' है।", nil},
		{"ctl a quoted product name, no predicate", " || सैम ऑल्टमैन ने कहा कि एलन मस्क का एक्सएआई 'ग्रोक' नाम का एक नया चैटबॉट बाजार में उतार रहा है।", nil},
		{"ctl short label as before", " || सैम ऑल्टमैन ने लिखा कि एलन मस्क का एक्सएआई 'धोखेबाज कंपनी' है।", []string{"sam-altman>elon-musk:h", "sam-altman>xai:h"}},
	})
}
