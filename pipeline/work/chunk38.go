package work

import "strings"

// orgBeforePlural38 (session 38, eval3) reports a tracked organisation
// ending right before token n, a plain plural oblique noun (-ों, -ओं)
// under a genitive, where the organisation is the bare subject of its
// clause: "“मेटा बच्चों की सुरक्षा से खिलवाड़ कर रही है”", "कहा कि
// ओपनएआई ग्राहकों के डेटा से …". A company written before a singular
// noun still owns it as a compound ("ओपनएआई करार पर", "X मामले पर");
// a plural oblique after it opens a phrase of its own, as after a
// person's name (topicAfterSubject15 asks the same places: after कि,
// at the start of the clause, after के मुताबिक).
func (a *Analyzer) orgBeforePlural38(s *sentCtx, n int) bool {
	w := s.w(n)
	if !strings.HasSuffix(w, "ों") && !strings.HasSuffix(w, "ओं") || !isGenitive(s.w(n+1)) || s.agentAfter16(n) {
		return false
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tokEnd == n && m.entity >= 0 && !a.isPerson[m.entity] && !a.isDeal[m.entity] {
			return s.w(m.tok-1) == "कि" || titleAfterKi32(s, m.tok) || bareSubject33b(s, m.tok, n) || afterAccording33a(s, m.tok, n) || quoteOpenAt38(s, m.tok)
		}
	}
	return false
}

// quoteOpenAt38 reports an opening quote right before token k.
func quoteOpenAt38(s *sentCtx, k int) bool {
	switch s.w(k - 1) {
	case "“", "\"", "‘", "'":
		return true
	}
	return false
}

// mentionedWhile38 reports a participle of करना at k after "X का
// जिक्र/उल्लेख" ("X का जिक्र करते हुए कहा", "… का जिक्र करके बोले"): X is
// what the words are about, as with "X का नाम लेते हुए" or "X की ओर
// इशारा करते हुए"; the quote's "यह आदमी", वह or वे is X. A finite "X का
// जिक्र किया" is left as it was.
func mentionedWhile38(s *sentCtx, k int) bool {
	switch s.w(k) {
	case "करते":
		return s.w(k+1) == "हुए"
	case "करके", "कर":
		return true
	}
	return false
}

// epithetOpens38 reports an epithet at [k, k+n) that opens its clause
// (after an opening quote or कि, or at the sentence start) before a plain
// noun under a genitive, with no ने later in the clause: "“कांग्रेस के
// शहजादे विदेश की धरती पर जाकर देश को बदनाम करते हैं”". The epithet is the
// bare subject, not the owner of the noun after it (markerAfter's "X करार
// पर" compound), as a person's name there is (topicAfterSubject15).
func epithetOpens38(s *sentCtx, k, n int) bool {
	j := k + n
	if !s.isWord(j) || s.flag(j)&^fwEntry != 0 || s.mentionAt(j) || s.inMention(j) || !isGenitive(s.w(j+1)) || s.agentAfter16(j) {
		return false
	}
	return k == s.sn.a || s.w(k-1) == "कि" || quoteOpenAt38(s, k)
}
