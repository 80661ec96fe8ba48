package work

import (
	"testing"
	"time"
)

// TestSession16Contrast: the contrast families (session 16, CONTRAST
// helper). Each rule has a row where it fires and a row where it must
// not.
func TestSession16Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A single mark set tight after the words' own stop closes
		// them: a quote of several sentences in single marks that its
		// speaker opens ("X ने कहा, 'A। B।'") is his to the end.
		{"X ने कहा, 'A। Y झूठ बोल रहे हैं।'", "नरेंद्र मोदी ने कहा, 'हम मेहनत करते हैं। राहुल गांधी झूठ बोल रहे हैं।'", []string{"narendra-modi>rahul-gandhi:h"}},
		{"X ने कहा, 'A।' then someone else's words", "नरेंद्र मोदी ने कहा, 'हम मेहनत करते हैं।' एक विश्लेषक ने लिखा कि राहुल गांधी झूठ बोल रहे हैं।", nil},
		{"untracked speaker's single-quoted words over sentences", "एक विश्लेषक ने कहा, 'सरकार मेहनत करती है। राहुल गांधी झूठ बोल रहे हैं।' नरेंद्र मोदी ने रैली की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
