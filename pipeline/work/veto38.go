package work

// Session 38, VETO: where a clause of someone's words ends when it holds
// the reported words of a second speaker. condBack38 returns the outer
// speaker's words after the inner report when ", तो" closes a जब/अगर
// clause, so that a judgement made there ("…, तो Y चुप क्यों हैं") is read
// as the outer speaker's, not as the inner speaker's or as nothing.

// condBack38 is the clause a ", तो" returns to when it closes a जब or
// अगर/यदि clause whose report runs on in a कि clause: "R ने पूछा कि जब T
// कह रहे हैं कि P, तो Y चुप क्यों हैं" — तो answers जब, so Q is R's
// words, in the clause जब stood in. cur is the content clause the comma
// ends (its parent the जब relative, or content opening with अगर/यदि/जब).
// It returns -1 when the comma stays where it is.
func condBack38(cls []clause, cur int, words []string, fl []uint64, sn *sentence, k int) int {
	if k+1 >= sn.b || words[k+1] != "तो" {
		return -1
	}
	c := &cls[cur]
	if c.kind != ckContent || !c.ki || c.quoted || c.parent < 0 {
		return -1
	}
	p := &cls[c.parent]
	if p.quoted || p.parent < 0 {
		return -1
	}
	if p.kind == ckRel && p.relTok >= 0 && words[p.relTok] == "जब" {
		return p.parent
	}
	if p.kind != ckContent {
		return -1
	}
	for _, j := range p.toks {
		if words[j] == "कि" {
			continue
		}
		if words[j] == "जब" || fl[j-sn.a]&fwCond != 0 {
			return c.parent
		}
		break
	}
	return -1
}
