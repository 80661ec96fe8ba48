package work

import "strings"

// Long sentences (session 20, LONG). A story with no sentence punctuation
// (a scraped page, a list, a live blog without dandas) reaches the readers
// as one sentence of thousands of tokens. Several readers ask, for every
// frame and every chunk of its clause, whether some word lies between the
// two ("a comma between", "ताकि between", …): one scan of the span per
// question, cubic in the sentence's length. spanCounts answers those
// questions from prefix counts built once per sentence, so each costs a
// constant; a short span is still scanned directly (building the counts
// would cost more than it saves).

// spanScanMax is the longest span scanned directly; a longer one is
// answered from the sentence's prefix counts.
const spanScanMax = 48

// spanCounts holds, for the sentence of gen (sentCtx.memoGen, which bind
// advances; 0 is never current), the number of tokens of each kind among
// the sentence's tokens [0, i) at index i (i = k - sn.a).
type spanCounts struct {
	gen uint32
	// comma: ",". purpose: "ताकि" (purposeBetween15). conj: a coordinator
	// after a finite verb form (conjunctAfter19). cause: से after a word
	// in -ने (actCause19).
	comma, purpose, conj, cause []int32
}

// spanKinds returns the sentence's prefix counts, building them once per
// sentence; nil for a sentCtx that keeps no memo (memoGen 0).
func (s *sentCtx) spanKinds() *spanCounts {
	if s.memoGen == 0 {
		return nil
	}
	m := &s.spans
	if m.gen == s.memoGen {
		return m
	}
	n := len(s.words)
	grow := func(p []int32) []int32 {
		if cap(p) < n+1 {
			return make([]int32, n+1)
		}
		return p[:n+1]
	}
	m.comma, m.purpose, m.conj, m.cause = grow(m.comma), grow(m.purpose), grow(m.conj), grow(m.cause)
	var comma, purpose, conj, cause int32
	for i, w := range s.words {
		m.comma[i], m.purpose[i], m.conj[i], m.cause[i] = comma, purpose, conj, cause
		prev := ""
		if i > 0 {
			prev = s.words[i-1]
		}
		switch w {
		case ",":
			comma++
		case "ताकि":
			purpose++
		case "से":
			if strings.HasSuffix(prev, "ने") {
				cause++
			}
		}
		if isConjunct19(w) && verbEnd19(prev) {
			conj++
		}
	}
	m.comma[n], m.purpose[n], m.conj[n], m.cause[n] = comma, purpose, conj, cause
	m.gen = s.memoGen
	return m
}

// spanHas reports a token counted in p among the tokens (from, to) of the
// sentence (token indices, as the readers use them).
func (s *sentCtx) spanHas(p []int32, from, to int) bool {
	lo, hi := from+1-s.sn.a, to-s.sn.a
	lo, hi = max(lo, 0), min(hi, len(s.words))
	return lo < hi && p[hi] > p[lo]
}

// isConjunct19 reports the coordinators conjunctAfter19 reads.
func isConjunct19(w string) bool {
	switch w {
	case "और", "तथा", "एवं", "लेकिन", "मगर", "किंतु", "परंतु", "जबकि":
		return true
	}
	return false
}

// maxSentenceTokens is the longest sentence the readers see. The readers
// relate each frame to the chunks of its clause, so their cost grows with
// the square of a clause's length; a story with no sentence punctuation
// would make one clause of its whole body. No dev sentence comes near it
// (the longest has about 60 tokens): only such unpunctuated text is cut.
const maxSentenceTokens = 300

// appendSentence appends the sentence of tokens [a, b) of f, cut into
// pieces of at most maxSentenceTokens: each piece ends after the last
// comma, or before the last coordinator (conjunctAfter19's words), in the
// second half of its span; with neither, at the span's end.
func appendSentence(out []sentence, f *field, a, b int) []sentence {
	cont := false
	for b-a > maxSentenceTokens {
		cut := a + maxSentenceTokens
		for k := cut - 1; k > a+maxSentenceTokens/2; k-- {
			if w := f.words[k]; w == "," {
				cut = k + 1
				break
			} else if isConjunct19(w) {
				cut = k
				break
			}
		}
		out = append(out, sentence{a: a, b: cut, qa: -1, qb: -1, qspk: spkNone, qtopic: spkNone, cont: cont, cut: true})
		a, cont = cut, true
	}
	return append(out, sentence{a: a, b: b, qa: -1, qb: -1, qspk: spkNone, qtopic: spkNone, cont: cont})
}
