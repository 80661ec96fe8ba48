package work

import (
	"fmt"
	"slices"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// Three frames written twice until session 21 (speed21 dropped the later
// copies, which never matched) take the later copy's wider targets: money
// taken out of Y (पैसा निकाल-, "Y में से": between), a stake cut in Y
// (हिस्सेदारी घटा-, "Y से": se), a story made up against Y (कहानी गढ़-,
// "Y के खिलाफ": khilaf). Each row reads nothing with the narrower
// targets.
func TestDupFrames21WiderTargets(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, tc := range []struct{ text, want string }{
		{"मासायोशी सन ने ओपनएआई में से अपना पैसा निकाल लिया।", "masayoshi-son>openai hostile"},
		{"सॉफ्टबैंक ने ओपनएआई से अपनी हिस्सेदारी घटा ली।", "softbank>openai hostile"},
		{"सैम ऑल्टमैन ने एलन मस्क के खिलाफ कहानी गढ़ने का काम किया।", "sam-altman>elon-musk hostile"},
	} {
		var got []string
		for _, x := range a.Analyze(pipeline.Story{ID: "dup21", Body: tc.text}).Stances {
			got = append(got, fmt.Sprintf("%s>%s %v", x.Source, x.Target, x.Polarity))
		}
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%s: %v, want [%s]", tc.text, got, tc.want)
		}
	}
}
