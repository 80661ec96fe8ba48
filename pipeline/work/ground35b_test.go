package work

import (
	"testing"
	"time"
)

// TestTitleSubject35b (session 35, contrast2): a person's title opening a
// content clause before a plain noun and a genitive ("… कहा कि
// प्रधानमंत्री संविधान की …") is the clause's subject, as a name is there
// (titleSubject35b, titleEndingAt35b). Controls: a scheme named after the
// office, a title with the holder's name, a title the story gave to
// someone else.
func TestTitleSubject35b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"title speaker, title subject before noun + genitive", " || नेता प्रतिपक्ष ने कहा कि प्रधानमंत्री संविधान की मर्यादा को रोज कुचलते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"named speaker, title subject before noun + genitive", " || राहुल गांधी ने कहा कि प्रधानमंत्री किसानों की आवाज को रोज कुचलते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"ctl scheme named after the office", " || राहुल गांधी ने कहा कि प्रधानमंत्री आवास योजना से गरीबों को घर मिले हैं।", nil},
		{"ctl title with the holder's name (as before)", " || राहुल गांधी ने कहा कि प्रधानमंत्री नरेंद्र मोदी किसानों की आवाज को रोज कुचलते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"ctl another country's prime minister", " || राहुल गांधी ने ब्रिटेन के प्रधानमंत्री कीर स्टार्मर से मुलाकात की। उन्होंने कहा कि प्रधानमंत्री स्टार्मर की सोच आधुनिक है।", nil},
	})
}
