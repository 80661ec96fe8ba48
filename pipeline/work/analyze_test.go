package work

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/khabar/khabar/pipeline"
)

func TestMentions(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct {
		name, body string
		want       []string
	}{
		{"spelling variants fold", "ट्रम्प और ऑल्टमैन, आल्टमैन", []string{"donald-trump", "sam-altman"}},
		{"spaced and solid", "ओपन एआई और स्टार गेट", []string{"openai", "stargate"}},
		{"latin inside hindi", "OpenAI के CEO Sam Altman", []string{"openai", "sam-altman"}},
		{"surname alone", "मस्क ने कहा", []string{"elon-musk"}},
		{"common noun trap", "यह उनका ट्रंप कार्ड था", nil},
		{"other given name", "नीरव मोदी और अनिल अंबानी", nil},
		{"not inside a word", "एक्सप्रेस और मोदीनगर, गूगलिंग", nil},
		{"longest alias wins", "एक्सएआई और अडानी समूह", []string{"adani-group", "xai"}},
		{"handle", "@elonmusk ने लिखा", []string{"elon-musk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := a.Analyze(pipeline.Story{ID: "t", Body: c.body})
			want := c.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(got.Entities, want) {
				t.Fatalf("entities %v, want %v", got.Entities, want)
			}
			for _, m := range got.Mentions {
				if c.body[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v does not point at its text", m)
				}
			}
		})
	}
}

func TestMentionOffsetsAreBytesIntoOriginal(t *testing.T) {
	a := shippedAnalyzer(t)
	title := "\u200dट्रम्प पर बरसे मस्क"
	got := a.Analyze(pipeline.Story{ID: "t", Title: title})
	if len(got.Mentions) != 2 {
		t.Fatalf("mentions %+v", got.Mentions)
	}
	m := got.Mentions[0]
	if m.Field != "title" || title[m.Start:m.End] != "ट्रम्प" {
		t.Fatalf("first mention %+v maps to %q", m, title[m.Start:m.End])
	}
}

func TestStance(t *testing.T) {
	a := shippedAnalyzer(t)
	type st struct{ src, tgt, pol string }
	cases := []struct {
		name, title, body string
		want              []st
		feud              bool
	}{
		{"agent by ne, target by ko", "", "मस्क ने ऑल्टमैन को झूठा कहा।", []st{{"elon-musk", "sam-altman", "hostile"}}, true},
		{"target first", "ऑल्टमैन पर बरसे मस्क", "", []st{{"elon-musk", "sam-altman", "hostile"}}, true},
		{"negated enmity", "", "ट्रंप ने कहा कि मस्क से उनकी कोई दुश्मनी नहीं है।", nil, false},
		{"supportive", "", "हॉफमैन ने कमला हैरिस का समर्थन किया।", []st{{"reid-hoffman", "kamala-harris", "supportive"}}, false},
		{"pronoun carries agent", "", "मस्क ने रविवार को एक पोस्ट लिखी। उन्होंने ऑल्टमैन की आलोचना की।", []st{{"elon-musk", "sam-altman", "hostile"}}, true},
		{"relationship souring is symmetric", "", "मस्क और ट्रंप के रिश्तों में दरार आ गई है।", []st{{"donald-trump", "elon-musk", "hostile"}, {"elon-musk", "donald-trump", "hostile"}}, true},
		{"english cue in latin script", "", "Musk ने Altman को liar कहा।", []st{{"elon-musk", "sam-altman", "hostile"}}, true},
		{"reported speech", "", "मस्क ने एक पोस्ट साझा की, जिसमें आरोप लगाया गया कि ऑल्टमैन और ओपनएआई एक्सियोस को पैसा दे रहे हैं।", []st{{"elon-musk", "openai", "hostile"}, {"elon-musk", "sam-altman", "hostile"}}, true},
		{"no cue no stance", "", "मस्क और ऑल्टमैन एक ही मंच पर दिखे।", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := a.Analyze(pipeline.Story{ID: "t", Title: c.title, Body: c.body})
			var gs []st
			for _, s := range got.Stances {
				if !s.Asserted() {
					continue
				}
				gs = append(gs, st{s.Source, s.Target, s.Polarity})
				if s.Evidence == "" || s.Score <= 0 || s.Score > 1 {
					t.Errorf("stance %+v lacks evidence or score", s)
				}
			}
			if !slices.Equal(gs, c.want) {
				t.Fatalf("stances %v, want %v", gs, c.want)
			}
			if got.Feud != c.feud {
				t.Fatalf("feud %v, want %v", got.Feud, c.feud)
			}
		})
	}
}

func TestAmountsCarryDeal(t *testing.T) {
	a := shippedAnalyzer(t)
	got := a.Analyze(pipeline.Story{ID: "t", Body: "स्टारगेट में 500 अरब डॉलर लगेंगे। टेस्ला ने 2 अरब डॉलर जुटाए।"})
	if len(got.Amounts) != 2 || got.Amounts[0].Deal != "stargate" || got.Amounts[1].Deal != "" {
		t.Fatalf("amounts %+v", got.Amounts)
	}
	if !slices.Equal(got.Deals, []string{"stargate"}) {
		t.Fatalf("deals %v", got.Deals)
	}
}

func TestEmptyListsAreArrays(t *testing.T) {
	a := shippedAnalyzer(t)
	b, err := json.Marshal(a.Analyze(pipeline.Story{ID: "x"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"entities", "mentions", "amounts", "deals", "stances", "shifts"} {
		if !bytes.Contains(b, []byte(`"`+k+`":[]`)) {
			t.Errorf("%s is not [] in %s", k, b)
		}
	}
}

func TestRobustInvalidUTF8(t *testing.T) {
	a := shippedAnalyzer(t)
	got := a.Analyze(pipeline.Story{ID: "x", Title: "मस्क\xff\xfe ने\xe0\xa4 ऑल्टमैन को झूठा कहा", Body: "\xe0\xa4\xa8\xe0"})
	for _, m := range got.Mentions {
		if m.Start < 0 || m.End < m.Start {
			t.Fatalf("bad mention %+v", m)
		}
	}
	if !slices.Contains(got.Entities, "elon-musk") {
		t.Fatalf("lost the mention next to invalid bytes: %v", got.Entities)
	}
}

func TestRobustHugeSingleLineBody(t *testing.T) {
	a := shippedAnalyzer(t)
	var b strings.Builder
	s := "मस्क ने ऑल्टमैन पर 500 अरब डॉलर के सौदे को लेकर हमला किया, "
	for b.Len() < 10<<20 {
		b.WriteString(s)
	}
	got := a.Analyze(pipeline.Story{ID: "huge", Body: b.String()})
	if len(got.Mentions) < 2*(10<<20)/len(s) {
		t.Fatalf("only %d mentions", len(got.Mentions))
	}
	if len(got.Stances) == 0 || len(got.Stances[0].Evidence) > maxEvidence+len("…") {
		t.Fatalf("stances %d, evidence length %d", len(got.Stances), len(got.Stances[0].Evidence))
	}
	if !utf8.ValidString(got.Stances[0].Evidence) {
		t.Fatal("evidence cut inside a character")
	}
}

func TestRobustTenThousandMentions(t *testing.T) {
	a := shippedAnalyzer(t)
	names := []string{"मस्क", "ट्रंप", "ऑल्टमैन", "ओपनएआई", "गूगल"}
	var b strings.Builder
	for i := range 10000 {
		b.WriteString(names[i%len(names)])
		b.WriteString(" और ")
	}
	b.WriteString("के बीच तकरार")
	got := a.Analyze(pipeline.Story{ID: "many", Body: b.String()})
	if len(got.Mentions) != 10000 {
		t.Fatalf("%d mentions, want 10000", len(got.Mentions))
	}
	if len(got.Entities) != 5 {
		t.Fatalf("entities %v", got.Entities)
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	a := shippedAnalyzer(t)
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	story := pipeline.Story{ID: "c", Body: string(data)}
	want, _ := json.Marshal(a.Analyze(story))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			got, _ := json.Marshal(a.Analyze(story))
			if !bytes.Equal(got, want) {
				errs <- string(got)
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatalf("concurrent result differs: %s", e)
	}
}

func TestAnalyzeJSONL(t *testing.T) {
	a := shippedAnalyzer(t)
	in := strings.Join([]string{
		`{"id":"a","title":"मस्क ने ऑल्टमैन को झूठा कहा","body":"","published":"2025-01-23T10:00:00Z","extra":1}`,
		`{"id":"b", broken`,
		``,
		`{"id":"c","title":"गूगल","body":"कुछ नहीं"}`,
	}, "\n")
	var out bytes.Buffer
	var seen []string
	err := AnalyzeJSONL(context.Background(), a, strings.NewReader(in), &out, JSONLConfig{
		Name: "in.jsonl",
		Each: func(s pipeline.Story, an *pipeline.Analysis) { seen = append(seen, s.ID) },
	})
	if err == nil || !strings.Contains(err.Error(), "in.jsonl:2:") {
		t.Fatalf("error %v should name line 2", err)
	}
	var ids []string
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var an pipeline.Analysis
		if err := json.Unmarshal(sc.Bytes(), &an); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, an.ID)
	}
	if !slices.Equal(ids, []string{"a", "c"}) || !slices.Equal(seen, ids) {
		t.Fatalf("ids %v seen %v", ids, seen)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"मस्क ने ऑल्टमैन को झूठा कहा।", "ट्रम्प कार्ड \xff", "$500bn स्टारगेट", "उन्होंने उन्हें", "ओपन एआई बनाम एक्स"} {
		f.Add(s, s)
	}
	a, err := New(shippedWatchlist(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		got := a.Analyze(pipeline.Story{ID: "f", Title: title, Body: body})
		for _, m := range got.Mentions {
			src := body
			if m.Field == "title" {
				src = title
			}
			if m.Start < 0 || m.End > len(src) || m.Start >= m.End || src[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v outside its field", m)
			}
		}
		if _, err := json.Marshal(got); err != nil {
			t.Fatal(err)
		}
	})
}
