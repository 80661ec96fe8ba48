package work

import (
	"testing"
	"time"
)

// TestSession17WordsFiring: support worded as the blind files word it
// (session 17, WORDS helper): praise words in callings and quotes (गजब
// in a calling, जांबाज, नायाब, बढ़िया, deserving praise), a joint body,
// initiative or work begun together ("मिलकर … पर काम शुरू किया",
// "मिलकर नई पहल"), and the correlative "Y ने जिस … यह …
// की है, वह <praise> है" read past a demonstrative inside the relative
// clause. Each row gave no stance, or another one, before.
func TestSession17WordsFiring(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"गजब का in a calling", "मासायोशी सन ने डोनाल्ड ट्रंप को गजब का सौदेबाज बताया।", []string{"masayoshi-son>donald-trump:s"}},
		{"गजब के (plural) in a calling", "मुकेश अंबानी ने सुंदर पिचाई को गजब के इंजीनियर बताया।", []string{"mukesh-ambani>sundar-pichai:s"}},
		{"जांबाज in X's words", "मार्क जुकरबर्ग ने कहा कि डोनाल्ड ट्रंप जांबाज हैं।", []string{"mark-zuckerberg>donald-trump:s"}},
		{"नायाब", "मुकेश अंबानी ने सुंदर पिचाई को नायाब इंजीनियर बताया।", []string{"mukesh-ambani>sundar-pichai:s"}},
		{"बढ़िया", "डोनाल्ड ट्रंप ने कहा कि नाइजल फराज बढ़िया नेता हैं।", []string{"donald-trump>nigel-farage:s"}},
		{"तारीफ के काबिल", "सत्या नडेला ने सैम ऑल्टमैन के फैसले को तारीफ के काबिल बताया।", []string{"satya-nadella>sam-altman:s"}},
		{"काबिले तारीफ", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क का काम काबिले तारीफ है।", []string{"donald-trump>elon-musk:s"}},
		{"मिलकर … पर काम शुरू किया", "मेटा और गूगल ने मिलकर एआई सुरक्षा मानक पर काम शुरू किया।", []string{"google>meta:s", "meta>google:s"}},
		{"मिलकर पहल", "ओरेकल और सॉफ्टबैंक ने मिलकर एक नई पहल शुरू की।", []string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"a tie's terms sealed (headline)", "ओपनएआई और माइक्रोसॉफ्ट ने साझेदारी की नई शर्तों पर मुहर लगाई", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"a tie's frame signed", "माइक्रोसॉफ्ट और ओपनएआई ने अपने रिश्ते के नए ढांचे पर दस्तखत किए।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"correlative past a demonstrative, a person met earlier", "राहुल गांधी ने संसद में भाषण दिया। नरेंद्र मोदी ने कहा कि अडानी समूह ने जिस रफ्तार से यह परियोजना पूरी की है, वह सराहनीय है।", []string{"narendra-modi>adani-group:s"}},
	})
}

// TestSession17WordsQuiet: the same words where no tracked party's
// support is told: गजब as an intensifier outside a calling, a joint
// statement or press meet, a joint work against someone (the hostile
// frame wins), praise withheld.
func TestSession17WordsQuiet(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"गजब की महंगाई (intensifier)", "राहुल गांधी ने कहा कि नरेंद्र मोदी की सरकार में गजब की महंगाई है।", nil},
		{"गजब का झूठा stays hostile", "एलन मस्क ने कहा कि सैम ऑल्टमैन गजब का झूठा है।", []string{"elon-musk>sam-altman:h"}},
		{"संयुक्त बयान", "मेटा और गूगल ने संयुक्त बयान जारी किया।", nil},
		{"संयुक्त प्रेस वार्ता", "नरेंद्र मोदी और डोनाल्ड ट्रंप ने संयुक्त प्रेस वार्ता की।", nil},
		{"मिलकर बयान", "मेटा और गूगल ने मिलकर बयान जारी किया।", nil},
		{"मिलकर … की आलोचना", "एलन मस्क और मार्क जुकरबर्ग ने मिलकर ओपनएआई की आलोचना की।", []string{"elon-musk>openai:h", "mark-zuckerberg>openai:h"}},
		{"terms signed by one party", "डोनाल्ड ट्रंप ने युद्धविराम की शर्तों पर दस्तखत किए।", nil},
		{"terms not signed (refused)", "एलन मस्क और डोनाल्ड ट्रंप ने शर्तों पर दस्तखत करने से इनकार किया।", nil},
		{"बढ़िया weather", "डोनाल्ड ट्रंप ने कहा कि आज बढ़िया मौसम है।", nil},
	})
}
