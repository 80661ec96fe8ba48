package feeds

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanText turns a title or summary, which feeds fill with HTML, escaped
// HTML or plain text alike, into clean plain text: tags dropped (script and
// style with their content), entities decoded, block boundaries kept as
// line breaks, control characters removed, invalid UTF-8 repaired, runs of
// spaces collapsed.
func cleanText(s string, multiline bool) string {
	s = repairUTF8(s)
	if strings.ContainsAny(s, "<&") {
		s = htmlToText(s)
		// Doubly-escaped HTML (&lt;p&gt;) decodes into tags on the first pass.
		if strings.Contains(s, "<") && strings.Contains(s, ">") && looksLikeHTML(s) {
			s = htmlToText(s)
		}
	}
	return collapse(s, multiline)
}

func looksLikeHTML(s string) bool {
	l := strings.ToLower(s)
	for _, t := range []string{"<p", "<br", "<div", "<a ", "<img", "<b>", "<i>", "<span", "<strong", "</"} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true, atom.Pre: true, atom.Hr: true,
}

func htmlToText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Iframe {
				skip++
			}
			if blockTags[a] {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if (a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Iframe) && skip > 0 {
				skip--
			}
			if blockTags[a] {
				b.WriteByte('\n')
			}
		}
	}
}

// collapse removes control characters and squeezes whitespace; multiline
// keeps paragraph breaks (as one "\n").
func collapse(s string, multiline bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space, newline := false, false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			newline = true
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
		case r == utf8.RuneError, r == '\ufeff', unicode.IsControl(r):
			// dropped: controls, BOMs and the marks left by repair
			continue
		default:
			if b.Len() > 0 {
				if newline && multiline {
					b.WriteByte('\n')
				} else if newline || space {
					b.WriteByte(' ')
				}
			}
			space, newline = false, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// repairUTF8 drops invalid byte sequences.
func repairUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "")
}

// stripXMLControls removes bytes that are illegal in XML 1.0 (C0 controls
// other than tab, newline and carriage return); encoding/xml stops at the
// first one, and real feeds carry them pasted from word processors.
func stripXMLControls(b []byte) []byte {
	clean := true
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			clean = false
			break
		}
	}
	if clean {
		return b
	}
	return bytes.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, b)
}
