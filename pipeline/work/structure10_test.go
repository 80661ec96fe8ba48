package work

import (
	"testing"
	"time"
)

// TestSession10HostileCharges: charges named as a noun with both parties
// in the phrase are the author's charge against the accused, whatever
// the host says of them; a charge with no accused in its phrase gives no
// one (the one who rejects it is not taken for the accused).
func TestSession10HostileCharges(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Session 27: charges only judged or answered are not reported
		// as being made (the lead's decision on the session-26 ruling;
		// answeredAt27).
		{"Y पर X के आरोपों को … बताया", "अदालत ने ओपनएआई पर मस्क के आरोपों को अधूरा बताया।", nil},
		{"X द्वारा Y पर लगाए गए … के आरोपों", "हैरिस द्वारा ट्रंप पर लगाए गए धोखाधड़ी के आरोपों की जांच शुरू हुई।", []string{"kamala-harris>donald-trump:h"}},
		{"X के Y पर लगाए गए आरोप", "राहुल के मोदी पर लगाए गए आरोप संसद में गूंजे।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"Y पर X के लगाए आरोप", "गूगल पर ट्रंप के लगाए आरोप फिर चर्चा में हैं।", []string{"donald-trump>google:h"}},
		{"Y पर X के भ्रष्टाचार के आरोप", "अडानी समूह पर राहुल के भ्रष्टाचार के आरोप सुर्खियों में रहे।", []string{"rahul-gandhi>adani-group:h"}},
		{"a question over the host keeps the charge laid", "क्या माइक्रोसॉफ्ट पर मस्क के आरोपों की जांच होगी?", []string{"elon-musk>microsoft:h"}},
		// No accused in the phrase: nothing from the charge.
		{"Y rejects X's charges: no stance", "अडानी समूह ने राहुल गांधी के आरोपों को खारिज कर दिया।", nil},
		{"charges laid on Y by no one named", "अदालत ने अडानी समूह पर लगे आरोपों की सुनवाई टाल दी।", nil},
		{"a charge of the accused's own (पर lies elsewhere)", "मस्क ने एक्स पर अपने आरोपों की सूची डाली।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileToldWrong: a threat, mockery or break done to the
// speaker and told in his words ("X ने कहा कि Y ने उन्हें धमकाया") is
// the speaker's charge against the doer; done to someone else tracked
// it stays the doer's act; with no doer acting (ने) nothing changes.
func TestSession10HostileToldWrong(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"कहा कि Y ने उन्हें धमकाया", "नडेला ने कहा कि मस्क ने उन्हें फोन पर धमकाया था।", []string{"satya-nadella>elon-musk:h"}},
		{"बताया कि Y ने उन्हें धमकी दी", "हैरिस ने बताया कि चुनाव के दौरान ट्रंप ने उन्हें धमकी दी थी।", []string{"kamala-harris>donald-trump:h"}},
		{"लिखा कि Y ने उनका मजाक उड़ाया", "फराज ने अपनी किताब में लिखा कि मस्क ने सबके सामने उनका मजाक उड़ाया।", []string{"nigel-farage>elon-musk:h"}},
		{"done to another tracked party: the doer's act", "नडेला ने कहा कि मस्क ने ओपनएआई को धमकाया था।", []string{"elon-musk>openai:h"}},
		{"a threat with no one tracked as its object: nothing", "नडेला ने कहा कि मस्क ने कई लोगों को धमकाया था।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileSuitNoun: a suit named as a noun is presupposed as
// filed (SCHEMA: the suit a settlement ends still counts as the
// suer's): its owner against the defendant named in the phrase, or
// against the one who settles or answers it.
func TestSession10HostileSuitNoun(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X का Y के खिलाफ मुकदमा (pending)", "हैरिस का ट्रंप के खिलाफ मुकदमा अगले महीने सुना जाएगा।", []string{"kamala-harris>donald-trump:h"}},
		{"Y के खिलाफ X के मुकदमे की सुनवाई", "गूगल के खिलाफ ट्रंप के मुकदमे की सुनवाई टल गई।", []string{"donald-trump>google:h"}},
		{"X द्वारा Y पर दायर मुकदमे", "मस्क द्वारा माइक्रोसॉफ्ट पर दायर मुकदमे में नई अर्जी आई।", []string{"elon-musk>microsoft:h"}},
		{"Y ने X का मुकदमा निपटाया", "गूगल ने ट्रंप का पुराना मुकदमा दो करोड़ डॉलर देकर निपटाया।", []string{"donald-trump>google:h"}},
		{"Y … X के मुकदमे सुलझा चुका है", "मेटा भी ट्रंप के इसी तरह के मुकदमे सुलझा चुका है।", []string{"donald-trump>meta:h"}},
		{"X के मुकदमे के जवाब में Y ने …", "माइक्रोसॉफ्ट ने मस्क के मुकदमे के जवाब में अदालत को दस्तावेज सौंपे।", []string{"elon-musk>microsoft:h"}},
		// No defendant and no one settling or answering: nothing.
		{"X के मुकदमे की सुनवाई with a witness", "मस्क के मुकदमे की सुनवाई में नडेला ने गवाही दी।", nil},
		{"a suit with no owner", "मेटा ने मुकदमा निपटाने के लिए रकम दी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileCampaign: a hostile course of action credited by a
// genitive to someone, in another's words or in what another calls a
// thing ("यह Y के उत्पीड़न का नया अध्याय है", "इसे Y की साजिश बताया"),
// is the speaker's charge against that someone; a campaign noun with no
// hostile word is nothing.
func TestSession10HostileCampaign(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"कहा कि यह Y के उत्पीड़न का हिस्सा है", "मेटा ने कहा कि यह भी ट्रंप के उत्पीड़न का ही एक हिस्सा है।", []string{"meta>donald-trump:h"}},
		{"बोले- यह Y की साजिश (headline)", "राहुल बोले- यह सब मोदी की साजिश || ", []string{"rahul-gandhi>narendra-modi:h"}},
		{"इसे Y की '… परेशान करने की मुहिम' का अध्याय बताया", "गूगल ने इस शिकायत को मस्क की 'कंपनी को परेशान करने की मुहिम' का नया अध्याय बताया।", []string{"google>elon-musk:h"}},
		{"Y की … चाल बताया", "हैरिस ने इस फैसले को ट्रंप की एक और चाल बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"negated: यह Y की साजिश नहीं है", "राहुल ने कहा कि यह अडानी की साजिश नहीं है।", nil},
		{"a campaign with no hostile word: nothing", "ऑल्टमैन ने कहा कि यह मस्क के अभियान का हिस्सा है।", nil},
		{"no one speaking: nothing", "यह मुकदमा मस्क के उत्पीड़न का हिस्सा माना जा रहा है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileOwner: an attack by a ने-agent on a tracked company
// or project named right after its tracked owner's genitive is on the
// owner too; with no agent the genitive is the doer.
func TestSession10HostileOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने Y की टेस्ला पर हमला बोला", "हैरिस ने मस्क की टेस्ला पर हमला बोला।", []string{"kamala-harris>elon-musk:h", "kamala-harris>tesla:h"}},
		{"X ने Y की स्टारगेट परियोजना को … बताया", "नडेला ने ऑल्टमैन की स्टारगेट परियोजना को नाकाम बताया।", []string{"satya-nadella>sam-altman:h", "satya-nadella>stargate:h"}},
		{"X ने Y के ओपनएआई की आलोचना की", "मस्क ने ऑल्टमैन के ओपनएआई की कड़ी आलोचना की।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"no agent: the genitive is the doer", "मस्क का ओपनएआई पर हमला || ", []string{"elon-musk>openai:h"}},
		// Praise of his company counts on him too (session 25 ruling:
		// "P की O" ties them; chief25.go).
		{"praise of his company counts on him", "ट्रंप ने मस्क की टेस्ला की तारीफ की।", []string{"donald-trump>elon-musk:s", "donald-trump>tesla:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileAgentWhen: "X ने जब …, तो …" is read as "जब X ने
// …, तो …": the time clause's act is X's, asserted; a conditional (अगर)
// stays hypothetical.
func TestSession10HostileAgentWhen(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने जब Y को … कहा, तो …", "ट्रंप ने जब हैरिस को नाकाम कहा, तो समर्थकों ने तालियां बजाईं।", []string{"donald-trump>kamala-harris:h"}},
		{"X ने जब Y पर हमला बोला, तब …", "राहुल ने जब अडानी समूह पर हमला बोला, तब संसद में हंगामा हुआ।", []string{"rahul-gandhi>adani-group:h"}},
		{"X ने जब Y की आलोचना की (possessed)", "मस्क ने जब ओपनएआई के नए मॉडल की आलोचना की, तो शेयर गिर गए।", []string{"elon-musk>openai:h"}},
		{"X ने अगर … तो: still a condition", "ट्रंप ने अगर हैरिस को नाकाम कहा तो समर्थक खुश होंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileProxySays: "X के वकील/प्रवक्ता बोले- …" (a proxy
// noun as the bare subject of a speech verb) speaks for X; a party's
// spokesperson is not its leader's.
func TestSession10HostileProxySays(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X के वकील बोले- Y ने …", "हैरिस के वकील बोले- ट्रंप ने अदालत को गुमराह किया || ", []string{"kamala-harris>donald-trump:h"}},
		{"X के प्रवक्ता बोले- Y …", "गूगल के प्रवक्ता बोले- मस्क झूठ फैला रहे हैं || ", []string{"google>elon-musk:h"}},
		{"X की टीम बोली- …", "ट्रंप की टीम बोली- हैरिस देश के लिए खतरा || ", []string{"donald-trump>kamala-harris:h"}},
		{"a party's spokesperson is not its leader", "कांग्रेस के प्रवक्ता बोले- मोदी देश को गुमराह कर रहे हैं || ", nil},
		{"no stance in the words: nothing", "मस्क के वकील बोले- अभी कोई टिप्पणी नहीं || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession10HostileAttributive: a hostile participle qualifying the
// ने-agent after it ("Y से नाराज X ने …") is asserted when the clause's
// negation comes after the agent (the main verb's); a negation before the
// agent, or one of the attribute itself, still holds.
func TestSession10HostileAttributive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y से नाराज X ने … से इनकार किया", "ट्रंप से नाराज हैरिस ने बहस में जाने से इनकार किया।", []string{"kamala-harris>donald-trump:h"}},
		{"Y से खफा X ने … नहीं की", "मस्क से खफा फराज ने कोई टिप्पणी नहीं की।", []string{"nigel-farage>elon-musk:h"}},
		{"the attribute itself negated", "मस्क ने कहा कि वह फराज से नाराज नहीं हैं।", nil},
		{"a supportive attribute is not widened", "ट्रंप के समर्थक मस्क ने कोई बयान नहीं दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
