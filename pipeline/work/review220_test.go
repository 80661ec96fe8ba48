package work

import (
	"testing"
	"time"
)

// TestSession20Review2: rows for the round-1 rules folded or checked by
// the session-20 review (REVIEW2).
func TestSession20Review2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A question answered, read in one place (questionAnswered20,
		// which replaced the lexicon none frame "सवाल … का/के जवाब
		// दिया/में"): whatever verb follows, and the retort "जवाब में".
		{"answered: Y पर सवाल का जवाब दिया (the old lexicon test)", "सत्या नडेला ने निवेशकों से बात की और फिर ओपनएआई पर सवाल का जवाब दिया।", nil},
		{"answered: Y पर सवालों का जवाब दे रहे थे", "सत्या नडेला ओपनएआई पर सवालों का जवाब दे रहे थे।", nil},
		{"answered: Y पर एक सवाल के जवाब में कहा", "सुंदर पिचाई ने माइक्रोसॉफ्ट पर एक सवाल के जवाब में कहा कि हम अपने रास्ते पर हैं।", nil},
		{"answered: Y पर प्रश्न के उत्तर में कहा", "सुंदर पिचाई ने माइक्रोसॉफ्ट पर प्रश्न के उत्तर में कहा कि हम अपने रास्ते पर हैं।", nil},
		{"a retort to Y's attack stays", "एलन मस्क ने ओपनएआई को धोखेबाज कहा। जवाब में सैम ऑल्टमैन ने मस्क पर निशाना साधा।", []string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		{"Y पर सवाल पूछे stays a question raised", "राहुल गांधी ने गौतम अडानी पर सवाल पूछे।", []string{"rahul-gandhi>gautam-adani:h"}},

		// tieHeld20 in tieAffirmed (AGFIX): a chief who calls his
		// company's tie with Y a strength or asset speaks for himself, as
		// with "मजबूत" (X → Y only); untested before this review.
		{"chief: Y के साथ Z की साझेदारी हमारी सबसे बड़ी ताकत है", "सत्या नडेला ने कहा कि ओपनएआई के साथ माइक्रोसॉफ्ट की साझेदारी हमारी सबसे बड़ी ताकत है।", []string{"satya-nadella>openai:s"}},
		{"chief: Y के साथ Z की साझेदारी हमारी पूंजी है", "गूगल के सीईओ सुंदर पिचाई ने कहा कि रिलायंस के साथ गूगल की साझेदारी हमारी पूंजी है।", []string{"sundar-pichai>reliance:s"}},
		{"chief: Y के साथ Z की साझेदारी मजबूत है (the older reading)", "सत्या नडेला ने कहा कि ओपनएआई के साथ माइक्रोसॉफ्ट की साझेदारी मजबूत है।", []string{"satya-nadella>openai:s"}},
		{"chief: a new tie announced is not affirmed", "सत्या नडेला ने कहा कि ओपनएआई के साथ माइक्रोसॉफ्ट की नई साझेदारी अगले महीने शुरू होगी।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20Review2Screens: the readers gated by the session-20
// review's screen bits see every word they read.
func TestSession20Review2Screens(t *testing.T) {
	bits := screenBits()
	for _, w := range []string{"प्रतिस्पर्धा", "प्रतिस्पर्द्धा", "मुकाबला", "मुकाबले", "होड", "competition", "कांपिटिशन"} {
		if !competitionNoun20(w) {
			t.Errorf("%q: not a competition noun any more; update this list", w)
		} else if bits[w]&swRivalry20 == 0 {
			t.Errorf("%q is a competition noun but not screened", w)
		}
	}
	for _, w := range []string{"माफी", "क्षमा"} {
		if bits[w]&swApology20 == 0 {
			t.Errorf("%q is an apology noun but not screened", w)
		}
	}
}
