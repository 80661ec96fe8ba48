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

// TestTieAttack35b: an attack on a tie told with both its parties ("X और
// Y के बीच हुए करार पर") or pointed back at ("इस करार") is on both
// parties (tieAttacks35b, tieattack35b.go). Our own sentences; the first
// rows fail without it, the controls must stay as they are.
func TestTieAttack35b(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"attack on a deal between two", "गूगल और रिलायंस के बीच हुए क्लाउड करार पर राहुल गांधी ने सवाल उठाए।",
			[]string{"google>reliance:s", "reliance>google:s", "rahul-gandhi>google:h", "rahul-gandhi>reliance:h"}},
		{"the deal pointed back at", "गूगल ने रिलायंस के साथ नया करार किया। राहुल गांधी ने इस करार को देश के साथ धोखा बताया।",
			[]string{"google>reliance:s", "reliance>google:s", "rahul-gandhi>google:h", "rahul-gandhi>reliance:h"}},

		// Controls.
		{"a party's head speaks of it", "गूगल ने रिलायंस के साथ नया करार किया। सुंदर पिचाई ने इस करार पर उठे सवालों को खारिज किया।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"no tie told before", "राहुल गांधी ने इस करार को देश के साथ धोखा बताया।", nil},
		{"negated", "गूगल ने रिलायंस के साथ नया करार किया। राहुल गांधी ने इस करार पर कोई सवाल नहीं उठाया।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"a third party named", "गूगल ने रिलायंस के साथ नया करार किया। राहुल गांधी ने इस करार पर नरेंद्र मोदी से सवाल पूछे।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"kept away from the deal (से)", "गूगल ने रिलायंस के साथ नया करार किया। राहुल गांधी ने इस करार से खुद को अलग रखा।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"praise of the deal", "गूगल ने रिलायंस के साथ नया करार किया। नरेंद्र मोदी ने इस करार की तारीफ की।",
			[]string{"google>reliance:s", "reliance>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
