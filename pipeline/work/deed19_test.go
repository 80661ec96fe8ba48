package work

import (
	"testing"
	"time"
)

// TestSession19Deed: rejections that attack the charge's author and
// support by deed, read as families in their general form (session 19,
// DEED).
func TestSession19Deed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A charge pointed back at ("ये आरोप", "इन आरोपों") and called a
		// plot or a lie attacks its author, also when the label stands
		// far in the predicate and when the author is known only as the
		// owner of the charges answered (charge19.go).
		{"ये आरोप … साजिश का हिस्सा, far label", "नरेंद्र मोदी ने आरोप लगाया कि राहुल गांधी ने विदेश में झूठ बोला। राहुल गांधी ने कहा कि ये आरोप जनता का ध्यान भटकाने की एक सोची-समझी साजिश का हिस्सा हैं।", []string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"ये आरोप मनगढ़ंत, author only answered", "एलन मस्क के आरोपों पर ओपनएआई ने बयान जारी किया। कंपनी ने कहा कि ये आरोप पूरी तरह मनगढ़ंत हैं।", []string{"openai>elon-musk:h"}},
		{"X answers Y's charges, then calls them lies", "नरेंद्र मोदी ने राहुल गांधी के आरोपों का जवाब दिया। मोदी ने इन आरोपों को झूठ का पुलिंदा करार दिया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"X rejects Y's charges (खंडन), then calls them a plot", "अडानी समूह ने राहुल गांधी के उन आरोपों का खंडन किया जो उन्होंने संसद में लगाए थे। समूह ने इन आरोपों को साजिश बताया।", []string{"adani-group>rahul-gandhi:h"}},
		// must not fire
		{"ये आरोप बेबुनियाद: a plain denial", "एलन मस्क के आरोपों पर ओपनएआई ने बयान जारी किया। कंपनी ने कहा कि ये आरोप बेबुनियाद हैं।", nil},
		{"answered, then called baseless", "नरेंद्र मोदी ने राहुल गांधी के आरोपों का जवाब दिया। मोदी ने इन आरोपों को निराधार बताया।", nil},
		{"charges repeated, not answered", "नरेंद्र मोदी ने राहुल गांधी के आरोपों को दोहराया। मोदी ने इन आरोपों को गंभीर बताया।", nil},
		{"another agent between: not the charge judged", "एलन मस्क के आरोपों पर ओपनएआई ने बयान जारी किया। कंपनी ने कहा कि ये आरोप, जो मस्क ने लगाए, नहीं टिकेंगे।", nil},
		// A sum placed in Y with "more", "also" or "again" before its
		// verb ("N डॉलर और झोंके/डाले/लगाए"): the same funding deed
		// (moneyPlaced, charge19.go sumParticles19).
		{"और झोंके: more money into Y", "माइक्रोसॉफ्ट ने ओपनएआई में पांच अरब डॉलर और झोंके।", []string{"microsoft>openai:s"}},
		{"और डाले, headline", "सॉफ्टबैंक ने ओपनएआई में 10 अरब डॉलर और डाले", []string{"softbank>openai:s"}},
		{"दोबारा झोंके: again", "माइक्रोसॉफ्ट ने ओपनएआई में दो अरब डॉलर दोबारा झोंके।", []string{"microsoft>openai:s"}},
		// must not fire
		{"और: a second giver, not more", "सॉफ्टबैंक ने ओपनएआई में दो अरब डॉलर और ओरेकल ने एक अरब डॉलर का कर्ज लिया।", nil},
		{"more refused", "सॉफ्टबैंक ने ओपनएआई में दो अरब डॉलर और लगाने से इनकार कर दिया।", nil},
		{"more, still open", "सॉफ्टबैंक ओपनएआई में दो अरब डॉलर और डालेगा या नहीं, यह तय नहीं है।", nil},
		// A charge called a fabrication owned by Y ("Y की मनगढ़ंत कहानी",
		// "Y का झूठ", "Y की गढ़ी हुई कहानियां") attacks Y; "कर*" in an
		// entry no longer reads करार ("झूठी बात करार दिया" is a calling,
		// not "झूठी बात कर-") (charge19.go, lexicon.go, evaluative.yaml).
		{"label owned: Y की मनगढ़ंत कहानी", "सैम ऑल्टमैन ने आरोपों को एलन मस्क की मनगढ़ंत कहानी बताया।", []string{"sam-altman>elon-musk:h"}},
		{"label owned: Y का झूठ", "अडानी समूह ने इन आरोपों को राहुल गांधी का झूठ करार दिया।", []string{"adani-group>rahul-gandhi:h"}},
		{"गढ़ी हुई कहानियां, owned", "कमला हैरिस ने अपने ऊपर लगे आरोपों को डोनाल्ड ट्रंप की गढ़ी हुई कहानियां करार दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"गढ़ी हुई कहानी, a report", "मार्क जुकरबर्ग ने एक्सियोस की रिपोर्ट को गढ़ी हुई कहानी बताया।", []string{"mark-zuckerberg>axios:h"}},
		{"झूठी बात करार दिया", "सॉफ्टबैंक ने एलन मस्क के दावे को झूठी बात करार दिया।", []string{"softbank>elon-musk:h"}},
		// Merged with RULINGS' made-up tale (rulings19.go): "Y की मनगढ़ंत
		// कहानी" calls Y's story made up wherever it stands, so the
		// speaker attacks Y also when the called object is no charge.
		{"label owned, the object no charge: the tale is still Y's", "सैम ऑल्टमैन ने बैठक को एलन मस्क की मनगढ़ंत कहानी का जवाब बताया।", []string{"sam-altman>elon-musk:h"}},
		// must not fire
		{"a plain denial owned by no one", "सैम ऑल्टमैन ने आरोपों को एलन मस्क के बारे में गलत बताया।", nil},
		{"कहानी गढ़ी गई: a finite passive, no one", "मार्क जुकरबर्ग ने कहा कि यह कहानी गढ़ी गई है।", nil},
		// still fires
		{"guard: झूठी बातें कर रहे still reads", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप झूठी बातें कर रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		// A negator inside a verbal noun (नहीं + infinitive + का/की/के)
		// negates only that noun, as न already did: the claim it describes
		// is still called a lie (mood.go negationEnd).
		{"नहीं होने के … दावे को झूठा", "ओपनएआई के पास पैसा नहीं होने के एलन मस्क के दावे को सैम ऑल्टमैन ने झूठा करार दिया।", []string{"sam-altman>elon-musk:h"}},
		{"नहीं होने की … बात को बकवास", "कंपनी में सुरक्षा नहीं होने की एलन मस्क की बात को सैम ऑल्टमैन ने बकवास बताया।", []string{"sam-altman>elon-musk:h"}},
		// must not fire
		{"not criticising, decided", "एलन मस्क ने डोनाल्ड ट्रंप की आलोचना नहीं करने का फैसला किया।", nil},
		{"negated verbal noun, the main verb negated too", "ओपनएआई के पास पैसा नहीं होने के एलन मस्क के दावे को सैम ऑल्टमैन ने झूठा नहीं बताया।", nil},
		// A fundraiser held for Y: an event named by raising money
		// (जुटाने/इकट्ठा करने का/वाला कार्यक्रम, आयोजन, डिनर, भोज …)
		// (lexicon/frames.yaml).
		{"fundraiser held, a place between", "लैरी एलिसन ने डोनाल्ड ट्रंप के लिए कैलिफोर्निया में पैसा जुटाने का एक भोज आयोजित किया।", []string{"larry-ellison>donald-trump:s"}},
		{"fundraiser dinner held (इकट्ठा करने का)", "रीड हॉफमैन ने कमला हैरिस के अभियान के लिए धन इकट्ठा करने का डिनर आयोजित किया।", []string{"reid-hoffman>kamala-harris:s"}},
		{"fundraiser held (वाला)", "रीड हॉफमैन ने कमला हैरिस के लिए धन जुटाने वाला डिनर आयोजित किया।", []string{"reid-hoffman>kamala-harris:s"}},
		// must not fire
		{"fundraiser planned", "रीड हॉफमैन कमला हैरिस के लिए चंदा जुटाने का कार्यक्रम आयोजित करेंगे।", nil},
		{"fundraiser not held", "रीड हॉफमैन ने कमला हैरिस के लिए धन जुटाने का कार्यक्रम आयोजित नहीं किया।", nil},
		{"fundraiser for a place, not a person", "मुकेश अंबानी ने मुंबई के अस्पताल के लिए धन जुटाने का कार्यक्रम आयोजित किया।", nil},
		// A charge pointed back at and called not true ("यह दावा सही
		// नहीं है", "ये आरोप सच नहीं हैं") is a plain denial, as गलत
		// (charge19.go untrue19). Rows that must not fire.
		{"यह दावा सही नहीं", "एलन मस्क ने दावा किया कि डोनाल्ड ट्रंप अगला चुनाव जीतेंगे। ट्रंप ने कहा कि यह दावा सही नहीं है।", nil},
		{"ये आरोप सच नहीं", "एलन मस्क ने ओपनएआई पर आरोप लगाया था। ओपनएआई ने कहा कि ये आरोप सच नहीं हैं।", []string{"elon-musk>openai:h"}},
		// still fires: a person called not right is judged
		{"a person not right is still judged", "एलन मस्क ने ओपनएआई पर आरोप लगाया था। ओपनएआई ने कहा कि मस्क सही नहीं हैं।", []string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		// The label called may be a long phrase of its own between the
		// charge's को and the label word (stance.go, calling path).
		{"long label: एक हारे हुए प्रतिद्वंद्वी की मनगढ़ंत कहानी", "एलन मस्क ने ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया था। ओपनएआई ने इन आरोपों को एक नाराज पूर्व साथी की मनगढ़ंत कहानी बताया।", []string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		// must not fire: a name between is the one the label is about
		{"long label, a plain denial", "एलन मस्क ने ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया था। ओपनएआई ने इन आरोपों को एक नाराज पूर्व साथी की बेबुनियाद बात बताया।", []string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), cases)
}
