package work

import (
	"slices"

	"github.com/khabar/khabar/internal/hindi"
)

// wordID is token k's flagIdx id, or -1 (not in it, or outside the
// sentence). readSentence keeps the ids in s.wid, one a token of the
// sentence (so an index below len(s.wid) is in the sentence); chunks
// fills them for a sentence read without it (fillWordIDs).
func (s *sentCtx) wordID(k int) int32 {
	if i := k - s.sn.a; uint(i) < uint(len(s.wid)) {
		return s.wid[i] - 1
	}
	return -1
}

// fillWordIDs sets s.wid and s.screen when the sentence was not read by
// readSentence (a test's sentCtx).
func (a *Analyzer) fillWordIDs(s *sentCtx) {
	s.bind()
	s.classOf = a.classOf
	s.classOf2 = a.classOf2
	if len(s.wid) == s.sn.b-s.sn.a {
		return
	}
	s.wid = grow(s.wid, s.sn.b-s.sn.a)
	for k := s.sn.a; k < s.sn.b; k++ {
		s.wid[k-s.sn.a] = a.flagIdx.lookup(s.f.words[k]) + 1
	}
	s.screen = a.sentScreen(s.wid)
}

// sentScreen ORs the screen bits of a sentence's word ids (field.wid,
// sentCtx.wid); without ids (nil), every bit: any word may be there.
func (a *Analyzer) sentScreen(wid []int32) uint64 {
	if wid == nil {
		return ^uint64(0)
	}
	var m uint64
	so := a.screenOf
	for _, id := range wid {
		if uint(id) < uint(len(so)) {
			m |= so[id]
		}
	}
	return m
}

// Sentence screens: a rule that reads a sentence only when one of a few
// words is in it tests its bit in sentCtx.screen (set once a sentence,
// from the word ids) before it scans the clause for the word.
const (
	swNe        uint64 = 1 << iota // ने
	swLead                         // अगुवाई, नेतृत्व (readLeadFunding)
	swPron2                        // आप, तुम and their forms; उन्हीं, उसी … (chunks)
	swTo                           // तो (moods: a bare condition)
	swNews                         // खबर, खबरें (newsSays)
	swAccording                    // accordingWords (clauses)
	swRelForm                      // जिनमें, जिसको … (relForm)
	swShield                       // बचा, बचाते, बचाती, बचाने (readShield)
	swJoint                        // मिलकर, साझेदार (readJoint)
	swFirstPers                    // मैं, हम (readWithYou)
	swSaath                        // साथ (readWithYou)
	swQuote                        // ', \", ` (clauses: the quote marks)
	swWh                           // a word flagged fwWh, from the flags: moods reads it as a fact (not a screen: sentScreen(nil) must not be used for it)
	swOrgNoun                      // a word flagged fwOrgNoun (possessorsOrgChunks), from the flags
	swRival                        // a rival word (Matcher.rivals: rivalChunks)
	swAct                          // an act noun or a decision (actKey: noteActs), from actKeyOf and the flags
	swDoc                          // an issued document noun (issuedNoun: noteDocument)
	swTitleWord                    // a word flagged fwRoleNoun or fwEpithet (learnTitles), from the flags
	swCoord                        // और, तथा, एवं (laterSubject)
	swMoney                        // the words of moneyWord (moneyPlaced)
	swBhi                          // भी (readSameGift)
	swCampaign                     // the words of campaignNoun (campaignOf)
	swCharge                       // the words of chargeNoun and suitNoun (readCharges)
	swPartner                      // साझेदार (readMembers)
	swJaari                        // जारी (readTieKept)
	swThanks                       // धन्यवाद, शुक्रिया … (readThanksCall)
	swGot                          // मिला, मिली, मिले (readGotBacking)
	swAnnounce                     // ऐलान, घोषणा, एलान (announces)
	swTakeBack                     // वापस, छीन-, रद्द, रोक-, खत्म, समाप्त (readTakenBack)
	swQuality                      // the words of qualityNoun and lackNoun (readQuality)
	swAbstain                      // the words of abstainWord (abstainAt)
	swName11                       // नाम (nameTaken11)
	swFund11                       // कोष, फंड (fundDonation11)
	swQuarrel11                    // the words of quarrelNoun11 (readPastQuarrel)
	swSchema11                     // the words of amongNoun11, gladActNoun11, thanksWord11 (readAmong, readThanksFor)
	swDesc11                       // the words of descNoun11 (describedRefs11)
	swTieQ11                       // tie nouns of tieNounQ11 not in swSchema11 (readTieValued)
	swInvestQ11                    // the words of investorNounQ11 (readInvestorIs)
	swTie12                        // tieNoun12's words beyond swSchema11 and swTieQ11 (readTieAffirmed)
	swGive12                       // fundNoun12's words beyond swMoney and swFund11 (readMoneyGiven)
	swHearsay12                    // the words of hearsayWord12 (hearsay12)
	swSnub12                       // willNoun12's words and the forms of चाहना (readSnub)
	swOffer12                      // पेशकश, प्रस्ताव, ऑफर (readOfferAccepted)
	swCredit13                     // the words of creditNoun13 (creditPraise13)
	swWithout13                    // बिना (withoutPraise13)
	swKya12                        // क्या (rhetoricQ12: "X का रिश्ता क्या है")
	swPerson14                     // व्यक्ति, शख्स, आदमी, इंसान (readDescribedAuthor14)
	swRegret15                     // गलती, भूल (regretted12)
	swChargeF15                    // a word flagged fwCharge, from the flags (chargeComplement12)
	swQuarrel19                    // विवाद, विवादों, लडाई (readNamedQuarrel19, with swQuarrel11)
	swApology20                    // माफी, क्षमा (apologyOwnRemark20)
	swRivalry20                    // the words of competitionNoun20 (competitionJudged20)
	swAll38                        // सब (readAllFor38)
)

// screenWords are the words of the screens, as normalised.
var screenWords = [...]struct {
	w   string
	bit uint64
}{
	{"ने", swNe},
	{"अगुवाई", swLead}, {"नेतृत्व", swLead},
	{"आप", swPron2}, {"तुम", swPron2}, {"आपने", swPron2}, {"तुमने", swPron2},
	{"आपके", swPron2}, {"आपकी", swPron2}, {"आपका", swPron2}, {"आपको", swPron2}, {"तुम्हें", swPron2}, {"तुमको", swPron2},
	{"तुम्हारे", swPron2}, {"तुम्हारी", swPron2}, {"तुम्हारा", swPron2},
	{"उन्हीं", swPron2}, {"उसी", swPron2}, {"इन्हीं", swPron2}, {"इसी", swPron2},
	{"तो", swTo},
	{"खबर", swNews}, {"खबरें", swNews},
	{"मुताबिक", swAccording}, {"अनुसार", swAccording},
	{"जिनमें", swRelForm}, {"जिनमे", swRelForm}, {"जिनको", swRelForm}, {"जिसको", swRelForm},
	{"जिनसे", swRelForm}, {"जिनपर", swRelForm}, {"जिसपर", swRelForm},
	{"बचा", swShield}, {"बचाते", swShield}, {"बचाती", swShield}, {"बचाने", swShield},
	{"मिलकर", swJoint}, {"साझेदार", swJoint},
	{"मैं", swFirstPers}, {"हम", swFirstPers}, {"साथ", swSaath},
	{"'", swQuote}, {"\"", swQuote}, {"`", swQuote},
	{"बयान", swDoc}, {"पत्र", swDoc}, {"चिट्ठी", swDoc}, {"पोस्ट", swDoc}, {"ब्लाग", swDoc},
	{"फाइलिंग", swDoc}, {"याचिका", swDoc}, {"शिकायत", swDoc}, {"अर्जी", swDoc}, {"नोटिस", swDoc},
	{"हलफनामे", swDoc}, {"हलफनामा", swDoc}, {"विज्ञप्ति", swDoc}, {"ईमेल", swDoc}, {"मेमो", swDoc},
	{"ट्वीट", swDoc}, {"मुकदमे", swDoc}, {"दस्तावेज", swDoc}, {"जवाब", swDoc},
	{"और", swCoord}, {"तथा", swCoord}, {"एवं", swCoord},
	// moneyWord's words (TestSession10ScreenLists checks them).
	{"डालर", swMoney}, {"रुपये", swMoney}, {"रुपए", swMoney}, {"रुपया", swMoney}, {"यूरो", swMoney},
	{"पाउंड", swMoney}, {"येन", swMoney}, {"युआन", swMoney}, {"दिरहम", swMoney},
	{"अरब", swMoney}, {"करोड", swMoney}, {"लाख", swMoney}, {"खरब", swMoney}, {"बिलियन", swMoney},
	{"मिलियन", swMoney}, {"billion", swMoney}, {"million", swMoney}, {"bn", swMoney}, {"mn", swMoney},
	{"dollar", swMoney}, {"dollars", swMoney},
	{"पैसा", swMoney}, {"पैसे", swMoney}, {"रकम", swMoney}, {"राशि", swMoney}, {"पूंजी", swMoney}, {"धनराशि", swMoney},
	{"भी", swBhi},
	// campaignNoun's words (TestSession10ScreenLists checks them).
	{"साजिश", swCampaign}, {"षड्यंत्र", swCampaign}, {"चाल", swCampaign}, {"हथकंडा", swCampaign},
	{"हथकंडे", swCampaign}, {"प्रोपेगेंडा", swCampaign}, {"दुष्प्रचार", swCampaign},
	{"मुहिम", swCampaign}, {"अभियान", swCampaign}, {"सिलसिला", swCampaign}, {"सिलसिले", swCampaign},
	{"कडी", swCampaign}, {"अध्याय", swCampaign}, {"हिस्सा", swCampaign}, {"हिस्से", swCampaign},
	{"उदाहरण", swCampaign}, {"कहानी", swCampaign}, {"कहानियां", swCampaign}, {"किस्सा", swCampaign}, {"किस्से", swCampaign}, {"रणनीति", swCampaign}, {"कोशिश", swCampaign}, {"प्रयास", swCampaign},
	{"strategy", swCampaign}, {"campaign", swCampaign},
	// chargeNoun's and suitNoun's words (TestSession10ScreenLists checks them).
	{"आरोप", swCharge}, {"आरोपों", swCharge}, {"इल्जाम", swCharge}, {"इल्जामों", swCharge},
	{"मुकदमा", swCharge}, {"मुकदमे", swCharge}, {"मुकदमों", swCharge}, {"केस", swCharge},
	{"लासूट", swCharge}, {"lawsuit", swCharge}, {"याचिका", swCharge}, {"याचिकाओं", swCharge}, {"अर्जी", swCharge}, {"अर्जियों", swCharge},
	{"साझेदार", swPartner},
	{"जारी", swJaari},
	{"धन्यवाद", swThanks}, {"शुक्रिया", swThanks}, {"थैंक्स", swThanks}, {"थैंक", swThanks},
	{"thanks", swThanks}, {"thank", swThanks},
	{"मिला", swGot}, {"मिली", swGot}, {"मिले", swGot},
	{"ऐलान", swAnnounce}, {"घोषणा", swAnnounce}, {"एलान", swAnnounce},
	{"वापस", swTakeBack}, {"छीन", swTakeBack}, {"छीना", swTakeBack}, {"छीनी", swTakeBack}, {"छीने", swTakeBack},
	{"रद्द", swTakeBack}, {"रोक", swTakeBack}, {"रोका", swTakeBack}, {"रोकी", swTakeBack}, {"रोके", swTakeBack},
	{"खत्म", swTakeBack}, {"समाप्त", swTakeBack},
	{"क्षमता", swQuality}, {"काबिलियत", swQuality}, {"योग्यता", swQuality}, {"दम", swQuality},
	{"हिम्मत", swQuality}, {"समझ", swQuality}, {"विजन", swQuality}, {"दूरदृष्टि", swQuality},
	{"गुण", swQuality}, {"प्रतिभा", swQuality}, {"बात", swQuality}, {"ईमानदारी", swQuality},
	{"साहस", swQuality}, {"जज्बा", swQuality}, {"कूवत", swQuality}, {"माद्दा", swQuality},
	{"कमी", swQuality}, {"अभाव", swQuality},
	{"अनुभव", swQuality}, {"ज्ञान", swQuality}, {"जानकारी", swQuality}, {"जनादेश", swQuality},
	{"पैसा", swQuality}, {"पैसे", swQuality}, {"रकम", swQuality}, {"फंड", swQuality}, {"संसाधन", swQuality},
	{"योजना", swQuality}, {"नीति", swQuality}, {"मुद्दा", swQuality}, {"एजेंडा", swQuality},
	{"परहेज", swAbstain}, {"गुरेज", swAbstain}, {"संकोच", swAbstain},
	{"बचे", swAbstain}, {"बचा", swAbstain}, {"बची", swAbstain}, {"बचते", swAbstain}, {"बचती", swAbstain},
	{"बचता", swAbstain}, {"बचें", swAbstain}, {"कतराते", swAbstain}, {"कतराती", swAbstain},
	{"कतराता", swAbstain}, {"कतराए", swAbstain}, {"कतराई", swAbstain}, {"कतरा", swAbstain},
	{"नाम", swName11},
	{"कोष", swFund11}, {"फंड", swFund11}, {"fund", swFund11},
	// creditNoun13's words.
	{"नेतृत्व", swCredit13}, {"विजन", swCredit13}, {"दूरदृष्टि", swCredit13}, {"दूरदर्शिता", swCredit13},
	{"बिना", swWithout13},
	{"गलती", swRegret15}, {"भूल", swRegret15},
	// personNoun14's words.
	{"व्यक्ति", swPerson14}, {"शख्स", swPerson14}, {"आदमी", swPerson14}, {"इंसान", swPerson14},
	// quarrelNoun11's words (TestSession11ScreenList checks them).
	{"तल्खी", swQuarrel11}, {"तकरार", swQuarrel11}, {"झगडा", swQuarrel11}, {"झगडे", swQuarrel11},
	{"झगडों", swQuarrel11}, {"कडवाहट", swQuarrel11}, {"अनबन", swQuarrel11}, {"टकराव", swQuarrel11},
	{"मतभेद", swQuarrel11}, {"मतभेदों", swQuarrel11}, {"तनातनी", swQuarrel11}, {"खटास", swQuarrel11},
	// amongNoun11's, gladActNoun11's and thanksWord11's words (TestSession11ScreenList).
	{"समर्थकों", swSchema11}, {"प्रशंसकों", swSchema11}, {"निवेशकों", swSchema11}, {"सहयोगियों", swSchema11},
	{"हिमायतियों", swSchema11}, {"दानदाताओं", swSchema11}, {"चंदादाताओं", swSchema11},
	{"बधाई", swSchema11}, {"बधाइयों", swSchema11}, {"समर्थन", swSchema11}, {"तारीफ", swSchema11}, {"प्रशंसा", swSchema11},
	{"सराहना", swSchema11},
	{"आभार", swSchema11}, {"धन्यवाद", swSchema11}, {"शुक्रिया", swSchema11}, {"शुक्रगुजार", swSchema11},
	{"कृतज्ञता", swSchema11}, {"थैंक्स", swSchema11},
	{"करार", swSchema11}, {"समझौता", swSchema11}, {"समझौते", swSchema11}, {"साझेदारी", swSchema11},
	{"गठजोड", swSchema11}, {"गठबंधन", swSchema11}, {"डील", swSchema11}, {"सौदा", swSchema11},
	{"सौदे", swSchema11}, {"अनुबंध", swSchema11},
	{"दुश्मनी", swQuarrel11}, {"नोकझोंक", swQuarrel11}, {"जंग", swQuarrel11},
	{"विवाद", swQuarrel19}, {"विवादों", swQuarrel19}, {"लडाई", swQuarrel19},
	{"माफी", swApology20}, {"क्षमा", swApology20},
	{"सब", swAll38},
	// competitionNoun20's words (TestSession20Review2Screens checks them).
	{"प्रतिस्पर्धा", swRivalry20}, {"प्रतिस्पर्द्धा", swRivalry20}, {"मुकाबला", swRivalry20}, {"मुकाबले", swRivalry20},
	{"होड", swRivalry20}, {"competition", swRivalry20}, {"कांपिटिशन", swRivalry20},
	// descNoun11's words (TestSession11GroundDescScreen).
	{"महिला", swDesc11}, {"औरत", swDesc11}, {"आदमी", swDesc11}, {"शख्स", swDesc11},
	{"व्यक्ति", swDesc11}, {"इंसान", swDesc11}, {"शख्सियत", swDesc11},
	// tieNounQ11's words beyond dealNoun11's (TestSession11FreshQScreen).
	{"साझेदारियों", swTieQ11}, {"रिश्ता", swTieQ11}, {"रिश्ते", swTieQ11}, {"रिश्तों", swTieQ11}, {"संबंध", swTieQ11},
	{"संबंधों", swTieQ11}, {"संबंध", swTieQ11}, {"सहयोग", swTieQ11}, {"पार्टनरशिप", swTieQ11}, {"partnership", swTieQ11},
	{"tie-up", swTieQ11}, {"टाई-अप", swTieQ11},
	{"निवेशक", swInvestQ11}, {"निवेशकों", swInvestQ11}, {"इन्वेस्टर", swInvestQ11}, {"इन्वेस्टरों", swInvestQ11},
	{"investor", swInvestQ11}, {"investors", swInvestQ11}, {"फंडर", swInvestQ11}, {"फाइनेंसर", swInvestQ11},
	// tieNoun12's words beyond swSchema11 and swTieQ11 (TestSession12Screens).
	{"उपक्रम", swTie12}, {"उद्यम", swTie12}, {"वेंचर", swTie12}, {"समझौतों", swTie12}, {"करारों", swTie12}, {"गठजोडों", swTie12},
	{"किश्त", swGive12}, {"किस्त", swGive12}, {"किश्तें", swGive12}, {"किस्तें", swGive12}, {"किश्तों", swGive12},
	{"किस्तों", swGive12}, {"फंडिंग", swGive12}, {"funding", swGive12}, {"अनुदान", swGive12},
	{"चर्चा", swHearsay12}, {"चर्चाएं", swHearsay12}, {"चर्चाओं", swHearsay12}, {"अपुष्ट", swHearsay12},
	{"असत्यापित", swHearsay12}, {"ऐसा", swHearsay12}, {"ऐसी", swHearsay12},
	{"इरादा", swSnub12}, {"इच्छा", swSnub12}, {"दिलचस्पी", swSnub12}, {"रुचि", swSnub12}, {"रूचि", swSnub12},
	{"सवाल", swSnub12}, {"प्रश्न", swSnub12}, {"गुंजाइश", swSnub12}, {"मंशा", swSnub12},
	{"इच्छुक", swSnub12}, {"तैयार", swSnub12}, {"चाहते", swSnub12}, {"चाहता", swSnub12},
	{"चाहती", swSnub12}, {"चाहतीं", swSnub12}, {"चाहेंगे", swSnub12}, {"चाहेगा", swSnub12}, {"चाहेगी", swSnub12},
	{"चाहा", swSnub12}, {"चाहूंगा", swSnub12}, {"चाहूंगी", swSnub12},
	{"मन", swSnub12}, {"वक्त", swSnub12}, {"समय", swSnub12}, {"फुर्सत", swSnub12}, // (snub23.go)
	{"क्या", swKya12},
	{"पेशकश", swOffer12}, {"प्रस्ताव", swOffer12}, {"आफर", swOffer12},
}

// clauseOr ORs table's bits for the word ids of clause ci's own tokens
// (a token with no id, or an id past the table, adds none); clauseScreen
// reads the screen table, clauseRules the rule-word table.
func (s *sentCtx) clauseOr(ci int, table []uint64) uint64 {
	var m uint64
	wid := s.wid
	for _, k := range s.cls[ci].toks {
		if i := uint(k - s.sn.a); i < uint(len(wid)) {
			if id := wid[i]; uint(id) < uint(len(table)) {
				m |= table[id]
			}
		}
	}
	return m
}

// clauseScreen is sentScreen over clause ci's tokens, kept for the
// clause last asked (the readers of one clause ask in a row): a reader
// whose words must be among the clause's own skips a clause without
// them though the sentence has them. A sentence with no ids screens
// nothing out.
func (a *Analyzer) clauseScreen(s *sentCtx, ci int) uint64 {
	if len(s.wid) != len(s.words) || s.memoGen == 0 {
		return ^uint64(0)
	}
	if s.clScrGen == s.memoGen && s.clScrCi == ci {
		return s.clScr
	}
	m := s.clauseOr(ci, a.screenOf)
	s.clScr, s.clScrCi, s.clScrGen = m, ci, s.memoGen
	return m
}

// screenWordList is the words of screenWords (they are indexed in flagIdx).
func screenWordList() []string {
	out := make([]string, len(screenWords))
	for i, sw := range screenWords {
		out[i] = sw.w
	}
	return out
}

// matchAt is Lexicon.match over the sentence's words at token k, with
// the word's exact entries taken by its token id (wordID) rather than
// looked up by its text, and kept for the sentence (matchesAt); a token
// before the sentence is looked up as before.
func (a *Analyzer) matchAt(s *sentCtx, k int, kind entryKind) (*entry, int) {
	if k >= s.sn.b {
		// Past the sentence (a rule looking one word on from its last
		// word): nothing starts there.
		return nil, 0
	}
	if k < s.sn.a {
		return a.lex.match(s.f.words[:s.sn.b], k, kind)
	}
	m := a.matchesAt(s, k)
	return m[kind].e, m[kind].n
}

// entryStarts lists, in order, the sentence's word tokens that may start
// a lexicon entry (by the word's id, startsOf; a word with none by
// Lexicon.mayStart): readClause asks matchesAt only at them. Computed
// once a bound sentence.
func (a *Analyzer) entryStarts(s *sentCtx) []int32 {
	if s.memoGen != 0 && s.startsGen == s.memoGen {
		return s.starts
	}
	out := s.starts[:0]
	if len(s.wid) != len(s.toks) || len(s.fl) != len(s.toks) {
		// No ids for the sentence (a test's sentCtx): word by word.
		for k := s.sn.a; k < s.sn.b; k++ {
			if !s.isWord(k) {
				continue
			}
			if id := s.wordID(k); id >= 0 && !a.startsOf[id] || id < 0 && !a.lex.mayStart(s.f.words[k], s.flag(k)) {
				continue
			}
			out = append(out, int32(k))
		}
		s.starts, s.startsGen = out, s.memoGen
		return out
	}
	// The id first: most words have one and start no entry.
	words, toks, fl, so := s.words, s.toks, s.fl, a.startsOf
	for i, id1 := range s.wid {
		if id1 > 0 {
			if !so[id1-1] || toks[i].Kind != hindi.Word {
				continue
			}
		} else if toks[i].Kind != hindi.Word || !a.lex.mayStart(words[i], fl[i]) {
			continue
		}
		out = append(out, int32(i+s.sn.a))
	}
	s.starts, s.startsGen = out, s.memoGen
	return out
}

// matchMemo is one token's matches (matchesAt) and the sentence they
// were computed for (sentCtx.memoGen).
type matchMemo struct {
	gen uint32
	m   [entFlip + 1]hit
}

// noHits is the matches of a word that starts no entry.
var noHits [entFlip + 1]hit

// matchesAt returns the longest entry of each kind at token k of the
// sentence (k >= s.sn.a), over the sentence's words: computed once a
// sentence and token (the rules ask the same token many times), by the
// word's id when it has one. The result must not be changed.
func (a *Analyzer) matchesAt(s *sentCtx, k int) *[entFlip + 1]hit {
	id := s.wordID(k)
	if id >= 0 && !a.startsOf[id] {
		return &noHits // starts no entry (as readClause screens)
	}
	i := k - s.sn.a
	if uint(i) >= uint(len(s.words)) || s.memoGen == 0 {
		// Not a token of the bound sentence: not kept.
		mm := &matchMemo{}
		mm.m = a.lex.matchWith(s.f.words[:s.sn.b], k, nil)
		return &mm.m
	}
	if len(s.memo) < len(s.words) {
		s.memo = append(s.memo, make([]matchMemo, len(s.words)-len(s.memo))...)
	}
	mm := &s.memo[i]
	if mm.gen != s.memoGen {
		// (The sentence's words, to its end, only to match: a kept
		// answer needs none.)
		words := s.f.words[:s.sn.b]
		if id >= 0 {
			a.matchIDInto(s, words, k, id, &mm.m)
		} else {
			mm.m = a.lex.matchWith(words, k, nil)
		}
		mm.gen = s.memoGen
	}
	return &mm.m
}

// matchID is Lexicon.matchWith for word k of words (the sentence's, to
// its end), whose flagIdx id is id (>= 0): its exact and prefix entry lists are kept by id (exactOf,
// prefixOf), so the word is not looked up. An exact entry whose second
// pattern is one word in the index (exactSec) is tried when the next
// word has its id, as matchLists tries it when the words are equal; a
// gap word next is left to matchLists (gapped entries read past it).
func (a *Analyzer) matchID(s *sentCtx, words []string, k int, id int32) (m [entFlip + 1]hit) {
	a.matchIDInto(s, words, k, id, &m)
	return m
}

// matchIDInto is matchID written into m (a memo slot: the result is not
// copied out and in).
func (a *Analyzer) matchIDInto(s *sentCtx, words []string, k int, id int32, m *[entFlip + 1]hit) {
	*m = [entFlip + 1]hit{}
	ls, lx := &a.lexStart[id], a.lex
	if ls.lists {
		*m = lx.matchLists(words, k, a.exactOf[id], ls.prefix)
		return
	}
	j := k + 1
	for j < len(words) && (isQuote(words[j]) || words[j] == "-") {
		j++
	}
	jid := int32(-1)
	if j < len(words) {
		jid = s.wordID(j)
		if jid >= 0 && a.gapOf[jid] || jid < 0 && lx.isGap(words[j]) || midwayGap30(words, j) {
			a.matchGapped(s, words, k, j, id, m)
			return
		}
	}
	// Most words start entries whose second word is one indexed word
	// that is not the next one: the loop below would try none of them.
	// Otherwise only the entries exactNext lists for the next word's id
	// are visited: those whose second word is that id, and those tried
	// whatever the next word (secNone, secLoose), in exactOf's order.
	var tries []exactTry
	if ls.secMask&(secAnyBit|secBit(jid)) != 0 {
		tries = ls.of(jid)
	}
	ok := false // the last loose entry's second pattern matched
	for _, t := range tries {
		if t.loose {
			// An entry whose second pattern is the last one's (the
			// forms of "X|Y Z|W") reads that one's answer.
			if !t.same {
				sp := &lx.second[t.e]
				ok = j < len(words) && !sp.p.quickNo(words[j]) && sp.p.matchIn(words, j)
			}
			if !ok {
				continue
			}
		}
		lx.try(words, k, t.e, m, true)
	}
	// A prefix entry whose second pattern has its word fixed (word j,
	// which is no gap word here, or k+1 for one read verb first) is not
	// tried when that word fails the pattern's quick test: try would
	// fail it there (prefixTryOf).
	for _, t := range ls.pre {
		if t.at != preAny {
			jj := j
			if t.at == preNext {
				jj = k + 1
			}
			if jj >= len(words) || lx.second[t.e].p.quickNo(words[jj]) {
				continue
			}
		}
		lx.try(words, k, t.e, m, true)
	}
}

// prefixTry is one prefix entry of a word (lexStart.pre) and where its
// second pattern must match, when that is known before try reads it.
type prefixTry struct {
	e  int32
	at uint8 // preAny, preJ or preNext
}

// prefixTry.at: anywhere try may find it (no second pattern, or a tight
// entry that admits gap words: not screened); at the next word past
// quotes and hyphens (word j of matchIDInto: an entry that is not tight,
// where word j is no gap word, so try passes over none); at word k+1 (a
// tight entry, which reads nothing between its words, with no gap).
const (
	preAny uint8 = iota
	preJ
	preNext
)

// prefixTryOf is lexStart.pre for a word's prefix list pre.
func (lx *Lexicon) prefixTryOf(pre []int32) []prefixTry {
	out := make([]prefixTry, 0, len(pre))
	for _, e := range pre {
		t := prefixTry{e: e}
		switch en := &lx.entries[e]; {
		case !lx.second[e].set:
		case !en.tight:
			t.at = preJ
		case en.gap == 0:
			t.at = preNext
		}
		out = append(out, t)
	}
	return out
}

// gapWindow is how many words after an entry's first matchGapped reads
// for the ids its second word may have.
const gapWindow = 8

// matchGapped is matchIDInto's Lexicon.matchLists when the next word
// (j, past quotes and hyphens) is a gap word: an exact entry that admits
// gaps may find its second word further on. try passes over only gap
// words, से, quotes and hyphens before an entry's second pattern, so
// that pattern is matched at a word of the window from k+1 to the first
// word that is none of those (inclusive). An entry whose second word is
// one indexed word (exactSec) absent from the window is not tried: try
// would fail it; nor one whose second word has no id (secNoID) when every
// word of the window has one. The rest are read as matchLists reads
// them, in order.
func (a *Analyzer) matchGapped(s *sentCtx, words []string, k, j int, id int32, m *[entFlip + 1]hit) {
	ex, sec, lx := a.exactOf[id], a.exactSec[id], a.lex
	var win [gapWindow]int32
	nw, all := 0, true // all: every word of the window is in win
	noID := false      // a word of win has no id
	for p := k + 1; p < len(words); p++ {
		if nw == len(win) {
			all = false
			break
		}
		pid := s.wordID(p)
		win[nw] = pid
		nw++
		noID = noID || pid < 0
		w := words[p]
		if !(pid >= 0 && a.gapOf[pid] || pid < 0 && lx.isGap(w) || w == "से" || isQuote(w) || w == "-" || midwayGap30(words, p)) {
			break
		}
	}
	for x, e := range ex {
		if c := sec[x]; c >= 0 && all && !slices.Contains(win[:nw], c) || c == secNoID && all && !noID {
			continue
		}
		// matchLists's test: word j is a gap word.
		if sp := &lx.second[e]; sp.set && (sp.p.quickNo(words[j]) || !sp.p.match(words[j])) && !sp.gap {
			continue
		}
		lx.try(words, k, e, m, true)
	}
	w := words[k]
	for _, e := range a.prefixOf[id] {
		if ps := lx.entries[e].pats; len(ps) > 0 && ps[0].quickNo(w) {
			continue
		}
		lx.try(words, k, e, m, false)
	}
}

// exactSec's codes for an exact entry with no second pattern, for one
// whose second pattern is not one indexed word (matched as written), and
// for one whose second pattern is one word that has no id (matched as
// written, and only by a word with no id: a word with one is another).
const (
	secNone  int32 = -1
	secLoose int32 = -2
	secNoID  int32 = -3
)

// secAnyBit is set in a word's secMask when one of its exact entries is
// tried whatever the next word's id (secNone, secLoose, secNoID).
const secAnyBit uint64 = 1 << 63

// secBit is the secMask bit of a second word's id (none for no id):
// ids share the 63 bits, so a bit set may be another word's, never the
// other way round.
func secBit(id int32) uint64 {
	if id < 0 {
		return 0
	}
	return 1 << (uint32(id) % 63)
}

// secMaskOf is secMask for exactSec list sec: secAnyBit if an entry is
// tried whatever the next word, and the bit of each entry's second word.
// matchID tries no exact entry of a word when the next word's bit (and
// secAnyBit) is clear: every entry would be passed over by its sec code.
func secMaskOf(sec []int32) uint64 {
	var m uint64
	for _, c := range sec {
		if c < 0 {
			m |= secAnyBit
		} else {
			m |= secBit(c)
		}
	}
	return m
}

// exactTry is one exact entry matchIDInto tries: loose, its second
// pattern is matched against the next word as written (secLoose).
type exactTry struct {
	e     int32
	loose bool
	// same: loose, and its second pattern is that of the last loose
	// entry before it in its list (set by sameSeconds).
	same bool
}

// exactByNext is a word's exact entries (exactOf) grouped by the next
// word's id, for matchIDInto: next lists, ascending, the ids that are an
// entry's second word (exactSec >= 0); lists[x] holds, in exactOf's
// order, the entries whose second word is next[x] and those tried
// whatever the next word (secNone, secLoose); any holds the latter
// alone. matchIDInto's old loop over every entry skipped the others by
// their exactSec code, so the entries tried, and their order (which
// decides ties in Lexicon.try), are the same.
type exactByNext struct {
	next  []int32
	lists [][]exactTry
	any   []exactTry
	// anyID is any without the entries whose second word has no id
	// (secNoID): the list when the next word has an id not in next.
	// lists leave those entries out too.
	anyID []exactTry
}

// of is the entries to try when the next word's id is jid (-1: none).
func (b *exactByNext) of(jid int32) []exactTry {
	if jid >= 0 {
		for x, c := range b.next {
			if c >= jid {
				if c == jid {
					return b.lists[x]
				}
				break
			}
		}
		return b.anyID
	}
	return b.any
}

// sameSeconds sets exactTry.same in l, an exactByNext list.
func (lx *Lexicon) sameSeconds(l []exactTry) {
	last := int32(-1)
	for x := range l {
		if !l[x].loose {
			continue
		}
		l[x].same = last >= 0 && lx.second[last].p == lx.second[l[x].e].p
		last = l[x].e
	}
}

// lexStart is what matchIDInto reads of a word id, side by side (one
// index check, and the data on one or two cache lines rather than in
// five tables): exactNext of exactOf, prefixOf, secMask, and lists, set
// when the word is read by Lexicon.matchLists instead (no exact entry,
// or exactSec not one code an entry).
type lexStart struct {
	exactByNext
	prefix  []int32
	pre     []prefixTry // prefix, with where each entry's second pattern must match
	secMask uint64
	lists   bool
}

// exactByNextOf builds exactByNext for exact list ex and its exactSec
// codes sec.
func exactByNextOf(ex, sec []int32) exactByNext {
	var b exactByNext
	for x, c := range sec {
		if c < 0 {
			t := exactTry{e: ex[x], loose: c == secLoose || c == secNoID}
			b.any = append(b.any, t)
			if c != secNoID {
				b.anyID = append(b.anyID, t)
			}
		} else if !slices.Contains(b.next, c) {
			b.next = append(b.next, c)
		}
	}
	slices.Sort(b.next)
	for _, n := range b.next {
		var l []exactTry
		for x, c := range sec {
			if c < 0 && c != secNoID || c == n {
				l = append(l, exactTry{e: ex[x], loose: c == secLoose})
			}
		}
		b.lists = append(b.lists, l)
	}
	return b
}

// exactSecOf is exactSec for exact list ex: per entry secNone, its second
// word's flagIdx id (a pattern that matches that word alone), secNoID
// (such a pattern whose word has no id) or secLoose.
func (a *Analyzer) exactSecOf(ex []int32) []int32 {
	if len(ex) == 0 {
		return nil
	}
	out := make([]int32, len(ex))
	for x, e := range ex {
		sp := &a.lex.second[e]
		switch {
		case !sp.set:
			out[x] = secNone
		case sp.p.qset && sp.p.qexact:
			out[x] = secNoID
			if id := a.flagIdx.lookup(sp.p.word); id >= 0 {
				out[x] = id
			}
		default:
			out[x] = secLoose
		}
	}
	return out
}

// fieldFlags is a.flags of token k's word, read from the field's flags
// (field.fl, by word id) when it has them: no map lookup.
func (a *Analyzer) fieldFlags(f *field, k int) uint64 {
	if f.fl != nil {
		return f.fl[k]
	}
	return a.flags[f.words[k]]
}

// wordClass is the matcher's class of the sentence's word k
// (Matcher.classAt on the sentence's field); a token outside the
// sentence is the empty word's.
func (a *Analyzer) wordClass(s *sentCtx, k int) nameClass {
	if uint(k-s.sn.a) >= uint(len(s.words)) {
		return a.matcher.words[""]
	}
	return a.matcher.classAt(s.f, k)
}
