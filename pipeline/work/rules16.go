package work

// Rule-word bits (session 16, speed): per word id, one bit for each
// small set of words a rule reader looks for in a clause. A reader that
// can only act when one of its words is among the clause's own tokens
// asks clauseRules once and returns at once without them, instead of
// comparing the text of every token of every clause. The sentence
// screens (screenWords, wordid.go) do the same per sentence; these bits
// are a second table so that the two sets of bits stay independent.
//
// What a bit relies on: the reader's test is an exact comparison of the
// token's word (s.w) with the words listed for the bit, and every listed
// word is indexed in flagIdx (ruleWordList joins the index in New), so a
// token holding one of them has its id and the id has the bit.
const (
	rwGreet15     uint64 = 1 << iota // greetWord15's words (readOccasionGreeting15)
	rwOwnedAct15                     // a word flagged fwCharge, or with an act key that is not a decision (noteCharges15), from the flags
	rwTie12                          // tieNoun12's words (readTieAffirmed)
	rwAmong11                        // amongNoun11's words (readAmong)
	rwThanks11                       // thanksWord11's words (readThanksFor)
	rwDeal11                         // dealNoun11's words (readDealPresupposed)
	rwTieQ11                         // tieNounQ11's words (readTieValued)
	rwContact12                      // the words contactAct12 starts at (readSnub)
	rwUnjust16                       // unjustifiedAt's words, and a word flagged fwUnjust, from the flags
	rwMoneyFund12                    // moneyWord's and fundNoun12's words (readMoneyGiven)
	rwRelJo17                        // जो, जिस: the relative correlPraise looks for after an agent, characterRelative16's जो (readSentence's guards)
	rwBehest17                       // behestCharge12's words (readSentence's guard)
	rwSoon24                         // verblessSoon23's words (its own screen, speed24.go)
	rwContact24                      // the words contactAfter starts at (refusedContact12's guard, speed24.go)
	rwJoint24                        // संयुक्त, साझा: jointBody23's words (readClause's guard, speed24.go)
	rwJoy24                          // a word of class cwJoy22, from classOf (joyThat22's guard, classRules24)
	rwJointBody24                    // a word of class cwJointBody23, from classOf (jointBody23's guard, classRules24)
	rwHonor24                        // honorifics' words (its own screen, speed24.go)
	rwColon24                        // ":" (contestLabel's screen, speed24.go)
	rwTagMark24                      // ":", "-", "—": the marks tagAbout's clauses end with (readSentence's guard, speed24.go)
	rwInvest24                       // heldNoun24's words and दांव: readInvestHeld24's and readBetTitle24's guard (review)
	rwPaas24                         // पास: readMeansLacked24's and readDealLack24's guard (review)
	rwLess24                         // कम, ज्यादा, अधिक: readShortMeans24's guard (review)
	rwJibe24                         // a word of class cwJibeNoun24 (words.yaml jibe_nouns), from classOf: readJibeWords24's guard (classRules24)
)

// ruleWords are the words of the rule bits, as normalised
// (TestRuleWords16 checks each list against its function's switch).
var ruleWords = [...]struct {
	w   string
	bit uint64
}{
	// greetWord15's words.
	{"बधाई", rwGreet15}, {"बधाइयां", rwGreet15}, {"शुभकामनाएं", rwGreet15}, {"शुभकामना", rwGreet15},
	{"मुबारकबाद", rwGreet15},
	// tieNoun12's words, its own and dealNoun11's.
	{"उपक्रम", rwTie12}, {"उद्यम", rwTie12}, {"वेंचर", rwTie12}, {"पार्टनरशिप", rwTie12},
	{"partnership", rwTie12}, {"टाई-अप", rwTie12}, {"tie-up", rwTie12}, {"साझेदारियों", rwTie12},
	{"समझौतों", rwTie12}, {"करारों", rwTie12}, {"गठजोडों", rwTie12},
	{"करार", rwTie12}, {"समझौता", rwTie12}, {"समझौते", rwTie12}, {"साझेदारी", rwTie12}, {"गठजोड", rwTie12},
	{"गठबंधन", rwTie12}, {"डील", rwTie12}, {"सौदा", rwTie12}, {"सौदे", rwTie12}, {"अनुबंध", rwTie12},
	// amongNoun11's words.
	{"समर्थकों", rwAmong11}, {"हिमायतियों", rwAmong11}, {"सहयोगियों", rwAmong11}, {"प्रशंसकों", rwAmong11},
	{"निवेशकों", rwAmong11}, {"दानदाताओं", rwAmong11}, {"चंदादाताओं", rwAmong11},
	// thanksWord11's words.
	{"आभार", rwThanks11}, {"धन्यवाद", rwThanks11}, {"शुक्रिया", rwThanks11}, {"शुक्रगुजार", rwThanks11},
	{"कृतज्ञता", rwThanks11}, {"थैंक्स", rwThanks11},
	// dealNoun11's words.
	{"करार", rwDeal11}, {"समझौता", rwDeal11}, {"समझौते", rwDeal11}, {"साझेदारी", rwDeal11}, {"गठजोड", rwDeal11},
	{"गठबंधन", rwDeal11}, {"डील", rwDeal11}, {"सौदा", rwDeal11}, {"सौदे", rwDeal11}, {"अनुबंध", rwDeal11},
	// tieNounQ11's words.
	{"साझेदारी", rwTieQ11}, {"साझेदारियों", rwTieQ11}, {"करार", rwTieQ11}, {"समझौता", rwTieQ11},
	{"समझौते", rwTieQ11}, {"गठजोड", rwTieQ11}, {"गठबंधन", rwTieQ11}, {"डील", rwTieQ11}, {"सौदा", rwTieQ11},
	{"सौदे", rwTieQ11}, {"अनुबंध", rwTieQ11}, {"रिश्ता", rwTieQ11}, {"रिश्ते", rwTieQ11}, {"रिश्तों", rwTieQ11},
	{"संबंध", rwTieQ11}, {"संबंधों", rwTieQ11}, {"सहयोग", rwTieQ11}, {"पार्टनरशिप", rwTieQ11},
	{"partnership", rwTieQ11}, {"tie-up", rwTieQ11}, {"टाई-अप", rwTieQ11},
	// contactAct12's words (the cases of its switch on the word).
	{"मिलने", rwContact12}, {"मिलना", rwContact12}, {"सुलह", rwContact12}, {"संपर्क", rwContact12},
	{"सहयोग", rwContact12}, {"मुलाकात", rwContact12}, {"बात", rwContact12}, {"बातचीत", rwContact12},
	{"काम", rwContact12}, {"रिश्ता", rwContact12}, {"रिश्ते", rwContact12}, {"संबंध", rwContact12},
	{"दोस्ती", rwContact12}, {"वार्ता", rwContact12}, {"हाथ", rwContact12}, {"बैठने", rwContact12}, {"बैठना", rwContact12},
	// moneyWord's and fundNoun12's words.
	{"डालर", rwMoneyFund12}, {"रुपये", rwMoneyFund12}, {"रुपए", rwMoneyFund12}, {"रुपया", rwMoneyFund12},
	{"यूरो", rwMoneyFund12}, {"पाउंड", rwMoneyFund12}, {"येन", rwMoneyFund12}, {"युआन", rwMoneyFund12},
	{"दिरहम", rwMoneyFund12}, {"अरब", rwMoneyFund12}, {"करोड", rwMoneyFund12}, {"लाख", rwMoneyFund12},
	{"खरब", rwMoneyFund12}, {"बिलियन", rwMoneyFund12}, {"मिलियन", rwMoneyFund12}, {"billion", rwMoneyFund12},
	{"million", rwMoneyFund12}, {"bn", rwMoneyFund12}, {"mn", rwMoneyFund12}, {"dollar", rwMoneyFund12},
	{"dollars", rwMoneyFund12}, {"पैसा", rwMoneyFund12}, {"पैसे", rwMoneyFund12}, {"रकम", rwMoneyFund12},
	{"राशि", rwMoneyFund12}, {"पूंजी", rwMoneyFund12}, {"धनराशि", rwMoneyFund12}, {"किश्त", rwMoneyFund12},
	{"किस्त", rwMoneyFund12}, {"किश्तें", rwMoneyFund12}, {"किस्तें", rwMoneyFund12},
	{"किश्तों", rwMoneyFund12}, {"किस्तों", rwMoneyFund12}, {"फंडिंग", rwMoneyFund12},
	{"funding", rwMoneyFund12}, {"अनुदान", rwMoneyFund12}, {"फंड", rwMoneyFund12},
	// unjustifiedAt's words (the cases of its switch).
	{"वजह", rwUnjust16}, {"कारण", rwUnjust16}, {"इसलिए", rwUnjust16}, {"तरीके", rwUnjust16}, {"ढंग", rwUnjust16},
	// correlPraise's relative words (its test w == "जो" || w == "जिस").
	{"जो", rwRelJo17}, {"जिस", rwRelJo17},
	// behestCharge12's words (the cases of its switch).
	{"इशारे", rwBehest17}, {"इशारों", rwBehest17}, {"शह", rwBehest17},
	// Session 24 (speed24.go): verblessSoon23's switch; the words
	// contactAfter compares its first word with; jointBody23's two.
	{"जल्द", rwSoon24}, {"जल्दी", rwSoon24}, {"शीघ्र", rwSoon24},
	{"मिलने", rwContact24}, {"मिलना", rwContact24}, {"बैठने", rwContact24}, {"बात", rwContact24},
	{"बातचीत", rwContact24}, {"बहस", rwContact24}, {"मुलाकात", rwContact24}, {"मंच", rwContact24},
	{"काम", rwContact24}, {"हाथ", rwContact24}, {"नहीं", rwContact24}, {"न", rwContact24},
	{"संयुक्त", rwJoint24}, {"साझा", rwJoint24},
	// honorifics' switch; the colon contestLabel's clauses end with.
	{"जी", rwHonor24}, {"साहब", rwHonor24}, {"साहिबा", rwHonor24}, {"जनाब", rwHonor24},
	{":", rwColon24},
	// tagAbout's marks.
	{":", rwTagMark24}, {"-", rwTagMark24}, {"—", rwTagMark24},
	// Session 24 review: the words the session's later readers act at
	// (TestRuleWordsReview24).
	{"निवेश", rwInvest24}, {"निवेशों", rwInvest24}, {"हिस्सेदारी", rwInvest24}, {"दांव", rwInvest24},
	{"पास", rwPaas24},
	{"कम", rwLess24}, {"ज्यादा", rwLess24}, {"अधिक", rwLess24},
	// rejection34's answer words (chargeAnswered19, deniedVerb34b: speed35.go).
	{"जवाब", rwRebut35}, {"खंडन", rwRebut35}, {"प्रतिवाद", rwRebut35}, {"खारिज", rwRebut35}, {"इनकार", rwRebut35}, {"इंकार", rwRebut35}, {"पलटवार", rwRebut35},
	{"नकार", rwRebut35}, {"नकारा", rwRebut35}, {"नकारते", rwRebut35}, {"नकारकर", rwRebut35}, {"अस्वीकार", rwRebut35},
	// participleSpeaker34b's speech nouns (speed35.go).
	{"कहना", rwSaying35}, {"मानना", rwSaying35},
}

// ruleWordList is the words of ruleWords (New indexes them in flagIdx).
func ruleWordList() []string {
	out := make([]string, len(ruleWords))
	for i, rw := range ruleWords {
		out[i] = rw.w
	}
	return out
}

// ruleOfWords is the rule bits by flagIdx id + 1 (field.wid); built
// once in New, after flagVals and actKeyOf.
func (a *Analyzer) ruleOfWords() []uint64 {
	out := make([]uint64, len(a.flagVals)+1)
	for _, rw := range ruleWords {
		out[a.flagIdx.lookup(rw.w)+1] |= rw.bit
	}
	for i, x := range a.flagVals {
		// actKey's answer is "decision" for a word flagged fwDecision,
		// else the word's act key.
		if key := a.actKeyOf[i]; x&fwCharge != 0 || x&fwDecision == 0 && key != "" && key != "decision" {
			out[i+1] |= rwOwnedAct15
		}
		if x&fwUnjust != 0 {
			out[i+1] |= rwUnjust16
		}
	}
	return out
}

// rulesMemo keeps the rule bits of the sentence of gen sentGen
// (sentScreens) and of its clause ci, asked last (clauseRules).
type rulesMemo struct {
	sent    uint64
	sentGen uint32 // the sentence's sentCtx.memoGen; 0: nothing kept
	bits    uint64
	ci      int
	gen     uint32
}

// sentScreens is sentScreen (the screenWords bits) and the rule bits of
// a sentence's word ids, ORed in one pass. readSentence keeps the rule
// bits for the sentence (sentRules).
//
// flags ORs fl, the sentence's flags (one a token, as wid): a loop that
// reads only tokens with some flag may skip a sentence with none
// (sentCtx.flOr). Without ids, or fl not one a token, every bit.
func (a *Analyzer) sentScreens(wid []int32, fl []uint64) (screen, rules, flags uint64) {
	if wid == nil || a.ruleOf == nil || len(fl) != len(wid) {
		return a.sentScreen(wid), ^uint64(0), ^uint64(0)
	}
	so, ro := a.screenOf, a.ruleOf
	ro = ro[:len(so)] // (one length: both are by id + 1 of flagIdx)
	for i, id := range wid {
		flags |= fl[i]
		if uint(id) < uint(len(so)) {
			screen |= so[id]
			rules |= ro[id]
		}
	}
	return screen, rules, flags
}

// rulesKept reports that readSentence screened the sentence: s.wid and
// s.fl are then its tokens' ids and those ids' flags (flagVals).
func (s *sentCtx) rulesKept() bool {
	return s.rules16.sentGen == s.memoGen && s.memoGen != 0
}

// sentRules is the rule bits of the sentence's words; every bit for a
// sentence readSentence did not screen (a test's sentCtx).
func (s *sentCtx) sentRules() uint64 {
	if s.rulesKept() {
		return s.rules16.sent
	}
	return ^uint64(0)
}

// clauseRules ORs the rule bits of clause ci's own tokens, kept for the
// clause last asked (readClause's readers ask in a row). A sentence read
// without word ids answers every bit: any word may be there. Ask it
// after sentRules: a bit the sentence lacks no clause has.
func (a *Analyzer) clauseRules(s *sentCtx, ci int) uint64 {
	if len(s.wid) != len(s.words) || s.memoGen == 0 || a.ruleOf == nil {
		return ^uint64(0)
	}
	if m := &s.rules16; m.gen == s.memoGen && m.ci == ci {
		return m.bits
	}
	bits := s.clauseOr(ci, a.ruleOf)
	s.rules16.bits, s.rules16.ci, s.rules16.gen = bits, ci, s.memoGen
	return bits
}
