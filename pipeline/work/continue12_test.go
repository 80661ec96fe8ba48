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

		{"a plan: X ने कहा कि वह Y के दोस्त बनेंगे", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के सलाहकार और दोस्त बनेंगे।", nil},
		{"a forecast of another's doing stays future", "एलन मस्क ने कहा कि कमला हैरिस डोनाल्ड ट्रंप की आलोचना करती रहेंगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
