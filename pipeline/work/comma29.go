package work

// Session 29 FRESH-S: a comma after a bare subject before "Y के साथ/
// खिलाफ/बारे में …" ("O, Y के साथ मिलकर डेटा सेंटर बनाएगी"). newSubjectAt
// reads "Y के" + a plain noun after a comma as a new subject ("…, Y के
// प्रवक्ता बोले"); when that noun is the noun of a compound postposition
// (words.yaml compound_postpositions), Y is an oblique argument of the
// same clause, not a subject, and the comma does not split the clause.

// obliqueAfterComma29 reports the name at k (right after a comma)
// followed by a genitive and the noun of a compound postposition.
func (a *Analyzer) obliqueAfterComma29(f *field, sn *sentence, k int) bool {
	ms := f.mentions[sn.ma:sn.mb]
	for _, m := range ms {
		if m.tok != k {
			continue
		}
		e := m.tokEnd
		return e+1 < sn.b && isGenitive(f.words[e]) && a.fieldClass27(f, e+1)&cwCompoundPost26 != 0
	}
	return false
}
