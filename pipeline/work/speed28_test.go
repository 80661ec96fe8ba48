package work

import "testing"

// TestScreens28: every word of need_nouns carries rwNeed28 and every word
// of addressed_greetings rwGreeting28, exactly the words of their classes
// (speed28.go); a sentence with such a word has the bit, one without has not.
func TestScreens28(t *testing.T) {
	a := shippedAnalyzer(t)
	checkClassScreen(t, a, "need_nouns", cwNeed28, rwNeed28)
	checkClassScreen(t, a, "addressed_greetings", cwGreeting28, rwGreeting28)
	checkRuleBits(t, a, []ruleBitCase{
		{"एलन मस्क ने कहा कि ब्रिटेन को नाइजल फराज की जरूरत है", rwNeed28, true},
		{"एलन मस्क ने सोमवार को लंदन में भाषण दिया", rwNeed28, false},
		{"एलन मस्क ने नाइजल फराज को टैग करते हुए लिखा, शानदार जीत, बधाई", rwGreeting28, true},
		{"एलन मस्क ने नाइजल फराज को टैग करते हुए लिखा, शानदार जीत", rwGreeting28, false},
	})
}
