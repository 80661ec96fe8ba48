package work

// Session 29 (FAMILIES): the answer to a question asked of someone.
//
// "जब X से पूछा गया कि क्या वे Z से मिलेंगे, तो उन्होंने कहा कि उन्हें Y
// से मिलने में कोई दिलचस्पी नहीं है": the question and the "तो उन्होंने
// कहा" that answers it fall in one clause; its क्या made the clause a
// question and the answer's words took that mood from it. The question
// ends at the comma before तो: what is said after it is the answer,
// asserted as said (SCHEMA: questions are no stance, the words of an
// answer are).

// answerAfterAsked29 is, for a question word at k in clause cl, the
// token of a तो right after a comma later in the clause when a speech
// verb follows it there ("…, तो उन्होंने कहा"); 0 if none.
func (s *sentCtx) answerAfterAsked29(cl *clause, k int) int {
	for j, t := range cl.toks {
		if t <= k || j == 0 || s.w(t) != "तो" || s.w(cl.toks[j-1]) != "," {
			continue
		}
		for _, u := range cl.toks[j+1:] {
			if s.flag(u)&fwSpeech != 0 {
				return t
			}
		}
	}
	return 0
}

// answeredPast29 reports clause cl, a child of clause p, opening after
// the end of p's asked question (askedEnd29): the answer's words.
func (s *sentCtx) answeredPast29(p int, cl *clause) bool {
	e := s.cls[p].askedEnd29
	return e > 0 && len(cl.toks) > 0 && cl.toks[0] > e
}
