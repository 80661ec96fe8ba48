package work

import (
	"testing"
	"time"
)

// TestSession26ArtefactOwner: the genitive owner of a statement, claim
// or post a frame's markers refuse is its target (artefactOwner26,
// owner26.go). Every row fails without the rule.
func TestSession26ArtefactOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"notice on a post", "मेटा ने डोनाल्ड ट्रंप की उस पोस्ट पर कानूनी नोटिस भेज दिया।",
			[]string{"meta>donald-trump:h"}},
		{"notice on a remark", "गौतम अडानी ने राहुल गांधी की हालिया टिप्पणी पर कानूनी नोटिस भेजा।",
			[]string{"gautam-adani>rahul-gandhi:h"}},
		{"claims called exaggerated", "सत्या नडेला ने गूगल के नए दावों को 'बढ़ा-चढ़ाकर किए गए' बताया।",
			[]string{"satya-nadella>google:h"}},
		{"claims declared exaggerated", "सुंदर पिचाई ने ओपनएआई के एआई दावों को 'बढ़ा-चढ़ाकर पेश किए गए' करार दिया।",
			[]string{"sundar-pichai>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26ArtefactOwnerControls: a charge rejected, a partner
// under के साथ, claims that are a participle's object and a campaign
// noun after a comma give no stance from the owner.
func TestSession26ArtefactOwnerControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a charge rejected", "अडानी समूह ने राहुल गांधी के आरोपों को खारिज कर दिया।", nil},
		{"a partner in the rejection", "रीड हॉफमैन ने एलन मस्क के साथ मिलकर डोनाल्ड ट्रंप के दावों को खारिज किया।", nil},
		{"the claims a participle's object", "ओपनएआई ने एलन मस्क के दावों को निराधार बताते हुए मुकदमा खारिज करने की मांग की।", nil},
		{"a campaign noun after a comma", "कमला हैरिस ने डोनाल्ड ट्रंप की आर्थिक नीतियों पर हमला बोला, उनकी प्रचार टीम ने बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26QuoteLabel: a quote before वाला/वाली/वाले labels the
// possessed noun after it; neither an evaluative word nor a negator in
// it is read (quoteLabel26, inQuoteLabel26). Every row but the control
// fails without the rule.
func TestSession26QuoteLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a negator in the label", "नाइजल फराज ने डोनाल्ड ट्रंप के 'सीमा पर कोई ढील नहीं' वाले वादे का समर्थन किया।",
			[]string{"nigel-farage>donald-trump:s"}},
		{"an evaluative word in the label", "कमला हैरिस ने डोनाल्ड ट्रंप के 'टैक्स में कटौती' वाले वादे की आलोचना की।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"control: a negator outside the quote", "नाइजल फराज ने डोनाल्ड ट्रंप के 'नए' प्रस्ताव का समर्थन नहीं किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26HappenedIn: what happened in an organisation (X में
// हुए/मचे N) is its own when a frame takes N as its object (happenedIn26).
// Every row but the controls fails without the rule.
func TestSession26HappenedIn(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a taunt at turmoil", "एलन मस्क ने ओपनएआई में मची उथल-पुथल पर तंज कसा।",
			[]string{"elon-musk>openai:h"}},
		{"excited by changes", "सुंदर पिचाई ने कहा कि वह माइक्रोसॉफ्ट में हुए बदलावों से उत्साहित हैं।",
			[]string{"sundar-pichai>microsoft:s"}},
		{"layoffs criticised", "रीड हॉफमैन ने ओपनएआई में हुई छंटनी की आलोचना की।",
			[]string{"reid-hoffman>openai:h"}},
		{"control: a person's rally", "कमला हैरिस ने डोनाल्ड ट्रंप की रैली में हुई गोलीबारी की निंदा की।", nil},
		{"control: a condemnation", "रीड हॉफमैन ने ओपनएआई में हुई छंटनी की निंदा की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26Situated: a word after स्थित opens a proper name inside a
// possessed noun group, no judgement of it (afterSituated26). The stake
// rows fail without the rule; the control keeps its judgement.
func TestSession26Situated(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a stake in a named plant", "रिलायंस ने अडानी समूह की ओडिशा स्थित महान ऊर्जा परियोजना में 20 प्रतिशत हिस्सेदारी खरीदी।",
			[]string{"reliance>adani-group:s"}},
		{"a stake in a named data centre", "सॉफ्टबैंक ने ओरेकल की टेक्सास स्थित महान डेटा सेंटर परियोजना में 10 प्रतिशत हिस्सेदारी खरीदी।",
			[]string{"softbank>oracle:s"}},
		{"control: policies called great", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप की नीतियां महान हैं।",
			[]string{"nigel-farage>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26AgainstAct: backing an act against Y ("Y के खिलाफ चल रहे
// अभियान") attacks Y, anger at it takes Y's side (againstAct26). The
// first three rows fail without the rule; the controls (a deed told in
// someone's claim, plain funding) stay as they were.
func TestSession26AgainstAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"paying for a campaign against Y", "सत्या नडेला ने गूगल के खिलाफ चल रहे एक विज्ञापन अभियान का खर्च उठाया।",
			[]string{"satya-nadella>google:h"}},
		{"money put into a suit against Y", "रीड हॉफमैन ने एलन मस्क के खिलाफ चलाए जा रहे मुकदमे में पैसा लगाया।",
			[]string{"reid-hoffman>elon-musk:h"}},
		{"angry at attacks on Y", "सुंदर पिचाई ने कहा कि वह ओपनएआई के खिलाफ हो रहे हमलों से नाराज हैं।",
			[]string{"sundar-pichai>openai:s"}},
		{"control: a deed in someone's claim", "रीड हॉफमैन ने दावा किया कि एलन मस्क ने डोनाल्ड ट्रंप के खिलाफ चल रहे मुकदमे का खर्च उठाया।", nil},
		{"control: plain funding", "रीड हॉफमैन ने डोनाल्ड ट्रंप के अभियान का खर्च उठाया।",
			[]string{"reid-hoffman>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26AccountOwner: the owner of an account a frame acts on as
// its bare object is the target (accountOwner26). The first two rows
// fail without the rule; the control's target is the frame's own.
func TestSession26AccountOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"an account suspended for good", "एक्स ने कमला हैरिस का निजी अकाउंट स्थायी रूप से निलंबित किया।",
			[]string{"x-corp>kamala-harris:h"}},
		{"an account suspended without warning", "मेटा ने डोनाल्ड ट्रंप का आधिकारिक अकाउंट बिना किसी चेतावनी के निलंबित कर दिया।",
			[]string{"meta>donald-trump:h"}},
		{"control: the frame's own object", "एलन मस्क ने डोनाल्ड ट्रंप का अकाउंट बहाल करने के बाद कमला हैरिस को निलंबित कर दिया।",
			[]string{"elon-musk>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26ArtefactSubject: in the speaker's own words, the owner of a
// suit called harassment (a label with a participle phrase before it)
// is the label's target (artefactSubject26). The first two rows fail
// without the rule; an untracked speaker's words give nothing, and a
// sentence other paths read stays as it was.
func TestSession26ArtefactSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// (Session 27: the suit named as Y's and judged by the company
		// is also Y's suit against it; reply27.go.)
		{"a suit called harassment", "मेटा के प्रवक्ता ने कहा कि डोनाल्ड ट्रंप का मुकदमा सिर्फ सुर्खियां बटोरने के लिए छेड़ा गया 'उत्पीड़न का अभियान' है।",
			[]string{"donald-trump>meta:h", "meta>donald-trump:h"}},
		{"lawyers' words", "एक्स के वकीलों ने कहा कि मेटा का मुकदमा प्रतिस्पर्धा दबाने के लिए छेड़ा गया 'उत्पीड़न का अभियान' है।",
			[]string{"meta>x-corp:h", "x-corp>meta:h"}},
		{"control: an untracked speaker", "सॉफ्टबैंक के एक विश्लेषक ने कहा कि एलन मस्क का मुकदमा उत्पीड़न का अभियान है।", nil},
		{"control: a claim called a ploy", "गूगल ने कहा कि माइक्रोसॉफ्ट का मुकदमा ध्यान भटकाने की चाल है।",
			[]string{"google>microsoft:h", "microsoft>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
