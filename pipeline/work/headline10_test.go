package work

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"gopkg.in/yaml.v3"
)

// headlineGridFrame is one noun frame of lexicon/frames.yaml the grid
// fills its templates with.
type headlineGridFrame struct {
	noun    string // the entry's word, ready to write
	pol     string // "h" or "s"
	targets map[string]bool
	f       Frame
}

// headlineGridFrames reads frames.yaml and keeps the one-word noun
// frames (no verb stem, no light verb) of hostile or supportive polarity.
func headlineGridFrames(t *testing.T) []headlineGridFrame {
	t.Helper()
	b, err := os.ReadFile("lexicon/frames.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var fs []Frame
	if err := yaml.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	var out []headlineGridFrame
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Polarity != pipeline.Hostile && f.Polarity != pipeline.Supportive {
			continue
		}
		w := f.Words
		if strings.ContainsAny(w, " +abcdefghijklmnopqrstuvwxyz") || f.Mutual || f.Content || f.Retort || f.Speech || f.NoAgent || f.UnlessHostile || f.Symmetric {
			continue
		}
		w = strings.TrimSuffix(w, "*")
		// A noun frame: its own test sentence names it with a light
		// verb after it or as a verbless headline's noun.
		if seen[w] || !headlineNounTest(f.Test, w) {
			continue
		}
		seen[w] = true
		tg := map[string]bool{}
		for _, m := range f.Target {
			tg[m] = true
		}
		if len(f.Target) == 0 {
			tg = map[string]bool{"gen": true, "ko": true, "par": true, "khilaf": true}
		}
		out = append(out, headlineGridFrame{noun: w, pol: f.Polarity[:1], targets: tg, f: f})
	}
	return out
}

// headlineNounTest: the entry's test sentence uses word as a noun: a
// light verb follows it, or it ends a verbless clause.
func headlineNounTest(test, w string) bool {
	ws := strings.Fields(strings.NewReplacer("।", " ।", ",", " ,", ":", " :").Replace(test))
	for i, x := range ws {
		if x != w {
			continue
		}
		if i+1 == len(ws) || ws[i+1] == "।" || ws[i+1] == "," || ws[i+1] == ":" {
			return true
		}
		switch ws[i+1] {
		case "किया", "की", "किए", "दिया", "दी", "दिए", "बोला", "साधा", "कसा", "जताया", "जताई", "लगाया", "लगाई", "लगाए", "जताए":
			return true
		}
	}
	return false
}

type headlineTemplate struct {
	name   string
	marker string // the target marker the frame must take ("" any)
	// title and body; X, Y, N are replaced.
	title, body string
	// must: every entry the template covers passes (the structure this
	// session fixed, or one that held before); otherwise only measured.
	must bool
}

var headlineTemplates = []headlineTemplate{
	{"X का Y पर N", "par", "X का Y पर N", "", true},
	{"Y पर X का N", "par", "Y पर X का N", "", true},
	// "par h": the template's own words are hostile (a quote), so only
	// hostile frames are filled in.
	{"X का N: 'Y …'", "par h", "X का N: 'Y लोगों को गुमराह कर रहा'", "", true},
	{"'…': Y पर X का N", "par", "'देश को धोखा दिया': Y पर X का N", "", true},
	{"X ने साधा Y पर N", "par", "X ने साधा Y पर N", "", true},
	{"body: Y पर X का N।", "par", "", "Y पर X का N।", true},
	{"body: Y पर X का N, कहा …", "par", "", "Y पर X का N, कहा कि जनता सब देख रही है।", true},
	{"Y पर X का N || body", "par", "Y पर X का N", "दोनों के बीच यह पहला मौका नहीं है।", true},
	{"Y को X का N", "ko", "Y को X का N", "", true},
	{"X का Y को N", "ko", "X का Y को N", "", true},
	{"body: Y को X का N।", "ko", "", "Y को X का N।", true},
	{"Y के खिलाफ X का N", "khilaf", "Y के खिलाफ X का N", "", true},
	{"X का Y के खिलाफ N", "khilaf", "X का Y के खिलाफ N", "", true},
	{"X द्वारा Y की N", "gen", "X द्वारा Y की N", "", true},
}

// headlinePairs are the watchlist pairs the grid fills X and Y with:
// people and organisations.
var headlinePairs = [][4]string{
	{"नरेंद्र मोदी", "राहुल गांधी", "narendra-modi", "rahul-gandhi"},
	{"एलन मस्क", "ओपनएआई", "elon-musk", "openai"},
	{"गूगल", "माइक्रोसॉफ्ट", "google", "microsoft"},
}

func headlineFill(s, x, y, n string) string {
	return strings.NewReplacer("X", x, "Y", y, "N", n).Replace(s)
}

// TestSession10HeadlineGrid fills every template with every noun frame
// that takes its marker and each pair, and reports the pass rate per
// template (KHABAR_HEADLINE_GRID=1 prints the table and failures).
func TestSession10HeadlineGrid(t *testing.T) {
	a := shippedAnalyzer(t)
	frames := headlineGridFrames(t)
	scoreGrid(t, a, fmt.Sprintf("frames: %d", len(frames)), headlineTemplates, func(tp headlineTemplate) [][]gridCell {
		var entries [][]gridCell
		for _, fr := range frames {
			mk, hostileOnly := strings.CutSuffix(tp.marker, " h")
			if mk != "" && !fr.targets[mk] || hostileOnly && fr.pol != "h" {
				continue
			}
			var cells []gridCell
			for pi, p := range headlinePairs {
				if fr.f.PersonTarget && pi > 0 {
					continue // an organisation is no target of the frame
				}
				cells = append(cells, gridCell{headlineFill(tp.title, p[0], p[1], fr.noun), headlineFill(tp.body, p[0], p[1], fr.noun),
					[]string{p[2] + ">" + p[3] + ":" + fr.pol}})
			}
			entries = append(entries, cells)
		}
		return entries
	})
}

// gridCell is one filled-in template: the story and the asserted
// stances (sorted) it must give.
type gridCell struct {
	title, body string
	want        []string
}

// scoreGrid scores each template over its entries (entries gives each
// entry's cells): an entry passes when every cell gives exactly its
// stances. A template marked must fails the test when any entry fails;
// KHABAR_HEADLINE_GRID=1 logs the pass rates under label and every
// failure.
func scoreGrid(t *testing.T, a *Analyzer, label string, tps []headlineTemplate, entries func(headlineTemplate) [][]gridCell) {
	t.Helper()
	verbose := os.Getenv("KHABAR_HEADLINE_GRID") != ""
	var table []string
	for _, tp := range tps {
		pass, total := 0, 0
		var fails []string
		for _, cells := range entries(tp) {
			ok := true
			for _, c := range cells {
				got := referenceStances(a.Analyze(pipeline.Story{ID: "grid", Title: c.title, Body: c.body}))
				if !slices.Equal(got, c.want) {
					ok = false
					fails = append(fails, fmt.Sprintf("%q|%q → %v", c.title, c.body, got))
				}
			}
			total++
			if ok {
				pass++
			}
		}
		table = append(table, fmt.Sprintf("%-28s %3d/%3d", tp.name, pass, total))
		if tp.must && pass < total {
			t.Errorf("%s: %d of %d entries fail, e.g. %s", tp.name, total-pass, total, fails[0])
		}
		if verbose {
			sort.Strings(fails)
			for _, f := range fails {
				t.Logf("  FAIL %s: %s", tp.name, f)
			}
		}
	}
	if verbose {
		t.Logf("%s\n%s", label, strings.Join(table, "\n"))
	}
}

// TestSession10HeadlineRows: the grid's structures with their negatives:
// a genitive doer needs another party under the frame's own target
// marker; a genitive alone before the noun stays its target; two
// coordinated agents of a signed agreement bind both, a handshake does
// not; questions and talks give nothing.
func TestSession10HeadlineRows(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y पर X का निशाना", "राहुल गांधी पर नरेंद्र मोदी का निशाना || ", []string{"narendra-modi>rahul-gandhi:h"}},
		{"Y पर X की तीखी आलोचना", "ओपनएआई पर एलन मस्क की तीखी आलोचना || ", []string{"elon-musk>openai:h"}},
		{"Y के खिलाफ X की शिकायत (body)", "नियामक के पास माइक्रोसॉफ्ट के खिलाफ गूगल की शिकायत।", []string{"google>microsoft:h"}},
		{"Y को X की बधाई", "कमला हैरिस को रीड हॉफमैन की बधाई || ", []string{"reid-hoffman>kamala-harris:s"}},
		{"X और Y ने करार पर दस्तखत किए", "रिलायंस और गूगल ने नए करार पर दस्तखत किए।", []string{"google>reliance:s", "reliance>google:s"}},
		{"X-Y ने एमओयू पर हस्ताक्षर (headline)", "रिलायंस-मेटा ने किए एमओयू पर हस्ताक्षर || ", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"X का N: 'Y …' (headline, a noun with no tag word)", "राहुल गांधी का प्रहार: 'नरेंद्र मोदी देश को गुमराह कर रहे' || ", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X की तीखी N- Y … (dash)", "एलन मस्क की तीखी छींटाकशी- ओपनएआई लोगों को ठग रहा || ", []string{"elon-musk>openai:h"}},
		// Negatives.
		{"X का N: words with no one tracked", "राहुल गांधी का प्रहार: 'महंगाई से जनता परेशान' || ", nil},
		{"Y की आलोचना alone: Y the target, no doer", "राहुल गांधी की आलोचना तेज || ", nil},
		{"X की Y की आलोचना पर चुप्पी: no other party under par", "नरेंद्र मोदी की आलोचना पर राहुल गांधी चुप रहे।", nil},
		{"X और Y ने हाथ मिलाया: a handshake", "नरेंद्र मोदी और राहुल गांधी ने समारोह में हाथ मिलाया।", nil},
		{"question: क्या … करार पर दस्तखत करेंगे?", "क्या रिलायंस और गूगल करार पर दस्तखत करेंगे?", nil},
		{"talks toward an agreement", "रिलायंस और गूगल के बीच करार पर बातचीत चल रही है।", nil},
		{"X ने Y पर N: the agent acts, the genitive rule stays out", "राहुल गांधी ने नरेंद्र मोदी के मंत्री पर निशाना साधा।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// headlineLightFrame is a two-word noun-and-light-verb frame.
type headlineLightFrame struct {
	noun, lv, pol, mk string
	f                 Frame
}

func headlineLightFrames(t *testing.T) []headlineLightFrame {
	t.Helper()
	b, err := os.ReadFile("lexicon/frames.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var fs []Frame
	if err := yaml.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	lvs := map[string]bool{"साधा": true, "कसा": true, "बोला": true, "किया": true, "दिया": true, "लगाया": true, "जताया": true, "जताई": true, "दी": true, "की": true, "लगाई": true}
	var out []headlineLightFrame
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Polarity != pipeline.Hostile && f.Polarity != pipeline.Supportive || f.Mutual || f.Symmetric || f.Content || f.Retort || f.Speech || f.NoAgent || f.UnlessHostile {
			continue
		}
		ws := strings.Fields(f.Words)
		if len(ws) != 2 || !lvs[strings.TrimSuffix(ws[1], "*")] || strings.ContainsAny(ws[0], "*+") || seen[f.Words] {
			continue
		}
		seen[f.Words] = true
		mk := ""
		for _, m := range f.Target {
			if m == "par" || m == "ko" || m == "gen" {
				mk = m
				break
			}
		}
		if len(f.Target) == 0 {
			mk = "par"
		}
		if mk == "" {
			continue
		}
		out = append(out, headlineLightFrame{noun: ws[0], lv: strings.TrimSuffix(ws[1], "*"), pol: f.Polarity[:1], mk: mk, f: f})
	}
	return out
}

var headlineMarkerWords = map[string]string{"par": "पर", "ko": "को", "gen": "की"}

// TestSession10HeadlineLightGrid: noun-and-light-verb frames in body,
// verb-first headline, genitive headline and passive forms.
func TestSession10HeadlineLightGrid(t *testing.T) {
	a := shippedAnalyzer(t)
	frames := headlineLightFrames(t)
	tps := []headlineTemplate{
		{"body: X ने Y M N LV।", "", "", "X ने Y M N LV।", true},
		{"X ने Y M N LV (title)", "", "X ने Y M N LV", "", true},
		{"X ने LV Y M N (verb first)", "", "X ने LV Y M N", "", false}, // the object between verb and noun: not read (matcher)
		{"Y M X ने N LV", "", "Y M X ने N LV", "", false},
		{"body: X ने कहा …, Y M N LV।", "", "", "X ने एक सभा में Y M जमकर N LV।", false},
	}
	scoreGrid(t, a, fmt.Sprintf("light frames: %d", len(frames)), tps, func(tp headlineTemplate) [][]gridCell {
		var entries [][]gridCell
		for _, fr := range frames {
			var cells []gridCell
			for pi, p := range headlinePairs {
				if fr.f.PersonTarget && pi > 0 {
					continue
				}
				r := strings.NewReplacer("X", p[0], "Y", p[1], "N", fr.noun, "LV", fr.lv, "M", headlineMarkerWords[fr.mk])
				cells = append(cells, gridCell{r.Replace(tp.title), r.Replace(tp.body), []string{p[2] + ">" + p[3] + ":" + fr.pol}})
			}
			entries = append(entries, cells)
		}
		return entries
	})
}

// TestSession10HeadlineSymmetricGrid: one-word symmetric frames of
// hostile or supportive polarity between two coordinated or hyphened
// parties give both ways.
func TestSession10HeadlineSymmetricGrid(t *testing.T) {
	a := shippedAnalyzer(t)
	b, err := os.ReadFile("lexicon/frames.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var fs []Frame
	if err := yaml.Unmarshal(b, &fs); err != nil {
		t.Fatal(err)
	}
	tps := []headlineTemplate{
		{"X और Y के बीच N", "", "X और Y के बीच N", "", true},
		{"X-Y में N", "", "X-Y में N", "", true},
		{"body: X और Y के बीच N जारी।", "", "", "X और Y के बीच N जारी है।", true},
		{"X और Y में N", "", "X और Y में N", "", true},
	}
	scoreGrid(t, a, "symmetric frames", tps, func(tp headlineTemplate) [][]gridCell {
		var entries [][]gridCell
		for _, f := range fs {
			if f.Polarity != pipeline.Hostile && f.Polarity != pipeline.Supportive || !f.Symmetric || strings.ContainsAny(f.Words, " +") {
				continue
			}
			n := strings.TrimSuffix(f.Words, "*")
			var cells []gridCell
			for _, p := range headlinePairs {
				r := strings.NewReplacer("X", p[0], "Y", p[1], "N", n)
				want := []string{p[2] + ">" + p[3] + ":" + f.Polarity[:1], p[3] + ">" + p[2] + ":" + f.Polarity[:1]}
				sort.Strings(want)
				cells = append(cells, gridCell{r.Replace(tp.title), r.Replace(tp.body), want})
			}
			entries = append(entries, cells)
		}
		return entries
	})
}
