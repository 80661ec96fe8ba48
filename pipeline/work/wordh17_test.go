package work

import (
	"slices"
	"testing"
	"time"
)

// TestAlternatives17: a frame's words with "|" expand to one entry per
// choice; "_" joins the words of one choice.
func TestAlternatives17(t *testing.T) {
	got, err := alternatives("झूठे|मनगढ़ंत बातें फैला*|की_जरूरत")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"झूठे बातें फैला*", "झूठे बातें की जरूरत", "मनगढ़ंत बातें फैला*", "मनगढ़ंत बातें की जरूरत"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got, _ := alternatives("आलोचना की"); !slices.Equal(got, []string{"आलोचना की"}) {
		t.Fatalf("plain words changed: %q", got)
	}
	if _, err := alternatives("झूठे||फर्जी वादे"); err == nil {
		t.Fatal("an empty alternative must be an error")
	}
}

// TestWordh17Families: deceit charged against the doer (a false, made-up,
// fake or misleading promise, tale, fear or figure made, spread or
// told), delusion (भ्रम पाल-, गलतफहमी में, Y को गलतफहमी है) and a
// demand that Y be replaced, each in several of its forms; negated,
// first-person and news-only uses give nothing.
func TestWordh17Families(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने किसानों से झूठे वादे किए।", []string{"kamala-harris>donald-trump:h"}},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी मनगढ़ंत बातें फैला रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "नरेंद्र मोदी ने कहा कि राहुल गांधी झूठा डर फैला रहे हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस फर्जी आंकड़े दिखा रही हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"", "नरेंद्र मोदी ने कहा कि राहुल गांधी झूठी कहानियां गढ़ रहे हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप तानाशाह बनने का भ्रम पाल रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"", "मार्क जुकरबर्ग ने कहा कि एलन मस्क किसी गलतफहमी में हैं।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"", "सैम ऑल्टमैन ने कहा कि एलन मस्क भ्रम के शिकार हैं।", []string{"sam-altman>elon-musk:h"}},
		{"", "मासायोशी सन ने कहा कि एलन मस्क को गलतफहमी हो गई है।", []string{"masayoshi-son>elon-musk:h"}},
		{"", "एलन मस्क ने कहा कि नाइजल फराज की जगह नया नेता चाहिए।", []string{"elon-musk>nigel-farage:h"}},
		{"", "एलन मस्क ने कहा कि नाइजल फराज की जगह नए नेता की जरूरत है।", []string{"elon-musk>nigel-farage:h"}},
		// The charge the doer makes stays his attack.
		{"", "डोनाल्ड ट्रंप ने कमला हैरिस पर झूठे आरोप लगाए।", []string{"donald-trump>kamala-harris:h"}},
		// Must not fire.
		{"", "एलन मस्क ने कहा कि वह झूठे वादे नहीं करते।", nil},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने झूठे वादों का खंडन किया।", nil},
		{"", "डोनाल्ड ट्रंप ने कहा कि उन्हें कोई गलतफहमी नहीं है।", nil},
		{"", "नरेंद्र मोदी की जगह नया नेता चुना गया।", nil},
		{"", "सैम ऑल्टमैन ने कहा कि मतदाता झूठे वादों के भ्रम में नहीं आएंगे।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestWordh17Nerve: the doer lost his nerve or his way (डर/सहम/भटक
// गए, बेकाबू/बदहवास/हताश हो गए), failed (Y की नाकामी/विफलता/चूक है) or
// betrayed a cause (गद्दारी), in someone's words; the speaker's own fear,
// a scene in narration, a failing denied and a mistake that flips
// support (गलती थी) read as before.
func TestWordh17Nerve(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "राहुल गांधी ने कहा कि प्रधानमंत्री नरेंद्र मोदी डर गए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क पूरी तरह बेकाबू हो गए हैं।", []string{"donald-trump>elon-musk:h"}},
		{"", "एलन मस्क ने कहा कि ओपनएआई अपने मूल मिशन से भटक गई है।", []string{"elon-musk>openai:h"}},
		{"", "नाइजल फराज ने कहा कि महंगाई डोनाल्ड ट्रंप की नाकामी है।", []string{"nigel-farage>donald-trump:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने मिशन के साथ गद्दारी की है।", []string{"elon-musk>sam-altman:h"}},
		{"", "एलन मस्क ने आरोप लगाया कि ओपनएआई ने माइक्रोसॉफ्ट के साथ सौदे करके अपने मिशन से गद्दारी की।", []string{"elon-musk>openai:h"}},
		{"", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप का समर्थन करना गलती थी।", []string{"nigel-farage>donald-trump:h"}},
		// Must not fire.
		{"", "राहुल गांधी ने कहा कि वह डर गए थे।", nil},
		{"", "नरेंद्र मोदी को देखकर बच्चे डर गए।", nil},
		{"", "नाइजल फराज ने कहा कि यह डोनाल्ड ट्रंप की नाकामी नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestWordh17Trust: trust betrayed in the other wordings of "भरोसा
// तोड़-" (भरोसे का कत्ल, विश्वास की हत्या, भरोसे के साथ धोखा); a promise
// not to betray it gives nothing.
func TestWordh17Trust(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने भरोसे का कत्ल किया।", []string{"elon-musk>sam-altman:h"}},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने जनता के विश्वास की हत्या की है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने उनके भरोसे के साथ धोखा किया।", []string{"elon-musk>sam-altman:h"}},
		{"", "सैम ऑल्टमैन ने कहा कि वह किसी के भरोसे का कत्ल नहीं करेंगे।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
