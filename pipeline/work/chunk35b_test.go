package work

import (
	"testing"
	"time"
)

// TestCommaSubject35b (session 35, contrast2): "A, B और C के <noun> को …
// बता चुके हैं" — the person named first, before a comma, is the clause's
// subject when the list B और C owns the clause's को-object and nothing
// else is the subject (commaSubject35b); the next sentence's pronoun is
// A. Controls: a list of three owners with a ने subject, a passive, a
// list as the subject.
func TestCommaSubject35b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"first name the subject, pronoun after", " || रीड हॉफमैन, डोनाल्ड ट्रंप और कमला हैरिस की बहस को बेहद अहम मानते हैं। एक इंटरव्यू में उन्होंने कहा कि रिपब्लिकन उम्मीदवार झूठ फैलाते हैं।", []string{"reid-hoffman>donald-trump:h"}},
		{"first name the subject, praise after", " || सुंदर पिचाई, डोनाल्ड ट्रंप और कमला हैरिस के चुनावी मुकाबले को दिलचस्प बता चुके हैं। पिछले हफ्ते उन्होंने कहा कि डेमोक्रेटिक उम्मीदवार एक काबिल नेता हैं।", []string{"sundar-pichai>kamala-harris:s"}},
		{"ctl ने subject, three owners", " || एलन मस्क ने कहा कि रीड हॉफमैन, सुंदर पिचाई और कमला हैरिस के दावे को वह झूठा मानते हैं।", []string{"elon-musk>kamala-harris:h", "elon-musk>sundar-pichai:h", "elon-musk>reid-hoffman:h"}},
		{"ctl list the subject", " || रीड हॉफमैन, सुंदर पिचाई और कमला हैरिस ने डोनाल्ड ट्रंप की आलोचना की।", []string{"kamala-harris>donald-trump:h", "sundar-pichai>donald-trump:h", "reid-hoffman>donald-trump:h"}},
	})
}
