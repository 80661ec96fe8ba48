package work

import (
	"testing"
	"time"
)

// TestSession12Continuing: what a speaker says he will go on being or
// doing (बने रहेंगे, V-ते रहेंगे) holds now (continue12.go); a plan or a
// forecast of another's doing stays future.
func TestSession12Continuing(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने कहा कि वह Y के दोस्त बने रहेंगे", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के सलाहकार और दोस्त बने रहेंगे।", []string{"elon-musk>donald-trump:s"}},
		{"X ने कहा कि Y से उनकी दोस्ती बनी रहेगी", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप से उनकी दोस्ती बनी रहेगी।", []string{"nigel-farage>donald-trump:s"}},

		{"X ने कहा कि वह Y के रिश्तों पर सवाल पूछते रहेंगे", "राहुल गांधी ने कहा कि वह नरेंद्र मोदी और उद्योगपतियों के रिश्तों पर सवाल पूछते रहेंगे।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a plan: X ने कहा कि वह Y के दोस्त बनेंगे", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के सलाहकार और दोस्त बनेंगे।", nil},
		{"a forecast of another's doing stays future", "एलन मस्क ने कहा कि कमला हैरिस डोनाल्ड ट्रंप की आलोचना करती रहेंगी।", nil},
		{"a forecast of another's questions stays future", "राहुल गांधी ने कहा कि कमला हैरिस डोनाल्ड ट्रंप पर सवाल उठाती रहेंगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12MoodKept: a yes/no question over a negated frame read for
// its opposite stays a question (asksYesNo12); a tie "माने जाते हैं"
// (plural of माना जाता है) is hearsay (words.yaml hearsay).
func TestSession12MoodKept(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"क्या X ने Y का फोन नहीं उठाया?", "क्या नरेंद्र मोदी ने डोनाल्ड ट्रंप का फोन नहीं उठाया?", nil},
		{"X ने Y का फोन नहीं उठाया (a snub, asserted)", "नरेंद्र मोदी ने डोनाल्ड ट्रंप का फोन नहीं उठाया।", []string{"narendra-modi>donald-trump:h"}},
		{"X और Y पुराने दोस्त माने जाते हैं", "लैरी एलिसन और एलन मस्क पुराने दोस्त माने जाते हैं।", nil},
		{"X ने कहा कि Y उनके पुराने दोस्त हैं (asserted)", "लैरी एलिसन ने कहा कि एलन मस्क उनके पुराने दोस्त हैं।", []string{"larry-ellison>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12AffirmingNegation: "कहीं नहीं जा रहे" (going nowhere:
// staying) does not negate (affirmingNegation12).
func TestSession12AffirmingNegation(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X बोले- Y के साथ करार पक्का, हम कहीं नहीं जा रहे", "सत्या नडेला बोले- ओपनएआई के साथ हमारा करार 2030 तक पक्का, हम कहीं नहीं जा रहे", []string{"satya-nadella>openai:s"}},

		{"a plain negation stays", "सत्या नडेला बोले- ओपनएआई के साथ हमारा करार अब पक्का नहीं", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12WhatSaidLabel: "X ने क्या कहा:" labels the words that
// follow; it asks nothing (whatSaidLabel12).
func TestSession12WhatSaidLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने क्या कहा: X ने कहा कि Y पागल हैं", "डोनाल्ड ट्रंप ने क्या कहा: डोनाल्ड ट्रंप ने कहा कि एलन मस्क पागल हो गए हैं।", []string{"donald-trump>elon-musk:h"}},

		{"a question: क्या X ने कहा कि Y पागल हैं?", "क्या डोनाल्ड ट्रंप ने कहा कि एलन मस्क पागल हो गए हैं?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12SilenceTopic: a name before "पर चुप्पी/खामोशी" is what
// the silence is about, not a target of the headline's frame
// (silenceWord12).
func TestSession12SilenceTopic(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X पर बरसे Z, Y पर चुप्पी", "रैली में कमला हैरिस पर बरसे डोनाल्ड ट्रंप, एलन मस्क पर चुप्पी", []string{"donald-trump>kamala-harris:h"}},

		{"X पर बरसे Z, Y पर भी हमला (a target stays)", "रैली में कमला हैरिस पर बरसे डोनाल्ड ट्रंप, एलन मस्क पर भी हमला", []string{"donald-trump>elon-musk:h", "donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12NotLetting: "V-ने नहीं देती" (does not let V) is a
// hindrance, not a negated frame (notLetting12).
func TestSession12NotLetting(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने लिखा कि Y की मिलीभगत किसी को आगे बढ़ने नहीं देती", "एलन मस्क ने लिखा कि ओपनएआई की यह मिलीभगत किसी भी दूसरी कंपनी को आगे बढ़ने नहीं देती।", []string{"elon-musk>openai:h"}},

		{"a plain negation stays: X ने कहा कि Y की कोई मिलीभगत नहीं है", "एलन मस्क ने कहा कि ओपनएआई की कोई मिलीभगत नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12DenialComma: a denial closed by a comma leaves the
// predicate after it asserted when no new subject opens it
// (denialComma12).
func TestSession12DenialComma(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने खबर को नकारा, Y पर भी साधा निशाना", "सैम ऑल्टमैन ने एक अखबार की खबर को नकारा, गूगल पर भी साधा निशाना", []string{"sam-altman>google:h"}},

		{"X ने Y को चंदे से किया इनकार, फिर भी Z बोले … (a new subject)", "एलन मस्क ने रिफॉर्म यूके को चंदे से किया इनकार, फिर भी नाइजल फराज बोले- हमें कोई शिकायत नहीं", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
