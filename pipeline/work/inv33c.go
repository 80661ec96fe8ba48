package work

import (
	"strings"
	"time"

	"github.com/khabar/khabar/internal/hindi"
)

// Session 33 (inv6): what sits between a person's name and its marker.
//
// "X (54) ने …", "X (बाएं) और Y …", "X, जो <org> के प्रमुख हैं, ने …":
// outlets put an age or a short note in brackets, or a relative clause
// that describes the person, right after a name. The readers that look
// right past a name for its postposition (an agent with ने, a fronted
// genitive "Y की X ने आलोचना की", the subject a later "और उन्हें …"
// conjunct shares) saw the bracket or the comma instead, and the
// invariance harness's U4a/U4r lost 31 and 21 dev pairs. So a person's
// mention spans, like an honorific (honor32):
//   - a bracket right after it: "(" … ")" on the same line holding one to
//     four words or numbers and no other mention;
//   - a describing relative clause ", जो … <copula>," of at most twelve
//     tokens, with no other mention, no quote mark and no stop inside,
//     ending in a copula (है, हैं, था, थे, थी, थीं, रहे, रहा, रही), and
//     followed by a postposition.
// The mention's text and offsets stay the name's. A clause that names a
// tracked entity ("X, जो Y के आलोचक हैं, ने") is left alone: it may hold a
// stance of its own.

// appos33c stretches every person mention of the fields over a bracket or
// a describing relative clause right after it.
func (m *Matcher) appos33c(fields []*field) {
	m.stretchPersons(fields, func(f *field, j, next int) int {
		if j+2 >= len(f.words) {
			return 0
		}
		switch f.words[j] {
		case "(":
			return bracketEnd33c(f, j, next)
		case ",":
			return relativeEnd33c(f, j, next)
		}
		return 0
	})
}

// bracketEnd33c is the index after the ")" closing the bracket opened at
// j (1–4 words or numbers before next), or 0.
func bracketEnd33c(f *field, j, next int) int {
	for k := j + 1; k < len(f.toks) && k < next && k <= j+5; k++ {
		switch {
		case f.words[k] == ")":
			if k == j+1 {
				return 0
			}
			return k + 1
		case f.toks[k].Kind == hindi.Word, f.toks[k].Kind == hindi.Number:
		default:
			return 0
		}
	}
	return 0
}

// relativeEnd33c is the index after the "," closing a describing relative
// clause ", जो … <copula>," opened at j and followed by a postposition, or 0.
func relativeEnd33c(f *field, j, next int) int {
	if j+1 >= len(f.words) || f.words[j+1] != "जो" {
		return 0
	}
	for k := j + 2; k < len(f.toks) && k <= j+13; k++ {
		if k >= next {
			return 0
		}
		if f.toks[k].Kind != hindi.Word {
			if f.words[k] != "," || k+1 >= len(f.words) {
				return 0
			}
			if !copula33c(f.words[k-1]) || !postposition33c(f.words[k+1]) {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

func copula33c(w string) bool {
	switch w {
	case "है", "हैं", "था", "थे", "थी", "थीं", "रहे", "रहा", "रही":
		return true
	}
	return false
}

func postposition33c(w string) bool {
	switch w {
	case "ने", "का", "की", "के", "को", "पर", "से":
		return true
	}
	return false
}

// apposSpan33c is, when token k is the comma that opens a relative clause
// a person's mention was stretched over (appos33c), the index after the
// mention; else 0. The clause builder keeps such a clause in the name's
// clause: it describes the name, it does not interrupt the sentence.
func apposSpan33c(f *field, sn *sentence, k int) int {
	if f.words[k] != "," || k+1 >= sn.b || f.words[k+1] != "जो" {
		return 0
	}
	for _, m := range f.mentions[sn.ma:sn.mb] {
		if m.tok < k && k < m.tokEnd {
			return m.tokEnd
		}
		if m.tok > k {
			break
		}
	}
	return 0
}

// passiveFinite33c: the participle that ends before token e is a finite
// passive, not one that qualifies a noun — कि or a copula follows it
// ("X की ओर से कहा गया कि …", "X की ओर से आरोप लगाया गया है कि …"). Then
// X is the doer of the clause (mkAgent), not the owner of a noun after
// the कि (participleOwner).
func passiveFinite33c(s *sentCtx, e int) bool {
	return s.flag(e)&(fwKi|fwCopula) != 0
}

// officeSpan33c is the length of the reference at token k that the story's
// office word there gives entity e: 1, or the longest of e's own
// descriptions in force that start with the word and stand here in full
// ("अरबपति निवेशक ने" in a story that wrote "अरबपति रीड हॉफमैन": the
// office "अरबपति" is Hoffman's, and so is the two-word kind; read as one
// word, "निवेशक" was left over as the head of the phrase and "ने" no
// longer marked Hoffman).
func officeSpan33c(s *sentCtx, k, e int, eps []epithet) int {
	n := 1
	for i := range eps {
		ep := &eps[i]
		if ep.entity != e || ep.office || ep.act || len(ep.words) <= n {
			continue
		}
		if !ep.always && s.st != nil && !ep.period.At(s.st.published) {
			continue
		}
		whole := k+len(ep.words) <= s.sn.b
		for x := 1; whole && x < len(ep.words); x++ {
			whole = s.f.words[k+x] == ep.words[x] && !s.inMention(k+x)
		}
		if whole && !s.mentionAt(k+len(ep.words)) {
			n = len(ep.words)
		}
	}
	return n
}

// epithOwner33c: a person named by a title owns an organisation noun or a
// proxy after a genitive as a name does ("स्पेसएक्स प्रमुख की कंपनियां …",
// "स्पेसएक्स प्रमुख के वकील ने …").
const epithOwner33c = true

// Session 33 (inv6b): a passive claim whose claimant is named.

// namedClaimant33c: token k is the ओर of "X की ओर से" with X a tracked
// mention — the claimant of a passive claim in the clause ("X की ओर से
// दावा किया गया कि …"). Then the claim is X's, not hearsay of a video or
// a report (reportClaim); outlets write "<नेता> की ओर से दावा किया गया
// कि" as often as "X ने दावा किया कि".
func namedClaimant33c(s *sentCtx, k int) bool {
	return s.w(k+1) == "से" && s.w(k-1) == "की" && k-2 >= s.sn.a && s.inMention(k-2)
}

// officeOrKind33c is the reference at token k when the story gave the
// office word there to person e: e over officeSpan33c, unless a longer
// description in force of one other person stands here in full ("अरबपति
// निवेशक ने" for a billionaire investor in a story that wrote "अरबपति एलन
// मस्क": the office "अरबपति" is Musk's, the two-word kind the investor's —
// the longer phrase wins, as among kinds in epithetAt). A key the story
// gave someone itself keeps its holder.
func (a *Analyzer) officeOrKind33c(s *sentCtx, k, e int, eps []epithet, at time.Time) (int, int) {
	n := officeSpan33c(s, k, e, eps)
	ke, kn, two := -1, n, false
	for i := range eps {
		ep := &eps[i]
		if !ep.kind || ep.office || ep.entity == e || len(ep.words) <= n {
			continue
		}
		if !ep.always && !ep.period.At(at) {
			continue
		}
		if m := a.kindAt(s, k, ep); m > kn {
			ke, kn, two = ep.entity, m, false
		} else if m > 0 && m == kn && ep.entity != ke {
			two = true
		}
	}
	if ke < 0 || two {
		return e, n
	}
	if o, given := s.st.offices[strings.Join(s.f.words[k:k+kn], " ")]; given && o != ke {
		return e, n
	}
	return ke, kn
}

// Session 33 (inv6b): a conjunct named by title and surname.
//
// "X और लिंक्डइन के सह-संस्थापक हॉफमैन, दोनों ने …", "X और एशिया के सबसे
// अमीर व्यक्ति अंबानी पर …": outlets name the second of a pair by a title
// with a genitive in it. X shares the postposition of the name after
// the title; the title's genitive does not make X an owner (mkMod), and
// the apposition ", दोनों" between the name and its postposition is
// passed over as the chunker passes it after a name.

// bothSkip33c is the token after ", दोनों (नेताओं)" at n, or n.
func bothSkip33c(s *sentCtx, n int) int {
	if s.w(n) == "," && s.flag(n+1)&fwBoth != 0 {
		n++
	}
	if s.flag(n)&fwBoth != 0 {
		n++
		if s.isWord(n) && s.flag(n)&fwPostposition == 0 && !s.mentionAt(n) {
			n++
		}
	}
	return n
}

// titledConjunct33c reads, at the coordinator n after a person's name, a
// watchlist epithet (in force) with a genitive in it of the tracked
// person named right after it — "<org> के <title> <name>" — and returns
// that name's postposition.
func (a *Analyzer) titledConjunct33c(s *sentCtx, n int) (mk marker, at, head int, ok bool) {
	id := s.wordID(n + 1)
	if id < 0 || int(id) >= len(a.epithOf) || s.mentionAt(n+1) {
		return 0, 0, 0, false
	}
	if p := s.mentionEndingAt(n - 1); p < 0 || !a.isPerson[p] {
		return 0, 0, 0, false
	}
	for i := range a.epithOf[id] {
		ep := &a.epithOf[id][i]
		if ep.act || len(ep.words) < 3 || !ep.always && !ep.period.At(s.published) {
			continue
		}
		// (a title with no genitive, "X और स्पेसएक्स प्रमुख Y", is
		// coordinated as two names are)
		gen := false
		for _, w := range ep.words[1:] {
			gen = gen || isGenitive(w)
		}
		if !gen {
			continue
		}
		j := n + 2
		for _, w := range ep.words[1:] {
			if s.w(j) == "-" && s.isWord(j+1) {
				j++
			}
			if j >= s.sn.b || s.f.words[j] != w || s.inMention(j) {
				j = -1
				break
			}
			j++
		}
		if j < 0 || !s.mentionAt(j) || s.mentionID(j) != ep.entity || !a.isPerson[ep.entity] {
			continue
		}
		if e := s.mentionEnd(j); s.flag(e)&fwRecip == 0 {
			mk, at, head, _ := a.markerAfter(s, bothSkip33c(s, e), false)
			return mk, at, head, true
		}
		return 0, 0, 0, false
	}
	return 0, 0, 0, false
}
