package work

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// speedWords37 is every word the screens may be asked about in these
// tests: the word index's, the light verbs', the aspect auxiliaries' and
// a few forms of रह- and of the commonest words that open as a light
// verb does.
func speedWords37(a *Analyzer) []string {
	ws := append([]string(nil), a.flagIdx.words...)
	for w := range paraOf {
		ws = append(ws, w)
	}
	for w := range aspectAux17 {
		ws = append(ws, w)
	}
	for _, w := range []string{"रह", "रहा", "रहे", "रही", "रहीं", "रहेंगे", "रहेगा", "रहना", "रहकर", "रहत", "रहस्य", "रहमान",
		"की", "के", "को", "कहा", "कर", "है", "हैं", "में", "लिए", "लिया", "दी", "गई", "जाता", "थोपा", "मढ़ा", "जड़ी"} {
		ws = append(ws, hindi.NormalizeString(w))
	}
	return ws
}

// TestParaScreen37: paraScreen37 passes every form of paraOf (so
// pattern.match reads the map for every word it did) and turns away
// the common words that open as a form does but are none (की, के, को,
// कहा, है, में).
func TestParaScreen37(t *testing.T) {
	a := shippedAnalyzer(t)
	for w, c := range paraOf {
		if c == 0 || !paraScreen37(w) {
			t.Errorf("form %q (cell %d) turned away", w, c)
		}
	}
	for _, w := range speedWords37(a) {
		if len(w) < 6 || w[0] != 0xE0 || w[1] != 0xA4 || !paraFirst[w[2]&0x3F] {
			continue
		}
		if _, in := paraOf[w]; in && !paraScreen37(w) {
			t.Errorf("%q: in paraOf, turned away", w)
		}
	}
	for _, w := range []string{"की", "के", "को", "कहा", "है", "हैं", "में", "कहते", "लोग", "जो"} {
		if w = hindi.NormalizeString(w); paraScreen37(w) {
			t.Errorf("%q passes the screen", w)
		}
	}
}

// TestProgAux37: progAux37 is progAux33b's answer for every word (the
// forms of रह- and the words around them).
func TestProgAux37(t *testing.T) {
	a := shippedAnalyzer(t)
	for w := range progAux33b {
		if !strings.HasPrefix(w, progAuxLead37) || len(w) < 9 || len(w) > 12 {
			t.Errorf("form %q: outside the screen", w)
		}
	}
	for _, w := range speedWords37(a) {
		if got, want := progAux37(w), progAux33b[w]; got != want {
			t.Errorf("%q: progAux37 %v, progAux33b %v", w, got, want)
		}
	}
}

// TestStanceKey37: stanceKey37 gives different keys to different
// (source, target, polarity, mood) and equal ones to equal; asserted37
// clears the mood alone; keyOf reads a stance's four; an unknown mood
// takes code 7, no known mood's key.
func TestStanceKey37(t *testing.T) {
	moods := []string{"", pipeline.MoodNegated, pipeline.MoodQuestion, pipeline.MoodSpeculative, pipeline.MoodFuture, pipeline.MoodHypothetical}
	ids := []int32{0, 1, 2, 7, 8, 255, 1<<30 - 1}
	seen := map[stanceKey]string{}
	for _, s := range ids {
		for _, g := range ids {
			for _, h := range []bool{false, true} {
				for _, m := range moods {
					k := stanceKey37(s, g, h, m)
					name := strings.Join([]string{string(rune('a' + s%26)), string(rune('a' + g%26)), m}, "/")
					if prev, ok := seen[k]; ok {
						t.Errorf("key %x of %d>%d %v %q taken by %s", uint64(k), s, g, h, m, prev)
					}
					seen[k] = name
					if k != stanceKey37(s, g, h, m) {
						t.Errorf("%d>%d %v %q: two keys", s, g, h, m)
					}
					if k.asserted37() != stanceKey37(s, g, h, "") {
						t.Errorf("%d>%d %v %q: asserted37 %x", s, g, h, m, uint64(k.asserted37()))
					}
				}
			}
		}
	}
	a := shippedAnalyzer(t)
	x := pipeline.Stance{Source: a.ents[0].ID, Target: a.ents[1].ID, Polarity: pipeline.Hostile, Mood: pipeline.MoodFuture}
	if got, want := a.keyOf(x), stanceKey37(a.idKey[0], a.idKey[1], true, pipeline.MoodFuture); got != want {
		t.Errorf("keyOf %x, want %x", uint64(got), uint64(want))
	}
	for _, bad := range []string{"past", "Negated"} {
		k := stanceKey37(0, 1, false, bad)
		if uint64(k)&7 != 7 {
			t.Errorf("mood %q: code %d, want 7", bad, uint64(k)&7)
		}
		if name, ok := seen[k]; ok {
			t.Errorf("mood %q: key taken by %s", bad, name)
		}
	}
}

// TestSpeed37Screens: rows of our own, read with the screens
// (progAux37, paraScreen37; TestProgAux37 and TestParaScreen37 show them
// exact over every indexed word and form), read what they should: a light verb's perfective, its
// progressive (दे रहे हैं, लगा रहे हैं) and its imperfective before रह-
// (देते रहे हैं), a plan announced (announcedPlans: the asserted key by
// asserted37), a question and a refusal; controls: a plan (देते
// रहेंगे), no light verb.
func TestSpeed37Screens(t *testing.T) {
	a := shippedAnalyzer(t)
	rows := []struct {
		name, text string
		has, lacks []string
	}{
		{"perfective light verb", "फिलाडेल्फिया। कमला हैरिस ने शनिवार शाम शहर के एक स्टेडियम में हुई रैली में डोनाल्ड ट्रंप पर लोकतंत्र की संस्थाओं को कमजोर करने का आरोप लगाया।",
			[]string{"kamala-harris>donald-trump:h"}, nil},
		{"progressive charge", "वॉशिंगटन। कमला हैरिस पिछले कई हफ्तों से अपनी हर चुनावी सभा में डोनाल्ड ट्रंप पर कामगारों से किए वादे तोड़ने का आरोप लगा रही हैं।",
			[]string{"kamala-harris>donald-trump:h"}, nil},
		{"progressive gift", "मुंबई। उद्योग जगत के कई सूत्रों के मुताबिक मुकेश अंबानी पिछले दो साल से गौतम अडानी के बंदरगाह कारोबार को चुपचाप पैसा दे रहे हैं।", []string{"mukesh-ambani>gautam-adani:s"}, nil},
		{"imperfective before रह-", "न्यूयॉर्क। चुनावी खर्च के ताज़ा ब्योरे बताते हैं कि एलन मस्क लंबे समय से डोनाल्ड ट्रंप के चुनाव अभियान को पैसा देते रहे हैं।", []string{"elon-musk>donald-trump:s"}, nil},
		{"plan announced", "सिएटल। सत्या नडेला ने गुरुवार को कंपनी के सालाना सम्मेलन में घोषणा की कि माइक्रोसॉफ्ट ओपनएआई में दस अरब डॉलर का और निवेश करेगा।", []string{"microsoft>openai:s"}, nil},
		{"question", "क्या एलन मस्क चुनाव के बाद डोनाल्ड ट्रंप से फिर हाथ मिलाएंगे? वॉशिंगटन में इस हफ्ते यही सवाल सबसे ज़्यादा पूछा गया।", nil, nil},
		{"refusal", "नई दिल्ली। गौतम अडानी ने मंगलवार को अहमदाबाद में पत्रकारों से कहा कि वे मुकेश अंबानी के नए कारोबार की आलोचना नहीं करेंगे।", nil, nil},
		{"control: a plan", "मुंबई। मुकेश अंबानी ने सोमवार को शेयरधारकों की बैठक में कहा कि वे आगे भी देश के खेल संघों को पैसा देते रहेंगे।", nil, []string{"mukesh-ambani>gautam-adani:s"}},
		{"control: no light verb", "बेंगलुरु। सुंदर पिचाई बुधवार को शहर में नए दफ्तर के उद्घाटन के मौके पर मौजूद थे और वहां उन्होंने छात्रों से बात की।", nil, nil},
	}
	published := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	read := 0
	for _, r := range rows {
		story := pipeline.Story{ID: "s37", Body: r.text, Published: published}
		screened := a.Analyze(story)
		got := map[string]bool{}
		for _, s := range referenceStances(screened) {
			got[s] = true
		}
		read += len(got)
		t.Logf("%s: %v", r.name, referenceStances(screened))
		for _, s := range r.has {
			if !got[s] {
				t.Errorf("%s: no %s in %v", r.name, s, referenceStances(screened))
			}
		}
		for _, s := range r.lacks {
			if got[s] {
				t.Errorf("%s: %s read in %v", r.name, s, referenceStances(screened))
			}
		}
	}
	if read < 3 {
		t.Errorf("only %d stances read in all", read)
	}
}

// TestEntOf37: entOf37 and ent37 answer as entByID for every entity's
// ID and for IDs of none, cold and warm, with the table thrashed (more
// IDs than slots) and with no story state.
func TestEntOf37(t *testing.T) {
	a := shippedAnalyzer(t)
	ids := []string{"", "no-such-entity", "x"}
	for _, e := range a.ents {
		ids = append(ids, e.ID, e.ID+"-")
	}
	if len(ids) <= idSlots37 {
		t.Fatalf("only %d IDs: the table is not thrashed", len(ids))
	}
	st := &storyState{}
	for round := 0; round < 3; round++ {
		for _, id := range ids {
			want, wantOK := a.entByID[id]
			if got, ok := a.entOf37(st, id); got != want || ok != wantOK {
				t.Errorf("round %d, %q: entOf37 %d %v, entByID %d %v", round, id, got, ok, want, wantOK)
			}
			if got := a.ent37(st, id); got != want {
				t.Errorf("round %d, %q: ent37 %d, entByID %d", round, id, got, want)
			}
			// (a copy of the ID in other memory: the table compares
			// text, not only where it lies)
			if got, ok := a.entOf37(st, string([]byte(id))); got != want || ok != wantOK {
				t.Errorf("round %d, copy of %q: entOf37 %d %v", round, id, got, ok)
			}
			if got, ok := a.entOf37(nil, id); got != want || ok != wantOK {
				t.Errorf("%q with no state: entOf37 %d %v", id, got, ok)
			}
		}
	}
	// The table is kept across reset (the Analyzer's entByID holds).
	st.reset()
	for _, id := range ids {
		want, wantOK := a.entByID[id]
		if got, ok := a.entOf37(st, id); got != want || ok != wantOK {
			t.Errorf("after reset, %q: entOf37 %d %v, entByID %d %v", id, got, ok, want, wantOK)
		}
	}
}

// TestSpaceAtEnd37: spaceAtEnd37 is "empty, or the first or last rune a
// space" for every rune alone, before and after a Devanagari letter and
// a danda, and for every byte and pair of bytes (invalid UTF-8 too);
// trimSpace trims as strings.TrimSpace when it says so.
func TestSpaceAtEnd37(t *testing.T) {
	want := func(s string) bool {
		if s == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(s)
		l, _ := utf8.DecodeLastRuneInString(s)
		return unicode.IsSpace(r) || unicode.IsSpace(l)
	}
	check := func(s string) {
		if got, w := spaceAtEnd37(s), want(s); got != w {
			t.Fatalf("%q: spaceAtEnd37 %v, want %v", s, got, w)
		}
		if got := trimSpace(s); got != s && got != strings.TrimSpace(s) {
			t.Fatalf("%q: trimSpace %q", s, got)
		}
	}
	check("")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		check(c)
		check(c + "क")
		check("क" + c)
		check(c + "मस्क ने कहा।" + c)
	}
	for b := 0; b < 256; b++ {
		for c := 0; c < 256; c++ {
			check(string([]byte{byte(b), byte(c)}))
			check(string([]byte{byte(b)}) + "क" + string([]byte{byte(c)}))
		}
	}
	if !spaceAtEnd37("\u00a0मस्क") || !spaceAtEnd37("मस्क\u3000") || spaceAtEnd37("मस्क ने कहा।") {
		t.Error("the named cases")
	}
}

// TestEpithSecond37: every second word of a long epithet list passes
// maySecond37, and pick gives for every indexed word (and the words
// after "-" and none) what the map alone gave.
func TestEpithSecond37(t *testing.T) {
	a := shippedAnalyzer(t)
	long := 0
	words := append([]string{"", "-", "के", "की", "का", "राष्ट्रपति"}, a.flagIdx.words...)
	for id := range a.epithIdx {
		x := &a.epithIdx[id]
		if x.bySecond == nil {
			continue
		}
		long++
		for w := range x.bySecond {
			if !x.maySecond37(w) {
				t.Errorf("list %d: key %q turned away", id, w)
			}
		}
		for _, w := range words {
			want := x.all
			if w != "-" {
				want = x.rest
				if l, ok := x.bySecond[w]; ok {
					want = l
				}
			}
			if got := x.pick(w); !reflect.DeepEqual(got, want) {
				t.Errorf("list %d, next %q: pick %v, want %v", id, w, got, want)
			}
		}
	}
	if long == 0 {
		t.Fatal("no long epithet list")
	}
}

// TestLastDeed37: lastDeed37 finds the kept deed sentence among the
// spans (the last span holding it), -1 for none; and deedJudged36 adds
// the same stances with its new screen as with every screen open (openGuards) on
// rows of our own: a deed called a lie after the attack (read), the
// story's only deed sentence before the attack (the screen passes the
// stance over), and a deed sentence far after it.
func TestLastDeed37(t *testing.T) {
	a := shippedAnalyzer(t)
	text := "लंदन। एलन मस्क ने बुधवार को एक पॉडकास्ट में ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया। ओपनएआई ने अगले दिन जारी बयान में इस इंटरव्यू को झूठ का पुलिंदा बताया।"
	f, spans := spans35(a, text)
	st := &storyState{}
	if got := lastDeed37(st, spans); got != -1 {
		t.Errorf("no deed kept: lastDeed37 %d", got)
	}
	for i := range spans {
		st.deed37 = deedAt37{f, spans[i].sn.a}
		if got := lastDeed37(st, spans); got != i {
			t.Errorf("deed at span %d: lastDeed37 %d", i, got)
		}
	}
	st.deed37 = deedAt37{&field{}, spans[0].sn.a}
	if got := lastDeed37(st, spans); got != -1 {
		t.Errorf("another field's: lastDeed37 %d", got)
	}
	rows := []struct {
		name, text string
		has, lacks []string
	}{
		{"deed after the attack", "सैन फ्रांसिस्को। एलन मस्क ने बुधवार देर रात एक पॉडकास्ट में ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया। ओपनएआई ने गुरुवार सुबह जारी बयान में इस इंटरव्यू को झूठ का पुलिंदा बताया।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}, nil},
		{"deed sentence before the attack", "सैन फ्रांसिस्को। ओपनएआई ने पिछले महीने एक पुराने मुकदमे को बेतुका और झूठा बताया था। एलन मस्क ने बुधवार देर रात एक पॉडकास्ट में ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया। ओपनएआई ने गुरुवार को कहा कि वह अदालत में जवाब देगी।",
			[]string{"elon-musk>openai:h"}, []string{"openai>elon-musk:h"}},
		{"deed sentence far after", "सैन फ्रांसिस्को। एलन मस्क ने बुधवार देर रात एक पॉडकास्ट में ओपनएआई पर निवेशकों को गुमराह करने का आरोप लगाया। ओपनएआई ने गुरुवार को कहा कि वह अदालत में जवाब देगी। कंपनी के बोर्ड ने शुक्रवार को बैठक की। शेयरधारकों ने शनिवार को कई सवाल पूछे। सैम ऑल्टमैन ने सोमवार को एक पुरानी रिपोर्ट को झूठ का पुलिंदा बताया।",
			[]string{"elon-musk>openai:h"}, nil},
	}
	published := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	open := shippedAnalyzer(t)
	open.openGuards = true // (every screen and guard open)
	for _, r := range rows {
		story := pipeline.Story{ID: "s37d", Body: r.text, Published: published}
		screened := a.Analyze(story)
		plain := open.Analyze(story)
		if !reflect.DeepEqual(screened, plain) {
			t.Errorf("%s: screened %v, unscreened %v", r.name, referenceStances(screened), referenceStances(plain))
		}
		got := map[string]bool{}
		for _, s := range referenceStances(screened) {
			got[s] = true
		}
		t.Logf("%s: %v", r.name, referenceStances(screened))
		for _, s := range r.has {
			if !got[s] {
				t.Errorf("%s: no %s in %v", r.name, s, referenceStances(screened))
			}
		}
		for _, s := range r.lacks {
			if got[s] {
				t.Errorf("%s: %s read in %v", r.name, s, referenceStances(screened))
			}
		}
	}
}
