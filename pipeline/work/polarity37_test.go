package work

import (
	"testing"
	"time"
)

// Session 37 (POLARITY): our own sentences for polarity37.go. The first
// rows of each table fail without the reading; the controls must stay as
// they are.

// TestPolarity37RelationTold: a relationship noun between two others told
// in a third's words (analysts, sources, a paper, a tracked third) is the
// teller's reading, not asserted (relationTold37).
func TestPolarity37RelationTold(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"analysts tell a strain", "टेक उद्योग पर नजर रखने वाले जानकारों का कहना है कि माइक्रोसॉफ्ट और ओपनएआई के रिश्तों में पिछले कुछ महीनों से तनातनी चल रही है।",
			nil},
		{"an analyst's belief in quotes", "वॉल स्ट्रीट के एक विश्लेषक ने सोमवार को न्यूयॉर्क में कहा, \"मेरा मानना है कि सॉफ्टबैंक और ओरेकल के बीच अब खुली खींचतान है।\"",
			nil},
		{"a paper citing sources", "एक जापानी अखबार ने सूत्रों के हवाले से लिखा कि डेटा सेंटरों के ठेकों को लेकर सॉफ्टबैंक और ओपनएआई में टकराव बढ़ गया है।",
			nil},

		{"a headline credits a report", "ब्लूमबर्ग की रिपोर्ट: गूगल-मेटा रिश्तों में तनातनी || अमेरिकी समाचार एजेंसी ब्लूमबर्ग ने मंगलवार को बताया कि विज्ञापन बाजार को लेकर दोनों कंपनियों के अधिकारियों की बैठक बेनतीजा रही।",
			nil},
		{"analysts tell a cooling", "सिलिकॉन वैली के जानकारों का कहना है कि सत्या नडेला और सैम ऑल्टमैन के रिश्तों में अब पहले जैसी गर्मजोशी नहीं रही।",
			nil},
		{"analysts tell parted ways", "राजनीतिक विश्लेषकों ने बुधवार को वॉशिंगटन में कहा कि एलन मस्क और डोनाल्ड ट्रंप की राहें अब जुदा हो चुकी हैं।",
			nil},
		{"a paper tells a growing distance", "एक अमेरिकी अखबार ने सूत्रों के हवाले से लिखा कि मेटा और गूगल के बीच दूरी बढ़ गई है।",
			nil},

		// Controls.
		{"sources tell a snub with its doer", "पार्टी सूत्रों ने बताया कि राहुल गांधी ने गौतम अडानी से मिलने से साफ इनकार कर दिया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"sources tell a break with its doer", "कंपनी के करीबी सूत्रों ने बताया कि सॉफ्टबैंक ने ओपनएआई के साथ अपना करार तोड़ दिया है।",
			[]string{"softbank>openai:h"}},
		{"the narrator's relationship noun", "पिछले कुछ हफ्तों में एलन मस्क और डोनाल्ड ट्रंप के रिश्तों में खटास आ गई है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"analysts on a quarrel the story told", "जून में खर्च विधेयक को लेकर ट्रंप और मस्क के बीच तीखी तकरार हुई थी। विश्लेषकों का कहना है कि यह खटास आगे किस मोड़ पर जाएगी, यह कहना मुश्किल है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"one of the two admits friction", "सैम ऑल्टमैन ने एक इंटरव्यू में माना कि ओपनएआई और माइक्रोसॉफ्ट के बीच कुछ मुद्दों पर खींचतान रहती है।",
			[]string{"microsoft>openai:h", "openai>microsoft:h"}},
		{"a background quarrel after गौरतलब है कि", "गौरतलब है कि मुकेश अंबानी और गौतम अडानी के बीच लंबे समय से कारोबारी टकराव रहा है।",
			[]string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
