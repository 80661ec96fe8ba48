package work

import (
	"testing"
	"time"
)

// TestRecentWords31: recentForming31 reads its weekdays and small counts
// from words.yaml (weekdays, few_counts) since session 31's review: a
// count in digits and the second spelling of Thursday still date an
// announcement to the last few days; a count past four does not.
func TestRecentWords31(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a count in digits", "2 दिन पहले एक नए डेटा सेंटर उपक्रम की घोषणा की गई थी, जिसमें माइक्रोसॉफ्ट और ओपनएआई साझेदार हैं।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"बृहस्पतिवार", "बृहस्पतिवार को एक नए डेटा सेंटर उपक्रम की घोषणा की गई थी, जिसमें माइक्रोसॉफ्ट और ओपनएआई साझेदार हैं।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},

		// Control.
		{"five days before stays background", "पांच दिन पहले एक नए डेटा सेंटर उपक्रम की घोषणा की गई थी, जिसमें माइक्रोसॉफ्ट और ओपनएआई साझेदार हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
