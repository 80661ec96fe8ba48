package work

import (
	"testing"
	"time"
)

// Session 36 (REFER): references the grounding left open (refer36.go).
// Our own sentences. The first rows of each table fail without the rule
// named; the controls must stay as they are.

// TestRefer36FormerOffice: a former holder named with the office
// ("ब्रिटेन के पूर्व प्रधानमंत्री टोनी ब्लेयर") does not make the bare
// office nobody's (formerOffice36 in learnOffice and bodyOffices).
func TestRefer36FormerOffice(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"thanks to the office, a former foreign holder among the guests",
			"मुंबई के जियो वर्ल्ड सेंटर में हुए समारोह में ब्रिटेन के पूर्व प्रधानमंत्री टोनी ब्लेयर, कई फिल्मी सितारे और उद्योगपति पहुंचे। प्रधानमंत्री नरेंद्र मोदी ने शाम को मंच से नवदंपती को आशीर्वाद दिया। बाद में मुकेश अंबानी ने मीडिया से बातचीत में प्रधानमंत्री का आभार जताया।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"a charge at the office, a former holder spoke first",
			"दिल्ली के सम्मेलन में ऑस्ट्रेलिया के पूर्व प्रधानमंत्री स्कॉट मॉरिसन ने भी भाषण दिया। प्रधानमंत्री नरेंद्र मोदी ने उद्घाटन सत्र को संबोधित किया। शाम को कांग्रेस नेता राहुल गांधी ने जयपुर की सभा में आरोप लगाया कि प्रधानमंत्री देश को गुमराह कर रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},

		// Controls: a sitting foreign holder still makes the bare office
		// nobody's; "से पूर्व" is "before".
		{"a sitting foreign holder",
			"ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने दिल्ली में भाषण दिया। प्रधानमंत्री नरेंद्र मोदी भी मंच पर मौजूद थे। शाम को राहुल गांधी ने आरोप लगाया कि प्रधानमंत्री देश को गुमराह कर रहे हैं।",
			nil},
		{"से पूर्व: before",
			"बैठक से पूर्व प्रधानमंत्री स्टार्मर ने दिल्ली में भाषण दिया। प्रधानमंत्री नरेंद्र मोदी भी मंच पर मौजूद थे। शाम को राहुल गांधी ने आरोप लगाया कि प्रधानमंत्री देश को गुमराह कर रहे हैं।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2024, 7, 14, 0, 0, 0, 0, time.UTC), cases)
}
