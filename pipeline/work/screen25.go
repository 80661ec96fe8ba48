package work

import "github.com/khabar/khabar/internal/hindi"

// Speed pass, session 25 (SCREEN): the session's readers skipped where
// they cannot act, output unchanged (TestPerfEquivalence byte-identical).
//
//   - polarity25's guards each need a word of class cwPlanTalk25,
//     cwRelationNoun25 or cwHelpNoun25 in the sentence: rule bits
//     rwPlanTalk25, rwRelation25, rwHelp25 (set from classOf, as
//     classRules24 does) let a sentence with none skip them;
//   - answeredAttacks25 acts only for a stance read in a sentence with a
//     reply word: prepareBuf lists a field's reply words
//     (field.replyToks25, by the token mark markReply25) in the pass
//     that reads each token's flags, and answeredAttacks25 reads only
//     the sentences holding one (replySpans25) instead of every word id
//     of the story, and lists all the story's sentences (appendSentSpans25)
//     only for a stance in one of them;
//   - rejectsCharge25 needs a charge word and an unjustified or denial
//     word in the sentence (flagsMayHave).

// Rule bits of the session's word classes (after rules16.go's).
const (
	rwPlanTalk25 = rwJibe24 << (iota + 1) // a word of class cwPlanTalk25 (planTalk25's guard)
	rwRelation25                          // a word of class cwRelationNoun25 (pastRelation25's, seemingRelation25's guard)
	rwHelp25                              // a word of class cwHelpNoun25 (grievedHelp25's guard)
)

// rwPolarity25 are the bits polarity25's guards need one of: it is not
// called for a sentence without (stance.go, add).
const rwPolarity25 = rwPlanTalk25 | rwRelation25 | rwHelp25

// markReply25 marks (Analyzer.tokMark) a word of class cwReply25.
const markReply25 = markPunct << 1

// screens25 ORs the session's class rule bits into ruleOf and marks the
// reply words in tokMark; New calls it once, after ruleOf, classOf and
// tokMark are built.
func (a *Analyzer) screens25() {
	for i, c := range a.classOf {
		if i < len(a.ruleOf) {
			if c&cwPlanTalk25 != 0 {
				a.ruleOf[i] |= rwPlanTalk25
			}
			if c&cwRelationNoun25 != 0 {
				a.ruleOf[i] |= rwRelation25
			}
			if c&cwHelpNoun25 != 0 {
				a.ruleOf[i] |= rwHelp25
			}
		}
		if c&cwReply25 != 0 && i < len(a.tokMark) {
			a.tokMark[i] |= markReply25
		}
	}
}

// mayRead25 reports that a sentence may hold a word of a class whose rule
// bit is in bits: false only for a sentence readSentence screened
// without one.
func (s *sentCtx) mayRead25(bits uint64) bool {
	return s.sentRules()&bits != 0
}

// replySpan25 is a sentence of field name whose reply word
// hasReplyWord25 accepts, by its span in the original text.
type replySpan25 struct {
	name   string
	os, oe int
}

// replySpans25 lists the story's sentences that hold a reply word
// hasReplyWord25 accepts (a stance read elsewhere answers nothing:
// answeredAttacks25). A field prepareBuf did not mark is read word by
// word.
func (a *Analyzer) replySpans25(fields []*field, out []replySpan25) []replySpan25 {
	for _, f := range fields {
		toks := f.replyToks25
		if !f.marked25 {
			toks = nil
			for k, id := range f.wid {
				if uint(id) < uint(len(a.classOf)) && a.classOf[id]&cwReply25 != 0 {
					toks = append(toks, int32(k))
				}
			}
		}
		if len(toks) == 0 {
			continue
		}
		// The sentences are in order and do not overlap (sentencesBuf):
		// each token's is found by halving, and is listed once.
		sents, last := f.buf.sents, -1
		for _, t := range toks {
			k := int(t)
			lo, hi := 0, len(sents) // the first sentence ending after k
			for lo < hi {
				if m := int(uint(lo+hi) >> 1); sents[m].b <= k {
					lo = m + 1
				} else {
					hi = m
				}
			}
			if lo == len(sents) || lo == last {
				continue
			}
			sn := sents[lo]
			if k < sn.a || sn.b-sn.a == 1 && f.toks[sn.a].Kind == hindi.Break {
				continue // (appendSentSpans25 lists no such sentence)
			}
			// (The test of hasReplyWord25: "जवाब मिलने पर" is none.)
			if answerGot25(f, k, sn.b) {
				continue
			}
			os, oe := f.text.OrigSpan(f.toks[sn.a].Start, f.toks[sn.b-1].End)
			out = append(out, replySpan25{name: f.name, os: os, oe: oe})
			last = lo
		}
	}
	return out
}

// mayReply25 reports a reply word in some field (or a field prepareBuf
// did not mark, which may hold one).
func mayReply25(fields []*field) bool {
	for _, f := range fields {
		if !f.marked25 || len(f.replyToks25) > 0 {
			return true
		}
	}
	return false
}

// inReply25 reports offset at of field name inside one of spans.
func inReply25(spans []replySpan25, name string, at int) bool {
	for _, sp := range spans {
		if at >= sp.os && at < sp.oe && sp.name == name {
			return true
		}
	}
	return false
}
