package work

// ownBody31 reports a possessive pronoun at k before an owner noun
// ("उनकी सरकार", "उनके प्रशासन", "उनका अभियान") in words said without
// naming Y: in reported speech it is the speaker's own body as often as
// Y's, so it points at no one by itself (namelessNeutral15; ddb-041b:
// "Y का नाम लिए बिना कहा कि विकास ही उनकी सरकार की पहचान है" is
// self-praise). A hostile word in the words still attacks.
func (s *sentCtx) ownBody31(k int) bool {
	switch s.w(k) {
	case "उनकी", "उनके", "उनका":
		return k+1 < s.sn.b && s.flag(k+1)&fwOwnerNoun != 0
	}
	return false
}
