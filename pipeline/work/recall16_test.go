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
