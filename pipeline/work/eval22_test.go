package work

import (
	"testing"
	"time"
)

var eval22Day = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// TestEval22NegatedPraise: a correlative praise told by a negation ("Y ने
// जो किया, वह कोई और नहीं कर सकता", "वह चमत्कार से कम नहीं") is the
// speaker's praise of Y: the negator and the सकता belong to the praise.
// A question, a narrator's line and a plain negated judgement give
// nothing.
func TestEval22NegatedPraise(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no one else could", "नरेंद्र मोदी ने कहा कि मुकेश अंबानी ने गुजरात के लिए जो किया, वह कोई और नहीं कर सकता था।", []string{"narendra-modi>mukesh-ambani:s"}},
		{"no one other could", "सत्या नडेला बोले कि सैम ऑल्टमैन ने कंपनी के लिए जो किया है, वह कोई दूसरा नहीं कर पाता।", []string{"satya-nadella>sam-altman:s"}},
		{"nothing less than a miracle", "मासायोशी सन ने कहा कि एलन मस्क ने पांच साल में जो कर दिखाया, वह किसी करिश्मे से कम नहीं है।", []string{"masayoshi-son>elon-musk:s"}},
		// Must not fire.
		{"asked", "क्या डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने जो किया, वह कोई और नहीं कर सकता?", nil},
		{"narrator", "एलन मस्क ने अंतरिक्ष में जो किया, वह कोई और नहीं कर सकता था।", nil},
		{"plain negated judgement", "राहुल गांधी ने कहा कि गौतम अडानी ने जो किया, वह किसी के काम का नहीं।", nil},
	}
	checkStanceCases(t, a, eval22Day, cases)
}

// TestEval22LongLabel: a calling whose label runs on past the evaluative
// word to a carrier noun ("… की 'हमें डराने की मुहिम' का एक और अध्याय
// बताया") is still a calling, and the label's tracked genitive owner is
// the one judged; a comma or a second को ends the label, and the one
// under "के खिलाफ" is no owner.
func TestEval22LongLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"label run on to a carrier", "ओपनएआई ने इस नए मुकदमे को एलन मस्क की 'हमें परेशान करने की पुरानी आदत' का एक और नमूना बताया।", []string{"openai>elon-musk:h"}},
		{"carrier after a quoted label", "मेटा ने एक्सियोस की इस खबर को 'झूठ फैलाने वाले कारखाने' का ताजा माल करार दिया।", []string{"meta>axios:h"}},
		// Must not fire.
		{"victim under के खिलाफ", "ओपनएआई ने इस हमले को एलन मस्क के खिलाफ 'परेशान करने की पुरानी आदत' का नमूना बताया।", nil},
		{"comma ends the label", "ओपनएआई ने इस मुकदमे को परेशान करने की कोशिश माना, और एलन मस्क को कल जवाब देने की बात बताई।", nil},
	}
	checkStanceCases(t, a, eval22Day, cases)
}

// TestEval22JoyThat: the speaker's joy or pride that Y does something
// ("खुशी है कि Y …", "X ने खुशी जताई कि Y …", "गर्व है कि Y …") is
// praise of Y; negated joy, a question, a plan, a hostile clause and an
// untracked speaker give nothing.
func TestEval22JoyThat(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"in someone's words", "नरेंद्र मोदी ने लिखा कि उन्हें यह जानकर खुशी है कि गूगल चेन्नई में नया डेटा सेंटर लगा रही है।", []string{"narendra-modi>google:s"}},
		{"joy expressed", "सत्या नडेला ने प्रसन्नता जताई कि ओपनएआई ने नया मॉडल समय पर जारी कर दिया।", []string{"satya-nadella>openai:s"}},
		{"pride", "सुंदर पिचाई ने कहा कि उन्हें फख्र है कि रिलायंस ने देश के हर गांव तक इंटरनेट पहुंचाया।", []string{"sundar-pichai>reliance:s"}},
		// Must not fire.
		{"negated joy", "नरेंद्र मोदी ने कहा कि उन्हें खुशी नहीं है कि गूगल चेन्नई में डेटा सेंटर लगा रही है।", nil},
		{"asked", "क्या नरेंद्र मोदी को खुशी है कि गूगल चेन्नई में डेटा सेंटर लगा रही है?", nil},
		{"untracked speaker", "एक अधिकारी ने कहा कि उन्हें खुशी है कि गूगल चेन्नई में डेटा सेंटर लगा रही है।", nil},
		{"joy at a loss", "डोनाल्ड ट्रंप ने कहा कि उन्हें खुशी है कि कमला हैरिस चुनाव बुरी तरह हार गईं।", []string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, eval22Day, cases)
}

// TestEval22Superlative: a superlative of size in a calling ("Y को
// इतिहास की सबसे बड़ी परियोजना बताया", "… सबसे बड़े कारोबारियों में से
// एक") praises Y; followed by a hostile word ("सबसे बड़ा खतरा", "सबसे
// बड़ी भूल") it damns, and outside a calling it is no judgement.
func TestEval22Superlative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"largest project", "लैरी एलिसन ने स्टारगेट को इस सदी की सबसे बड़ी कंप्यूटिंग परियोजना करार दिया।", []string{"larry-ellison>stargate:s"}},
		{"one of the greatest", "नरेंद्र मोदी ने गौतम अडानी को देश के सबसे बड़े उद्योगपतियों में से एक बताया।", []string{"narendra-modi>gautam-adani:s"}},
		// Must not praise.
		{"largest threat", "कमला हैरिस ने डोनाल्ड ट्रंप को लोकतंत्र का सबसे बड़ा खतरा बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"largest mistake", "राहुल गांधी ने नरेंद्र मोदी के फैसले को सदी की सबसे बड़ी गलती बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"largest monopolist", "माइक्रोसॉफ्ट ने अदालत में गूगल पर नकल का आरोप लगाया। कंपनी ने गूगल को 'इंटरनेट का सबसे बड़ा एकाधिकारवादी' भी कहा।", []string{"microsoft>google:h"}},
		{"largest troll", "रीड हॉफमैन ने एलन मस्क को \"सोशल मीडिया का सबसे बड़ा ट्रोल\" करार दिया।", []string{"reid-hoffman>elon-musk:h"}},
		{"troll badge in a headline", "फराज-हैरिस में ठनी: एक ने कहा \"झूठी\", दूसरे ने दिया \"सबसे बड़ा ट्रोल\" का तमगा || कमला हैरिस ने पलटवार करते हुए निगेल फराज को \"यूरोप का सबसे बड़ा ट्रोल\" करार दिया।", []string{"kamala-harris>nigel-farage:h", "nigel-farage>kamala-harris:h"}},
		{"no calling", "गौतम अडानी देश के सबसे बड़े बंदरगाह चलाते हैं।", nil},
	}
	checkStanceCases(t, a, eval22Day, cases)
}
