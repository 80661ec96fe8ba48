package work

// Speed, session 35: the session-34 reply reader's story scans screened,
// output unchanged (TestPerfEquivalence; cmp of its output before and
// after):
//
//   - claimsAnswered34 (after every story with an answerable stance)
//     asked mayClaim34, a walk over every token of the story for a claim
//     noun (second class cwClaimNoun34) flagged fwCharge, and then, for
//     each answerable stance, claimBy34 of every sentence of the story.
//     prepareBuf now notes a field with a claim noun (field.claim35, by
//     the token mark markClaim35, in the pass that reads each token's
//     flags; no list, so nothing is allocated): mayClaim35 reads only
//     such fields, and claimIn35 lets claimsAnswered34 skip claimBy34 for
//     a sentence with no claim noun — each of claimBy34's readings returns true only
//     after a cwClaimNoun34 word inside the sentence (its own loop before
//     the first कि, or claimant34's "e का दावा है" at the word after the
//     genitive).

// markClaim35 marks (Analyzer.tokMark) a word of second class
// cwClaimNoun34 (claim_nouns34).
const markClaim35 = markReply25 << 1

// markRefusal35b marks a word of second class cwOfferRefusal27 (ठुकरा…,
// खारिज …): labelDismissed35b reads only a field holding one
// (field.refusal35b).
const markRefusal35b = markClaim35 << 1

// screens35 marks the claim nouns in tokMark and ORs the session's class
// rule bits into ruleOf; New calls it once, after ruleOf, classOf2 and
// tokMark are built and before tokInfo copies the marks.
func (a *Analyzer) screens35() {
	for i, c := range a.classOf2 {
		if c&cwClaimNoun34 != 0 && i < len(a.tokMark) {
			a.tokMark[i] |= markClaim35
		}
		if c&cwOfferRefusal27 != 0 && i < len(a.tokMark) {
			a.tokMark[i] |= markRefusal35b
		}
		if i < len(a.ruleOf) {
			if c&cwOfferRefusal27 != 0 {
				a.ruleOf[i] |= rwRebut35
			}
			if c&cwOfferNoun27 != 0 {
				a.ruleOf[i] |= rwOffer35
			}
		}
	}
}

// mayClaim35 is mayClaim34 for the fields prepareBuf found a claim noun
// in (field.claim35): a claim noun flagged fwCharge in the story. A
// field prepareBuf did not mark is read word by word (mayClaim34).
func (a *Analyzer) mayClaim35(fields []*field) bool {
	for _, f := range fields {
		if !f.marked25 {
			return a.mayClaim34(fields)
		}
		if !f.claim35 {
			continue
		}
		for k, fl := range f.fl {
			if fl&fwCharge != 0 && a.fieldClass2(f, k)&cwClaimNoun34 != 0 {
				return true
			}
		}
	}
	return false
}

// claimIn35 reports a claim noun (cwClaimNoun34) inside sentence sp, or a
// field prepareBuf did not mark (which may hold one): claimBy34's screen.
// A field with none answers at once; else the sentence's word ids are
// read (a few instructions a word, against claimBy34's agent and
// claimant walks over the field's mentions).
func (a *Analyzer) claimIn35(sp sentSpan25) bool {
	f := sp.f
	if !f.marked25 {
		return true
	}
	if !f.claim35 {
		return false
	}
	c2 := a.classOf2
	for _, id := range f.wid[sp.sn.a:sp.sn.b] {
		if id > 0 && int(id) < len(c2) && c2[id]&cwClaimNoun34 != 0 { // (as fieldClass2)
			return true
		}
	}
	return false
}

// Rule bits of session 35 (after speed34.go's rwReject34).
const (
	// rwRebut35 is the rule bit of a word rejection34 needs after a
	// charge, claim or offer noun for any reading (rejectedAt34): an
	// answer word of chargeAnswered19 (जवाब, खंडन, खारिज …; also the
	// खारिज of "को सिरे से खारिज"), a denial verb of deniedVerb34b
	// (नकार …, rules16.go's ruleWords) or a word of second class
	// cwOfferRefusal27. A sentence without one has no rejection, and
	// noteRejection34 and rejectedOwner34 skip its token walk.
	rwRebut35 = rwReject34 << (iota + 1)
	// rwOffer35 is the rule bit of a word of second class cwOfferNoun27:
	// noteRejection34's walk for an offer's maker needs one.
	rwOffer35
	// rwSaying35 is the rule bit of कहना and मानना (rules16.go's
	// ruleWords): participleSpeaker34b, asked by sources for every frame,
	// reads a speech noun after the genitive of a name ("X का कहना है");
	// participleSpeaker35 skips it in a sentence with neither.
	rwSaying35
)

// participleSpeaker35 is participleSpeaker34b (frames34b.go) for a
// sentence with कहना or मानना (rwSaying35); -1 at once for one without:
// it reads only a name whose genitive one of them follows. Small enough
// to be inlined in sources, so most frames pay no call.
func (a *Analyzer) participleSpeaker35(s *sentCtx, at int, idx []int) int {
	if s.sentRules()&rwSaying35 == 0 {
		return -1
	}
	return a.participleSpeaker34b(s, at, idx)
}

// settleLetter35 reports a word that may open with one of the prefixes
// scanSettlementPayment (stance.go) looks for: all are three Devanagari
// letters or more (nine bytes), opening with क (केस), ज (जुर्मान), म
// (मुआवज, मुकदम, मामल), व (विवाद), स (समझौत, सेटलमेंट) or ह (हर्जान).
// Most words fail on their first letter's bytes, before the nine
// prefix tests.
func settleLetter35(w string) bool {
	if len(w) < 9 || w[0] != 0xE0 || w[1] != 0xA4 {
		return false
	}
	switch w[2] {
	case 0x95, 0x9C, 0xAE, 0xB5, 0xB8, 0xB9: // क ज म व स ह
		return true
	}
	return false
}
