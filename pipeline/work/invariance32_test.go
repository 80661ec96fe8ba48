package work

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Session 32: the invariance harness. A meaning-preserving rewrite of a
// story (a time phrase after "X ने", an empty title, other quote marks, a
// pipe for the danda, a background paragraph, other paragraphing, an
// auxiliary) must not change its asserted directed stances or its feud.
// TestInvariance32 (gated by KHABAR_INV=1; dev items only) applies each
// transform of inv32Transforms to every dev story it fits and prints,
// per transform, how often the engine's reading moved and what that did
// against gold. The transforms only touch words SCHEMA.md does not read a
// stance from; each declines a story it cannot rewrite safely.

// invTransform rewrites a story; ok is false when the rewrite does not
// apply (or would not be safe).
type invTransform struct {
	name string
	fn   func(e *invEnv, s pipeline.Story) (pipeline.Story, bool)
}

// invEnv is what the transforms read: the watchlist's Devanagari terms.
type invEnv struct {
	terms    []string            // every Devanagari term, longest first
	surnames map[string]bool     // one-word person aliases that end a longer alias
	termOf   map[string]string   // term → entity id
	fullOf   map[string][]string // id → multi-word Devanagari names of a person
	excluded map[string]bool     // every exclude/namesake phrase of the watchlist
	wl       *watchlist.Watchlist
}

func newInvEnv(wl *watchlist.Watchlist) *invEnv {
	e := &invEnv{surnames: map[string]bool{}, termOf: map[string]string{}, fullOf: map[string][]string{}, excluded: map[string]bool{}, wl: wl}
	for _, ent := range wl.Entities() {
		for _, x := range append(append([]string{}, ent.Exclude...), ent.Namesakes...) {
			e.excluded[x] = true
		}
		var multi []string
		for _, t := range ent.Terms() {
			if !isDeva(t) {
				continue
			}
			e.terms = append(e.terms, t)
			e.termOf[t] = ent.ID
			if strings.Contains(t, " ") {
				multi = append(multi, t)
			}
		}
		if ent.Type == watchlist.TypePerson {
			e.fullOf[ent.ID] = multi
			for _, t := range ent.Terms() {
				if !isDeva(t) || strings.Contains(t, " ") {
					continue
				}
				for _, m := range multi {
					if strings.HasSuffix(m, " "+t) {
						e.surnames[t] = true
					}
				}
			}
		}
	}
	sort.Slice(e.terms, func(i, j int) bool {
		if len(e.terms[i]) != len(e.terms[j]) {
			return len(e.terms[i]) > len(e.terms[j])
		}
		return e.terms[i] < e.terms[j]
	})
	return e
}

func isDeva(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Devanagari, r) {
			return true
		}
	}
	return false
}

// wordRune is a letter or a combining mark (Devanagari vowel signs).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// boundaryBefore is true when text[:i] does not end in a word rune.
// boundaryHits is every start of w in text, left to right, that a word
// boundary precedes (boundaryBefore); a hit resumes the search after w.
func boundaryHits(text, w string) []int {
	var out []int
	for from := 0; ; {
		k := strings.Index(text[from:], w)
		if k < 0 {
			return out
		}
		i := from + k
		from = i + len(w)
		if boundaryBefore(text, i) {
			out = append(out, i)
		}
	}
}

func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !wordRune(r)
}

// termEndsAt lists the byte offsets just past every tracked term in
// text that stands as a whole word (longest term first at a position).
func (e *invEnv) termSpans(text string) [][3]int {
	var out [][3]int
	taken := make([]bool, len(text)+1)
	for ti, t := range e.terms {
		for _, i := range boundaryHits(text, t) {
			j := i + len(t)
			if j < len(text) {
				r, _ := utf8.DecodeRuneInString(text[j:])
				if wordRune(r) {
					continue
				}
			}
			clash := false
			for x := i; x < j; x++ {
				if taken[x] {
					clash = true
					break
				}
			}
			if clash {
				continue
			}
			for x := i; x < j; x++ {
				taken[x] = true
			}
			out = append(out, [3]int{i, j, ti})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// invDayWords are words that already open a time or place phrase: T1 does
// not add a second one before them.
var invDayWords = []string{"सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", "आज", "कल", "बीते", "पिछले", "हाल", "इससे", "अपने", "एक", "यहां", "यहाँ", "वहां", "दिल्ली", "इस"}

// insertAfterNe puts ins after every "<term> ने " of text. With matrix,
// only where the name opens its sentence's main clause: no quote mark or
// कि before it in the sentence, and no relative word (जो, जिस…) in the
// next words.
func (e *invEnv) insertAfterNe(text, ins string, matrix bool) (string, bool) {
	spans := e.termSpans(text)
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range spans {
		j := sp[1]
		if !strings.HasPrefix(text[j:], " ने ") {
			continue
		}
		k := j + len(" ने ")
		rest := text[k:]
		skip := false
		for _, w := range invDayWords {
			if strings.HasPrefix(rest, w+" ") {
				skip = true
				break
			}
		}
		if !skip && matrix {
			from := strings.LastIndexAny(text[:sp[0]], "।?!\n|")
			head := text[from+1 : sp[0]]
			if strings.ContainsAny(head, quoteRunes) || strings.Contains(head, " कि ") || strings.Contains(head, ",") {
				skip = true
			}
			next := strings.Fields(rest)
			for x := 0; x < len(next) && x < 8; x++ {
				if w := next[x]; w == "जो" || strings.HasPrefix(w, "जिस") || strings.HasPrefix(w, "जिन") {
					skip = true
				}
			}
		}
		if skip {
			continue
		}
		b.WriteString(text[last:k])
		b.WriteString(ins)
		last = k
		n++
	}
	if n == 0 {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

func (e *invEnv) both(s pipeline.Story, f func(string) (string, bool)) (pipeline.Story, bool) {
	t, ok1 := f(s.Title)
	b, ok2 := f(s.Body)
	s.Title, s.Body = t, b
	return s, ok1 || ok2
}

// quoteRunes are the quote marks T3 rewrites.
const quoteRunes = "\"“”'‘’"

// requote rewrites every paragraph's quote marks to open/close, when the
// paragraph's marks pair up (an even count, curly ones in order).
func requote(text string, open, close rune) (string, bool) {
	paras := strings.Split(text, "\n")
	changed := false
	for pi, p := range paras {
		var marks []int
		for i, r := range p {
			if strings.ContainsRune(quoteRunes, r) {
				// an apostrophe inside a Latin word is not a quote
				if r == '\'' || r == '’' {
					pr, _ := utf8.DecodeLastRuneInString(p[:i])
					nr, _ := utf8.DecodeRuneInString(p[i+utf8.RuneLen(r):])
					if unicode.Is(unicode.Latin, pr) && unicode.Is(unicode.Latin, nr) {
						continue
					}
				}
				marks = append(marks, i)
			}
		}
		if len(marks) == 0 || len(marks)%2 == 1 {
			continue
		}
		ok := true
		for k, i := range marks {
			r, _ := utf8.DecodeRuneInString(p[i:])
			if (r == '“' || r == '‘') && k%2 == 1 || (r == '”' || r == '’') && k%2 == 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		var b strings.Builder
		last := 0
		for k, i := range marks {
			r, w := utf8.DecodeRuneInString(p[i:])
			b.WriteString(p[last:i])
			q := open
			if k%2 == 1 {
				q = close
			}
			if q != r {
				changed = true
			}
			b.WriteRune(q)
			last = i + w
		}
		b.WriteString(p[last:])
		paras[pi] = b.String()
	}
	return strings.Join(paras, "\n"), changed
}

// invBackground is a paragraph of our own that names no tracked entity,
// title or party.
const invBackground = "गौरतलब है कि राज्य में अगले महीने से विधानसभा का बजट सत्र शुरू होना है और इसमें कई अहम विधेयक पेश किए जाने की संभावना है।"

// sentenceEnd is true when a paragraph ends a sentence.
func sentenceEnd(p string) bool {
	p = strings.TrimRight(p, " ")
	r, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune("।.?!|\"”’'", r)
}

// splitOutsideQuotes cuts a paragraph after every danda that is not
// inside quote marks, keeping the danda.
func splitOutsideQuotes(p string) []string {
	var out []string
	depth := false
	last := 0
	for i, r := range p {
		switch {
		case r == '"' || r == '\'':
			depth = !depth
		case r == '“' || r == '‘':
			depth = true
		case r == '”' || r == '’':
			depth = false
		case r == '।' && !depth:
			j := i + len("।")
			if strings.HasPrefix(p[j:], " ") {
				out = append(out, p[last:j])
				last = j + 1
			}
		}
	}
	return append(out, p[last:])
}

// invPerfect are sentence-final past verbs and their perfect (present
// auxiliary) and pluperfect forms; T7 rewrites "… <verb>।" only.
var invPerfect = [][3]string{
	{" की।", " की है।", " की थी।"},
	{" किया।", " किया है।", " किया था।"},
	{" किए।", " किए हैं।", " किए थे।"},
	{" दी।", " दी है।", " दी थी।"},
	{" दिया।", " दिया है।", " दिया था।"},
	{" लगाया।", " लगाया है।", " लगाया था।"},
	{" लगाए।", " लगाए हैं।", " लगाए थे।"},
	{" बताया।", " बताया है।", " बताया था।"},
	{" साधा।", " साधा है।", " साधा था।"},
	{" कहा।", " कहा है।", " कहा था।"},
	{" ठहराया।", " ठहराया है।", " ठहराया था।"},
	{" उठाए।", " उठाए हैं।", " उठाए थे।"},
	{" उठाया।", " उठाया है।", " उठाया था।"},
	{" जताया।", " जताया है।", " जताया था।"},
	{" जताई।", " जताई है।", " जताई थी।"},
}

// auxRewrite applies the perfect (form 1) or pluperfect (form 2) to every
// sentence-final past verb and to "ने कहा कि", skipping a negated clause.
func auxRewrite(text string, form int) (string, bool) {
	changed := false
	for _, v := range invPerfect {
		for from := 0; ; {
			k := strings.Index(text[from:], v[0])
			if k < 0 {
				break
			}
			i := from + k
			// the clause before the verb: negation in its last words skips it
			start := max(0, i-40)
			for start > 0 && !utf8.RuneStart(text[start]) {
				start--
			}
			head := text[start:i]
			// an announcement in the pluperfect is a look back under
			// SCHEMA's forming rule (formingAnnounced), not the same news
			ann := form == 2 && (strings.Contains(head, "ऐलान") || strings.Contains(head, "घोषणा") || strings.Contains(head, "एलान"))
			if ann || strings.Contains(head, "नहीं") || strings.Contains(head, " न ") || strings.Contains(head, "मत ") {
				from = i + len(v[0])
				continue
			}
			text = text[:i] + v[form] + text[i+len(v[0]):]
			from = i + len(v[form])
			changed = true
		}
	}
	kaha := [3]string{" ने कहा कि ", " ने कहा है कि ", " ने कहा था कि "}
	if strings.Contains(text, kaha[0]) {
		text = strings.ReplaceAll(text, kaha[0], kaha[form])
		changed = true
	}
	return text, changed
}

// invJi adds जी after every surname mention of a person named earlier in
// the story by a longer name, before a postposition.
func (e *invEnv) addJi(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Title + "\n\u0000\n" + s.Body
	spans := e.termSpans(text)
	seenFull := map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range spans {
		t := e.terms[sp[2]]
		id := e.termOf[t]
		if strings.Contains(t, " ") {
			seenFull[id] = true
			continue
		}
		if !e.surnames[t] || !seenFull[id] || e.excluded[t+" जी"] || e.excluded[t+"जी"] {
			continue
		}
		j := sp[1]
		ok := false
		for _, pp := range []string{" ने ", " का ", " की ", " के ", " को ", " पर ", " से "} {
			if strings.HasPrefix(text[j:], pp) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		b.WriteString(text[last:j])
		b.WriteString(" जी")
		last = j
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	parts := strings.SplitN(b.String(), "\n\u0000\n", 2)
	if len(parts) != 2 {
		return s, false
	}
	s.Title, s.Body = parts[0], parts[1]
	return s, true
}

// addTitle puts, before the body's first full name of each person, a
// watchlist title of theirs in force at the story's date that names no
// tracked entity (an organisation's title ties the person to it under
// SCHEMA's session-25 ruling, so it is not a neutral rewrite), unless a
// title word already stands right before the name.
func (e *invEnv) addTitle(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	spans := e.termSpans(text)
	done := map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range spans {
		t := e.terms[sp[2]]
		id := e.termOf[t]
		if done[id] || !strings.Contains(t, " ") || len(e.fullOf[id]) == 0 {
			continue
		}
		done[id] = true
		ent, ok := e.wl.Entity(id)
		if !ok {
			continue
		}
		title := ""
		for _, ep := range ent.EpithetsAt(s.Published) {
			if len(e.termSpans(ep)) == 0 {
				title = ep
				break
			}
		}
		if title == "" {
			continue
		}
		before := text[max(0, sp[0]-60):sp[0]]
		if i := strings.LastIndexAny(before, " "); i >= 0 {
			before = strings.TrimSpace(before[:i+1])
		}
		words := strings.Fields(before)
		if len(words) > 0 {
			prev := words[len(words)-1]
			switch {
			case strings.Contains(title, prev), strings.HasPrefix(prev, "उद्योगपति"):
				continue
			}
			switch prev {
			case "पूर्व", "नेता", "अरबपति", "सीईओ", "प्रमुख", "अध्यक्ष", "चेयरमैन", "संस्थापक", "सह-संस्थापक", "मालिक", "उपराष्ट्रपति", "राष्ट्रपति", "प्रधानमंत्री", "पीएम", "सांसद", "श्री", "उम्मीदवार", "निवेशक", "कारोबारी":
				continue
			}
		}
		b.WriteString(text[last:sp[0]])
		b.WriteString(title + " ")
		last = sp[0]
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

var inv32Transforms = []invTransform{
	// T1 and T1L rewrite the body only: headlines carry no time phrase.
	{"T1 ne+short", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		b, ok := e.insertAfterNe(s.Body, "मंगलवार को ", false)
		s.Body = b
		return s, ok
	}},
	{"T1L ne+long", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		b, ok := e.insertAfterNe(s.Body, "सोमवार को लखनऊ में एक जनसभा को संबोधित करते हुए ", true)
		s.Body = b
		return s, ok
	}},
	// T2: the headline as the body's first line, as it stands (T2d: with
	// a danda added when it has no end mark).
	{"T2 empty title", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return titleToBody(s, false)
	}},
	{"T2d empty title+danda", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return titleToBody(s, true)
	}},
	{"T3a quotes ‘’", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) { return requote(t, '‘', '’') })
	}},
	{"T3b quotes ''", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) { return requote(t, '\'', '\'') })
	}},
	{"T3c quotes “”", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) { return requote(t, '“', '”') })
	}},
	{"T3d quotes \"\"", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) { return requote(t, '"', '"') })
	}},
	{"T4a danda→.", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) {
			return strings.ReplaceAll(t, "।", "."), strings.Contains(t, "।")
		})
	}},
	{"T4b danda→ |", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) {
			return strings.ReplaceAll(strings.ReplaceAll(t, " ।", "।"), "।", " |"), strings.Contains(t, "।")
		})
	}},
	{"T5a bg para first", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		if s.Body == "" {
			return s, false
		}
		s.Body = invBackground + "\n" + s.Body
		return s, true
	}},
	{"T5b bg para last", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		if s.Body == "" {
			return s, false
		}
		s.Body = s.Body + "\n" + invBackground
		return s, true
	}},
	{"T6a paras joined", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		paras := strings.Split(s.Body, "\n")
		if len(paras) < 2 {
			return s, false
		}
		for _, p := range paras[:len(paras)-1] {
			if !sentenceEnd(p) {
				return s, false
			}
		}
		s.Body = strings.Join(paras, " ")
		return s, true
	}},
	{"T6b paras split", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		var out []string
		changed := false
		for _, p := range strings.Split(s.Body, "\n") {
			sents := splitOutsideQuotes(p)
			if len(sents) < 3 {
				out = append(out, p)
				continue
			}
			for i := 0; i < len(sents); i += 2 {
				out = append(out, strings.Join(sents[i:min(i+2, len(sents))], " "))
			}
			changed = true
		}
		s.Body = strings.Join(out, "\n")
		return s, changed
	}},
	{"T7a perfect है", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) { return auxRewrite(t, 1) })
	}},
	{"T7b pluperfect था", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.both(s, func(t string) (string, bool) { return auxRewrite(t, 2) })
	}},
	{"T8 जी after surname", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.addJi(s)
	}},
	{"T9 title before name", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.addTitle(s)
	}},
}

// invKey is a directed asserted stance.
type invKey struct{ src, tgt, pol string }

type invReading struct {
	set  map[invKey]bool
	feud bool
}

func invRead(a *Analyzer, s pipeline.Story) invReading {
	got := a.Analyze(s)
	r := invReading{set: map[invKey]bool{}, feud: got.Feud}
	for _, st := range got.Stances {
		if st.Asserted() {
			r.set[invKey{st.Source, st.Target, st.Polarity}] = true
		}
	}
	return r
}

type invTally struct {
	applicable, changed                 int
	tpLost, tpGained, fpGained, fpLost  int
	feudChanged, feudBroken, feudMended int
	lostEx, gainEx                      []string
	hostLost, suppLost                  int
}

func goldKeys(g *goldStory) map[invKey]bool {
	m := map[invKey]bool{}
	for _, s := range g.Gold.Stances {
		m[invKey{s.Source, s.Target, s.Polarity}] = true
	}
	return m
}

// TestInvariance32 is the slow report (KHABAR_INV=1; dev only).
// KHABAR_INV_ONLY=T1,T4 restricts the transforms (prefix match),
// KHABAR_INV_WORKERS the goroutines (default 1), KHABAR_INV_EX the
// examples printed per transform (default 6).
func TestInvariance32(t *testing.T) {
	runInvariance(t, inv32Transforms)
}

// runInvariance is the report over one table of transforms; later
// sessions' tables (TestInvariance33… ) call it with their own.
func runInvariance(t *testing.T, table []invTransform) {
	t.Helper()
	if os.Getenv("KHABAR_INV") == "" {
		t.Skip("set KHABAR_INV=1 (and KHABAR_GOLD_SETS=dev) for the invariance report")
	}
	if os.Getenv("KHABAR_GOLD_SETS") != "dev" {
		t.Fatal("run with KHABAR_GOLD_SETS=dev: the harness reads dev items only")
	}
	a := shippedAnalyzer(t)
	env := newInvEnv(shippedWatchlist(t))
	stories := devGold(t)
	workers := 1
	if w, err := strconv.Atoi(os.Getenv("KHABAR_INV_WORKERS")); err == nil && w > 0 {
		workers = w
	}
	nEx := 6
	if w, err := strconv.Atoi(os.Getenv("KHABAR_INV_EX")); err == nil && w >= 0 {
		nEx = w
	}
	var only []string
	if o := os.Getenv("KHABAR_INV_ONLY"); o != "" {
		only = strings.Split(o, ",")
	}
	var trs []invTransform
	for _, tr := range table {
		if only == nil {
			trs = append(trs, tr)
			continue
		}
		for _, o := range only {
			if strings.HasPrefix(tr.name, o+" ") || tr.name == o {
				trs = append(trs, tr)
			}
		}
	}
	par := func(n int, f func(i int)) {
		var wg sync.WaitGroup
		next := make(chan int)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					f(i)
				}
			}()
		}
		for i := 0; i < n; i++ {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	base := make([]invReading, len(stories))
	par(len(stories), func(i int) { base[i] = invRead(a, stories[i].Story) })
	t.Logf("%-20s %6s %6s %6s %6s %6s %6s %6s  (lost h/s)", "transform", "appl", "chg", "tp-", "tp+", "fp+", "fp-", "feud±")
	for _, tr := range trs {
		var tally invTally
		var mu sync.Mutex
		par(len(stories), func(i int) {
			g := &stories[i]
			ns, ok := tr.fn(env, g.Story)
			if !ok || ns.Title == g.Title && ns.Body == g.Body {
				return
			}
			r := invRead(a, ns)
			b := base[i]
			gold := goldKeys(g)
			mu.Lock()
			defer mu.Unlock()
			tally.applicable++
			diff := r.feud != b.feud
			for k := range b.set {
				if !r.set[k] {
					diff = true
					if gold[k] {
						tally.tpLost++
						if k.pol == pipeline.Hostile {
							tally.hostLost++
						} else {
							tally.suppLost++
						}
						tally.lostEx = append(tally.lostEx, fmt.Sprintf("%s %s→%s %s", g.ID, k.src, k.tgt, k.pol))
					} else {
						tally.fpLost++
					}
				}
			}
			for k := range r.set {
				if !b.set[k] {
					diff = true
					if gold[k] {
						tally.tpGained++
					} else {
						tally.fpGained++
						tally.gainEx = append(tally.gainEx, fmt.Sprintf("%s %s→%s %s", g.ID, k.src, k.tgt, k.pol))
					}
				}
			}
			if diff {
				tally.changed++
			}
			if r.feud != b.feud {
				tally.feudChanged++
				if b.feud == g.Gold.Feud {
					tally.feudBroken++
				} else {
					tally.feudMended++
				}
			}
		})
		sort.Strings(tally.lostEx)
		sort.Strings(tally.gainEx)
		t.Logf("%-20s %6d %6d %6d %6d %6d %6d %3d/%-3d (%d/%d)", tr.name, tally.applicable, tally.changed,
			tally.tpLost, tally.tpGained, tally.fpGained, tally.fpLost, tally.feudBroken, tally.feudMended,
			tally.hostLost, tally.suppLost)
		if d := os.Getenv("KHABAR_INV_DUMP"); d != "" {
			var b strings.Builder
			for _, x := range tally.lostEx {
				b.WriteString(tr.name + "\tLOST\t" + x + "\n")
			}
			for _, x := range tally.gainEx {
				b.WriteString(tr.name + "\tFP+\t" + x + "\n")
			}
			f, err := os.OpenFile(d, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err == nil {
				_, _ = f.WriteString(b.String())
				f.Close()
			}
		}
		if nEx > 0 {
			t.Logf("   lost: %s", strings.Join(tally.lostEx[:min(nEx, len(tally.lostEx))], "; "))
			t.Logf("   fp+:  %s", strings.Join(tally.gainEx[:min(nEx, len(tally.gainEx))], "; "))
		}
	}
}

// titleToBody empties the title and puts the headline on the body's first
// line (T2), with a danda added when it has no end mark and danda is set
// (T2d).
func titleToBody(s pipeline.Story, danda bool) (pipeline.Story, bool) {
	t := strings.TrimSpace(s.Title)
	if t == "" {
		return s, false
	}
	if danda && !sentenceEnd(t) {
		t += "।"
	}
	s.Title = ""
	if s.Body == "" {
		s.Body = t
	} else {
		s.Body = t + "\n" + s.Body
	}
	return s, true
}
