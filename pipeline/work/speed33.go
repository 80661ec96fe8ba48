package work

// Speed, session 33: per-clause scans skipped for a sentence that lacks
// the word they look for, output unchanged (TestPerfEquivalence; cmp of
// its output before and after each):
//
//   - quarrelIn27 (asked by readClause for every clause, and by the two
//     quarrel readers) returns at once for a sentence with no word of
//     class cwQuarrel27 (rwQuarrel33, set from the first class word), as
//     jibeIn27 does with rwJibe24 (speed27.go);
//   - relSubject (asked for every frame by readFrame's vetoes) returns at
//     once for a sentence with no जो (rwRelJo17, rules16.go): it answers
//     only after one;
//   - freeRelAgent19 (likewise) returns at once for a sentence with no
//     word flagged fwRelAgent (the sentence's flags, flagsMayHave);
//   - untrackedTitled28 (asked by remember for most sentences) returns at
//     once for a sentence with no title or office word (rwTitled33, set
//     from the matcher's word classes ncTitle and ncOffice, which its
//     loop reads by the same ids);
//   - titleBeforeAgent32 (asked by genitive at every genitive) returns 0
//     at once for a sentence with no ने (swNe) or no word flagged fwTitle
//     or fwRoleNoun (the sentence's flags): it needs a title word, then a
//     tracked name that takes ने;
//   - untrackedConjunct26, titledConjunct29 (with titledConjunct32 and
//     titledBareConjunct32) and untrackedBoth28, which chunks runs for
//     every sentence, return at once for a sentence with no word flagged
//     fwAnd: each reads only a chunk that ends before an और
//     (bareBeforeAnd30, or the same test written out).

// rwQuarrel33 is the rule bit of a word of class cwQuarrel27 (words.yaml
// quarrel_nouns; quarrelIn27's screen), after speed29.go's rwCampaign29.
const rwQuarrel33 = rwCampaign29 << 1

// rwTitled33 is the rule bit of a word whose matcher class (Matcher.classOf,
// by the same flagIdx id + 1) has ncTitle or ncOffice: untrackedTitled28's
// screen.
const rwTitled33 = rwQuarrel33 << 1

// screens33 ORs the session's class rule bits into ruleOf; New calls it
// once, after ruleOf, classOf and the matcher's classOf are built.
func (a *Analyzer) screens33() {
	for i, c := range a.classOf {
		if i < len(a.ruleOf) && c&cwQuarrel27 != 0 {
			a.ruleOf[i] |= rwQuarrel33
		}
	}
	for i, c := range a.matcher.classOf {
		if i < len(a.ruleOf) && c&(ncTitle|ncOffice) != 0 {
			a.ruleOf[i] |= rwTitled33
		}
	}
}
