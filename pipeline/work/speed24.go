package work

import (
	"cmp"
	"slices"
)

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
//   - rwContact24: the words contactAfter starts at (refusedContact12);
//   - rwHonor24: honorifics' जी/साहब/साहिबा/जनाब (its own screen);
//   - rwColon24: ":", which contestLabel's clauses end with;
//   - rwTagMark24: ":", "-", "—", which tagAbout's clauses end with.
//
// noteTrio returns at once for a sentence of fewer than three chunks
// (unless its list has three people).
//
// ownerOfNamed needs a token flagged fwOrgNoun (flagsMayHave),
// demonstratives copies the chunks only when it drops one, and
// datedAffil14 reads its ties from a list built once (datedTies), not by
// iterating a map for every story.
// TestRuleWords24 checks the word lists against the readers' own
// comparisons, TestClassRules24 the class bits.

// classRules24 ORs into ruleOf the rule bits that stand for word classes
// (rwJoy24 for cwJoy22, rwJointBody24 for cwJointBody23, rwJibe24 for
// cwJibeNoun24), by word id; New
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
		if c&cwJibeNoun24 != 0 {
			a.ruleOf[i] |= rwJibe24
		}
	}
}

// datedTie24 is one tie of affilDated14 that a story's date may undo.
type datedTie24 struct {
	k [2]int
	t *affilTie14
}

// datedTies lists affilDated14's ties that are not always and have
// periods (those datedAffil14 reads), sorted by key; New calls it once,
// after every noteAffilPeriod14.
func (a *Analyzer) datedTies() []datedTie24 {
	var out []datedTie24
	for k, t := range a.affilDated14 {
		if !t.always && len(t.periods) > 0 {
			out = append(out, datedTie24{k, t})
		}
	}
	slices.SortFunc(out, func(x, y datedTie24) int {
		if c := cmp.Compare(x.k[0], y.k[0]); c != 0 {
			return c
		}
		return cmp.Compare(x.k[1], y.k[1])
	})
	return out
}
