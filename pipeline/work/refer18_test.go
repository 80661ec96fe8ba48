package work

import (
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestSession18Refer: references the story resolves (session 18, REFER
// helper). Each rule has rows where it fires and rows where it must not.
func TestSession18Refer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A watchlist epithet in force on the story's date stands for its
		// holder also when the story never names them (the blind dev
		// files label it so: dvz, dab, dce, dcj, dvp, dvw, dvt).
		{"X ने कहा कि प्रधानमंत्री … (holder never named)", "कांग्रेस नेता राहुल गांधी ने संसद के बाहर कहा कि प्रधानमंत्री झूठ बोल रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"नेता प्रतिपक्ष ने Y पर आरोप लगाया (speaker by epithet only)", "लोकसभा में नेता प्रतिपक्ष ने सदन में डोनाल्ड ट्रंप पर भारत का अपमान करने का आरोप लगाया।", []string{"rahul-gandhi>donald-trump:h"}},
		{"X ने प्रधानमंत्री पर … का आरोप लगाया", "राहुल गांधी ने प्रधानमंत्री पर देश को गुमराह करने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"दुनिया के सबसे अमीर व्यक्ति ने Y पर निशाना साधा", "दुनिया के सबसे अमीर व्यक्ति ने एक बार फिर ओपनएआई पर निशाना साधा और उसे धोखेबाज कहा।", []string{"elon-musk>openai:h"}},
		// Must not fire: the office of another house ("राज्यसभा में नेता
		// प्रतिपक्ष" where the watchlist has only the Lok Sabha's), the
		// next holder (अगला/अगले/भावी), someone indefinite.
		{"राज्यसभा में नेता प्रतिपक्ष: another house's office", "राज्यसभा में नेता प्रतिपक्ष ने सदन में डोनाल्ड ट्रंप पर भारत का अपमान करने का आरोप लगाया।", nil},
		{"X: Z ब्रिटेन के अगले प्रधानमंत्री बनने के हकदार (not the holder)", "एलन मस्क ने कहा कि ब्रिटेन के अगले प्रधानमंत्री को देश की सीमाएं बचानी होंगी और उन्होंने मौजूदा सरकार को नाकाम बताया।", nil},
		{"भावी प्रधानमंत्री: not the holder", "डोनाल्ड ट्रंप ने कहा कि भावी प्रधानमंत्री झूठ बोल रहे हैं।", nil},
		{"एक प्रधानमंत्री: indefinite", "राहुल गांधी ने कहा कि एक प्रधानमंत्री को झूठ नहीं बोलना चाहिए।", nil},

		// An organisation's name and a role that are word for word one
		// person's watchlist title in force: that person, named or not.
		{"टेस्ला प्रमुख ने Y पर निशाना साधा (never named)", "टेस्ला प्रमुख ने डोनाल्ड ट्रंप पर निशाना साधा और उन्हें झूठा कहा।", []string{"elon-musk>donald-trump:h"}},
		{"माइक्रोसॉफ्ट के सीईओ ने Y की तारीफ की (never named)", "माइक्रोसॉफ्ट के सीईओ ने ओपनएआई की तारीफ की।", []string{"satya-nadella>openai:s"}},
		{"ट्विटर के मालिक ने … (title in force)", "ट्विटर के मालिक ने डोनाल्ड ट्रंप पर निशाना साधा और उन्हें झूठा कहा।", []string{"elon-musk>donald-trump:h"}},
		// Must not fire: a role that is nobody's title (इंजीनियर), a
		// spokesperson (the company's own voice).
		{"टेस्ला के इंजीनियर ने …: nobody's title", "टेस्ला के इंजीनियर ने डोनाल्ड ट्रंप पर निशाना साधा और उन्हें झूठा कहा।", nil},
		{"टेस्ला के प्रवक्ता ने …: the company", "टेस्ला के प्रवक्ता ने डोनाल्ड ट्रंप पर निशाना साधा और उन्हें झूठा कहा।", []string{"tesla>donald-trump:h"}},

		// "इस <tie> से" under a withdrawal: the other party of the
		// story's last asserted tie, when the sentence names one party.
		{"X और Y ने साझेदारी की। X ने इस साझेदारी से खुद को अलग कर लिया", "रिलायंस और मेटा ने पिछले साल साझेदारी की थी। अब मेटा ने इस साझेदारी से खुद को अलग कर लिया है।", []string{"meta>reliance:h", "meta>reliance:s", "reliance>meta:s"}},
		{"X ने Y के साथ करार किया। X ने इस करार से नाता तोड़ लिया", "ओरेकल ने ओपनएआई के साथ क्लाउड करार किया था। अब ओरेकल ने इस करार से नाता तोड़ लिया है।", []string{"oracle>openai:h", "oracle>openai:s", "openai>oracle:s"}},
		// Must not fire: no withdrawal (a benefit), a third party, no
		// tie before.
		{"X को इस साझेदारी से फायदा: no withdrawal", "रिलायंस और मेटा ने पिछले साल साझेदारी की थी। मेटा को इस साझेदारी से बड़ा फायदा हुआ है।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"Z ने इस साझेदारी से खुद को दूर रखा: neither party", "रिलायंस और मेटा ने पिछले साल साझेदारी की थी। गूगल ने इस साझेदारी से खुद को अलग रखा है।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"no tie before", "मेटा ने इस साझेदारी से खुद को अलग कर लिया है।", nil},
		// A rupture frame opening with the tie noun ("समझौते से बाहर",
		// "समझौते को रद्द") after a demonstrative: left by its source.
		{"X और Y के बीच समझौता। X इस समझौते से बाहर निकल रही है", "टेस्ला और एक्सएआई के बीच पिछले साल समझौता हुआ था। टेस्ला इस समझौते से बाहर निकल रही है।", []string{"tesla>xai:h", "tesla>xai:s", "xai>tesla:s"}},
		{"X ने इस समझौते को रद्द कर दिया", "टेस्ला और एक्सएआई के बीच पिछले साल समझौता हुआ था। टेस्ला ने इस समझौते को रद्द कर दिया।", []string{"tesla>xai:h", "tesla>xai:s", "xai>tesla:s"}},
		{"Z इस समझौते से बाहर: not a party", "टेस्ला और एक्सएआई के बीच पिछले साल समझौता हुआ था। गूगल इस समझौते से बाहर निकल रही है।", []string{"tesla>xai:s", "xai>tesla:s"}},
		{"X इस समझौते से बाहर, no tie before", "टेस्ला इस समझौते से बाहर निकल रही है।", nil},
		// A reply's आप with no one named: the person who acted in the
		// sentence before.
		{"Y ने … सवाल उठाए। X बोले- आप गलत हैं", "मस्क ने ओपनएआई पर सवाल उठाए। ऑल्टमैन बोले- आप गलत हैं।", []string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		{"Y ने … आलोचना की। X ने कहा, “आप झूठ फैला रहे हैं”", "ट्रंप ने हैरिस की नीतियों की आलोचना की। हैरिस ने कहा, “आप झूठ फैला रहे हैं।”", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		// Must not fire: another person named in the sentence, the
		// speaker the one who acted before, an organisation before.
		{"X ने Z का शुक्रिया अदा करते हुए कहा, “आपके बिना …”", "मस्क ने ओपनएआई पर सवाल उठाए। ऑल्टमैन ने ट्रंप का शुक्रिया अदा करते हुए कहा, “आपके बिना यह संभव नहीं होता।”", []string{"elon-musk>openai:h", "sam-altman>donald-trump:s"}},
		{"X … । X बोले- आप गलत हैं: the speaker himself before", "मस्क ने ओपनएआई पर सवाल उठाए। मस्क बोले- आप गलत हैं।", []string{"elon-musk>openai:h"}},
		{"Org … । X बोले- आप गलत हैं: no person before", "ओपनएआई ने नया मॉडल उतारा। ऑल्टमैन बोले- आप गलत हैं।", nil},
		// A subject "दोनों" of a tie after a pair named together in the
		// sentences before, in any case (here a genitive).
		{"X और Y के रिश्तों पर चर्चा थी। दोनों ने साझेदारी का ऐलान किया", "माइक्रोसॉफ्ट और ओपनएआई के रिश्तों पर चर्चा थी। दोनों ने साझेदारी का ऐलान किया।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"X और Y की बैठक हुई। इसके बाद दोनों कंपनियों ने साझेदारी की", "माइक्रोसॉफ्ट और ओपनएआई की बैठक हुई। इसके बाद दोनों कंपनियों ने साझेदारी की।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		// Must not fire: दोनों कंपनियों over two persons, the pair too far
		// back.
		{"X और Y की बैठक हुई। दोनों कंपनियों ने …: persons", "सत्या नडेला और सैम ऑल्टमैन की बैठक हुई। इसके बाद दोनों कंपनियों ने साझेदारी की।", nil},
		{"pair three sentences back", "माइक्रोसॉफ्ट और ओपनएआई के रिश्तों पर चर्चा थी। बाजार में हलचल रही। शेयर चढ़े। निवेशक खुश दिखे। दोनों ने साझेदारी का ऐलान किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC), cases)
	// A title out of force on the story's date is nobody's.
	checkStanceCases(t, a, time.Date(2021, 5, 1, 9, 0, 0, 0, time.UTC), []stanceCase{
		{"ट्विटर के मालिक ने … in 2021: not yet his title", "ट्विटर के मालिक ने डोनाल्ड ट्रंप पर निशाना साधा और उन्हें झूठा कहा।", nil},
	})
}

// TestSession18ReferredEntities: a party of an asserted stance referred
// to only by a watchlist title is one of the story's entities; a title in
// no stance adds none.
func TestSession18ReferredEntities(t *testing.T) {
	a := shippedAnalyzer(t)
	at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a stance on the holder", "राहुल गांधी ने प्रधानमंत्री पर देश को गुमराह करने का आरोप लगाया।", []string{"narendra-modi", "rahul-gandhi"}},
		{"a title in no stance", "प्रधानमंत्री ने बुधवार को संसद में बजट पर चर्चा की और राहुल गांधी भी मौजूद थे।", []string{"rahul-gandhi"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := a.Analyze(pipeline.Story{ID: "case", Body: c.body, Published: at}).Entities
			if !slices.Equal(got, c.want) {
				t.Fatalf("entities %v, want %v", got, c.want)
			}
		})
	}
}
