package work

import "strings"

// Session 27 (TURN helper): what came from someone, thanked for.
//
// "X ने Y की ओर से मिले बधाई संदेश के लिए उनका आभार जताया": "Y की ओर से"
// before a participle of receiving (मिला, मिले, मिली …) names where the
// thing thanked for came from; Y is no doer of the clause, so the thanks
// stay X's (SCHEMA, ruling of session 26, rule 5: the act thanked for is
// presupposed and gives no Y → X).

// receivedFrom27 reports a participle of receiving at token k ("मिले",
// "मिली", "मिला", "मिलीं"), with no ने-agent right after it.
func (s *sentCtx) receivedFrom27(k int) bool {
	return strings.HasPrefix(s.w(k), "मिल") && s.w(k+1) != "ने" && s.w(k+1) != "कर"
}

// thanksAt27 reports a word of thanks at token k (thanksWord11, or
// आभारी): "वे Y के (हमेशा) आभारी रहेंगे" pledges gratitude kept up, which
// is gratitude now (pledge; SCHEMA: thanking is supportive).
func (s *sentCtx) thanksAt27(k int) bool {
	w := s.w(k)
	return thanksWord11(w) || strings.HasPrefix(w, "आभार")
}
