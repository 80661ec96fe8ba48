package work

import "strings"

// askedAbout30 grounds a pronoun in quoted words that open their
// sentence and name no one before it, by the question put to the speaker
// after the quote: "'मेरी उनसे बात करने में कोई दिलचस्पी नहीं,' X ने कहा,
// जब उनसे पूछा गया कि क्या वह Y का फोन उठाएंगे" — the one person, not a
// source, named in a जब clause with an asking verb (पूछ-) or in its
// content clause, after token tok; -1 otherwise (none, or two).
func (a *Analyzer) askedAbout30(s *sentCtx, tok int, srcs []int) int {
	e := -1
	for qi := range s.cls {
		q := &s.cls[qi]
		if q.kind != ckRel || q.relTok < tok || s.w(q.relTok) != "जब" || !s.asks30(q) {
			continue
		}
		for _, c := range s.chunks {
			if c.tok <= tok || c.pron != 0 || c.ent < 0 || !a.isPerson[c.ent] || containsInt(srcs, c.ent) {
				continue
			}
			if c.clause != qi && (c.clause < 0 || c.clause >= len(s.cls) || s.cls[c.clause].parent != qi) {
				continue
			}
			if e >= 0 && e != c.ent {
				return -1
			}
			e = c.ent
		}
	}
	return e
}

// asks30 reports an asking verb (पूछा, पूछे, पूछी …) in clause q.
func (s *sentCtx) asks30(q *clause) bool {
	for _, k := range q.toks {
		if strings.HasPrefix(s.w(k), "पूछ") {
			return true
		}
	}
	return false
}
