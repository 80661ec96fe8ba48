package work

import (
	"maps"
	"slices"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// pairFeaturesOf reads a one-sentence body with the rules alone and
// returns the learned backstop's features of each ordered pair.
func pairFeaturesOf(t *testing.T, a *Analyzer, body string) map[[2]string][]string {
	t.Helper()
	out := map[[2]string][]string{}
	pairs := map[[2]int]map[string]bool{}
	a.trace = func(s *sentCtx) {
		a.pairFeatures(s, func(src, tgt int, feat string) {
			k := [2]int{src, tgt}
			if pairs[k] == nil {
				pairs[k] = map[string]bool{}
			}
			pairs[k][feat] = true
		})
	}
	got := a.Analyze(pipeline.Story{ID: "f", Body: body})
	for _, c := range a.learnCands(pairs, got.Stances) {
		out[[2]string{a.ents[c.pair[0]].ID, a.ents[c.pair[1]].ID}] = c.feats
	}
	return out
}

// TestLearnPairFeatures: the features of a pair say how each of the two
// is tied to the sentence (its postposition), their order, the lexicon
// entries around them and what the rules found.
func TestLearnPairFeatures(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		name, body string
		pair       [2]string
		want, not  []string
	}{
		{"agent and genitive of a criticism frame", "एलन मस्क ने सैम ऑल्टमैन की नीतियों की कड़ी आलोचना की।",
			[2]string{"elon-musk", "sam-altman"},
			[]string{"ms:agent", "o:st", "n:2", "f:hos:criticism", "w:आलोचना", "r:srcActs:hostile", "ts:person", "tt:person", "cl:same", "src:first"},
			[]string{"o:ts", "p:src", "n:3+"}},
		{"the same pair read backwards", "एलन मस्क ने सैम ऑल्टमैन की नीतियों की कड़ी आलोचना की।",
			[2]string{"sam-altman", "elon-musk"},
			[]string{"o:ts", "mt:agent", "r:rev:hos"},
			[]string{"o:st", "src:first"}},
		{"a target under पर, a speech verb after the source", "राहुल गांधी ने कहा कि गौतम अडानी पर सवाल उठते रहेंगे।",
			[2]string{"rahul-gandhi", "gautam-adani"},
			[]string{"ms:agent", "mt:par", "spk:afterSrc", "cl:diff", "ck:main|content", "bw:कहा"},
			nil},
		{"a pronoun grounded to the last person", "डोनाल्ड ट्रंप ने रैली की। उन्होंने कहा कि कमला हैरिस देश के लिए बुरी हैं।",
			[2]string{"donald-trump", "kamala-harris"},
			[]string{"p:src", "ms:agent"},
			nil},
		{"three names: the count says so", "सुंदर पिचाई, सत्य नडेला और सैम ऑल्टमैन एक मंच पर दिखे।",
			[2]string{"sundar-pichai", "sam-altman"},
			[]string{"n:3+", "mid:ent", "r:none"},
			[]string{"n:2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := pairFeaturesOf(t, a, c.body)[c.pair]
			if !ok {
				t.Fatalf("no candidate %v", c.pair)
			}
			if !slices.IsSorted(got) {
				t.Errorf("features not sorted")
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
	// A deal takes no stance: no candidate has one as its source.
	for p := range pairFeaturesOf(t, a, "ओपनएआई, ओरेकल और सॉफ्टबैंक स्टारगेट परियोजना में साझेदार हैं।") {
		if p[0] == "stargate" {
			t.Errorf("candidate with a deal as source: %v", p)
		}
	}
}

// TestStanceModelTrains: training separates a separable toy set, the
// same way twice.
func TestStanceModelTrains(t *testing.T) {
	var ex []learnExample
	for i := range 40 {
		switch i % 4 {
		case 0:
			ex = append(ex, learnExample{feats: []string{"f:hos", "ms:agent"}, y: [2]bool{true, false}})
		case 1:
			ex = append(ex, learnExample{feats: []string{"f:sup", "ms:agent"}, y: [2]bool{false, true}})
		default:
			ex = append(ex, learnExample{feats: []string{"ms:agent", "w:x"}})
		}
	}
	m := trainStanceModel(ex, 3, 30, 1e-4, 0.1)
	if p := m.prob([]string{"f:hos", "ms:agent"}); p[0] < 0.8 || p[1] > 0.2 {
		t.Errorf("hostile example: %v", p)
	}
	if p := m.prob([]string{"f:sup", "ms:agent"}); p[1] < 0.8 || p[0] > 0.2 {
		t.Errorf("supportive example: %v", p)
	}
	if p := m.prob([]string{"ms:agent", "w:x"}); p[0] > 0.2 || p[1] > 0.2 {
		t.Errorf("neutral example: %v", p)
	}
	if again := trainStanceModel(ex, 3, 30, 1e-4, 0.1); !maps.Equal(again.w, m.w) || again.bias != m.bias {
		t.Errorf("training is not deterministic")
	}
	// A feature seen fewer than minCount times has no weight.
	if _, ok := trainStanceModel(append(ex, learnExample{feats: []string{"w:rare"}, y: [2]bool{true, false}}), 3, 30, 1e-4, 0.1).w["w:rare"]; ok {
		t.Errorf("a rare feature was kept")
	}
}
