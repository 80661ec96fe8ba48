package work

import (
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
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
}

// Matcher is the mention automaton: a trie over the words of every alias,
// keyed by interned word ids. Matching walks the normalised text one word
// at a time, where word boundaries are judged per character
// (hindi.WordClass), so a match never starts or ends inside a word; the
// leftmost-longest match wins, which lets an excluded phrase ("ट्रंप
// कार्ड") swallow the alias inside it.
type Matcher struct {
	vocab map[string]int32 // word → id
	trans map[uint64]int32 // node<<32 | word id → child node
	term  []terminal       // per node; entity -1 when not terminal
	// ownWords[e] are the words of entity e's own names, so "डोनाल्ड"
	// before "ट्रंप" is not taken for another person's given name.
	ownWords []map[string]bool
}

// rawMatch is one match in the normalised text.
type rawMatch struct {
	start, end int // byte offsets into the normalised text
	node       int32
}

func newMatcher(ents []watchlist.Entity) *Matcher {
	m := &Matcher{
		vocab:    map[string]int32{},
		trans:    map[uint64]int32{},
		term:     []terminal{{entity: -1}},
		ownWords: make([]map[string]bool, len(ents)),
	}
	for ei, e := range ents {
		own := map[string]bool{}
		m.ownWords[ei] = own
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
			m.add(ws, terminal{int32(ei), termFull})
			m.add([]string{joinWords(ws)}, terminal{int32(ei), termFull})
		}
		for _, w := range single {
			kind := termFull
			if e.Type == pipeline.TypePerson {
				switch {
				case last[w]:
					kind = termSurname
				case first[w]:
					kind = termGiven
				}
			}
			m.add([]string{w}, terminal{int32(ei), kind})
			for _, sp := range splits(w) {
				m.add(sp, terminal{int32(ei), kind})
			}
		}
		for _, x := range e.Exclude {
			if ws := aliasWords(x); len(ws) > 0 {
				m.add(ws, terminal{int32(ei), termExclude})
			}
		}
	}
	return m
}

// add inserts a word sequence. An alias beats an exclusion for the same
// words, and the first alias of a sequence keeps it.
func (m *Matcher) add(ws []string, t terminal) {
	node := int32(0)
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
		id, ok := m.vocab[s[ws:we]]
		if !ok {
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
			id2, ok := m.vocab[s[ns:ne]]
			if !ok {
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

// Count returns how many raw alias matches (exclusions included) the
// normalised text has; it is the matcher alone, for benchmarks.
func (m *Matcher) Count(norm string) int {
	n := 0
	m.scan(norm, func(rawMatch) { n++ })
	return n
}
