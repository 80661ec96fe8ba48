package work

// subjectDropped18 reports clause ci framed by a perfective speech verb
// (कहा, लिखा, बताया, जोड़ा, दोहराया) with no ने, no mention and no
// pronoun in it: Hindi marks a perfective transitive's subject with ने,
// so where none stands the subject was dropped and continues the
// speaker before ("फिर हंसते हुए जोड़ा, '…'", "आगे कहा कि …"). Not a
// passive ("कहा गया कि", "बताया जा रहा है"): that names no speaker.
// Not a conjunct: only the sentence's first clause that is not words.
func (s *sentCtx) subjectDropped18(ci int) bool {
	if ci < 0 || ci >= len(s.cls) || s.cls[ci].kind == ckContent {
		return false
	}
	// The sentence's first main clause only: a conjunct ("Z ने … हमला
	// बोला और कहा कि …") shares the subject of the clause before it.
	for j := 0; j < ci; j++ {
		if s.cls[j].kind != ckContent {
			return false
		}
	}
	verb := false
	for _, k := range s.cls[ci].toks {
		switch w := s.w(k); {
		case w == "ने":
			return false
		case s.flag(k)&fwSpeech != 0:
			switch w {
			case "कहा", "लिखा", "बताया", "जोडा", "दोहराया":
			default:
				return false
			}
			switch s.w(k + 1) {
			case "गया", "गई", "गए", "जा", "जाता", "जाती", "जाते":
				return false
			}
			verb = true
		}
	}
	if !verb {
		return false
	}
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 || c.pron != 0 {
			return false
		}
	}
	return true
}

// wordsDoer18: for a subject pronoun at k in content clause ci that no
// person before it grounds, the one tracked ने-agent (not a speaker)
// of the content clause just before ci in the same words — the doer
// the words have just named ("'गूगल ने हमारी मदद की, वे सच्चे साथी
// हैं'"); -1 when there is none or more than one.
func (s *sentCtx) wordsDoer18(ci, k int, sp []int) int {
	if ci == 0 || s.cls[ci-1].kind != ckContent || s.cls[ci-1].parent != s.cls[ci].parent {
		return -1
	}
	e := -1
	for _, i := range s.inClause(ci - 1) {
		c := &s.chunks[i]
		if c.ent < 0 || c.pron != 0 || c.tok >= k || containsInt(sp, c.ent) {
			continue
		}
		if c.mk != mkAgent || e >= 0 && e != c.ent {
			return -1
		}
		e = c.ent
	}
	return e
}
