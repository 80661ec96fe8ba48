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

// suchPartner30 grounds an evaluative word right after "ऐसा/ऐसे/ऐसी" in
// someone's words by the partner an earlier clause of the same words
// names with के साथ and a tie word (words.yaml tie_words) within five
// words: "'Y के साथ हमारी पार्टनरशिप ने रफ्तार बदल दी है, ऐसा साथी
// मिलना किस्मत की बात है'" — the one such partner who is not a speaker,
// or -1.
func (a *Analyzer) suchPartner30(s *sentCtx, ci int, o occurrence, sp []int) int {
	switch s.w(o.k - 1) {
	case "ऐसा", "ऐसे", "ऐसी":
	default:
		return -1
	}
	parent := s.cls[ci].parent
	e := -1
	for _, c := range s.chunks {
		if c.tok >= o.k {
			break
		}
		if c.mk != mkSaath || c.ent < 0 || c.pron != 0 || c.clause < 0 || c.clause >= len(s.cls) || containsInt(sp, c.ent) {
			continue
		}
		if c.clause != ci && s.cls[c.clause].parent != parent {
			continue
		}
		tie := false
		for j := c.at; j < o.k && j <= c.at+5; j++ {
			if s.class(j)&cwTieWord25 != 0 {
				tie = true
				break
			}
		}
		if !tie {
			continue
		}
		if e >= 0 && e != c.ent {
			return -1
		}
		e = c.ent
	}
	return e
}
