package work

import "strings"

// Session 20 (BGT): wrong targets — a name or pronoun read as the party
// an act is aimed at when the words make it the doer's owner.

// timeInPast20 reports the में at j, reached from the genitive at n,
// closing a time phrase that follows the possessed noun ("उनकी कंपनी
// अगले चार साल में …", "Y की सरकार पिछले साल में …"): the में is the
// time's, not "in Y's noun". The possessed noun right after the
// genitive may itself be a time ("Y के साल में" is left as it was).
func timeInPast20(s *sentCtx, n, j int) bool {
	return j > n+2 && s.flag(j-1)&fwTimeNoun != 0
}

// ownSubjectPron20 reports genitive pronoun chunk c ("उनकी", "उनका",
// "उनके") opening content clause ci (right after कि) and owning a group
// noun (पार्टी, कंपनी, सरकार …) that stands bare as the clause's subject:
// the chunker's possessed walk ran on past the subject to a later
// postposition ("कि उनकी पार्टी अब दो दलों की व्यवस्था को …"), which is
// the object of the subject's act, not a thing the pronoun owns.
func (s *sentCtx) ownSubjectPron20(ci int, c *chunk) bool {
	cl := &s.cls[ci]
	if cl.kind != ckContent || len(cl.toks) < 3 {
		return false
	}
	first := cl.toks[0]
	if s.w(first) == "कि" {
		first = cl.toks[1]
	}
	if c.tok != first || c.end != c.tok+1 || s.class(c.end)&cwGroupNoun == 0 {
		return false
	}
	// The noun is bare: no postposition right after it.
	return s.flag(c.end+1)&fwPostposition == 0 && !isGenitive(s.w(c.end+1))
}

// condemnation20: a frame that condemns (निंदा, भर्त्सना): what it
// condemns as having happened at Y's event harmed Y's event; mocking or
// criticising the mishaps at Y's rally ("Y की रैली में हुई गड़बड़ियों का
// मजाक उड़ाया", dcf-045a) still blames Y.
func condemnation20(fr *Frame) bool {
	return fr != nil && (strings.HasPrefix(fr.Words, "निंदा") || strings.HasPrefix(fr.Words, "भर्त्सना"))
}

// happenedAt20 reports, between the owner's genitive (from) and the frame
// noun's genitive before at, an event told as happening at the owned
// noun: "Y की रैली के दौरान/में हुई गोलीबारी", "Y के कार्यक्रम में हुए
// हंगामे". The event is located at Y's thing, not Y's own act or thing.
func (s *sentCtx) happenedAt20(from, at int) bool {
	for k := from + 1; k < at-1; k++ {
		switch s.w(k) {
		case "हुई", "हुए", "हुआ":
		default:
			continue
		}
		p := s.w(k - 1)
		if p != "दौरान" && p != "में" {
			return false
		}
		return true
	}
	return false
}
