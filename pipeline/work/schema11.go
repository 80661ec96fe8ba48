package work

// Session 11: SCHEMA conventions the blind writers apply that the engine
// did not read (see testdata/gold/SCHEMA.md): a person who makes or
// announces an agreement is a party to it, acts presupposed in a noun
// phrase, relations stated in passing.

// agreementNoun11 is a noun of an agreement that agreementAt did not
// list: a person who makes or announces one ("X ने Y के साथ गठजोड़
// किया", "… अनुबंध का ऐलान") is a party to it, both ways (SCHEMA).
func agreementNoun11(w string) bool {
	switch w {
	case "गठजोड", "अनुबंध", "भागीदारी", "करारों", "समझौतों":
		return true
	}
	return false
}
