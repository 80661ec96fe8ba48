package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

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

// relListStarts35 reports, for relClosed, a relative clause with no verb
// yet whose first comma opens a list: the relative word and one short
// item before the comma, and after it a coordinator or another comma
// within six words, before any finite verb ("…, जिसमें एजीआई, चिप की
// किल्लत, बिजली की मांग और … पर बात हुई, Y का मजाक उड़ाया": the first
// item is one word, so relListGoesOn31, which asks for a list comma
// already in the clause, did not hold and the clause closed at the
// first comma, leaving the main verb with no agent).
func relListStarts35(f *field, sn *sentence, fl []uint64, toks []int, c int) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	for _, k := range toks {
		if f.words[k] == "," {
			return false
		}
	}
	for j := c + 1; j < sn.b && j <= c+6; j++ {
		switch {
		case fl[j-sn.a]&fwAnd != 0 || f.words[j] == ",":
			return true
		case isGenitive(f.words[j]):
			// (की is also "did": inside a list item it is the genitive.)
		case fl[j-sn.a]&(fwFinite|fwCopula|fwBreak|fwKi) != 0:
			return false
		}
	}
	return false
}

// genitiveKi35 reports की at k inside a relative clause before the comma
// at c as the genitive, not the verb "did": a word of the clause follows
// it that is no auxiliary or copula ("जिसमें चिप की किल्लत, …"), where the
// verb की ends its clause or takes an auxiliary ("जिन्होंने Y की आलोचना
// की, …", "… की थी, …").
func genitiveKi35(f *field, sn *sentence, fl []uint64, k, c int) bool {
	if f.words[k] != "की" || k+1 >= c {
		return false
	}
	return f.toks[k+1].Kind == hindi.Word && fl[k+1-sn.a]&(fwFinite|fwCopula) == 0
}
