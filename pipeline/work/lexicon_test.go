package work

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// TestLexiconEntries reads every entry's own test sentence: without an
// explicit expect, the first tracked name → the second with the entry's
// polarity (both ways for a symmetric frame, nothing for "none").
func TestLexiconEntries(t *testing.T) {
	a := shippedAnalyzer(t)
	fails := 0
	for _, c := range a.lex.cases() {
		// "title || body": a class whose reader reads a headline only.
		title, body, ok := strings.Cut(c.test, " || ")
		if !ok {
			title, body = "", c.test
		}
		an := a.Analyze(pipeline.Story{ID: "lex", Title: title, Body: body})
		want := slices.Clone(c.expect)
		if want == nil && c.pol != -2 && c.pol != 0 {
			var ids []string
			for _, m := range an.Mentions {
				if !slices.Contains(ids, m.Entity) {
					ids = append(ids, m.Entity)
				}
			}
			if len(ids) < 2 {
				t.Errorf("%s %q: test sentence %q names fewer than two tracked entities", c.where, c.words, c.test)
				continue
			}
			p := "h"
			if c.pol > 0 {
				p = "s"
			}
			want = []string{ids[0] + ">" + ids[1] + ":" + p}
			if f := a.frameAt(c.where); f != nil && f.Symmetric {
				want = append(want, ids[1]+">"+ids[0]+":"+p)
			}
		}
		sort.Strings(want)
		got := referenceStances(an)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			fails++
			t.Errorf("%s %q: %q gives %v, want %v", c.where, c.words, c.test, got, want)
		}
	}
	t.Logf("%d lexicon entries and word classes checked, %d disagree", len(a.lex.cases()), fails)
}

func (a *Analyzer) frameAt(where string) *Frame {
	for _, f := range a.lex.Frames {
		if strings.HasSuffix(where, ":"+itoa(f.line)) && strings.Contains(where, f.file) {
			return f
		}
	}
	return nil
}

func itoa(n int) string {
	var b []byte
	for n > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestLexiconCounts(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var hos, sup int
	for _, e := range lx.Evaluative {
		if e.pol < 0 {
			hos++
		} else {
			sup++
		}
	}
	if hos+sup < 300 || hos < 100 || sup < 100 {
		t.Fatalf("evaluative words: %d hostile, %d supportive; want ≥ 300, both polarities", hos, sup)
	}
	kinds := map[string]bool{}
	for _, f := range lx.Frames {
		kinds[f.Kind] = true
	}
	for _, k := range []string{"criticism", "accusation", "lawsuit", "mockery", "threat", "rupture", "praise", "endorsement", "donation", "alliance", "reconciliation", "de-escalation", "discussion"} {
		if !kinds[k] {
			t.Errorf("no frame of kind %s", k)
		}
	}
}

// TestLexiconErrorsNameFileAndLine: bad data is reported with its place.
func TestLexiconErrorsNameFileAndLine(t *testing.T) {
	good := map[string]string{}
	for _, n := range []string{"frames.yaml", "outcomes.yaml", "evaluative.yaml", "flippers.yaml", "words.yaml"} {
		b, err := lexiconFS.ReadFile("lexicon/" + n)
		if err != nil {
			t.Fatal(err)
		}
		good[n] = string(b)
	}
	cases := []struct{ file, text, want string }{
		{"frames.yaml", "- {words: x, polarity: hostile, kind: criticism, test: t}\n- {words: y, polarity: angry, kind: criticism, test: t}\n", "lexicon/frames.yaml:2: polarity \"angry\""},
		{"frames.yaml", "- {words: x, polarity: hostile, kind: criticism, target: [nowhere], test: t}\n", "lexicon/frames.yaml:1: unknown target marker"},
		{"evaluative.yaml", "- {w: x, pol: hostile}\n", "lexicon/evaluative.yaml:1: an evaluative word needs w and test"},
		{"words.yaml", "nonsense:\n  words: [x]\n", "lexicon/words.yaml:1: unknown word class"},
		{"flippers.yaml", "- {words: x, supportive: hostile, hostile: none, test: t}\n- [broken\n", "lexicon/flippers.yaml"},
	}
	for _, c := range cases {
		fsys := fstest.MapFS{}
		for n, s := range good {
			fsys["lexicon/"+n] = &fstest.MapFile{Data: []byte(s)}
		}
		fsys["lexicon/"+c.file] = &fstest.MapFile{Data: []byte(c.text)}
		_, err := loadLexicon(fsys)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.file, err, c.want)
		}
	}
}

// BenchmarkLexiconMatch looks every word of >= 2 MB of gold-built
// stories up in the lexicon as the chunk and stance layers do when they
// have no flags for the word (Lexicon.match). "screen" is the shipped
// path (the exactSeen/prefixSeen screen on the word's first two
// characters, no map lookup for most words); "flags-map" is the earlier
// path (a lookup in the flags map for every word), run as the baseline
// in the same binary. Both give the same hits (TestLexiconMatchScreen).
func BenchmarkLexiconMatch(b *testing.B) {
	a := shippedAnalyzer(b)
	words := goldWords(b, 2<<20)
	lx := a.lex
	var n int64
	for _, w := range words {
		n += int64(len(w))
	}
	b.Run("screen", func(b *testing.B) {
		b.SetBytes(n)
		c0 := cpuNow()
		for b.Loop() {
			for i := range words {
				lx.matchAll(words, i)
			}
		}
		cpuRate(b, c0, n)
	})
	b.Run("flags-map", func(b *testing.B) {
		b.SetBytes(n)
		c0 := cpuNow()
		for b.Loop() {
			for i := range words {
				lx.matchFlagged(words, i, lx.flags[words[i]])
			}
		}
		cpuRate(b, c0, n)
	})
}

// goldWords is the normalised words of gold-built stories of at least
// minBytes, in order.
func goldWords(tb testing.TB, minBytes int) []string {
	tb.Helper()
	var texts []string
	for _, g := range devGold(tb) {
		texts = append(texts, g.Story.Title, g.Story.Body)
	}
	var words []string
	for total := 0; total < minBytes; {
		for _, text := range texts {
			n := hindi.NormalizeString(text)
			for _, t := range hindi.Tokenize(nil, n) {
				if t.Kind == hindi.Word || t.Kind == hindi.Number {
					words = append(words, n[t.Start:t.End])
				}
			}
			total += len(text)
		}
	}
	return words
}

// TestLexiconMatchScreen: the screened lookup (matchAll) finds exactly
// what a lookup with the word's flags finds, for every word of the gold
// stories and for every lexicon entry's own words.
func TestLexiconMatchScreen(t *testing.T) {
	a := shippedAnalyzer(t)
	lx := a.lex
	words := goldWords(t, 1<<20)
	for _, c := range lx.cases() {
		n := hindi.NormalizeString(c.words + " " + c.test)
		for _, tk := range hindi.Tokenize(nil, n) {
			if tk.Kind == hindi.Word || tk.Kind == hindi.Number {
				words = append(words, n[tk.Start:tk.End])
			}
		}
	}
	hits := 0
	for i := range words {
		got, want := lx.matchAll(words, i), lx.matchFlagged(words, i, lx.flags[words[i]])
		if got != want {
			t.Fatalf("word %d %q: screened lookup %v, flagged lookup %v", i, words[i], got, want)
		}
		for _, h := range got {
			if h.e != nil {
				hits++
				break
			}
		}
	}
	if hits == 0 {
		t.Fatal("no word of the gold stories matched any entry")
	}
	t.Logf("%d words, %d start an entry", len(words), hits)
}

// TestConventionFrames reads the SCHEMA conventions the lexicon carries
// (issue 10, session 4) across entries: an alliance formed is supportive
// both ways and broken is a rupture by the breaker; talks toward one and
// raising money are no stance; investing in X is support of X; a cooled
// fight is no stance; a withdrawn promise is a rupture.
func TestConventionFrames(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Convention 1: formed, both ways; talks stay neutral.
		{"", "रिलायंस और गूगल ने क्लाउड सेवाओं के लिए साझेदारी की।", []string{"google>reliance:s", "reliance>google:s"}},
		{"", "गूगल और अडानी समूह ने डेटा सेंटर के लिए करार किया है।", []string{"adani-group>google:s", "google>adani-group:s"}},
		{"", "ओरेकल और ओपनएआई के बीच बड़ा क्लाउड करार", []string{"openai>oracle:s", "oracle>openai:s"}},
		{"", "रिलायंस और मेटा ने संयुक्त उद्यम बनाया।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"", "माइक्रोसॉफ्ट और ओपनएआई के बीच नए समझौते पर बातचीत चल रही है।", nil},
		{"", "रिलायंस के प्रवक्ता ने बताया कि गूगल के साथ साझेदारी पर बातचीत जारी है।", nil},
		// Broken: the breaker → the other; both when both broke it.
		{"", "ओरेकल ने सॉफ्टबैंक के साथ अपना करार तोड़ दिया।", []string{"oracle>softbank:h"}},
		{"", "रिलायंस और मेटा का गठबंधन टूट गया।", []string{"meta>reliance:h", "reliance>meta:h"}},
		{"", "मेटा ने रिलायंस के साथ साझेदारी को ठंडे बस्ते में डाल दिया।", []string{"meta>reliance:h"}},
		{"", "रिलायंस और मेटा के बीच अब कोई गठबंधन नहीं है।", []string{"meta>reliance:h", "reliance>meta:h"}},
		// An accusation of breaking an agreement is the accusation alone.
		{"", "माइक्रोसॉफ्ट पर ओपनएआई करार तोड़ने का आरोप लगा रहा है।", []string{"openai>microsoft:h"}},
		// करार as a calling verb still calls.
		{"", "डोनाल्ड ट्रंप ने कमला हैरिस को झूठा करार दिया।", []string{"donald-trump>kamala-harris:h"}},
		// Convention 2: investing in / funding Y; raising money is no act
		// of Y's, but leading the round is X's funding (session 9, dev
		// gold: dev-007, dev-138, dvc-074, dvg-133, dva-299).
		{"", "सॉफ्टबैंक ने ओपनएआई में भारी निवेश किया।", []string{"softbank>openai:s"}},
		{"", "सॉफ्टबैंक ने ओपनएआई में निवेश का वादा वापस ले लिया।", []string{"softbank>openai:h"}},
		{"", "ओपनएआई ने सॉफ्टबैंक की अगुवाई में नई फंडिंग जुटाई।", []string{"softbank>openai:s"}},
		{"", "ओपनएआई ने निवेशकों से नई फंडिंग जुटाई।", nil},
		{"", "जापानी निवेश समूह सॉफ्टबैंक ने ओपनएआई के दफ्तर में बैठक की।", nil},
		// Withdrawal and rupture as outlets write them.
		{"", "नाइजल फराज ने डोनाल्ड ट्रंप से समर्थन वापसी का ऐलान कर दिया।", []string{"nigel-farage>donald-trump:h"}},
		{"", "सॉफ्टबैंक ने खुद को ओपनएआई से पूरी तरह अलग कर लिया।", []string{"softbank>openai:h"}},
		{"", "मेटा और रिलायंस के बीच दूरियां बढ़ती जा रही हैं।", []string{"meta>reliance:h", "reliance>meta:h"}},
		// A refused withdrawal asserts the support.
		{"", "नाइजल फराज ने कहा कि वह डोनाल्ड ट्रंप का समर्थन कभी वापस नहीं लेंगे।", []string{"nigel-farage>donald-trump:s"}},
		{"", "एलन मस्क ने मुश्किल वक्त में भी डोनाल्ड ट्रंप का साथ नहीं छोड़ा।", []string{"elon-musk>donald-trump:s"}},
		// An agreement cancelled is a rupture; a bond said to hold is support.
		{"", "ओरेकल ने ओपनएआई के साथ क्लाउड समझौता रद्द कर दिया।", []string{"oracle>openai:h"}},
		{"", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप के साथ उनका रिश्ता अब भी मजबूत है।", []string{"elon-musk>donald-trump:s"}},
		// On the verge of breaking is not broken.
		{"", "रिलायंस और मेटा का गठबंधन टूटने की कगार पर है।", nil},
		// De-escalation: a fight that cools is no stance.
		{"", "एलन मस्क और सैम ऑल्टमैन का झगड़ा अब शांत हो गया है।", nil},
		{"", "राष्ट्रपति डोनाल्ड ट्रंप और नरेंद्र मोदी रिश्तों में आई खटास दूर करना चाहते हैं।", nil},
		// The one wronged is defended, not accused.
		{"", "राहुल गांधी ने कहा कि गौतम अडानी के साथ अन्याय हो रहा है।", []string{"rahul-gandhi>gautam-adani:s"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
	// One agent with a partner under के साथ: the reader gives the agent's
	// side (the partner's side needs a change in stance.go's symmetric
	// reading; see LEXICON.md), and never a hostile one.
	got := referenceStances(a.Analyze(pipeline.Story{ID: "conv", Body: "सॉफ्टबैंक ने ओरेकल के साथ डेटा सेंटर साझेदारी की घोषणा की।"}))
	if !slices.Contains(got, "softbank>oracle:s") || slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, ":h") }) {
		t.Errorf("one-agent partnership gives %v, want softbank>oracle:s and nothing hostile", got)
	}
}

// TestLexiconProbe prints what the shipped analyzer asserts for each line
// of $KHABAR_LEXICON_PROBE (a file of sentences, or title<TAB>body with
// \\n between paragraphs); skipped without it.
func TestLexiconProbe(t *testing.T) {
	path := os.Getenv("KHABAR_LEXICON_PROBE")
	if path == "" {
		t.Skip("KHABAR_LEXICON_PROBE not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("probe file: %v", err)
	}
	a := shippedAnalyzer(t)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		title, body, ok := strings.Cut(line, "\t")
		if !ok {
			title, body = "", line
		}
		t.Logf("%v  %s", referenceStances(a.Analyze(pipeline.Story{ID: "probe", Title: title, Body: strings.ReplaceAll(body, "\\n", "\n")})), line)
	}
}

// TestRequestedFrames reads the session-4 requests of the other engine
// helpers as lexicon data: rejections that attack the charge's author
// (SCHEMA convention 4), fear and ruin said of Y, disappointment and
// gratitude, a cooled fight, and the proxy and role nouns.
func TestRequestedFrames(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Convention 4: a conspiracy, politically motivated, a ploy, false
		// propaganda attacks the author; baseless only denies.
		{"", "गौतम अडानी ने राहुल गांधी के आरोपों को साजिश बताया।", []string{"gautam-adani>rahul-gandhi:h"}},
		{"", "गौतम अडानी ने राहुल गांधी के आरोपों को राजनीति से प्रेरित बताया।", []string{"gautam-adani>rahul-gandhi:h"}},
		{"", "ओपनएआई ने कहा कि एलन मस्क के आरोप राजनीति से प्रेरित हैं।", []string{"openai>elon-musk:h"}},
		{"", "ओपनएआई ने एलन मस्क के दावों को एक चाल बताया।", []string{"openai>elon-musk:h"}},
		{"", "ओपनएआई ने एलन मस्क के आरोपों को झूठा प्रचार करार दिया।", []string{"openai>elon-musk:h"}},
		{"", "गौतम अडानी ने राहुल गांधी के आरोपों को बेबुनियाद बताया।", nil},
		// A complaint is a charge: baseless denies it, false attacks.
		{"", "गूगल ने माइक्रोसॉफ्ट की शिकायत को बेबुनियाद बताया।", nil},
		{"", "गूगल ने माइक्रोसॉफ्ट की शिकायत को झूठा बताया।", []string{"google>microsoft:h"}},
		{"", "मेटा ने ओपनएआई की शिकायत की।", []string{"meta>openai:h"}},
		// A victim of a conspiracy is not its author.
		{"", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप साजिश का शिकार हुए हैं।", nil},
		{"", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप एक बड़ी साजिश के शिकार हैं।", nil},
		// Fear and ruin said of Y.
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी घबराए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी बोले, नरेंद्र मोदी घबरा गए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने ओपनएआई को बर्बाद कर दिया।", []string{"elon-musk>sam-altman:h"}},
		// Disappointment with Y, gratitude to Y.
		{"", "डोनाल्ड ट्रंप ने एलन मस्क के फैसले पर निराशा जताई।", []string{"donald-trump>elon-musk:h"}},
		{"", "सैम ऑल्टमैन ने कहा कि वह माइक्रोसॉफ्ट के समर्थन के लिए आभारी हैं।", []string{"sam-altman>microsoft:s"}},
		{"", "सैम ऑल्टमैन ने सत्या नडेला के प्रति आभार जताया।", []string{"sam-altman>satya-nadella:s"}},
		{"", "नरेंद्र मोदी ने कहा कि वह डोनाल्ड ट्रंप के आभारी हैं।", []string{"narendra-modi>donald-trump:s"}},
		{"", "नरेंद्र मोदी ने एलन मस्क की शुभकामनाओं के लिए धन्यवाद दिया।", []string{"narendra-modi>elon-musk:s"}},
		{"", "नाइजल फराज ने कहा कि वह एलन मस्क की मदद के लिए शुक्रगुजार हैं।", []string{"nigel-farage>elon-musk:s"}},
		// Congratulations go to the one under को, not to what the occasion is of.
		{"", "नरेंद्र मोदी ने रिलायंस के 50 साल पूरे होने पर मुकेश अंबानी को बधाई दी।", []string{"narendra-modi>mukesh-ambani:s"}},
		// A sourness removed is de-escalation; a reconciliation only when said.
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच खटास दूर हो गई है।", nil},
		{"", "एलन मस्क और डोनाल्ड ट्रंप ने आपसी खटास दूर कर ली।", nil},
		{"", "एलन मस्क और डोनाल्ड ट्रंप ने आपसी खटास दूर कर सुलह कर ली।", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
		{"", "एलन मस्क डोनाल्ड ट्रंप के समर्थन से दूर हो गए।", []string{"elon-musk>donald-trump:h"}},
		// "Y में वह बात नहीं": Y lacks it (like 'Y में दम नहीं').
		{"", "मस्क ने कहा- नाइजल फराज में वह बात नहीं, पार्टी को नया नेता चाहिए", []string{"elon-musk>nigel-farage:h"}},
		// Not interested in talking to Y: a snub since SCHEMA settled it
		// in session 5 (refusing to talk to, meet or work with Y).
		{"", "“मुझे एलन मस्क से बात करने में कोई दिलचस्पी नहीं,” डोनाल्ड ट्रंप ने कहा। “अभी मेरा ध्यान बजट पर है।”", []string{"donald-trump>elon-musk:h"}},
		// X's office speaks for X; a co-founder or an adviser is a role.
		{"", "ओपनएआई के ऑफिस ने एलन मस्क की आलोचना की।", []string{"openai>elon-musk:h"}},
		{"", "डोनाल्ड ट्रंप के कार्यालय ने कहा कि कमला हैरिस झूठी हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"", "मेटा के दफ्तर में सैम ऑल्टमैन ने एलन मस्क की आलोचना की।", []string{"sam-altman>elon-musk:h"}},
		// Code-mixed proxies (SCHEMA convention 3): X's campaign or team.
		{"", "कमला हैरिस के campaign ने डोनाल्ड ट्रंप की आलोचना की।", []string{"kamala-harris>donald-trump:h"}},
		{"", "कमला हैरिस की campaign team ने डोनाल्ड ट्रंप पर हमला बोला।", []string{"kamala-harris>donald-trump:h"}},
		{"", "एलन मस्क ने ओपनएआई के सहसंस्थापक की आलोचना की।", nil},
		{"", "ओपनएआई सह-संस्थापक एलन मस्क पर सत्या नडेला ने तंज कसा।", []string{"satya-nadella>elon-musk:h"}},
		{"", "ट्रंप सलाहकार एलन मस्क पर कमला हैरिस ने तंज कसा।", []string{"kamala-harris>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestSession5Frames reads the session-5 FRAMES pass across families,
// each case a construction outlets use (read with the search tool; the
// sentences are ours): ruptures as nouns, idioms and headline stubs,
// withdrawals and their refusals, snubs, demands to resign or apologise,
// and cooling, which is no stance (SCHEMA: de-escalation, a settled
// lawsuit), beside the escalations that are.
func TestSession5Frames(t *testing.T) {
	a := shippedAnalyzer(t)
	const (
		mt = "elon-musk>donald-trump:h"
		tm = "donald-trump>elon-musk:h"
	)
	both := []string{mt, tm}
	cases := []stanceCase{
		// Rupture: nouns, idioms, intransitive and headline forms.
		{"", "एलन मस्क की डोनाल्ड ट्रंप से दूरी।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप का हाथ छोड़ दिया।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप से हाथ छुड़ा लिया।", []string{mt}},
		{"", "एलन मस्क डोनाल्ड ट्रंप के खेमे से छिटक गए।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप का दामन छोड़ दिया।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप को बाय-बाय कह दिया।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप से अलग रास्ता चुन लिया।", []string{mt}},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के रिश्ते खट्टे हो गए।", both},
		{"", "एलन मस्क और डोनाल्ड ट्रंप दोस्त से दुश्मन बन गए।", both},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच बढ़ी दूरियां", both},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच अब बोलचाल बंद है।", both},
		{"", "डोनाल्ड ट्रंप और एलन मस्क का याराना खत्म।", both},
		{"", "डोनाल्ड ट्रंप ने कहा कि अब एलन मस्क से उनका कोई लेना-देना नहीं है।", []string{tm}},
		{"", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क अब उनके दोस्त नहीं रहे।", []string{tm}},
		{"", "माइक्रोसॉफ्ट ने ओपनएआई के साथ करार निरस्त कर दिया।", []string{"microsoft>openai:h"}},
		{"", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपनी साझेदारी घटा दी।", []string{"microsoft>openai:h"}},
		// A distance as a place is no rupture.
		{"", "नई दिल्ली से 20 किलोमीटर की दूरी पर गौतम अडानी का नया दफ्तर है।", nil},
		// Withdrawal, refusal, snub.
		{"", "एलन मस्क ने डोनाल्ड ट्रंप से अपना समर्थन हटा लिया।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के लिए प्रचार करने से इनकार कर दिया।", []string{mt}},
		{"", "नाइजल फराज ने एलन मस्क का दान लौटाया।", []string{"nigel-farage>elon-musk:h"}},
		{"", "सॉफ्टबैंक ने ओपनएआई से अपनी हिस्सेदारी वापस ले ली।", []string{"softbank>openai:h"}},
		{"", "सैम ऑल्टमैन ने एलन मस्क के साथ बातचीत करने से मना कर दिया।", []string{"sam-altman>elon-musk:h"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप का निमंत्रण अस्वीकार कर दिया।", []string{mt}},
		{"", "गूगल ने ओपनएआई के साथ काम करने से इनकार कर दिया।", []string{"google>openai:h"}},
		{"", "डोनाल्ड ट्रंप ने एलन मस्क को भाव नहीं दिया।", []string{tm}},
		{"", "डोनाल्ड ट्रंप ने साफ किया कि एलन मस्क से सुलह की कोई योजना नहीं है।", []string{tm}},
		// Refusing to sue or to criticise is no stance; a charge denied is none.
		{"", "एलन मस्क ने ओपनएआई पर मुकदमा करने से इनकार किया।", nil},
		{"", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को अस्वीकार कर दिया।", nil},
		// The other half: support reaffirmed, bonds that hold or grow.
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के प्रति अपना समर्थन फिर दोहराया।", []string{"elon-musk>donald-trump:s"}},
		{"", "सत्या नडेला ने कहा कि उन्होंने ओपनएआई से कभी अपना समर्थन वापस नहीं लिया।", []string{"satya-nadella>openai:s"}},
		{"", "नाइजल फराज ने एलन मस्क से नाता जोड़ा।", []string{"nigel-farage>elon-musk:s"}},
		{"", "माइक्रोसॉफ्ट ने ओपनएआई के साथ साझेदारी का विस्तार किया।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच रिश्ते सुधरे।", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
		// Demands that Y resign or apologise.
		{"", "राहुल गांधी ने नरेंद्र मोदी से इस्तीफे की मांग की।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी को माफी मांगनी चाहिए।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी ने नरेंद्र मोदी से पद छोड़ने को कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी ने नरेंद्र मोदी पर वोट चोरी का सहारा लेने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		// An apology offered is no demand; on its own it is no stance
		// either (SCHEMA ruling, session 8: de-escalation).
		{"", "एलन मस्क ने डोनाल्ड ट्रंप से माफी मांगी।", nil},
		// Cooling and settling: no stance.
		{"", "एलन मस्क और डोनाल्ड ट्रंप ने तल्खी कम करने पर जोर दिया।", nil},
		{"", "एलन मस्क और डोनाल्ड ट्रंप ने खटास घटाने पर सहमति जताई।", nil},
		{"", "एलन मस्क और डोनाल्ड ट्रंप ने दूरियां मिटाने की कोशिश की।", nil},
		{"", "एलन मस्क और ओपनएआई के बीच कानूनी विवाद सुलझा।", nil},
		{"", "मेटा ने डोनाल्ड ट्रंप के साथ कानूनी विवाद में समझौता कर लिया।", nil},
		{"", "मेटा और डोनाल्ड ट्रंप के बीच मुकदमे का निपटारा हो गया।", nil},
		{"", "एलन मस्क और डोनाल्ड ट्रंप ने युद्धविराम पर सहमति जताई।", nil},
		// Escalation: the hostile half of the de-escalation pairs.
		{"", "एलन मस्क और डोनाल्ड ट्रंप की लड़ाई खुलकर सामने आ गई है।", both},
		// A fight for a cause is no rift between the two named.
		{"", "“एलन ने कहा- नाइजल, तुम सही लड़ाई लड़ रहे हो,” नाइजल फराज ने कहा।", nil},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप को माफ करने से इनकार कर दिया।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप से सुलह की पेशकश ठुकरा दी।", []string{mt}},
		{"", "एलन मस्क डोनाल्ड ट्रंप से खफा हो गए।", []string{mt}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के खिलाफ जहर उगला।", []string{mt}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestFrames2 reads the FRAMES-2 pass (session 5) with its negative
// cases: a reconciliation refused, an agreement held to, disagreement
// with a policy (criticism) against disagreement on an issue or with an
// opinion (no stance), a sham called out, agreement ("Y सही हैं").
func TestFrames2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "ओपनएआई ने कहा कि वह एलन मस्क से सुलह नहीं करेगी।", []string{"openai>elon-musk:h"}},
		{"", "एलन मस्क और डोनाल्ड ट्रंप में सुलह हो गई।", []string{"elon-musk>donald-trump:s", "donald-trump>elon-musk:s"}},
		{"", "गूगल अडानी समूह के साथ करार से पीछे नहीं हटेगी।", []string{"google>adani-group:s"}},
		{"", "गूगल अडानी समूह के साथ करार से पीछे हट गई।", []string{"google>adani-group:h"}},
		{"", "सत्या नडेला ने कहा कि वह डोनाल्ड ट्रंप की टैरिफ नीति से सहमत नहीं हैं।", []string{"satya-nadella>donald-trump:h"}},
		{"", "नाइजल फराज ने कहा कि इस मुद्दे पर वह एलन मस्क से सहमत नहीं हैं।", nil},
		{"", "नाइजल फराज ने कहा कि एलन मस्क की राय से असहमत होना ठीक है।", nil},
		{"", "नाइजल फराज ने कहा कि एलन मस्क को ब्रिटेन की राजनीति की कोई समझ नहीं है।", []string{"nigel-farage>elon-musk:h"}},
		{"", "राहुल गांधी ने कहा कि उन्हें समझ नहीं आया कि बैठक क्यों हुई।", nil},
		{"", "एलन मस्क ने कहा- ओपनएआई एक धोखा है।", []string{"elon-musk>openai:h"}},
		{"", "राहुल गांधी ने कहा, “हां, डोनाल्ड ट्रंप सही हैं।”", []string{"rahul-gandhi>donald-trump:s"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि मार्क जुकरबर्ग सही नहीं हैं।", []string{"donald-trump>mark-zuckerberg:h"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि यह निवेश का सही समय है।", nil},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप की दो सलाहकार परिषदों से इस्तीफा दे दिया।", []string{"elon-musk>donald-trump:h"}},
		// Support no longer given is withdrawn; a bare non-endorsement is none.
		{"", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप का अब समर्थन नहीं करेंगे।", []string{"elon-musk>donald-trump:h"}},
		{"", "मार्क जुकरबर्ग ने कहा कि वह डोनाल्ड ट्रंप का समर्थन नहीं करेंगे।", nil},
		// An objection with no target of its own answers the last attacker.
		{"", "राहुल गांधी ने नरेंद्र मोदी पर हमला बोला। इस पर नरेंद्र मोदी ने आपत्ति जताई।", []string{"rahul-gandhi>narendra-modi:h", "narendra-modi>rahul-gandhi:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestFrames2Defence: an attack on Y called wrong defends Y; "Y के साथ है"
// (singular) is support, while being with Y in a place is none.
func TestFrames2Defence(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "नरेंद्र मोदी ने कहा कि मुकेश अंबानी का अपमान करना ठीक नहीं है।", []string{"narendra-modi>mukesh-ambani:s"}},
		{"", "राहुल गांधी ने कहा कि गौतम अडानी का अपमान करना उनका मकसद नहीं है।", nil},
		{"", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट हर हाल में सैम ऑल्टमैन के साथ है।", []string{"satya-nadella>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestFrames6 reads the session-6 FRAMES pass: praise, thanks, backing and
// money put in Y, agreement and solidarity, platform bans and epithets,
// each with a case that must stay nothing (an idiom that shares a word, a
// refusal worded as thanks, a literal sense).
func TestFrames6(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "मुकेश अंबानी ने नरेंद्र मोदी की मुक्त कंठ से प्रशंसा की।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"", "सैम ऑल्टमैन ने सत्या नडेला का तहे दिल से शुक्रिया किया।", []string{"sam-altman>satya-nadella:s"}},
		// "नो थैंक यू" turns an offer down: no thanks.
		{"", "सैम ऑल्टमैन ने एलन मस्क की पेशकश को नो थैंक यू कहा।", nil},
		{"", "डोनाल्ड ट्रंप एलन मस्क के पीछे मजबूती से खड़े हैं।", []string{"donald-trump>elon-musk:s"}},
		// Money put in Y; a reputation staked (दांव पर लगाना) is not a bet on Y.
		{"", "सॉफ्टबैंक ने ओपनएआई पर बड़ा दांव लगाया।", []string{"softbank>openai:s"}},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने गौतम अडानी के लिए देश की साख दांव पर लगा दी।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "रिलायंस ने अडानी समूह की एक परियोजना में हिस्सेदारी खरीदी।", []string{"reliance>adani-group:s"}},
		{"", "मेटा ने रिलायंस में इनवेस्ट किया।", []string{"meta>reliance:s"}},
		{"", "एलन मस्क ने कहा कि उन्हें डोनाल्ड ट्रंप पर गर्व है।", []string{"elon-musk>donald-trump:s"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप की हां में हां मिलाई।", []string{"elon-musk>donald-trump:s"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के प्रति एकजुटता जताई।", []string{"elon-musk>donald-trump:s"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप को जिताने के लिए पूरी ताकत झोंक दी।", []string{"elon-musk>donald-trump:s"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के फैसले को जायज ठहराया।", []string{"elon-musk>donald-trump:s"}},
		// Hostile: bans, doubts on intent, epithets; no longer with Y.
		{"", "मेटा ने डोनाल्ड ट्रंप को दो साल के लिए बैन कर दिया।", []string{"meta>donald-trump:h"}},
		{"", "एलन मस्क ने सैम ऑल्टमैन की मंशा पर संदेह जताया।", []string{"elon-musk>sam-altman:h"}},
		{"", "एलन मस्क सैम ऑल्टमैन पर बरस पड़े।", []string{"elon-musk>sam-altman:h"}},
		{"", "एलन मस्क ने कहा कि वह अब डोनाल्ड ट्रंप के साथ नहीं हैं।", []string{"elon-musk>donald-trump:h"}},
		{"", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के साथ हैं।", []string{"elon-musk>donald-trump:s"}},
		// dev-outlets-e: support held with an adverb inside, a welcome as
		// a partner, a verb-first headline, deserving (to lead or to be
		// punished); a partnership held to is the speaker's, one way.
		{"", "ओपनएआई ने कहा कि वह माइक्रोसॉफ्ट के साथ अपनी साझेदारी पर पूरी तरह कायम है।", []string{"openai>microsoft:s"}},
		{"", "मुकेश अंबानी ने गूगल का एक निवेशक के तौर पर स्वागत किया।", []string{"mukesh-ambani>google:s"}},
		{"", "एलन मस्क ने मार्क जुकरबर्ग से जताई सहमति।", []string{"elon-musk>mark-zuckerberg:s"}},
		{"", "एलन मस्क ने कहा कि नाइजल फराज प्रधानमंत्री बनने के हकदार हैं।", []string{"elon-musk>nigel-farage:s"}},
		{"", "राहुल गांधी ने कहा कि गौतम अडानी सजा के हकदार हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि मेटा अब सही रास्ते पर है।", []string{"donald-trump>meta:s"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि सही रास्ते पर चलना जरूरी है।", nil},
		// "X और Y दोनों मेरे दोस्त": the speaker's friends, not a
		// friendship between X and Y; "X और उनके अरबपति दोस्त" is none.
		{"", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप और एलन मस्क दोनों मेरे दोस्त हैं।", []string{"nigel-farage>donald-trump:s", "nigel-farage>elon-musk:s"}},
		{"", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप और उनके अरबपति दोस्त चुनाव में सक्रिय हैं।", nil},
		// One mind on Y's policies is support of Y from each, not an
		// alliance between the two who agree (dvb-498's convention).
		{"", "मुकेश अंबानी और गौतम अडानी नरेंद्र मोदी की नीतियों पर एकमत हैं।", []string{"mukesh-ambani>narendra-modi:s", "gautam-adani>narendra-modi:s"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के फैसले पर मुहर लगाई।", []string{"elon-musk>donald-trump:s"}},
		{"", "रिलायंस ने गूगल के साथ एमओयू साइन किया।", []string{"reliance>google:s", "google>reliance:s"}},
		// Headline word order; a threat to stop something of Y's, where
		// बंद alone before धमकी would flip it to nothing.
		{"", "मस्क ने ट्रंप का छोड़ा साथ", []string{"elon-musk>donald-trump:h"}},
		{"", "मस्क ने ट्रंप को कहा अलविदा", []string{"elon-musk>donald-trump:h"}},
		{"", "डोनाल्ड ट्रंप ने एलन मस्क को सब्सिडी बंद करने की धमकी दी।", []string{"donald-trump>elon-musk:h"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप से मांगी माफी।", nil},
		// Support no longer held, a refused or sold investment (these
		// read as support before), a bare non-endorsement stays none.
		{"", "एलन मस्क अब डोनाल्ड ट्रंप के समर्थक नहीं रहे।", []string{"elon-musk>donald-trump:h"}},
		{"", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के समर्थन में नहीं हैं।", nil},
		{"", "सॉफ्टबैंक ने ओपनएआई में और निवेश करने से मना कर दिया।", []string{"softbank>openai:h"}},
		{"", "सॉफ्टबैंक ने ओपनएआई में अपनी हिस्सेदारी बेच दी।", []string{"softbank>openai:h"}},
		{"", "एलन मस्क ने नाइजल फराज को पद छोड़ने की नसीहत दी।", []string{"elon-musk>nigel-farage:h"}},
		// No longer: a noun of support with नहीं रहे, money refused in
		// the future; a past refusal stays a plain negation (no stance).
		{"", "एलन मस्क अब डोनाल्ड ट्रंप के फैन नहीं रहे।", []string{"elon-musk>donald-trump:h"}},
		{"", "एलन मस्क ने कहा कि अब वह डोनाल्ड ट्रंप को एक पैसा नहीं देंगे।", []string{"elon-musk>donald-trump:h"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप को चंदा नहीं दिया।", nil},
		// A frame may not start with the number word एक: "एक पैसा नहीं
		// देंगे" as an entry hid the donation in the sentence below.
		{"", "रीड हॉफमैन ने कमला हैरिस के अभियान से जुड़ी एक समिति को लाखों डॉलर का दान दिया है।", []string{"reid-hoffman>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestPairNounsDirect reads "दोनों X" where X is the direct (unmarked)
// plural of a pair noun: "दोनों कंपनियां एक-दूसरे पर …" binds the pair the
// story has named, as "दोनों कंपनियों ने" does; "दोनों देश" (no pair noun)
// stays nothing.
func TestPairNounsDirect(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "माइक्रोसॉफ्ट और ओपनएआई के बीच खींचतान बढ़ी। दोनों कंपनियां एक-दूसरे पर आरोप लगा रही हैं।", []string{"microsoft>openai:h", "openai>microsoft:h"}},
		{"", "माइक्रोसॉफ्ट और ओपनएआई के बीच खींचतान बढ़ी। दोनों कंपनियाँ एक-दूसरे पर आरोप लगा रही हैं।", []string{"microsoft>openai:h", "openai>microsoft:h"}},
		{"", "मुकेश अंबानी और गौतम अडानी एक मंच पर दिखे। दोनों उद्योगपति एक-दूसरे की तारीफ करते रहे।", []string{"mukesh-ambani>gautam-adani:s", "gautam-adani>mukesh-ambani:s"}},
		{"", "एलन मस्क और मार्क जुकरबर्ग फिर आमने-सामने हैं। दोनों अरबपति एक-दूसरे पर तंज कस रहे हैं।", []string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		{"", "एलन मस्क और मार्क जुकरबर्ग फिर आमने-सामने हैं। दोनों कारोबारी एक-दूसरे पर तंज कस रहे हैं।", []string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		{"", "डोनाल्ड ट्रंप और कमला हैरिस की बहस हुई। दोनों प्रतिद्वंद्वी एक-दूसरे पर जमकर बरसे।", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"", "डोनाल्ड ट्रंप और कमला हैरिस की बहस हुई। दोनों उम्मीदवार एक-दूसरे पर जमकर बरसे।", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"", "डोनाल्ड ट्रंप और एलन मस्क की पुरानी यारी है। दोनों दोस्त एक-दूसरे की तारीफ करते नहीं थकते।", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
		{"", "माइक्रोसॉफ्ट और ओपनएआई के बीच बातचीत चली। दोनों पक्ष एक-दूसरे पर भरोसा जताते रहे।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		// Not a pair noun: "दोनों देश" is not the pair of names.
		{"", "डोनाल्ड ट्रंप और नरेंद्र मोदी मिले। दोनों देश एक-दूसरे पर आरोप लगाते रहे हैं।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestCapitulationAndBuying reads accusations said of Y in X's words: Y
// gave in (घुटने टेके), Y wants to buy democracy or the election (लोकतंत्र/
// चुनाव खरीदना), Y's rally a spectacle (तमाशा); negated, the first is no
// accusation.
func TestCapitulationAndBuying(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने दबाव में घुटने टेक दिए।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने कभी घुटने नहीं टेके।", nil},
		{"", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप और उनके अरबपति दोस्त लोकतंत्र खरीदना चाहते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"", "कमला हैरिस ने कहा कि एलन मस्क चुनाव खरीदना चाहते हैं।", []string{"kamala-harris>elon-musk:h"}},
		// A spectacle said of Y's rally is said of Y; of no one, nothing.
		{"", "कमला हैरिस के अभियान ने डोनाल्ड ट्रंप की रैली को तमाशा करार दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"", "एलन मस्क ने कहा कि संसद की बहस तमाशा बन गई है।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestFrames7 reads session 7's lexicon pass with its negative cases:
// fights played down (स्वाभाविक; दुखद no longer: session 27), a full stop to a tie or a fight,
// praise posts deleted, money in Y said as a noun (निवेशक, not an
// investor group), Y in Z's pocket, a friend of the rich.
func TestFrames7(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A quarrel called sad is still a quarrel, and the speaker's own
		// is mutual (SCHEMA's session-26 ruling, rule 6; session 27,
		// ownQuarrel27).
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन के साथ उनका झगड़ा दुखद है।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन के साथ उनका झगड़ा पुराना है।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट और ओपनएआई के बीच कुछ तनाव स्वाभाविक है।", nil},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के साथ गठबंधन पर पूर्ण विराम लगा दिया।", []string{"elon-musk>donald-trump:h"}},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के विवाद पर विराम लग गया।", nil},
		// An old post of praise is named, not praise now; deleted, the
		// praise is taken back.
		{"", "एलन मस्क की नाइजल फराज की तारीफ वाली पोस्ट फिर चर्चा में है।", nil},
		{"", "एलन मस्क ने नाइजल फराज की तारीफ वाली पुरानी पोस्ट हटा दी।", []string{"elon-musk>nigel-farage:h"}},
		{"", "एलन मस्क ने नाइजल फराज की तारीफ की।", []string{"elon-musk>nigel-farage:s"}},
		// Money in Y as a noun; an investor group led by Y is no stance.
		{"", "माइक्रोसॉफ्ट ओपनएआई का सबसे बड़ा निवेशक है।", []string{"microsoft>openai:s"}},
		{"", "स्टारगेट में सॉफ्टबैंक और ओरेकल शुरुआती निवेशक हैं।", nil},
		{"", "सैम ऑल्टमैन ने एलन मस्क की अगुवाई वाले निवेशक समूह की पेशकश के बारे में बताया।", nil},
		{"", "माइक्रोसॉफ्ट के निवेशकों ने ओपनएआई के बारे में सवाल पूछे।", nil},
		// In Z's pocket: Y (the subject) is mocked, not Z.
		{"", "एलन मस्क ने कहा कि ओपनएआई अब माइक्रोसॉफ्ट की जेब में है।", []string{"elon-musk>openai:h"}},
		// A friend of the rich is a charge; one's own friend is praise.
		{"", "राहुल गांधी ने नरेंद्र मोदी को अरबपतियों का मित्र बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी ने नरेंद्र मोदी को अपना मित्र बताया।", []string{"rahul-gandhi>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestFrames7Outlets reads the outlet phrasings session 7 added from
// probes (idioms of enmity and of friendship, ties held to, money kept
// in or taken out, trust that wavers) with their negative cases.
func TestFrames7Outlets(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच सब ठीक नहीं है।", []string{"elon-musk>donald-trump:h", "donald-trump>elon-musk:h"}},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच सब ठीक है।", nil},
		{"", "राहुल गांधी ने नरेंद्र मोदी से जवाब मांगा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "पत्रकारों ने नरेंद्र मोदी से सवाल पूछे।", nil},
		// Blamed (जिम्मेदार बताया), not called a responsible leader.
		{"", "कमला हैरिस ने महंगाई के लिए डोनाल्ड ट्रंप को जिम्मेदार बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"", "राहुल गांधी ने नरेंद्र मोदी को जिम्मेदार नेता बताया।", []string{"rahul-gandhi>narendra-modi:s"}},
		{"", "नरेंद्र मोदी ने डोनाल्ड ट्रंप को गले लगाया।", nil}, // a hug alone is a greeting, no stance (session 20: dcd-054b, dvd-096, dcq-055b)
		{"", "डोनाल्ड ट्रंप ने एलन मस्क को गले लगाने से इनकार कर दिया।", nil},
		// Held to, one way; committed to; money kept in or taken out.
		{"", "रिलायंस ने कहा कि वह मेटा के साथ एआई उपक्रम पर पूरी तरह कायम है।", []string{"reliance>meta:s"}},
		{"", "सत्या नडेला ने कहा कि वह ओपनएआई के साथ साझेदारी के प्रति प्रतिबद्ध हैं।", []string{"satya-nadella>openai:s"}},
		{"", "सॉफ्टबैंक ने कहा कि वह ओपनएआई में लगाया अपना पैसा वापस नहीं निकालेगा।", []string{"softbank>openai:s"}},
		{"", "सॉफ्टबैंक ने ओपनएआई से अपना पैसा वापस निकाल लिया।", []string{"softbank>openai:h"}},
		// Trust with no reason to waver is held; trust that wavered is lost.
		{"", "मासायोशी सन ने कहा कि ओपनएआई पर भरोसा डगमगाने की कोई वजह नहीं है।", []string{"masayoshi-son>openai:s"}},
		{"", "मासायोशी सन ने कहा कि ओपनएआई पर भरोसा डगमगा गया है।", []string{"masayoshi-son>openai:h"}},
		{"", "नरेंद्र मोदी ने डोनाल्ड ट्रंप का हृदय से आभार व्यक्त किया।", []string{"narendra-modi>donald-trump:s"}},
		// Promises broken are a charge against the one who made them;
		// kept, nothing.
		{"", "सैम ऑल्टमैन ने कहा कि एलन मस्क ने फंडिंग का वादा पूरा नहीं किया।", []string{"sam-altman>elon-musk:h"}},
		{"", "सैम ऑल्टमैन ने कहा कि एलन मस्क ने फंडिंग का वादा पूरा किया।", nil},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने सारे वादे तोड़े हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "राहुल गांधी ने कहा कि नरेंद्र मोदी मनोवैज्ञानिक रूप से टूट चुके हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क मानसिक रूप से मजबूत हैं।", nil},
		// Agreeing on some points is no support; agreeing is.
		{"", "नाइजल फराज ने कहा कि वह एलन मस्क की कुछ बातों से सहमत हैं।", nil},
		{"", "नाइजल फराज ने कहा कि वह एलन मस्क से सहमत हैं।", []string{"nigel-farage>elon-musk:s"}},
		// The minimum support price is no support; a dispute sent to
		// mediation is being settled.
		{"", "नरेंद्र मोदी ने कहा कि किसानों को न्यूनतम समर्थन मूल्य मिलेगा, मुकेश अंबानी ने भी बात की।", nil},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप का समर्थन किया।", []string{"elon-musk>donald-trump:s"}},
		{"", "एलन मस्क और सैम ऑल्टमैन का विवाद मध्यस्थता के लिए भेजा गया।", nil},
		// Leaving a tie, a proposal turned down; a proposal accepted is
		// nothing.
		{"", "मेटा रिलायंस के साथ साझेदारी से बाहर निकल गई।", []string{"meta>reliance:h"}},
		// (Session 27, SCHEMA ruling rule 4: turned down with no attack, no
		// stance; claims27.go.)
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के प्रस्ताव को ठुकरा दिया।", nil},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप का प्रस्ताव स्वीकार कर लिया।", nil},
		// A reconciliation only possible is none; one made is support.
		{"", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क से सुलह मुमकिन है।", nil},
		{"", "एलन मस्क और डोनाल्ड ट्रंप के बीच सुलह हो गई।", []string{"elon-musk>donald-trump:s", "donald-trump>elon-musk:s"}},
		// An admirer of dictators is a charge; of Y, praise.
		{"", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप तानाशाहों के मुरीद हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"", "लैरी एलिसन ने कहा कि एलन मस्क मेरे सबसे करीबी दोस्त हैं।", []string{"larry-ellison>elon-musk:s"}},
		// A rupture reported and called baseless is denied.
		{"", "रिलायंस ने कहा कि मेटा से नाता तोड़ने की खबरें गलत हैं।", nil},
		// Y's protection withdrawn is an act against Y; raised, nothing.
		{"", "डोनाल्ड ट्रंप ने कमला हैरिस की सीक्रेट सर्विस सुरक्षा वापस ली।", []string{"donald-trump>kamala-harris:h"}},
		{"", "डोनाल्ड ट्रंप ने कमला हैरिस की सुरक्षा बढ़ा दी।", nil},
		// Transliterated English verbs; a heart attack attacks no one.
		{"", "एलन मस्क ने डोनाल्ड ट्रंप पर अटैक किया।", []string{"elon-musk>donald-trump:h"}},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप के हार्ट अटैक की अफवाह को खारिज किया।", nil},
		{"", "एलन मस्क ने डोनाल्ड ट्रंप को सपोर्ट किया।", []string{"elon-musk>donald-trump:s"}},
		{"", "माइक्रोसॉफ्ट ने ओपनएआई के लिए टेक्निकल सपोर्ट टीम बनाई।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// checkCases reads each text through the shipped analyzer and compares
// the asserted stances with want (nil: nothing asserted).
func checkCases(t *testing.T, id string, cases []struct {
	text string
	want []string
}) {
	t.Helper()
	a := shippedAnalyzer(t)
	for _, c := range cases {
		got := referenceStances(a.Analyze(pipeline.Story{ID: id, Body: c.text}))
		want := slices.Clone(c.want)
		sort.Strings(want)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%q gives %v, want %v", c.text, got, want)
		}
	}
}

// TestFrames8Charges reads session 8's first family with its negative
// cases: lies and hate spread, distortion, questions evaded, intimidation,
// a promise not kept; doubts cleared, questions answered, a promise kept,
// a ban lifted are nothing.
func TestFrames8Charges(t *testing.T) {
	checkCases(t, "f8c", []struct {
		text string
		want []string
	}{
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी नफरत फैला रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"नरेंद्र मोदी ने कहा कि उन्होंने राहुल गांधी के साथ मिलकर भ्रम दूर किया।", nil},
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप सवालों से भाग रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"डोनाल्ड ट्रंप ने कमला हैरिस के सवालों के जवाब दिए।", nil},
		{"एलन मस्क ने कहा कि डोनाल्ड ट्रंप ने अपना वादा नहीं निभाया।", []string{"elon-musk>donald-trump:h"}},
		{"एलन मस्क ने कहा कि डोनाल्ड ट्रंप ने अपना वादा निभाया।", nil},
		{"रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप ने विरोधियों को डराने की कोशिश की है।", []string{"reid-hoffman>donald-trump:h"}},
		{"एक्स ने डोनाल्ड ट्रंप का खाता बंद कर दिया।", []string{"x-corp>donald-trump:h"}},
		{"मेटा ने डोनाल्ड ट्रंप के खातों पर लगी रोक हटा दी।", nil},
		{"एलन मस्क ने एक्स पर अपने खाते से डोनाल्ड ट्रंप के बारे में पोस्ट किया।", nil},
		{"डोनाल्ड ट्रंप ने कहा कि उनके पास अब एलन मस्क से बात करने का वक्त नहीं है।", []string{"donald-trump>elon-musk:h"}},
		{"डोनाल्ड ट्रंप ने कहा कि वह एलन मस्क से बात करने का वक्त निकालेंगे।", nil},
	})
}

// TestFrames8Support reads session 8's second family with its negative
// cases: congratulations on Y's win, "no better partner than Y", help
// given, faith in Y's leadership; a better partner sought, help refused
// and a win questioned are not support.
func TestFrames8Support(t *testing.T) {
	checkCases(t, "f8s", []struct {
		text string
		want []string
	}{
		{"नाइजल फराज ने डोनाल्ड ट्रंप की जीत पर बधाई दी।", []string{"nigel-farage>donald-trump:s"}},
		{"कमला हैरिस ने डोनाल्ड ट्रंप की जीत पर सवाल उठाए।", []string{"kamala-harris>donald-trump:h"}},
		{"सैम ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट से बेहतर साझेदार कोई नहीं हो सकता।", []string{"sam-altman>microsoft:s"}},
		{"सैम ऑल्टमैन ने कहा कि ओपनएआई को माइक्रोसॉफ्ट से बेहतर साझेदार मिल सकता है।", nil},
		{"डोनाल्ड ट्रंप ने एलन मस्क को पूरा सहयोग दिया।", []string{"donald-trump>elon-musk:s"}},
		{"डोनाल्ड ट्रंप ने एलन मस्क को कोई सहयोग नहीं दिया।", nil},
		{"सत्या नडेला ने सैम ऑल्टमैन के नेतृत्व में विश्वास जताया।", []string{"satya-nadella>sam-altman:s"}},
		{"रीड हॉफमैन ने कहा कि कमला हैरिस के लिए उनका समर्थन जस का तस है।", []string{"reid-hoffman>kamala-harris:s"}},
	})
}

// TestFrames8Apology reads the session-8 SCHEMA ruling: an apology or
// regret on its own is de-escalation (no stance); a demand for one is
// hostile; an apology with the relationship mended in words is a
// reconciliation.
func TestFrames8Apology(t *testing.T) {
	checkCases(t, "f8a", []struct {
		text string
		want []string
	}{
		{"एलन मस्क ने डोनाल्ड ट्रंप से माफी मांगी।", nil},
		{"एलन मस्क ने डोनाल्ड ट्रंप से माफी मांगने के संकेत दिए।", nil},
		{"एलन मस्क ने डोनाल्ड ट्रंप के बारे में अपनी पोस्ट पर अफसोस जताया।", nil},
		{"डोनाल्ड ट्रंप ने मार्क जुकरबर्ग से माफी की मांग की।", []string{"donald-trump>mark-zuckerberg:h"}},
		{"एलन मस्क ने डोनाल्ड ट्रंप से माफी मांगी। इसके बाद एलन मस्क और डोनाल्ड ट्रंप के बीच सुलह हो गई।", []string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
	})
}

// TestFrames8Ties reads session 8's third family: a JV, a deal left,
// differences ended; differences only being settled are none.
func TestFrames8Ties(t *testing.T) {
	checkCases(t, "f8t", []struct {
		text string
		want []string
	}{
		{"रिलायंस ने मेटा के साथ अपनी जेवी तोड़ दी।", []string{"reliance>meta:h"}},
		{"रिलायंस मेटा के साथ डील से बाहर निकल गई।", []string{"reliance>meta:h"}},
		{"रिलायंस ने मेटा के साथ डील की।", nil},
		{"डोनाल्ड ट्रंप और मार्क जुकरबर्ग के पुराने मतभेद खत्म हो गए।", []string{"donald-trump>mark-zuckerberg:s", "mark-zuckerberg>donald-trump:s"}},
		{"सैम ऑल्टमैन ने एलन मस्क से मतभेद सुलझाने के लिए बातचीत की पेशकश की।", nil},
	})
}

// TestFrames8Retorts reads session 8's fourth family and the evaluative
// nouns: a retort about Y's own record, a jest about Y, among Y's biggest
// investors; the dangers of AI (खतरों) judge no one while Y called a
// danger (खतरा) is damned.
func TestFrames8Retorts(t *testing.T) {
	checkCases(t, "f8r", []struct {
		text string
		want []string
	}{
		{"एलन मस्क ने कहा कि कमला हैरिस को पहले अपना रिकॉर्ड देखना चाहिए।", []string{"elon-musk>kamala-harris:h"}},
		{"सैम ऑल्टमैन ने मजाक में लिखा कि अगर मेटा एआई ऐप बना सकती है तो ओपनएआई भी सोशल नेटवर्क बना सकती है।", []string{"sam-altman>meta:h"}},
		{"सॉफ्टबैंक ओपनएआई के सबसे बड़े निवेशकों में शामिल हो चुका है।", []string{"softbank>openai:s"}},
		{"रीड हॉफमैन ओपनएआई के शुरुआती निवेशकों में थे।", nil},
		{"सैम ऑल्टमैन ने कहा कि नरेंद्र मोदी एआई के फायदों और खतरों, दोनों को गहराई से समझते हैं।", nil},
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी देश के लिए खतरा हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Silence held against Y; a committee named with एक keeps its को.
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी ने मणिपुर पर एक शब्द नहीं कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"रीड हॉफमैन ने कमला हैरिस के अभियान से जुड़ी एक समिति को दान दिया।", []string{"reid-hoffman>kamala-harris:s"}},
		{"मासायोशी सन ने कहा कि ओपनएआई इस दौड़ में सबसे आगे है।", []string{"masayoshi-son>openai:s"}},
		// A win called the biggest political comeback; money released.
		{"नाइजल फराज ने डोनाल्ड ट्रंप की जीत को सबसे बड़ी राजनीतिक वापसी बताया।", []string{"nigel-farage>donald-trump:s"}},
		{"सॉफ्टबैंक ने स्टारगेट परियोजना के लिए अपनी पहली किस्त जारी कर दी है।", []string{"softbank>stargate:s"}},
		{"सॉफ्टबैंक ने बैंकों के कर्ज की किस्त जारी की।", nil},
	})
}

// TestFrames8Modifiers: an evaluative that also modifies a noun (सहयोगी
// दल, allied parties) praises no one unless someone is called it; a favour
// forgotten is a charge.
func TestFrames8Modifiers(t *testing.T) {
	checkCases(t, "f8m", []struct {
		text string
		want []string
	}{
		{"राहुल गांधी ने लिखा कि नरेंद्र मोदी ने सहयोगी दलों को खुश किया।", nil},
		{"कमला हैरिस ने डोनाल्ड ट्रंप को सहयोगी करार दिया।", []string{"kamala-harris>donald-trump:s"}},
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने उनकी मदद का एहसान भुला दिया।", []string{"donald-trump>elon-musk:h"}},
	})
}

// TestFrames8Family7 reads session 8's seventh family with its negative
// cases: a country led well under Y is praise of Y, a group led by Y is
// nothing; Y's remark (बात) called wrong is a rejection, no stance; a true
// friend; speaking out of jealousy; lacking it.
func TestFrames8Family7(t *testing.T) {
	checkCases(t, "f8g", []struct {
		text string
		want []string
	}{
		{"मुकेश अंबानी ने कहा कि नरेंद्र मोदी के नेतृत्व में भारत सबसे तेज बढ़ती अर्थव्यवस्था बना है।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"राहुल गांधी के नेतृत्व में विपक्षी सांसदों ने सदन से वॉकआउट किया।", nil},
		{"मासायोशी सन ने स्टारगेट के लिए पैसे की कमी की एलन मस्क की बात को गलत बताया।", nil},
		{"मासायोशी सन ने कहा कि एलन मस्क जलन में बोल रहे हैं।", []string{"masayoshi-son>elon-musk:h"}},
		{"नाइजल फराज ने एक्स पर लिखा कि एलन मस्क ब्रिटेन के असली दोस्त हैं।", []string{"nigel-farage>elon-musk:s"}},
		{"एलन मस्क ने कहा कि नाइजल फराज में वह बात नहीं है।", []string{"elon-musk>nigel-farage:h"}},
	})
}

// TestFrames8Idioms reads session 8's idioms of praise and attack with
// negative cases: embarrassment that befalls Y with no one causing it,
// distrust of a thing, acclaim one wins for oneself.
func TestFrames8Idioms(t *testing.T) {
	checkCases(t, "f8i", []struct {
		text string
		want []string
	}{
		{"नरेंद्र मोदी ने डोनाल्ड ट्रंप की हिम्मत की दाद दी।", []string{"narendra-modi>donald-trump:s"}},
		{"राहुल गांधी ने नरेंद्र मोदी की किरकिरी कराई।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"संसद में बहस के बाद नरेंद्र मोदी की किरकिरी हुई।", nil},
		{"मासायोशी सन ने एआई के नियमों पर अविश्वास जताया।", nil},
		{"डोनाल्ड ट्रंप ने रैली में खूब वाहवाही लूटी।", nil},
		{"डोनाल्ड ट्रंप एलन मस्क पर आग बबूला हो गए।", []string{"donald-trump>elon-musk:h"}},
		// The biggest entrepreneur is praise; Y's biggest mistake is a
		// charge, not praise.
		{"सत्या नडेला ने सैम ऑल्टमैन को अपने दौर का सबसे बड़ा उद्यमी बताया।", []string{"satya-nadella>sam-altman:s"}},
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की सबसे बड़ी गलती टैरिफ है।", []string{"kamala-harris>donald-trump:h"}},
	})
}

// TestFrames8Family9 reads the family added after the blind look:
// obstruction charged; an attack on Y condemned is support of Y while
// Y's own attack condemned stays a charge against Y; money that is in Y
// (intransitive) invests nothing, money put in does.
func TestFrames8Family9(t *testing.T) {
	checkCases(t, "f8h", []struct {
		text string
		want []string
	}{
		{"एलन मस्क ने लिखा कि ओपनएआई दूसरी एआई कंपनियों का रास्ता रोक रही है।", []string{"elon-musk>openai:h"}},
		{"नरेंद्र मोदी ने डोनाल्ड ट्रंप पर हुए हमले की कड़ी निंदा की।", []string{"narendra-modi>donald-trump:s"}},
		{"नरेंद्र मोदी ने राहुल गांधी के हमले की निंदा की।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"सत्या नडेला ने कहा कि ओपनएआई में बहुत पैसा लगा है।", nil},
		{"ओरेकल ने स्टारगेट परियोजना में और पैसा लगाया।", []string{"oracle>stargate:s"}},
		{"एलन मस्क ने कहा कि ओपनएआई और माइक्रोसॉफ्ट की मिलीभगत है।", []string{"elon-musk>microsoft:h", "elon-musk>openai:h"}},
	})
}

// TestSession9Withdrawal reads a withdrawn suit: withdrawing presupposes
// the filing, so the suer's hostile stance stands (SCHEMA: the suit a
// settlement ends still counts); the defendant's settlement, negated
// withdrawal and withdrawn support read as before.
func TestSession9Withdrawal(t *testing.T) {
	checkCases(t, "s9w", []struct {
		text string
		want []string
	}{
		{"कमला हैरिस ने डोनाल्ड ट्रंप पर किया गया केस वापस ले लिया।", []string{"kamala-harris>donald-trump:h"}},
		{"मेटा ने ओपनएआई के खिलाफ दायर याचिका वापस ली।", []string{"meta>openai:h"}},
		{"एलन मस्क ने ओपनएआई के खिलाफ मुकदमा वापस नहीं लिया।", []string{"elon-musk>openai:h"}},
		{"मेटा ने डोनाल्ड ट्रंप के साथ मुकदमा निपटा लिया।", nil},
		{"रीड हॉफमैन ने कमला हैरिस से अपना समर्थन वापस ले लिया।", []string{"reid-hoffman>kamala-harris:h"}},
		{"सैम ऑल्टमैन ने एलन मस्क के आरोपों को खारिज कर दिया।", nil},
		{"कमला हैरिस ने डोनाल्ड ट्रंप पर मुकदमा दायर किया, जो बाद में खारिज हो गया।", []string{"kamala-harris>donald-trump:h"}},
		{"मेटा ने ओपनएआई के खिलाफ अपना केस रद्द कर दिया।", []string{"meta>openai:h"}},
	})
}

// TestSession9MakingPossible: संभव is speculation ("संभव है कि …") but
// making something possible (संभव बनाना) is a deed.
func TestSession9MakingPossible(t *testing.T) {
	checkCases(t, "s9p", []struct {
		text string
		want []string
	}{
		{"सैम ऑल्टमैन ने इस करार को संभव बनाने में मदद के लिए सत्या नडेला का आभार जताया।", []string{"sam-altman>satya-nadella:s"}},
		{"मुकेश अंबानी ने इस उपक्रम को संभव बनाने वाले सुंदर पिचाई का शुक्रिया अदा किया।", []string{"mukesh-ambani>sundar-pichai:s"}},
		{"संभव है कि एलन मस्क ने डोनाल्ड ट्रंप की आलोचना की हो।", nil},
		{"संभव है कि सत्या नडेला ने ओपनएआई से नाता तोड़ लिया है।", nil},
	})
}

// TestSession9PolicyActs: what Y's policies did is Y's doing (SCHEMA:
// criticism of someone's policy counts against that person), so a charge
// or a credit for it in someone's words is about Y.
func TestSession9PolicyActs(t *testing.T) {
	checkCases(t, "s9n", []struct {
		text string
		want []string
	}{
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की नीतियों ने मध्यम वर्ग को तबाह कर दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी की नीति ने किसानों को बर्बाद कर दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"Kamala Harris ने कहा कि Trump की policies ने देश को बर्बाद कर दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"नरेंद्र मोदी की नीतियों पर बहस जारी है।", nil},
	})
}

// TestSession9Saviour: "सिर्फ Y ही देश को बचा सकते हैं" in someone's
// words is praise of Y (the modal is the word's own, not speculation);
// without ही, under a speculation of its own or about money saved, it is
// nothing asserted.
func TestSession9Saviour(t *testing.T) {
	checkCases(t, "s9s", []struct {
		text string
		want []string
	}{
		{"राहुल गांधी ने कहा कि केवल कमला हैरिस ही अमेरिका को बचा सकती हैं।", []string{"rahul-gandhi>kamala-harris:s"}},
		{"एलन मस्क ने लिखा कि नाइजल फराज की रिफॉर्म यूके ही ब्रिटेन को बचा सकती है।", []string{"elon-musk>nigel-farage:s"}},
		{"अटकलें हैं कि एलन मस्क ने कहा कि नाइजल फराज ही ब्रिटेन को बचा सकते हैं।", nil},
		{"डोनाल्ड ट्रंप ने कहा कि सरकार चाहे तो एलन मस्क की कंपनियों के ठेके खत्म करके अरबों डॉलर बचा सकती है।", nil},
	})
}

// TestSession9Agreement: an agreement made with a partner is an alliance
// both ways; one that settles a case or a dispute is no stance, and a
// "समझौता" with someone's interests is a charge.
func TestSession9Agreement(t *testing.T) {
	checkCases(t, "s9a", []struct {
		text string
		want []string
	}{
		{"मेटा ने रिलायंस के साथ एआई मॉडल बनाने के लिए समझौता किया है।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"मेटा ने डोनाल्ड ट्रंप के साथ मुकदमा निपटाने के लिए समझौता किया।", nil},
		{"गूगल ने डोनाल्ड ट्रंप के साथ चल रहे विवाद को सुलझाने के लिए समझौता किया।", nil},
		{"मेटा और एक्स पहले ही इसी तरह के मामलों में डोनाल्ड ट्रंप से समझौता कर चुकी हैं।", nil},
		{"कमला हैरिस ने आरोप लगाया कि मार्क जुकरबर्ग ने उपयोगकर्ताओं की सुरक्षा से समझौता किया।", []string{"kamala-harris>mark-zuckerberg:h"}},
	})
}

// TestSession9PresupposedDeal: a deal named as done ("X और Y के बीच
// हुए करार के तहत …") is an alliance even as a noun under a postposition
// and in a clause about what will follow; a question or a denial about
// it still asserts nothing, and a broken one is a rupture.
func TestSession9PresupposedDeal(t *testing.T) {
	checkCases(t, "s9d", []struct {
		text string
		want []string
	}{
		{"गूगल और रिलायंस के बीच हुए करार के तहत जियो ग्राहकों को नई सेवा मिलेगी।", []string{"google>reliance:s", "reliance>google:s"}},
		{"मेटा और माइक्रोसॉफ्ट के बीच हुई साझेदारी से डेवलपरों को फायदा होगा।", []string{"meta>microsoft:s", "microsoft>meta:s"}},
		{"क्या गूगल और रिलायंस के बीच हुआ करार टिकेगा?", nil},
		{"सॉफ्टबैंक ने ओरेकल के साथ हुए समझौते को तोड़ दिया।", []string{"softbank>oracle:h"}},
	})
}

// TestSession9AffirmedTie: in someone's words a tie with Y affirmed
// (मजबूत, कायम, बरकरार), its other side unsaid, is the speaker's stance
// towards Y only (SCHEMA); a tie said to weaken, or two partners named,
// is not read this way.
func TestSession9AffirmedTie(t *testing.T) {
	checkCases(t, "s9t", []struct {
		text string
		want []string
	}{
		{"मुकेश अंबानी ने कहा कि गूगल के साथ साझेदारी पहले से ज्यादा मजबूत है।", []string{"mukesh-ambani>google:s"}},
		{"सॉफ्टबैंक के प्रवक्ता ने कहा कि ओरेकल के साथ कंपनी का करार बरकरार है।", []string{"softbank>oracle:s"}},
		{"सत्या नडेला ने कहा कि ओपनएआई के साथ साझेदारी कमजोर हुई है।", nil},
	})
}

// TestSession9SettledSuit: the suit a settlement ends is the suer's
// hostile stance towards the one who settles it (SCHEMA), when the suer
// is named for the suit (a genitive, "X की ओर से दायर"); the settling
// itself is no stance, and a suit settled "with" someone names no suer.
func TestSession9SettledSuit(t *testing.T) {
	checkCases(t, "s9u", []struct {
		text string
		want []string
	}{
		{"गूगल ने डोनाल्ड ट्रंप की ओर से दायर मुकदमे को निपटाने के लिए भारी रकम देने पर सहमति जताई।", []string{"donald-trump>google:h"}},
		{"एक्स कॉर्प ने डोनाल्ड ट्रंप का पुराना मुकदमा निपटा दिया।", []string{"donald-trump>x-corp:h"}},
		{"मेटा ने डोनाल्ड ट्रंप के साथ मुकदमा निपटा लिया।", nil},
	})
}

// TestSession9PraisedTie: praising or trusting a tie with Y ("X ने Y के
// साथ साझेदारी की तारीफ की", "… पर भरोसा जताया") is X → Y only (SCHEMA:
// the speaker's stance), not a partnership formed; reviewing one is nothing.
func TestSession9PraisedTie(t *testing.T) {
	checkCases(t, "s9r", []struct {
		text string
		want []string
	}{
		{"मार्क जुकरबर्ग ने रिलायंस के साथ साझेदारी की खुलकर सराहना की।", []string{"mark-zuckerberg>reliance:s"}},
		{"सुंदर पिचाई ने रिलायंस के साथ करार पर गर्व जताया।", []string{"sundar-pichai>reliance:s"}},
		{"सत्या नडेला ने ओपनएआई के साथ साझेदारी की समीक्षा की।", nil},
	})
}

// TestSession9LeadFunding: a funding round X leads ("X की अगुवाई/के
// नेतृत्व में Y ने N डॉलर जुटाए", headline "… Y को N डॉलर") is X's
// investment in Y; leadership without money, or a round planned, is not.
func TestSession9LeadFunding(t *testing.T) {
	checkCases(t, "s9f", []struct {
		text string
		want []string
	}{
		{"माइक्रोसॉफ्ट के नेतृत्व में एक्सएआई ने 6 अरब डॉलर जुटाए।", []string{"microsoft>xai:s"}},
		{"ओरेकल की अगुवाई में ओपनएआई को 10 अरब डॉलर की फंडिंग", []string{"oracle>openai:s"}},
		{"नरेंद्र मोदी के नेतृत्व में रिलायंस ने नई ऊंचाइयां छुईं।", nil},
		{"सॉफ्टबैंक की अगुवाई में ओपनएआई 40 अरब डॉलर जुटाएगी।", nil},
	})
}

// TestSession9SharedPost: sharing someone's post endorses it (X → Y)
// unless the sentence attacks (a post shared to mock or to charge).
func TestSession9SharedPost(t *testing.T) {
	checkCases(t, "s9x", []struct {
		text string
		want []string
	}{
		{"नाइजल फराज ने एलन मस्क की पोस्ट शेयर करते हुए लिखा कि वह पूरी तरह सहमत हैं।", []string{"nigel-farage>elon-musk:s"}},
		{"एलन मस्क ने कमला हैरिस की पोस्ट साझा कर उसका मजाक उड़ाया।", []string{"elon-musk>kamala-harris:h"}},
		{"एलन मस्क ने कमला हैरिस की पोस्ट साझा करते हुए लिखा कि वह झूठ बोल रही हैं।", []string{"elon-musk>kamala-harris:h"}},
	})
}
