package work

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar/khabar/pipeline"
)

// Session 32 (INV): a feed that gives no title often puts the headline on
// the body's first line. Headline grammar — "X पर Y: '…'", "X का तंज",
// "…, X ने सराहा", "A बनाम B", "A और B के बीच करार, …" — is read in the
// title field only, so the same story read its headline's stances when
// the outlet sent a title and lost them (95 dev pairs, the invariance
// harness's T2) when it did not. A story with an empty title whose
// body's first line ends with no sentence mark, holds no danda and is
// short, with more body after it, is read with that line as its title.
// The analysis still speaks of the story as sent: what the line gives
// is located in the body (field "body", the line's own offsets), and
// the rest of the body's offsets are the body's.

// headlineWords32 is the longest first line read as a headline.
const headlineWords32 = 24

// headlineLine32 returns the byte length of body's first line when it
// reads as a headline (see above), else -1.
func headlineLine32(body string) int {
	i := strings.IndexByte(body, '\n')
	if i < 0 {
		i = len(body) // a one-line body: the headline alone
	}
	if i == 0 {
		return -1
	}
	line := strings.TrimRight(body[:i], " \t\r")
	// The last mark, past closing quotes: a stop there ends a sentence;
	// a colon, dash or comma leads into the next line ("X ने लिखा:",
	// "X से बातचीत के अंश:"). Tested first: most first lines end in a
	// danda, and the test costs one character.
	end := strings.TrimRight(line, "\"'”’ ")
	r, _ := utf8.DecodeLastRuneInString(end)
	if r == '।' || r == '॥' || strings.ContainsRune(".?!|;:,-–—", r) {
		return -1
	}
	// The word count stops at the cap, so a long line costs a few words,
	// not a scan of its bytes.
	if w := wordsUpTo32(line, headlineWords32+1); w == 0 || w > headlineWords32 {
		return -1
	}
	if strings.Contains(line, "।") || strings.Contains(line, "॥") {
		return -1
	}
	return i
}

// wordsUpTo32 counts the words of s as strings.Fields splits them,
// stopping at limit.
func wordsUpTo32(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// headlineSplit32 is the title and body the story is read with, and the
// byte offset of the read body in the story's body (0: as sent; -1: the
// body is read whole as the title).
func headlineSplit32(s *pipeline.Story) (title, body string, shift int) {
	if s.Title != "" {
		return s.Title, s.Body, 0
	}
	c := headlineLine32(s.Body)
	if c < 0 {
		return s.Title, s.Body, 0
	}
	if c == len(s.Body) {
		return s.Body, "", -1
	}
	return s.Body[:c], s.Body[c+1:], c + 1
}

// headlineBack32 locates in the story's body what was read in the split
// fields: the headline line's spans keep their offsets (the line opens
// the body), the rest shift by the line's length (shift; -1 for a body
// read whole as the title).
func headlineBack32(out *pipeline.Analysis, shift int) {
	if shift == 0 {
		return
	}
	if shift < 0 {
		shift = 0
	}
	for i := range out.Mentions {
		m := &out.Mentions[i]
		if m.Field == "title" {
			m.Field = "body"
		} else {
			m.Start += shift
			m.End += shift
		}
	}
	for i := range out.Stances {
		st := &out.Stances[i]
		switch st.Field {
		case "title":
			st.Field = "body"
		case "body":
			st.Start += shift
			st.End += shift
		}
	}
}
