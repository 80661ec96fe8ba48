package work

import "github.com/khabar/khabar/internal/hindi"

// Session 21 (FRESHK): the question-and-answer interview.
//
// An interview printed as "सवाल: …" / "जवाब: …" paragraphs names no
// speaker on the answers: every answer is the words of the one person the
// story introduces before the first question ("X से बातचीत के अंश:",
// "X ने … साक्षात्कार में कई मुद्दों पर बात की"). markInterview21 marks
// each answer paragraph as a quote of that person, the way markQuotes
// marks a quote with a tag, and gives it as topic the one tracked party
// the question before it asks about, so that "उनकी", "वे" in the answer
// point to the party asked about, not to the speaker.

// interviewCue21 reads the paragraph label of sentence sn: +1 for an
// answer ("जवाब:", "उत्तर:"), -1 for a question ("सवाल:", "प्रश्न:"),
// 0 for neither. Only a sentence that starts a paragraph carries one.
func interviewCue21(f *field, sn *sentence) int {
	if sn.b-sn.a < 3 || f.words[sn.a+1] != ":" && f.words[sn.a+1] != "-" {
		return 0
	}
	if !labelOpens32(f, sn.a) { // tested last: the mark rules out most sentences cheaper
		return 0
	}
	switch f.words[sn.a] {
	case "जवाब", "उत्तर":
		return 1
	case "सवाल", "प्रश्न":
		return -1
	}
	return 0
}

// markInterview21 marks the answer paragraphs of a question-and-answer
// body as quotes of the interviewee (see the file comment). A body with no
// question or no answer label, or with no tracked person before its first
// question, is left as it is.
func (a *Analyzer) markInterview21(f *field, sents []sentence) {
	if f.name != "body" || len(sents) < 3 {
		return
	}
	first, answers := -1, 0
	for i := range sents {
		cue, _ := a.interviewCue27(f, &sents[i]) // (interview27.go: also Q:/A: labels)
		switch cue {
		case -1:
			if first < 0 {
				first = i
			}
		case 1:
			if first >= 0 {
				answers++
			}
		}
	}
	if first < 1 || answers == 0 {
		return
	}
	who := a.interviewee27(f, f.mentions[:sents[first].ma]) // (interview27.go)
	if who < 0 {
		return
	}
	topic, inAnswer := spkNone, false
	for i := first; i < len(sents); i++ {
		sn := &sents[i]
		cue, bare := a.interviewCue27(f, sn)
		paraStart := sn.a == 0 || f.toks[sn.a-1].Kind == hindi.Break
		switch {
		case cue < 0:
			inAnswer = false
			// The one tracked party the question names besides the
			// interviewee (none when it names two or more).
			topic = spkNone
			qs := sn
			if bare && i+1 < len(sents) {
				qs = &sents[i+1] // "Q." alone: the question is the next sentence
			}
			for _, m := range f.mentions[qs.ma:qs.mb] {
				if m.entity == who || m.entity == topic {
					continue
				}
				if topic != spkNone {
					topic = spkUntracked
					break
				}
				topic = m.entity
			}
			if topic == spkUntracked {
				topic = spkNone
			}
			continue
		case cue > 0:
			inAnswer = true
			if bare {
				continue // "A." alone: the answer is the sentences after it
			}
		case paraStart:
			inAnswer = false
		}
		if !inAnswer || sn.qspk != spkNone || sn.qa >= 0 {
			continue
		}
		sn.qspk, sn.qtopic = who, topic
		sn.qa, sn.qb = sn.a, sn.b-1
		if cue > 0 {
			sn.qa = sn.a + 2
		}
	}
}
