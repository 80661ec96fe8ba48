package work

// Session 31 (FRESH2-H): a narrowing comma parenthesis.

// especiallyParen31 reads a comma parenthesis that narrows the possessed
// noun ("Y की कई नीतियां, खासकर टैरिफ को लेकर, अर्थव्यवस्था के लिए
// नुकसानदेह साबित होंगी"): at j a comma after the noun (n is the
// genitive), then खासकर/विशेषकर/खास तौर पर (words.yaml
// especially_words), no name, verb or clause
// break, and a closing comma within eight words. It returns the index
// after the closing comma (the walk goes on to the predicate), else j
// (dbc-036).
func (s *sentCtx) especiallyParen31(n, j int) int {
	if j <= n+1 || s.w(j) != "," {
		return j
	}
	if s.class2(j+1)&cwEspecially31 == 0 {
		return j
	}
	for e := j + 2; e < s.sn.b && e <= j+9; e++ {
		if s.w(e) == "," {
			if e+1 < s.sn.b && s.isWord(e+1) {
				return e + 1
			}
			return j
		}
		if !s.isWord(e) || s.mentionAt(e) || s.inMention(e) || s.flag(e)&(fwFinite|fwKi|fwBreak) != 0 {
			return j
		}
	}
	return j
}

// quotedPredicate31 reports an opening quote at q, a quoted label of one
// to five words and right after the closing quote a copula ("… और वह
// "नाकाम उपराष्ट्रपति" हैं"): the subject pronoun before q is the one the
// label is said of, a chunk as before an unquoted label (dbc-021).
func (s *sentCtx) quotedPredicate31(q int) bool {
	if q >= s.sn.b || !s.isQuoteTok(q) {
		return false
	}
	for e := q + 2; e < s.sn.b && e <= q+6; e++ {
		if !s.isQuoteTok(e) {
			if !s.isWord(e) {
				return false
			}
			continue
		}
		switch s.w(e + 1) {
		case "हैं", "है", "थे", "था", "थी", "थीं", "रहे", "रही", "रहा":
			return true
		}
		return false
	}
	return false
}
