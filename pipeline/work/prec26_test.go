package work

import (
	"testing"
	"time"
)

var prec26Date = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

// TestSession26AskedOf: a headline's question put to Y ("Z पर X का Y से
// सवाल") is aimed at Y; the name under पर is its topic (askedOf26,
// prec26.go). Every row fails without the rule.
func TestSession26AskedOf(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		{"a topic name, the asked one after it", "बंदरगाह सौदे पर चुप्पी: गौतम अडानी पर राहुल गांधी का नरेंद्र मोदी से सवाल || ",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"two topic names", "मुकेश अंबानी और गौतम अडानी पर नरेंद्र मोदी का राहुल गांधी से सवाल || ",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"an organisation as the topic", "एक्स पर कमला हैरिस का डोनाल्ड ट्रंप से सवाल || ",
			[]string{"kamala-harris>donald-trump:h"}},
	})
}

// TestSession26AskedOfControls: what askedOf26 leaves alone.
func TestSession26AskedOfControls(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		// No one asked: the topic under पर is the question's target.
		{"a question on Y with no one asked", "महाराष्ट्र दौरे में राहुल गांधी का गौतम अडानी पर सवाल || ",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		// A verb of asking follows: a future habit, no stance.
		{"a verb of asking in the future", "राहुल गांधी बोले- नरेंद्र मोदी से सवाल पूछते रहेंगे || ",
			nil},
	})
}

// TestSession26AnswerDemanded: a headline's demand that Y answer ("Y
// जवाब दें", "Y दें जवाब") does not make Y the source of a retort to the
// topic under पर (frames.yaml, "जवाब दें"/"दें जवाब"). Every row fails
// without the two entries.
func TestSession26AnswerDemanded(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		{"Y जवाब दें after a party's words", "गौतम अडानी पर विदेशी अदालत का फैसला: कांग्रेस बोली- प्रधानमंत्री जवाब दें || ", nil},
		{"Y जवाब दें after a colon", "गौतम अडानी पर नया खुलासा: विपक्ष बोला- नरेंद्र मोदी जवाब दें || ", nil},
		{"Y दें जवाब after a demand", "मुकेश अंबानी के सौदे पर विपक्ष की मांग- नरेंद्र मोदी दें जवाब || ", nil},
	})
}

// TestSession26AnswerDemandedControls: the headline's answer noun stays a
// retort ("X की Y पर Z का जवाब").
func TestSession26AnswerDemandedControls(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"Z का जवाब", "डोनाल्ड ट्रंप की धमकी पर एलन मस्क का जवाब || ", nil},
	})
}

// TestSession26FunderCalled: a calling that names Y a funder ("X ने Y को
// … का फंडर बताया") is no money from X to Y (funderCalled26), and "सबसे
// बड़ा फाइनेंसर" is a role, no praise (superlativeUndone22 with
// funder_nouns). Every row fails without the word class.
func TestSession26FunderCalled(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		{"a scornful funder", "डोनाल्ड ट्रंप ने रीड हॉफमैन को 'घटिया किस्म का फंडर' बताया।",
			[]string{"donald-trump>reid-hoffman:h"}},
		{"a plain funder", "डोनाल्ड ट्रंप ने रीड हॉफमैन को डेमोक्रेट्स का फंडर बताया।", nil},
		{"the biggest financier", "डोनाल्ड ट्रंप ने रीड हॉफमैन को 'डेमोक्रेट्स का सबसे बड़ा फाइनेंसर' बताया।", nil},
		{"the biggest donor, कहा", "एलन मस्क ने रीड हॉफमैन को वामपंथी संगठनों का सबसे बड़ा दानदाता कहा।", nil},
	})
}

// TestSession26FunderCalledControls: money given and a superlative of
// size stay.
func TestSession26FunderCalledControls(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		{"funding given", "रीड हॉफमैन ने कमला हैरिस के अभियान को फंड किया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"the biggest project", "मासायोशी सन ने स्टारगेट को दुनिया की सबसे बड़ी तकनीकी परियोजना बताया।",
			[]string{"masayoshi-son>stargate:s"}},
	})
}

// TestSession26InvestorRole: an investor frame that only names who
// someone is ("Y के सबसे बड़े निवेशकों में शामिल X ने …") is a role noun,
// no stance (investorRole26; SCHEMA). Every row fails without the rule.
func TestSession26InvestorRole(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		{"biggest investors, शामिल X ने", "ओपनएआई के सबसे बड़े निवेशकों में शामिल माइक्रोसॉफ्ट ने बुधवार को अपनी दूसरी एआई चिप पेश की।", nil},
		{"leading investors, शामिल X ने", "ओपनएआई के प्रमुख निवेशकों में शामिल माइक्रोसॉफ्ट ने क्लाउड कारोबार के नतीजे जारी किए।", nil},
		{"biggest investors, a company named by its brand", "जियो के सबसे बड़े निवेशकों में शामिल मेटा ने भारत में नई सेवा शुरू की।", nil},
	})
}

// TestSession26InvestorRoleControls: the investor role said as a clause
// stays an investment.
func TestSession26InvestorRoleControls(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, prec26Date, []stanceCase{
		{"शामिल है", "सॉफ्टबैंक इस समय ओपनएआई के सबसे बड़े निवेशकों में शामिल है।",
			[]string{"softbank>openai:s"}},
		{"शामिल हो चुका है", "सॉफ्टबैंक ओपनएआई के सबसे बड़े निवेशकों में शामिल हो चुका है।",
			[]string{"softbank>openai:s"}},
	})
}
