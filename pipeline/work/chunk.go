package work

import (
	"sort"
	"strings"
	"time"

	"github.com/khabar/khabar/internal/hindi"
)

// Layer 2: chunks. A noun group (a tracked mention, a pronoun, एक-दूसरे,
// an epithet) with the postposition that ties it to its clause.

// chunk is one noun group of a sentence.
type chunk struct {
	ent      int    // entity index; for a pronoun, filled by grounding (-1: unresolved)
	pron     uint64 // the pronoun class of a pronoun chunk, 0 for a name
	tok, end int    // its tokens [tok, end)
	mk       marker
	// at is the token of the postposition (or of the end of the group).
	at int
	// head is, for mkGen, the token of the frame noun the genitive
	// qualifies ("X की [आलोचना]").
	head int
	// possessed: the marker belongs to a noun the group possesses
	// ("X की टैरिफ योजना की आलोचना"): the owner is credited.
	possessed bool
	// group: coordinated chunks ("X और Y ने") share one.
	group  int
	clause int
	recip  bool
	epith  bool // an epithet standing for a tracked person
	// owned: an organisation noun with a genitive owner ("उनके
	// कारोबारी समूह"): grounding credits the owner's own organisation.
	owned bool
	// second: a second-person pronoun ("आपकी नीतियां", "तुम्हारे साथ"):
	// the one the words are addressed to ("X ने Y से कहा, …").
	second bool
	// corr: a correlative pronoun after a subject relative ("जो लोग
	// Y पर हमला कर रहे हैं, वे …"): the relative's head, no one tracked.
	corr bool
	// actRel: a relative after a comma whose antecedent is no name but
	// the act of the host clause ("X ने … का ऐलान किया, जिसकी Y ने
	// तारीफ की"): grounding gives it the host's agent (actRelative22).
	actRel bool
}

// sentCtx is one sentence being read: its words, flags and chunks.
type sentCtx struct {
	f  *field
	sn sentence
	// words and toks are the sentence's own (f.words[sn.a:sn.b],
	// f.toks[sn.a:sn.b]; bind): the accessors below test a token index
	// with one unsigned comparison against them.
	words []string
	toks  []hindi.Token
	fl    []uint64 // function-word flags per token (index k-sn.a)
	wid   []int32  // flagIdx id + 1 per token (0: none; see wordID)
	// classOf is Analyzer.classOf (set with wid): a token's class bits
	// by its id (class).
	classOf []uint64
	// classOf2 is Analyzer.classOf2, the second word (class2).
	classOf2 []classWord2
	// screen ORs the screenWords bits of the sentence's words
	// (fillWordIDs): a rule that needs one of them skips a sentence
	// without it.
	screen uint64
	// fl and wid are the field's (field.fl, field.wid) when it has them,
	// else these buffers.
	flBuf  []uint64
	widBuf []int32
	cid    []int32 // clause per token
	cls    []clause
	// cur36 is the clause readClause is reading (-1: none; polarity36b.go).
	cur36  int
	chunks []chunk
	byCl   [][]int // chunk indices per clause
	// occBefore are the lexicon entries of the clause before the one
	// being read (flippers before a frame).
	occBefore []occurrence
	ment      []bool // a mention starts at the token
	// inMent marks the tokens inside a mention of the sentence bound at
	// memoGen inMentGen (markInMention, at its first inMention):
	// inMention reads it instead of searching the mentions.
	inMent    []bool
	inMentGen uint32
	// published is the story's time (epithets apply in periods).
	published time.Time
	// open is the Analyzer's openGuards (tests only): entIn and its kin
	// (speed12.go) then pass every clause.
	open bool
	st   *storyState
	// nsent counts the sentences read in the story; co is the last
	// coordinated subject ("X और Y ने …", "X और <untracked> Y …"),
	// which a "दोनों" in the next sentence means.
	nsent int
	co    coGroup
	// carry is the agent a cut piece hands to the piece after it;
	// inherit, the one this piece (if cut from the one before) took
	// (long21.go).
	carry, inherit pieceAgent
	// lastSpk is the person whose words sentence lastSpkSent of field
	// lastSpkField reported (-1: none).
	lastSpk      int
	lastSpkSent  int
	lastSpkField *field
	// qSpk says the quote that runs over sentences from the last one
	// that opened such a quote in field qSpkField (-1: no one known).
	qSpk      int
	qSpkField *field
	// pairSent is the sentence of the last asserted stance.
	pairSent int
	// actSrc is the one person who attacked or praised someone in words
	// in sentence actSent of field actField (-1: none, or two).
	actSrc   int
	actSent  int
	actField *field
	// untrackedHit are the tracked entities an untracked agent acted
	// against (X पर/के खिलाफ/को) in sentence untrackedSent: the charge
	// answered next may be that accuser's.
	untrackedHit  []int
	untrackedSent int
	// colonSent is the sentence that ended in a speech verb and a colon
	// ("X ने एक्स पर लिखा:"): the next paragraph is the words.
	colonSent int
	// docSpk issued a document (बयान, पत्र, पोस्ट …) in sentence docSent
	// of field docField ("X ने बयान जारी किया"): "बयान में कहा गया कि …"
	// next is X's words (-1: none).
	docSpk   int
	docSent  int
	docField *field
	// listEnts are the tracked people named in sentence listSent of
	// field listField: "ये सब" in the next sentence's words are they.
	listEnts  []int
	listSent  int
	listField *field
	// trio are the three tracked people named in sentence trioSent of
	// field trioField ("मेहमानों में X, Y और Z भी थे"): "तीनों" a few
	// sentences on are they.
	trio      [3]int
	trioSent  int
	trioField *field
	// shieldCl is the clause of this sentence that charges someone with
	// shielding another (readShield), -1 if none.
	shieldCl int
	// apology20 caches apologyOwnRemark20 for this sentence: 0 not yet
	// read, 1 no, 2 yes.
	apology20 int8
	// memo keeps the lexicon matches of the sentence's tokens (index
	// k-sn.a), each computed once (matchesAt); an entry is the
	// sentence's when its gen is memoGen, which bind advances.
	memo    []matchMemo
	memoGen uint32
	// starts lists the sentence's word tokens that may start a lexicon
	// entry (entryStarts), computed for the sentence of gen startsGen.
	starts    []int32
	startsGen uint32
	// clScr is the screen (screenOf bits) of clause clScrCi's own
	// tokens in the sentence of gen clScrGen (clauseScreen).
	clScr    uint64
	clScrCi  int
	clScrGen uint32
	// incomplete keeps incompleteWithout12's answer for the sentence
	// (asked once per stance emitted; the scan is the sentence's length,
	// so a long sentence must not repeat it), settle settlementPayment's.
	incomplete, settle sentAnswer
	// ints is where speakers and sources keep a result asked for with
	// no buffer (keepInts, speed12.go).
	ints []int
	// spBufs are speakersKept's scratch buffers, one per depth of
	// nested calls (spDepth).
	spBufs  [][]int
	spDepth int
	// rules16 keeps clauseRules' answer (rules16.go).
	rules16 rulesMemo
	// ev keeps the sentence's evidence (add): a sentence that gives
	// several stances cuts and trims its text once.
	ev evMemo
	// flOr ORs the flags of the sentence's tokens (s.fl), when flOrSet:
	// readSentence sets both with the screens, for chunks and moods (a
	// sentCtx a test makes has flOrSet false, and they read every token).
	flOr    uint64
	flOrSet bool
	// spans keeps the sentence's prefix counts of the words the
	// "between" readers ask about (spanKinds, long20.go).
	spans spanCounts
}

// flagsMayHave reports whether some token of the sentence may have a flag
// of mask: false only when readSentence ORed the sentence's flags and
// none is in mask.
func (s *sentCtx) flagsMayHave(mask uint64) bool {
	return !s.flOrSet || s.flOr&mask != 0
}

// evMemo is evidence(s.f, &s.sn) for the sentence of gen (sentCtx.memoGen,
// which bind advances; 0 is never current).
type evMemo struct {
	text       string
	start, end int
	gen        uint32
}

// sentAnswer keeps a yes/no answer about the sentence being read: it is
// the sentence's when gen is sentCtx.memoGen (which bind advances; 0 is
// never current).
type sentAnswer struct {
	v   bool
	gen uint32
}

// answer returns the kept answer for the sentence of gen, or scan's,
// which it keeps (a sentCtx with memoGen 0 keeps nothing).
func (m *sentAnswer) answer(gen uint32, scan func() bool) bool {
	if gen != 0 && m.gen == gen {
		return m.v
	}
	v := scan()
	if gen != 0 {
		m.v, m.gen = v, gen
	}
	return v
}

// coGroup is a coordinated subject: its tracked members (at most two)
// and the sentence it was in.
type coGroup struct {
	ents [2]int
	n    int
	sent int
}

// bind points words and toks at the sentence s.f, s.sn; fl, cid and
// ment must be (or be made) the sentence's length.
func (s *sentCtx) bind() {
	s.words, s.toks = s.f.words[s.sn.a:s.sn.b], s.f.toks[s.sn.a:s.sn.b]
	s.memoGen++
	if s.memoGen == 0 { // wrapped: no entry may look current
		clear(s.memo)
		s.memoGen, s.startsGen, s.clScrGen, s.inMentGen = 1, 0, 0, 0
		s.incomplete, s.settle = sentAnswer{}, sentAnswer{}
		s.rules16.gen, s.rules16.sentGen = 0, 0
		s.ev.gen = 0
		s.spans.gen = 0
	}
}

func (s *sentCtx) w(k int) string {
	if i := uint(k - s.sn.a); i < uint(len(s.words)) {
		return s.words[i]
	}
	return ""
}

func (s *sentCtx) flag(k int) uint64 {
	if i := uint(k - s.sn.a); i < uint(len(s.fl)) {
		return s.fl[i]
	}
	return 0
}

// class is token k's word-class bits (wordClassBits: words.yaml classes
// rule readers ask of one token), by its word id; 0 outside the sentence.
func (s *sentCtx) class(k int) uint64 {
	if i := uint(k - s.sn.a); i < uint(len(s.wid)) {
		if id := uint(s.wid[i]); id < uint(len(s.classOf)) {
			return s.classOf[id]
		}
	}
	return 0
}

// class2 is token k's bits of the second class word (wordClassBits2).
func (s *sentCtx) class2(k int) classWord2 {
	if i := uint(k - s.sn.a); i < uint(len(s.wid)) {
		if id := uint(s.wid[i]); id < uint(len(s.classOf2)) {
			return s.classOf2[id]
		}
	}
	return 0
}

func (s *sentCtx) mentionAt(k int) bool {
	i := uint(k - s.sn.a)
	return i < uint(len(s.ment)) && s.ment[i]
}

// hasNe reports a ने anywhere in the sentence.
func (s *sentCtx) hasNe() bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.f.words[k] == "ने" {
			return true
		}
	}
	return false
}

func (s *sentCtx) isWord(k int) bool {
	i := uint(k - s.sn.a)
	return i < uint(len(s.toks)) && s.toks[i].Kind == hindi.Word
}

// participleDoer is the tracked name a participle of the frame at [j,
// j+n) describes ("Y का समर्थन करने वाले X", "Y की आलोचना करते रहे X" is
// not one): its chunk's token, -1 if none, or if the role is past ("कभी
// Y का समर्थन करने वाले X", "पहले …").
func (s *sentCtx) participleDoer(j, n int) int {
	t := j + n
	if s.w(t) != "करने" && s.w(t) != "करते" || !strings.HasPrefix(s.w(t+1), "वाल") || !s.mentionAt(t+2) {
		return -1
	}
	// (Ten words back: "महीनों तक Z और उसके नेता Y की तारीफ करने
	// वाले X".)
	for b := j - 1; b >= j-10 && b >= s.sn.a; b-- {
		switch s.w(b) {
		case "कभी", "पहले", "पूर्व", "कल", "तक":
			return -1
		case ",", "।":
			b = -1
		}
	}
	return t + 2
}

// isAct reports whether a frame at tokens [j, j+n) is the clause's act
// rather than a noun under a postposition: "आलोचना की" (did) is an act,
// "आरोपों को खारिज", "हमले के बाद", "विवाद पर चर्चा" are not.
func (a *Analyzer) isAct(s *sentCtx, j, n int) bool {
	t := j + n
	for s.isQuoteTok(t) {
		t++
	}
	// "आलोचना करने वालों पर": a participle names people, it is no act;
	// before a tracked name it is that one's act ("Y की तारीफ करने वाले
	// X ने …": participleDoer), unless a past role ("कभी Y का समर्थन
	// करने वाले X").
	if (s.w(t) == "करने" || s.w(t) == "करते") && strings.HasPrefix(s.w(t+1), "वाल") {
		return s.participleDoer(j, n) >= 0
	}
	// "Y के साथ तीखी तकरार के कुछ दिन बाद X ने …": a quarrel with a
	// partner before के बाद is presupposed (SCHEMA: hostile both ways).
	if s.quarrelBefore(j, n) {
		if e, m := a.matchAt(s, j, entFrame); e != nil && m == n && e.frame.Symmetric && e.frame.pol < 0 {
			return true
		}
	}
	// "X और Y में तकरार का दौर जारी": the relation's phase (freshp12.go).
	if a.relationPhase(s, j, n) {
		return true
	}
	// "Z की ओर से आरोप लगाए जाने के बाद X ने …": a passive in the
	// oblique infinitive is done by its द्वारा/की ओर से agent alone,
	// never by the clause's subject (a charge that befell Y, "Y पर आरोप
	// लगने के बाद X ने …", is vetoed in readFrame: chargeBefell19).
	if s.passiveOblique(t) && !s.passiveAgentBefore(j) {
		return false
	}
	// "यह आरोप बेबुनियाद है": a charge pointed back at is spoken of,
	// not made ("यह आरोप लगाया" matches the verb too).
	if n == 1 && j > s.sn.a && demonstrative(s.w(j-1)) && s.flag(j)&fwCharge != 0 {
		return false
	}
	// "Y का साझेदारी प्रस्ताव लौटा दिया": a tie only offered
	// (contrast2_13.go).
	if s.tieOffered(j, n) {
		return false
	}
	// "Y के साथ संयुक्त उपक्रम पर दस्तखत किए": a tie signed (silent36.go).
	if a.signedTie36(s, j, n) {
		return true
	}
	// "प्रचार अभियान को": the frame noun heads a compound noun.
	if s.flag(t)&fwOwnerNoun != 0 {
		return false // "प्रचार अभियान", "चुनाव अभियान"
	}
	// ("Y के समर्थन में रैलियों में दिख रहे हैं": a frame closed by
	// its own postposition heads no place after it; recall15.)
	if s.isWord(t) && s.flag(t)&^(fwEntry|fwOwnerNoun) == 0 && !s.mentionAt(t) && !strings.HasSuffix(s.w(t), "ने") && !strings.HasSuffix(s.w(t), "ना") && !(n > 1 && s.flag(t-1)&fwPostposition != 0 && s.w(t+1) == "में") && !s.agentDeed35(j, n) {
		switch s.w(t + 1) {
		case "को", "पर", "से", "में", "का", "के", "ने":
			return false
		}
	}
	// "नाता तोड़ने का फैसला किया": a decision to act is the act.
	// "Y के निवेश की घोषणा का स्वागत": a decision noun that is itself
	// possessed or under a postposition is a noun; the act comes later.
	// ("साझेदारी की भी घोषणा की": a particle before the decision noun,
	// recall15.)
	dec := t + 1
	if w := s.w(dec); (w == "भी" || w == "ही") && isGenitive(s.w(t)) && s.flag(dec+1)&fwDecision != 0 {
		dec++
	}
	if isGenitive(s.w(t)) && s.flag(dec)&fwDecision != 0 {
		if !a.nounAfterDecision(s, dec+1) || strings.HasSuffix(s.w(t-1), "ने") {
			return true // "नाता तोड़ने के फैसले का ऐलान किया"
		}
	}
	// "Y चुनाव खरीदने की कोशिश कर रहे हैं", "डर फैलाने का काम कर रही
	// है": an act in the oblique infinitive that someone tries or
	// works at is the act.
	if isGenitive(s.w(t)) && strings.HasSuffix(s.w(t-1), "ने") && attemptNoun(s.w(t+1)) {
		return true
	}
	switch s.w(t) {
	case "":
		return true
	case "को", "पर", "से", "में", "का", "के", "ने", "द्वारा":
		// "X के Y से नाता तोड़ने के बाद …": an act in the oblique
		// infinitive before के बाद/बावजूद is presupposed done.
		if s.w(t) == "के" && (s.w(t+1) == "बाद" || s.w(t+1) == "बावजूद") && strings.HasSuffix(s.w(t-1), "ने") && n > 1 {
			return true
		}
		// "… X द्वारा आलोचना से": a passive act by a named agent.
		for b := j - 1; b >= j-4 && b >= s.sn.a; b-- {
			if s.w(b) == "द्वारा" && !s.chargeOfOther33b(b, j) {
				return true
			}
		}
		return false
	case "की":
		nx := t + 1
		if nx >= s.sn.b || !s.isWord(nx) {
			return true
		}
		if s.flag(nx)&(fwFinite|fwAnd|fwKi|fwCopula|fwRel|fwNeg) != 0 {
			return true
		}
		switch s.w(nx) {
		case "गई", "गयी", "जा", "जाती", "जाए", "जाएगी", "गईं":
			return true
		}
		// "Y की तारीफ की X ने": a verb-first headline's light verb
		// with the agent last (nothing after it), not a genitive of X
		// ("Y पर हमले की X ने की निंदा").
		if s.mentionAt(nx) && s.w(s.mentionEnd(nx)) == "ने" && !s.isWord(s.mentionEnd(nx)+1) {
			return true
		}
		return false
	}
	return true
}

// nounAfterDecision: the postposition at k makes the decision noun before
// it a noun under another act ("घोषणा का स्वागत", "घोषणा की आलोचना",
// "घोषणा को सराहा"), not the light verb of an act ("घोषणा की", "घोषणा
// की गई") nor a presupposed one ("उपक्रम के ऐलान के बाद/दौरान").
func (a *Analyzer) nounAfterDecision(s *sentCtx, k int) bool {
	switch s.w(k) {
	case "को", "पर":
		return true
	case "का", "की", "के":
		// "घोषणा की खुलकर तारीफ", "घोषणा का गर्मजोशी से स्वागत": a
		// manner word may stand before the act.
		q := k + 1
		if e, _ := a.matchAt(s, q, entFrame); e != nil {
			return true
		}
		if !s.isWord(q) || s.mentionAt(q) || s.flag(q)&^(fwOwnerNoun|fwEntry) != 0 {
			return false
		}
		if s.w(q+1) == "से" {
			q++
		}
		e, _ := a.matchAt(s, q+1, entFrame)
		return e != nil
	}
	return false
}

func (s *sentCtx) isQuoteTok(k int) bool {
	i := uint(k - s.sn.a)
	return i < uint(len(s.words)) && isQuote(s.words[i])
}

// markerAfter reads the postposition after a noun group ending before
// token n. platform: the group is a platform (after पर/में a place).
func (a *Analyzer) markerAfter(s *sentCtx, n int, platform bool) (mk marker, at, head int, possessed bool) {
	// "‘कांग्रेस के शहजादे’ पर वार": a quote closing on the name
	// leaves its postposition to it (precision17.go).
	if closingQuoteBefore17(s, n) {
		n++
	}
	// "दो उद्योगपतियों, A और B, के फायदे के लिए": a comma closing an
	// apposition leaves its postposition to the names (fresh19.go).
	if closingAppositionComma19(s, n) {
		n++
	}
	at, head = n, -1
	// "X प्रशासन ने", "Y सरकार की नीति": an owner noun written
	// after the name is the name's.
	// "X टीम की तारीफ", "X कैंपेन ने": a proxy noun written after the
	// name likewise ("X के वकीलों ने" is X); not before से ("X बोर्ड
	// से जवाब मांगा": the body addressed, not its owner judged).
	if s.flag(n)&fwOwnerNoun != 0 || s.flag(n)&fwProxy != 0 && s.isWord(n) && !s.mentionAt(n) && !s.inMention(n) && s.flag(n+1)&fwPostposition != 0 && s.w(n+1) != "से" {
		n++
		at = n
		// "X सरकार बेरोजगारी के आंकड़ों पर देश को गुमराह कर रही है":
		// a bare noun after the owner noun opens a phrase of its own
		// (a possessor would take का/की/के first); the name and its
		// owner noun are the subject (session 16).
		if s.flag(n-1)&fwOwnerNoun != 0 && s.isWord(n) && s.flag(n)&^fwEntry == 0 && !s.mentionAt(n) && !s.inMention(n) && isGenitive(s.w(n+1)) {
			return mkBare, n, -1, false
		}
	}
	// "एक्सियोस इंटरव्यू में", "Y पॉडकास्ट में": the outlet named
	// before the interview is where the words were said, a place
	// (precision14.go).
	if outletNoun14(s.w(n)) && s.w(n+1) == "में" {
		return mkPlace, n, -1, false
	}
	// "मोदी अडानी मामले पर चुप हैं", "Y मुद्दे पर हंगामा": a name
	// before a noun of a matter under a postposition qualifies the
	// matter — neither subject nor target (precision15.go).
	if topicNoun15(s.w(n)) && s.flag(n+1)&fwPostposition != 0 {
		return mkMod, n, -1, false
	}
	// "Y जैसी कंपनी के साथ काम करना गर्व की बात": the company is Y
	// (attach29.go).
	if likeCompany29(s, n) {
		n += 2
		at = n
	}
	// "Y जैसे अरबपतियों के पैसे ने", "Y जैसी कंपनियों की भूमिका": the
	// class named by its example shares its postposition (silent37.go).
	if m := s.likeClassPost37(n); m > 0 {
		n, at = m, m
	}
	// "टेस्ला प्रमुख X": a role noun before a name makes the
	// organisation a modifier.
	if s.flag(n)&fwRoleNoun != 0 && (s.mentionAt(n+1) || s.mentionAt(n+2)) {
		return mkMod, n, -1, false
	}
	switch s.w(n) {
	case "ने":
		return mkAgent, n, -1, false
	case "द्वारा":
		if mk, at, head, ok := a.participleOwner(s, n+1); ok {
			return mk, at, head, true
		}
		if mk, at, head, ok := a.infinitiveOwner12(s, n+1); ok {
			return mk, at, head, true
		}
		if strings.HasSuffix(s.w(n+1), "ित") {
			return mkMod, n, -1, false
		}
		return mkAgent, n, -1, false
	case "को":
		if s.flag(n+1)&fwAbout != 0 {
			return mkAbout, n, -1, possessed
		}
		// "X को मिलने वाली सब्सिडी पर सवाल": what X gets is X's.
		if strings.HasSuffix(s.w(n+1), "ने") && strings.HasPrefix(s.w(n+2), "वाल") {
			if mk, at, head, ok := a.participleOwner(s, n+1); ok {
				return mk, at, head, true
			}
		}
		// "X को मिले ठेकों में गड़बड़ी का आरोप": what X got is X's too.
		if mk, at, head, poss, ok := a.receivedOwner20(s, n); ok {
			return mk, at, head, poss
		}
		// "Y को दिए (गए) इंटरव्यू में": Y is the outlet the words
		// were given to, a place, not the one they judge.
		if s.givenTo(n + 1) {
			return mkPlace, n, -1, false
		}
		// "Y को खरीदने में X की मदद की", "Y को खरीदने के लिए X को
		// कर्ज दिया": Y is the object of an infinitive that is no
		// frame, not of the act.
		if w := s.w(n + 1); strings.HasSuffix(w, "ने") && len(w) > len("ने")+3 && s.flag(n+1)&fwPostposition == 0 {
			// (Not before की/का: "एक-दूसरे को लड़ने की चुनौती दी",
			// "Y को बोलने की आजादी का गढ़ बताया" — the infinitive
			// names the act's content and Y is its object.)
			if s.w(n+2) == "में" || s.w(n+2) == "के" && s.w(n+3) == "लिए" {
				if e, _ := a.matchAt(s, n+1, entFrame); e == nil {
					return mkMod, n, -1, false
				}
			}
		}
		return mkKo, n, -1, possessed
	case "पर", "पे":
		if platform && s.flag(n+1)&fwPostWord == 0 && (a.platformCharged14(s, n) || a.platformAdsPulled20(s, n) || a.platformAdsRefused28(s, n) || a.platformMocked30(s, n)) {
			return mkPar, n, -1, possessed // "X ने एक्स पर … का आरोप लगाया"
		}
		if platform || s.flag(n+1)&fwPostWord != 0 {
			return mkPlace, n, -1, false
		}
		if silenceWord12(s.w(n + 1)) {
			return mkAbout, n, -1, false // "Y पर चुप्पी" (continue12.go)
		}
		if a.parInAdverbial14(s, n) {
			return mkMod, n, -1, false // "Y पर बोली के बाद" (untouched14.go)
		}
		return mkPar, n, -1, possessed
	case "से":
		// "Y से जुड़े मामले", "Y से जुड़ी कंपनियां": Y qualifies a
		// noun (what is related to Y), a topic, not a partner or one
		// addressed (precision14.go).
		if mk, at, ok := s.relatedBody28(n + 1); ok {
			return mk, at, -1, true // "Y से जुड़े समूह को" (related28.go)
		}
		if relatedTo14(s.w(n + 1)) {
			return mkAbout, n, -1, false
		}
		return mkSe, n, -1, possessed
	case "में":
		if platform && !platformInvested11(s, n) {
			return mkPlace, n, -1, false
		}
		// "Y में निवेश की शर्तों पर सवाल": the stake in Y is Y's
		// (contrast215.go).
		if stakeNoun15(s.w(n+1)) && isGenitive(s.w(n+2)) {
			if mk, at, head, _ := a.genitive(s, n+2, 1); mk == mkPar || mk == mkKo {
				return mk, at, head, true
			}
		}
		// "X और Y में अनबन": among them.
		return mkBetween, n, -1, false
	case "का", "की", "के":
		// "Y के पूर्व कर्मचारियों पर मुकदमा": people who once served Y
		// are no longer Y's; Y only qualifies them (precision14.go).
		if formerStaff14(s, n+1) {
			return mkMod, n, -1, false
		}
		return a.genitive(s, n, 0)
	case "-":
		// "X-राग": a name written solid with an untracked word is a
		// modifier of the compound.
		if s.isWord(n+1) && !s.mentionAt(n+1) && s.f.toks[n].Start == s.f.toks[n-1].End && s.f.toks[n+1].Start == s.f.toks[n].End {
			return mkMod, n, -1, false
		}
	case ",":
		// "X, <untracked> समेत कई नेताओं की …" (genitive34.go).
		if m := s.alongAfterComma34(n); m > 0 {
			return a.markerAfter(s, m, false)
		}
	case "समेत", "सहित":
		// "X, Y समेत कई उद्योगपतियों ने": the names are among the
		// group and share its postposition.
		for j := n + 1; j <= n+6 && j < s.sn.b; j++ {
			if s.mentionAt(j) || !s.isWord(j) {
				break
			}
			switch s.w(j) {
			case "ने", "को", "पर", "से":
				mk, at, head, _ := a.markerAfter(s, j, false)
				return mk, at, head, false
			case "का", "की", "के":
				// The group's genitive of an act or of a possessed noun
				// ("X समेत कई नेताओं की आलोचना", session 34); an owner's
				// genitive inside the group ("X सहित विपक्ष के कई नेताओं
				// ने") goes on to the group's own postposition.
				if mk, at, head, _ := a.markerAfter(s, j, false); mk != mkMod && mk != mkBare {
					return mk, at, head, false
				}
			}
		}
	case "और", "व", "एवं":
		// "X और उसके सीईओ Y पर": the organisation and its officer share
		// the officer's postposition.
		if s.flag(n+1)&fwGenPron != 0 && s.flag(n+2)&fwRoleNoun != 0 {
			for j := n + 3; j <= n+4 && j < s.sn.b; j++ {
				if s.mentionAt(j) {
					mk, at, head, _ := a.markerAfter(s, s.mentionEnd(j), false)
					return mk, at, head, false
				}
			}
		}
		// "X और उसके सबसे बड़े साझेदार Y, दोनों के खिलाफ": a longer
		// description of Y's tie to X (binding25.go).
		if j := s.appositiveDescr25(n + 1); j > n+1 {
			mk, at, head, _ := a.markerAfter(s, s.mentionEnd(j), false)
			return mk, at, head, false
		}
		if mk, at, head, ok := a.titledConjunct33c(s, n); ok { // "X और <epithet> Y ने" (inv33c.go)
			return mk, at, head, false
		}
		// Coordinated with an untracked noun group: "X और
		// X ने" (co-agents), "Y और Z की
		// आलोचना" (co-targets) share its postposition; "टेस्ला और
		// स्पेसएक्स के मालिक X" is a modifier of the name after.
		for j := n + 1; j <= n+4 && j < s.sn.b; j++ {
			if s.mentionAt(j) || !s.isWord(j) {
				break
			}
			if s.flag(j)&fwPostposition == 0 {
				continue
			}
			// "X और लिंक्डइन के सह-संस्थापक Y ने": a person is no
			// organisation's modifier; X is coordinated with the
			// officer after the role and shares his postposition (a
			// subject when the officer is untracked).
			if isGenitive(s.w(j)) && s.flag(j+1)&fwPostposition == 0 {
				if p := s.mentionEndingAt(n - 1); p >= 0 && a.isPerson[p] {
					if mk, at, head, ok := a.officerAfter(s, j+1); ok {
						return mk, at, head, false
					}
					if s.flag(j+1)&fwRoleNoun != 0 || s.w(j+2) == "-" && s.flag(j+3)&fwRoleNoun != 0 {
						return mkBare, n, -1, false
					}
					// "X और कांग्रेस के कई नेताओं ने": with an
					// untracked group's own postposition.
					for e := j + 1; e < s.sn.b && e <= j+4; e++ {
						if s.mentionAt(e) || !s.isWord(e) {
							break
						}
						if s.flag(e)&fwPostposition == 0 {
							continue
						}
						switch s.w(e) {
						case "ने", "को", "पर", "से":
							mk, at, head, _ := a.markerAfter(s, e, false)
							return mk, at, head, false
						}
						break
					}
				}
			}
			if isGenitive(s.w(j)) && (s.flag(j+1)&fwRoleNoun != 0 || s.mentionAt(j+1) || s.mentionAt(j+2)) {
				return mkMod, n, -1, false
			}
			if j == n+1 {
				break
			}
			mk, at, head, _ := a.markerAfter(s, j, false)
			if mk == mkBetween && coordTooLong34(s, n, j) {
				return mkBare, n, -1, false
			}
			return mk, at, head, false
		}
	}
	// "ओपनएआई करार पर", "X मुद्दे पर", "X मामले पर": a name written
	// before a noun owns it, and takes its postposition (मामले, a
	// temporal head after के, is such a noun here; "X पहले की तरह" is
	// not).
	if s.isWord(n) && (s.flag(n)&^fwEntry == 0 || s.w(n) == "मामले") && !s.mentionAt(n) && !s.inMention(n) && !meansPhrase14(s, n+1) && !a.topicAfterSubject15(s, n) && !a.orgBeforePlural38(s, n) {
		switch s.w(n + 1) {
		case "को", "पर", "के", "की", "का":
			mk, at, head, _ := a.markerAfter(s, n+1, false)
			switch mk {
			case mkKo, mkPar, mkSe, mkKhilaf, mkGen, mkLiye:
				return mk, at, head, true
			}
		}
	}
	return mkBare, n, -1, possessed
}

// genitive reads "X का/की/के …" at token n: a compound postposition
// (के खिलाफ, के लिए …), the genitive of a frame noun (head), or a
// possessed noun whose own postposition credits X.
func (a *Analyzer) genitive(s *sentCtx, n, depth int) (mk marker, at, head int, possessed bool) {
	if h := a.postposedGen(s, n); depth == 0 && h >= 0 {
		return mkGen, n, h, false
	}
	// "Y की, जिनसे वह … मिले थे, जमकर तारीफ की" (pairs24.go).
	if h := a.parenGen24(s, n); h >= 0 {
		return mkGen, n, h, depth > 0
	}
	nx := s.w(n + 1)
	// "X की किताब में Y को बताया तानाशाह": with no ने in the
	// sentence, the author of the medium speaks (X's book, X's
	// speech); "Z ने X के भाषण में …" leaves X possessed. A new or
	// recent medium is the same ("X की नई किताब में", recall15).
	if m := n + 1 + recentWord15(nx); mediumNoun15(s.w(m)) && s.w(m+1) == "में" && !s.hasNe() {
		return mkAgent, m + 1, -1, false
	}
	switch nx {
	case "खिलाफ", "विरुद्ध":
		return mkKhilaf, n + 1, -1, depth > 0
	case "विरोध":
		if s.w(n+2) == "में" {
			return mkKhilaf, n + 1, -1, depth > 0
		}
	case "लिए":
		if depth > 0 && n+2 < s.sn.b {
			if e, _ := a.matchAt(s, n+2, entEval); e != nil {
				return mkBare, n + 2, -1, true // "… के लिए खतरा"
			}
		}
		return mkLiye, n + 1, -1, depth > 0
	case "साथ":
		if s.w(n+2) == "मिलकर" && !s.workTogether28(n+3) {
			return mkMod, n + 1, -1, false
		}
		// "X के साथ-साथ Y पर": along with — the next name's marker.
		if s.w(n+2) == "-" && s.w(n+3) == "साथ" {
			for j := n + 4; j < s.sn.b && j <= n+8; j++ {
				if s.mentionAt(j) {
					mk, at, head, _ := a.markerAfter(s, s.mentionEnd(j), false)
					return mk, at, head, false
				}
			}
		}
		return mkSaath, n + 1, -1, depth > 0
	case "प्रति":
		return mkPrati, n + 1, -1, depth > 0
	case "कारण", "चलते", "बदौलत":
		// "Y की नीतियों के कारण/चलते किसान बर्बाद हुए", "Y की बदौलत
		// नौकरियां आईं": the cause, as "की वजह से" (session 22).
		if causeMarker22(s, n) {
			return mkSe, n + 1, -1, depth > 0
		}
	case "बीच":
		return mkBetween, n + 1, -1, depth > 0
	case "बारे":
		return mkAbout, n + 1, -1, false
	case "अगुवाई", "नेतृत्व", "कार्यकाल", "शासन", "राज":
		// "X की अगुवाई वाले निवेशकों के एक समूह ने": the body X leads
		// acts for X (attach29.go).
		if at := s.ledBody29(n); at > 0 {
			return mkAgent, at, -1, false
		}
		// "X के नेतृत्व में भारत अजेय", "X के नेतृत्व में चल रहा
		// विभाग …": what is led is judged as X's. (अगुवाई, added for
		// ledBody29, is नेतृत्व's synonym and reads "X की अगुवाई में"
		// alike; session 30 checked it: leaving it out changes no dev
		// story.)
		if s.w(n+2) == "में" {
			return mkBare, n + 2, -1, true
		}
	case "मुताबिक", "अनुसार":
		// "X के मुताबिक …": the clause is her words.
		return mkAccording, n + 1, -1, false
	case "हवाले":
		// "X के हवाले से …": X's words, relayed by whoever writes.
		if s.w(n+2) == "से" {
			return mkAccording, n + 2, -1, false
		}
	case "शब्दों", "लफ्जों":
		// "X के शब्दों में, '…'": her words too.
		if s.w(n+2) == "में" {
			return mkAccording, n + 2, -1, false
		}
	case "जरिए", "जरिये", "माध्यम":
		return mkPlace, n + 1, -1, false // "एक्स के जरिए": the channel
	case "द्वारा":
		// "उनके द्वारा लाई गई योजना की आलोचना": the plan is theirs.
		if mk, at, head, ok := a.participleOwner(s, n+2); ok {
			return mk, at, head, true
		}
		return mkAgent, n + 1, -1, false // "X के द्वारा" is X द्वारा
	case "और", "तथा", "व", "एवं":
		// "X की और भाजपा की नीतियों की आलोचना": two owners, each
		// with its genitive, share the possessed noun.
		for j := n + 2; j <= n+5 && j < s.sn.b; j++ {
			if isGenitive(s.w(j)) {
				if j > n+2 && s.w(j) == s.w(n) {
					return a.genitive(s, j, depth)
				}
				break
			}
			if !s.isWord(j) || s.flag(j)&^fwEntry != 0 && !s.inMention(j) {
				break
			}
		}
	case "बजाय", "बदले", "अलावा", "जगह":
		// "X की जगह Z को कमान सौंपी जाए": X is the one replaced, no
		// target of the act (session 25, polarity25.go).
		return mkMod, n + 1, -1, false
	case "सामने", "समक्ष", "मौजूदगी", "उपस्थिति":
		// "X के सामने / की मौजूदगी में Z की आलोचना": where, not whose.
		return mkMod, n + 1, -1, false
	case "ओर", "तरफ":
		if s.w(n+2) == "से" {
			// "X की ओर से मिले संदेश के लिए Y का आभार": what came
			// from X, no doer of the clause (receivedFrom27).
			if s.receivedFrom27(n + 3) {
				return mkMod, n + 2, -1, false
			}
			// "X की ओर से लाई गई योजना की आलोचना": X's plan.
			if mk, at, head, ok := a.participleOwner(s, n+3); ok {
				return mk, at, head, true
			}
			// "X की ओर से … खत्म करने के फैसले का स्वागत" (fresho12.go).
			if mk, at, head, ok := a.infinitiveOwner12(s, n+3); ok {
				return mk, at, head, true
			}
			return mkAgent, n + 2, -1, false
		}
		// "X की ओर इशारा करते हुए कहा": X is what is spoken of.
		if strings.HasPrefix(s.w(n+2), "इशार") {
			return mkAbout, n + 2, -1, false
		}
	case "जिक्र", "उल्लेख", "चर्चा":
		// "X का जिक्र करते हुए कहा": X is what is spoken of (chunk38.go).
		if mentionedWhile38(s, n+2) {
			return mkAbout, n + 2, -1, false
		}
	case "नाम":
		// "X का नाम लेते हुए/लेकर कहा", "X का नाम लिए बिना".
		switch s.w(n + 2) {
		case "लेते", "लेकर", "लिए", "लिया":
			// "X का नाम लेकर आरोप लगाया": the act that follows
			// reads X as its target.
			k := n + 3
			if s.w(k) == "हुए" || s.w(k) == "बिना" {
				k++
			}
			if e, _ := a.matchAt(s, k, entFrame); e == nil {
				return mkAbout, n + 2, -1, false
			}
		}
	case "निशाने":
		if s.w(n+2) == "पर" {
			return mkAgent, n + 2, -1, false
		}
	}
	// "Y की सरकार झूठ बोल रही है", "Y के वकील अदालत में बोले": an
	// acting body right after the genitive, with no postposition of
	// its own, is Y acting (as "Y सरकार …") (proxy14.go).
	if mk, at, head, ok := a.actingBody14(s, n, depth); ok {
		return mk, at, head, false
	}
	// "X के प्रवक्ता ने", "X के एक प्रवक्ता ने", "X के (चुनाव) अभियान
	// ने": who speaks or acts for X is X.
	for j := n + 1; j <= n+3 && j+1 < s.sn.b; j++ {
		if s.mentionAt(j) || !s.isWord(j) || s.flag(j)&fwPostposition != 0 {
			break
		}
		if s.flag(j)&(fwProxy|fwOwnerNoun) != 0 {
			// "X के बोर्ड सदस्य (किम्बल) ने": one member speaks for
			// himself, not for X.
			if memberNoun(s.w(j + 1)) {
				return mkMod, n, -1, false
			}
			// "X के एक पूर्व प्रवक्ता ने": who once spoke for X
			// speaks for himself now (precision15.go).
			if formerBefore15(s, n+1, j) {
				return mkMod, n, -1, false
			}
			if s.w(j+1) == "ने" || s.w(j+1) == "द्वारा" {
				return mkAgent, j + 1, -1, false
			}
			// "X के प्रवक्ता: …" heading the sentence (genitive34.go).
			if s.proxyColon34(n, j) {
				return mkBare, j + 1, -1, false
			}
			// "X के वकील के मुताबिक …": X's words (long31.go).
			if s.flag(j)&fwProxy != 0 && s.proxyAccording31(j) {
				return mkAccording, j + 2, -1, false
			}
			// "X के वकील मार्क टोबेरॉफ ने": the proxy's own untracked
			// name between.
			if s.flag(j)&fwProxy != 0 {
				for e := j + 2; e <= j+4 && e < s.sn.b; e++ {
					if !s.isWord(e-1) || s.mentionAt(e-1) || s.inMention(e-1) || s.flag(e-1)&^fwEntry != 0 {
						break
					}
					if s.w(e) == "ने" {
						return mkAgent, e, -1, false
					}
				}
			}
			break
		}
	}
	// "Y की संसद में तारीफ की", "Y का सोमवार को एक्स पर मजाक उड़ाया":
	// a time or venue phrase between the genitive and the act noun
	// (paradigm17).
	// "Y के अकाउंट पर पाबंदी लगा दी": Y's place as the target
	// (attach29.go).
	if at := a.placeTarget29(s, n); at > 0 {
		return mkPar, at, -1, true
	}
	if e := a.adverbialGap17(s, n); e > 0 {
		return mkGen, n, e, depth > 0
	}
	if e := a.lightVerbHead38(s, n); e > 0 { // "X ने Y का किया बचाव" (veto38.go)
		return mkGen, n, e, depth > 0
	}
	if s.flag(n+1)&fwTemporal != 0 {
		return mkMod, n + 1, -1, false
	}
	if (s.ownerOfNamed(n) || s.roleHolderOwns(n)) && s.titleBeforeAgent32(n) == 0 {
		return mkMod, n, -1, false // "X की कंपनी Y पर" (precision12.go)
	}
	if a.ownerApposed38(s, n) {
		return mkMod, n, -1, false // "X की टेस्ला के साथ" (wr38.go)
	}
	// Walk the possessed noun group.
	j := n + 1
	// "Y के उस विधेयक की, जिसे संसद ने पारित किया, कड़ी आलोचना की",
	// "Y की, जो …, खुलकर तारीफ की": a relative clause cut out of the
	// host stands between the genitive and its noun.
	if host := s.cid[n-s.sn.a]; s.w(j) == "," && s.flag(j+1)&(fwRel|fwRelAgent) != 0 && s.cid[j+1-s.sn.a] != host && s.cls[s.cid[j+1-s.sn.a]].kind == ckRel {
		for e := j + 1; e < s.sn.b; e++ {
			if s.cid[e-s.sn.a] == host && s.isWord(e) {
				j = e
				break
			}
		}
	}
	// "Y का, उनके साथियों के कहने के बावजूद, बचाव किया": a comma
	// parenthesis closed by a circumstance (contrast2_13.go).
	if e := s.circumstanceParen(j); e > 0 {
		j = e
	}
	// "Y के (रिपोर्टरों के) ओवल ऑफिस में आने पर रोक": a place phrase
	// stands between the genitive and the infinitive it is the subject
	// of (contrast215.go).
	if e := s.placeBeforeInfinitive15(j); e > 0 {
		j = e
	}
	pastAdverb := false
	for steps := 0; steps < 8 && j < s.sn.b; steps++ {
		// "X का PM Y पर वार": a title before the name is the name's.
		if j == n+1 && s.flag(j)&fwTitle != 0 && s.mentionAt(j+1) {
			n++
			j++
		}
		if m := s.titleBeforeAgent32(n); j == n+1 && m > 0 { // (title32.go)
			n, j = n+m, j+m
		}
		if j == n+1 && s.mentionAt(j) && s.w(s.mentionEnd(j)) == "ने" {
			// "गूगल के एआई हब का X ने किया स्वागत": the agent stands
			// between the genitive and its noun.
			j = s.mentionEnd(j) + 1
			// Session 32 (INV): "Y की X ने मंगलवार को आलोचना की", "Y का
			// X ने संसद में बचाव किया": a time or venue phrase after
			// the agent, before the act noun (adverbialGap17).
			if e := a.adverbialGap17(s, j-1); e > 0 {
				return mkGen, n, e, depth > 0
			}
			if e := a.converbGap32(s, j-1); e > 0 { // (inv2_32.go)
				return mkGen, n, e, depth > 0
			}
			continue
		}
		if s.mentionAt(j) && (s.flag(j-1)&fwOrgNoun != 0 || j == n+1 && !a.isPerson[s.mentionID(j)] && (s.isWord(s.mentionEnd(j)) || s.quotedCopula37(s.mentionEnd(j))) && s.flag(s.mentionEnd(j))&(fwPostposition|fwRoleNoun) == 0 && !s.coordThenPost30(s.mentionEnd(j))) {
			// "X की कंपनी एक्स पर", "Y की स्टारगेट परियोजना
			// को": the named thing is the owner's; the owner takes its
			// postposition.
			e := s.mentionEnd(j)
			mk, at, head, _ := a.markerAfter(s, e, false)
			switch mk {
			case mkKo, mkPar, mkSe, mkKhilaf, mkLiye, mkGen, mkBare:
				return mk, at, head, true
			case mkAgent:
				// "X ने आरोप लगाया कि Y की कंपनी Z ने …": the owner
				// of the company accused is charged too, a possessed
				// subject (never the act's doer; fresh320.go).
				if chargeClauseBefore20(s, n) {
					return mkBare, at, head, true
				}
			}
			return mkMod, n, -1, false
		}
		if s.mentionAt(j) {
			// "X का Y पर हमला": a genitive right before a
			// name is the doer of the act that follows (head -1);
			// "ओपनएआई के सीईओ X" a modifier.
			if j == n+1 && depth == 0 {
				// "X और Y की एक्स पर हुई बातचीत का मजाक": a place
				// phrase with हुई qualifies the possessed noun after
				// it (proxy14.go).
				if e := placeParticiple14(s, s.mentionEnd(j)); e > 0 {
					j = e
					continue
				}
				// "X की Y द्वारा आलोचना": the passive's object.
				if e := s.mentionEnd(j); s.w(e) == "द्वारा" {
					j = e + 1
					continue
				}
				// "X का माइक्रोसॉफ्ट में स्वागत": where X is welcomed,
				// not a doer after the genitive.
				if e := s.mentionEnd(j); s.w(e) == "में" && !a.isPerson[s.mentionID(j)] {
					j = e + 1
					continue
				}
				return mkGen, n, -1, false
			}
			// "Y की टैरिफ नीति X के निशाने पर": in a headline with no
			// verb, the possessed noun before another's genitive is the
			// subject.
			if depth == 0 && j > n+1 && isGenitive(s.w(s.mentionEnd(j))) && !s.hasFinite() {
				return mkBare, j, -1, true
			}
			return mkMod, n, -1, false
		}
		if s.isQuoteTok(j) {
			e := j + 1
			for e < s.sn.b && e < j+14 && !s.isQuoteTok(e) {
				e++
			}
			// "X का 'Y' पर वार": a quoted name (or epithet) right
			// after the genitive is the act's target, as an unquoted
			// one is (precision17.go).
			if e < s.sn.b && s.isQuoteTok(e) && a.quotedNameAfterGen17(s, n, j, e, depth) {
				return mkGen, n, -1, false
			}
			if e < s.sn.b && s.isQuoteTok(e) {
				// "Y के 'टिप्स पर टैक्स नहीं' वाले प्रस्ताव का समर्थन": a
				// quote before वाला/वाली/वाले names the possessed noun
				// after it; no word in it judges Y (owner26.go).
				for q := j + 1; q < e && !s.quotedRemark(e) && !quoteLabel26(s, e) && !quotedHead29(s, e); q++ {
					if ev, _ := a.matchAt(s, q, entEval); ev != nil {
						return mkBare, q, -1, true
					}
				}
				j = e + 1
				if strings.HasPrefix(s.w(j), "वाल") {
					j++
				}
				continue
			}
			return mkMod, n, -1, false
		}
		// "Y की बिना ड्राइवर वाली टैक्सी पर": a qualifier (like31.go).
		if e := s.withoutQualifier31(j); e > j {
			j = e
			continue
		}
		// "Y की कई नीतियां, खासकर टैरिफ को लेकर, …" (long31.go).
		if e := s.especiallyParen31(n, j); e > j {
			j = e
			continue
		}
		// "Y का चैटबॉट सुरक्षा के मामले में लापरवाह है": a respect
		// phrase (N के मामले में) after the possessed noun qualifies
		// the judgement, not the noun (session 15).
		if j > n+1 && s.isWord(j) && s.w(j+1) == "के" && s.w(j+2) == "मामले" && s.w(j+3) == "में" {
			j += 4
			continue
		}
		// "उनकी पार्टी अब दो दलों की व्यवस्था को चुनौती दे रही है": a
		// sentence adverb closes the possessed noun, which is a subject:
		// another owner's genitive past it does not pass the first
		// owner on; a judgement or act noun still is the owner's ("Y की
		// तकनीक अभी अधूरी है") (ref220.go).
		if j > n+1 && s.class(j)&cwSentAdverb != 0 {
			pastAdverb = true
			j++
			continue
		}
		fl := s.flag(j)
		if fl&fwPlaceNoun != 0 && j > n+1 {
			// "Y का हर मंच पर बचाव किया" (contrast2_13.go).
			if e := a.mannerVenueGap(s, j+1); e > 0 {
				j = e
				continue
			}
		}
		if fl&fwPlaceNoun != 0 {
			// "Y के प्लेटफॉर्म की तारीफ", "Y के खाते निलंबित किए": a
			// place noun that is itself possessed or judged is Y's
			// thing, not where the act happens (untouched14.go).
			if placeNounJudged14(a, s, j) || a.placeObject34b(s, n, j) || a.placeApposition34b(s, j) { // (genitive34b.go)
				j++
				continue
			}
			return mkPlace, j, -1, false
		}
		if fl&fwTemporal != 0 {
			return mkMod, j, -1, false
		}
		// "Y के व्यापार सलाहकार पीटर नवारो पर हमला": a role noun with
		// an untracked name after it is that person, not Y's thing.
		if fl&fwRoleNoun != 0 && j > n+1 && s.isWord(j+1) && !s.mentionAt(j+1) && s.flag(j+1)&^fwEntry == 0 {
			if e, _ := a.matchAt(s, j+1, entFrame); e == nil {
				return mkMod, n, -1, false
			}
		}
		if e, m := a.matchAt(s, j, entFrame); e != nil {
			if a.isAct(s, j, m) {
				return mkGen, n, j, depth > 0
			}
			// "Y का बहिष्कार करने वाले लोग अवैध काम कर रहे हैं": Y is
			// the object of a participle that names other people.
			if w := s.w(j + m); (w == "करने" || w == "करते") && strings.HasPrefix(s.w(j+m+1), "वाल") {
				return mkMod, n, -1, false
			}
			j += m
			continue
		}
		// "Y की मध्य प्रदेश स्थित महान एनर्जेन परियोजना में": a word
		// right after स्थित opens a proper name, not a judgement
		// (owner26.go).
		if e, m := a.evalPastGen29(s, n, j); e != nil && !afterSituated26(s, j) && !s.callingNounModifier32(e, j, m) {
			// "X के एक पूर्व सहयोगी ने": another person acts (speaker28.go).
			if a.agentNounAfterGen28(s, j, m) {
				return mkMod, j, -1, false
			}
			// "X की नीतियां अनुचित": the possessed noun is judged.
			return mkBare, j, -1, true
		}
		// "X की हाल में घोषित नीति", "X की सोमवार को घोषित योजना": a
		// time before a participle qualifies the possessed noun.
		// "X की चीन से आने वाले सामान पर लगाई गई नीति", "X के खर्च से
		// जुड़े विधेयक": a postposition inside a participle that
		// qualifies the possessed noun.
		if fl&fwPostposition != 0 && j > n+1 && !isGenitive(s.w(j)) && s.w(j) != "ने" {
			if e := s.participleEnd(j + 1); e > 0 && (s.w(j-1) == "हाल" || s.w(j-1) == "ही" || s.flag(j-1)&fwTimeNoun != 0 || s.nounAt(e)) {
				j = e
				continue
			}
		}
		// "Y का एआई को लेकर नजरिया प्रेरक है": a topic phrase between
		// the genitive and its noun (fresho12.go).
		if fl&fwPostposition != 0 && j > n+1 && depth == 0 {
			if e := a.topicGap(s, j); e > 0 {
				j = e
				continue
			}
		}
		// "Y की रूस से तेल खरीद नीति को … बताया", "Y की चीन के साथ
		// व्यापार नीति को खतरनाक बताया": a से or के साथ phrase that qualifies
		// the compound possessed noun after it (drp20.go).
		if fl&fwPostposition != 0 && j > n+1 && depth == 0 {
			if e := a.compoundGap20(s, j); e > 0 {
				j = e
				continue
			}
		}
		// "Y का हर मंच पर बचाव किया": a manner or venue before the act
		// noun (contrast2_13.go).
		if fl&fwPostposition != 0 && j > n+1 {
			if e := a.mannerVenueGap(s, j); e > 0 {
				j = e
				continue
			}
		}
		// "Y का मजबूती से बचाव", "Y की कड़े शब्दों में निंदा", "Y की Z
		// पर टिप्पणियों को …" (genitive34.go).
		if fl&fwPostposition != 0 && j > n+1 {
			if e := a.genitiveGap34(s, j, depth); e > 0 {
				j = e
				continue
			}
		}
		if pastAdverb && isGenitive(s.w(j)) {
			return mkMod, n, -1, false
		}
		if fl&fwPostposition != 0 {
			switch s.w(j) {
			case "ने", "द्वारा":
				if s.flag(j-1)&(fwProxy|fwOwnerNoun) != 0 {
					return mkAgent, j, -1, false
				}
				return mkMod, j, -1, false
			case "को":
				if s.flag(j+1)&fwAbout != 0 {
					return mkAbout, j, -1, false
				}
				// "Y की कंपनी को मिले ठेकों में गड़बड़ी": what Y's
				// thing got is Y's (drp20.go).
				if mk, at, head, poss, ok := a.receivedOwner20(s, j); ok {
					return mk, at, head, poss
				}
				return mkKo, j, -1, true
			case "पर":
				if s.flag(j+1)&fwPostWord != 0 {
					return mkPlace, j, -1, false
				}
				if silenceWord12(s.w(j + 1)) {
					return mkAbout, j, -1, false // "Y के फोन पर खामोशी"
				}
				return mkPar, j, -1, true
			case "से":
				// "X 2018 में Y के बोर्ड से अलग हो गए थे": a seat left,
				// no break with Y (fresh32.go).
				if j > n+1 && s.seatLeft32(j) {
					return mkMod, j, -1, false
				}
				// "Y के सौदों की समिति से जांच कराने की मांग": who is to
				// do the act (fresho12.go).
				if j > n+1 && a.byWhomSe12(s, j) {
					j++
					continue
				}
				// "Y के अभियान से जुड़ी समिति को चंदा": a body tied to
				// Y's thing is Y's too (tied31.go).
				if j > n+1 && tiedBody31(s, j) {
					j += 2
					continue
				}
				// "Y का … गर्मजोशी से/दिल से स्वागत": a manner, not
				// the possessed noun's postposition.
				switch s.w(j - 1) {
				case "दिल", "गर्मजोशी", "उत्साह", "जोर", "जोरशोर", "खुले", "खुशी", "सम्मान", "प्यार":
					if j > n+1 {
						j++
						continue
					}
				}
				return mkSe, j, -1, true
			case "में":
				// "उनकी कंपनी अगले चार साल में अमेरिका में निवेश करेगी":
				// a time phrase past the possessed noun takes the में;
				// the owner only qualifies the noun (bgt20.go).
				if timeInPast20(s, n, j) {
					return mkMod, j, -1, false
				}
				// "X और Y के रिश्तों में दरार": between them.
				return mkBetween, j, -1, false
			case "का", "की", "के":
				// "X के वकील का Y पर हमला": the proxy speaks for X, whose
				// act it is (refer12.go).
				if j == n+2 && s.flag(j-1)&fwProxy != 0 {
					return a.genitive(s, j, depth)
				}
				if depth < 3 {
					mk, at, head, _ := a.genitive(s, j, depth+1)
					// "X के एक पूर्व कर्मचारी के वकील ने": the proxy
					// speaks for the nearer owner, someone untracked,
					// not for X (refer19.go).
					if mk == mkAgent && a.proxyOfOther19(s, j) {
						return mkMod, j, -1, false
					}
					// "Y के एक समर्थक की पोस्ट को …": a follower's thing
					// is the follower's, not Y's (drp20.go).
					if mk != mkGen && mk != mkAgent && partisanNoun(s.w(j-1)) {
						return mkMod, j, -1, false
					}
					// "Y के वेतन पैकेज के विरोधियों पर सवाल": those against
					// Y's thing are no part of Y (fresh32.go).
					if mk != mkAgent && s.partisanOfThing32(j, at) {
						return mkMod, j, -1, false
					}
					return mk, at, head, true
				}
			}
			return mkMod, j, -1, false
		}
		if fl&(fwCopula|fwFinite) != 0 && depth == 0 {
			// "X की नीतियां अनुचित हैं": the possessed noun is the
			// subject; the owner is judged.
			return mkBare, j, -1, true
		}
		if !s.isWord(j) && s.w(j) != "-" && s.f.toks[j].Kind != hindi.Number {
			// "X के निशाने पर Y की टैरिफ नीति": a possessed noun
			// closing a headline is its subject, the owner judged.
			if depth == 0 && j > n+1 && j+1 >= s.sn.b && !s.hasFinite() {
				return mkBare, j, -1, true
			}
			return mkMod, j, -1, false
		}
		j++
	}
	if depth == 0 && j >= s.sn.b && j > n+1 && !s.hasFinite() {
		return mkBare, j, -1, true
	}
	return mkMod, n, -1, false
}

// hasFinite reports a finite verb or copula in the sentence (a headline
// often has none).
func (s *sentCtx) hasFinite() bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.flag(k)&(fwFinite|fwCopula) != 0 && s.w(k) != "की" {
			return true
		}
	}
	return false
}

// isCoordinator reports a word that links two names into one group.
func isCoordinator(w string) bool {
	switch w {
	case "और", "व", "एवं", "तथा", ",", "-", "&", "and":
		return true
	}
	return false
}

// chunkFlags are the flags of the words other than mentions that the
// token loop of chunks reads when pron2 is not set.
const chunkFlags = fwProxy | fwOwnerNoun | fwRoleNoun | fwEpithet | fwRel | fwAgentPron | fwTargetPron | fwObliquePron | fwGenPron | fwSubjPron | fwBoth | fwRecip | fwOrgNoun | fwRelAgent

// flaggedIn returns the first token k' in [k, end) with a flag of mask
// (s.flag), or end; k when k >= end.
func (s *sentCtx) flaggedIn(k, end int, mask uint64) int {
	if k >= end {
		return k
	}
	// Only the sentence's tokens have flags: [k, end) within it, read
	// as a slice (one comparison a token).
	fl := s.fl[:min(max(end-s.sn.a, 0), len(s.fl))]
	for i := max(k-s.sn.a, 0); i < len(fl); i++ {
		if fl[i]&mask != 0 {
			return i + s.sn.a
		}
	}
	return end
}

// chunks finds the noun groups of a sentence and their markers.
func (a *Analyzer) chunks(s *sentCtx) {
	a.fillWordIDs(s)
	pron2 := s.screen&swPron2 != 0
	s.chunks = s.chunks[:0]
	sm := s.f.mentions[s.sn.ma:s.sn.mb]
	mi := 0
	// (With none of chunkFlags in the sentence, flaggedIn would pass
	// over every token before the next mention: the skip jumps there.)
	anyFlagged := s.flagsMayHave(chunkFlags)
	for k := s.sn.a; k < s.sn.b; k++ {
		// With no second-person or emphatic pronoun in the sentence,
		// a token before the next mention with none of chunkFlags is
		// passed over below: flaggedIn skips those (most words) in a
		// small loop.
		if !pron2 {
			next := s.sn.b
			if mi < len(sm) {
				next = sm[mi].tok
			}
			if !anyFlagged {
				k = max(k, next)
			} else {
				k = s.flaggedIn(k, next, chunkFlags)
			}
			if k >= s.sn.b {
				break
			}
		}
		if mi < len(sm) && sm[mi].tok == k {
			m := sm[mi]
			mi++
			for mi < len(sm) && sm[mi].tok < m.tokEnd {
				mi++
			}
			n := m.tokEnd
			// "एक्स (पहले ट्विटर) पर": a parenthesis between the name
			// and its postposition.
			if s.w(n) == "(" {
				for e := n + 1; e < s.sn.b && e < n+8; e++ {
					if s.w(e) == ")" {
						n = e + 1
						break
					}
				}
			}
			// "X, जो … थे, ने Y को बधाई दी": the relative clause
			// stands between the name and its postposition.
			if s.w(n) == "," && s.flag(n+1)&(fwRel|fwRelAgent) != 0 {
				for e := n + 2; e < s.sn.b && e < n+40; e++ {
					if s.w(e) == "," {
						if s.flag(e+1)&fwPostposition != 0 {
							n = e + 1
						}
						break
					}
				}
			}
			// "X और Y, दोनों नेताओं ने", "X और Y दोनों पर": the
			// apposition is the pair.
			n = bothSkip33c(s, n)
			// "मेटा सीईओ ने", "टेस्ला के प्रमुख पर" (no name after the
			// role): the role's holder.
			if !a.isPerson[m.entity] && !a.isDeal[m.entity] {
				r := n
				if isGenitive(s.w(r)) {
					r++
				}
				// "ओपनएआई के सीईओ झूठे हैं": judged as a subject.
				judged := false
				if r+1 < s.sn.b && s.isWord(r+1) && !s.mentionAt(r+1) {
					ev, _ := a.matchAt(s, r+1, entEval)
					judged = ev != nil
				}
				if r < s.sn.b && s.flag(r)&fwRoleNoun != 0 && !s.mentionAt(r+1) && (s.flag(r+1)&fwPostposition != 0 || judged) {
					mk, at, head, pos := a.markerAfter(s, r+1, false)
					s.chunks = append(s.chunks, chunk{ent: m.entity, pron: fwRoleNoun, tok: m.tok, end: r + 1, mk: mk, at: at, head: head, possessed: pos})
					k = r
					continue
				}
			}
			// "X की कंपनी एक्स पर": the company, not the platform.
			platform := a.platform[m.entity] && s.flag(m.tok-1)&fwOrgNoun == 0
			mk, at, head, pos := a.markerAfter(s, n, platform)
			// "Trump on Modi: '…'": an English label's topic after
			// "on" is what the one named first speaks about, as "Y पर".
			if mk == mkBare && latinOn(s, m.tok) {
				mk, at = mkPar, m.tok-1
			}
			// "ट्रंप समर्थकों में", "मोदी विरोधी दल": the name qualifies
			// the people after it; it is not one of them.
			// "Y के आलोचकों को", "Y के समर्थकों ने": Y's followers or
			// opponents are other people.
			if pmk, pat, ok := s.partisanBody32(n); ok {
				mk, at, head, pos = pmk, pat, -1, true // "Y समर्थक समिति पर" (bg32.go)
			} else if partisanNoun(s.w(n)) && !s.mentionAt(n) || isGenitive(s.w(n)) && partisanNoun(s.w(n+1)) && !s.mentionAt(n+1) {
				mk, at, head, pos = mkMod, n, -1, false
			}
			s.chunks = append(s.chunks, chunk{ent: m.entity, tok: m.tok, end: m.tokEnd, mk: mk, at: at, head: head, possessed: pos})
			k = m.tokEnd - 1
			continue
		}
		fl := s.flag(k)
		if fl&fwProxy != 0 || fl&fwOwnerNoun != 0 && campaignNoun14(s.w(k)) {
			if c, ok := s.bareProxy12(k); ok {
				s.chunks = append(s.chunks, c)
				continue
			}
		}
		// Most words: none of the flags read below, and no second-person
		// or emphatic pronoun in the sentence.
		if fl&(fwRoleNoun|fwEpithet|fwRel|fwAgentPron|fwTargetPron|fwObliquePron|fwGenPron|fwSubjPron|fwBoth|fwRecip|fwOrgNoun|fwRelAgent) == 0 && !pron2 {
			continue
		}
		// "कांग्रेस नेता ने": a title the story gave a person before.
		if fl&fwRoleNoun != 0 && k > s.sn.a && s.st != nil && len(s.st.titles) > 0 && !s.mentionAt(k+1) && !s.inMention(k-1) {
			if e, ok := s.st.titles[s.f.words[k-1]+" "+s.f.words[k]]; ok {
				mk, at, head, pos := a.markerAfter(s, k+1, false)
				s.chunks = append(s.chunks, chunk{ent: e, epith: true, tok: k - 1, end: k + 1, mk: mk, at: at, head: head, possessed: pos})
				continue
			}
		}
		if fl&fwEpithet != 0 {
			if e, n := a.epithetAt(s, k, s.published); e >= 0 && !s.quotedLabel30(k, n) {
				mk, at, head, pos := a.markerAfter(s, k+n, false)
				if epithetOpens38(s, k, n) { // chunk38.go
					mk, at, head, pos = mkBare, k+n, -1, false
				}
				s.chunks = append(s.chunks, chunk{ent: e, epith: true, tok: k, end: k + n, mk: mk, at: at, head: head, possessed: pos})
				k += n - 1
				continue
			}
		}
		// "X, जिन पर Y ने हमला बोला था, …", "X, जिन्हें Y ने …": an
		// oblique relative is the name before it, under its
		// postposition (grounded like जिन्होंने).
		if fl&fwRel != 0 && s.w(k-1) == "," && s.mentionEndingAt(k-2) >= 0 {
			mk := marker(255)
			switch s.w(k) {
			case "जिन", "जिस":
				switch s.w(k + 1) {
				case "पर":
					mk = mkPar
				case "को":
					mk = mkKo
				case "से":
					mk = mkSe
				}
			case "जिन्हें", "जिसे":
				mk = mkKo
			}
			// Only with an agent of its own: "…, जिन्हें वह दोस्त मानते
			// हैं" is read by its host.
			if mk != 255 && s.relAgent(k+1, k) >= 0 {
				s.chunks = append(s.chunks, chunk{ent: -1, pron: fwRelAgent, tok: k, end: k + 1, mk: mk, at: k + 1, head: -1})
				continue
			}
		}
		if fl&fwRel != 0 {
			// "Y … में है, जिसके खिलाफ X … लड़ रहे हैं" (bf32.go).
			if c, ok := a.againstRelative32(s, k); ok {
				s.chunks = append(s.chunks, c)
				k++
				continue
			}
			if c, ok := a.actRelative22(s, k); ok {
				s.chunks = append(s.chunks, c)
				continue
			}
		}
		// "“आपकी नीतियां …”, X ने Y से कहा", "“मैं तुम्हारे साथ हूं”":
		// a second-person genitive, resolved to the one addressed.
		// "“आप देश को गुमराह कर रहे हैं”, X ने Y से कहा", "“मोदी जी,
		// आपने …”": the second person in someone's words is the one
		// addressed (resolved when read: secondSubject).
		if pron2 { // the screen: a second-person or emphatic pronoun in the sentence
			if w := s.w(k); (w == "आप" || w == "तुम" || w == "आपने" || w == "तुमने") && s.cls[s.cid[k-s.sn.a]].kind == ckContent {
				if nx := s.w(k + 1); w == "आपने" || w == "तुमने" || s.flag(k+1)&fwPostposition == 0 && !isGenitive(nx) && nx != "लोग" && nx != "सब" && nx != "सभी" {
					mk := mkBare
					if w == "आपने" || w == "तुमने" {
						mk = mkAgent
					}
					s.chunks = append(s.chunks, chunk{ent: -1, pron: fwSubjPron, second: true, tok: k, end: k + 1, mk: mk, at: k + 1, head: -1})
					continue
				}
			}
			if c, ok := s.secondDative11(k); ok {
				s.chunks = append(s.chunks, c)
				continue
			}
			if secondGenitive(s.w(k)) {
				c := chunk{ent: -1, pron: fwGenPron, second: true, tok: k, end: k + 1, head: -1}
				c.mk, c.at, c.head, c.possessed = a.genitive(s, k, 0)
				if c.mk != mkMod && c.mk != mkPlace && c.mk != mkAbout && c.mk != mkAgent {
					s.chunks = append(s.chunks, c)
				}
				continue
			}
			// "उन्हीं की कंपनी पर", "उसी के बयान को": an emphatic pronoun
			// with its genitive written apart is a genitive pronoun.
			if emphaticPron(s.w(k)) && isGenitive(s.w(k+1)) {
				c := chunk{ent: -1, pron: fwGenPron, tok: k, end: k + 1, head: -1}
				c.mk, c.at, c.head, c.possessed = a.genitive(s, k+1, 0)
				if c.mk != mkMod && c.mk != mkPlace && c.mk != mkAbout {
					if c.mk == mkAgent {
						c.pron = fwAgentPron
					}
					s.chunks = append(s.chunks, c)
				}
				k++
				continue
			}
		}
		if fl&(fwAgentPron|fwTargetPron|fwObliquePron|fwGenPron|fwSubjPron|fwBoth|fwRecip|fwOrgNoun|fwRelAgent) == 0 {
			continue
		}
		c := chunk{ent: -1, tok: k, end: k + 1, at: k + 1, head: -1}
		switch {
		case fl&fwRecip != 0:
			// एक-दूसरे, एक दूसरे
			adverb := s.w(k) == "परस्पर" || s.w(k) == "आपस"
			if !(s.w(k-1) == "एक" || s.w(k-1) == "-" && s.w(k-2) == "एक") && !adverb {
				continue
			}
			c.recip, c.pron = true, fwRecip
			c.mk, c.at, c.head, c.possessed = a.markerAfter(s, k+1, false)
			if adverb {
				c.mk = mkPrati // "परस्पर आरोप", "आपस में": any frame's target
			}
		case fl&fwAgentPron != 0:
			c.pron, c.mk = fwAgentPron, mkAgent
		case fl&fwRelAgent != 0:
			c.pron, c.mk = fwRelAgent, mkAgent
		case fl&fwTargetPron != 0:
			c.pron, c.mk = fwTargetPron, mkKo
		case fl&fwObliquePron != 0:
			switch s.w(k + 1) {
			case "पर":
				c.pron, c.mk = fwTargetPron, mkPar
			case "को":
				c.pron, c.mk = fwTargetPron, mkKo
			default:
				continue
			}
		case fl&fwGenPron != 0:
			// "उनके प्रवक्ता ने" speaks for the last agent; "उनकी
			// आलोचना", "उनके भाषण को" make the last person the target.
			c.pron = fwGenPron
			c.mk, c.at, c.head, c.possessed = a.genitive(s, k, 0)
			if c.mk == mkMod || c.mk == mkPlace || c.mk == mkAbout {
				continue
			}
			if c.mk == mkAgent {
				c.pron = fwAgentPron
			}
		case fl&fwSubjPron != 0:
			// वह/वे carry the story's last subject only when nothing
			// else in the clause is an agent (checked when reading).
			if s.flag(k+1)&fwPostposition != 0 || k+1 < s.sn.b && !s.isWord(k+1) && s.w(k+1) != "," && !s.quotedPredicate31(k+1) {
				continue
			}
			c.pron, c.mk = fwSubjPron, mkBare
		case fl&fwBoth != 0:
			if k > s.sn.a && (s.w(k-1) == "," || s.mentionAt(k-1) || s.inMention(k-1)) {
				continue // an apposition, read with the names
			}
			// "दोनों देशों": not the pair of names; "ये दोनों शानदार
			// …": the pair, subject of what follows.
			if s.isWord(k+1) && s.flag(k+1)&(fwPostposition|fwPairNoun) == 0 && s.class(k+1)&cwOrgPair25 == 0 {
				if (demonstrative(s.w(k-1)) || s.bothSubject(k)) && s.flag(k+1)&fwEntry != 0 {
					c.pron, c.mk = fwBoth, mkBare
					break
				}
				continue
			}
			c.pron = fwBoth
			c.mk, c.at, c.head, c.possessed = a.markerAfter(s, k+1, false)
			if s.isWord(k+1) && s.flag(k+1)&fwPostposition == 0 {
				c.mk, c.at, c.head, c.possessed = a.markerAfter(s, k+2, false)
			}
		case fl&fwOrgNoun != 0:
			// "कंपनी ने": the story's last organisation — not "X की
			// कंपनी ने", "अपनी कंपनी".
			// (Session 19: also the bare subject that opens someone's
			// words, "… ने कहा कि कंपनी …": refer19.go.)
			if s.flag(k+1)&fwPostposition == 0 && !s.orgSubjectOpens19(k) {
				continue
			}
			// "उनकी कंपनी पर" is read as the owner's (possessed);
			// "उनके कारोबारी समूह पर", with a qualifier between, is
			// the owner's organisation.
			// "… ने कहा कि उनकी कंपनी ने …": the owner's company is the
			// doer (ownCompanyAgent22, resolved when grounded).
			if ownPronAgent22(s, k) {
				c.pron, c.owned = fwOrgNoun, true
				c.mk, c.at, c.head, c.possessed = a.markerAfter(s, k+1, false)
				s.chunks = append(s.chunks, c)
				continue
			}
			if s.flag(k-1)&(fwGenPron|fwOwn) != 0 || isGenitive(s.w(k-1)) || s.mentionAt(k-1) || s.inMention(k-1) {
				continue
			}
			c.owned = ownerGenitive(s, k) >= 0
			c.pron = fwOrgNoun
			c.mk, c.at, c.head, c.possessed = a.markerAfter(s, k+1, false)
		}
		s.chunks = append(s.chunks, c)
	}
	// "Y ने बोली का मजाक उड़ाया": a bare act noun pointing back
	// (attach29.go).
	a.bareActs29(s)
	// Coordination: "A, B और C ने" share C's marker. A comma links only
	// inside a list closed by और.
	for i := range s.chunks {
		s.chunks[i].group = i
	}
	closed := false
	for i := len(s.chunks) - 2; i >= 0; i-- {
		c, nx := &s.chunks[i], &s.chunks[i+1]
		// "X और मेटा के सीईओ Y ने": coordinated with Y, past its
		// modifier; but "टेस्ला और एक्सएआई के मालिक X": two
		// organisations modifying the name.
		if nx.mk == mkMod && c.ent >= 0 && nx.ent >= 0 && !a.isPerson[c.ent] && !a.isPerson[nx.ent] {
			if c.end < s.sn.b && isCoordinator(s.w(c.end)) && c.end+1 == nx.tok && c.mk == mkBare {
				c.mk, c.at = mkMod, nx.at
			}
			continue
		}
		if nx.mk == mkMod && i+2 < len(s.chunks) {
			nx = &s.chunks[i+2]
		}
		end := c.end
		if s.flag(end)&fwOwnerNoun != 0 {
			end++ // "X सरकार और …"
		}
		next := end + 1
		// "A और सोशल मीडिया कंपनी B ने": a descriptor of a few words
		// before the next name (hostile13.go).
		if nn := descriptorBefore13(s, next, nx.tok, nx.mk); nn > next {
			next = nn
		}
		if next < nx.tok && next+1 == nx.tok && s.isWord(next) && s.flag(next)&fwPostposition == 0 && !s.mentionAt(next) {
			next++ // "और उद्योगपति X": one title word
		}
		// "A, उसके सीईओ B और C पर": an appositive role before the next
		// name; the pronoun's chunk between is skipped.
		if nn := s.appositiveRole(next); nn > next && s.w(end) == "," {
			next = nn
			for j := i + 1; j < len(s.chunks) && j <= i+2; j++ {
				if s.chunks[j].tok == nn {
					nx = &s.chunks[j]
					closed = closed || s.chunks[j].group != j
				}
			}
		}
		// "A और उसके सबसे बड़े निवेशक B पर", "A, उसके … B और कंपनी के
		// सबसे बड़े निवेशक C पर": a longer apposition (binding25.go).
		if nn := s.appositiveDescr25(next); nn > next && isCoordinator(s.w(end)) {
			next = nn
			for j := i + 1; j < len(s.chunks) && j <= i+3; j++ {
				if s.chunks[j].tok == nn {
					nx = &s.chunks[j]
					closed = closed || s.chunks[j].group != j
				}
			}
			// markerAfter gave c the name's postposition already
			// ("A और उसके … B पर"): one group, the list closed.
			if c.mk != mkBare && c.at == nx.at && c.pron == 0 && nx.pron == 0 {
				c.group, closed = nx.group, true
				continue
			}
		}
		// "A, सेबी प्रमुख और B पर": untracked members between (freshp12.go).
		ulist := next != nx.tok && c.mk == mkBare && s.untrackedMember(end, nx.tok)
		if ulist {
			next = nx.tok
		}
		// "X या Y से मिलने में": a या shares the postposition as और
		// does (precision17.go).
		linked := end < s.sn.b && (isCoordinator(s.w(end)) || orWord17(s.w(end))) && (next == nx.tok || nx != &s.chunks[i+1] && nx.tok > end) && c.mk == mkBare
		// A comma list closed by और, समेत/सहित ("A, B समेत कई …"), or
		// of three items ("X, A, B ने").
		if linked && s.w(c.end) == "," && !closed && !ulist && !(s.w(c.tok-1) == "," || s.w(nx.end) == "समेत" || s.w(nx.end) == "सहित") {
			linked = false
		}
		closed = linked
		if linked && c.pron == 0 && nx.pron == 0 {
			c.mk, c.at, c.head, c.possessed, c.group = nx.mk, nx.at, nx.head, nx.possessed, nx.group
		}
	}
	// "A, B और C के मुकाबले को … बता चुके हैं": A the subject (chunk35b.go).
	a.commaSubject35b(s)
	// "X और गृह मंत्री Z ने": an untracked conjunct (coord26.go).
	s.untrackedConjunct26()
	// "X और नेता प्रतिपक्ष Y ने": a titled tracked conjunct (coord29.go).
	s.titledConjunct29()
	// "X और यूरोपीय नियमों, दोनों को": the pair's postposition (refer28.go).
	a.untrackedBoth28(s)
	for i := range s.chunks {
		s.chunks[i].clause = int(s.cid[s.chunks[i].tok-s.sn.a])
	}
}

// chunkBefore reports a chunk of entity e before token k in the sentence.
func (s *sentCtx) chunkBefore(k, e int) bool {
	for _, c := range s.chunks {
		if c.tok >= k {
			break
		}
		if c.ent == e && c.pron == 0 {
			return true
		}
	}
	return false
}

// mentionID is the entity of the mention starting at k (-1: none).
func (s *sentCtx) mentionID(k int) int {
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= k })
	if i < len(ms) && ms[i].tok == k {
		return ms[i].entity
	}
	return -1
}

// mentionEndingAt is the entity of the mention whose last token is k
// (-1: none).
func (s *sentCtx) mentionEndingAt(k int) int {
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tokEnd > k })
	if i < len(ms) && ms[i].tokEnd == k+1 {
		return ms[i].entity
	}
	return -1
}

// officerAfter reads a role phrase from token k ("सह-संस्थापक", "सीईओ",
// "के प्रमुख") up to a tracked person right after it, and returns that
// person's postposition.
func (a *Analyzer) officerAfter(s *sentCtx, k int) (mk marker, at, head int, ok bool) {
	role := false
	for j := k; j < s.sn.b && j <= k+3; j++ {
		if s.mentionAt(j) {
			if !role || !a.isPerson[s.mentionID(j)] {
				return 0, 0, 0, false
			}
			mk, at, head, _ := a.markerAfter(s, bothSkip33c(s, s.mentionEnd(j)), false) // ", दोनों ने" (inv33c.go)
			return mk, at, head, true
		}
		switch {
		case s.flag(j)&fwRoleNoun != 0:
			role = true
		case s.w(j) == "-" || s.isWord(j) && s.flag(j)&^fwEntry == 0:
		default:
			return 0, 0, 0, false
		}
	}
	return 0, 0, 0, false
}

// mentionEnd is the token after the mention starting at k.
func (s *sentCtx) mentionEnd(k int) int {
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= k })
	if i < len(ms) && ms[i].tok == k {
		return ms[i].tokEnd
	}
	return k + 1
}

// inMention reports a token inside a mention of the sentence.
func (s *sentCtx) inMention(k int) bool {
	if i := uint(k - s.sn.a); i < uint(len(s.inMent)) && s.inMentGen == s.memoGen {
		return s.inMent[i]
	}
	return s.inMentionSlow(k)
}

// inMentionSlow is inMention when the table is not the bound sentence's
// (its first call for a sentence bound at a memoGen fills it) or k is
// outside the sentence; a sentCtx with memoGen 0 keeps no table.
func (s *sentCtx) inMentionSlow(k int) bool {
	if i := uint(k - s.sn.a); i < uint(s.sn.b-s.sn.a) && s.memoGen != 0 {
		s.markInMention()
		return s.inMent[i]
	}
	ms := s.f.mentions[s.sn.ma:s.sn.mb]
	j := sort.Search(len(ms), func(i int) bool { return ms[i].tokEnd > k })
	return j < len(ms) && ms[j].tok <= k
}

// markInMention fills inMent for the bound sentence: the tokens inside
// one of its mentions.
func (s *sentCtx) markInMention() {
	n := s.sn.b - s.sn.a
	s.inMent = grow(s.inMent, n)
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		for t := max(m.tok, s.sn.a); t < m.tokEnd && t < s.sn.b; t++ {
			s.inMent[t-s.sn.a] = true
		}
	}
	s.inMentGen = s.memoGen
}

// isGenitive reports a genitive postposition.
func isGenitive(w string) bool {
	// "क" (E0 A4 95) and a vowel sign: ा (E0 A4 BE), ी (E0 A5 80) or
	// े (E0 A5 87), compared as one 4-byte and one 2-byte word
	// (session 29, speed).
	if len(w) != 6 || w[0] != 0xE0 || w[1] != 0xA4 || w[2] != 0x95 || w[3] != 0xE0 {
		return false
	}
	v := uint16(w[4])<<8 | uint16(w[5])
	return v == 0xA4BE || v == 0xA580 || v == 0xA587
}

// ownerGenitive is the genitive that owns the noun at k across one
// qualifying word ("उनके कारोबारी समूह", "X की टेक कंपनी"), or -1.
func ownerGenitive(s *sentCtx, k int) int {
	q, g := k-1, k-2
	if g < s.sn.a || !s.isWord(q) || s.flag(q)&(fwPostposition|fwOwn) != 0 || s.mentionAt(q) || s.inMention(q) {
		return -1
	}
	if s.flag(g)&fwGenPron != 0 || isGenitive(s.w(g)) {
		return g
	}
	return -1
}

// partisanNoun reports a noun of followers or opponents written after a
// name ("ट्रंप समर्थक", "मोदी विरोधी", "मस्क के प्रशंसक" is the genitive
// form, read by the frames).
func partisanNoun(w string) bool {
	switch w {
	case "समर्थक", "समर्थकों", "आलोचक", "आलोचकों", "प्रशंसक", "प्रशंसकों", "विरोधी", "विरोधियों", "भक्त", "भक्तों":
		return true
	}
	return followerNoun11(w)
}

// participleEnd reads a participle that qualifies a noun from token j
// ("घोषित", "लाई गई", "शुरू की गई", "मिलने वाली") and returns the token
// after it (the noun), or -1.
func (s *sentCtx) participleEnd(j int) int {
	if !s.isWord(j) || s.mentionAt(j) {
		return -1
	}
	if strings.HasSuffix(s.w(j), "ने") && strings.HasPrefix(s.w(j+1), "वाल") {
		return j + 2
	}
	if strings.HasSuffix(s.w(j), "ित") && s.flag(j)&^fwEntry == 0 || s.w(j) == "जारी" || s.w(j) == "लागू" || strings.HasPrefix(s.w(j), "जुड") {
		return j + 1
	}
	for e := j + 1; e <= j+2 && e < s.sn.b; e++ {
		switch s.w(e) {
		case "गई", "गए", "गया", "गयी", "गईं", "गये":
			return e + 1
		}
		if s.w(e) == "की" || s.w(e) == "किए" || s.w(e) == "किया" {
			continue // "शुरू की गई"
		}
		if !s.isWord(e) || s.mentionAt(e) || s.flag(e)&fwPostposition != 0 {
			return -1
		}
	}
	return -1
}

// participleOwner reads "X द्वारा लाई गई योजना की आलोचना", "X को मिलने
// वाली सब्सिडी पर सवाल": a participle from token j qualifies an untracked
// noun, which X owns as if by a genitive; the noun's own postposition
// marks X.
func (a *Analyzer) participleOwner(s *sentCtx, j int) (mk marker, at, head int, ok bool) {
	e := s.participleEnd(j)
	if e < 0 || !s.isWord(e) || s.mentionAt(e) || s.flag(e)&fwPostposition != 0 || passiveFinite33c(s, e) {
		return 0, 0, 0, false
	}
	mk, at, head, _ = a.genitive(s, e-1, 1)
	switch mk {
	case mkKo, mkPar, mkSe, mkKhilaf, mkGen, mkBare:
		return mk, at, head, true
	}
	return 0, 0, 0, false
}

// emphaticPron: उन्हीं, उसी, इन्हीं, इसी — a third-person pronoun with
// the emphatic ही fused, whose genitive is written as a word of its own.
func emphaticPron(w string) bool {
	switch w {
	case "उन्हीं", "उसी", "इन्हीं", "इसी":
		return true
	}
	return false
}

// secondGenitive: आपके, आपकी, आपका, तुम्हारे … (the genitive of आप/तुम).
func secondGenitive(w string) bool {
	switch w {
	case "आपके", "आपकी", "आपका", "तुम्हारे", "तुम्हारी", "तुम्हारा":
		return true
	}
	return false
}

// nounAt reports a plain noun at token k: a word with no function flag,
// not a name and not the start of a lexicon entry (what a participle
// before it qualifies).
func (s *sentCtx) nounAt(k int) bool {
	return s.isWord(k) && !s.mentionAt(k) && s.flag(k)&^fwOwnerNoun == 0
}

// givenTo: the words from k are "दिए/दिये/दी/दिया (गए/गये/गई/गया) (एक)
// <interview noun> में" — an interview or statement given to someone
// ("एक्सियोस को दिए इंटरव्यू में", "चैनल को दिए गए साक्षात्कार में").
func (s *sentCtx) givenTo(k int) bool {
	switch s.w(k) {
	case "दिए", "दिये", "दी", "दिया":
	default:
		return false
	}
	k++
	switch s.w(k) {
	case "गए", "गये", "गई", "गया", "गयी":
		k++
	}
	switch s.w(k) {
	case "एक", "अपने", "अपनी", "अपना", "खास", "विशेष":
		k++
	}
	switch s.w(k) {
	case "इंटरव्यू", "साक्षात्कार", "बयान", "बयानों", "इंटरव्यूज", "भाषण", "जवाब", "लिखित":
		switch s.w(k + 1) {
		case "में", "के", "का", "की":
			return true
		}
	}
	return false
}

// attemptNoun: nouns of trying or working at an act ("… करने की
// कोशिश", "… फैलाने का काम").
func attemptNoun(w string) bool {
	switch w {
	case "कोशिश", "कोशिशें", "प्रयास", "काम", "साजिश", "षड्यंत्र":
		return true
	}
	return false
}

// memberNoun: a member of a body ("बोर्ड सदस्य", "टीम के सदस्य").
func memberNoun(w string) bool {
	switch w {
	case "सदस्य", "सदस्यों", "मेंबर", "मेंबरों":
		return true
	}
	return false
}

// passiveOblique reports a passive in the oblique infinitive at or just
// after t ("लगाए जाने के बाद", "किए जाने पर", "दिए जाने से"): a
// perfective participle, जाने, then a postposition.
func (s *sentCtx) passiveOblique(t int) bool {
	for k := t; k <= t+1 && k+1 < s.sn.b; k++ {
		if s.w(k+1) != "जाने" {
			continue
		}
		w := s.w(k)
		if !strings.HasSuffix(w, "ए") && !strings.HasSuffix(w, "ी") && !strings.HasSuffix(w, "ा") && !strings.HasSuffix(w, "े") {
			return false
		}
		switch s.w(k + 2) {
		case "के", "पर", "से", "की", "को", "का", "में":
			return true
		}
		return false
	}
	return false
}

// passiveAgentBefore reports a tracked agent marked द्वारा or "की ओर
// से" within the few words before the frame at j ("X द्वारा Y की आलोचना
// किए जाने के बाद").
func (s *sentCtx) passiveAgentBefore(j int) bool {
	for b := j - 1; b >= j-10 && b > s.sn.a; b-- {
		switch s.w(b) {
		case "।", ",":
			return false
		case "द्वारा":
			if s.inMention(b-1) || s.inMention(b-2) && s.w(b-1) == "के" {
				return true
			}
		case "से":
			if s.w(b-1) == "ओर" || s.w(b-1) == "तरफ" {
				if s.inMention(b - 3) {
					return true
				}
			}
		}
	}
	return false
}

// correlativePron reports a pronoun chunk right after the comma that
// closes a relative clause whose subject is जो ("जो लोग उन पर हमला कर
// रहे हैं, वे …", "जो Y की आलोचना करते हैं, उन्हें …"): it stands for the
// relative's head. Not after "X, जो …" (X is the head) nor when the
// relative has a ने of its own ("जो वादा उन्होंने किया, वह …").
func (s *sentCtx) correlativePron(c *chunk) bool {
	if c.pron == 0 || c.pron == fwRelAgent || c.recip || c.tok < s.sn.a+3 || s.w(c.tok-1) != "," {
		return false
	}
	for r := c.tok - 2; r >= s.sn.a && r >= c.tok-16; r-- {
		switch w := s.w(r); {
		case w == "," || w == "।" || w == "ने":
			return false
		case w == "जो":
			if s.mentionAt(r + 1) {
				return false
			}
			if b := r - 1; b >= s.sn.a && (s.inMention(b) || s.w(b) == "," && b > s.sn.a && s.inMention(b-1)) {
				return false
			}
			// "X ने … जो लड़ाई लड़ी, वह …": X's clause holds it.
			for b := r - 1; b >= s.sn.a && b >= r-8; b-- {
				if w := s.w(b); w == "ने" {
					return false
				} else if w == "," || w == "।" || w == "कि" || s.isQuoteTok(b) {
					break
				}
			}
			return true
		}
	}
	return false
}

// fixedPron reports a pronoun chunk whose reading is settled before the
// frame is read: a correlative (corr), or one of a pair grounding gave
// two chunks on one token ("उनकी साझेदारी" for X and Y).
func (s *sentCtx) fixedPron(c *chunk) bool {
	if c.corr {
		return true
	}
	for i := range s.chunks {
		if o := &s.chunks[i]; o != c && o.tok == c.tok && o.pron != 0 {
			return true
		}
	}
	return false
}

// quarrelBefore reports a frame at [j, j+n) right after a partner marked
// के साथ or से (an adjective or two between) and before के (… ) बाद:
// "Y के साथ (तीखी) तकरार के (कुछ दिन) बाद", "Y से झगड़े के बाद".
func (s *sentCtx) quarrelBefore(j, n int) bool {
	t := j + n
	if s.w(t) != "के" {
		return false
	}
	after := false
	for k := t + 1; k <= t+4 && k < s.sn.b; k++ {
		if s.w(k) == "बाद" {
			after = true
			break
		}
		if !s.isWord(k) || s.mentionAt(k) {
			return false
		}
	}
	if !after {
		return false
	}
	for b := j - 1; b >= j-3 && b > s.sn.a; b-- {
		switch w := s.w(b); {
		case w == "साथ" && s.w(b-1) == "के" || w == "से":
			p := b - 1
			if w == "साथ" {
				p = b - 2
			}
			return s.inMention(p) || s.epithetEndingAt(p)
		case !s.isWord(b) || s.mentionAt(b):
			return false
		}
	}
	return false
}

// latinOn: the word before tok is the English preposition "on" ("Trump on
// Modi:", "Musk On OpenAI:"), after another word of the sentence.
func latinOn(s *sentCtx, tok int) bool {
	if tok-1 <= s.sn.a {
		return false
	}
	w := s.w(tok - 1)
	return w == "on" || w == "On" || w == "ON"
}
