package work

import (
	"testing"
	"time"
)

// TestSession16Contrast: the contrast families (session 16, CONTRAST
// helper). Each rule has a row where it fires and a row where it must
// not.
func TestSession16Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A single mark set tight after the words' own stop closes
		// them: a quote of several sentences in single marks that its
		// speaker opens ("X ने कहा, 'A। B।'") is his to the end.
		{"X ने कहा, 'A। Y झूठ बोल रहे हैं।'", "नरेंद्र मोदी ने कहा, 'हम मेहनत करते हैं। राहुल गांधी झूठ बोल रहे हैं।'", []string{"narendra-modi>rahul-gandhi:h"}},
		{"X ने कहा, 'A।' then someone else's words", "नरेंद्र मोदी ने कहा, 'हम मेहनत करते हैं।' एक विश्लेषक ने लिखा कि राहुल गांधी झूठ बोल रहे हैं।", nil},
		{"untracked speaker's single-quoted words over sentences", "एक विश्लेषक ने कहा, 'सरकार मेहनत करती है। राहुल गांधी झूठ बोल रहे हैं।' नरेंद्र मोदी ने रैली की।", nil},

		// A speech tag after a comma that closes the sentence, with a
		// title, time or place of its own, says the words before it;
		// so do the main clauses joined to them by और. Not a tag with
		// कि or a second name, nor a joined clause with its own agent.
		{"…, title X ने time place कहा", "राहुल गांधी झूठ बोल रहे हैं, प्रधानमंत्री नरेंद्र मोदी ने बुधवार को एक रैली में कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"… रही, X ने कहा (no finite verb before the comma)", "सुंदर पिचाई की रणनीति कारगर रही, सत्या नडेला ने कहा।", []string{"satya-nadella>sundar-pichai:s"}},
		{"A और B, X ने कहा", "राहुल गांधी देश से झूठ बोल रहे हैं और जनता सब जानती है, नरेंद्र मोदी ने कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"tag with a second name", "राहुल गांधी झूठ बोल रहे हैं, एक विश्लेषक ने नरेंद्र मोदी के बारे में कहा।", nil},
		{"tag with कि says its own words", "सुंदर पिचाई की रणनीति कारगर रही, सत्या नडेला ने कहा कि बाजार बदल गया है।", nil},
		{"joined clause with its own agent stays its agent's", "डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की और बाजार चढ़ गया, कमला हैरिस ने कहा।", []string{"donald-trump>elon-musk:s"}},

		// People at large named before a कि inside one clause of
		// quoted words are the subject of the verb before it, not of
		// the act after it; named after the कि they still act.
		{"'हम चाहते थे कि लोग जानें कि हमने Y को नचा दिया'", "सत्या नडेला ने कहा, 'हम चाहते थे कि लोग जानें कि हमने गूगल को नचा दिया।'", []string{"satya-nadella>google:h"}},
		{"'हम जानते हैं कि लोग Y की आलोचना करते हैं'", "सत्या नडेला ने कहा, 'हम जानते हैं कि लोग गूगल की आलोचना करते हैं।'", nil},

		// A short clause that is only a name under में/से/पर/को, with no
		// speech word, is no speech tag: the clause before stays the
		// withdrawer's act. A name with ने and कहा still tags.
		{"X ने Y से समर्थन वापस लेते हुए लिखा कि … और Y में 'वह दम नहीं है'", "एलन मस्क ने डोनाल्ड ट्रंप से अपना समर्थन वापस लेते हुए लिखा कि पार्टी को नए नेता की जरूरत है और ट्रंप में 'वह दम नहीं है'।", []string{"elon-musk>donald-trump:h"}},
		{"…, X ने कहा still a tag", "राहुल गांधी झूठ बोल रहे हैं, नरेंद्र मोदी ने कहा।", []string{"narendra-modi>rahul-gandhi:h"}},

		// "दोनों" or a plural pronoun subject of a tie with no pair in
		// its own clause: the two who say the words together, else
		// (outside anyone's words) the pair coordinated before it.
		{"X और Y ने कहा कि दोनों ने साझेदारी खत्म कर दी", "रिलायंस और मेटा ने कहा कि दोनों ने साझेदारी खत्म कर दी है।", []string{"meta>reliance:h", "reliance>meta:h"}},
		{"X और Y ने कहा कि उन्होंने साझेदारी खत्म कर दी", "रिलायंस और मेटा ने कहा कि उन्होंने साझेदारी खत्म कर दी है।", []string{"meta>reliance:h", "reliance>meta:h"}},
		{"X और Y ने बैठक की। दोनों ने साझेदारी की", "रिलायंस और गूगल ने बैठक की। दोनों ने साझेदारी की।", []string{"google>reliance:s", "reliance>google:s"}},
		{"a minister on X and Y: 'दोनों दोस्त हैं'", "इजरायल के एक मंत्री ने एलन मस्क और डोनाल्ड ट्रंप के झगड़े पर कहा कि दोनों दोस्त हैं।", nil},

		// A support pulled back from: a withdrawal frame right after
		// "<support> (देने/करने) से" turns the support into its
		// withdrawal; a withdrawal with its own object does not.
		{"X ने Y को समर्थन देने से हाथ खींच लिया", "एलन मस्क ने डोनाल्ड ट्रंप को समर्थन देने से हाथ खींच लिया।", []string{"elon-musk>donald-trump:h"}},
		{"X Y में निवेश करने से पीछे हट गया", "सॉफ्टबैंक ओपनएआई में निवेश करने से पीछे हट गया।", []string{"softbank>openai:h"}},
		{"X ने Y को समर्थन दिया और Z से दूरी बना ली", "एलन मस्क ने डोनाल्ड ट्रंप को समर्थन दिया और कमला हैरिस से दूरी बना ली।", []string{"elon-musk>donald-trump:s", "elon-musk>kamala-harris:h"}},

		// Withdrawal wording (lexicon): हट गई/हटने from a tie with Y;
		// stepping down from Y's board is none.
		{"X Y के साथ साझेदारी से हट गई", "रिलायंस मेटा के साथ साझेदारी से हट गई।", []string{"reliance>meta:h"}},
		{"X Y के बोर्ड से हट गए थे", "एलन मस्क 2018 में ओपनएआई के बोर्ड से हट गए थे।", nil},

		// A name and its owner noun before a bare noun with its own
		// genitive are the subject ("Y प्रशासन महंगाई के आंकड़ों पर …");
		// with का/की/के right after the owner noun they still own it.
		{"कहा कि Y प्रशासन N के N पर जनता को गुमराह कर रहा है", "कमला हैरिस ने कहा कि ट्रंप प्रशासन महंगाई के आंकड़ों पर जनता को गुमराह कर रहा है।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने Y सरकार की योजना पर हमला बोला", "राहुल गांधी ने मोदी सरकार की योजना पर हमला बोला।", []string{"rahul-gandhi>narendra-modi:h"}},

		// A person named first after कि before "N के N पर" is the
		// subject (any plain noun, not only matter nouns); elsewhere
		// the name still qualifies the noun.
		{"कहा कि Y N के आंकड़ों पर देश को गुमराह कर रहे हैं", "राहुल गांधी ने कहा कि नरेंद्र मोदी रोजगार के आंकड़ों पर देश को गुमराह कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Y N के असर पर बयान जारी किया", "मेटा ने डोनाल्ड ट्रंप टैरिफ के असर पर बयान जारी किया।", nil},

		// Virtues credited (lexicon, as हिम्मत): साहस, दूरदर्शिता,
		// सूझबूझ, जज्बा, दिलेरी; shown by someone untracked before a
		// named person, they are not his.
		{"कहा कि Y ने दूरदर्शिता दिखाई", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने दूरदर्शिता दिखाई।", []string{"satya-nadella>sam-altman:s"}},
		{"कहा कि Y ने सूझबूझ दिखाई", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने सूझबूझ दिखाई।", []string{"satya-nadella>sam-altman:s"}},
		{"कहा कि N ने Y के सामने दूरदर्शिता दिखाई", "सत्या नडेला ने कहा कि इंजीनियरों ने सैम ऑल्टमैन के सामने दूरदर्शिता दिखाई।", nil},

		// Credit as new heights or a country put on the map (lexicon);
		// in a dash tag a platform under पर is where the words were
		// written, not who wrote them.
		{"'Y ने N को नई ऊंचाई दी है' — X ने एक्स पर लिखा", "'सत्या नडेला ने माइक्रोसॉफ्ट को नई ऊंचाई दी है' — सैम ऑल्टमैन ने एक्स पर लिखा।", []string{"sam-altman>satya-nadella:s"}},
		{"'Y शानदार नेता हैं' — an untracked writer on X", "'सत्या नडेला शानदार नेता हैं' — कंपनी के एक पूर्व कर्मचारी ने एक्स पर लिखा।", nil},
		{"\"Y ने भारत को नक्शे पर चमका दिया है,\" X ने कहा", "\"मोदी जी ने भारत को दुनिया के नक्शे पर चमका दिया है,\" मुकेश अंबानी ने कहा।", []string{"mukesh-ambani>narendra-modi:s"}},

		// The blame idiom split by its object (lexicon): "N का ठीकरा Y
		// पर फोड़ा", "Y के सिर फोड़ा/मढ़ा"; blame on no one tracked is
		// none.
		{"X ने N का ठीकरा Y पर फोड़ा", "सुंदर पिचाई ने क्लाउड बाजार में होड़ घटने का ठीकरा माइक्रोसॉफ्ट पर फोड़ा।", []string{"sundar-pichai>microsoft:h"}},
		{"X ने N का ठीकरा बाजार पर फोड़ा", "सुंदर पिचाई ने नाकामी का ठीकरा बाजार पर फोड़ा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
