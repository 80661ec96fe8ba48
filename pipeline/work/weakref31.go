package work

// Session 31 (FRESH2-H): weak words called of a bare claim noun.

// claimNounAt31 reports a claim noun (a charge noun or said_claims:
// "बयान", "आरोपों", "टिप्पणी") ending at j, inside the sentence: what a
// strong claim word is said of (strongClaim27) or a weak word is
// called of ("O ने बयान को तथ्यहीन बताया"). With its
// owner's genitive before it ("Y के बयान को …") the denial was already
// read; the bare noun points back to Y's statement of a sentence before,
// and calling it only wrong or misleading is a denial too, no stance
// (SCHEMA: weak words; dbc-067).
func (s *sentCtx) claimNounAt31(j int) bool {
	return j >= s.sn.a && (s.flag(j)&fwCharge != 0 || s.class2(j)&cwSaidClaim27 != 0)
}

// silenceNarrated31 reports a silence frame ("Y ने … पर एक शब्द (भी)
// नहीं कहा") in the narrator's own clause: no one's words hold the
// silence against Y (the frame's reading, in someone's words: the
// speaker → the silent one), and the narrator reporting what Y left
// unsaid gives no stance, least of all Y → the topic's owner
// ("Y ने सभा में Z की विदेश नीति पर एक शब्द भी नहीं कहा":
// ddb-001b).
func (s *sentCtx) silenceNarrated31(ci int, o occurrence) bool {
	if s.w(o.k) != "शब्द" || ci < 0 || ci >= len(s.cls) {
		return false
	}
	cl := &s.cls[ci]
	return cl.kind == ckMain && !cl.quoted && s.sn.qspk == spkNone
}

// ownBodyPron31 reports a third-person genitive pronoun at k right before
// an owner noun ("उनकी सरकार", "उनका प्रशासन") in words said without
// naming Y: in reported speech that is the speaker's own government, no
// pointer at Y ("X ने Y का नाम लिए बिना कहा कि विकास ही उनकी सरकार की
// पहचान है" is self-praise, no stance: ddb-041b; namelessNeutral15).
func (s *sentCtx) ownBodyPron31(k int) bool {
	switch s.w(k) {
	case "उनकी", "उनके", "उनका":
		return k+1 < s.sn.b && s.flag(k+1)&fwOwnerNoun != 0
	}
	return false
}
