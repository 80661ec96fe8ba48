package work

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Session 32 (INV): rows of our own for the invariance fixes. Each row
// is a story and its asserted stances; checkInv32 reads it as written and
// under every transform of inv32Transforms (invariance32_test.go) that
// applies to it, and wants the same stances and feud each time. fragile
// names the transforms a row is still known to move (what the INV
// report leaves).

var inv32Date = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

type inv32Case struct {
	name        string
	title, body string
	want        []string // "src>tgt:h" / ":s", any order
	fragile     []string // transform name prefixes still known to move it
}

// inv32Set is a story's asserted directed stances ("src>tgt:h|s",
// sorted) and its feud.
func inv32Set(a *Analyzer, s pipeline.Story) string {
	got := a.Analyze(s)
	var out []string
	for _, st := range got.Stances {
		if st.Asserted() {
			out = append(out, st.Source+">"+st.Target+":"+st.Polarity[:1])
		}
	}
	sort.Strings(out)
	return fmt.Sprintf("%s feud=%v", strings.Join(out, " "), got.Feud)
}

func inv32Want(want []string) string {
	w := slices.Clone(want)
	sort.Strings(w)
	feud := false
	for _, x := range w {
		feud = feud || strings.HasSuffix(x, ":h")
	}
	return fmt.Sprintf("%s feud=%v", strings.Join(w, " "), feud)
}

// checkInv32 checks every row as written and under every transform that
// applies to it; it returns how many rewrites each transform made.
func checkInv32(t *testing.T, a *Analyzer, cases []inv32Case) map[string]int {
	t.Helper()
	env := newInvEnv(shippedWatchlist(t))
	applied := map[string]int{}
	for _, c := range cases {
		st := pipeline.Story{ID: "inv32", Title: c.title, Body: c.body, Published: inv32Date}
		want := inv32Want(c.want)
		if got := inv32Set(a, st); got != want {
			t.Errorf("%s: as written %q, want %q", c.name, got, want)
			continue
		}
		for _, tr := range inv32Transforms {
			ns, ok := tr.fn(env, st)
			if !ok || ns.Title == st.Title && ns.Body == st.Body {
				continue
			}
			if slices.ContainsFunc(c.fragile, func(p string) bool { return strings.HasPrefix(tr.name, p) }) {
				continue
			}
			applied[tr.name]++
			if got := inv32Set(a, ns); got != want {
				t.Errorf("%s: under %s %q, want %q\n  title %q\n  body %q", c.name, tr.name, got, want, ns.Title, ns.Body)
			}
		}
	}
	return applied
}

// inv32Stops are stories whose sentences end in a danda; T4a and T4b
// type a full stop or a spaced pipe for it (stops32.go).
var inv32Stops = []inv32Case{
	{"alliance said by one side, pipe", "", "ओरेकल ने बताया कि वह सॉफ्टबैंक के साथ करार कर चुका है।", []string{"oracle>softbank:s", "softbank>oracle:s"}, nil},
	{"alliance in a statement, pipe", "", "टेस्ला ने बयान में कहा कि उसने एक्सएआई के साथ साझेदारी की है।", []string{"tesla>xai:s", "xai>tesla:s"}, nil},
	{"alliance in a passive report, pipe", "", "रिलायंस के बयान में कहा गया है कि रिलायंस ने गूगल के साथ साझेदारी की है।", []string{"google>reliance:s", "reliance>google:s"}, nil},
	{"quote closed by the stop, full stop", "", "न्यूयॉर्क में बुधवार को पत्रकारों ने कमला हैरिस से चुनाव पर सवाल पूछे। हैरिस ने कहा, 'डोनाल्ड ट्रंप देश के लिए सबसे बड़ा खतरा हैं।' ट्रंप के प्रचार दल ने इस पर कोई प्रतिक्रिया नहीं दी।", []string{"kamala-harris>donald-trump:h"}, nil},
	{"answer in double quotes, full stop", "", "सियोल में टेक सम्मेलन के दौरान सुंदर पिचाई से सत्या नडेला पर सवाल किया गया। पिचाई ने जवाब दिया, \"सत्या एक शानदार नेता हैं।\" माइक्रोसॉफ्ट ने इस पर कुछ नहीं कहा।", []string{"sundar-pichai>satya-nadella:s"}, nil},
	{"plain criticism", "", "रीड हॉफमैन ने कहा कि एलन मस्क लोकतंत्र के लिए खतरा बन चुके हैं। उन्होंने यह बात एक कार्यक्रम में कही।", []string{"reid-hoffman>elon-musk:h"}, nil},
}

// inv32StopControls must read the same with and without stops32: a full
// stop or pipe that is no danda (a domain, a decimal, an abbreviation, a
// Latin sentence, a headline's separator).
var inv32StopControls = []struct{ title, body string }{
	{"", "एलन मस्क ने x.com पर लिखा कि सैम ऑल्टमैन झूठे हैं।"},
	{"", "सॉफ्टबैंक ने ओपनएआई में 1.5 अरब डॉलर और लगाए। मासायोशी सन ने ओपनएआई की तारीफ की."},
	{"", "डा. मनमोहन सिंह की किताब पर राहुल गांधी ने नरेंद्र मोदी की आलोचना की।"},
	{"", "Musk criticised Altman. सैम ऑल्टमैन ने एलन मस्क पर पलटवार किया।"},
	{"बड़ी खबर | ट्रंप ने मस्क को बताया 'धोखेबाज'", "डोनाल्ड ट्रंप ने एक रैली में एलन मस्क पर निशाना साधा |"},
	{"", "मुंबई|रिलायंस और मेटा ने साझेदारी का ऐलान किया।"},
}

func TestInvariance32Stops(t *testing.T) {
	a := shippedAnalyzer(t)
	applied := checkInv32(t, a, inv32Stops)
	if applied["T4a danda→."] < len(inv32Stops) || applied["T4b danda→ |"] < len(inv32Stops) {
		t.Errorf("T4a/T4b applied to %d/%d rows, want all %d", applied["T4a danda→."], applied["T4b danda→ |"], len(inv32Stops))
	}
	// Without the fix the rows move: the rows test it.
	b := *a
	b.danda32 = 0
	env := newInvEnv(shippedWatchlist(t))
	moved := 0
	for _, c := range inv32Stops {
		st := pipeline.Story{ID: "inv32", Title: c.title, Body: c.body, Published: inv32Date}
		for _, tr := range inv32Transforms {
			if !strings.HasPrefix(tr.name, "T4") {
				continue
			}
			if ns, ok := tr.fn(env, st); ok && inv32Set(&b, ns) != inv32Want(c.want) {
				moved++
			}
		}
	}
	if moved < 5 {
		t.Errorf("without stops32 only %d rewrites move: the rows do not test it", moved)
	}
	for _, c := range inv32StopControls {
		st := pipeline.Story{ID: "inv32c", Title: c.title, Body: c.body, Published: inv32Date}
		if x, y := inv32Set(a, st), inv32Set(&b, st); x != y {
			t.Errorf("control %q: %q with stops32, %q without", c.body, x, y)
		}
	}
}

// inv32Time are stories with "X ने" before the act; T1 puts "मंगलवार को"
// after ने. A fronted genitive object keeps its act noun across the time
// phrase (chunk.go, adverbialGap17 after the agent), and a time's को is
// no object of a threat with a content clause (stance.go, hasObject).
// The long participial phrase of T1L ("… जनसभा को संबोधित करते हुए") is
// read as a gap for a fronted genitive (converbGap32, session 32 INV2),
// not yet for the threats: those rows list it as fragile. So do the
// five fronted rows under T9: a title before the agent ("Y की … की नेता
// प्रतिपक्ष X ने") reads like "Y के सीईओ X ने", Y's own man (the praise
// and defence rows joined them in session 38, when the watchlist gave
// their agents Latin-script titles naming their companies, "OpenAI के
// CEO", "Microsoft CEO": the first titles with no tracked name that T9
// can put before them).
var inv32Time = []inv32Case{
	{"fronted genitive, criticism", "", "गौतम अडानी की नीतियों की राहुल गांधी ने कड़ी आलोचना की।", []string{"rahul-gandhi>gautam-adani:h"}, []string{"T9"}},
	{"fronted genitive, praise", "", "टेस्ला के नए मॉडल की सैम ऑल्टमैन ने तारीफ की।", []string{"sam-altman>tesla:s"}, []string{"T9"}},
	{"fronted genitive, mockery", "", "मेटा के मालिक मार्क जुकरबर्ग का नाइजल फराज ने मजाक उड़ाया।", []string{"nigel-farage>mark-zuckerberg:h"}, []string{"T9"}},
	{"fronted genitive, defence", "", "ओपनएआई के फैसले का सत्या नडेला ने बचाव किया।", []string{"satya-nadella>openai:s"}, []string{"T9"}},
	{"fronted genitive, perfect", "", "माइक्रोसॉफ्ट की क्लाउड नीति की सुंदर पिचाई ने आलोचना की है।", []string{"sundar-pichai>microsoft:h"}, []string{"T9"}},
	{"threat with a content clause", "", "कमला हैरिस ने धमकी दी कि सत्ता में आने पर वह एक्स के खिलाफ जांच शुरू कराएंगी।", []string{"kamala-harris>x-corp:h"}, []string{"T1L"}},
	{"threat on an owner's things", "", "डोनाल्ड ट्रंप ने धमकी दी कि गूगल की कंपनियों के सरकारी ठेके खत्म कर दिए जाएंगे।", []string{"donald-trump>google:h"}, []string{"T1L"}},
	{"plain praise", "", "मुकेश अंबानी ने नरेंद्र मोदी की जमकर तारीफ की।", []string{"mukesh-ambani>narendra-modi:s"}, nil},
	{"plain support", "", "लैरी एलिसन ने डोनाल्ड ट्रंप की नीतियों का समर्थन किया।", []string{"larry-ellison>donald-trump:s"}, nil},
	{"charge", "", "राहुल गांधी ने नरेंद्र मोदी पर देश को गुमराह करने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}, nil},
	{"calling", "", "एलन मस्क ने एक्स पर लिखा कि सैम ऑल्टमैन झूठे हैं।", []string{"elon-musk>sam-altman:h"}, nil},
	{"congratulating", "", "नाइजल फराज ने डोनाल्ड ट्रंप को चुनाव जीतने पर बधाई दी।", []string{"nigel-farage>donald-trump:s"}, nil},
	{"reciprocal", "", "सत्या नडेला और सुंदर पिचाई ने एक-दूसरे की तारीफ की।", []string{"satya-nadella>sundar-pichai:s", "sundar-pichai>satya-nadella:s"}, nil},
	{"relative clause in the content", "", "मार्क जुकरबर्ग ने कहा कि डोनाल्ड ट्रंप ने अमेरिका के लिए जो किया है, वह काबिले तारीफ है।", []string{"mark-zuckerberg>donald-trump:s"}, nil},
	{"two predicates", "", "कमला हैरिस ने एलन मस्क की आलोचना की और कहा कि वह गलत जानकारी फैला रहे हैं।", []string{"kamala-harris>elon-musk:h"}, nil},
	{"charge with पर", "", "सैम ऑल्टमैन ने एलन मस्क पर ओपनएआई को नुकसान पहुंचाने का आरोप लगाया।", []string{"sam-altman>elon-musk:h"}, nil},
	{"welcome after a meeting", "", "नरेंद्र मोदी ने सुंदर पिचाई से मुलाकात की और गूगल के निवेश का स्वागत किया।", []string{"narendra-modi>google:s"}, nil},
}

// inv32TimeControls: an object's को and a time's को side by side.
var inv32TimeControls = []inv32Case{
	{"time and object", "", "डोनाल्ड ट्रंप ने रविवार को एलन मस्क को धमकी दी।", []string{"donald-trump>elon-musk:h"}, nil},
	{"object with a content clause", "", "डोनाल्ड ट्रंप ने मेटा को धमकी दी कि उसके सरकारी ठेके रद्द कर दिए जाएंगे।", []string{"donald-trump>meta:h"}, nil},
	{"fronted genitive, no act noun after the time", "", "गौतम अडानी के बेटे की राहुल गांधी ने सोमवार को शादी में शिरकत की।", nil, nil},
	{"time before the genitive object", "", "राहुल गांधी ने मंगलवार को गौतम अडानी की आलोचना की।", []string{"rahul-gandhi>gautam-adani:h"}, nil},
}

func TestInvariance32Time(t *testing.T) {
	a := shippedAnalyzer(t)
	applied := checkInv32(t, a, inv32Time)
	if applied["T1 ne+short"] < len(inv32Time)-1 {
		t.Errorf("T1 applied to %d rows, want %d", applied["T1 ne+short"], len(inv32Time)-1)
	}
	checkInv32(t, a, inv32TimeControls)
}

// inv32Headlines are stories with headline grammar in the title; T2
// sends them with no title and the headline on the body's first line
// (headline32.go reads that line as the title). T2d adds a danda to the
// line, which then reads as a lead sentence: still fragile.
var inv32Headlines = []inv32Case{
	{"jibe with a dash", "राहुल गांधी का तंज- मोदी सरकार किसानों की नहीं सुनती", "कांग्रेस नेता राहुल गांधी ने एक जनसभा में केंद्र सरकार की कृषि नीति पर सवाल उठाए।", []string{"rahul-gandhi>narendra-modi:h"}, []string{"T2d"}},
	{"verbless pact headline", "सॉफ्टबैंक और ओरेकल के बीच डेटा सेंटर करार, जापान में बनेंगे नए केंद्र", "दोनों कंपनियों ने इस परियोजना के लिए अलग-अलग निवेश का वादा किया है।", []string{"oracle>softbank:s", "softbank>oracle:s"}, []string{"T2d"}},
	{"calling headline with बोले", "ट्रंप ने अंबानी को बताया 'शानदार कारोबारी', बोले- भारत का गौरव", "अमेरिकी राष्ट्रपति ने यह बात एक कार्यक्रम में कही।", []string{"donald-trump>mukesh-ambani:s"}, nil},
	{"verb-first headline", "एक्सएआई ने तोड़ा ओरेकल से नाता, खुद बनाएगी डेटा सेंटर", "कंपनी ने अभी इस पर विस्तार से कुछ नहीं बताया है।", []string{"xai>oracle:h"}, []string{"T2d"}},
	{"headline alone, verb-first praise", "गूगल ने पेश किया नया मॉडल, सत्या नडेला ने दी बधाई", "", []string{"satya-nadella>google:s"}, []string{"T2d"}},
	{"headline alone, X पर Y", "मस्क पर हैरिस: 'वह झूठ फैलाने वाले प्लेटफॉर्म के मालिक हैं'", "", []string{"kamala-harris>elon-musk:h"}, nil},
	{"headline alone, jibe", "फराज का तंज- ट्रंप की टैरिफ नीति ब्रिटेन के लिए नुकसानदेह", "", []string{"nigel-farage>donald-trump:h"}, []string{"T2d"}},
}

// inv32HeadlineControls: first lines that stay in the body.
var inv32HeadlineControls = []inv32Case{
	{"a lead sentence", "", "सुंदर पिचाई ने मुकेश अंबानी की तारीफ की।\nउन्होंने यह बात एक कार्यक्रम में कही।", []string{"sundar-pichai>mukesh-ambani:s"}, nil},
	{"a lead-in colon", "", "एलन मस्क ने एक्स पर लिखा:\nसैम ऑल्टमैन भरोसे लायक नहीं हैं।", []string{"elon-musk>sam-altman:h"}, nil},
}

func TestInvariance32Headline(t *testing.T) {
	a := shippedAnalyzer(t)
	applied := checkInv32(t, a, inv32Headlines)
	if applied["T2 empty title"] != len(inv32Headlines) {
		t.Errorf("T2 applied to %d rows, want %d", applied["T2 empty title"], len(inv32Headlines))
	}
	checkInv32(t, a, inv32HeadlineControls)
	// What the headline line gives is located in the body as sent.
	for _, c := range inv32Headlines {
		body := c.title
		if c.body != "" {
			body += "\n" + c.body
		}
		got := a.Analyze(pipeline.Story{ID: "inv32h", Body: body, Published: inv32Date})
		for _, m := range got.Mentions {
			if m.Field != "body" || body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %+v not at its place in the body", c.name, m)
			}
		}
		for _, s := range got.Stances {
			if s.Field != "body" || s.Start < 0 || s.End > len(body) || s.Start > s.End {
				t.Errorf("%s: stance %s>%s at %s[%d:%d], body of %d bytes", c.name, s.Source, s.Target, s.Field, s.Start, s.End, len(body))
			}
		}
	}
}

// TestInvariance32Recent: a pluperfect announcement dated to the last
// few days by a weekday at the head of a long sentence is a report of the
// forming (recent31.go, window 12 → 24 words); with no such date it is
// a look back, and a weekday in another sentence does not date it.
func TestInvariance32Recent(t *testing.T) {
	a := shippedAnalyzer(t)
	allied := []string{"google>meta:s", "google>microsoft:s", "meta>google:s", "meta>microsoft:s", "microsoft>google:s", "microsoft>meta:s"}
	cases := []inv32Case{
		{"weekday far before the announcement", "", "लंदन। नाइजल फराज ने गुरुवार को संसद के बाहर पत्रकारों के सामने 'नया गठबंधन' नाम की एक बड़ी राजनीतिक मुहिम का ऐलान किया था। इसमें मेटा, गूगल और माइक्रोसॉफ्ट साझेदार हैं।", allied, nil},
		// Controls.
		{"no date: a look back", "", "नाइजल फराज ने संसद के बाहर पत्रकारों के सामने 'नया गठबंधन' नाम की एक बड़ी राजनीतिक मुहिम का ऐलान किया था। इसमें मेटा, गूगल और माइक्रोसॉफ्ट साझेदार हैं।", nil, nil},
		{"weekday in another sentence", "", "नाइजल फराज ने गुरुवार को पत्रकारों से बात की। उन्होंने संसद के बाहर 'नया गठबंधन' नाम की एक बड़ी राजनीतिक मुहिम का ऐलान किया था। इसमें मेटा, गूगल और माइक्रोसॉफ्ट साझेदार हैं।", nil, nil},
	}
	for _, c := range cases {
		st := pipeline.Story{ID: "inv32r", Title: c.title, Body: c.body, Published: inv32Date}
		if got, want := inv32Set(a, st), inv32Want(c.want); got != want {
			t.Errorf("%s: %q, want %q", c.name, got, want)
		}
	}
}

// inv32Honor: a person's name with जी (honor32.go). The first rows are
// rewritten by T8 (जी after a later surname); the next are written with
// जी; the last are controls.
var inv32Honor = []inv32Case{
	{"T8: coordinated surnames, reciprocal", "", "सम्मेलन में सत्या नडेला और सुंदर पिचाई एक साथ मंच पर आए। बाद में नडेला और पिचाई ने एक-दूसरे की जमकर तारीफ की।", []string{"satya-nadella>sundar-pichai:s", "sundar-pichai>satya-nadella:s"}, nil},
	{"T8: genitive owner of a lawsuit", "", "डोनाल्ड ट्रंप ने पिछले साल मेटा पर मुकदमा किया था। इस हफ्ते मेटा ने ट्रंप के मुकदमे को करोड़ों डॉलर देकर निपटा लिया।", []string{"donald-trump>meta:h"}, nil},
	{"T8: speaker after a quote", "", "कमला हैरिस ने शिकागो में एक सभा को संबोधित किया। \"डोनाल्ड ट्रंप देश को बांट रहे हैं\", हैरिस ने कहा।", []string{"kamala-harris>donald-trump:h"}, nil},
	{"T8: praise", "", "नरेंद्र मोदी ने उद्योगपतियों के साथ बैठक की। बैठक के बाद मुकेश अंबानी ने मोदी की जमकर तारीफ की।", []string{"mukesh-ambani>narendra-modi:s"}, nil},
	{"T8: target with को", "", "गौतम अडानी ने बंदरगाह का उद्घाटन किया। राहुल गांधी ने इस पर अडानी को निशाने पर लिया।", []string{"rahul-gandhi>gautam-adani:h"}, nil},
	{"written: coordinated, reciprocal", "", "सत्या नडेला जी और सुंदर पिचाई जी ने एक-दूसरे की जमकर तारीफ की।", []string{"satya-nadella>sundar-pichai:s", "sundar-pichai>satya-nadella:s"}, nil},
	{"written: coordinated agents", "", "गौतम अडानी जी और मुकेश अंबानी जी ने नरेंद्र मोदी की तारीफ की।", []string{"gautam-adani>narendra-modi:s", "mukesh-ambani>narendra-modi:s"}, []string{"T9"}},
	{"written: genitive owner of a lawsuit", "", "इससे पहले मेटा ने भी डोनाल्ड ट्रंप जी के ऐसे ही मुकदमे को निपटा लिया था।", []string{"donald-trump>meta:h"}, nil},
	// Controls.
	{"the Mahatma is nobody tracked", "", "राहुल गांधी ने कहा कि गांधी जी के आदर्शों पर चलना आज सबसे जरूरी है।", nil, nil},
	{"agent with जी", "", "नरेंद्र मोदी जी ने गौतम अडानी की तारीफ की।", []string{"narendra-modi>gautam-adani:s"}, nil},
	{"speaker with जी after a quote", "", "\"डोनाल्ड ट्रंप देश को बांट रहे हैं\", कमला हैरिस जी ने कहा।", []string{"kamala-harris>donald-trump:h"}, nil},
}

func TestInvariance32Honorific(t *testing.T) {
	a := shippedAnalyzer(t)
	if applied := checkInv32(t, a, inv32Honor); applied["T8 जी after surname"] < 5 {
		t.Errorf("T8 applied to %d rows, want 5", applied["T8 जी after surname"])
	}
}

// inv32Interview: question-and-answer bodies; T6a runs the paragraphs
// together (interview32.go: a label after a sentence's stop counts).
var inv32Interview = []inv32Case{
	{"answers in Hindi labels", "", "उद्योगपति गौतम अडानी ने अहमदाबाद में हमारे संवाददाता से बात की।\nसवाल: मुकेश अंबानी के बारे में आपकी क्या राय है?\nजवाब: वे देश के सबसे दूरदर्शी उद्यमी हैं।\nसवाल: राहुल गांधी के आरोपों पर क्या कहेंगे?\nजवाब: राहुल गांधी के आरोप पूरी तरह झूठे और राजनीति से प्रेरित हैं।", []string{"gautam-adani>mukesh-ambani:s", "gautam-adani>rahul-gandhi:h"}, nil},
	{"answers in Latin labels", "", "सॉफ्टबैंक के प्रमुख मासायोशी सन ने टोक्यो में हमसे बातचीत की।\nQ: सैम ऑल्टमैन के साथ काम कैसा रहा?\nA: सैम एक असाधारण नेता हैं और मैं उनका सम्मान करता हूं।", []string{"masayoshi-son>sam-altman:s"}, nil},
}

// inv32InterviewControls: a label word inside a sentence is no label.
var inv32InterviewControls = []inv32Case{
	{"जवाब inside a sentence", "", "राहुल गांधी ने संसद में भाषण दिया। उन्होंने कहा कि सरकार के पास इस सवाल का जवाब: नहीं है। नरेंद्र मोदी ने कोई प्रतिक्रिया नहीं दी।", nil, nil},
}

func TestInvariance32Interview(t *testing.T) {
	a := shippedAnalyzer(t)
	if applied := checkInv32(t, a, inv32Interview); applied["T6a paras joined"] != len(inv32Interview) {
		t.Errorf("T6a applied to %d rows, want %d", applied["T6a paras joined"], len(inv32Interview))
	}
	checkInv32(t, a, inv32InterviewControls)
}

// inv32Dateline: a dateline ("शहर: …") opening the body's news; T5a puts
// a background paragraph of our own before it (dateline32.go).
var inv32Dateline = []inv32Case{
	{"dateline under a title, alliance", "सालाना बैठक में अंबानी के बड़े ऐलान", "मुंबई: रिलायंस इंडस्ट्रीज के चेयरमैन मुकेश अंबानी ने गुरुवार को कंपनी की सालाना आम बैठक में गूगल के साथ नई साझेदारी का ऐलान किया।\nयह साझेदारी क्लाउड सेवाओं के लिए है।", []string{"google>mukesh-ambani:s", "google>reliance:s", "mukesh-ambani>google:s", "reliance>google:s"}, []string{"T2d"}},
	{"dateline, joint venture", "", "टोक्यो: सॉफ्टबैंक के प्रमुख मासायोशी सन ने सोमवार को कंपनी की सालाना बैठक में ओरेकल के साथ एक संयुक्त उपक्रम का ऐलान किया।\nइस उपक्रम के तहत जापान में नए डेटा सेंटर बनाए जाएंगे।", []string{"masayoshi-son>oracle:s", "oracle>masayoshi-son:s", "oracle>softbank:s", "softbank>oracle:s"}, nil},
	{"dateline, praise", "", "नई दिल्ली: मुकेश अंबानी ने एक कार्यक्रम में नरेंद्र मोदी की जमकर तारीफ की।\nकार्यक्रम में कई उद्योगपति मौजूद थे।", []string{"mukesh-ambani>narendra-modi:s"}, nil},
}

// inv32DatelineControls: a label paragraph after a named one is no
// dateline (a speaker's label stays one).
var inv32DatelineControls = []inv32Case{
	{"label after a named paragraph", "", "एलन मस्क और डोनाल्ड ट्रंप के बीच तनातनी जारी है।\nपूर्व सलाहकार: मस्क अब ट्रंप पर भरोसा नहीं करते।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}, nil},
}

func TestInvariance32Dateline(t *testing.T) {
	a := shippedAnalyzer(t)
	if applied := checkInv32(t, a, inv32Dateline); applied["T5a bg para first"] != len(inv32Dateline) {
		t.Errorf("T5a applied to %d rows, want %d", applied["T5a bg para first"], len(inv32Dateline))
	}
	checkInv32(t, a, inv32DatelineControls)
}

// inv32Stories are longer stories of our own (quotes, several
// paragraphs, pronouns) that every transform must leave as they read.
var inv32Stories = []inv32Case{
	{"quote and a reported charge", "बैठक के बाद फराज का बयान", "लंदन में सोमवार को नाइजल फराज ने पत्रकारों से बात की।\nफराज ने कहा, \"डोनाल्ड ट्रंप मेरे पुराने दोस्त हैं और मैं उनके साथ खड़ा हूं।\"\nउन्होंने आगे कहा कि एलन मस्क ने ब्रिटेन की राजनीति में दखल देकर गलती की है।", []string{"nigel-farage>donald-trump:s", "nigel-farage>elon-musk:h"}, nil},
	{"praise in a podcast quote", "", "सैम ऑल्टमैन ने एक पॉडकास्ट में कहा, \"सत्या नडेला जैसा साझेदार मिलना हमारी खुशकिस्मती है।\"\nउन्होंने माइक्रोसॉफ्ट के साथ रिश्ते को मजबूत बताया।", []string{"sam-altman>microsoft:s", "sam-altman>satya-nadella:s"}, nil},
	{"post and a quote", "मस्क का पलटवार", "एलन मस्क ने एक्स पर लिखा कि ओपनएआई अब एक बंद कंपनी बन गई है।\nमस्क ने कहा, \"सैम ऑल्टमैन ने दुनिया को धोखा दिया है।\"\nओपनएआई ने इस पर कोई टिप्पणी नहीं की।", []string{"elon-musk>sam-altman:h"}, nil},
	{"rally charge", "", "राहुल गांधी ने वायनाड में एक रैली में नरेंद्र मोदी पर किसानों की अनदेखी का आरोप लगाया।\nगांधी ने कहा कि सरकार सिर्फ कुछ उद्योगपतियों के लिए काम कर रही है।\nभाजपा ने आरोपों को खारिज किया।", []string{"rahul-gandhi>narendra-modi:h"}, nil},
	{"calling and a single-quoted remark", "", "कमला हैरिस ने एक इंटरव्यू में डोनाल्ड ट्रंप को लोकतंत्र के लिए खतरा बताया।\nहैरिस ने कहा, 'वे संविधान का सम्मान नहीं करते।'", []string{"kamala-harris>donald-trump:h"}, nil},
	{"meeting and praise of a title", "", "सुंदर पिचाई ने नई दिल्ली में नरेंद्र मोदी से मुलाकात की।\nपिचाई ने कहा कि प्रधानमंत्री का डिजिटल इंडिया का सपना प्रेरणादायक है।\nगूगल भारत में नया एआई केंद्र खोलेगा।", []string{"sundar-pichai>narendra-modi:s"}, nil},
	{"praise and a quote", "", "लैरी एलिसन ने ओरेकल की एक बैठक में डोनाल्ड ट्रंप की जमकर तारीफ की।\nएलिसन ने कहा, \"राष्ट्रपति ट्रंप ने अमेरिकी उद्योग को नई ताकत दी है।\"", []string{"larry-ellison>donald-trump:s"}, nil},
	{"donation and backing", "", "रीड हॉफमैन ने कमला हैरिस के प्रचार अभियान के लिए बड़ा चंदा दिया।\nहॉफमैन ने कहा कि हैरिस देश को सही दिशा में ले जाएंगी।", []string{"reid-hoffman>kamala-harris:s"}, nil},
}

func TestInvariance32Stories(t *testing.T) {
	a := shippedAnalyzer(t)
	applied := checkInv32(t, a, inv32Stories)
	for _, tr := range []string{"T1 ne+short", "T3a quotes ‘’", "T4b danda→ |", "T5a bg para first", "T6a paras joined", "T7a perfect है"} {
		if applied[tr] < 3 {
			t.Errorf("%s applied to %d stories, want 3 or more", tr, applied[tr])
		}
	}
}
