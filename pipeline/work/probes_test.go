package work

import (
	"slices"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestProbes are issue 10's probes, each a sentence a careful reader
// would write, with the reading it must get through Analyze: the asserted
// stances (src>tgt:h|s), the feud flag, and for some the entities.
func TestProbes(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		name, title, body string
		want              []string
		feud              bool
		entities          []string // checked when not nil
		noEntity          []string // must not be found
		mood              string   // a non-asserted stance with this mood must be there
	}{
		{name: "discussing a dispute is not hostility",
			body: "प्रधानमंत्री नरेंद्र मोदी ने डोनाल्ड ट्रंप से टैरिफ विवाद पर चर्चा की।"},
		{name: "de-escalation by both is no feud",
			body: "डोनाल्ड ट्रंप और नरेंद्र मोदी, दोनों नेताओं ने तनाव कम करने पर जोर दिया।"},
		{name: "a question is not an act",
			body: "क्या मार्क जुकरबर्ग एलन मस्क के खिलाफ अदालत जाएंगे?", mood: pipeline.MoodQuestion},
		{name: "withdrawing support is hostile",
			body: "एलन मस्क ने डोनाल्ड ट्रंप से अपना समर्थन वापस ले लिया।",
			want: []string{"elon-musk>donald-trump:h"}, feud: true},
		{name: "a broken partnership is not supportive",
			body: "सत्या नडेला और सैम ऑल्टमैन की साझेदारी टूट गई।",
			want: []string{"sam-altman>satya-nadella:h", "satya-nadella>sam-altman:h"}, feud: true},
		{name: "breaking ties is hostile",
			body: "एलन मस्क ने डोनाल्ड ट्रंप से नाता तोड़ लिया।",
			want: []string{"elon-musk>donald-trump:h"}, feud: true},
		{name: "another Rahul is not Rahul Gandhi",
			body: "राहुल मिश्रा ने कहा कि बजट अच्छा है।", noEntity: []string{"rahul-gandhi"}},
		{name: "Sam Curran is not Sam Altman",
			body: "सैम करन ने आखिरी ओवर में दो विकेट लिए।", noEntity: []string{"sam-altman"}},
		{name: "the platform is where, not whom",
			body: "एक्स पर लिखे एक संदेश में मार्क जुकरबर्ग ने सैम ऑल्टमैन का मजाक उड़ाया।",
			want: []string{"mark-zuckerberg>sam-altman:h"}, feud: true},
		{name: "role noun plus name is the person",
			body: "टेस्ला प्रमुख एलन मस्क पर सत्या नडेला ने तंज कसा।",
			want: []string{"satya-nadella>elon-musk:h"}, feud: true},
		{name: "evaluation inside reported speech",
			body: "मार्क जुकरबर्ग ने कहा कि एलन मस्क एक गैरजिम्मेदार कारोबारी हैं।",
			want: []string{"mark-zuckerberg>elon-musk:h"}, feud: true},
		{name: "evaluation after bole",
			body: "निगेल फराज बोले, कमला हैरिस एक कमजोर उम्मीदवार हैं।",
			want: []string{"nigel-farage>kamala-harris:h"}, feud: true},
		{name: "reciprocals give both directions",
			body: "नरेंद्र मोदी और राहुल गांधी ने एक-दूसरे को झूठा करार दिया।",
			want: []string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}, feud: true},
		{name: "support by deed",
			body: "लैरी एलिसन ने डोनाल्ड ट्रंप के चुनाव अभियान के लिए करोड़ों डॉलर जुटाए।",
			want: []string{"larry-ellison>donald-trump:s"}},
		{name: "criticism of someone's plan counts against its owner",
			body: "कमला हैरिस ने डोनाल्ड ट्रंप की टैरिफ योजना की कड़ी आलोचना की।",
			want: []string{"kamala-harris>donald-trump:h"}, feud: true},
		{name: "a bare surname after another Modi is that Modi",
			body:     "आईपीएल के पूर्व आयुक्त ललित मोदी ने लंदन से एक वीडियो जारी किया। वीडियो में मोदी ने कहा कि वह जल्द भारत लौटेंगे।",
			noEntity: []string{"narendra-modi"}},
		{name: "a school named after a person is a school",
			body: "धीरूभाई अंबानी इंटरनेशनल स्कूल में वार्षिक समारोह हुआ।", noEntity: []string{"mukesh-ambani"}},
		{name: "a rebuttal is not support",
			body: "सैम ऑल्टमैन ने एलन मस्क के आरोपों को खारिज कर दिया।"},
		{name: "a negation ten words from its verb cancels the attack",
			body: "कमला हैरिस ने अपने भाषण में, जो काफी लंबा था और जिसमें कई विषय थे, डोनाल्ड ट्रंप की आलोचना नहीं की थी।",
			mood: pipeline.MoodNegated},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := a.Analyze(pipeline.Story{ID: "probe", Title: c.title, Body: c.body})
			if g := referenceStances(got); !slices.Equal(g, c.want) && len(g)+len(c.want) > 0 {
				t.Errorf("asserted stances %v, want %v", g, c.want)
			}
			if got.Feud != c.feud {
				t.Errorf("feud %v, want %v", got.Feud, c.feud)
			}
			for _, e := range c.noEntity {
				if slices.Contains(got.Entities, e) {
					t.Errorf("entities %v must not contain %s", got.Entities, e)
				}
			}
			if c.mood != "" && !slices.ContainsFunc(got.Stances, func(s pipeline.Stance) bool { return s.Mood == c.mood }) {
				t.Errorf("no stance with mood %s in %+v", c.mood, got.Stances)
			}
			for _, s := range got.Stances {
				if s.Kind == "" || s.Evidence == "" || s.Score <= 0 || s.Score > 1 || s.Field != "body" ||
					s.Start < 0 || s.End > len(c.body) || c.body[s.Start:s.End] != s.Evidence {
					t.Errorf("stance %+v lacks kind, score or an evidence span into its field", s)
				}
			}
		})
	}
}
