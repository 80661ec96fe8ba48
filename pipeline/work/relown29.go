package work

// Session 29 FRESH-S: a relative clause with its own untracked agent
// ("X ने कहा कि जिन सांसदों ने Y के पक्ष में वोट दिया, उन्हें …"): the
// act inside is the agent's (the lawmakers'), not the speaker's. A
// relative word that is itself the agent (जिन्होंने, जिसने) is
// relAgentNobody14's; this is a relative determiner (जिन, जिस) with a
// plain noun and ने after it.

// relOwnAgent29 reports relative clause cl opened by a relative
// determiner followed by one to three plain words (no name) and ने.
func relOwnAgent29(s *sentCtx, cl *clause) bool {
	r := cl.relTok
	if cl.kind != ckRel || s.w(r) == "" || s.flag(r)&fwRelAgent != 0 {
		return false
	}
	for k := r + 1; k <= r+4 && s.isWord(k); k++ {
		if s.mentionAt(k) || s.inMention(k) || s.flag(k)&(fwPostposition|fwKi|fwBreak) != 0 && s.w(k) != "ने" {
			return false
		}
		if s.w(k) == "ने" {
			return k > r+1
		}
	}
	return false
}
