package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

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

// markNameLabel30 marks the answers of an interview printed with the
// interviewee's name as the answer label ("सन: …") and the questions
// unlabelled: the sentences after the labelled one in such a paragraph
// are the labelled person's words, the way markInterview21 marks a "जवाब:"
// paragraph, with as topic the one tracked party other than him that a
// question paragraph right before names. Only in a body where the same
// person labels two paragraphs or more; the labelled sentence itself has
// its speaker already (clauses: a name before a colon).
func (a *Analyzer) markNameLabel30(f *field, sents []sentence) {
	if f.name != "body" || len(sents) < 3 || len(f.mentions) < 2 {
		return
	}
	paraStart := func(sn *sentence) bool { return sn.a == 0 || f.toks[sn.a-1].Kind == hindi.Break }
	label := func(sn *sentence) int {
		if !paraStart(sn) || sn.ma >= sn.mb {
			return spkNone
		}
		m := f.mentions[sn.ma]
		if m.tok != sn.a || !a.isPerson[m.entity] || m.tokEnd+1 >= sn.b || f.words[m.tokEnd] != ":" {
			return spkNone
		}
		return m.entity
	}
	who, n := spkNone, 0
	for i := range sents {
		if e := label(&sents[i]); e != spkNone {
			if who != spkNone && e != who {
				return // two people labelled: a debate, not one interview
			}
			who = e
			n++
		}
	}
	if n < 2 {
		return
	}
	qStart := -1 // the first sentence of the paragraph before the current one
	pStart := -1 // the first sentence of the current paragraph
	topic, inAnswer := spkNone, false
	for i := range sents {
		sn := &sents[i]
		if paraStart(sn) {
			qStart, pStart = pStart, i
			inAnswer = label(sn) == who
			if !inAnswer {
				continue
			}
			topic = spkNone
			if qStart >= 0 && f.words[sents[i-1].b-1] == "?" {
				topic = a.askedParty30(f, sents[qStart:i], who)
			}
			continue
		}
		if !inAnswer || sn.qspk != spkNone || sn.qa >= 0 {
			continue
		}
		sn.qspk, sn.qtopic = who, topic
		sn.qa, sn.qb = sn.a, sn.b-1
	}
}

// askedParty30 is the one tracked party other than who that the
// question sentences qs name, or spkNone.
func (a *Analyzer) askedParty30(f *field, qs []sentence, who int) int {
	topic := spkNone
	for _, q := range qs {
		for _, m := range f.mentions[q.ma:q.mb] {
			if m.entity == who || m.entity == topic {
				continue
			}
			if topic != spkNone {
				return spkNone
			}
			topic = m.entity
		}
	}
	return topic
}

// quotedLabel30 reports an epithet at tokens [k, k+n) that is part of a
// quoted label a calling verb gives someone: "उन्हें 'नाकाम उपराष्ट्रपति'
// कहा", "Y को “कमजोर प्रधानमंत्री” बताया". The title there names what Y
// is called, not its holder (as dropQuotedNicknames does for a name).
// The quote opens at most three words before k, with no name between,
// and closes right after the epithet, before a calling verb.
func (s *sentCtx) quotedLabel30(k, n int) bool {
	e := k + n
	if e+1 >= s.sn.b || !isQuoteMark30(s.w(e)) || s.flag(e+1)&fwCall == 0 {
		return false
	}
	for j := k - 1; j >= s.sn.a && j >= k-4; j-- {
		if isQuoteMark30(s.w(j)) {
			return true
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
	}
	return false
}

// isQuoteMark30: a quote mark token (normalised: curly quotes are
// straight).
func isQuoteMark30(w string) bool {
	return w == "\"" || w == "'"
}

// orgSelf30 reports a singular subject pronoun (वह, वो) in the unquoted
// words of one organisation: the organisation itself ("O ने कहा कि
// लोग उसे इसलिए चुनते हैं क्योंकि वह सबसे अच्छा है"), as resolve grounds
// it; the evaluative reader then does not look for someone else.
func (a *Analyzer) orgSelf30(s *sentCtx, cl *clause, c *chunk, sp []int) bool {
	return len(sp) == 1 && !a.isPerson[sp[0]] && !a.isDeal[sp[0]] && cl.kind == ckContent && !cl.quoted && singularSubj(s.w(c.tok))
}
