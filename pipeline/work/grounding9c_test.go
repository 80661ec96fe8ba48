package work

import (
	"testing"
)

// TestSession9GroundingC holds the third session-9 grounding pass's
// rules, in sentences of our own. A row checks the mentions of one entity
// (field:text), or the asserted stances of the story ("source>target:h|s"),
// or both (a nil list is not checked).
func TestSession9GroundingC(t *testing.T) {
	cases := []groundingCase{
		// A verb form ending in -एं (बताएं, जाएं) before a surname is not
		// a given name: the surname alone is the person.
		{"surname after a subjunctive in -एं", "शहजादे बताएं अंबानी से कितना माल लिया", "",
			"mukesh-ambani", []string{"title:अंबानी"}, nil},
		{"surname after a plural imperative in -एं", "", "नेता जी कहते हैं कि लोग जाएं अडानी से पूछें।",
			"gautam-adani", []string{"body:अडानी"}, nil},
		{"a real given name before the surname is still a namesake", "", "अनिल अंबानी ने नया कारोबार शुरू किया।",
			"mukesh-ambani", []string{}, nil},
		// A mocking nickname before a surname is the person, not a
		// namesake, in a headline or a quote, as subject or object.
		{"nickname as the subject in a quote", "ऑल्टमैन पर मस्क का तंज, बोले- 'स्कैम ऑल्टमैन' ने कंपनी बेच दी", "",
			"sam-altman", []string{"title:ऑल्टमैन", "title:ऑल्टमैन"}, []string{"elon-musk>sam-altman:h"}},
		{"nickname alone after a dash", "", "एलन मस्क ने एक्स पर लिखा- फ्रॉड ऑल्टमैन पर कोई भरोसा नहीं करता।",
			"sam-altman", []string{"body:ऑल्टमैन"}, []string{"elon-musk>sam-altman:h"}},
		{"English nickname in a Hindi sentence", "", "डोनाल्ड ट्रंप ने रैली में Crooked Harris पर झूठ फैलाने का आरोप लगाया।",
			"kamala-harris", []string{"body:Harris"}, []string{"donald-trump>kamala-harris:h"}},
		// Inside the quoted label of a naming verb the nickname is the
		// label, not a mention: the one called is the object, and the
		// words that follow keep their own reading.
		{"quoted nickname as a label", "", "सैम ऑल्टमैन ने नया मॉडल दिखाया। एलन मस्क ने उन्हें ‘फ्रॉड ऑल्टमैन’ कहा और लिखा कि ओपनएआई के सीईओ पर भरोसा नहीं किया जा सकता।",
			"sam-altman", []string{"body:सैम ऑल्टमैन"}, []string{"elon-musk>sam-altman:h"}},
		// An organisation's unit by its bare brand (जियो) in a body that
		// does not name the organisation otherwise: the company when a
		// case marker follows it (a noun), or a hyphen joins it to
		// another name; never the verb.
		{"bare brand before a case marker", "", "गौतम अडानी ने कहा कि जियो के जरिये गांवों तक इंटरनेट पहुंचा और यह शानदार काम है।",
			"reliance", []string{"body:जियो"}, nil},
		{"bare brand as a subject", "", "नरेंद्र मोदी ने कहा कि जियो ने देश में डेटा सस्ता किया।",
			"reliance", []string{"body:जियो"}, nil},
		{"bare brand joined by a hyphen", "", "जियो-गूगल साझेदारी से लाखों लोगों को सस्ता फोन मिला।",
			"reliance", []string{"body:जियो"}, nil},
		{"the verb stays out", "", "मुकेश अंबानी ने छात्रों से कहा कि खुलकर जियो, डर को छोड़ो।",
			"reliance", []string{}, nil},
		{"the verb before a conjunction stays out", "", "सुंदर पिचाई ने कहा कि शान से जियो और मेहनत करो।",
			"reliance", []string{}, nil},
		{"a headline's bare brand stays out", "जियो से बदली गांवों की तस्वीर", "गांवों में अब तेज इंटरनेट है।",
			"reliance", []string{}, nil},
		// A headline's given name opening a quote that a short label
		// after a tracked person gives as theirs is the person the
		// speaker calls by it; after a long stretch it is not.
		{"given name opening a quote after a label", "जुकरबर्ग की दो टूक: “एलन से अब कोई झगड़ा नहीं”", "",
			"elon-musk", []string{"title:एलन"}, nil},
		{"given name opening a quote after a single quote mark", "ट्रंप का जवाब: ‘सैम ने अच्छा काम किया’", "",
			"sam-altman", []string{"title:सैम"}, nil},
		{"given name opening a quote after a long stretch", "ट्रंप की रैली में भीड़ ने देर रात तक नारे लगाए: “एलन जिंदाबाद”", "",
			"elon-musk", []string{}, nil},
		// "कंपनी ने" with no organisation named as a subject or agent
		// before it: the one company the story ties to the person named
		// last (by a role's genitive), and a singular pronoun in its
		// words is the company, not the person; a company noun in
		// another role stays no one.
		{"company agent after its founder's role", "", "मेटा के संस्थापक मार्क जुकरबर्ग कैलिफोर्निया में थे। कंपनी ने बयान जारी कर कहा कि वह ओपनएआई की नीतियों से सहमत नहीं है और उसकी आलोचना करती है।",
			"", nil, []string{"meta>openai:h"}},
		{"pronoun in the company's words after its co-founder's role", "", "ओरेकल के सह-संस्थापक लैरी एलिसन उत्साहित हैं। कंपनी ने पुष्टि की कि उसने ओपनएआई की तारीफ की है।",
			"", nil, []string{"oracle>openai:s"}},
		{"a company noun as a comparison stays no one", "", "लिंक्डइन के सह-संस्थापक रीड हॉफमैन ने मस्क पर निशाना साधा और कहा कि सरकार को स्टार्टअप की तरह चलाना गलत है।",
			"", nil, []string{"reid-hoffman>elon-musk:h"}},
	}
	checkGroundingCases(t, cases)
}
