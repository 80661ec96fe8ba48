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
