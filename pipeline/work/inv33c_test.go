package work

import (
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// Session 33 (inv6): rows of our own for inv33c.go. Each row is a story
// and its asserted stances ("src>tgt:h|s", feud = any hostile); the
// controls must read as they did before the fixes.

type inv33cCase struct {
	name        string
	title, body string
	want        []string
}

func checkInv33c(t *testing.T, cases []inv33cCase) {
	t.Helper()
	a := shippedAnalyzer(t)
	for _, c := range cases {
		got := inv32Set(a, pipeline.Story{ID: "inv33c", Title: c.title, Body: c.body, Published: inv32Date})
		if w := inv32Want(c.want); got != w {
			t.Errorf("%s:\n  %s\n got  %s\n want %s", c.name, c.body, got, w)
		}
	}
}

// TestInv33cApposition: an age or a note in brackets, or a describing
// relative clause, between a name and its postposition (appos33c).
func TestInv33cApposition(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// the first two fail without appos33c (and its clause hook);
		// the next two held before and must still hold
		{name: "fronted genitive past an age", body: "गूगल के सीईओ सुंदर पिचाई की मार्क जुकरबर्ग (41) ने खुलकर तारीफ की।",
			want: []string{"mark-zuckerberg>sundar-pichai:s"}},
		{name: "relative clause, conjunct with a pronoun object", body: "मार्क जुकरबर्ग, जो एक बड़ी सोशल मीडिया कंपनी के मालिक हैं, ने सत्या नडेला के आरोपों को हंसी में उड़ा दिया और उन्हें झूठ का सौदागर बताया।",
			want: []string{"mark-zuckerberg>satya-nadella:h"}},
		{name: "relative clause, shared subject of a conjunct", body: "सत्या नडेला, जो एक बड़ी टेक कंपनी के प्रमुख हैं, ने मुकेश अंबानी का मंच पर स्वागत किया और उन्हें सच्चा दोस्त बताया।",
			want: []string{"satya-nadella>mukesh-ambani:s"}},
		{name: "relative clause, content clause after a conjunct", body: "रीड हॉफमैन, जो लंबे समय से डेमोक्रेट्स के दानदाता रहे हैं, ने बुधवार को एक लेख लिखा और कहा कि एलन मस्क लोकतंत्र को कमजोर कर रहे हैं।",
			want: []string{"reid-hoffman>elon-musk:h"}},
		// controls: the same without the insertion, and a clause that
		// names a tracked entity (left to the readers as it was)
		{name: "control: no age", body: "गूगल के सीईओ सुंदर पिचाई की मार्क जुकरबर्ग ने खुलकर तारीफ की।",
			want: []string{"mark-zuckerberg>sundar-pichai:s"}},
		{name: "control: no relative clause", body: "सत्या नडेला ने मुकेश अंबानी का मंच पर स्वागत किया और उन्हें सच्चा दोस्त बताया।",
			want: []string{"satya-nadella>mukesh-ambani:s"}},
		{name: "control: a bracket after a non-person", body: "रिलायंस (आरआईएल) ने मंगलवार को नए संयंत्र की घोषणा की।",
			want: nil},
		{name: "control: a relative clause with no postposition after it", body: "मुकेश अंबानी, जो देश के सबसे अमीर व्यक्ति हैं, इस बार सम्मेलन में नहीं आए।",
			want: nil},
	})
}

// TestInv33cPassiveSpeaker: "X की ओर से कहा गया कि …" keeps X the
// speaker (passiveFinite33c).
func TestInv33cPassiveSpeaker(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// the first two fail without passiveFinite33c; the third held
		// before and must still hold
		{name: "epithet in the content clause", body: "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई योजना शुरू की। राहुल गांधी की ओर से कहा गया कि प्रधानमंत्री किसानों से झूठ बोल रहे हैं।",
			want: []string{"rahul-gandhi>narendra-modi:h"}},
		{name: "epithet after आरोप लगाया गया है कि", body: "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने नए शुल्कों का ऐलान किया। नाइजल फराज की ओर से आरोप लगाया गया है कि अमेरिकी राष्ट्रपति ब्रिटेन के किसानों को बर्बाद कर रहे हैं।",
			want: []string{"nigel-farage>donald-trump:h"}},
		{name: "an agent inside the content clause (held before too)", body: "रीड हॉफमैन की ओर से कहा गया कि चंदा रोककर एलन मस्क ने छोटे दलों के साथ धोखा किया है।",
			want: []string{"reid-hoffman>elon-musk:h"}},
		// controls: the participle that does qualify a noun, and the
		// active form
		{name: "control: participle qualifying a noun", body: "डोनाल्ड ट्रंप की ओर से लाई गई योजना की राहुल गांधी ने आलोचना की।",
			want: []string{"rahul-gandhi>donald-trump:h"}},
		{name: "control: active", body: "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई योजना शुरू की। राहुल गांधी ने कहा कि प्रधानमंत्री किसानों से झूठ बोल रहे हैं।",
			want: []string{"rahul-gandhi>narendra-modi:h"}},
	})
}

// TestInv33cCourtNoun: a story that names a person only by title and
// surname keeps them when a court noun stands right before a later
// surname ("अब जूरी मस्क के दावों पर …"): the noun is no given name of a
// namesake (grounding.yaml nouns).
func TestInv33cCourtNoun(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// both fail without the three nouns
		{name: "jury before the surname", body: "स्पेसएक्स प्रमुख मस्क ने ओपनएआई के खिलाफ मुकदमा दायर किया है। अब जूरी मस्क के दावों पर फैसला करेगी।",
			want: []string{"elon-musk>openai:h"}},
		{name: "witness before the surname", body: "अमेरिकी राष्ट्रपति ट्रंप ने मेटा पर मुकदमा किया था। गवाह ट्रंप के पक्ष में बयान देंगे।",
			want: []string{"donald-trump>meta:h"}},
		// control: a namesake's given name before the surname still
		// makes the bare surname another person's
		{name: "control: namesake", body: "किम्बल मस्क ने ओपनएआई के खिलाफ मुकदमा दायर किया है।",
			want: nil},
	})
}

// TestInv33cOfficeSpan: a story that gave an office word to a person
// ("अरबपति रीड हॉफमैन") reads that person's longer description starting
// with the word as one reference ("अरबपति निवेशक ने", officeSpan33c).
func TestInv33cOfficeSpan(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// fails without officeSpan33c
		{name: "two-word kind after the office was given", body: "लॉस एंजेलिस में अरबपति रीड हॉफमैन ने दानदाताओं से मुलाकात की। बाद में अरबपति निवेशक ने कहा कि डोनाल्ड ट्रंप लोकतंत्र के लिए खतरा हैं।",
			want: []string{"reid-hoffman>donald-trump:h"}},
		// controls: no office given; the one-word office alone
		{name: "control: no office given", body: "लॉस एंजेलिस में रीड हॉफमैन ने दानदाताओं से मुलाकात की। बाद में अरबपति निवेशक ने कहा कि डोनाल्ड ट्रंप लोकतंत्र के लिए खतरा हैं।",
			want: []string{"reid-hoffman>donald-trump:h"}},
		{name: "control: one-word office", body: "न्यूयॉर्क में अरबपति एलन मस्क ने एक कार्यक्रम में हिस्सा लिया। अरबपति ने कहा कि सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता।",
			want: []string{"elon-musk>sam-altman:h"}},
	})
}

// TestInv33cEpithetOwner: a person named by a title speaks through a
// proxy as by name ("स्पेसएक्स प्रमुख के वकील ने …; वकील के मुताबिक …",
// epithOwner33c).
func TestInv33cEpithetOwner(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// both fail without epithOwner33c
		{name: "lawyer of a title, quoted later", body: "ओपनएआई के खिलाफ एलन मस्क के मुकदमे की सुनवाई शुरू हुई। स्पेसएक्स प्रमुख के वकील ने जूरी से कहा कि कंपनी का ढांचा बदलना गलत था। वकील के मुताबिक सैम ऑल्टमैन ने \"सोच-समझकर भरोसा तोड़ा\"।",
			want: []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{name: "lawyer of a title, speaking later", body: "ओपनएआई के खिलाफ एलन मस्क के मुकदमे की सुनवाई शुरू हुई। स्पेसएक्स प्रमुख के वकील ने जूरी से कहा कि कंपनी का ढांचा बदलना गलत था। वकील ने कहा कि सैम ऑल्टमैन ने निवेशकों को गुमराह किया।",
			want: []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		// control: the same by name
		{name: "control: lawyer of a name", body: "ओपनएआई के खिलाफ एलन मस्क के मुकदमे की सुनवाई शुरू हुई। मस्क के वकील ने जूरी से कहा कि कंपनी का ढांचा बदलना गलत था। वकील ने कहा कि सैम ऑल्टमैन ने निवेशकों को गुमराह किया।",
			want: []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
	})
}
