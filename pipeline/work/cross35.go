package work

import "strings"

// calledInfLabel35 reads a frame that stands as an oblique infinitive
// inside a calling label headed by a plain noun: "X ने Y की योजना को
// 'देश को कंगाल करने का नुस्खा' बताया", "… को किसानों को बर्बाद करने का
// रास्ता करार दिया". The frame's own object (देश को) is inside the label;
// what the label is said of is the clause's tracked को-object before it,
// as with "… करने वाला कदम बताया". It returns that one, or -1.
//
// The label: the frame ends in an infinitive (…ने), then का/की/के, at
// most two words (and quote marks), then a calling verb; between the
// को-object's marker and the frame at most five tokens, none a name.
func (a *Analyzer) calledInfLabel35(s *sentCtx, ci int, o occurrence, srcs []int) int {
	end := o.k + o.n
	if end >= s.sn.b || !strings.HasSuffix(s.w(end-1), "ने") || !isGenitive(s.w(end)) {
		return -1
	}
	words, call := 0, false
	for j := end + 1; j < s.sn.b && j <= end+5; j++ {
		if s.isQuoteTok(j) {
			continue
		}
		if s.flag(j)&fwCall != 0 {
			call = true
			break
		}
		if !s.isWord(j) || s.mentionAt(j) || s.flag(j)&fwPostposition != 0 {
			return -1
		}
		if words++; words > 2 {
			return -1
		}
	}
	if !call || words == 0 {
		return -1
	}
	y := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.mk != mkKo || c.ent < 0 || c.at >= o.k || o.k-c.at > 6 || containsInt(srcs, c.ent) {
			continue
		}
		ok := true
		for j := c.at + 1; j < o.k; j++ {
			if s.mentionAt(j) || s.flag(j)&fwCall != 0 {
				ok = false
			}
		}
		if ok {
			y = c.ent
		}
	}
	return y
}

// orgOpensSentence35 reports an organisation noun at k that opens its
// sentence as the bare subject ("सॉफ्टबैंक ने … । कंपनी ओपनएआई में 30
// अरब डॉलर लगा चुकी है"): like "कंपनी ने" and the bare subject that
// opens someone's words (orgSubjectOpens19), it is the story's last
// organisation. Only the body's sentences; a word follows, not a
// postposition (checked by the caller).
func orgOpensSentence35(s *sentCtx, k int) bool {
	if s.f.name == "title" {
		return false
	}
	j := s.sn.a
	for j < k && !s.isWord(j) {
		j++
	}
	return j == k
}
