package work

import (
	"testing"
	"time"
)

// Session 32 (FRESHDD): our own sentences for the errors of
// dev-contrast-dd, written in the same shapes with other names and other
// words. The first rows of each test fail without the change named; the
// controls must stay as they are.

// TestFreshDD32Wording: wordings added to the lexicon (trust called folly
// or asked of rhetorically, a company kept alive on subsidies, the tariff
// king), with controls. (A claim tying Y to a named third person's island
// was dropped by the lead: a person's name is no lexicon wording.)
func TestFreshDD32Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Trust called folly (frames.yaml).
		{"trust is folly, that-clause", "मार्क जुकरबर्ग ने कहा कि एलन मस्क पर भरोसा करना मूर्खता है।",
			[]string{"mark-zuckerberg>elon-musk:h"}},
		{"trust is folly, quote first", "“नरेंद्र मोदी पर विश्वास करना नादानी होगी,” राहुल गांधी ने रैली में कहा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"believing is madness", "कमला हैरिस बोलीं, “डोनाल्ड ट्रंप पर यकीन करना पागलपन है।”",
			[]string{"kamala-harris>donald-trump:h"}},
		// Trust asked of rhetorically.
		{"how should one trust", "नाइजल फराज ने पूछा कि कमला हैरिस पर जनता भरोसा कैसे करे।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"how should one trust, quote first", "“आम आदमी सैम ऑल्टमैन पर यकीन कैसे करे,” एलन मस्क ने लिखा।",
			[]string{"elon-musk>sam-altman:h"}},
		// Kept alive on subsidies (evaluative.yaml calling; outcomes.yaml said).
		{"company called alive on subsidies", "कमला हैरिस ने एलन मस्क की कंपनी टेस्ला को अनुदान के सहारे जिंदा रहने वाली कंपनी करार दिया।",
			[]string{"kamala-harris>elon-musk:h", "kamala-harris>tesla:h"}},
		{"unit called run on handouts", "रीड हॉफमैन ने एक्सएआई को खैरात के सहारे चलने वाली कंपनी बताया।",
			[]string{"reid-hoffman>xai:h"}},
		{"said to run on subsidies", "डोनाल्ड ट्रंप ने कहा कि गूगल का नया कारोबार सरकारी सब्सिडी के सहारे टिका है।",
			[]string{"donald-trump>google:h"}},
		// The tariff king.
		{"tariff king, quoted predicate", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ‘टैरिफ के राजा’ हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"tariff king, calling", "राहुल गांधी ने नरेंद्र मोदी को टैरिफ का बादशाह बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"trust is easy: support", "सत्या नडेला ने कहा कि सुंदर पिचाई पर भरोसा करना आसान है।",
			[]string{"satya-nadella>sundar-pichai:s"}},
		{"trust is no folly: unchanged shape, no frame", "मार्क जुकरबर्ग ने कहा कि मूर्खता की बातें बंद होनी चाहिए।", nil},
		{"subsidies praised as help: no label", "डोनाल्ड ट्रंप ने कहा कि सब्सिडी से उद्योग को सहारा मिला।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32Correlative: in quoted words about Y ("“…,” X ने Y के बारे
// में कहा"), the comma before the correlative of "जो आदमी …, उस पर …"
// ends the relative, so a frame after it has no जो subject
// (correlativeComma32), and the words judge Y.
func TestFreshDD32Correlative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"man who changes stance, trust folly", "“जो शख्स हर महीने अपनी बात से पलट जाए, उस पर भरोसा करना बेवकूफी है,” नाइजल फराज ने कमला हैरिस के बारे में कहा।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"human who forgets, how to trust", "“जो इंसान अपने वादे भूल जाए, उस पर कोई भरोसा कैसे करे,” मुकेश अंबानी ने गौतम अडानी के बारे में कहा।",
			[]string{"mukesh-ambani>gautam-adani:h"}},
		{"man who lies, belief is foolish (read before too)", "“जो आदमी हर बात पर झूठ बोले, उस पर यकीन करना मूर्खता है,” सत्या नडेला ने एलन मस्क के बारे में कहा।",
			[]string{"satya-nadella>elon-musk:h"}},
		// Controls.
		{"a noun judged after the comma was already read", "“जो व्यक्ति रोज झूठ बोले, उसकी आलोचना होनी चाहिए,” सुंदर पिचाई ने सत्या नडेला के बारे में कहा।",
			[]string{"sundar-pichai>satya-nadella:h"}},
		{"plural head stays no one", "“जो लोग हर दिन पाला बदलें, उन पर भरोसा करना बेवकूफी है,” नाइजल फराज ने कमला हैरिस के बारे में कहा।", nil},
		{"no topic: no one", "“जो आदमी हर महीने अपनी बात से पलट जाए, उस पर भरोसा करना बेवकूफी है,” नाइजल फराज ने कहा।", nil},
		{"relative frame itself keeps जो", "“जो लोग कमला हैरिस की आलोचना करते हैं, वे गलत हैं,” नाइजल फराज ने कहा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32CompoundLabel: a calling-only label noun inside a possessed
// noun group ("Y के खर्च और टैक्स बिल को") is a compound modifier, and the
// walk goes on to the noun's postposition (callingNounModifier32).
func TestFreshDD32CompoundLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"spending and tax bill called", "कमला हैरिस ने डोनाल्ड ट्रंप के खर्च और टैक्स बिल को अमीरों का तोहफा और शर्मनाक बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"new tax plan called", "राहुल गांधी ने नरेंद्र मोदी के नए टैक्स कानून को जनविरोधी करार दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"trade and tax proposal", "नाइजल फराज ने कमला हैरिस के व्यापार और टैक्स प्रस्ताव को घातक बताया।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"tax bill praised", "एलन मस्क ने डोनाल्ड ट्रंप के खर्च और टैक्स बिल को शानदार बताया।",
			[]string{"elon-musk>donald-trump:s"}},
		// Controls.
		{"the label itself after को stays read", "कमला हैरिस ने डोनाल्ड ट्रंप की टैरिफ नीति को 'मध्यवर्ग पर टैक्स' बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"parliament's tax bill: no tracked owner", "कमला हैरिस ने संसद के खर्च और टैक्स बिल को शर्मनाक बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32SeatLeft: leaving a seat on Y's board ("Y के बोर्ड/निदेशक
// मंडल से अलग हो गए", "… पद से हट गए") is no break with Y (seatLeft32).
func TestFreshDD32SeatLeft(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"left Y's board", "रीड हॉफमैन 2023 में माइक्रोसॉफ्ट के बोर्ड से अलग हो गए थे।", nil},
		{"left Y's board of directors", "मासायोशी सन ने बताया कि वह पिछले साल ओरेकल के निदेशक मंडल से अलग हो गए।", nil},
		{"background sentence after a rebuttal", "सत्या नडेला ने सुंदर पिचाई के दावे को बकवास बताया। नडेला 2014 में गूगल के बोर्ड से अलग हो चुके थे।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		// Controls.
		{"breaking with Y stays a rupture", "रीड हॉफमैन माइक्रोसॉफ्ट से अलग हो गए।",
			[]string{"reid-hoffman>microsoft:h"}},
		{"leaving Y's project stays a rupture", "ओरेकल ने कहा कि वह स्टारगेट से अलग हो रही है।",
			[]string{"oracle>stargate:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32ClaimPron: "Y के बयान पर, …, उसे <weak word> बताया" — the
// pronoun is the claim named in the same sentence, and weak words only
// deny it (claimPronSame32).
func TestFreshDD32ClaimPron(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"statement, then उसे misleading", "अडानी समूह ने सोमवार को, संसद में दिए गए राहुल गांधी के बयान पर, जारी स्पष्टीकरण में उसे निराधार और भ्रामक बताया।", nil},
		{"claim in a podcast, then उसे wrong", "गूगल ने मंगलवार को, एक पॉडकास्ट में किए गए एलन मस्क के दावे पर, नियामक को भेजे जवाब में उसे गलत और भ्रामक बताया।", nil},
		{"statement outside court, then उसे baseless", "ओपनएआई ने, अदालत के बाहर दिए गए एलन मस्क के बयान पर, अपने ब्लॉग में उसे बेबुनियाद बताया।", nil},
		{"remark at a rally, then उसे untrue (read before too)", "मेटा ने शुक्रवार को, एक चुनावी रैली में की गई डोनाल्ड ट्रंप की टिप्पणी पर, अपने बयान में उसे तथ्यहीन बताया।", nil},
		// Controls.
		{"claim, then इसे baseless (already read)", "गूगल ने एलन मस्क के दावे पर प्रतिक्रिया देते हुए इसे बेबुनियाद बताया।", nil},
		{"remark, then उसे untrue (already read)", "माइक्रोसॉफ्ट ने सैम ऑल्टमैन की टिप्पणी पर बयान जारी कर उसे तथ्यहीन बताया।", nil},
		{"strong word still attacks", "अडानी समूह ने राहुल गांधी के बयान पर जारी स्पष्टीकरण में उसे झूठा और राजनीति से प्रेरित बताया।",
			[]string{"adani-group>rahul-gandhi:h"}},
		{"उसे a person, no claim noun", "एलन मस्क ने सैम ऑल्टमैन से मुलाकात के बाद उसे बेईमान बताया।",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32BoardSynonym: a bare "बोर्ड ने" after "X के निदेशक मंडल ने"
// is X's board (proxyStem).
func TestFreshDD32BoardSynonym(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"board after directors' board", "गूगल के निदेशक मंडल ने एलन मस्क की पेशकश ठुकरा दी। बोर्ड ने कहा कि यह पेशकश बाजार को बिगाड़ने की चाल है।",
			[]string{"google>elon-musk:h"}},
		{"board calls Y a liar", "मेटा के निदेशक मंडल ने बैठक की। बोर्ड ने कहा कि सैम ऑल्टमैन झूठ बोल रहे हैं।",
			[]string{"meta>sam-altman:h"}},
		{"bare मंडल also", "ओरेकल के निदेशक मंडल ने बयान जारी किया। मंडल ने कहा कि मासायोशी सन धोखेबाज हैं।",
			[]string{"oracle>masayoshi-son:h"}},
		// Controls.
		{"board with no owner named: no one", "बोर्ड ने कहा कि सैम ऑल्टमैन झूठ बोल रहे हैं।", nil},
		{"plain refusal stays none", "गूगल के निदेशक मंडल ने एलन मस्क की पेशकश ठुकरा दी। बोर्ड ने कहा कि कंपनी बिकाऊ नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32PartisanOfThing: the opponents or backers of Y's thing
// ("Y के वेतन पैकेज के विरोधियों पर", "Y के विधेयक के समर्थकों पर") are
// other people, not Y (partisanOfThing32).
func TestFreshDD32PartisanOfThing(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"opponents of Y's bill attacked", "कमला हैरिस ने डोनाल्ड ट्रंप के विधेयक के समर्थकों पर हमला बोला।", nil},
		{"critics of Y's budget targeted", "राहुल गांधी ने नरेंद्र मोदी के बजट के आलोचकों पर निशाना साधा।", nil},
		{"board defends, then questions the pay plan's opponents", "मेटा के निदेशक मंडल ने मार्क जुकरबर्ग की खुलकर हिमायत की। बोर्ड ने जुकरबर्ग के वेतन पैकेज के विरोधियों पर भी सवाल उठाए।",
			[]string{"meta>mark-zuckerberg:s"}},
		// Controls.
		{"provisions of Y's bill attacked", "कमला हैरिस ने डोनाल्ड ट्रंप के विधेयक के प्रावधानों पर हमला बोला।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"Y's backers attacked: not Y (as before)", "कमला हैरिस ने डोनाल्ड ट्रंप के समर्थकों पर हमला बोला।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32QuotedWho: a "who would" question put first in quotes,
// closed by a comma and the quote mark, says no one would
// (rhetoricalWho, fresh11.go): once correlativeComma32 gave the trust
// frame its correlative target, "“जो आदमी …, उस पर कौन भरोसा करेगा,” X
// ने Y का नाम लेते हुए कहा" (TestSession21Gaps n2) was read as future
// trust; it is distrust.
func TestFreshDD32QuotedWho(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"who will trust, correlative", "“जो व्यक्ति हर महीने पाला बदले, उस पर कौन भरोसा करेगा,” कमला हैरिस ने डोनाल्ड ट्रंप का नाम लेते हुए कहा।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"who will believe Y", "“रीड हॉफमैन पर कौन यकीन करेगा,” एलन मस्क ने कहा।",
			[]string{"elon-musk>reid-hoffman:h"}},
		{"who now will trust Y", "“मासायोशी सन पर अब भला कौन भरोसा करेगा,” लैरी एलिसन ने कहा।",
			[]string{"larry-ellison>masayoshi-son:h"}},
		// Controls.
		{"we will trust: future, none", "“सुंदर पिचाई पर हम भरोसा करेंगे,” सत्या नडेला ने कहा।", nil},
		{"who will win, no frame on Y", "“चुनाव कौन जीतेगा, यह जनता तय करेगी,” कमला हैरिस ने कहा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshDD32TieTalked: a verbless headline "X-Y <noun> करार" over a body
// that speaks of the same tie noun only as under talks ("… करार पर
// बातचीत आखिरी दौर में है") gives no alliance (tieLabelTalked32).
func TestFreshDD32TieTalked(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"cloud deal label, talks in the body", "माइक्रोसॉफ्ट-ओपनएआई क्लाउड करार || माइक्रोसॉफ्ट ने बुधवार को बताया कि ओपनएआई के साथ नए क्लाउड करार पर बातचीत अंतिम चरण में है।", nil},
		{"partnership label, talks", "मेटा-रिलायंस साझेदारी || मेटा ने बताया कि रिलायंस के साथ साझेदारी पर बातचीत चल रही है।", nil},
		{"partnership label, negotiations begun", "ओरेकल-सॉफ्टबैंक साझेदारी || ओरेकल ने बताया कि सॉफ्टबैंक के साथ साझेदारी पर वार्ता शुरू हुई है।", nil},
		// Controls.
		{"deal label, negotiations (no alliance read before either)", "गूगल-एक्सएआई डील || गूगल ने कहा कि एक्सएआई के साथ डील पर वार्ता जारी है।", nil},
		{"label alone keeps the alliance", "मेटा-रिलायंस साझेदारी || मेटा ने कहा कि तिमाही के नतीजे अच्छे रहे।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"talks on another noun keep the label", "मेटा-रिलायंस साझेदारी || मेटा ने बताया कि रिलायंस के साथ कीमतों पर बातचीत चल रही है।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
