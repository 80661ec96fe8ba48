package config

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

var errEOF = io.EOF

// yamlLineRE finds "line N" in yaml.v3's messages.
var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlError turns a yaml.v3 error into an *Error with the file, the first
// line it names and, with the parsed document (root), the dotted path of
// the setting on that line (feeds[0].categry).
func yamlError(name string, err error, root *yaml.Node) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	e := &Error{File: name, Msg: msg}
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = strings.TrimSpace(strings.Replace(msg, m[0]+":", "", 1))
		e.Msg = strings.TrimSpace(strings.Replace(e.Msg, m[0], "", 1))
		if root != nil {
			e.Field = pathAt(root, e.Line)
		}
		if f := fieldRE.FindStringSubmatch(e.Msg); f != nil {
			if e.Field == "" {
				e.Field = f[1]
			}
			e.Msg = fmt.Sprintf("unknown setting %q (a typo? `khabar config` lists every setting)", f[1])
		} else if f := typeRE.FindStringSubmatch(e.Msg); f != nil {
			e.Msg = fmt.Sprintf("%s is not %s", f[1], typeName(f[2]))
		}
	}
	return e
}

var (
	fieldRE = regexp.MustCompile(`field (\S+) not found`)
	typeRE  = regexp.MustCompile("cannot unmarshal !!\\w+ `(.*)` into (\\S+)")
)

// syntaxLine finds the line a YAML syntax error is really on: yaml.v3
// names the line where the construct began (a mapping, a quote), so the
// first prefix of the document, in whole lines from that one on, that
// fails with the same message ends on the faulty line. 0 when no prefix
// reproduces it (the error is about the end of the document).
func syntaxLine(data []byte, from int, msg string) int {
	lines := strings.SplitAfter(string(data), "\n")
	var probe yaml.Node
	for n := max(from, 1); n <= len(lines); n++ {
		err := yaml.Unmarshal([]byte(strings.Join(lines[:n], "")), &probe)
		if err == nil {
			continue
		}
		m := strings.TrimPrefix(err.Error(), "yaml: ")
		if loc := yamlLineRE.FindString(m); loc != "" {
			m = strings.TrimSpace(strings.Replace(strings.Replace(m, loc+":", "", 1), loc, "", 1))
		}
		if m == msg {
			return n
		}
	}
	return 0
}

// typeName says what a Go type expects, for a person.
func typeName(t string) string {
	switch t {
	case "int", "int64", "int32", "uint", "uint64":
		return "a whole number"
	case "float64", "float32":
		return "a number"
	case "bool":
		return "true or false"
	case "time.Duration":
		return "a duration (30s, 5m, 2h)"
	case "string":
		return "a text"
	case "[]string":
		return "a list"
	}
	if strings.HasPrefix(t, "[]") {
		return "a list"
	}
	if strings.HasPrefix(t, "config.") || strings.HasPrefix(t, "map[") {
		return "a mapping (key: value lines)"
	}
	return "a " + t
}

// pathAt returns the dotted path (feeds[0].url) of the deepest key or
// sequence item on line, or "" when no setting starts there.
func pathAt(root *yaml.Node, line int) string {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	best := ""
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				p := k.Value
				if path != "" {
					p = path + "." + k.Value
				}
				if k.Line == line {
					best = p
				}
				walk(v, p)
			}
		case yaml.SequenceNode:
			for i, it := range n.Content {
				p := fmt.Sprintf("%s[%d]", path, i)
				if it.Line == line && best == "" {
					best = p
				}
				walk(it, p)
			}
		}
	}
	walk(n, "")
	return best
}

// lineOf finds the line of a dotted field path ("feeds[2].url") in a parsed
// document, or the deepest line found on the way; 0 when nothing matches.
func lineOf(root *yaml.Node, path string) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, part := range strings.Split(path, ".") {
		key, idx := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			key = part[:i]
			idx, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		if n.Kind != yaml.MappingNode {
			return line
		}
		found := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				line = n.Content[i].Line
				n = n.Content[i+1]
				found = true
				break
			}
		}
		if !found {
			return line
		}
		if idx >= 0 {
			if n.Kind != yaml.SequenceNode || idx >= len(n.Content) {
				return line
			}
			n = n.Content[idx]
			line = n.Line
		}
	}
	return line
}
