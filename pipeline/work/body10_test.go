package work

import (
	"slices"
	"sort"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestSession10Body reads stories whose title is empty (the body carries
// everything, often opening with a quote and naming its speaker after
// it) and headline-only stories (no body):
//   - a short sentence after a quote that points back at it with a
//     demonstrative and a speech-act noun ("X ने यह आरोप लगाया", "…
//     यह सवाल दागा", "… यह टिप्पणी की", "ये शब्द हैं X के") names
//     the quote's speaker;
//   - when that noun is a charge (आरोप, इल्जाम), the quote is the
//     speaker's accusation of the one it makes its subject, as "X ने
//     आरोप लगाया कि Y …" is, and none of its words are the accuser's
//     support;
//   - in a tag "टेस्ला प्रमुख X ने", the company before a title
//     qualifies the speaker X and does not say the words;
//   - a lead that opens with someone's act and a "… के बाद" ("X के ऐलान
//     के कुछ घंटे बाद Y ने इस पर सवाल उठाए") points इस पर at X;
//   - a headline's verbless first part ("X और Y के बीच करार, …") is news:
//     a future verb after its comma belongs to the second part.
func TestSession10Body(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		title, body string
		want        []string
	}{
		// the quote's speaker named by a pointing-back tag
		{"", "“राहुल गांधी देश को गुमराह कर रहे हैं।” नरेंद्र मोदी ने एक सभा में यह आरोप लगाया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"", "“राहुल गांधी देश को गुमराह कर रहे हैं।” यह इल्जाम नरेंद्र मोदी ने लगाया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"", "“कमला हैरिस झूठ बोलती हैं।” डोनाल्ड ट्रंप ने टीवी पर यह टिप्पणी की।", []string{"donald-trump>kamala-harris:h"}},
		// a ruin foretold with the completive दे is the speaker's charge
		// now, whether the tag calls it a comment or a charge (the dev
		// gold reads "… देश को दिवालिया कर देगा" as hostile; fresh2_12.go)
		{"", "“कमला हैरिस अमेरिका को बर्बाद कर देंगी।” डोनाल्ड ट्रंप ने टीवी पर यह टिप्पणी की।", []string{"donald-trump>kamala-harris:h"}},
		{"", "“सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता।” ये शब्द हैं एलन मस्क के।", []string{"elon-musk>sam-altman:h"}},
		{"", "“मैं गौतम अडानी का सम्मान करता हूं।” मुकेश अंबानी ने एक कार्यक्रम में ये शब्द कहे।", []string{"mukesh-ambani>gautam-adani:s"}},
		// a charge in quotes: the subject of the words is accused
		{"", "“ओपनएआई अब एक बंद कंपनी बन चुकी है।” एलन मस्क ने अदालत में दायर याचिका में यह आरोप लगाया है।", []string{"elon-musk>openai:h"}},
		{"", "“गौतम अडानी को हर ठेका बिना बोली के मिलता है।” राहुल गांधी ने रैली में ये आरोप लगाए।", []string{"rahul-gandhi>gautam-adani:h"}},
		// a plain claim or remark is no charge: the words alone decide
		{"", "“ओपनएआई अब एक बंद कंपनी बन चुकी है।” एलन मस्क ने एक पॉडकास्ट में यह बात कही।", nil},
		{"", "“ओपनएआई अब एक बंद कंपनी बन चुकी है।” यह दावा एलन मस्क ने किया।", nil},
		// the speaker's own side in the quote is accused of nothing
		{"", "“हम नरेंद्र मोदी के साथ मिलकर काम करेंगे।” राहुल गांधी ने यह आरोप लगाया।", nil},
		// a charge's words are no support from the accuser
		{"", "“सारे ठेके एक आदमी को मिल रहे हैं, क्योंकि वह नरेंद्र मोदी के सबसे करीबी दोस्त हैं।” राहुल गांधी ने यह आरोप लगाया।", nil},
		// a tag far from the quote or past a comma points back at nothing
		{"", "“ओपनएआई अब एक बंद कंपनी बन चुकी है।” बाद में, एलन मस्क ने अदालत में यह आरोप दोहराया।", nil},
		// the title before the speaker: the company says nothing
		{"", "“सैम ऑल्टमैन झूठ बोलते हैं।” टेस्ला प्रमुख एलन मस्क ने सोमवार को एक्स पर यह टिप्पणी की।", []string{"elon-musk>sam-altman:h"}},
		{"", "“ओरेकल के साथ हमारी साझेदारी मजबूत है,” ओपनएआई प्रमुख सैम ऑल्टमैन ने कहा।", []string{"sam-altman>oracle:s"}},
		// datelines before a body-only lead
		{"", "वाशिंगटन, 3 दिसंबर (एजेंसी)। “कमला हैरिस अमेरिका को बर्बाद कर देंगी।” डोनाल्ड ट्रंप ने रैली में यह आरोप लगाया।", []string{"donald-trump>kamala-harris:h"}},
		{"", "नई दिल्ली: “राहुल गांधी देश को गुमराह कर रहे हैं।” नरेंद्र मोदी ने सदन में यह टिप्पणी की।", []string{"narendra-modi>rahul-gandhi:h"}},
		// a bare इस पर after "X के <act> के … बाद": X's act, so X
		{"", "स्टारगेट के ऐलान के कुछ घंटे बाद ही एलन मस्क ने इस पर सवाल उठा दिए।", []string{"elon-musk>stargate:h"}},
		{"", "राहुल गांधी के भाषण के एक दिन बाद नरेंद्र मोदी ने इस पर तीखा तंज कसा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"", "राहुल गांधी के भाषण के बाद नरेंद्र मोदी ने इस पर कुछ नहीं कहा।", nil},
		// no बाद, or a comma between: the demonstrative points elsewhere
		{"", "राहुल गांधी के भाषण में कई बातें थीं और नरेंद्र मोदी ने इस पर तंज कसा।", nil},
		{"", "राहुल गांधी के भाषण के बाद, सदन में हंगामा हुआ और नरेंद्र मोदी ने इस पर तंज कसा।", nil},
		// headline-only stories keep their readings
		{"‘राहुल गांधी देश को गुमराह कर रहे हैं’: नरेंद्र मोदी", "", []string{"narendra-modi>rahul-gandhi:h"}},
		{"नरेंद्र मोदी बोले- राहुल गांधी देश को गुमराह कर रहे हैं", "", []string{"narendra-modi>rahul-gandhi:h"}},
		{"नरेंद्र मोदी बोले- राहुल गांधी से कोई शिकायत नहीं", "", nil},
		// a headline's verbless first part is news; a future verb after
		// the comma is the second part's
		{"गूगल और मेटा के बीच एआई करार, अगले साल आएंगे नए उपकरण", "", []string{"google>meta:s", "meta>google:s"}},
		{"मुकेश अंबानी ने किया गूगल के साथ साझेदारी का ऐलान, जियो बनाएगा नया केंद्र", "", []string{"mukesh-ambani>google:s", "google>mukesh-ambani:s"}},
		// the part's own future stays future, before or after its noun
		{"गूगल और मेटा के बीच करार होगा, अगले साल आएंगे नए उपकरण", "", nil},
		{"गूगल और मेटा के बीच करार जल्द, अगले साल आएंगे नए उपकरण", "", nil},
	}
	for _, c := range cases {
		got := referenceStances(a.Analyze(pipeline.Story{ID: "s10body", Title: c.title, Body: c.body}))
		want := slices.Clone(c.want)
		sort.Strings(want)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("title %q body %q gives %v, want %v", c.title, c.body, got, want)
		}
	}
}
