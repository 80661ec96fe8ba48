package work

// Speed, session 36: the story-level answer readers (reply25.go,
// mutual35.go, after every story with an answerable stance) read only
// the sentence they ask about, output unchanged (TestPerfEquivalence;
// cmp of its output before and after):
//
//   - agentIn25, asked for a sentence span by every answer reader
//     (answerSpan35 up to three times a stance), walked all the field's
//     mentions and kept those inside the sentence. A sentence of
//     sentencesBuf carries the range [ma, mb) of the field's mentions that
//     start inside it (the mentions are in text order; chunks and the
//     clause readers walk that range): mentions36 is that range, and
//     agentIn25 walks it (its own test of the sentence's bounds stays).
//   - counterWords35 walked every sentence of a field with a reply word up
//     to its first कि for a counter word (counter_words, cwCounter25);
//     prepareBuf now notes a field with one (field.counter36, by the token
//     mark markCounter36, in the pass that reads each token's flags, as
//     field.claim35 is): counterIn36 skips a field without one, where
//     counterBeforeKi35 is false for every sentence.
//   - tieAttacks35b (every story with an alliance stance) asked
//     tieNoun18, a switch over eleven words, of every word of the story;
//     tieNounTok36 reads it off a table by the token's word id
//     (Analyzer.tieNoun36, tieNoun18 of each indexed word, built in New),
//     and asks tieNoun18 only of a token with no id.
//   - spanAt25 compares each sentence's offsets before its field's name
//     (the name, "body" for most, cost a string comparison a sentence);
//     tooWho35b, ownSpeaker35b, namesBesides35b, tooAgent35 and
//     namesAfter35 walk the sentence's mentions (mentions36) as agentIn25
//     does: each keeps only a mention starting inside the sentence.

// markCounter36 marks (Analyzer.tokMark) a word of class cwCounter25
// (counter_words). (The last bit of the uint8 marks.)
const markCounter36 = markRefusal35b << 1

// screens36 marks the counter words in tokMark; New calls it once, after
// classOf and tokMark are built and before tokInfo copies the marks.
func (a *Analyzer) screens36() {
	for i, c := range a.classOf {
		if c&cwCounter25 != 0 && i < len(a.tokMark) {
			a.tokMark[i] |= markCounter36
		}
	}
	a.tieNoun36 = make([]bool, len(a.flagIdx.words)+1)
	for id, w := range a.flagIdx.words {
		a.tieNoun36[id+1] = tieNoun18(w)
	}
}

// tieNounTok36 is tieNoun18 of token k of field f: by the token's word id
// (a word's id is its text's: tieNoun36), by its text when it has none.
func (a *Analyzer) tieNounTok36(f *field, k int) bool {
	if uint(k) < uint(len(f.wid)) {
		if id := uint(f.wid[k]); id > 0 && id < uint(len(a.tieNoun36)) {
			return a.tieNoun36[id]
		}
	}
	return tieNoun18(f.words[k])
}

// mentions36 is the field's mentions that may start inside the
// sentence: the range [ma, mb) sentencesBuf gave it, or all of them when
// that range is not one of the field's (a span made by hand).
func (sp sentSpan25) mentions36() []mention {
	ms := sp.f.mentions
	if sp.sn.ma < 0 || sp.sn.ma > sp.sn.mb || sp.sn.mb > len(ms) || sp.sn.mb == 0 && sp.sn.b > 0 {
		return ms
	}
	return ms[sp.sn.ma:sp.sn.mb]
}

// counterIn36 reports a counter word (cwCounter25) in field f, or a field
// prepareBuf did not mark (which may hold one): counterBeforeKi35's
// screen.
func counterIn36(f *field) bool {
	return !f.marked25 || f.counter36
}
