package work

import (
	"testing"
	"time"
)

// TestOwnSide35b: a person's charge that names no one, right by his own
// organisation's attack on Y, joins that attack (ownSideJoins35b,
// ownside35b.go). Our own sentences; the first rows fail without it, the
// controls must stay as they are.
func TestOwnSide35b(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"chief's jibe after the company's notice, इस पर लिखा", "गूगल ने माइक्रोसॉफ्ट पर कारोबारी राज चुराने का आरोप लगाया है। गूगल के सीईओ सुंदर पिचाई ने इस पर लिखा, 'मुकाबला ठीक है, धोखाधड़ी नहीं।'",
			[]string{"google>microsoft:h", "sundar-pichai>microsoft:h"}},
		{"owner's words with कि, before the company's charge", "एक्स के मालिक एलन मस्क ने लिखा कि नकल करना सीधी धोखाधड़ी है। अगले दिन एक्स कॉर्प ने मेटा पर कारोबारी राज चुराने का आरोप लगाया।",
			[]string{"elon-musk>meta:h", "x-corp>meta:h"}},

		// Controls.
		{"no comment from the chief", "ओपनएआई ने एलन मस्क पर उत्पीड़न का आरोप लगाया। ओपनएआई के सीईओ सैम ऑल्टमैन ने इस मुकदमे पर कोई टिप्पणी नहीं की।",
			[]string{"openai>elon-musk:h"}},
		{"words with no hostile word", "गूगल ने माइक्रोसॉफ्ट पर कारोबारी राज चुराने का आरोप लगाया है। गूगल के सीईओ सुंदर पिचाई ने इस पर लिखा, 'हम अपने काम पर ध्यान देंगे।'",
			[]string{"google>microsoft:h"}},
		{"a person not tied to the company", "गूगल ने माइक्रोसॉफ्ट पर कारोबारी राज चुराने का आरोप लगाया है। एलन मस्क ने इस पर लिखा, 'यह धोखाधड़ी है।'",
			[]string{"google>microsoft:h"}},
		{"his own attack before goes on", "एलन मस्क ने मार्क जुकरबर्ग पर नकल का आरोप लगाया। एक्स कॉर्प ने मेटा पर कारोबारी राज चुराने का आरोप लगाया। मस्क ने लिखा, 'प्रतिस्पर्धा ठीक है, धोखाधड़ी नहीं।'",
			[]string{"elon-musk>mark-zuckerberg:h", "x-corp>meta:h"}},
		{"too far from the company's act", "गूगल ने माइक्रोसॉफ्ट पर कारोबारी राज चुराने का आरोप लगाया है। बाजार में शेयर गिरे। निवेशक चिंतित रहे। विश्लेषकों ने नतीजों का इंतजार किया। गूगल के सीईओ सुंदर पिचाई ने लिखा, 'मुकाबला ठीक है, धोखाधड़ी नहीं।'",
			[]string{"google>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
