package work

import (
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Kinds of lexiconCommonWords.
const (
	commonWord uint8 = 1 << iota // a word of the stance lexicon
	commonEval                   // a word of evaluative.yaml
)

// lexiconCommonWords returns the words of the stance lexicon's entries
// (lexicon/*.yaml: every "words" and "w" value, a prefix's * and a stem's
// + taken off): common Hindi nouns, verbs and adjectives (नोटिस, जांच,
// आलोचना, तारीफ). None is a person's given name, so one of them right
// before a tracked surname ("यह नोटिस ट्रंप की ओर से …") does not make the
// surname another person's. Errors are the lexicon's own (LoadLexicon
// reports them); a file that does not parse adds nothing.
//
// The value is commonEval for the words of evaluative.yaml (झूठा, कमाल):
// adjectives said of a person, which are no surname either ("एलन कमाल के
// हैं"); other words (पेज, कुक) may be someone's surname after a given
// name (लैरी पेज), so only the word before a surname reads them.
func lexiconCommonWords(fsys fs.FS) map[string]uint8 {
	out := map[string]uint8{}
	names, err := fs.Glob(fsys, "lexicon/*.yaml")
	if err != nil {
		return out
	}
	var kind uint8
	add := func(s string) {
		for _, w := range aliasWords(strings.NewReplacer("*", " ", "+", " ").Replace(s)) {
			if utf8.RuneCountInString(w) >= 2 {
				out[w] |= kind
			}
		}
	}
	var walk func(n *yaml.Node, key string)
	walk = func(n *yaml.Node, key string) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, key)
			}
		case yaml.MappingNode:
			for k := 0; k+1 < len(n.Content); k += 2 {
				walk(n.Content[k+1], n.Content[k].Value)
			}
		case yaml.ScalarNode:
			if key == "words" || key == "w" {
				add(n.Value)
			}
		}
	}
	for _, name := range names {
		kind = commonWord
		if path.Base(name) == "evaluative.yaml" {
			kind |= commonEval
		}
		b, err := fs.ReadFile(fsys, path.Clean(name))
		if err != nil {
			continue
		}
		var doc yaml.Node
		if yaml.Unmarshal(b, &doc) == nil {
			walk(&doc, "")
		}
	}
	return out
}

// conjunctive reports a conjunctive participle in -कर written after a
// bare consonant (बैठकर, डालकर, छोड़कर): not a name. A name in -कर has a
// vowel sign, a nasal or a conjunct before it (सुधाकर, शंकर, भास्कर).
func conjunctive(w string) bool {
	rest, ok := strings.CutSuffix(w, "कर")
	if !ok || utf8.RuneCountInString(rest) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	if r == '\u093C' { // a nukta: छोड़कर
		rest = rest[:len(rest)-len("\u093C")]
		r, _ = utf8.DecodeLastRuneInString(rest)
	}
	if r < 'क' || r > 'ह' {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(rest[:len(rest)-utf8.RuneLen(r)])
	return p != '\u094D' // not a conjunct (भास्कर)
}

// hyphenPair reports a tracked alias word joined by a hyphen right after
// token k ("ट्रंप-मस्क का रिश्ता"): two principals named as a pair, so
// the word before the first is not its given name ("कैसे बिखरा
// ट्रंप-मस्क …").
func (m *Matcher) hyphenPair(f *field, k int) bool {
	if k+1 >= len(f.words) || k >= len(f.toks) || f.toks[k].Start != f.toks[k-1].End || f.toks[k+1].Start != f.toks[k].End {
		return false
	}
	switch f.words[k] {
	case "-", "‑", "–":
		return m.classAt(f, k+1)&ncAlias != 0
	}
	return false
}
