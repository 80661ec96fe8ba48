package work

import "github.com/khabar/khabar/internal/hindi"

// Session 32 (INV): a dateline after a background paragraph.
//
// datelineLabel read "मुंबई: …" as a dateline only at the body's very
// start; an outlet that opens with a line of background (or a feed that
// puts a standfirst first) moved the dateline to the second paragraph,
// where its colon was read as a speaker's label and the report after it
// as someone's words (10 dev pairs, the invariance harness's T5a). A
// paragraph that opens the body's news — no tracked name in the body
// before it — may carry the dateline too.

// datelineOpens32 reports that token k opens the body, or opens a
// paragraph with no tracked name before it in the field.
func datelineOpens32(f *field, k int) bool {
	if k == 0 {
		return true
	}
	if f.toks[k-1].Kind != hindi.Break {
		return false
	}
	return len(f.mentions) == 0 || f.mentions[0].tok >= k
}
