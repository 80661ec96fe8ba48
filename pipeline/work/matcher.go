package work

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"gopkg.in/yaml.v3"
)

// termKind says how a matched alias may be used.
type termKind uint8

const (
	termFull    termKind = iota + 1 // a name or alias that stands on its own
	termSurname                     // a person's surname alone
	termGiven                       // a person's given name alone
	termExclude                     // a phrase that is not the entity
)

type terminal struct {
	entity int32 // index into Analyzer.entities
	kind   termKind
	// standalone: a surname or given name that counts without a full-name
	// antecedent (surnames unless the watchlist lists them as ambiguous,
	// given names the watchlist lists as unambiguous); false on an
	// organisation's dependent alias (grounding.yaml org_dependent: जियो),
	// which counts only in a story that names the organisation otherwise.
	standalone bool
	// namesake, on an excluded phrase, is the kind of the person's short
	// alias it contains when the phrase is another person of that name
	// (नीरव मोदी: termSurname; केएल राहुल, सैम बहादुर: termGiven), 0 when
	// it is not a person (ट्रंप कार्ड).
	namesake termKind
}

// Matcher is the mention automaton: a trie over the words of every alias,
// keyed by interned word ids. Matching walks the normalised text one word
// at a time, where word boundaries are judged per character
// (hindi.WordClass), so a match never starts or ends inside a word; the
// leftmost-longest match wins, which lets an excluded phrase ("ट्रंप
// कार्ड") swallow the alias inside it. Matcher.ground then decides, per
// story, which matches are mentions (short aliases, namesakes,
// institutions); the word lists it reads are data (grounding.yaml), and no
// person's name is written in Go.
type Matcher struct {
	vocab map[string]int32 // word → id
	// vocabIdx is vocab for matching (wordindex.go), built once the
	// aliases are in.
	vocabIdx wordIndex
	// vocabOf and firstOf are, by the analyzer's word id + 1 (field.wid),
	// the word's vocab id (-1: none) and the node an alias starting with
	// it goes to from the root (-1: it starts none), so scanTokens need
	// not look a word up nor take the first step in trans (set by New;
	// nil: look up).
	vocabOf []int32
	firstOf []int32
	// classOf is words by the analyzer's word id + 1 (field.wid; every
	// word of words is in its index): classAt reads a token's class
	// without a map lookup (set by New; nil: look up).
	classOf []nameClass
	// starts holds the words that begin an alias, so scan skips most
	// words of a text without hashing them into vocab.
	starts hindi.WordFilter
	trans  map[uint64]int32 // node<<32 | word id → child node
	// transTab33 is trans as a table (matcher33.go; set by New);
	// orgInst33 and orgInstAll33 are orgInstitutions by word id + 1.
	transTab33   transTable33
	orgInst33    []bool
	orgInstAll33 bool
	term         []terminal // per node; entity -1 when not terminal
	// kids is, per node, whether trans has a key from it: scanTokens
	// asks trans for the next word only when some alias goes on (most
	// matches end at a one-word alias's node).
	kids []bool
	// ownWords[e] are the words of entity e's own names, so "डोनाल्ड"
	// before "ट्रंप" is not taken for another person's given name.
	ownWords []map[string]bool
	// given[e] are person e's given names (first words of its longer
	// names), to recognise a spelling variant the watchlist does not list.
	given  [][]string
	person []bool
	// words are the closed word classes of grounding.yaml and the tracked
	// alias words; titleSuffixes end role nouns.
	words         map[string]nameClass
	titleSuffixes []string
	// disputes are grounding.yaml's words of a legal or open dispute: a
	// contest label ("X बनाम Y:") holds only with one of them.
	disputes map[string]bool
	// charges are grounding.yaml's filings that accuse (याचिका): "याचिका
	// के मुताबिक उन्होंने …" is the accused.
	charges map[string]bool
	// orgInstitutions: an institution an organisation founds or funds
	// (रिलायंस फाउंडेशन), not the organisation.
	orgInstitutions map[string]bool
	// wordGiven are grounding.yaml's given names that are also common
	// words (मार्क): before a light verb (lightVerbs: मार्क किया) the word.
	wordGiven, lightVerbs map[string]bool
	// nicknames: mocking words written before a name (स्कैम ऑल्टमैन).
	nicknames map[string]bool
	// titledGiven are grounding.yaml's function words that, between a
	// title and a name, are a given name (राष्ट्रपति जो बाइडन).
	titledGiven map[string]bool
	// pairHeads are grounding.yaml's nouns of a relation between two
	// ("उनकी साझेदारी", "उनके बीच"): a plural pronoun before one is a pair.
	pairHeads map[string]bool
	// rivals are grounding.yaml's words for "the rival" (प्रतिद्वंद्वी):
	// alone before a postposition, the other party of the story.
	rivals map[string]bool
	// rivalLen: the shortest and longest rival word, in bytes.
	rivalLen [2]int
	// wordAliases[e] are person e's surnames that are also common words
	// (the watchlist's ambiguous_words: सन), the person when they act.
	wordAliases []map[string]bool
	// orgOf[e] are the organisations named after person e (an alias of
	// theirs starts with e's surname: अडानी समूह).
	orgOf [][]int32
	// chief24 holds the (person, organisation) pairs the watchlist's
	// titles tie (Analyzer.affil; short24.go): a headline's brand of the
	// organisation counts beside its chief.
	chief24 map[[2]int32]bool
	// nounOpeners are grounding.yaml's words (इस, यह) that make the
	// word after them a noun, not a given name.
	nounOpeners map[string]bool
	// common are the stance lexicon's words (lexiconCommonWords) that
	// no watchlist name, exclusion or namesake holds: not given names.
	common map[string]uint8
}

// rawMatch is one match in the normalised text.
type rawMatch struct {
	start, end int // byte offsets into the normalised text
	node       int32
	// tok and tokEnd (scanTokens only) are the match's first token and
	// the token after its last: the first tokens whose Start is at or
	// after start and end (firstTokenFrom).
	tok, tokEnd int
}

// newMatcher compiles the entities' aliases and the embedded grounding
// words. It panics when grounding.yaml (compiled in) is malformed, which
// TestGroundingWords rules out.
func newMatcher(ents []watchlist.Entity) *Matcher {
	gw, err := parseGroundingWords("grounding.yaml", groundingYAML)
	if err != nil {
		panic(err)
	}
	m := &Matcher{
		vocab:           map[string]int32{},
		trans:           map[uint64]int32{},
		term:            []terminal{{entity: -1}},
		kids:            []bool{false},
		ownWords:        make([]map[string]bool, len(ents)),
		wordAliases:     make([]map[string]bool, len(ents)),
		given:           make([][]string, len(ents)),
		person:          make([]bool, len(ents)),
		orgOf:           make([][]int32, len(ents)),
		words:           gw.classes,
		titleSuffixes:   gw.titleSuffixes,
		disputes:        gw.disputes,
		charges:         gw.charges,
		orgInstitutions: gw.orgInstitutions,
		wordGiven:       gw.wordGiven,
		lightVerbs:      gw.lightVerbs,
		nicknames:       gw.nicknames,
		titledGiven:     gw.titledGiven,
		pairHeads:       gw.pairHeads,
		rivals:          gw.rivals,
		rivalLen:        byteLenRange(gw.rivals),
		nounOpeners:     gw.nounOpeners,
	}
	surnames := make([][]string, len(ents))
	orgFirst := map[string][]int32{}
	for ei, e := range ents {
		own := map[string]bool{}
		m.ownWords[ei] = own
		m.person[ei] = e.Type == watchlist.TypePerson
		ambiguous, unambiguous := map[string]bool{}, map[string]bool{}
		for _, a := range e.AmbiguousWords {
			for _, w := range aliasWords(a) {
				if m.wordAliases[ei] == nil {
					m.wordAliases[ei] = map[string]bool{}
				}
				m.wordAliases[ei][w] = true
			}
		}
		for _, a := range e.Ambiguous {
			for _, w := range aliasWords(a) {
				ambiguous[w] = true
			}
		}
		for _, a := range e.Unambiguous {
			for _, w := range aliasWords(a) {
				unambiguous[w] = true
			}
		}
		var multi [][]string
		var single []string
		for _, a := range e.Terms() {
			ws := aliasWords(a)
			for _, w := range ws {
				own[w] = true
			}
			switch len(ws) {
			case 0:
			case 1:
				single = append(single, ws[0])
			default:
				multi = append(multi, ws)
			}
		}
		first, last := map[string]bool{}, map[string]bool{}
		for _, ws := range multi {
			first[ws[0]] = true
			last[ws[len(ws)-1]] = true
			if e.Type == watchlist.TypeOrg && !slices.Contains(orgFirst[ws[0]], int32(ei)) {
				orgFirst[ws[0]] = append(orgFirst[ws[0]], int32(ei))
			}
			t := terminal{entity: int32(ei), kind: termFull, standalone: true}
			m.add(ws, t)
			m.add([]string{joinWords(ws)}, t)
		}
		for w := range first {
			m.given[ei] = append(m.given[ei], w)
		}
		for _, w := range single {
			kind := termFull
			if m.person[ei] {
				switch {
				case last[w]:
					kind = termSurname
				case first[w]:
					kind = termGiven
				}
			}
			if kind == termSurname {
				surnames[ei] = append(surnames[ei], w)
			}
			t := terminal{entity: int32(ei), kind: kind}
			t.standalone = kind == termFull || (kind == termSurname && !ambiguous[w]) || (kind == termGiven && unambiguous[w])
			if !m.person[ei] && gw.orgDependent[w] {
				t.standalone = false
			}
			m.add([]string{w}, t)
			for _, sp := range splits(w) {
				m.add(sp, t)
			}
			if kind == termGiven && m.person[ei] {
				m.words[w] |= ncGiven
			} else {
				m.words[w] |= ncAlias
			}
		}
		for _, ws := range multi {
			for _, w := range ws {
				if first[w] && m.person[ei] {
					m.words[w] |= ncGiven
				} else {
					m.words[w] |= ncAlias
				}
			}
		}
		for _, x := range e.Exclude {
			ws := aliasWords(x)
			if len(ws) == 0 {
				continue
			}
			t := terminal{entity: int32(ei), kind: termExclude}
			if m.person[ei] && len(ws) > 1 {
				// A namesake ends in the surname (नीरव मोदी) or holds the
				// given name first or last (सैम बहादुर, केएल राहुल); a
				// phrase that starts with the surname is a thing (ट्रंप कार्ड).
				f, l := ws[0], ws[len(ws)-1]
				switch {
				case last[l] && !first[l]:
					t.namesake = termSurname
				case first[f] && !last[f], first[l] && !last[l]:
					t.namesake = termGiven
				}
			}
			m.add(ws, t)
		}
		if m.person[ei] {
			for _, x := range e.Namesakes {
				ws := aliasWords(x)
				t := terminal{entity: int32(ei), kind: termExclude}
				for _, w := range ws {
					switch {
					case last[w] && t.namesake == 0:
						t.namesake = termSurname
					case first[w] && t.namesake == 0:
						t.namesake = termGiven
					}
				}
				if len(ws) > 1 && t.namesake != 0 {
					m.add(ws, t)
				}
			}
		}
	}
	m.common = lexiconCommonWords(lexiconFS)
	for _, e := range ents {
		for _, x := range slices.Concat(e.Terms(), e.Exclude, e.Namesakes) {
			for _, w := range aliasWords(x) {
				delete(m.common, w)
			}
		}
	}
	for ei, ws := range surnames {
		for _, w := range ws {
			for _, o := range orgFirst[w] {
				if !slices.Contains(m.orgOf[ei], o) {
					m.orgOf[ei] = append(m.orgOf[ei], o)
				}
			}
		}
	}
	byID := make([]string, len(m.vocab))
	for w, id := range m.vocab {
		byID[id] = w
	}
	m.vocabIdx = newWordIndex(byID)
	return m
}

// add inserts a word sequence. An alias beats an exclusion for the same
// words, and the first alias of a sequence keeps it.
func (m *Matcher) add(ws []string, t terminal) {
	node := int32(0)
	if len(ws) > 0 {
		m.starts.Add(ws[0])
	}
	for _, w := range ws {
		id, ok := m.vocab[w]
		if !ok {
			id = int32(len(m.vocab))
			m.vocab[w] = id
		}
		k := uint64(node)<<32 | uint64(uint32(id))
		next, ok := m.trans[k]
		if !ok {
			next = int32(len(m.term))
			m.term = append(m.term, terminal{entity: -1})
			m.kids = append(m.kids, false)
			m.kids[node] = true
			m.trans[k] = next
		}
		node = next
	}
	cur := m.term[node]
	if cur.entity < 0 || (cur.kind == termExclude && t.kind != termExclude) {
		m.term[node] = t
	}
}

// aliasWords normalises an alias and returns its words (and numbers).
func aliasWords(a string) []string {
	n := hindi.NormalizeString(a)
	var ws []string
	for _, t := range hindi.Tokenize(nil, n) {
		if t.Kind == hindi.Word || t.Kind == hindi.Number {
			ws = append(ws, n[t.Start:t.End])
		}
	}
	return ws
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for _, w := range ws {
		b = append(b, w...)
	}
	return string(b)
}

// splits returns the two-word spellings of a one-word alias ("स्टारगेट" →
// "स्टार गेट", "openai" → "open ai"): split only before a letter that can
// start a word (not a vowel sign, virama or anusvara), with at least two
// letters on each side.
func splits(w string) [][]string {
	runes := []rune(w)
	if len(runes) < 4 {
		return nil
	}
	var out [][]string
	for i := 2; i <= len(runes)-2; i++ {
		if !canStartWord(runes[i]) || !canStartWord(runes[0]) {
			continue
		}
		out = append(out, []string{string(runes[:i]), string(runes[i:])})
	}
	return out
}

func canStartWord(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z':
		return true
	case r >= 'अ' && r <= 'औ', r >= 'क' && r <= 'ह', r >= '\u0958' && r <= '\u095F':
		return true
	}
	return false
}

// isSep reports whether the bytes between two words of an alias may be
// only spaces, hyphens and underscores (not a line break or punctuation).
func isSep(c byte) bool { return c == ' ' || c == '-' || c == '_' || c == '\t' }

// nextWord returns the next word of s at or after i, or (-1, -1).
func nextWord(s string, i int) (int, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isWordASCII[c] {
				break
			}
			i++
			continue
		}
		if c == 0xE0 && i+2 < len(s) && (s[i+1] == 0xA4 || s[i+1] == 0xA5) {
			if !(s[i+1] == 0xA5 && (s[i+2] == 0xA4 || s[i+2] == 0xA5 || s[i+2] == 0xB0 || (s[i+2] >= 0xA6 && s[i+2] <= 0xAF))) {
				break
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if hindi.WordClass(r) == 'w' {
			break
		}
		i += size
	}
	if i >= len(s) {
		return -1, -1
	}
	return i, wordEnd(s, i)
}

func wordEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if !isWordASCII[c] {
				return j
			}
			j++
			continue
		}
		// Devanagari (U+0900–U+097F) is E0 A4 xx / E0 A5 xx: judge it
		// without decoding; only the dandas and ॰ end a word.
		if c == 0xE0 && j+2 < len(s) && (s[j+1] == 0xA4 || s[j+1] == 0xA5) {
			if s[j+1] == 0xA5 && (s[j+2] == 0xA4 || s[j+2] == 0xA5 || s[j+2] == 0xB0 || (s[j+2] >= 0xA6 && s[j+2] <= 0xAF)) {
				return j
			}
			j += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if hindi.WordClass(r) != 'w' {
			return j
		}
		j += size
	}
	return j
}

var isWordASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = hindi.WordClass(rune(c)) == 'w'
	}
	return t
}()

// scan calls fn for every leftmost-longest match in the normalised text s.
func (m *Matcher) scan(s string, fn func(rawMatch)) {
	i := 0
	for {
		ws, we := nextWord(s, i)
		if ws < 0 {
			return
		}
		if !m.starts.MayContain(s[ws:we]) {
			i = we
			continue
		}
		id := m.vocabIdx.lookup(s[ws:we])
		if id < 0 {
			i = we
			continue
		}
		node, ok := m.trans[uint64(uint32(id))]
		if !ok {
			i = we
			continue
		}
		best, bestEnd := int32(-1), 0
		if m.term[node].entity >= 0 {
			best, bestEnd = node, we
		}
		j := we
		for {
			k := j
			for k < len(s) && isSep(s[k]) {
				k++
			}
			if k == j || k >= len(s) {
				break
			}
			ns, ne := k, wordEnd(s, k)
			if ne == ns {
				break
			}
			id2 := m.vocabIdx.lookup(s[ns:ne])
			if id2 < 0 {
				break
			}
			next, ok := m.trans[uint64(node)<<32|uint64(uint32(id2))]
			if !ok {
				break
			}
			node, j = next, ne
			if m.term[node].entity >= 0 {
				best, bestEnd = node, ne
			}
		}
		if best >= 0 {
			fn(rawMatch{start: ws, end: bestEnd, node: best})
			i = bestEnd
		} else {
			i = we
		}
	}
}

// scanTokens is scan over a field already tokenised: its Word tokens are
// exactly the words scan finds in the text (both judge word characters
// by hindi.WordClass), so the text is not walked again; the matches are
// the same, in the same order.
func (m *Matcher) scanTokens(f *field, fn func(rawMatch)) {
	s, toks, words := f.text.Norm, f.toks, f.words
	byID := f.wid != nil && len(f.wid) == len(toks) && m.vocabOf != nil
	// The screen's slices in locals (not reloaded from f and m a token).
	wid, firstOf := f.wid, m.firstOf
	// With the field's start tokens listed (prepareBuf), the next start
	// is the next of them at or after i.
	starts, si := f.startToks, 0
	listed := byID && f.titled
	for i := 0; i < len(toks); {
		var node int32
		if listed {
			for si < len(starts) && int(starts[si]) < i {
				si++
			}
			if si == len(starts) {
				return
			}
			i = int(starts[si])
			node = firstOf[wid[i]]
		} else if byID {
			// On to the next word that starts an entry (the id first:
			// most tokens start none, whatever their kind).
			for i < len(toks) && (firstOf[wid[i]] < 0 || toks[i].Kind != hindi.Word) {
				i++
			}
			if i == len(toks) {
				return
			}
			node = firstOf[wid[i]]
		} else {
			if toks[i].Kind != hindi.Word || !m.starts.MayContain(words[i]) {
				i++
				continue
			}
			id := m.vocabIdx.lookup(words[i])
			if id < 0 {
				i++
				continue
			}
			var ok bool
			if node, ok = m.trans[uint64(uint32(id))]; !ok {
				i++
				continue
			}
		}
		best, bestEnd, bestNext := int32(-1), 0, 0
		if m.term[node].entity >= 0 {
			best, bestEnd, bestNext = node, toks[i].End, i+1
		}
		for j := i; m.kids[node]; {
			// The next word must follow after separators only (spaces,
			// hyphens, underscores: at least one byte, nothing else).
			k := j + 1
			for k < len(toks) && toks[k].Kind == hindi.Punct && toks[k].End-toks[k].Start == 1 && isSep(s[toks[k].Start]) {
				k++
			}
			if k >= len(toks) || toks[k].Kind != hindi.Word || !allSep(s[toks[j].End:toks[k].Start]) {
				break
			}
			var id2 int32
			if byID {
				id2 = m.vocabOf[wid[k]]
			} else {
				id2 = m.vocabIdx.lookup(words[k])
			}
			if id2 < 0 {
				break
			}
			next, ok := m.transAt33(node, id2)
			if !ok {
				break
			}
			node, j = next, k
			if m.term[node].entity >= 0 {
				best, bestEnd, bestNext = node, toks[k].End, k+1
			}
		}
		if best >= 0 {
			fn(rawMatch{start: toks[i].Start, end: bestEnd, node: best, tok: i, tokEnd: bestNext})
			i = bestNext
		} else {
			i++
		}
	}
}

// allSep reports whether g is non-empty and all separators (isSep).
func allSep(g string) bool {
	if g == "" {
		return false
	}
	for i := 0; i < len(g); i++ {
		if !isSep(g[i]) {
			return false
		}
	}
	return true
}

// Count returns how many raw alias matches (exclusions included) the
// normalised text has; it is the matcher alone, for benchmarks.
func (m *Matcher) Count(norm string) int {
	n := 0
	m.scan(norm, func(rawMatch) { n++ })
	return n
}

// nameClass says what a word next to a short alias is (grounding.yaml and
// the watchlist's own words); a bit set.
type nameClass uint16

const (
	ncFunction    nameClass = 1 << iota // postposition, particle, pronoun…
	ncVerb                              // verb form or auxiliary
	ncTitle                             // title, role noun, adjective before a name
	ncInstitution                       // स्कूल, स्टेडियम…
	ncModifier                          // इंटरनेशनल… between a name and an institution
	ncGiven                             // a tracked person's given name
	ncAlias                             // another word of a tracked name or alias
	ncOwned                             // सरकार, प्रशासन… after a name: the person's
	ncNoun                              // भारत, संसद, बयान… next to a name, not part of it
	ncOffice                            // राष्ट्रपति, सीईओ… alone: the holder the story named
	ncDeterminer                        // एक, कई, अन्य… before a kind: not a reference
	ncFeminine                          // चुकी, रही, थीं…: a verb that agrees with a woman (or a feminine noun)
	ncMasculine                         // चुका, रहा, थे…: a verb that agrees with a man
	ncReply                             // जवाब, पलटवार: the one attacked speaks next
	ncAsk                               // पूछा, पूछे: the one asked (X से) answers
	ncOfficeOf                          // कार्यालय, दफ्तर: "X के कार्यालय ने" speaks for X
)

//go:embed grounding.yaml
var groundingYAML []byte

// groundingWords is grounding.yaml compiled.
type groundingWords struct {
	classes       map[string]nameClass
	titleSuffixes []string
	// offices are the words of the offices list, in file order.
	offices []string
	// acts are the act nouns a demonstrative points back to ("इस
	// बयान", "इस कदम"): true for what a person says or holds
	// (acts_said), false for a measure (acts_done).
	acts map[string]bool
	// disputes: a legal or open dispute (अदालत, मुकदमा, तकरार).
	disputes map[string]bool
	// charges: a filing that accuses (याचिका, शिकायत).
	charges map[string]bool
	// orgInstitutions: an institution an organisation founds (फाउंडेशन).
	orgInstitutions map[string]bool
	// orgDependent: an organisation's one-word aliases that count only
	// beside another of its names (जियो).
	orgDependent map[string]bool
	// wordGiven: given names that are also common words (मार्क, "mark");
	// lightVerbs: the verb forms that make them the word (मार्क किया).
	wordGiven, lightVerbs map[string]bool
	// nicknames: mocking words written before a name (स्कैम ऑल्टमैन).
	nicknames map[string]bool
	// titledGiven: function words that are given names after a title.
	titledGiven map[string]bool
	// pairHeads: a relation between two (साझेदारी, बीच).
	pairHeads map[string]bool
	// rivals: a word for "the rival" that stands for the other party.
	rivals map[string]bool
	// nounOpeners: the word after one is a noun, not a given name.
	nounOpeners map[string]bool
}

// parseGroundingWords reads the word lists; name is used in errors
// ("grounding.yaml:12: …"). Unknown lists, non-string entries and entries
// of more or less than one word are errors.
func parseGroundingWords(name string, data []byte) (groundingWords, error) {
	gw := groundingWords{classes: map[string]nameClass{}, acts: map[string]bool{}, disputes: map[string]bool{}, charges: map[string]bool{}, orgInstitutions: map[string]bool{}, orgDependent: map[string]bool{}, wordGiven: map[string]bool{}, lightVerbs: map[string]bool{}, nicknames: map[string]bool{}, titledGiven: map[string]bool{}, pairHeads: map[string]bool{}, rivals: map[string]bool{}, nounOpeners: map[string]bool{}}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return gw, fmt.Errorf("%s: %w", name, err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return gw, fmt.Errorf("%s: want a mapping of word lists", name)
	}
	classOf := map[string]nameClass{
		"function": ncFunction, "verbs": ncVerb, "titles": ncTitle,
		"institutions": ncInstitution, "institution_modifiers": ncModifier, "owned": ncOwned, "places": ncNoun, "nouns": ncNoun,
		"title_suffixes": 0, "offices": ncOffice, "determiners": ncFunction | ncDeterminer,
		"feminine_verbs": ncVerb | ncFeminine, "masculine_verbs": ncVerb | ncMasculine,
		"replies": ncNoun | ncReply, "asking": ncVerb | ncAsk, "offices_of": ncNoun | ncOfficeOf,
		"acts_said": 0, "acts_done": 0, "disputes": 0, "charges": 0, "pair_heads": 0, "org_institutions": 0, "org_dependent": 0, "word_given_names": 0, "light_verbs": 0, "nicknames": ncNoun, "titled_given_names": 0, "rivals": 0, "noun_openers": ncFunction,
	}
	m := root.Content[0]
	for k := 0; k+1 < len(m.Content); k += 2 {
		key, list := m.Content[k], m.Content[k+1]
		c, ok := classOf[key.Value]
		if !ok {
			return gw, fmt.Errorf("%s:%d: unknown list %q", name, key.Line, key.Value)
		}
		if list.Kind != yaml.SequenceNode {
			return gw, fmt.Errorf("%s:%d: %s must be a list", name, list.Line, key.Value)
		}
		for _, n := range list.Content {
			if n.Kind != yaml.ScalarNode {
				return gw, fmt.Errorf("%s:%d: %s: an entry must be a word", name, n.Line, key.Value)
			}
			ws := aliasWords(n.Value)
			if len(ws) != 1 {
				return gw, fmt.Errorf("%s:%d: %s: %q is not one word", name, n.Line, key.Value, n.Value)
			}
			switch key.Value {
			case "title_suffixes":
				gw.titleSuffixes = append(gw.titleSuffixes, ws[0])
				continue
			case "acts_said", "acts_done":
				gw.acts[ws[0]] = key.Value == "acts_said"
				continue
			case "disputes":
				gw.disputes[ws[0]] = true
				continue
			case "charges":
				gw.charges[ws[0]] = true
				continue
			case "org_institutions":
				gw.orgInstitutions[ws[0]] = true
				continue
			case "org_dependent":
				gw.orgDependent[ws[0]] = true
				continue
			case "word_given_names":
				gw.wordGiven[ws[0]] = true
				continue
			case "light_verbs":
				gw.lightVerbs[ws[0]] = true
				continue
			case "nicknames":
				gw.nicknames[ws[0]] = true // and a noun: not a given name
			case "titled_given_names":
				gw.titledGiven[ws[0]] = true
				continue
			case "pair_heads":
				gw.pairHeads[ws[0]] = true
				continue
			case "rivals":
				gw.rivals[ws[0]] = true
				continue
			case "noun_openers":
				gw.nounOpeners[ws[0]] = true
			}
			gw.classes[ws[0]] |= c
			if c == ncOffice {
				gw.offices = append(gw.offices, ws[0])
			}
		}
	}
	return gw, nil
}

// gEvent is one match of a story, in story order, for grounding.
type gEvent struct {
	field      int // index into the story's fields
	start, end int // normalised offsets
	tok        int // first token
	tokEnd     int // after the last token
	entity     int32
	kind       uint8    // gFull, gForeign or gBare
	role       termKind // of a foreign or bare match: termSurname or termGiven
	standalone bool
}

const (
	gFull    = iota + 1 // the tracked entity by a full name (or an org/deal alias)
	gForeign            // another person who shares the entity's short alias
	gBare               // a short alias alone, to be resolved
)

// ground finds the mentions of a story's fields (title first, then body;
// a nil field is skipped) and stores them in each field's mentions.
//
// A full name (or an organisation's or deal's alias) is a mention unless
// an institution noun follows it (नरेंद्र मोदी स्टेडियम). A short alias
// — a surname or given name alone — is another person when a name-like
// word stands next to it (अनिल अंबानी, सैम करन); otherwise it refers to
// the nearest earlier full name sharing it: the tracked person's, or
// another person's (ललित मोदी … मोदी ने: Lalit Modi). With none earlier,
// a standalone alias (an unambiguous surname, a given name the watchlist
// marks) counts unless the story names another person with it, in which
// case the nearest later full name decides; an alias that needs an
// antecedent counts in a headline only, when the first later full name is
// the tracked person's.
func (m *Matcher) ground(fields []*field) {
	evs := make([]gEvent, 0, 32)
	var insts []instName
	bare := 0
	for fi, f := range fields {
		if f == nil {
			continue
		}
		f.mentions = f.mentions[:0]
		m.scanTokens(f, func(r rawMatch) {
			t := m.term[r.node]
			if t.kind == termExclude && t.namesake == 0 {
				return // ट्रंप कार्ड: nothing to record
			}
			ti, tj := r.tok, r.tokEnd
			ev := gEvent{field: fi, start: r.start, end: r.end, tok: ti, tokEnd: tj, entity: t.entity, role: t.kind, standalone: t.standalone}
			switch t.kind {
			case termExclude:
				ev.kind, ev.role = gForeign, t.namesake
			case termFull:
				if m.person[t.entity] {
					if ok, n := m.institutionAt(f, tj); ok {
						if n > 0 {
							insts = append(insts, instName{t.entity, fi, tj, n})
						}
						return
					}
				} else if m.orgInstitutionAt(f, tj) {
					return
				}
				ev.kind = gFull
			case termSurname:
				if p := ti - 1; m.adjacent(f, p, ti) && m.nameLike(f, p) && !m.hyphenPair(f, tj) {
					// A middle name (डोनाल्ड जॉन ट्रंप) or an unlisted
					// spelling of the person's own given name is the person.
					if m.ownGiven(t.entity, f.words[p]) {
						ev.kind, ev.start, ev.tok = gFull, f.toks[p].Start, p
						break
					}
					if pp := p - 1; m.adjacent(f, pp, p) && m.ownGiven(t.entity, f.words[pp]) {
						ev.kind, ev.start, ev.tok = gFull, f.toks[pp].Start, pp
						break
					}
					ev.kind = gForeign
					break
				}
				if ok, n := m.institutionAt(f, tj); ok {
					if n > 0 {
						insts = append(insts, instName{t.entity, fi, tj, n})
					}
					return
				}
				ev.kind = gBare
			case termGiven:
				if m.adjacent(f, tj-1, tj) && m.nameLikeAs(f, tj, true) && !m.trackedFullAfter33b(f, tj) {
					ev.kind = gForeign
					break
				}
				// "स्पैम मार्क किया": a given name that is also a word,
				// used as the word before a light verb.
				if tj == ti+1 && tj < len(f.words) && m.wordGiven[f.words[ti]] && m.lightVerbs[f.words[tj]] {
					return
				}
				if ok, n := m.institutionAt(f, tj); ok {
					if n > 0 {
						insts = append(insts, instName{t.entity, fi, tj, n})
					}
					return
				}
				ev.kind = gBare
			}
			if ev.kind == gBare {
				bare++
			}
			evs = append(evs, ev)
		})
	}
	if len(insts) > 0 {
		dropShortInstitutions(fields, evs, insts)
	}
	m.dropDependent(fields, evs)
	m.dropQuotedNicknames(fields, evs)
	if bare > 0 {
		m.resolve(fields, evs)
	}
	var per [2]int
	for _, ev := range evs {
		if ev.kind == gFull && ev.field < len(per) {
			per[ev.field]++
		}
	}
	for fi, f := range fields {
		if f != nil && fi < len(per) && cap(f.mentions) < per[fi] {
			f.mentions = make([]mention, 0, per[fi])
		}
	}
	for _, ev := range evs {
		if ev.kind == gFull {
			f := fields[ev.field]
			f.mentions = append(f.mentions, mention{entity: int(ev.entity), start: ev.start, end: ev.end, tok: ev.tok, tokEnd: ev.tokEnd})
		}
	}
	m.honor32(fields)  // "X जी ने": the honorific is the name's (honor32.go)
	m.appos33c(fields) // "X (54) ने", "X, जो … हैं, ने" (inv33c.go)
}

// resolve turns each bare event into gFull (it is the tracked person) or
// drops it (kind 0), by the rules on ground. Two passes, linear in the
// number of events; a story names few entities, so the per-alias state is
// a short slice searched in order rather than a map.
func (m *Matcher) resolve(fields []*field, evs []gEvent) {
	type state struct {
		entity  int32
		role    termKind
		foreign bool  // another person shares the alias somewhere
		full    bool  // the person is named in full somewhere
		seen    uint8 // kind of the nearest antecedent in the pass so far
		org     int32 // organisation named after the person, -2 unknown
	}
	// (A story's few aliases fit the array: no allocation.)
	var stsArr [16]state
	sts := stsArr[:0]
	at := func(e int32, r termKind) *state {
		for i := range sts {
			if sts[i].entity == e && sts[i].role == r {
				return &sts[i]
			}
		}
		sts = append(sts, state{entity: e, role: r, org: -2})
		return &sts[len(sts)-1]
	}
	for _, ev := range evs {
		if ev.kind == gBare {
			at(ev.entity, ev.role)
		}
	}
	n := len(sts) // only the aliases used bare matter
	find := func(e int32, r termKind) *state {
		for i := range sts[:n] {
			if sts[i].entity == e && sts[i].role == r {
				return &sts[i]
			}
		}
		return nil
	}
	// note records an antecedent for the bare aliases it can resolve.
	// Another person named with the tracked one ("मुकेश अंबानी और नीता
	// अंबानी", "… और उनके भाई अनिल अंबानी") does not take the bare
	// surname after them from the one the story is about.
	note := func(i int) {
		ev := &evs[i]
		switch ev.kind {
		case gFull:
			// The entity's surname and given-name states (each at most
			// once in sts: at) in one walk.
			for j := range sts[:n] {
				if st := &sts[j]; st.entity == ev.entity && (st.role == termSurname || st.role == termGiven) {
					st.seen, st.full = gFull, true
				}
			}
		case gForeign:
			if st := find(ev.entity, ev.role); st != nil {
				st.foreign = true
				if m.pairedWithFull(fields, evs, i) {
					st.seen, st.full = gFull, true
				} else {
					st.seen = gForeign
				}
			}
		}
	}
	// Backward: the nearest antecedent after each bare event.
	next := make([]uint8, len(evs))
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].kind == gBare {
			next[i] = find(evs[i].entity, evs[i].role).seen
		} else {
			note(i)
		}
	}
	for i := range sts {
		sts[i].seen = 0
	}
	// Forward: decide.
	pending := false
	for i := range evs {
		ev := &evs[i]
		if ev.kind != gBare {
			note(i)
			continue
		}
		st := find(ev.entity, ev.role)
		if st.seen == 0 && !st.full && ev.role == termSurname && !m.coordinated(fields, evs, i) {
			// The person is never named in full but an organisation
			// named after them is (अडानी समूह): the surname is that,
			// unless it is paired with a person (अंबानी और अडाणी).
			if st.org == -2 {
				st.org = m.namedOrg(evs, ev.entity)
			}
			// "‘अडानी ने नियम बदलवाए’, अडानी समूह ने कहा": with the
			// organisation named in full in the same sentence, the
			// surname alone is the person the writer sets against it.
			if st.org >= 0 && m.orgInSentence(fields, evs, i, st.org) {
				ev.kind = gFull
				continue
			}
			if st.org >= 0 {
				ev.entity, ev.kind = st.org, gFull
				continue
			}
		}
		// "सन बोले - …", "सन ने कहा": a surname that is also a word
		// (a year) is the person when it acts, with nobody else of the
		// name in the story.
		if st.seen == 0 && !st.foreign && ev.role == termSurname && m.acts(fields, *ev) {
			ev.kind = gFull
			continue
		}
		var ok bool
		switch {
		case st.seen != 0:
			ok = st.seen == gFull
		case ev.standalone && !st.foreign:
			ok = true
		case ev.standalone, fields[ev.field].name == "title":
			// Another person shares the alias, or it needs an antecedent
			// and this is the headline: the first full name after decides.
			ok = next[i] == gFull
		}
		switch {
		case ok:
			ev.kind = gFull
		case ev.role == termGiven && !st.foreign:
			pending = true // decided below, once the surnames are
		default:
			ev.kind = 0
		}
	}
	if !pending {
		return
	}
	// A given name alone with no antecedent before it ("“एलन ने मेरी
	// मदद की,” ट्रंप ने कहा … एलन मस्क") is the person when the story
	// names them (in full, or by a surname it resolved) and nobody else
	// shares the name.
	for i := range evs {
		ev := &evs[i]
		if ev.kind != gBare {
			continue
		}
		ev.kind = 0
		for _, o := range evs {
			if o.kind == gFull && o.entity == ev.entity {
				ev.kind = gFull
				break
			}
		}
		// "ट्रंप बोले - एलन बहुत समझदार हैं": a headline's tracked
		// speaker speaks of the person by the given name alone.
		if ev.kind == 0 && fields[ev.field].name == "title" && m.spokenOf(fields, evs, i) {
			ev.kind = gFull
		}
	}
}

// spokenOf reports a headline's given name that opens the words of the
// tracked person named right before it ("X बोले - एलन …", "X ने कहा:
// सैम …", "X का जवाब: “एलन …”"): a public figure calls an acquaintance
// by the given name.
func (m *Matcher) spokenOf(fields []*field, evs []gEvent, i int) bool {
	if i == 0 {
		return false
	}
	ev, o := evs[i], evs[i-1]
	if o.field != ev.field || o.kind != gFull || !m.person[o.entity] || o.entity == ev.entity {
		return false
	}
	ws := fields[ev.field].words
	k := o.tokEnd
	// "जुकरबर्ग का नरम रुख: “एलन के साथ …”": the name opens a quote
	// that a short label after the person (at most four words) gives as
	// theirs.
	if f := fields[ev.field]; ev.tok-1 > k && f.toks[ev.tok-1].Kind == hindi.Punct {
		switch ws[ev.tok-1] {
		case "\"", "“", "'", "‘":
			n := 0
			for j := k; j < ev.tok-1; j++ {
				if f.toks[j].Kind == hindi.Word {
					n++
				}
			}
			if n <= 4 {
				return true
			}
		}
	}
	if k < ev.tok && ws[k] == "ने" {
		k++
	}
	if k >= ev.tok {
		return false
	}
	switch ws[k] {
	case "बोले", "बोलीं", "बोला", "बोली", "कहा", "कहते":
	default:
		return false
	}
	k++
	if k < ev.tok {
		switch ws[k] {
		case "-", ":", ",", "–", "—":
			k++
		}
	}
	return k == ev.tok
}

// pairedWithFull reports whether foreign event i (another person of the
// name) is joined to the tracked person's full name right before it in
// the same sentence: by a conjunction, with at most a possessive and a
// kinship or role word between ("मुकेश अंबानी और नीता अंबानी", "मुकेश
// अंबानी और उनकी पत्नी नीता अंबानी").
func (m *Matcher) pairedWithFull(fields []*field, evs []gEvent, i int) bool {
	ev := evs[i]
	if i == 0 {
		return false
	}
	o := evs[i-1]
	if o.field != ev.field || o.kind != gFull || o.entity != ev.entity || ev.tok-o.tokEnd > 4 {
		return false
	}
	ws := fields[ev.field].words
	conj := false
	for k := o.tokEnd; k < ev.tok; k++ {
		switch ws[k] {
		case "और", "व", "एवं", "तथा", ",":
			conj = conj || k == o.tokEnd
		case "।", "?", "!", ".", "|", "ने", "को", "से", "पर", "में":
			return false
		}
	}
	return conj
}

// coordinated reports whether event i is joined to a person's mention by
// और, व, एवं, तथा, a comma or a hyphen (अंबानी-अडानी, अंबानी और अडाणी).
func (m *Matcher) coordinated(fields []*field, evs []gEvent, i int) bool {
	ev := evs[i]
	f := fields[ev.field]
	joins := func(o gEvent, gap int) bool {
		if o.field != ev.field || o.kind == gForeign || o.kind == 0 || !m.person[o.entity] || gap < 0 || gap >= len(f.words) {
			return false
		}
		switch f.words[gap] {
		case "और", "व", "एवं", "तथा", ",", "-", "/", "&", "and":
			return true
		}
		return false
	}
	if i > 0 && evs[i-1].tokEnd+1 == ev.tok && joins(evs[i-1], ev.tok-1) {
		return true
	}
	return i+1 < len(evs) && ev.tokEnd+1 == evs[i+1].tok && joins(evs[i+1], ev.tokEnd)
}

// isPostposition reports the postpositions and particles that most often
// follow a name; a switch is cheaper than the map lookup it saves.
func isPostposition(w string) bool {
	switch w {
	case "ने", "का", "की", "के", "को", "से", "पर", "में", "और", "भी", "ही", "तो", "कि":
		return true
	}
	return false
}

// namedOrg returns an organisation named after person e that the story
// mentions, or -1.
func (m *Matcher) namedOrg(evs []gEvent, e int32) int32 {
	if len(m.orgOf[e]) == 0 {
		return -1
	}
	for _, ev := range evs {
		if ev.kind == gFull && slices.Contains(m.orgOf[e], ev.entity) {
			return ev.entity
		}
	}
	return -1
}

// acts reports a bare alias that the watchlist lists as a word-like
// surname (ambiguous_words) right before ने or a verb of speech.
func (m *Matcher) acts(fields []*field, ev gEvent) bool {
	ws := fields[ev.field].words
	if m.wordAliases[ev.entity] == nil || ev.tokEnd != ev.tok+1 || ev.tokEnd >= len(ws) || !m.wordAliases[ev.entity][ws[ev.tok]] {
		return false
	}
	switch ws[ev.tokEnd] {
	case "ने", "बोले", "बोला", "बोलीं", "बोली", "कहते", "कहा":
		return true
	}
	return false
}

// orgInSentence reports a full mention of organisation org in the
// sentence of bare event i (same field, no sentence stop between).
func (m *Matcher) orgInSentence(fields []*field, evs []gEvent, i int, org int32) bool {
	ev := evs[i]
	ws := fields[ev.field].words
	for _, o := range evs {
		if o.field != ev.field || o.kind != gFull || o.entity != org {
			continue
		}
		from, to := o.tokEnd, ev.tok
		if o.tok > ev.tok {
			from, to = ev.tokEnd, o.tok
		}
		stop := false
		for k := from; k < to && k < len(ws); k++ {
			switch ws[k] {
			case "।", "?", "!", ".", "|":
				stop = true
			}
		}
		if !stop {
			return true
		}
	}
	return false
}

// firstTokenFrom returns the index of the first token at or after i that
// starts at or after off, galloping from i: matches come in text order and
// sparse, so the answer is near i but not always next to it.
func firstTokenFrom(toks []hindi.Token, i, off int) int {
	if i >= len(toks) || toks[i].Start >= off {
		return i
	}
	lo, hi, step := i, i+1, 1 // toks[lo].Start < off
	for hi < len(toks) && toks[hi].Start < off {
		lo, step = hi, step*2
		hi = lo + step
	}
	hi = min(hi, len(toks)) // hi == len(toks) or toks[hi].Start >= off
	for lo+1 < hi {
		mid := int(uint(lo+hi) >> 1)
		if toks[mid].Start < off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// adjacent reports whether tokens a and b (a < b) are both words with
// only spaces between them: one name, not a list (मस्क-ट्रंप, मस्क, ट्रंप).
func (m *Matcher) adjacent(f *field, a, b int) bool {
	if a < 0 || b >= len(f.toks) || f.toks[a].Kind != hindi.Word || f.toks[b].Kind != hindi.Word {
		return false
	}
	for i := f.toks[a].End; i < f.toks[b].Start; i++ {
		if c := f.text.Norm[i]; c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// classAt is words[f.words[k]], read by the token's word id when the
// field has them (classOf).
func (m *Matcher) classAt(f *field, k int) nameClass {
	if f.wid != nil && m.classOf != nil {
		return m.classOf[f.wid[k]]
	}
	return m.words[f.words[k]]
}

// nameLike reports whether word i could be part of a person's name: it is
// not a function word, verb, title or tracked alias (a tracked given name
// is name-like), does not end like a verb form or oblique plural or a
// title, and is not a lower-case Latin word.
func (m *Matcher) nameLike(f *field, i int) bool { return m.nameLikeAs(f, i, false) }

// nameLikeAs is nameLike; afterGiven says word i follows a given name (a
// surname's place), where of the stance lexicon's words only its
// evaluative adjectives are not name-like (लैरी पेज is a name, "एलन कमाल
// के हैं" is not), and a noun opener before word i does not apply.
func (m *Matcher) nameLikeAs(f *field, i int, afterGiven bool) bool {
	w := f.words[i]
	if isPostposition(w) {
		return false // the common case, without a lookup
	}
	if c := m.classAt(f, i); c != 0 {
		return c&(ncFunction|ncVerb|ncTitle|ncInstitution|ncModifier|ncAlias|ncOwned|ncNoun|ncOffice) == 0
	}
	if k := m.common[w]; k&commonEval != 0 || k != 0 && !afterGiven {
		return false // a word of the stance lexicon (नोटिस, जांच)
	}
	if stem, ok := strings.CutSuffix(w, "\u094Dस"); ok && !afterGiven && (m.common[stem] != 0 || m.words[stem]&(ncNoun|ncOwned|ncInstitution) != 0) {
		return false // an English plural of a common noun (रिपोर्ट्स)
	}
	if p := i - 1; !afterGiven && p >= 0 && m.nounOpeners[f.words[p]] && m.adjacent(f, p, i) {
		return false // "इस टैक्स ट्रंप ने": the word after a demonstrative is a noun
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	switch {
	case r == '\u0947' || r == 'ए' || r == 'ओ': // बोले, भड़के, गए
		return false
	case r == '\u0902':
		// -ें, -एं, -ओं, -ों: verb forms and oblique plurals (करें,
		// बताएं, जाएं, नेताओं).
		r2, _ := utf8.DecodeLastRuneInString(w[:len(w)-len("\u0902")])
		if r2 == '\u0947' || r2 == 'ए' || r2 == 'ओ' || r2 == '\u094B' {
			return false
		}
		if strings.HasSuffix(w, "ियां") {
			return false // धमकियां, नीतियां: a feminine plural
		}
	case r == 'ा' && strings.HasSuffix(w, "ाया") && utf8.RuneCountInString(w) >= 5:
		return false // perfective verbs: अपनाया, बताया (माया, जया are shorter)
	case r == 'ई' && strings.HasSuffix(w, "ाई") && utf8.RuneCountInString(w) >= 6:
		return false // feminine perfectives: ठुकराई, दोहराई (देसाई is shorter)
	case r == 'र' && conjunctive(w):
		return false // बैठकर, डालकर: a conjunctive participle
	case r < utf8.RuneSelf:
		// Latin: a name is written with a capital.
		o := f.text.Orig[f.text.OrigOffset(f.toks[i].Start):]
		c, _ := utf8.DecodeRuneInString(o)
		return unicode.IsUpper(c)
	}
	for _, sfx := range m.titleSuffixes {
		if len(w) > len(sfx) && strings.HasSuffix(w, sfx) {
			return false
		}
	}
	return true
}

// ownGiven reports whether w is entity e's given name or a spelling of it
// one or two letters away (डॉनाल्ड for डोनाल्ड).
func (m *Matcher) ownGiven(e int32, w string) bool {
	if m.ownWords[e][w] {
		return true
	}
	for _, g := range m.given[e] {
		if nearSpelling(g, w) {
			return true
		}
	}
	return false
}

// nearSpelling reports whether a and b are at most one rune apart (two
// for names of six runes or more), by edit distance.
func nearSpelling(a, b string) bool {
	// The lengths first: most pairs differ by more than the bound, and
	// need no runes nor rows.
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	max := 1
	if na >= 6 {
		max = 2
	}
	if d := na - nb; d > max || -d > max {
		return false
	}
	var abuf, bbuf [24]rune
	var pbuf, cbuf [25]int
	ra, rb := abuf[:0], bbuf[:0]
	for _, r := range a {
		ra = append(ra, r)
	}
	for _, r := range b {
		rb = append(rb, r)
	}
	prev, cur := pbuf[:0], cbuf[:0]
	for range len(rb) + 1 {
		prev, cur = append(prev, 0), append(cur, 0)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := i // the row's least distance
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
			low = min(low, cur[j])
		}
		if low > max {
			// Every alignment passes through this row, and a distance
			// only grows along it: the whole is past the bound too.
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= max
}

// institutionAt reports whether an institution noun follows from token i,
// after at most three modifiers or name-like words (… इंटरनेशनल स्कूल,
// … सैन फ्रांसिस्को जनरल अस्पताल), all separated by spaces only; n is
// how many words stand between.
func (m *Matcher) institutionAt(f *field, i int) (ok bool, n int) {
	for k := 0; k < 4 && i < len(f.toks); k++ {
		if !m.adjacent(f, i-1, i) {
			return false, 0
		}
		if k == 0 && isPostposition(f.words[i]) {
			return false, 0 // the common case, without a lookup
		}
		c := m.classAt(f, i)
		switch {
		case c&ncInstitution != 0:
			return true, k
		case c&ncModifier != 0:
		case k < 3 && m.nameLike(f, i):
		default:
			return false, 0
		}
		i++
	}
	return false, 0
}

// orgInstitutionAt reports whether an organisation's institution noun
// (grounding.yaml org_institutions) follows from token i, after at most
// two institution modifiers (रिलायंस फाउंडेशन, … इंटरनेशनल स्कूल).
func (m *Matcher) orgInstitutionAt(f *field, i int) bool {
	for k := 0; k < 3 && i < len(f.toks); k++ {
		if !m.adjacent(f, i-1, i) {
			return false
		}
		w := f.words[i]
		if m.orgInstitution33(f, i) {
			return true
		}
		if isPostposition(w) || m.classAt(f, i)&ncModifier == 0 {
			return false
		}
		i++
	}
	return false
}

// dropDependent drops an organisation's dependent aliases (a full match
// that is not standalone: जियो) in a headline, and in a body unless the
// story names the organisation by another of its names or the alias is
// used as a noun: a case marker follows it (जियो ने, जियो के जरिये, जियो
// में) or a hyphen joins it to another name. Alone and bare it may be the
// verb ("खुलकर जियो और आगे बढ़ो"); the verb's set phrases are excluded
// in the watchlist.
func (m *Matcher) dropDependent(fields []*field, evs []gEvent) {
	for i := range evs {
		ev := &evs[i]
		if ev.kind != gFull || ev.standalone || m.person[ev.entity] {
			continue
		}
		f := fields[ev.field]
		if f.name == "title" {
			// "Starlink पर Jio-Musk साथ", "जियो-मेटा साझेदारी": a
			// headline's bare brand names the unit's own deal, or is the
			// verb (शान से जियो). Before a case marker it is the unit
			// as a noun ("जियो ने सस्ता डेटा दिया", short24.go).
			if !m.titleNounUse24(f, ev, evs) {
				ev.kind = 0
			}
			continue
		}
		named := false
		for _, o := range evs {
			if o.kind == gFull && o.standalone && o.entity == ev.entity {
				named = true
				break
			}
		}
		if !named && !nounUse(f, ev.tok, ev.tokEnd) {
			ev.kind = 0
		}
	}
}

// dropQuotedNicknames drops a person's name inside a quoted nickname that
// is the label of a naming verb ("उन्हें ‘स्कैम ऑल्टमैन’ कहा"): the one
// called is the verb's object, and the label is not a mention there. A
// nickname used as a subject or object ("‘स्कैम ऑल्टमैन’ ने …", "लिखा-
// ‘स्कैम ऑल्टमैन’") stays the person.
func (m *Matcher) dropQuotedNicknames(fields []*field, evs []gEvent) {
	for i := range evs {
		ev := &evs[i]
		if ev.kind == 0 || !m.person[ev.entity] || ev.tok < 2 {
			continue
		}
		f := fields[ev.field]
		k, e := ev.tok, ev.tokEnd
		// (The token kinds first: most mentions are not in quotes.)
		if e+1 >= len(f.toks) || f.toks[k-2].Kind != hindi.Punct || f.toks[e].Kind != hindi.Punct ||
			f.toks[e+1].Kind != hindi.Word || !m.nicknames[f.words[k-1]] {
			continue
		}
		switch f.words[e+1] {
		case "कहा", "कहकर", "कहते", "कहती", "कहने", "बताया", "बताते", "बताकर", "पुकारा", "बुलाया":
			ev.kind = 0
		}
	}
}

// nounUse reports whether the words toks[a:b] are used as a noun: a case
// marker follows them, or a hyphen joins them to a word on either side.
func nounUse(f *field, a, b int) bool {
	// hyphen: words x and x+2 joined by a hyphen token x+1 (no spaces).
	hyphen := func(x int) bool {
		if x < 0 || x+2 >= len(f.toks) || f.toks[x].Kind != hindi.Word || f.toks[x+2].Kind != hindi.Word {
			return false
		}
		h := f.toks[x+1]
		if h.Start != f.toks[x].End || h.End != f.toks[x+2].Start {
			return false
		}
		switch f.text.Norm[h.Start:h.End] {
		case "-", "‑", "–":
			return true
		}
		return false
	}
	if hyphen(b-1) || hyphen(a-2) {
		return true
	}
	return caseMarked(f, b)
}

// caseMarked reports whether token b is a case marker right after the
// word before it (जियो ने, जियो से, जियो में).
func caseMarked(f *field, b int) bool {
	if b < 1 || b >= len(f.toks) || f.toks[b].Kind != hindi.Word || f.toks[b].Start-f.toks[b-1].End > 1 {
		return false
	}
	switch f.words[b] {
	case "ने", "का", "की", "के", "को", "से", "में", "पर":
		return true
	}
	return false
}

// instName is the part of an institution's name after a person's name
// (नेशनल डोरल in ट्रंप नेशनल डोरल रिसॉर्ट): field, first token, length.
type instName struct {
	entity     int32
	field, tok int
	n          int
}

// dropShortInstitutions drops person events followed by the words that
// followed the same person's name in an institution elsewhere in the
// story: ट्रंप नेशनल डोरल (headline) is the ट्रंप नेशनल डोरल रिसॉर्ट of the body.
func dropShortInstitutions(fields []*field, evs []gEvent, insts []instName) {
	for i := range evs {
		ev := &evs[i]
		if ev.kind != gFull && ev.kind != gBare {
			continue
		}
		f := fields[ev.field]
		for _, in := range insts {
			if in.entity != ev.entity || ev.tokEnd+in.n > len(f.toks) {
				continue
			}
			g := fields[in.field]
			same := true
			for k := 0; k < in.n && same; k++ {
				a := ev.tokEnd + k
				same = f.toks[a].Kind == hindi.Word && f.words[a] == g.words[in.tok+k] &&
					(a == 0 || f.toks[a-1].End < f.toks[a].Start)
			}
			if same {
				ev.kind = 0
				break
			}
		}
	}
}

// isRival reports a word for "the rival" (grounding.yaml rivals),
// screened by length first: it is asked of every token.
func (m *Matcher) isRival(w string) bool {
	if len(w) < m.rivalLen[0] || len(w) > m.rivalLen[1] {
		return false
	}
	return m.rivals[w]
}

// byteLenRange is the shortest and longest key of set in bytes ([1, 0]
// for an empty set: no word passes).
func byteLenRange(set map[string]bool) [2]int {
	r := [2]int{1, 0}
	for w := range set {
		if r[1] == 0 || len(w) < r[0] {
			r[0] = len(w)
		}
		if len(w) > r[1] {
			r[1] = len(w)
		}
	}
	return r
}
