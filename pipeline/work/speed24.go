package work

// Speed pass, session 24: more readers skipped by the sentence's rule
// bits (rules16.go), output unchanged.
//
// A reader that can act only at a token of some word class, or at one of
// a few words, is not called for a sentence with none: its guard reads
// the sentence's rule bits (sentScreens ORs them a token, by word id),
// and the reader keeps its own test (TestDispatchGuardsExact opens every
// guard).
//
//   - rwJoy24, rwJointBody24: a word of class cwJoy22 (joyThat22) or
//     cwJointBody23 (jointBody23), set from classOf (classRules24), so
//     the class costs no table read a token of its own;
//   - rwJoint24: jointBody23's संयुक्त/साझा;
//   - rwSoon24: verblessSoon23's जल्द/जल्दी/शीघ्र (its own screen);
//   - rwContact24: the words contactAfter starts at (refusedContact12).
//
// ownerOfNamed needs a token flagged fwOrgNoun (flagsMayHave), and
// demonstratives copies the chunks only when it drops one.
// TestRuleWords24 checks the word lists against the readers' own
// comparisons, TestClassRules24 the class bits.

// classRules24 ORs into ruleOf the rule bits that stand for word classes
// (rwJoy24 for cwJoy22, rwJointBody24 for cwJointBody23), by word id; New
// calls it once, after ruleOf and classOf are built.
func (a *Analyzer) classRules24() {
	for i, c := range a.classOf {
		if i >= len(a.ruleOf) {
			break
		}
		if c&cwJoy22 != 0 {
			a.ruleOf[i] |= rwJoy24
		}
		if c&cwJointBody23 != 0 {
			a.ruleOf[i] |= rwJointBody24
		}
	}
}
