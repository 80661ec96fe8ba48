package elastic

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// appendJSON appends the document as JSON: what json.Marshal gives (the
// same fields, names and omissions), without its reflection, its
// rune-by-rune scan of Hindi text and its re-compaction of every time
// value — the sink's largest cost per story, paid on the cores the node
// indexes with. Nested records (amounts, stances, mentions, events) are
// few per story and go through json.Marshal.
func (d *storyDoc) appendJSON(b []byte) ([]byte, error) {
	var err error
	b = append(b, `{"id":`...)
	b = appendJSONString(b, d.ID)
	b = append(b, `,"@timestamp":`...)
	if b, err = appendJSONTime(b, d.Timestamp); err != nil {
		return nil, fmt.Errorf("@timestamp: %w", err)
	}
	if d.PublishedGuessed {
		b = append(b, `,"published_guessed":true`...)
	}
	if !d.Fetched.IsZero() {
		b = append(b, `,"fetched":`...)
		if b, err = appendJSONTime(b, d.Fetched); err != nil {
			return nil, fmt.Errorf("fetched: %w", err)
		}
	}
	b = appendField(b, "title", d.Title, false)
	b = appendField(b, "body", d.Body, false)
	b = appendField(b, "search_title", d.SearchTitle, false)
	b = appendField(b, "search_body", d.SearchBody, false)
	b = appendField(b, "url", d.URL, true)
	b = appendField(b, "guid", d.GUID, true)
	b = appendField(b, "feed", d.Feed, true)
	b = appendField(b, "source", d.Source, true)
	b = appendStrings(b, "sources", d.Sources, true)
	b = appendField(b, "category", d.Category, true)
	b = appendField(b, "language", d.Language, true)
	if d.LanguageScore != 0 {
		b = append(b, `,"language_score":`...)
		b = appendJSONFloat(b, d.LanguageScore)
	}
	b = appendField(b, "topic2", d.Topic2, true)
	if b, err = appendMarshalled(b, "topics", len(d.Topics), d.Topics); err != nil {
		return nil, err
	}
	b = appendField(b, "feed_category", d.FeedCategory, true)
	b = appendStrings(b, "entities", d.Entities, false)
	b = appendStrings(b, "persons", d.Persons, true)
	b = appendStrings(b, "orgs", d.Orgs, true)
	b = appendStrings(b, "deals", d.Deals, true)
	for _, f := range []struct {
		name  string
		n     int
		value any
	}{{"amounts", len(d.Amounts), d.Amounts}, {"stances", len(d.Stances), d.Stances}} {
		if b, err = appendMarshalled(b, f.name, f.n, f.value); err != nil {
			return nil, err
		}
	}
	b = appendStrings(b, "hostile_targets", d.HostileTargets, true)
	b = appendStrings(b, "feud_pairs", d.FeudPairs, true)
	if d.Feud {
		b = append(b, `,"feud":true`...)
	} else {
		b = append(b, `,"feud":false`...)
	}
	b = appendField(b, "cluster", d.Cluster, true)
	for _, f := range []struct {
		name  string
		n     int
		value any
	}{{"mentions", len(d.Mentions), d.Mentions}, {"shifts", len(d.Shifts), d.Shifts}, {"events", len(d.Events), d.Events}} {
		if b, err = appendMarshalled(b, f.name, f.n, f.value); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

func appendField(b []byte, name, v string, omitEmpty bool) []byte {
	if omitEmpty && v == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendJSONString(b, v)
}

// appendStrings appends a string list; nil is null unless omitted, as with
// json.Marshal.
func appendStrings(b []byte, name string, vs []string, omitEmpty bool) []byte {
	if omitEmpty && len(vs) == 0 {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	if vs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, v)
	}
	return append(b, ']')
}

func appendMarshalled(b []byte, name string, n int, v any) ([]byte, error) {
	if n == 0 { // omitempty
		return b, nil
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return append(b, raw...), nil
}

// appendJSONFloat is encoding/json's float64 (shortest form, exponent
// only for very small and very large numbers, e-07 written e-7); the
// document's floats are finite.
func appendJSONFloat(b []byte, f float64) []byte {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		n := len(b)
		b = strconv.AppendFloat(b, f, 'e', -1, 64)
		if m := len(b); m-n >= 4 && b[m-4] == 'e' && b[m-3] == '-' && b[m-2] == '0' {
			b[m-2] = b[m-1]
			b = b[:m-1]
		}
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// appendJSONTime is time.Time's MarshalJSON (RFC 3339 with sub-second
// precision; an error for a year outside [0,9999]).
func appendJSONTime(b []byte, t time.Time) ([]byte, error) {
	b = append(b, '"')
	b, err := t.AppendText(b)
	if err != nil {
		return nil, err
	}
	return append(b, '"'), nil
}

// appendJSONString appends s as a JSON string, as encoding/json does
// without HTML escaping: valid UTF-8 is copied as it is (but U+2028 and
// U+2029, which encoding/json escapes), control characters are escaped,
// and text that is not valid UTF-8 goes through encoding/json, which
// replaces the invalid bytes.
func appendJSONString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		var sb strings.Builder
		enc := json.NewEncoder(&sb)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(s) // a string always encodes
		return append(b, strings.TrimSuffix(sb.String(), "\n")...)
	}
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0xE2 {
			continue
		}
		if c == 0xE2 { // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 >= len(s) || s[i+1] != 0x80 || s[i+2]&^1 != 0xA8 {
				continue
			}
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
			i += 2
			start = i + 1
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
