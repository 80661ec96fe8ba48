package work

import (
	"testing"
	"time"
)

// TestSession26NameBeforeQuote: inside X's words, a tracked name the
// speaker's quote opens on ("… और Y 'अपने ही बोझ तले दब रहा है'",
// "… क्योंकि Y \"में वह बात नहीं है\"") is the quote's subject, not its
// speaker: the stance stays X → Y, never Y → X (nameBeforeQuote26,
// subjectBeforeQuote26; dev dvq-136, dal-010). Every row fails without
// the rules.
func TestSession26NameBeforeQuote(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a short clause, the name alone before the quote", "लैरी एलिसन ने एक सम्मेलन में गूगल पर तंज कसते हुए कहा कि सर्च का दौर बीत चुका है और गूगल 'अपने ही विज्ञापनों के जाल में उलझ गया है'।",
			[]string{"larry-ellison>google:h"}},
		{"the subject of the frame's clause", "एलन मस्क ने लिखा कि पार्टी को अब नए चेहरे की जरूरत है क्योंकि नाइजल फराज \"में अब वह दम नहीं है\" जो चुनाव जिता सके।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26NameBeforeQuoteControls: a tag between two quotes and a
// headline's "Y: '…'" label still name the speaker.
func TestSession26NameBeforeQuoteControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a tag between two quotes", "“ओपनएआई ने हमें धोखा दिया,” एलन मस्क ने कहा, “और यह बात सब जानते हैं।”",
			[]string{"elon-musk>openai:h"}},
		{"a headline's speaker label", "मस्क: 'ओपनएआई झूठ बोल रही है' || ",
			[]string{"elon-musk>openai:h"}},
		{"the speaker's own name before his quote", "एलन मस्क ने कहा कि वे \"ओपनएआई को अदालत में घसीटेंगे\"।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
