package work

// Inside a quote, "'Y ने लोकतंत्र का भरोसा तोड़ा, Z पर मुझे यकीन'": the
// part after the comma with a first-person pronoun is the quote's
// speaker talking of himself, a clause of its own; it is not the ने-agent
// Y's act (session 28, fresh supportive false pairs). The comma split
// inside quotes otherwise asks for a finite verb it knows before the
// comma, and a perfective like "तोड़ा" is not one.

// quoteFirstPerson28 reports, for the comma before token j inside the
// quote opened at open (closing at e), a ने-agent since the quote's last
// comma and a first-person pronoun after j before the next comma.
func quoteFirstPerson28(f *field, open, j, e int) bool {
	agent := false
	for i := open + 1; i < j-1; i++ {
		switch f.words[i] {
		case ",":
			agent = false
		case "ने":
			agent = true
		}
	}
	if !agent {
		return false
	}
	for i := j; i < e && i <= j+6; i++ {
		switch f.words[i] {
		case ",":
			return false
		case "मैं", "मुझे", "मैंने", "हम", "हमें", "हमने":
			return true
		}
	}
	return false
}
