package work

import (
	"testing"
	"time"
)

// TestSession25ChiefTied: the session-25 ruling (chief25.go). A stance
// towards an organisation of a judging kind also counts towards the
// person the story ties to it in its own words — the role in
// apposition, after the name, as a bare role of the one organisation
// he leads, the title alone, or the organisation called his — with the
// same polarity. The rows give only the organisation's stance without
// chiefStances25.
func TestSession25ChiefTied(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"role in apposition, criticism", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने बेंगलुरु में नया शोध केंद्र खोला। उसी दिन डोनाल्ड ट्रंप ने माइक्रोसॉफ्ट की कड़ी आलोचना की।",
			[]string{"donald-trump>microsoft:h", "donald-trump>satya-nadella:h"}},
		{"role in apposition, lawsuit", "मेटा प्रमुख मार्क जुकरबर्ग पिछले हफ्ते वॉशिंगटन में थे। डोनाल्ड ट्रंप ने मेटा के खिलाफ मुकदमा दायर किया है।",
			[]string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
		{"bare role of his one organisation, praise", "रिलायंस की सालाना आम बैठक में चेयरमैन मुकेश अंबानी ने नई योजनाएं रखीं। मार्क जुकरबर्ग ने एक वीडियो संदेश में रिलायंस की जमकर तारीफ की।",
			[]string{"mark-zuckerberg>mukesh-ambani:s", "mark-zuckerberg>reliance:s"}},
		{"role after the name", "सुंदर पिचाई, जो गूगल के सीईओ हैं, सम्मेलन में मौजूद नहीं थे। नरेंद्र मोदी ने गूगल की सराहना की।",
			[]string{"narendra-modi>google:s", "narendra-modi>sundar-pichai:s"}},
		{"organisation called his", "एलन मस्क की एक्सएआई ने मंगलवार को नया मॉडल पेश किया। सत्या नडेला ने एक्सएआई की तारीफ की।",
			[]string{"satya-nadella>elon-musk:s", "satya-nadella>xai:s"}},
		{"bare role of two words", "बैठक में मुख्य कार्यकारी सत्या नडेला ने नए उत्पाद दिखाए। एलन मस्क ने माइक्रोसॉफ्ट का मजाक उड़ाया।",
			[]string{"elon-musk>microsoft:h", "elon-musk>satya-nadella:h"}},
		{"the title alone", "ओपनएआई के सीईओ ने इस हफ्ते दिल्ली में छात्रों से बात की। एलन मस्क ने ओपनएआई पर धोखाधड़ी का आरोप लगाया।",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ChiefControls: the ruling's "no" cases, unchanged by
// chiefStances25: the chief named with no tie in the words, not named
// at all, a business kind (investment, a broken deal), the organisation
// as the source, the sentence that sets the chief apart, a former role,
// and a role the story's date excludes.
func TestSession25ChiefControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"named, never tied", "एलन मस्क ने ओपनएआई को धोखेबाज कंपनी बताया। सैम ऑल्टमैन इन दिनों यूरोप के दौरे पर हैं।",
			[]string{"elon-musk>openai:h"}},
		{"not named", "डोनाल्ड ट्रंप ने गूगल पर पक्षपात का आरोप लगाया।",
			[]string{"donald-trump>google:h"}},
		{"investment stays between the organisations", "ओपनएआई के सीईओ सैम ऑल्टमैन टोक्यो पहुंचे। सॉफ्टबैंक ने ओपनएआई में दस अरब डॉलर का निवेश किया है।",
			[]string{"softbank>openai:s"}},
		{"a broken deal stays between the organisations", "सॉफ्टबैंक प्रमुख मासायोशी सन के दौरे के बीच ओरेकल ने सॉफ्टबैंक के साथ अपना करार तोड़ दिया।",
			[]string{"oracle>softbank:h"}},
		{"the organisation speaks for itself", "ओपनएआई के सीईओ सैम ऑल्टमैन यात्रा पर थे। ओपनएआई के प्रवक्ता ने कहा कि गूगल झूठ फैला रहा है।",
			[]string{"openai>google:h"}},
		{"set apart in the sentence", "डोनाल्ड ट्रंप ने गूगल की आलोचना की, लेकिन गूगल के सीईओ सुंदर पिचाई की तारीफ की।",
			[]string{"donald-trump>google:h", "donald-trump>sundar-pichai:s"}},
		{"former role", "डोनाल्ड ट्रंप ने टेस्ला की कड़ी आलोचना की। टेस्ला के पूर्व सीईओ एलन मस्क उस वक्त अमेरिका से बाहर थे।",
			[]string{"donald-trump>tesla:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
	// Before he bought it, Twitter was not his.
	early := []stanceCase{
		{"a role the date excludes", "ट्विटर के मालिक एलन मस्क को लेकर अटकलें तेज हैं। कमला हैरिस ने ट्विटर की आलोचना की।",
			[]string{"kamala-harris>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC), early)
	// Days out of office are no tie (the watchlist's periods, strictly).
	removed := []stanceCase{
		{"between two periods of the title", "रीड हॉफमैन ने ओपनएआई की कड़ी आलोचना की। ओपनएआई के सीईओ सैम ऑल्टमैन फिलहाल चुप हैं।",
			[]string{"reid-hoffman>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2023, 11, 19, 0, 0, 0, 0, time.UTC), removed)
}
