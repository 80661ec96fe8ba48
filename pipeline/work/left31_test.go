package work

import (
	"testing"
	"time"
)

// Session 31 (LEFT): our own sentences for the attachment shapes left by
// session 30 (CAUSES30.md, "Left (not fixed)"). The first rows of each
// test fail without the change named; the controls must stay as they are.

// TestLeft31OwnedDemAct: an act named with its owner before a
// demonstrative ("Y के उस बयान पर प्रतिक्रिया दी") is Y's act, so a bare
// इसे in the next sentence points at Y's words (ownedDemAct31, noteActs);
// called only untrue (भ्रामक, गलत) the words are denied, no stance
// (saidPronDenied31).
func TestLeft31OwnedDemAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"role noun + इसे, propaganda", "रिलायंस ने सोमवार को राहुल गांधी के उस बयान पर प्रतिक्रिया दी। कंपनी ने शेयर बाजार को भेजी सूचना में इसे सुनियोजित दुष्प्रचार करार दिया।",
			[]string{"reliance>rahul-gandhi:h"}},
		{"claim with a relative clause, conspiracy", "ओपनएआई ने एलन मस्क के उस दावे पर जवाब दिया, जिसमें कंपनी के मुनाफे का जिक्र था। कंपनी ने अपने ब्लॉग में इसे सोची-समझी साजिश बताया।",
			[]string{"openai>elon-musk:h"}},
		{"post called nonsense", "मेटा ने एलन मस्क की उस पोस्ट पर प्रतिक्रिया दी। कंपनी ने इसे बकवास बताया।",
			[]string{"meta>elon-musk:h"}},
		{"claim called only misleading: a denial (fails without saidPronDenied31)", "एलन मस्क ने दावा किया कि ओपनएआई ने धोखा दिया। सैम ऑल्टमैन ने इसे भ्रामक बताया।",
			[]string{"elon-musk>openai:h"}},
		// Controls.
		{"called only misleading: a denial", "रिलायंस ने राहुल गांधी के उस बयान पर प्रतिक्रिया दी। कंपनी ने इसे भ्रामक बताया।", nil},
		{"claim called a lie still attacks", "एलन मस्क ने दावा किया कि ओपनएआई ने धोखा दिया। सैम ऑल्टमैन ने इसे झूठ बताया।",
			[]string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		{"called baseless", "रिलायंस ने राहुल गांधी के उस बयान पर प्रतिक्रिया दी। कंपनी ने इसे बेबुनियाद बताया।", nil},
		{"no owner", "रिलायंस ने उस बयान पर प्रतिक्रिया दी। कंपनी ने इसे दुष्प्रचार करार दिया।", nil},
		{"a charge is no act", "माइक्रोसॉफ्ट ने गूगल के इस आरोप पर प्रतिक्रिया दी। कंपनी ने इसे दुष्प्रचार करार दिया।", nil},
		{"owned decision praised", "राहुल गांधी ने नरेंद्र मोदी के उस फैसले की तारीफ की। रिलायंस ने इसे ऐतिहासिक बताया।",
			[]string{"rahul-gandhi>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31SuitPassive: an agentless passive of a lawsuit frame placed in
// the story's suit ("मुकदमे/याचिका में Z को भी प्रतिवादी बनाया गया है") is
// the filer's act (suitFiler31).
func TestLeft31SuitPassive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"co-defendant in the suit", "एलन मस्क ने ओपनएआई के खिलाफ मुकदमा दायर किया है। मुकदमे में माइक्रोसॉफ्ट को भी प्रतिवादी बनाया गया है।",
			[]string{"elon-musk>openai:h", "elon-musk>microsoft:h"}},
		{"co-defendant in the petition", "गूगल ने ओपनएआई पर मुकदमा दायर किया। याचिका में माइक्रोसॉफ्ट को भी प्रतिवादी बनाया गया है।",
			[]string{"google>openai:h", "google>microsoft:h"}},
		{"a chief made defendant", "एक्सएआई ने एपल और ओपनएआई के खिलाफ मुकदमा दायर किया। मुकदमे में सैम ऑल्टमैन को भी प्रतिवादी बनाया गया।",
			[]string{"xai>openai:h", "xai>sam-altman:h"}},
		// Controls.
		{"no suit told before", "मुकदमे में माइक्रोसॉफ्ट को भी प्रतिवादी बनाया गया है।", nil},
		{"not made a defendant", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। मुकदमे में माइक्रोसॉफ्ट को प्रतिवादी नहीं बनाया गया है।",
			[]string{"elon-musk>openai:h"}},
		{"relief in the hearing", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। मुकदमे की सुनवाई में माइक्रोसॉफ्ट को राहत मिली।",
			[]string{"elon-musk>openai:h"}},
		{"another doer named", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। इस बीच गूगल ने माइक्रोसॉफ्ट को प्रतिवादी बनाया है।",
			[]string{"elon-musk>openai:h", "google>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31ActLabelOwner: an act pointed back to ("यह मुकदमा") judged in
// someone's words by a label owned by another tracked name written
// between them ("Y की साजिश", "Y के लगातार उत्पीड़न की कड़ी") judges that
// owner, not the act's doer (labelGenOwner31); उत्पीड़न (harassment) is a
// hostile label (evaluative.yaml).
func TestLeft31ActLabelOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"suit called harassment", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने कहा कि यह मुकदमा कानूनी उत्पीड़न है।",
			[]string{"xai>openai:h", "openai>xai:h"}},
		{"suit called another try at harassment", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने कहा कि यह मुकदमा उत्पीड़न की एक और कोशिश है।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		{"owner's conspiracy, not the filing company's", "एलन मस्क की कंपनी एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने कहा कि यह मुकदमा मस्क की साजिश है।",
			[]string{"xai>openai:h", "openai>elon-musk:h"}},
		{"a link in a chief's harassment", "गूगल ने माइक्रोसॉफ्ट पर मुकदमा दायर किया। माइक्रोसॉफ्ट ने कहा कि यह मुकदमा सुंदर पिचाई के लगातार उत्पीड़न की एक और कड़ी है।",
			[]string{"google>microsoft:h", "microsoft>sundar-pichai:h"}},
		// Controls.
		{"harassment of people untracked", "राहुल गांधी ने कहा कि देश में दलितों का उत्पीड़न बढ़ा है।", nil},
		{"no owner named: the act's doer", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने कहा कि यह मुकदमा साजिश है।",
			[]string{"xai>openai:h", "openai>xai:h"}},
		{"praise through an owner", "गौतम अडानी ने कहा कि यह समझौता नरेंद्र मोदी की दूरदर्शिता का नतीजा है।",
			[]string{"gautam-adani>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31DistancedClaim: a break frame whose से-slot is Y's demand,
// appeal, statement or remark ("Y की मांग से दूरी बना ली") turns the words
// down, no break with Y (distancedClaim31; words.yaml demand_nouns).
func TestLeft31DistancedClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"distance from Y's demand", "नाइजल फराज ने टॉमी रॉबिन्सन की रिहाई की एलन मस्क की मांग से दूरी बना ली।", nil},
		{"aloof from Y's appeal", "सत्या नडेला ने एलन मस्क की अपील से किनारा कर लिया।", nil},
		{"washing hands of Y's remark", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप की टिप्पणी से पल्ला झाड़ लिया।", nil},
		// Controls.
		{"distance from Y", "नाइजल फराज ने एलन मस्क से दूरी बना ली।", []string{"nigel-farage>elon-musk:h"}},
		{"aloof from an organisation", "सुंदर पिचाई ने मेटा से किनारा कर लिया।", []string{"sundar-pichai>meta:h"}},
		{"distance from Y's party", "नाइजल फराज ने एलन मस्क की पार्टी से दूरी बना ली।", []string{"nigel-farage>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31TitleQuote: a short headline quote with a title in it before
// the colon or dash ("'… प्रधानमंत्री': Y का हमला") is someone's words, as
// one with a name is; the tag after it is its own clause, so the title's
// holder is not read as the one attacking Y (titleQuote31, clause.go).
func TestLeft31TitleQuote(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"title in the quote, colon", "'प्रधानमंत्री भ्रष्ट हैं': राहुल गांधी का हमला", []string{"rahul-gandhi>narendra-modi:h"}},
		{"title last in the quote, dash", "'किसानों को धोखा दे रहे हैं पीएम' - राहुल गांधी का आरोप", []string{"rahul-gandhi>narendra-modi:h"}},
		{"praise", "'प्रधानमंत्री महान नेता हैं': गौतम अडानी की तारीफ", []string{"gautam-adani>narendra-modi:s"}},
		// Controls.
		{"a friend shielded: the title's holder is no attacker", "'अपने चहेते उद्योगपति की ढाल बने हैं प्रधानमंत्री': अंबानी पर जांच रुकने के बाद राहुल गांधी का हमला", nil},
		{"name in the quote", "'नरेंद्र मोदी भ्रष्ट हैं': राहुल गांधी का हमला", []string{"rahul-gandhi>narendra-modi:h"}},
		{"title, a lie told", "'प्रधानमंत्री झूठ बोलते हैं': राहुल गांधी का तंज", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a demonstrative names no one", "'यह फैसला गलत है': राहुल गांधी का हमला", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31CounteredSuit: a suit named as X's with no defendant, in a
// story that told of a counter-suit against X, is X's suit against the
// counter-suer (counteredSuit31, storyState.counter31).
func TestLeft31CounteredSuit(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"hearing on X's suit", "ओपनएआई ने एलन मस्क के खिलाफ जवाबी मुकदमा दायर किया। मस्क के मुकदमे पर सुनवाई अगले साल होगी।",
			[]string{"openai>elon-musk:h", "elon-musk>openai:h"}},
		{"companies", "मेटा ने एक्स के खिलाफ जवाबी मुकदमा दायर किया है। एक्स के मुकदमे की सुनवाई अगले महीने शुरू होगी।",
			[]string{"meta>x-corp:h", "x-corp>meta:h"}},
		{"पर, ठोका", "गूगल ने माइक्रोसॉफ्ट पर जवाबी मुकदमा ठोका। अदालत माइक्रोसॉफ्ट के मुकदमे पर पहले फैसला सुनाएगी।",
			[]string{"google>microsoft:h", "microsoft>google:h"}},
		// Controls.
		{"no counter-suit", "ओपनएआई ने एलन मस्क के खिलाफ मुकदमा दायर किया। मस्क के मुकदमे पर सुनवाई अगले साल होगी।",
			[]string{"openai>elon-musk:h"}},
		{"another owner's suit", "ओपनएआई ने एलन मस्क के खिलाफ जवाबी मुकदमा दायर किया। गूगल के मुकदमे पर सुनवाई अगले साल होगी।",
			[]string{"openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31ReflexiveSuit: a suit named with a reflexive owner ("X ने Y
// के खिलाफ अपने मुकदमे …") is the clause agent's suit against Y
// (reflexiveOwner31 in nounParties).
func TestLeft31ReflexiveSuit(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"scope widened", "ओपनएआई ने एलन मस्क के खिलाफ अपने मुकदमे में नई दलीलें जोड़ीं।", []string{"openai>elon-musk:h"}},
		{"co-defendant added on the way", "एक्सएआई ने ओपनएआई के खिलाफ अपने मुकदमे में संशोधन करते हुए माइक्रोसॉफ्ट को भी प्रतिवादी बनाया।",
			[]string{"xai>openai:h", "xai>microsoft:h"}},
		{"पर, evidence in it", "गूगल ने माइक्रोसॉफ्ट पर अपने मुकदमे में नए सबूत पेश किए।", []string{"google>microsoft:h"}},
		// Controls.
		{"no reflexive: whose suit is not said", "ओपनएआई ने एलन मस्क के खिलाफ मुकदमे में नई दलीलें जोड़ीं।", nil},
		{"reflexive in the words, no defendant", "एलन मस्क ने कहा कि अपने मुकदमे में वह जीतेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31SuitCoDefendants: a suit named as a noun against a
// coordinated group ("X की ओर से Y और उसके सीईओ Z के खिलाफ दायर मुकदमे")
// sues each of them (groupStart31 in nounParties, suitCoDefendants31).
func TestLeft31SuitCoDefendants(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"company and its chief", "माइक्रोसॉफ्ट की ओर से गूगल और उसके सीईओ सुंदर पिचाई के खिलाफ दायर मुकदमे की सुनवाई अदालत ने टाल दी।",
			[]string{"microsoft>google:h", "microsoft>sundar-pichai:h"}},
		{"two companies, owner after", "ओपनएआई और माइक्रोसॉफ्ट के खिलाफ एलन मस्क के मुकदमे की सुनवाई शुरू हुई।",
			[]string{"elon-musk>openai:h", "elon-musk>microsoft:h"}},
		// Controls.
		{"one defendant", "एलन मस्क की ओर से ओपनएआई के खिलाफ दायर मुकदमे में जज ने तारीख तय की।", []string{"elon-musk>openai:h"}},
		{"no owner", "गूगल और मेटा के खिलाफ मुकदमे की सुनवाई शुरू हुई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31LedBodyAct: an act of a body led by a tracked name ("X के
// नेतृत्व वाले निवेशक समूह की पेशकश") is X's own — pointed back to later
// ("यह पेशकश … चाल है") it judges X, not X's company (ledOwner31 in
// noteActs; storyState.led31 in actAt).
func TestLeft31LedBodyAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"consortium's offer", "गूगल ने सत्या नडेला के नेतृत्व वाले कंसोर्टियम की पेशकश खारिज कर दी। कंपनी ने कहा कि यह पेशकश बाजार को अस्थिर करने की चाल है।",
			[]string{"google>satya-nadella:h"}},
		{"the leader's, not his company's", "सत्या नडेला माइक्रोसॉफ्ट के सीईओ हैं। गूगल ने सत्या नडेला के नेतृत्व वाले निवेशक समूह की पेशकश खारिज कर दी। कंपनी ने कहा कि यह पेशकश बाजार को अस्थिर करने की चाल है।",
			[]string{"google>satya-nadella:h"}},
		{"bid, अगुवाई", "रिलायंस ने गौतम अडानी की अगुवाई वाले समूह की बोली ठुकरा दी। कंपनी ने इस बोली को साजिश बताया।",
			[]string{"reliance>gautam-adani:h"}},
		// Controls.
		{"a body led by no one named", "ओपनएआई ने निवेशक समूह की पेशकश ठुकरा दी। कंपनी ने कहा कि यह पेशकश साजिश है।", nil},
		{"a chief's own proposal is still his company's too", "सत्या नडेला माइक्रोसॉफ्ट के सीईओ हैं। सत्या नडेला ने गूगल को नया प्रस्ताव दिया। सुंदर पिचाई ने इस प्रस्ताव की तारीफ की।",
			[]string{"sundar-pichai>microsoft:s", "sundar-pichai>satya-nadella:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31ProxyHead: the head of a body that spoke for someone ("X के
// बोर्ड ने …। बोर्ड के अध्यक्ष Z ने कहा …"), named or not, speaks for X as
// the body does (proxyHead31 in bareProxy12).
func TestLeft31ProxyHead(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"board chair with a name", "गूगल के बोर्ड ने नई नीति मंजूर की। बोर्ड के अध्यक्ष रमेश वर्मा ने कहा कि मेटा की नीति खतरनाक है।",
			[]string{"google>meta:h"}},
		{"board chair, feminine", "मेटा के बोर्ड ने बयान जारी किया। बोर्ड की अध्यक्ष सुनीता राव ने कहा कि एलन मस्क का दावा झूठा है।",
			[]string{"meta>elon-musk:h"}},
		{"chairman, offer pointed back to", "एलन मस्क ने ओपनएआई को खरीदने की पेशकश की। ओपनएआई के बोर्ड ने इसे खारिज कर दिया। बोर्ड के चेयरमैन ने कहा कि यह पेशकश बाजार में होड़ को कमजोर करने की चाल है।",
			[]string{"openai>elon-musk:h"}},
		// Controls.
		{"no body named before", "बोर्ड के अध्यक्ष रमेश वर्मा ने कहा कि मेटा की नीति खतरनाक है।", nil},
		{"a neutral act", "गूगल के बोर्ड ने नई नीति मंजूर की। बोर्ड के अध्यक्ष ने मेटा के प्रस्ताव पर चर्चा की।", nil},
		{"a proxy with its owner", "गूगल के वकील ने कहा कि मेटा झूठ बोल रहा है।", []string{"google>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLeft31SuitQualifier: a qualifier "N वाले" between a suit's owner and
// the suit ("X के व्यापार रहस्य वाले मुकदमे") leaves the owner the suit's
// (skipQualifier31 in nounParties).
func TestLeft31SuitQualifier(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X's suit called baseless by its defendant", "ओपनएआई ने एक्सएआई के व्यापार रहस्य वाले मुकदमे को बेबुनियाद बताया।", []string{"xai>openai:h"}},
		{"X's suit answered", "गूगल ने माइक्रोसॉफ्ट के पेटेंट वाले मुकदमे का जवाब दिया।", []string{"microsoft>google:h"}},
		// Controls.
		{"no owner", "ओपनएआई ने नियम वाले मुकदमे को बेबुनियाद बताया।", nil},
		{"filed, with the qualifier after the defendant", "गूगल ने मेटा के खिलाफ पेटेंट वाला मुकदमा दायर किया।", []string{"google>meta:h"}},
		{"no defendant", "माइक्रोसॉफ्ट के अरबों डॉलर वाले मुकदमे की सुनवाई शुरू हुई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
