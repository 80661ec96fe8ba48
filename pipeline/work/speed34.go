package work

// Speed, session 34: the session's two readers that ran on every sentence
// or every story, screened, output unchanged (TestPerfEquivalence; cmp of
// its output before and after):
//
//   - noteRejection34 (asked by remember for every sentence; 18.2 M of a
//     914.4 M gold pass under callgrind, 13.4 M of it its own two loops
//     over the sentence's tokens) returns at once for a sentence with no
//     word flagged fwCharge and no offer or said-claim noun (rwReject34,
//     set from the second class words cwOfferNoun27 and cwSaidClaim27):
//     both its readings start from one of them;
//   - claimsAnswered34 asks its screen (a claim noun in the story) before
//     the map lookups of each hostile stance, not after: with no claim
//     noun it adds nothing either way.

// rwReject34 is the rule bit of a word of second class cwOfferNoun27 or
// cwSaidClaim27: noteRejection34's screen, with the sentence's fwCharge.
const rwReject34 = rwTitled33 << 1

// screens34 ORs the session's class rule bits into ruleOf; New calls it
// once, after screens33.
func (a *Analyzer) screens34() {
	for i, c := range a.classOf2 {
		if i < len(a.ruleOf) && c&(cwOfferNoun27|cwSaidClaim27) != 0 {
			a.ruleOf[i] |= rwReject34
		}
	}
}
