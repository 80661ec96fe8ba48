package work

import (
	"testing"
	"time"
)

// Session 35, round 2 (POLARITY2): our own sentences for polarity35b.go.
// The first rows of each table fail without the reading; the controls
// must stay as they are.

// TestPolarity35bOwnAgent: a clause opened by जबकि/वहीं/लेकिन with a
// ने-agent of its own who is untracked is that agent's act, not the
// stance of the one named before it (ownAgent35b).
func TestPolarity35bOwnAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"जबकि, journalists praise Y after X's claim", "डोनाल्ड ट्रंप ने दावा किया कि रैली में सबसे ज्यादा भीड़ उनकी थी, जबकि कई पत्रकारों ने कमला हैरिस की तारीफ की।", nil},
		{"जबकि, experts criticise Y's plan after X's words", "एलन मस्क ने कहा कि उनकी कंपनी सबसे आगे है, जबकि विशेषज्ञों ने सैम ऑल्टमैन की रणनीति की आलोचना की।", nil},
		{"जबकि, voters in a survey judge Y better", "डोनाल्ड ट्रंप ने दावा किया कि बहस वही जीते, जबकि एक सर्वे में ज्यादातर मतदाताओं ने कमला हैरिस को बेहतर माना।", nil},

		// Controls.
		{"content after कि: the speaker's words", "डोनाल्ड ट्रंप ने कहा कि जनता ने कमला हैरिस को नकार दिया है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"जबकि with a tracked agent", "डोनाल्ड ट्रंप ने दावा किया कि बहस उन्होंने जीती, जबकि रीड हॉफमैन ने कमला हैरिस की तारीफ की।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"जबकि with a tracked owner of the agent", "एलन मस्क ने कहा कि सैम ऑल्टमैन भरोसे लायक नहीं हैं, जबकि ओपनएआई के बोर्ड ने उनकी तारीफ की।",
			[]string{"elon-musk>sam-altman:h", "openai>sam-altman:s"}},
		{"Y named in X's own clause too", "रीड हॉफमैन ने कमला हैरिस की तारीफ की, जबकि कई विश्लेषकों ने भी उनके भाषण को सराहा।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"लेकिन, the untracked agent does nothing to Y", "एलन मस्क ने सैम ऑल्टमैन की आलोचना की, लेकिन निवेशकों ने इस पर कोई प्रतिक्रिया नहीं दी।",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
