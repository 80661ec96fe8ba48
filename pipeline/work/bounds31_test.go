package work

import (
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestBounds31Prefixes: session 31's second-half readers look a few words
// ahead or back (quotedPredicate31, especiallyParen31, withoutQualifier31,
// leadLabel31, proxyAccording31, proxyOpens31, coordModifier31,
// likeBeneficiary31, correlativeDeed31, recentForming31, replyNamed31).
// Every word prefix of sentences of those shapes, cut where a reader
// would look past the end, must analyse without a panic.
func TestBounds31Prefixes(t *testing.T) {
	a := shippedAnalyzer(t)
	texts := []string{
		"नरेंद्र मोदी ने कहा कि राहुल गांधी झूठ बोलते हैं और वह \"नाकाम नेता\" हैं।",
		"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की कई योजनाएं, खास तौर पर आयात पर, नुकसानदेह हैं।",
		"डोनाल्ड ट्रंप ने टेस्ला की बिना ड्राइवर वाली कार पर तंज कसा।",
		"ताजा खबर — मुकेश अंबानी ने बताया कि रिलायंस नया उपक्रम शुरू करेगा।",
		"एलन मस्क के वकील के मुताबिक ओपनएआई ने वादा तोड़ा। वकील के अनुसार यह धोखा है।",
		"एलन मस्क ने डोनाल्ड ट्रंप के कर और खर्च विधेयक की आलोचना की।",
		"कमला हैरिस ने कहा कि एलन मस्क और मार्क जुकरबर्ग जैसे अरबपतियों के लिए सरकार के पास पैसा है।",
		"एलन मस्क ने कहा कि डोनाल्ड ट्रंप अच्छे हैं और उन्होंने जो किया वह बहुत बुरा था।",
		"दो दिन पहले एक नए उपक्रम का ऐलान हुआ था, जिसमें गूगल और रिलायंस साझेदार हैं।",
		"एलन मस्क ने सैम ऑल्टमैन को जवाब में \"धोखेबाज\" कहा।",
		"राहुल गांधी ने सभा में नरेंद्र मोदी की नीति पर एक शब्द भी नहीं कहा।",
	}
	for _, text := range texts {
		words := strings.Fields(text)
		for n := 1; n <= len(words); n++ {
			p := strings.Join(words[:n], " ")
			for _, body := range []string{p, p + " \"", p + " —", p + ","} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("%q: panic %v", body, r)
						}
					}()
					a.Analyze(pipeline.Story{ID: "b31", Title: body, Body: body})
				}()
			}
		}
	}
}
