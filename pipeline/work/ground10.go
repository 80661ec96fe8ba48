package work

import (
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// lexiconCommonWords returns the words of the stance lexicon's entries
// (lexicon/*.yaml: every "words" and "w" value, a prefix's * and a stem's
// + taken off): common Hindi nouns, verbs and adjectives (नोटिस, जांच,
// आलोचना, तारीफ). None is a person's given name, so one of them right
// before a tracked surname ("यह नोटिस ट्रंप की ओर से …") does not make the
// surname another person's. Errors are the lexicon's own (LoadLexicon
// reports them); a file that does not parse adds nothing.
func lexiconCommonWords(fsys fs.FS) map[string]bool {
	out := map[string]bool{}
	names, err := fs.Glob(fsys, "lexicon/*.yaml")
	if err != nil {
		return out
	}
	add := func(s string) {
		for _, w := range aliasWords(strings.NewReplacer("*", " ", "+", " ").Replace(s)) {
			if utf8.RuneCountInString(w) >= 2 {
				out[w] = true
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
