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

// TestSession9FramesBLightVerb: a light verb written "कर*" in an entry
// also matches its past forms (किया, किए, कीं; not की, as often a
// genitive), as "कर दिया" does; a
// harm done by something of Y's in someone's words is Y's doing.
func TestSession9FramesBLightVerb(t *testing.T) {
	checkCases(t, "s9fb-light", []struct {
		text string
		want []string
	}{
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने अर्थव्यवस्था को तबाह किया।", []string{"kamala-harris>donald-trump:h"}},
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी ने किसानों को बर्बाद किया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"सैम ऑल्टमैन ने कहा कि उन्होंने हमेशा सत्या नडेला को पसंद किया है।", []string{"sam-altman>satya-nadella:s"}},
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी ने संस्थाओं को कमजोर किया।", []string{"rahul-gandhi>narendra-modi:h"}},
		// की is not read as the light verb: a genitive before a noun
		{"एलन मस्क ने कहा कि डोनाल्ड ट्रंप को अपनी पसंद की टीम चुनने का हक है।", nil},
		{"सत्या नडेला ने सैम ऑल्टमैन को पसंद की चीजें गिनाईं।", nil},
		// the owner of a possessed doer, in someone's words
		{"हॉफमैन बोले- मस्क के विभाग ने सरकार को कमजोर किया", []string{"reid-hoffman>elon-musk:h"}},
		{"रीड हॉफमैन ने कहा कि एलन मस्क के विभाग ने सरकार को बर्बाद कर दिया।", []string{"reid-hoffman>elon-musk:h"}},
		// not in anyone's words: the outlet's report names no tracked doer
		{"एलन मस्क के विभाग ने सरकार को कमजोर किया।", nil},
	})
}

// TestSession9FramesBIntensified: the defence idiom past an intensifier
// or with बुरा; a bad deed done to Y by a named doer is no defence.
func TestSession9FramesBIntensified(t *testing.T) {
	checkCases(t, "s9fb-int", []struct {
		text string
		want []string
	}{
		{"रीड हॉफमैन ने कहा कि कमला हैरिस के साथ बहुत गलत हो रहा है।", []string{"reid-hoffman>kamala-harris:s"}},
		{"सत्या नडेला ने कहा कि गूगल के साथ बहुत बुरा हुआ।", []string{"satya-nadella>google:s"}},
		{"कमला हैरिस ने डोनाल्ड ट्रंप के साथ बहुत बुरा बर्ताव किया।", nil},
		{"सैम ऑल्टमैन ने कहा कि एलन मस्क के साथ काम करना बहुत बुरा अनुभव था।", nil},
	})
}

// TestSession9FramesBSilence: silence charged (चुप हैं, चुप क्यों हैं,
// चुप्पी साधे) targets the silent one, not the one a case is filed
// against ("Y के खिलाफ दर्ज मामले पर").
func TestSession9FramesBSilence(t *testing.T) {
	checkCases(t, "s9fb-silence", []struct {
		text string
		want []string
	}{
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी अडानी समूह के खिलाफ दर्ज मामले पर चुप हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"राहुल गांधी ने पूछा कि नरेंद्र मोदी गौतम अडानी के खिलाफ दर्ज मामले पर चुप क्यों हैं?", []string{"rahul-gandhi>narendra-modi:h"}},
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप एलन मस्क के खिलाफ लगे आरोपों पर चुप्पी साधे बैठे हैं।", []string{"kamala-harris>donald-trump:h"}},
		// not a silence: keeping quiet is asked of no one
		{"राहुल गांधी ने कहा कि वह इस मुद्दे पर चुप नहीं बैठेंगे।", nil},
	})
}
