package work

import "testing"

// TestSession9FramesBDefence: an attack with no doer of its own that the
// speaker calls unjustified (बेवजह, अनुचित, "बिना (किसी) वजह", "गलत
// तरीके से", "सिर्फ इसलिए … क्योंकि") is his defence of its target; said
// plainly in the passive or as a happening it is no one's stance. An
// attack with a doer stays the doer's.
func TestSession9FramesBDefence(t *testing.T) {
	checkCases(t, "s9fb-def", []struct {
		text string
		want []string
	}{
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क पर बेवजह हमले हो रहे हैं।", []string{"donald-trump>elon-musk:s"}},
		{"नरेंद्र मोदी ने कहा कि राहुल गांधी पर अनुचित हमला हुआ।", []string{"narendra-modi>rahul-gandhi:s"}},
		{"राहुल गांधी ने कहा कि गौतम अडानी को बिना किसी वजह के निशाना बनाया जा रहा है।", []string{"rahul-gandhi>gautam-adani:s"}},
		{"सत्या नडेला ने कहा कि सैम ऑल्टमैन को सिर्फ इसलिए निशाना बनाया जा रहा है क्योंकि वह सफल हैं।", []string{"satya-nadella>sam-altman:s"}},
		// no unjustified word: no one's stance, not the speaker's attack
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क को निशाना बनाया जा रहा है।", nil},
		{"सुंदर पिचाई ने कहा कि गूगल पर हमले हो रहे हैं।", nil},
		// a doer named: the act is his, whatever the speaker thinks of it
		{"डोनाल्ड ट्रंप ने कहा कि कमला हैरिस एलन मस्क पर बेवजह हमले कर रही हैं।", []string{"kamala-harris>elon-musk:h"}},
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने बेवजह ओपनएआई पर हमला किया।", []string{"elon-musk>openai:h"}},
		// not in anyone's words: the outlet's report is unchanged
		{"एलन मस्क ने बेवजह सैम ऑल्टमैन पर हमला बोला।", []string{"elon-musk>sam-altman:h"}},
		// a charge in the passive stays the speaker's
		{"सैम ऑल्टमैन ने कहा कि एलन मस्क की पूरी कहानी गढ़ी गई है।", []string{"sam-altman>elon-musk:h"}},
	})
}
