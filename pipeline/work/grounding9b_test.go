package work

import (
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestSession9GroundingB holds the second session-9 grounding pass's
// rules: each row is a sentence of our own; the stances are
// "source>target:h|s" as referenceStances writes them.
func TestSession9GroundingB(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		name, title, body string
		stances           []string
	}{
		// "X की कंपनी" with the postposition passed to the owner: the
		// organisation the watchlist ties to X, when the story names it,
		// takes the act too.
		{"owner's company named in a headline label", "Musk vs OpenAI: मस्क ने ऑल्टमैन की कंपनी पर फिर केस किया", "",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"owner's company named later in the story", "", "ट्रंप ने जुकरबर्ग की कंपनी की कड़ी आलोचना की। मेटा ने कोई टिप्पणी नहीं की।",
			[]string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
		{"owner's company not named stays the owner's", "", "ट्रंप ने जुकरबर्ग की कंपनी की कड़ी आलोचना की।",
			[]string{"donald-trump>mark-zuckerberg:h"}},
		// "the rival" alone is the other party named nearest, not the
		// agent's own company; not after a determiner.
		{"rival skips the agent's own company", "", "गूगल के नए मॉडल पर सवाल पूछे गए तो टेस्ला प्रमुख एलन मस्क ने टेस्ला के मंच से प्रतिद्वंद्वी का मजाक उड़ाया।",
			[]string{"elon-musk>google:h"}},
		{"one's own rival from the story before", "", "डोनाल्ड ट्रंप ने कमला हैरिस के भाषण की बात की। इसके बाद ट्रंप ने रैली में अपने प्रतिद्वंद्वी पर तीखा हमला बोला।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"some rival is nobody", "", "सत्या नडेला ने सुंदर पिचाई से मुलाकात की। नडेला ने किसी प्रतिद्वंद्वी की आलोचना की।",
			[]string{}},
		// A headline's bare office is nobody tracked when the body gives
		// it to someone untracked ("<office> <name>"), read before the
		// headline; given to the tracked holder, it stays theirs.
		{"headline office the body gives to someone untracked", "प्रधानमंत्री ने मस्क की नीतियों पर उठाए सवाल",
			"कनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने एलन मस्क की आलोचना की। इस बीच नरेंद्र मोदी ने टेस्ला के नए कारखाने का स्वागत किया।",
			[]string{"narendra-modi>tesla:s"}},
		{"headline office the body gives to the tracked holder", "प्रधानमंत्री ने मस्क की नीतियों पर उठाए सवाल",
			"प्रधानमंत्री नरेंद्र मोदी ने एलन मस्क से फोन पर बात की।",
			[]string{"narendra-modi>elon-musk:h"}},
		// Thanks with no one thanked answer the last one who supported
		// the thanker (or the organisation the story ties them to); not
		// after an attack, and not when the words call someone out.
		{"thanks answer the last supporter", "", "नरेंद्र मोदी ने मुकेश अंबानी को नए अस्पताल के उद्घाटन के लिए बधाई दी। अंबानी ने मुस्कुराते हुए धन्यवाद कहा।",
			[]string{"mukesh-ambani>narendra-modi:s", "narendra-modi>mukesh-ambani:s"}},
		{"thanks while calling it an honour", "", "डोनाल्ड ट्रंप ने लैरी एलिसन को स्टारगेट की कमान दी और उन्हें शानदार कारोबारी बताया। एलिसन ने इसे सम्मान बताते हुए शुक्रिया कहा।",
			[]string{"donald-trump>larry-ellison:s", "larry-ellison>donald-trump:s"}},
		{"thanks in a one-word reply answer the supporter of one's company", "", "सत्या नडेला ने सुंदर पिचाई की कंपनी गूगल के नए फोन की तारीफ की। पिचाई ने जवाब में लिखा- शुक्रिया।",
			[]string{"satya-nadella>google:s", "satya-nadella>sundar-pichai:s", "sundar-pichai>satya-nadella:s"}},
		{"thanks after an attack thank nobody", "", "सत्या नडेला ने सुंदर पिचाई की आलोचना की। पिचाई ने धन्यवाद कहा।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		// In words in the first person (the speaker's own), a plural
		// third-person subject is the one named in them, an organisation
		// too — not the speaker.
		{"they in first-person words are the organisation named", "", "सुंदर पिचाई ने कहा कि रिलायंस के बारे में लोग पूछते रहते हैं, वे हमारे सबसे अहम साझेदार हैं।",
			[]string{"sundar-pichai>reliance:s"}},
		{"they in first-person headline words", "नडेला ने कहा- ओपनएआई से रिश्ते अच्छे, वे हमारे सबसे अहम साझेदार", "",
			[]string{"satya-nadella>openai:s"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := a.Analyze(pipeline.Story{ID: "s9b", Title: c.title, Body: c.body, Published: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)})
			if got := referenceStances(an); !slices.Equal(got, c.stances) {
				t.Fatalf("stances %v, want %v", got, c.stances)
			}
		})
	}
}
