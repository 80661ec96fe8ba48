package work

// resourceNoun13: a means someone is said to lack, read by readQuality
// only under के पास and only when lacked (lackOnly12): "X ने कहा कि Y के
// पास पैसा है ही नहीं", "Y के पास देश के लिए कोई योजना नहीं है", "Y के
// पास कोई मुद्दा नहीं" — the speaker's attack on Y (hostile). Having them
// ("Y के पास पैसा है") is a fact, no praise; "Y में पैसा नहीं" (no money
// in Y, a business) is no lack of Y's.
func resourceNoun13(w string) bool {
	switch w {
	case "पैसा", "पैसे", "रकम", "फंड", "संसाधन", "योजना", "नीति", "मुद्दा", "एजेंडा":
		return true
	}
	return false
}

// descriptorBefore13: "A और सोशल मीडिया कंपनी B ने", "A और चिपमेकर
// कंपनी प्रमुख B पर" — two or three plain words before the next name
// (at to), the last an organisation or role noun, describe that name: A
// is coordinated with B past them and shares its postposition. (One
// title word, "और उद्योगपति B", is read by the chunker already.) Returns
// to, or from when the words are no descriptor: a postposition, a verb,
// a pronoun, a name or a clause word among them; a quantifier first
// ("Y और दूसरे अरबपति Z के लिए": others, a group of their own); a name
// B marked other than ने, को, पर or के खिलाफ (mk).
func descriptorBefore13(s *sentCtx, from, to int, mk marker) int {
	if to-from < 2 || to-from > 3 || s.flag(to-1)&(fwOrgNoun|fwRoleNoun) == 0 {
		return from
	}
	switch mk {
	case mkAgent, mkKo, mkPar, mkKhilaf:
	default:
		return from
	}
	switch s.w(from) {
	case "दूसरे", "दूसरी", "अन्य", "कई", "बाकी", "सभी", "तमाम", "कुछ", "अनेक", "ऐसे", "ऐसी", "इन", "उन", "दो", "तीन", "चार":
		return from
	}
	for k := from; k < to; k++ {
		if !s.isWord(k) || s.mentionAt(k) || s.inMention(k) || s.flag(k)&(fwPostposition|fwFinite|fwCopula|fwKi|fwAnd|fwBreak|fwNeg|fwSpeech|fwGenPron|fwSubjPron) != 0 {
			return from
		}
	}
	return to
}
