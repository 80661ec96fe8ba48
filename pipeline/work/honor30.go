package work

// Session 30 (FRESH-H): a title with an honorific before another name.
//
// "प्रधानमंत्री जी Z को बचा रहे हैं": the honorific after the title
// belongs to it ("प्रधानमंत्री जी" is how speakers address and name the
// holder); the tracked name after it is the next phrase, as in
// "प्रधानमंत्री Z की जांच …", not a name the title is given to
// (epithetAt).

// honorific30 reports an honorific that follows a name or title (the
// words honorifics reads: जी, साहब, साहिबा, जनाब).
func honorific30(w string) bool {
	switch w {
	case "जी", "साहब", "साहिबा", "जनाब":
		return true
	}
	return false
}
