package work

import (
	"testing"
	"time"
)

// TestSession16RecallSubject: a person named first in someone's words
// before a plain noun and a genitive ("… कहा कि Y रोजगार के आंकड़ों पर
// …", "… कि Y गरीबों का हक मार रहे हैं") is the clause's subject when
// the clause has no agent of its own; a person written with an owner noun
// likewise ("… कि Y सरकार आंकड़ों पर …") (contrast215.go,
// topicAfterSubject15; session 16, RECALL helper).
func TestSession16RecallSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"कि Y N के N पर … गुमराह कर रहे हैं", "राहुल गांधी ने कहा कि नरेंद्र मोदी रोजगार के आंकड़ों पर देश को गुमराह कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"कि Y N के N से … कर रहे हैं (a plain genitive)", "राहुल गांधी ने कहा कि नरेंद्र मोदी नौजवानों के भविष्य से खिलवाड़ कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"कि Y सरकार N पर … (owner noun)", "राहुल गांधी ने कहा कि मोदी सरकार बेरोजगारी पर देश को गुमराह कर रही है।", []string{"rahul-gandhi>narendra-modi:h"}},
		// With an agent of its own the name owns the noun after it.
		{"कि Y N के … ने (the clause has its agent)", "राहुल गांधी ने कहा कि नरेंद्र मोदी सरकार के मंत्रियों ने देश को गुमराह किया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"कि Y N की N को … ने (Y owns the noun, not the subject)", "राहुल गांधी ने कहा कि गौतम अडानी परियोजना की जमीन को सरकार ने बेच दिया और एलन मस्क से मुलाकात की।", nil},
		// Not after कि: the narrator's compound stays the owner's.
		{"narrator: Y N के N पर (no content clause)", "सैम ऑल्टमैन मंगलवार को ओपनएआई दफ्तर के बाहर पत्रकारों से मिले।", nil},
	})
}

// TestSession16RecallWording: the wording families added this session
// (lexicon/frames.yaml, lexicon/evaluative.yaml; each entry fires in its
// own test sentence) give nothing where no one's words charge a tracked
// doer: told by the narrator of an untracked doer, negated, or a court's
// act on a motion.
func TestSession16RecallWording(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"narrator: an untracked doer crushes (कुचल-)", "पुलिस ने प्रदर्शन को कुचल दिया और एलन मस्क ने सैम ऑल्टमैन से मुलाकात की।", nil},
		{"narrator: a stake taken (छीन ली) is no charge", "गौतम अडानी ने सैम ऑल्टमैन से हिस्सेदारी छीन ली।", nil},
		{"X ने कहा कि Y ने … छीन लिया (a charge)", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने महिलाओं से उनका अधिकार छीन लिया है।", []string{"kamala-harris>donald-trump:h"}},
		{"trust called hard (भरोसा करना मुश्किल) is distrust", "सत्या नडेला ने कहा कि सैम ऑल्टमैन पर भरोसा करना मुश्किल है।", []string{"satya-nadella>sam-altman:h"}},
		{"trust called not hard gives nothing", "सैम ऑल्टमैन ने कहा कि एलन मस्क पर भरोसा करना मुश्किल नहीं है।", nil},
		{"a court rejects X's motion (no Y)", "अदालत ने एलन मस्क की अर्जी खारिज कर दी।", nil},
		{"Y के खिलाफ X की अर्जी: the suit", "ओपनएआई के खिलाफ एलन मस्क की अर्जी खारिज", []string{"elon-musk>openai:h"}},
		{"X ने कहा कि मैं जिम्मेदारी से नहीं बचूंगा (no one charged)", "एलन मस्क ने कहा कि मैं जिम्मेदारी से नहीं बचूंगा।", nil},
		{"X ने कहा कि Y ने N को नजरअंदाज किया (a duty neglected)", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस ने चार साल तक सीमा सुरक्षा को नजरअंदाज किया।", []string{"donald-trump>kamala-harris:h"}},
		{"X ने Y को नजरअंदाज किया stays hostile to Y", "डोनाल्ड ट्रंप ने नाइजल फराज को पूरी तरह नजरअंदाज किया।", []string{"donald-trump>nigel-farage:h"}},
		{"narrator: X neglected an untracked thing", "एलन मस्क ने सुरक्षा चेतावनी को नजरअंदाज किया और सैम ऑल्टमैन से मिले।", nil},
		{"'-ने वाला' label outside a calling gives nothing", "नरेंद्र मोदी ने कहा कि देश को बांटने वाला कोई भी कदम गलत है और राहुल गांधी से मुलाकात की।", nil},
		{"X ने Y के N को '… बांटने वाला' बताया", "राहुल गांधी ने नरेंद्र मोदी के भाषण को समाज को बांटने वाला बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X: Y के साथ मंच पर नहीं बैठेंगे (a snub)", "राहुल गांधी ने कहा कि वह गौतम अडानी के साथ किसी मंच पर नहीं बैठेंगे।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"X: Y के साथ मंच पर बैठेंगे (no snub)", "राहुल गांधी ने कहा कि वह गौतम अडानी के साथ मंच पर बैठेंगे।", nil},
		{"X मंच पर नहीं बैठे, with no one beside", "राहुल गांधी मंच पर नहीं बैठे और गौतम अडानी से मुलाकात की।", nil},
		{"X ने Y से नाता काट लिया (a rupture)", "एलन मस्क ने डोनाल्ड ट्रंप से नाता काट लिया।", []string{"elon-musk>donald-trump:h"}},
		{"X ने Y से नाता नहीं काटा (negated)", "एलन मस्क ने कहा कि उन्होंने डोनाल्ड ट्रंप से नाता नहीं काटा है।", nil},
	})
}

// TestSession16RecallQuoteTopic: a pronoun in a quote of one short
// sentence, read before its tag ("“वह झूठ बोलते हैं।” X ने Y के बारे में
// यह बात कही"), is the one the tag says the words are about — the
// sentence is read although it names no one (stance.go, readSentence).
func TestSession16RecallQuoteTopic(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"“वह …।” X ने Y के बारे में यह बात कही", "“वह झूठ बोलते हैं।” राहुल गांधी ने यह बात नरेंद्र मोदी के बारे में कही।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"“वह …।” X ने Y के बारे में यह टिप्पणी की", "“वह झूठे हैं।” एलन मस्क ने सोमवार को सैम ऑल्टमैन के बारे में यह टिप्पणी की।", []string{"elon-musk>sam-altman:h"}},
		{"a tag that names no topic: the pronoun is no one", "“वह झूठ बोलते हैं।” राहुल गांधी ने यह बात कही।", nil},
		{"praise in the quote stays praise", "“वह शानदार नेता हैं।” नाइजल फराज ने यह बात डोनाल्ड ट्रंप के बारे में कही।", []string{"nigel-farage>donald-trump:s"}},
	})
}

// TestSession16RecallCharacterRelative: "X ने Y को ऐसा N बताया जो …" and
// "X ने कहा कि Y ऐसे N हैं जो …": a hostile frame or evaluative in the
// relative clause is X's charge against Y (recall16.go,
// characterRelative16); nothing when the relative clause is negated or
// praises, or when no "ऐसा N" describes Y.
func TestSession16RecallCharacterRelative(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"X ने Y को ऐसा N बताया जो <charge>", "कमला हैरिस ने डोनाल्ड ट्रंप को ऐसा नेता बताया जो झूठ बोलता है।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने Y को ऐसा N बताया है जो <charge> (auxiliary)", "राहुल गांधी ने अपनी किताब में नरेंद्र मोदी को ऐसा शख्स बताया है जो देश को गुमराह करता है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y ऐसे N हैं जो <charge>", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ऐसे नेता हैं जो देश को गुमराह करते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"negated relative clause gives nothing", "कमला हैरिस ने डोनाल्ड ट्रंप को ऐसा नेता बताया जो कभी झूठ नहीं बोलता।", nil},
		{"a relative clause of service is no charge", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ऐसे नेता हैं जो देश की सेवा करते हैं।", nil},
		{"no ऐसा: a relative clause about someone else", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप उन लोगों से मिले जो झूठ बोलते हैं।", nil},
	})
}
