package work

import (
	"testing"
	"time"
)

// TestSession19RejectedCharge: a charge or suit rejected — by any
// rejection verb, with a participle between, or pointed back at by a
// bare pronoun called baseless — is no stance towards its author
// (SCHEMA: rejecting or denying a charge). An offer turned down as a
// ploy (session 27: plainly turned down it is none), a person rejected,
// or a charge called a lie still reads.
func TestSession19RejectedCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Must not fire: the charge is what is turned down.
		{"charges turned down (ठुकरा-)", "मेटा ने डोनाल्ड ट्रंप के आरोप ठुकराए और जांच में सहयोग की बात कही।", nil},
		{"charges denied (नकार-)", "गूगल ने कमला हैरिस के आरोप नकारे।", nil},
		{"claims turned down with को", "ओपनएआई ने एलन मस्क के दावों को ठुकरा दिया।", nil},
		{"participle between charge and verb", "रिलायंस ने मुकेश अंबानी पर लगे गौतम अडानी के आरोपों को तथ्यहीन बताते हुए सिरे से नकार दिया।", nil},
		{"suit pointed back at, called baseless", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई के प्रवक्ता ने इसे 'पूरी तरह निराधार मुकदमा' कहा।", []string{"elon-musk>openai:h"}},
		{"charge pointed back at, baseless alone", "राहुल गांधी ने अडानी समूह पर आरोप लगाया। समूह ने इसे बेबुनियाद बताया।", []string{"rahul-gandhi>adani-group:h"}},
		// Must still fire: an offer turned down, a person rejected,
		// a charge called a lie, a person called a liar by pronoun.
		{"offer turned down as a ploy", "सैम ऑल्टमैन ने एलन मस्क का प्रस्ताव ठुकरा दिया और इसे प्रतिस्पर्धा को धीमा करने की चाल बताया।", []string{"sam-altman>elon-musk:h"}},
		{"person rejected", "राहुल गांधी ने कहा कि जनता ने नरेंद्र मोदी को नकार दिया है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"charges called lies", "अडानी समूह ने राहुल गांधी के आरोपों को झूठा और मनगढ़ंत बताते हुए ठुकरा दिया।", []string{"adani-group>rahul-gandhi:h"}},
		{"pronoun called a liar", "एलन मस्क ने रैली की। सैम ऑल्टमैन ने उन्हें झूठा बताया।", []string{"sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19ConjunctSubject: a bare name past a coordinator that
// follows the frame's verb heads the next conjunct ("कि Y को गिरफ्तार
// किया जाना चाहिए और Z उन्हें बचा रहे हैं"): it is no doer of the
// frame before it, whose doer is the speaker.
func TestSession19ConjunctSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"demand, then a shielder", "नाइजल फराज ने कहा कि एलन मस्क को गिरफ्तार किया जाना चाहिए और डोनाल्ड ट्रंप उन्हें बचा रहे हैं।", []string{"nigel-farage>donald-trump:h", "nigel-farage>elon-musk:h"}},
		{"demand, then one who agrees", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप को जेल भेजा जाना चाहिए और रीड हॉफमैन इससे सहमत हैं।", []string{"kamala-harris>donald-trump:h"}},
		// Still read: names coordinated after a headline's frame are
		// its doers (no verb before the coordinator).
		{"headline doers after the frame", "कमला हैरिस की आलोचना करते नहीं थकते डोनाल्ड ट्रंप और एलन मस्क।", []string{"donald-trump>kamala-harris:h", "elon-musk>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19FreeRelative: a relative agent opening the reported
// words ("कि जिन्होंने Y की तारीफ की, वे …") is the doer of its act —
// people the speaker points at, no one tracked — not the speaker. A
// relative that follows a name is still that name's.
func TestSession19FreeRelative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"free relative after कि", "एलन मस्क ने कहा कि जिन्होंने डोनाल्ड ट्रंप की तारीफ की, वे भूल कर रहे हैं।", nil},
		{"free relative, singular", "सैम ऑल्टमैन ने कहा कि जिसने भी एलन मस्क का समर्थन किया, उसे पछताना पड़ा।", nil},
		// Still read: a relative after a name is that name's.
		{"relative after the subject", "एलन मस्क ने कहा कि सैम ऑल्टमैन, जिन्होंने डोनाल्ड ट्रंप की तारीफ की, भूल कर रहे हैं।", []string{"sam-altman>donald-trump:s"}},
		{"relative after the object", "डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की, जिन्होंने कमला हैरिस की आलोचना की थी।", []string{"donald-trump>elon-musk:s", "elon-musk>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19ChargeBefell: a charge that befell Y ("Y पर आरोप लगने के
// बाद X ने …") has no doer unless one is named with द्वारा; the
// clause's ने-agent after it did not make it.
func TestSession19ChargeBefell(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"charge befell, then a statement", "एलन मस्क पर धोखाधड़ी के आरोप लगने के बाद टेस्ला ने बयान जारी किया।", nil},
		{"charge befell, then a denial", "सैम ऑल्टमैन पर आरोप लगने पर ओपनएआई ने सभी आरोपों को बेबुनियाद बताया।", nil},
		// Still read: the charge's doer named with द्वारा, or a charge made.
		{"doer named with द्वारा", "राहुल गांधी द्वारा गौतम अडानी पर आरोप लगने के बाद अडानी समूह ने बयान जारी किया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"charge made", "कमला हैरिस ने डोनाल्ड ट्रंप पर झूठ फैलाने के आरोप लगाए।", []string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19KhilafInCharge: "X ने Y पर Z के खिलाफ … -ने का आरोप
// लगाया": Z is whom the charged act was against, inside the charge's
// content; the charge is against Y alone.
func TestSession19KhilafInCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"victim named inside the charge", "डोनाल्ड ट्रंप ने गूगल पर कमला हैरिस के खिलाफ खबरें दबाने का आरोप लगाया।", []string{"donald-trump>google:h"}},
		{"victim as a pronoun inside the charge", "सुंदर पिचाई ने बयान दिया। डोनाल्ड ट्रंप ने गूगल पर उनके खिलाफ नकारात्मक खबरें दिखाने का आरोप लगाया।", []string{"donald-trump>google:h"}},
		// Still read: a charge against Y with के खिलाफ and no पर.
		{"charge against Y", "राहुल गांधी ने नरेंद्र मोदी के खिलाफ आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19KoOfReason: "X ने A को … देने के लिए Y को घेरा": the
// को-object of the reason's infinitive is that act's object, not the
// target of the blame.
func TestSession19KoOfReason(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"object of the reason", "राहुल गांधी ने अडानी समूह को बिजली परियोजनाएं देने के लिए मोदी सरकार को घेरा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"object of the reason with पर", "कमला हैरिस ने एलन मस्क को ठेके देने पर डोनाल्ड ट्रंप को घेरा।", []string{"kamala-harris>donald-trump:h"}},
		// Still read: two objects of one blame.
		{"two objects listed", "राहुल गांधी ने अडानी समूह और नरेंद्र मोदी को घेरा।", []string{"rahul-gandhi>adani-group:h", "rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession19ThenAfterIf: "अगर …, तो …": the consequence after a
// comma-closed अगर clause is hypothetical like its condition.
func TestSession19ThenAfterIf(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"consequence after a comma", "नाइजल फराज ने कहा कि अगर एलन मस्क ने पार्टी की मदद की, तो वे उनके आभारी होंगे।", nil},
		{"यदि, consequence after a comma", "राहुल गांधी ने कहा कि यदि सरकार ने जांच नहीं कराई, तो वे नरेंद्र मोदी के खिलाफ मोर्चा खोलेंगे।", nil},
		// Still read: no अगर before the तो.
		{"no condition", "नाइजल फराज ने कहा कि एलन मस्क ने पार्टी की मदद की, तो वे उनके आभारी हैं।", []string{"nigel-farage>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
