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

// TestAdverbCarried37 (session 37, quote): in someone's words, a
// conjunct that opens with a time or place phrase before उन्होंने ("…
// और हाल में उन्होंने …") still carries the subject named in the words
// before (refer22.go subjectCarried22 with quote37.go
// adverbAfterAnd37). Controls: लेकिन (the narrator's turn), a genitive
// phrase between, an object pronoun in the conjunct, a new sentence.
func TestAdverbCarried37(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"time phrase after और, reported speech", " || अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने शुक्रवार को व्हाइट हाउस में पत्रकारों से कहा कि मार्क जुकरबर्ग अब पहले से बदल चुके हैं और हाल में उन्होंने कई शानदार फैसले लिए हैं।", []string{"donald-trump>mark-zuckerberg:s"}},
		{"day phrase after और, quote first (as before)", " || “नरेंद्र मोदी संसद में सवालों से बचते हैं और पिछले हफ्ते उन्होंने किसानों से झूठ बोला,” कांग्रेस नेता राहुल गांधी ने मंगलवार को वायनाड की एक सभा में कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"place phrase after और, according to", " || सैम ऑल्टमैन के मुताबिक सत्या नडेला कंपनी के पुराने साथी हैं और संसद में उन्होंने ओपनएआई की खुलकर तारीफ की।", []string{"sam-altman>satya-nadella:s", "satya-nadella>openai:s"}},
		{"बाद में after और, a rally", " || वायनाड में बुधवार को एक जनसभा में कांग्रेस नेता राहुल गांधी ने कहा कि नरेंद्र मोदी चुनाव से पहले केरल आए थे और बाद में उन्होंने जनता से झूठ बोला।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"ctl लेकिन, the narrator's turn", " || राहुल गांधी ने कहा कि नरेंद्र मोदी विदेश गए थे, लेकिन संसद में उन्होंने झूठ बोला।", nil},
		{"ctl a genitive phrase between", " || राहुल गांधी ने कहा कि नरेंद्र मोदी विदेश गए थे और उनके साथ उन्होंने झूठ बोला।", nil},
		{"ctl a new sentence", " || राहुल गांधी ने कहा कि नरेंद्र मोदी विदेश गए थे। संसद में उन्होंने झूठ बोला।", nil},
	})
}

// TestQuotedGroupPron37 (session 37, quote): in quoted words a
// plural-capable pronoun (वे, उन्होंने …) after a phrase of many
// untracked people in the same quote ("कुछ फंड मैनेजर", "कई अरबपति
// दानदाता") is that group, not a tracked person named outside the quote
// (quote37.go groupPron37, stance.go and ground.go). Controls: a
// tracked name in the quote closer to the pronoun, कुछ after a named
// subject (an object, not a group), a pronoun with no group before it.
func TestQuotedGroupPron37(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"fund managers, quote first", " || लास वेगास, 12 जून। लिंक्डइन के सह-संस्थापक रीड हॉफमैन डेमोक्रेटिक पार्टी के बड़े दानदाताओं में गिने जाते हैं। पूर्व राष्ट्रपति डोनाल्ड ट्रंप ने मंगलवार को नेवादा की एक सभा में अपने खिलाफ चल रहे मुकदमों पर बात की।\n“वॉल स्ट्रीट के कुछ बड़े निवेशक मेरे खिलाफ मुकदमों को पैसा दे रहे हैं। वे बेहद घटिया लोग हैं,” ट्रंप ने कहा।", nil},
		{"donors, quote after the tag", " || वॉशिंगटन, 3 अगस्त। लिंक्डइन के सह-संस्थापक रीड हॉफमैन इस बार भी डेमोक्रेटिक अभियान को चंदा दे रहे हैं। शुक्रवार को फ्लोरिडा की एक रैली में डोनाल्ड ट्रंप ने कहा, “कई अरबपति दानदाता इस चुनाव को खरीदना चाहते हैं। वे बेहद घटिया लोग हैं।”", nil},
		{"ctl a tracked name in the quote (as before)", " || लास वेगास, 12 जून। पूर्व राष्ट्रपति डोनाल्ड ट्रंप ने मंगलवार को नेवादा की एक सभा में अपने खिलाफ चल रहे मुकदमों पर बात की।\n“रीड हॉफमैन मेरे खिलाफ मुकदमों को पैसा दे रहे हैं। वे बेहद घटिया इंसान हैं,” ट्रंप ने कहा।", []string{"donald-trump>reid-hoffman:h"}},
		{"ctl कुछ after a named subject (as before)", " || नई दिल्ली, 2 जुलाई। लोकसभा में मंगलवार को बहस के दौरान प्रधानमंत्री नरेंद्र मोदी ने कहा, “राहुल गांधी ने आज कुछ अहम मुद्दे उठाए हैं, मैं उनकी मेहनत की तारीफ करता हूं।”", []string{"narendra-modi>rahul-gandhi:s"}},
		{"ctl no group before the pronoun (as before)", " || वॉशिंगटन, 3 अगस्त। लिंक्डइन के सह-संस्थापक रीड हॉफमैन इस बार भी डेमोक्रेटिक अभियान को चंदा दे रहे हैं। शुक्रवार को फ्लोरिडा की एक रैली में डोनाल्ड ट्रंप ने कहा, “वे बेहद घटिया इंसान हैं।”", []string{"donald-trump>reid-hoffman:h"}},
	})
}
