package work

// Session 11 (GROUND): grounding and referring-phrase fixes.

// followerNoun11 reports an English noun of followers or opponents
// written in Devanagari (सपोर्टर्स, फैंस, फॉलोअर्स, क्रिटिक्स, हेटर्स):
// like समर्थक and आलोचक, "Y के सपोर्टर्स …" names other people, not a
// stance of the one who speaks of them. Words reach here folded (ॉ as
// ा, no nukta), so both spellings are listed.
func followerNoun11(w string) bool {
	switch w {
	case "सपोर्टर", "सपोर्टर्स", "सपोर्टरों", "सपोटर", "सपोटर्स",
		"फैन", "फैन्स", "फैंस", "फैनों", "फेन", "फेन्स", "फेंस",
		"फॉलोअर", "फॉलोअर्स", "फॉलोअरों", "फॉलोवर", "फॉलोवर्स", "फॉलोवरों",
		"फालोअर", "फालोअर्स", "फालोअरों", "फालोवर", "फालोवर्स", "फालोवरों",
		"क्रिटिक", "क्रिटिक्स", "क्रिटिकों", "हेटर", "हेटर्स", "हेटरों":
		return true
	}
	return false
}
