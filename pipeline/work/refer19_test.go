package work

import (
	"testing"
	"time"
)

// TestSession19Refer: who the party is on unseen text (session 19,
// REFER2 helper). Each rule has rows that fail without it and rows
// where the older reading must stay.
func TestSession19Refer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A proxy owned by someone untracked who is X's ("X के एक पूर्व
		// कर्मचारी के वकील ने"): the lawyer speaks for the employee,
		// not for X (dch-047b).
		{"X के एक पूर्व कर्मचारी के वकील ने …: not X", "ओपनएआई के एक पूर्व कर्मचारी के वकील ने अदालत में कहा कि सैम ऑल्टमैन ने संस्थापकों का भरोसा तोड़ा।", nil},
		{"X के बेटे के वकील ने …: not X", "डोनाल्ड ट्रंप के बेटे के वकील ने कहा कि कमला हैरिस झूठ बोल रही हैं।", nil},
		{"X के एक निवेशक के वकीलों ने …: not X", "ओपनएआई के एक निवेशक के वकीलों ने कहा कि एलन मस्क झूठ बोल रहे हैं।", nil},
		// Must stay: X's own lawyer, X's campaign's spokesperson, X's
		// legal team's lawyer speak for X.
		{"X के वकील ने …: X", "ओपनएआई के वकील ने अदालत में कहा कि सैम ऑल्टमैन ने संस्थापकों का भरोसा तोड़ा।", []string{"openai>sam-altman:h"}},
		{"X के चुनाव अभियान के प्रवक्ता ने …: X", "डोनाल्ड ट्रंप के चुनाव अभियान के प्रवक्ता ने कहा कि कमला हैरिस झूठ बोल रही हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"X की कानूनी टीम के वकील ने …: X", "एलन मस्क की कानूनी टीम के वकील ने कहा कि सैम ऑल्टमैन ने धोखा किया।", []string{"elon-musk>sam-altman:h"}},

		// Someone untracked who speaks with बोले/बोलीं and no ने: a
		// later उन्होंने is that speaker, not the last tracked person
		// (dch-065b), in the same sentence as a tracked name or in a
		// sentence of its own.
		{"… Z के बाद एक शोधकर्ता बोलीं। उन्होंने …: not Z", "समापन सत्र में ओपनएआई के सीईओ सैम ऑल्टमैन के बाद कंपनी की एक पूर्व शोधकर्ता बोलीं। उन्होंने कहा कि एलन मस्क झूठ बोल रहे हैं।", nil},
		{"Z मौजूद थे। एक शोधकर्ता बोलीं। उन्होंने …: not Z", "ओपनएआई के सीईओ सैम ऑल्टमैन सम्मेलन में मौजूद थे। इसके बाद एक पूर्व शोधकर्ता बोलीं। उन्होंने कहा कि एलन मस्क झूठ बोल रहे हैं।", nil},
		// Must stay: the tracked speaker himself, named or by pronoun.
		{"Z बोले। उन्होंने …: Z", "सम्मेलन में सैम ऑल्टमैन बोले। उन्होंने कहा कि एलन मस्क झूठ बोल रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"Z ने भाषण दिया। फिर वह बोले। उन्होंने …: Z", "ओपनएआई के सीईओ सैम ऑल्टमैन ने भाषण दिया। फिर वह बोले। उन्होंने कहा कि एलन मस्क झूठ बोल रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"Z खुलकर बोले। उन्होंने …: Z", "ओपनएआई के सीईओ सैम ऑल्टमैन ने भाषण दिया। इसके बाद ऑल्टमैन खुलकर बोले। उन्होंने कहा कि एलन मस्क झूठ बोल रहे हैं।", []string{"sam-altman>elon-musk:h"}},

		// A charge told with the intransitive लग- ("Y पर आरोप लगने के
		// बाद X ने …") befell Y; the clause's agent did not make it
		// (dvx-092: the accused's own group answering).
		{"Y पर आरोप लगने के बाद X ने आरोपों को निराधार बताया: not X → Y", "गौतम अडानी पर आरोप लगने के बाद अडानी समूह ने आरोपों को निराधार बताया।", nil},
		{"Y पर आरोप लगने के बाद X ने बयान जारी किया: not X → Y", "गौतम अडानी पर रिश्वत के आरोप लगने के बाद अडानी समूह ने बयान जारी किया।", nil},
		{"Y पर आरोप लगे तो X ने …: not X → Y", "एलन मस्क पर धोखाधड़ी के आरोप लगे तो टेस्ला ने बयान जारी किया।", nil},
		// Must stay: the transitive लगा- in every form; charges in
		// someone's words.
		{"X ने Y पर आरोप लगाया", "राहुल गांधी ने गौतम अडानी पर भ्रष्टाचार का आरोप लगाया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"X ने Y पर आरोप लगा दिया", "राहुल गांधी ने गौतम अडानी पर आरोप लगा दिया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"X Y पर आरोप लगाते रहे हैं", "राहुल गांधी गौतम अडानी पर भ्रष्टाचार के आरोप लगाते रहे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"X ने कहा कि Y पर आरोप लगे हैं (in his words)", "राहुल गांधी ने कहा कि अडानी पर गंभीर आरोप लगे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},

		// An organisation noun opening someone's words as their bare
		// subject ("… ने कहा कि कंपनी …") is the story's last
		// organisation, as "कंपनी ने" is (dch-045a).
		{"Y ने …। X ने कहा कि कंपनी झूठ बोल रही है", "गूगल ने नई नीति जारी की। डोनाल्ड ट्रंप ने कहा कि कंपनी झूठ बोल रही है।", []string{"donald-trump>google:h"}},
		{"X ने Y को पत्र लिखकर आरोप लगाया कि कंपनी …", "राहुल गांधी ने एक्स को पत्र लिखकर आरोप लगाया कि कंपनी उनकी पोस्टों की पहुंच जानबूझकर घटा रही है।", []string{"rahul-gandhi>x-corp:h"}},
		{"Y ने …। X ने कहा कि समूह लोगों को गुमराह कर रहा है", "अडानी समूह ने नई परियोजना शुरू की। राहुल गांधी ने कहा कि समूह लोगों को गुमराह कर रहा है।", []string{"rahul-gandhi>adani-group:h"}},
		// Must not: no organisation named before; the company in its
		// own chief's words is his own.
		{"X ने कहा कि कंपनी …: no organisation before", "डोनाल्ड ट्रंप ने कहा कि कंपनी झूठ बोल रही है।", nil},
		{"Z ने …। Y के सीईओ X ने कहा कि कंपनी झूठ नहीं बोलती: his own", "गूगल ने नई नीति जारी की। माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने कहा कि कंपनी झूठ नहीं बोलती।", nil},

		// "दोनों … एक-दूसरे" with no pair recorded is the story's last
		// two names — but a person and his own company are one party
		// (dck-063a).
		{"X की कंपनी ने … Y के ट्विटर का जवाब …। दोनों ने एक-दूसरे का मजाक उड़ाया", "मार्क जुकरबर्ग की कंपनी ने नया ऐप लॉन्च किया, जिसे एलन मस्क के ट्विटर का सीधा जवाब माना जा रहा है। दोनों ने एक-दूसरे का खुलकर मजाक उड़ाया।", []string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		{"only Y and his company named: no pair", "एलन मस्क के ट्विटर पर नया फीचर आया है। दोनों ने एक-दूसरे का खुलकर मजाक उड़ाया।", nil},
		// Must stay: two persons; two companies.
		{"X ने Y से मुलाकात की। दोनों ने एक-दूसरे का मजाक उड़ाया", "मार्क जुकरबर्ग ने इस हफ्ते एलन मस्क से मुलाकात की। दोनों ने एक-दूसरे का खुलकर मजाक उड़ाया।", []string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		{"two companies named: both", "गूगल ने नया मॉडल जारी किया, जिसे ओपनएआई के मॉडल का जवाब माना जा रहा है। दोनों ने एक-दूसरे का खुलकर मजाक उड़ाया।", []string{"google>openai:h", "openai>google:h"}},

		// A genitive pronoun inside a charge's content, after the
		// accused's पर ("X ने Y पर उनके खिलाफ खबरें दिखाने का आरोप
		// लगाया"), is the accuser himself, no target (dvz-114).
		{"Z …। X ने Y पर उनके खिलाफ … का आरोप लगाया: not Z", "सुंदर पिचाई ने बैठक में बात की। पिछले हफ्ते ट्रंप ने गूगल पर उनके खिलाफ नकारात्मक खबरें दिखाने का आरोप लगाया था।", []string{"donald-trump>google:h"}},
		{"Z …। X ने Y पर उनके खिलाफ साजिश का आरोप लगाया: not Z", "कमला हैरिस ने रैली की। एलन मस्क ने ओपनएआई पर उनके खिलाफ साजिश रचने का आरोप लगाया।", []string{"elon-musk>openai:h"}},
		// Must stay: with no accused under पर, उनके खिलाफ is the one
		// before.
		{"Z …। X ने उनके खिलाफ … का आरोप लगाया: Z", "कमला हैरिस ने रैली की। डोनाल्ड ट्रंप ने उनके खिलाफ झूठ फैलाने का आरोप लगाया।", []string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC), cases)
}
