package work

// Session 23 (WMISS): a live blog's time stamp is no headline colon.
//
// Live blogs open each line with a time ("14:35 — X ने ऐलान किया कि …",
// "04:00 BST — …", "07:30 (भारतीय समय) — …", "11:45 AM: …"). The clause
// layer read the colon inside "14:35" and the dash after the stamp as a
// headline colon or spaced dash, so the line's words became the content
// of "14" or "35": the agent's own act was read as someone's words
// (dag-032, daj-049 lost the chief who announced his company's deal).
// stampColon23 keeps the colon inside a time in its clause;
// afterStamp23 makes the dash or colon after a stamp open the line's own
// main clause, as a dateline does (datelineLabel).

// allDigits23 reports a word of ASCII digits only.
func allDigits23(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// stampColon23 reports a colon at k written inside a time: digits on
// both sides, no space ("14:35").
func stampColon23(f *field, sn *sentence, k int) bool {
	if k <= sn.a || k+1 >= sn.b || f.words[k] != ":" {
		return false
	}
	return allDigits23(f.words[k-1]) && allDigits23(f.words[k+1]) &&
		f.toks[k].Start == f.toks[k-1].End && f.toks[k+1].Start == f.toks[k].End
}

// stampWord23 is a word a time stamp may carry besides its digits: the
// half of the day, a time zone, "भारतीय समय", a month, a comma or
// brackets.
func stampWord23(w string) bool {
	switch w {
	case "am", "pm", "bst", "ist", "gmt", "et", "est", "edt", "pt", "pst", "utc", "भारतीय", "समय", "बजे",
		"(", ")", ",", "जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
		"अक्टूबर", "नवंबर", "दिसंबर":
		return true
	}
	return false
}

// afterStamp23 reports a dash or colon at k that ends a time stamp the
// sentence opens with: every token before it a digit group, a colon
// inside a time, or a stamp word, with one time among them.
func afterStamp23(f *field, sn *sentence, k int) bool {
	if w := f.words[k]; !isDash(w) && w != ":" || k-sn.a < 3 || k-sn.a > 8 {
		return false
	}
	time := false
	for j := sn.a; j < k; j++ {
		w := f.words[j]
		switch {
		case stampColon23(f, sn, j):
			time = true
		case allDigits23(w), stampWord23(w):
		default:
			return false
		}
	}
	return time
}
