package work

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// speedWords are the normalised words of the dev gold stories and some
// of our own, for the checks that a fast path answers what the plain
// definition answers.
func speedWords(t *testing.T) []string {
	t.Helper()
	var sb strings.Builder
	for _, g := range devGold(t) {
		sb.WriteString(g.Title + "\n" + g.Body + "\n")
	}
	sb.WriteString(" करेंगे जाएगा होगी देंगी बताऊंगा जाओगे गा गी गे ागा ेगा रहेगा x\xffगा")
	n := hindi.NormalizeString(sb.String())
	var ws []string
	for _, tk := range hindi.Tokenize(nil, n) {
		ws = append(ws, n[tk.Start:tk.End])
	}
	if len(ws) < 10000 {
		t.Fatalf("only %d words", len(ws))
	}
	return ws
}

// isFuture's byte screen answers what the suffix list answers.
func TestIsFutureScreen(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	plain := func(w string) bool {
		if utf8.RuneCountInString(w) < 4 {
			return false
		}
		for _, s := range lx.futureSuffixes {
			if strings.HasSuffix(w, s) {
				return true
			}
		}
		return false
	}
	futures := 0
	for _, w := range speedWords(t) {
		got, want := lx.isFuture(w), plain(w)
		if got != want {
			t.Errorf("isFuture(%q) = %v, want %v", w, got, want)
		}
		if want {
			futures++
		}
	}
	if futures < 10 {
		t.Errorf("only %d future verbs: the check checks little", futures)
	}
}

// Evidence is valid UTF-8 when the story is not (invalid bytes become
// U+FFFD), and the original text as it is when the story is valid.
func TestEvidenceUTF8(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, body := range []string{
		"डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की\xff।",
		"डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की।",
	} {
		out := a.Analyze(pipeline.Story{ID: "ev", Body: body})
		if len(out.Stances) == 0 {
			t.Fatalf("%q: no stance", body)
		}
		for _, st := range out.Stances {
			if !utf8.ValidString(st.Evidence) {
				t.Errorf("%q: evidence %q is not valid UTF-8", body, st.Evidence)
			}
			if want := strings.ToValidUTF8(strings.TrimSpace(body), "\uFFFD"); st.Evidence != want {
				t.Errorf("%q: evidence %q, want %q", body, st.Evidence, want)
			}
		}
	}
}

// prefixKey's fast path for two three-byte characters keys what the
// general loop keys.
func TestPrefixKeyFastPath(t *testing.T) {
	plain := func(w string) uint64 {
		i := 0
		for k := 0; k < 2 && i < len(w); k++ {
			switch c := w[i]; {
			case c < 0xC0:
				i++
			case c < 0xE0:
				i += 2
			case c < 0xF0:
				i += 3
			default:
				i += 4
			}
		}
		i = min(i, len(w), 8)
		var key uint64
		for j := 0; j < i; j++ {
			key = key<<8 | uint64(w[j])
		}
		return key | uint64(i)<<60
	}
	ws := append(speedWords(t), "", "a", "ab", "न", "नम", "नमस्ते", "a\u0915", "\u0915a", "é\u0915", "😀न", "\xe0\xa4", "\xef\xbf\xbd\xe0\xa4\x95")
	for _, w := range ws {
		if got, want := prefixKey(w), plain(w); got != want {
			t.Errorf("prefixKey(%q) = %x, want %x", w, got, want)
		}
	}
}

// mayStart false means matchFlagged finds nothing, at every dev word.
func TestMayStart(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	ws := speedWords(t)
	skipped := 0
	for i, w := range ws {
		fl := lx.flags[w]
		if lx.mayStart(w, fl) {
			continue
		}
		skipped++
		if m := lx.matchFlagged(ws, i, fl); m != ([entFlip + 1]hit{}) {
			t.Fatalf("word %d %q: mayStart false, matchFlagged %v", i, w, m)
		}
	}
	if skipped < len(ws)/2 {
		t.Errorf("mayStart skips %d of %d words", skipped, len(ws))
	}
}

// The word ids the stance reader keeps per token answer what the word
// tables answer: flags as a.flags, act nouns as actNouns.lookup, at every
// dev word and every form of an act noun.
func TestWordIDTables(t *testing.T) {
	a := shippedAnalyzer(t)
	ws := speedWords(t)
	acts := a.actNouns()
	for w := range acts.key {
		ws = append(ws, w)
	}
	if len(acts.key) < 10 {
		t.Fatalf("only %d act noun forms", len(acts.key))
	}
	found, starts := 0, 0
	for _, w := range ws {
		id := a.flagIdx.lookup(w)
		var fl uint64
		var key string
		var said bool
		if id >= 0 {
			fl, key, said = a.flagVals[id], a.actKeyOf[id], a.actSaid[id]
		}
		if want := a.flags[w]; fl != want {
			t.Errorf("%q: flags %x, want %x", w, fl, want)
		}
		if v, want := a.matcher.vocabOf[id+1], a.matcher.vocabIdx.lookup(w); v != want {
			t.Errorf("%q: vocab id %d, want %d", w, v, want)
		}
		// The first trie step by id is the root's child for the word.
		wantNode := int32(-1)
		if v := a.matcher.vocabIdx.lookup(w); v >= 0 {
			if n, ok := a.matcher.trans[uint64(uint32(v))]; ok {
				wantNode = n
			}
		}
		if got, want := a.matcher.classOf[id+1], a.matcher.words[w]; got != want {
			t.Errorf("%q: name class %b, want %b", w, got, want)
		}
		if got := a.matcher.firstOf[id+1]; got != wantNode {
			t.Errorf("%q: first node %d, want %d", w, got, wantNode)
		}
		if wantNode >= 0 {
			starts++
		}
		if id >= 0 && len(a.epithOf[id]) != len(a.epithets[w]) || id < 0 && len(a.epithets[w]) > 0 {
			t.Errorf("%q: epithets by id differ from by text", w)
		}
		if id >= 0 && a.startsOf[id] && !a.lex.mayStart(w, a.flags[w]) {
			t.Errorf("%q: starts, but mayStart is false", w)
		}
		if id >= 0 {
			// prefixOf: the word's prefix list, in order, less the
			// entries whose first pattern it does not match.
			kept := a.prefixOf[id]
			for _, k := range a.lex.prefixList(w) {
				p0 := &a.lex.entries[k].pats[0]
				ok := p0.match(w) || p0.verb && w == p0.word // a bare stem: its auxiliary is read in try
				if ok != (len(kept) > 0 && kept[0] == k) {
					t.Errorf("%q: prefix entry %d (first pattern matches: %v) kept wrongly", w, k, ok)
					break
				}
				if ok {
					kept = kept[1:]
				}
			}
			if len(kept) > 0 {
				t.Errorf("%q: prefixOf holds entries not in its prefix list", w)
			}
			if got, want := a.startsOf[id], len(a.lex.exact[w]) > 0 || len(a.prefixOf[id]) > 0; got != want {
				t.Errorf("%q: starts %v, want %v", w, got, want)
			}
		}
		if wk, ws := acts.lookup(w); key != wk || said != ws {
			t.Errorf("%q: act noun %q %v, want %q %v", w, key, said, wk, ws)
		}
		if key != "" {
			found++
		}
	}
	if found < len(acts.key) {
		t.Errorf("only %d act nouns checked", found)
	}
	// Every word that starts an alias is checked, not only misses.
	for w := range a.matcher.vocab {
		id := a.flagIdx.lookup(w)
		if id < 0 {
			t.Errorf("%q: matcher word not in the word index", w)
			continue
		}
		n, ok := a.matcher.trans[uint64(uint32(a.matcher.vocab[w]))]
		if ok != (a.matcher.firstOf[id+1] >= 0) || ok && n != a.matcher.firstOf[id+1] {
			t.Errorf("%q: first node %d, want %d (%v)", w, a.matcher.firstOf[id+1], n, ok)
		}
		if ok {
			starts++
		}
	}
	// Every grounding word's class is read by its id.
	classes := 0
	for w, c := range a.matcher.words {
		id := a.flagIdx.lookup(w)
		if id < 0 {
			t.Errorf("%q: grounding word not in the word index", w)
			continue
		}
		if a.matcher.classOf[id+1] != c {
			t.Errorf("%q: name class %b, want %b", w, a.matcher.classOf[id+1], c)
		}
		if c&(ncTitle|ncOffice) != 0 {
			classes++
		}
	}
	if classes < 20 {
		t.Errorf("only %d title or office words checked", classes)
	}
	if starts < 50 {
		t.Errorf("only %d alias-starting words checked", starts)
	}
}

// matchWith, given a word's exact entries by its id, finds what
// matchFlagged finds by its text, at every dev word.
func TestMatchWithExactOf(t *testing.T) {
	a := shippedAnalyzer(t)
	ws := speedWords(t)
	found := 0
	for i, w := range ws {
		var exact []int32
		fl := a.flags[w]
		if id := a.flagIdx.lookup(w); id >= 0 {
			exact = a.exactOf[id]
		}
		got, want := a.lex.matchWith(ws, i, exact), a.lex.matchFlagged(ws, i, fl)
		if got != want {
			t.Fatalf("word %d %q: matchWith %v, matchFlagged %v", i, w, got, want)
		}
		if want != ([entFlip + 1]hit{}) {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d words start an entry: the check checks little", found)
	}
}

// matchAll, which passes over an exact entry whose second pattern is not
// at the next word, finds what trying every entry of the word finds, at
// every dev word.
func TestSecondPatternScreen(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	plain := func(words []string, i int) (m [entFlip + 1]hit) {
		cand := append([]int32(nil), lx.exact[words[i]]...)
		if len(words[i]) >= 2 {
			cand = append(cand, lx.prefix[prefixKey(words[i])]...)
		}
		for _, k := range cand {
			e := &lx.entries[k]
			j := i
			ok := true
			gap, used := e.gap, 0
			for pi, p := range e.pats {
				for pi > 0 && !e.tight && j < len(words) && (isQuote(words[j]) || words[j] == "-") {
					j++
				}
				for pi > 0 && gap > 0 && j+1 < len(words) && !p.matchIn(words, j) && (lx.gapWords[words[j]] || words[j] == "से" && used > 0 && j > 0 && lx.gapWords[words[j-1]] || midwayGap30(words, j)) {
					j, gap, used = j+1, gap-1, used+1
				}
				if j >= len(words) || !p.matchIn(words, j) {
					ok = false
					break
				}
				j++
			}
			if h := &m[e.kind]; ok && (j-i-used > h.n-h.gaps || j-i-used == h.n-h.gaps && (used < h.gaps || used == h.gaps && h.e != nil && h.e.tight && !e.tight)) {
				*h = hit{e, j - i, used}
			}
		}
		return m
	}
	ws := speedWords(t)
	// A quote and a hyphen between an entry's words, and a sentence
	// that ends after its first word.
	for _, s := range []string{"साथ \" छोड़ने", "खरी - खोटी", "साथ", "साथ भी नहीं छोड़ा", "दूरी क्यों बढ़ी", "बोले - ' झूठ", "उठाए सवाल"} {
		for _, tk := range hindi.Tokenize(nil, hindi.NormalizeString(s)) {
			ws = append(ws, hindi.NormalizeString(s)[tk.Start:tk.End])
		}
	}
	multi := 0
	for i := range ws {
		got, want := lx.matchAll(ws, i), plain(ws, i)
		if got != want {
			t.Fatalf("word %d %q: matchAll %v, want %v", i, ws[i], got, want)
		}
		for _, h := range want {
			if h.n > 1 {
				multi++
			}
		}
	}
	if multi < 100 {
		t.Errorf("only %d entries of two words or more found: the check checks little", multi)
	}
}

// scanTokens by the field's word ids (field.wid, Matcher.vocabOf) finds
// the matches that looking every word up finds, in every dev story.
func TestScanTokensByID(t *testing.T) {
	a := shippedAnalyzer(t)
	total := 0
	for _, g := range devGold(t) {
		for _, text := range []string{g.Title, g.Body} {
			f := a.prepare("body", text)
			if len(f.wid) != len(f.toks) {
				t.Fatalf("%d word ids for %d tokens", len(f.wid), len(f.toks))
			}
			var byID, byText []rawMatch
			a.matcher.scanTokens(f, func(r rawMatch) { byID = append(byID, r) })
			f.wid = nil
			a.matcher.scanTokens(f, func(r rawMatch) { byText = append(byText, r) })
			if !slices.Equal(byID, byText) {
				t.Fatalf("%s: by id %v, by text %v", g.ID, byID, byText)
			}
			total += len(byID)
		}
	}
	if total < 1000 {
		t.Errorf("only %d matches: the check checks little", total)
	}
}

// A sentence mayOpenAmount turns away has no amount, in every dev story
// and a few of our own; and it turns most away.
func TestMayOpenAmount(t *testing.T) {
	a := shippedAnalyzer(t)
	texts := []string{"सौदा पांच अरब डॉलर का है। डेढ़ लाख करोड़ रुपये लगे। $5 bn, Rs 300 crore, ₹ 40, US$ 7 और €3।"}
	for _, g := range devGold(t) {
		texts = append(texts, g.Title, g.Body)
	}
	skipped, found := 0, 0
	for _, text := range texts {
		f := a.prepare("body", text)
		for _, sn := range sentences(f) {
			ms := hindi.ParseAmounts(f.text.Norm, f.toks[sn.a:sn.b])
			found += len(ms)
			if !a.mayOpenAmount(f, sn) {
				skipped++
				if len(ms) > 0 {
					t.Fatalf("%q: turned away, has %v", f.text.Norm[f.toks[sn.a].Start:f.toks[sn.b-1].End], ms)
				}
			}
		}
	}
	if skipped < 1000 || found < 50 {
		t.Errorf("%d sentences turned away, %d amounts found: the check checks little", skipped, found)
	}
}

// prepareBuf normalises and tokenises a field in one pass
// (hindi.NormalizeTokenize): over every dev gold title and body, with its
// buffers reused from field to field, it gives the text, tokens and words
// of NormalizeBuf followed by Tokenize.
func TestPrepareOnePass(t *testing.T) {
	a := shippedAnalyzer(t)
	var buf fieldBuf
	n := 0
	for _, g := range devGold(t) {
		for _, text := range []string{g.Story.Title, g.Story.Body} {
			if text == "" {
				continue
			}
			f := a.prepareBuf("body", text, &buf)
			want := hindi.Normalize(text)
			toks := hindi.Tokenize(nil, want.Norm)
			if f.text.Norm != want.Norm || !slices.Equal(f.toks, toks) {
				t.Fatalf("story %s: one pass differs from NormalizeBuf+Tokenize", g.Story.ID)
			}
			for i, tk := range toks {
				// (A pipe or full stop typed for the danda reads as the
				// danda: stops32.go.)
				if w := want.Norm[tk.Start:tk.End]; f.words[i] != w && (f.words[i] != "।" || w != "|" && w != ".") {
					t.Fatalf("story %s: word %d %q, want %q", g.Story.ID, i, f.words[i], want.Norm[tk.Start:tk.End])
				}
			}
			for _, k := range []int{0, len(want.Norm) / 3, len(want.Norm) / 2, len(want.Norm)} {
				if f.text.OrigOffset(k) != want.OrigOffset(k) {
					t.Fatalf("story %s: OrigOffset(%d) = %d, want %d", g.Story.ID, k, f.text.OrigOffset(k), want.OrigOffset(k))
				}
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d fields read", n)
	}
}

// nearSpelling's length screen and fixed rows answer what the plain edit
// distance answers: pairs of dev gold words, each word against itself
// with a letter dropped, changed or added, and words past its rows.
func TestNearSpellingScreen(t *testing.T) {
	plain := func(a, b string) bool {
		ra, rb := []rune(a), []rune(b)
		prev := make([]int, len(rb)+1)
		for j := range prev {
			prev[j] = j
		}
		for i := 1; i <= len(ra); i++ {
			cur := make([]int, len(rb)+1)
			cur[0] = i
			for j := 1; j <= len(rb); j++ {
				c := prev[j-1]
				if ra[i-1] != rb[j-1] {
					c++
				}
				cur[j] = min(c, prev[j]+1, cur[j-1]+1)
			}
			prev = cur
		}
		bound := 1
		if len(ra) >= 6 {
			bound = 2
		}
		return prev[len(rb)] <= bound
	}
	ws := speedWords(t)
	long := strings.Repeat("क", 30)
	ws = append(ws, long, long+"ख", long[3:], "x\xffy", "x\xfe\xffy")
	near := 0
	for i, a := range ws {
		r := []rune(a)
		vs := []string{ws[(i*7919+13)%len(ws)], string(r[1:]), a + "ा"}
		if len(r) > 2 {
			vs = append(vs, string(r[:1])+"म"+string(r[2:]))
		}
		for _, b := range vs {
			if got, want := nearSpelling(a, b), plain(a, b); got != want {
				t.Fatalf("nearSpelling(%q, %q) = %v, want %v", a, b, got, want)
			} else if got {
				near++
			}
		}
	}
	if near < 1000 {
		t.Errorf("only %d near pairs: the check checks little", near)
	}
}

// TestSession10QuickReject: a pattern's fast reject (quickNo) never
// turns away a word that its match takes: every pattern of the shipped
// lexicon against the lexicon's own words, those words with verb
// endings and the light verbs' forms.
func TestSession10QuickReject(t *testing.T) {
	a := shippedAnalyzer(t)
	seen := map[string]bool{}
	var ws []string
	addW := func(w string) {
		if !seen[w] {
			seen[w] = true
			ws = append(ws, w)
		}
	}
	for _, e := range a.lex.entries {
		for _, p := range e.pats {
			addW(p.word)
			addW(p.word + "ा")
			addW(p.word + "ेंगे")
			addW(p.word + "कर")
		}
	}
	for _, forms := range lightVerbs {
		for _, f := range forms {
			addW(hindi.NormalizeString(f))
		}
	}
	for _, w := range []string{"किया", "किए", "किये", "कीं", "", "a", "ab"} {
		addW(w)
	}
	set, checked := 0, 0
	for _, e := range a.lex.entries {
		for _, p := range e.pats {
			if !p.qset {
				continue
			}
			set++
			for _, w := range ws {
				if p.quickNo(w) && p.match(w) {
					t.Fatalf("pattern %+v: quickNo rejects %q, which it matches", p, w)
				}
				checked++
			}
		}
	}
	if set < 100 || checked < 100000 {
		t.Fatalf("only %d patterns with a fast reject, %d checks", set, checked)
	}
}
