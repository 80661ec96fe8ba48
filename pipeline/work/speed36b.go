package work

// Speed, session 36 (after the merges): the two per-story answer readers
// of mutual36.go screened, output unchanged (TestPerfEquivalence; cmp of
// its output before and after):
//
//   - selfCharges36 walked, for every unanswered hostile stance, every
//     later sentence of the story (agentIn25, namesOther33,
//     namesAfterKi26) before selfStressed36 asked for the attacker's name
//     followed right away by खुद or स्वयं. selfAfter36 reads the story's
//     mentions for such a name: of anyone, once before the stance loop (a
//     story without one, nearly all, returns at once), then of the
//     attacker for each unanswered stance; without it the sentence walk
//     is skipped, where selfStressed36 is false for every sentence.
//   - deedJudged36 found the answer (answerAt36: agentIn25 over up to
//     judgedAhead35 sentences), lastDeedOf36 and the other tests before
//     judgesDeed36 asked for a deed noun under को followed by a calling
//     verb. A deed noun's word id now carries the rule bit rwDeed36b
//     (screens36b), and readSentence, which ORs each sentence's rule
//     bits and flags, notes a sentence with that bit and a calling verb
//     (fwCall) in storyState.deed36b; a story without one returns at
//     once, where judgesDeed36 is false for every sentence (it needs
//     both inside the answer, a sentence naming the answerer, which
//     readSentence screens: a sentence with a mention is always read).
//   - add (stance.go) asked toldBy36b (polarity36b.go: speakers of the
//     clause) for every stance it read, also a repeat of one already
//     kept; a repeat uses the answer only to clear the stance's told36
//     entry, so it is asked only when that entry exists.

// selfAfter36 reports a mention of entity y (any entity for y < 0) in
// the story followed right away by खुद or स्वयं: selfStressed36's screen
// (it needs such a mention inside the sentence, tokEnd before the
// sentence's end).
func selfAfter36(fields []*field, y int) bool {
	for _, f := range fields {
		for _, m := range f.mentions {
			if y >= 0 && m.entity != y || m.tokEnd >= len(f.words) {
				continue
			}
			if w := f.words[m.tokEnd]; w == "खुद" || w == "स्वयं" {
				return true
			}
		}
	}
	return false
}

// rwDeed36b is the rule bit of a deed noun (deedNoun36: fwCharge, or
// class cwArtefact26, cwRecordNoun or cwDemand31).
const rwDeed36b = rwSaying35 << 1

// screens36b ORs rwDeed36b into ruleOf for each deed noun; New calls it
// once, after ruleOf, classOf, classOf2 and flagVals are built.
func (a *Analyzer) screens36b() {
	for id := 1; id < len(a.ruleOf); id++ {
		deed := id-1 < len(a.flagVals) && a.flagVals[id-1]&fwCharge != 0 ||
			id < len(a.classOf) && a.classOf[id]&(cwArtefact26|cwRecordNoun) != 0 ||
			id < len(a.classOf2) && a.classOf2[id]&cwDemand31 != 0
		if deed {
			a.ruleOf[id] |= rwDeed36b
		}
	}
}
