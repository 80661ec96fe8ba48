package work

import "github.com/khabar/khabar/internal/hindi"

// Session 27 (STYLE): the question-and-answer interview with other labels.
//
// markInterview21 reads an interview printed as "सवाल: …" / "जवाब: …".
// Hindi outlets print the same interview with English labels too —
// "Q: …" / "A: …", "Ques: …" / "Ans: …", "Q. …" / "A. …" — and a label
// followed by a full stop is a sentence of its own ("A." then the
// answer). interviewCue27 reads the words.yaml classes interview_questions
// and interview_answers besides the session-21 words, with ":", "-" or
// "." after the label; a label that stands alone as its sentence (the
// "A." case) cues the sentences after it in its paragraph.

// interviewCue27 is interviewCue21 with the words.yaml label classes: +1
// for an answer label, -1 for a question label, 0 for neither; bare is
// set when the label and its mark are the whole sentence.
func (a *Analyzer) interviewCue27(f *field, sn *sentence) (cue int, bare bool) {
	if c := interviewCue21(f, sn); c != 0 {
		return c, false
	}
	if sn.b-sn.a < 2 {
		return 0, false
	}
	switch f.words[sn.a+1] {
	case ":", "-", ".":
	default:
		return 0, false
	}
	if !labelOpens32(f, sn.a) { // tested after the mark, which rules out most sentences cheaper
		return 0, false
	}
	cls := a.fieldClass27(f, sn.a)
	switch {
	case cls&cwIntAnswer27 != 0:
		cue = 1
	case cls&cwQuestion27 != 0:
		cue = -1
	default:
		return 0, false
	}
	// A bare label: nothing but the label and its mark (and the
	// sentence's closing punctuation).
	bare = true
	for k := sn.a + 2; k < sn.b; k++ {
		if f.toks[k].Kind == hindi.Word {
			bare = false
			break
		}
	}
	return cue, bare
}

// interviewee27 picks the interviewee among the mentions before an
// interview's first question: the first person whose name is followed by
// a words.yaml interviewee_marks word — the agent of the talk ("X ने हमसे
// बात की") or its partner ("हमने X से बातचीत की") — so that a person named
// as a modifier before them ("Y के पुराने साथी X ने …", "Y सरकार की
// नीतियों पर X से …") is not taken for the speaker; else the first person,
// as in session 21. spkNone when no person is named.
func (a *Analyzer) interviewee27(f *field, ms []mention) int {
	first := spkNone
	for _, m := range ms {
		if !a.isPerson[m.entity] {
			continue
		}
		if first == spkNone {
			first = m.entity
		}
		if m.tokEnd < len(f.wid) && a.fieldClass27(f, m.tokEnd)&cwTalkMark27 != 0 {
			return m.entity
		}
	}
	return first
}

// fieldClass27 is the class bits (words.yaml classes, Analyzer.classOf)
// of token k of field f, for readers that work on a field rather than a
// sentCtx (sentCtx.class).
func (a *Analyzer) fieldClass27(f *field, k int) uint64 {
	if id := uint(f.wid[k]); id < uint(len(a.classOf)) {
		return a.classOf[id]
	}
	return 0
}
