package work

import "strings"

// Session 31 (FRESH2-H): names given as examples of those something is
// for.

// likeBeneficiary31 reports chunk c (or the coordinated group it ends)
// right before a likeness mark (जैसे/जैसी/जैसा) and an oblique plural
// (-ों) one or two words on that is followed by "के लिए": "P और Q जैसे
// अरबपतियों के लिए सरकार के पास पैसा है" — the names are examples of
// those the money is for, under the postposition, not the bare subject
// the evaluation "अरबपतियों के लिए" is said of (dbc-053). With a tracked
// subject before them likeOblique30 already says so; this holds with
// none.
func (s *sentCtx) likeBeneficiary31(c *chunk) bool {
	end := s.likeMarkAfter31(c)
	if end < 0 {
		return false
	}
	for j := end + 1; j <= end+2 && j+2 < s.sn.b && s.isWord(j); j++ {
		if strings.HasSuffix(s.w(j), "ों") {
			return s.w(j+1) == "के" && s.w(j+2) == "लिए"
		}
	}
	return false
}

// likeMarkAfter31 returns the index of a likeness mark (like_marks:
// जैसे/जैसी/जैसा) right after chunk c or the coordinated group it ends
// ("P और Q जैसे"), else -1; likeOblique30 and likeBeneficiary31 read on
// from it.
func (s *sentCtx) likeMarkAfter31(c *chunk) int {
	end := c.end
	for i := range s.chunks {
		if d := &s.chunks[i]; d.group == c.group && d.end > end && d.tok >= c.tok {
			end = d.end
		}
	}
	if end >= s.sn.b || s.class2(end)&cwLikeMark28 == 0 {
		return -1
	}
	return end
}

// withoutQualifier31 reads a qualifier "बिना N वाला/वाली/वाले" (one or
// two plain words N) at j inside a possessed noun group and returns the
// index after it: "O की बिना ड्राइवर वाली टैक्सी पर तंज" — the
// taxi is O's, the qualifier no postposition of the owner (ddb-030b).
// Else j.
func (s *sentCtx) withoutQualifier31(j int) int {
	if s.w(j) != "बिना" {
		return j
	}
	for e := j + 2; e <= j+3 && e < s.sn.b; e++ {
		w := s.w(e - 1)
		if !s.isWord(e-1) || s.mentionAt(e-1) || s.inMention(e-1) || isGenitive(w) {
			return j
		}
		switch s.w(e) {
		case "वाला", "वाली", "वाले":
			if e+1 < s.sn.b && s.isWord(e+1) {
				return e + 1
			}
			return j
		}
	}
	return j
}
