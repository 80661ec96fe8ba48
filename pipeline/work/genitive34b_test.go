package work

import (
	"testing"
	"time"
)

// Session 34 round 2 (GENITIVE2): our own sentences for genitive34b.go.
// The first rows fail without it; the controls must stay as they are.

// TestGenitive34bPlaceObject: a place noun of Y's under को is Y's thing
// judged, not where the act happens.
func TestGenitive34bPlaceObject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y's app called a cheap copy", "एलन मस्क ने मेटा के थ्रेड्स ऐप को सस्ती नकल बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's new app called useless", "एलन मस्क ने मेटा के नए ऐप को बेकार बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's platform called dangerous", "एलन मस्क ने मेटा के प्लेटफॉर्म को खतरनाक बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's platform praised", "सत्या नडेला ने गूगल के प्लेटफॉर्म को शानदार बताया।",
			[]string{"satya-nadella>google:s"}},

		// Controls.
		{"Y's app as the place of a post", "एलन मस्क ने मेटा के ऐप पर लिखा कि सैम ऑल्टमैन झूठे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y's app as the place of a criticism of Z", "एलन मस्क ने मेटा के ऐप पर सैम ऑल्टमैन की आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"aimed at Y's platform (already read)", "एलन मस्क ने मेटा के प्लेटफॉर्म पर निशाना साधा।",
			[]string{"elon-musk>meta:h"}},
		{"Y's app under को, no judgement", "एलन मस्क ने मेटा के ऐप को डाउनलोड किया।", nil},
		{"Y's app under को, negated", "एलन मस्क ने मेटा के ऐप को बेकार नहीं बताया।", nil},
		{"Y's app under को, a question", "क्या एलन मस्क ने मेटा के ऐप को बेकार बताया?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestGenitive34bVenueTime: a reflexive venue (अपने भाषण में, अपनी रैली
// में, अपने संबोधन के दौरान) or a number before a time noun (दो दिन
// पहले) between the genitive and its act noun.
func TestGenitive34bVenueTime(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"criticised in his own speech", "राहुल गांधी ने नरेंद्र मोदी की अपने भाषण में आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"praised at his own rally (a frame noun)", "डोनाल्ड ट्रंप ने एलन मस्क की अपनी रैली में तारीफ की।",
			[]string{"donald-trump>elon-musk:s"}},
		{"praised during his own address", "डोनाल्ड ट्रंप ने एलन मस्क की अपने संबोधन के दौरान तारीफ की।",
			[]string{"donald-trump>elon-musk:s"}},
		{"condemned in her own interview", "कमला हैरिस ने डोनाल्ड ट्रंप की अपने इंटरव्यू में निंदा की।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"defended in his own letter", "सत्या नडेला ने सैम ऑल्टमैन का अपने पत्र में बचाव किया।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"criticised three days ago", "डोनाल्ड ट्रंप ने एलन मस्क की तीन दिन पहले आलोचना की।",
			[]string{"donald-trump>elon-musk:h"}},
		{"praised a few days ago", "मासायोशी सन ने सैम ऑल्टमैन की कुछ दिन पहले तारीफ की थी।",
			[]string{"masayoshi-son>sam-altman:s"}},

		// Controls.
		{"a rally of Y's: no act on Y", "डोनाल्ड ट्रंप ने एलन मस्क की रैली में भाषण दिया।", nil},
		{"reflexive of Y's own thing, judged", "नरेंद्र मोदी की अपनी पार्टी में कोई नहीं सुनता।", nil},
		{"a question", "क्या डोनाल्ड ट्रंप ने एलन मस्क की अपने भाषण में तारीफ की?", nil},
		{"negated", "डोनाल्ड ट्रंप ने एलन मस्क की अपने भाषण में तारीफ नहीं की।", nil},
		{"two days ago, a bare time (already read)", "राहुल गांधी ने नरेंद्र मोदी की बुधवार को आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
