package work

import "github.com/khabar/khabar/internal/hindi"

// Session 32 (INV): a question-and-answer body whose paragraphs a feed
// ran together ("… सवाल: Y के बारे में? जवाब: वह …").
//
// The interview readers (interviewCue21, interviewCue27) took a label
// (सवाल:, जवाब:, Q:, A:) only at a paragraph's start, so the same
// interview lost its answers' speaker when the feed joined its
// paragraphs (15 dev pairs, the invariance harness's T6a). A label that
// opens a sentence right after a sentence's stop counts as well.

// labelOpens32 reports that token k opens a paragraph, or a sentence
// right after another's stop (a danda, ?, !, a full stop, or a closing
// quote after one).
func labelOpens32(f *field, k int) bool {
	if k == 0 {
		return true
	}
	p := k - 1
	if f.toks[p].Kind == hindi.Break {
		return true
	}
	if isQuote(f.words[p]) && p > 0 {
		p--
	}
	switch f.words[p] {
	case "।", "?", "!", ".":
		return true
	}
	return false
}
