package work

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Layer 5: grounding. Who a pronoun, "दोनों", "कंपनी" or an epithet stands
// for, read from what the story said before. Role nouns, platforms and
// owners are read by the chunker (chunk.go); here the story's memory.

// storyState carries context from sentence to sentence within a story.
type storyState struct {
	// spans28 is the story's sentence list (storySpans28), its buffer
	// kept from story to story; spansSet28: listed for this story.
	spans28    []sentSpan25
	spansSet28 bool
	// bodyBreaks29 are the asserted ruptures the body read, each as
	// source and target (label29.go).
	bodyBreaks29 [][2]int
	// counter31 are the asserted counter-suits ("O ने X के खिलाफ जवाबी
	// मुकदमा दायर किया") the story read, each as filer and defendant
	// (left31.go).
	counter31 [][2]int
	// told36 maps a stance (its index in stanceList) read only in the
	// words of someone else to those speakers (polarity36b.go).
	told36 map[int][]int
	// deed36b: a sentence read with a deed noun (rwDeed36b) and a
	// calling verb (fwCall) in it (speed36b.go).
	deed36b bool
	// deed37: the last of those sentences (deedJudged36's second
	// screen, speed37.go).
	deed37 deedAt37
	// repeats31 are the sentences that asserted a stance once more
	// (add found its key already there), each as the stance's index in
	// stanceList and the sentence's field and span (news31.go).
	repeats31 []stanceRepeat31
	// led31 marks the act keys whose last owner in acts led the body
	// that made the act ("X की अगुवाई वाले समूह की पेशकश", ledOwner31):
	// the act is the leader's own, not his company's.
	led31 map[string]bool
	// again lists the stances (indices in stanceList) that the sentence
	// being read asserted once more (add found them already there), so
	// that a reader of "what this sentence asserted" sees them too.
	again []int
	// announced32: headline alliances a body sentence announces again
	// (announcedPlans, stance.go): not dropped as a label over a plan.
	announced32 []int
	// lastAgent is the last person who acted or was the subject.
	lastAgent int
	// proxyOwner12, proxyWord12: whom the story's last "X के वकील/प्रवक्ता
	// ने" spoke for, and the proxy noun (refer12.go): a bare "वकील ने"
	// after it is X's again.
	proxyOwner12 int
	proxyWord12  string
	// chargeBy15 is 1 + the owner of the last charge the story named
	// with its owner ("Y के आरोपों पर …"), 0 if none (recall15.go).
	chargeBy15 int
	// rej34X and rej34Y are 1 + the agent and 1 + the author of the last
	// charge, claim or offer rejected or answered (sentence rej34Sent of
	// field rej34F); offer34 is 1 + the last offer's maker; 0 if none
	// (reject34.go).
	rej34X, rej34Y, rej34Sent, offer34 int
	rej34F                             *field
	// orgAgent34b is 1 + the organisation that was the ने-agent of
	// sentence orgAgent34bSent of field orgAgent34bF, 0 if none
	// (reject34b.go).
	orgAgent34b, orgAgent34bSent int
	orgAgent34bF                 *field
	// untrackedAgent: the last sentence taken in had an untracked
	// one-person agent of its own and no tracked one ("संसदीय कार्य
	// मंत्री ने कहा …"): the next उन्होंने is that person, no one tracked.
	untrackedAgent bool
	// untrackedMale28: untrackedAgent was set by an untracked titled
	// subject whose verb is not feminine (speaker28.go): a later "वह
	// बोलीं" is a woman named before, not that person.
	untrackedMale28 bool
	// recent are the entities named so far, oldest first (bounded).
	recent []int
	// lastOrg is the last organisation named as a subject or agent.
	lastOrg int
	// titleOrg36 is the headline's one organisation, which a bare org
	// noun of the body names while lastOrg is unset (mutual36.go).
	titleOrg36 int
	// actor is the last sentence's tracked agent or subject (person or
	// organisation): whose act "इस फैसले", "इस रैली" points back to.
	actor int
	// acts hold, for an act noun's key (actKey), the actor of the last
	// sentence that named such an act ("X ने … का ऐलान किया").
	acts map[string]int
	// actsOwned29 marks the act keys whose last owner in acts was
	// written as a genitive before the noun ("X के प्रस्ताव"), not taken
	// from the sentence's actor (ownedAct29, attach29.go).
	actsOwned29 map[string]bool
	// owners29 is noteActs' scratch of one sentence's act owners
	// (attach29.go), its buffers kept across stories.
	owners29 actOwners29
	// dealAct26 is 1 + the tracked deal the story's last announcement
	// formed ("स्टारगेट नाम से उपक्रम बनाने की घोषणा"), 0 if it formed
	// none: "इस घोषणा" is then the deal (wrong26.go).
	dealAct26 int
	// saidBy is 1 + who did an act said (a claim, a statement: acts_said)
	// in the last sentence, 0 if it named none (itsActOwner).
	saidBy int
	// lastPair is the last two entities seen acting on each other.
	lastPair [2]int
	hasPair  bool
	// tie18 is the story's last asserted tie (an alliance) between two
	// parties, for "इस समझौते से" (tiePartner18).
	tie18    [2]int
	hasTie18 bool
	// group is the last coordinated pair of tracked names ("X और Y
	// ने …"), read in sentence groupSent: a plural pronoun with a
	// plural cue right after may stand for both (pluralPair).
	group     [2]int
	hasGroup  bool
	groupSent int
	// untracked are the surnames of the untracked people the story
	// named with a title ("सीनेटर बर्नी सैंडर्स" → सैंडर्स): alone later
	// ("सैंडर्स की रैली … उन्हें") they are that person. scanF and
	// scanEnd are how far learnUntracked read.
	untracked map[string]bool
	scanF     *field
	scanEnd   int
	// attackedBy holds, for each entity, the last entity hostile to it.
	attackedBy map[int]int
	// answered15 holds (answerer, author) for each charge named with its
	// author in a sentence whose agent answers it ("Y के आरोपों पर X ने
	// बयान जारी किया"): calling "the charges" lies later attacks Y.
	answered15 [][2]int
	// supportedBy holds, for each entity, the last entity supportive of
	// it: thanks with no one thanked answers them (supporter).
	supportedBy map[int]int
	seen        entSet
	// named are the entities the story names (all fields): a kind
	// (kindAt) or a role after an organisation (roleOf) refers to one of
	// them; a watchlist title in force may also stand for a holder never
	// named (titleHolder18; session 18 lifted the never-named gate on
	// epithets).
	named entSet
	// bodyPersons are the people the body names, in order: a headline's
	// pronoun with nothing before it points ahead to them.
	bodyPersons []int
	// body16 is the story's body field (nil: a headline over no body):
	// a court label tells a case only over a body that tells it
	// (caseInBody16).
	body16 *field
	// lastF and lastEnd are the field and the end (token) of the last
	// sentence remember took in: the sentences after it, up to the
	// next one read, named no one tracked (untrackedSince).
	lastF   *field
	lastEnd int
	// jibe27 is the jibe the last sentence read (jibe27.go): praise said
	// right after it in its maker's words is mockery.
	jibe27 jibe27
	// published is the story's time, for the epithets that apply.
	published time.Time
	// affil holds the pairs (person, organisation) the story ties by a
	// role ("मेटा के सीईओ X", "टेस्ला प्रमुख Y"): no stance
	// between them.
	affil map[[2]int]bool
	// affilOff14: the watchlist's dated person–organisation ties not in
	// force at the story's date (proxy14.go).
	affilOff14 map[[2]int]bool
	// titles are the story's own titles for a person ("कांग्रेस नेता
	// X" → "कांग्रेस नेता" later means him).
	titles map[string]int
	// offices hold, for an office word (grounding.yaml offices), the one
	// tracked person the story gave it ("राष्ट्रपति डोनाल्ड ट्रंप"), or
	// -1 when it gave it to two people or to an untracked name; nil
	// until a sentence gives one.
	offices map[string]int
	// stances index stanceList by key: one copy per stance, no pointer
	// each.
	stances    map[stanceKey]int
	stanceList []pipeline.Stance
	// ids37 caches entByID lookups by ID (entOf37); kept from story to
	// story (the map never changes).
	ids37 idCache37
}

// stanceKey is a stance's key in the story: source and target by the
// index of their IDs (Analyzer.idKey, the same as keying by the ID), its
// polarity (hostile or supportive) and its mood. Indices rather than
// pipeline.Stance's four strings: add hashes a key for every stance it
// reads, and two ints hash cheaper than two IDs. The four are packed in
// one word (stanceKey37, speed37.go): a map keyed by it hashes no struct.
type stanceKey uint64

// keyOf is x's stanceKey (x one of the story's stances: its IDs are
// tracked entities', so entByID has them).
func (a *Analyzer) keyOf(x pipeline.Stance) stanceKey {
	return stanceKey37(int32(a.entByID[x.Source]), int32(a.entByID[x.Target]), x.Polarity == pipeline.Hostile, x.Mood)
}

// affiliated reports a watchlist tie of person x to organisation y
// (Analyzer.affil), read from its matrix: no hashing of the pair.
func (a *Analyzer) affiliated(x, y int) bool {
	n := len(a.ents)
	return uint(x) < uint(n) && uint(y) < uint(n) && a.affilM[x*n+y]
}

// entSet is a set of entities by index: a story names a few of the
// watchlist's entities, and a slice read by index costs no hashing (a
// map did, at every mention and chunk). Only entities (>= 0) are added.
type entSet []bool

// has reports whether entity e is in the set (never an index < 0).
func (x entSet) has(e int) bool { return uint(e) < uint(len(x)) && x[e] }

// add puts entity e (>= 0) in the set.
func (x *entSet) add(e int) {
	if e < 0 {
		return
	}
	if e >= len(*x) {
		*x = append(*x, make([]bool, e+1-len(*x))...)
	}
	(*x)[e] = true
}

func newStoryState() *storyState {
	st := &storyState{}
	st.reset()
	return st
}

// reset makes st a fresh story's state, keeping its maps and slices (a
// pooled state allocates nothing for the next story).
func (st *storyState) reset() {
	if st.supportedBy == nil {
		st.supportedBy = map[int]int{}
	}
	if st.attackedBy == nil {
		st.attackedBy, st.affil = map[int]int{}, map[[2]int]bool{}
		st.titles, st.stances = map[string]int{}, map[stanceKey]int{}
	}
	if st.untracked == nil {
		st.untracked = map[string]bool{}
	}
	clear(st.untracked)
	clear(st.attackedBy)
	clear(st.supportedBy)
	clear(st.seen)
	clear(st.named)
	clear(st.affil)
	clear(st.affilOff14)
	clear(st.titles)
	clear(st.offices)
	clear(st.acts)
	clear(st.actsOwned29)
	clear(st.led31)
	clear(st.stances)
	clear(st.stanceList)
	*st = storyState{lastAgent: -1, proxyOwner12: -1, lastOrg: -1, titleOrg36: -1, actor: -1, recent: st.recent[:0], bodyPersons: st.bodyPersons[:0], answered15: st.answered15[:0],
		attackedBy: st.attackedBy, supportedBy: st.supportedBy, seen: st.seen, named: st.named, affil: st.affil, affilOff14: st.affilOff14, titles: st.titles,
		offices: st.offices, acts: st.acts, actsOwned29: st.actsOwned29, owners29: st.owners29, stances: st.stances, stanceList: st.stanceList[:0], untracked: st.untracked, spans28: st.spans28[:0],
		again: st.again[:0], announced32: st.announced32[:0], bodyBreaks29: st.bodyBreaks29[:0], counter31: st.counter31[:0], led31: st.led31, repeats31: st.repeats31[:0],
		ids37: st.ids37} // (entByID's answers hold for every story: speed37.go)
}

const maxRecent = 12

// tiedTo reports whether x is tied to y in the story (a person to an
// organisation they lead or work for): a tie the story itself gave
// (st.affil), or the watchlist's (a.affil) unless the story's date falls
// outside all of its dated titles (datedAffil14).
func (a *Analyzer) tiedTo(st *storyState, x, y int) bool {
	k := [2]int{x, y}
	return st.affil[k] || a.affiliated(x, y) && !st.affilOff14[k]
}

// tiedBoth is tiedTo either way round (person–organisation or
// organisation–person), on the story's dates; with no story state (a
// test reading one sentence) the watchlist's undated ties.
func (a *Analyzer) tiedBoth(st *storyState, x, y int) bool {
	if st == nil {
		return a.affiliated(x, y) || a.affiliated(y, x)
	}
	return a.tiedTo(st, x, y) || a.tiedTo(st, y, x)
}

// identGen reports a genitive chunk c that only identifies the person
// named right after it by the organisation he is tied to ("ओपनएआई के सैम
// ऑल्टमैन पर भरोसा नहीं", "मेटा के मार्क जुकरबर्ग की आलोचना"): the
// organisation is no doer of the clause's act.
func (a *Analyzer) identGen(s *sentCtx, st *storyState, c *chunk) bool {
	// "ओपनएआई का सैम ऑल्टमैन पर भरोसा": का agrees with the head noun
	// after the name, not with a name under a postposition.
	if c.ent < 0 || c.pron != 0 || a.isPerson[c.ent] || c.at+1 >= s.sn.b || s.w(c.at) == "का" {
		return false
	}
	p := s.mentionID(c.at + 1)
	return p >= 0 && a.isPerson[p] && a.tiedBoth(st, p, c.ent)
}

func (st *storyState) note(e int) {
	st.seen.add(e)
	if n := len(st.recent); n > 0 && st.recent[n-1] == e {
		return
	}
	st.recent = append(st.recent, e)
	if len(st.recent) > maxRecent {
		copy(st.recent, st.recent[1:])
		st.recent = st.recent[:maxRecent]
	}
}

// epithet is one title of a tracked entity (the watchlist's epithets),
// with the period it applies; or, with office set, an office word that
// stands for the person the story gave it (entity -1).
//
// With kind set it is one of the watchlist's kinds: a description the
// entity shares with others ("अरबपति", "कांग्रेस नेता"), which refers to
// it only when the story names no other entity that has it.
type epithet struct {
	words  []string
	entity int
	period watchlist.Epithet
	always bool // period has no dates: it applies at any time (period.At is true)
	office bool
	kind   bool
	act    bool // a demonstrative before an act noun (actAt)
	// acts, on a demonstrative's entry, are the act nouns it points
	// back with.
	acts *actNouns
}

// actDemonstratives: "इस फैसले", "उस बयान", "इस रैली", and in the direct
// case "यह फैसला", "ये बयान" point back to an act, and so to whoever did
// it (actAt). वह/वे are not here: before a noun they are as often the
// subject pronoun ("वह फैसला करेंगे"). The act nouns are data
// (grounding.yaml acts_said, acts_done).
var actDemonstratives = []string{"इस", "उस", "यह", "ये", "इन", "उन"}

// actNouns are grounding.yaml's act nouns in every form a demonstrative
// takes them in (बयान, बयानों; दावा, दावे; टिप्पणी, टिप्पणियों): each
// form's key is the noun as listed. said is true for what a person says
// or holds (a statement, a speech, a rally), false for a measure (a step,
// a policy), which like the lexicon's decisions (फैसला, ऐलान, घोषणा …) is
// the company's when its head announced it. A charge (आरोप) is not there:
// rejecting "इस आरोप" is no stance on its author (convention 4).
type actNouns struct {
	key  map[string]string
	said map[string]bool
}

// newActNouns declines each listed noun: a masculine in -ा takes -े and
// -ों (दावे, दावों), a feminine in -ा takes -ाएं/-ाओं (योजनाएं), one in
// -ी takes -ियां/-ियों (टिप्पणियों), one in a consonant -ों/-ें (बयानों,
// रैलियों aside). Forms that no word has are harmless.
func newActNouns(acts map[string]bool) *actNouns {
	an := &actNouns{key: map[string]string{}, said: map[string]bool{}}
	for w, said := range acts {
		an.said[w] = said
		forms := []string{w}
		switch {
		case strings.HasSuffix(w, "ा"):
			st := strings.TrimSuffix(w, "ा")
			forms = append(forms, st+"े", st+"ों", w+"एं", w+"ओं")
		case strings.HasSuffix(w, "ी"):
			st := strings.TrimSuffix(w, "ी")
			forms = append(forms, st+"ियां", st+"ियों")
		case strings.HasSuffix(w, "ि"), strings.HasSuffix(w, "ु"), strings.HasSuffix(w, "ू"), strings.HasSuffix(w, "े"), strings.HasSuffix(w, "ो"):
			forms = append(forms, w+"यों", w+"ओं")
		default:
			forms = append(forms, w+"ों", w+"ें")
		}
		for _, f := range forms {
			if _, listed := acts[f]; listed && f != w {
				continue // listed itself: its own key
			}
			an.key[f] = w
		}
	}
	return an
}

// actNouns are the act nouns the demonstratives' epithet entries carry
// (buildEpithets puts the act entry first).
func (a *Analyzer) actNouns() *actNouns {
	if eps := a.epithets[actDemonstratives[0]]; len(eps) > 0 && eps[0].acts != nil {
		return eps[0].acts
	}
	return &actNouns{}
}

// lookup is the act noun w is a form of and whether it is said; "" for
// none.
func (an *actNouns) lookup(w string) (string, bool) {
	k, ok := an.key[w]
	if !ok {
		return "", false
	}
	return k, an.said[k]
}

// actAt reads a demonstrative before an act noun at token k ("X ने टैरिफ
// का ऐलान किया। Y ने इस फैसले की आलोचना की") as the act of the story's
// last actor (the previous sentence's tracked agent or subject): what is
// said of the act is said of its doer. With an owner written before it
// ("उनके इस बयान", "X के इस कदम") the owner's chunk reads it instead.
// It returns the actor and the phrase's length (2), or -1.
func (a *Analyzer) actAt(s *sentCtx, k int) (int, int) {
	if e := bareDemOwner(s, k); e >= 0 {
		return e, 1
	}
	if e := a.tiePartner18(s, k); e >= 0 {
		return e, 2
	}
	// (attach29.go: an act named with a tracked owner before needs no
	// actor in the sentence before.)
	if s.st == nil || k+1 >= s.sn.b || s.st.actor < 0 && !a.ownedAct29(s, k+1) || claimContainer29(s, k+1) {
		return -1, 0
	}
	noun, said := "", false
	if id := s.wordID(k + 1); id >= 0 {
		noun, said = a.actKeyOf[id], a.actSaid[id]
	}
	if noun == "" && s.flag(k+1)&fwDecision == 0 {
		return -1, 0
	}
	if k > s.sn.a && (isGenitive(s.w(k-1)) || s.flag(k-1)&fwGenPron != 0) {
		return -1, 0
	}
	// "इस दौर में/से": the round told before; "इस दौर के सबसे …" is
	// this era, no one's act (session 30).
	if s.class2(k+1)&cwRound30 != 0 && s.w(k+2) != "में" && s.w(k+2) != "से" {
		return -1, 0
	}
	// "“Y के शुल्कों ने उद्योग को चोट पहुंचाई है, यह फैसला गलत है”":
	// an act owned by a tracked name earlier in the same words (gaps21.go).
	if e := a.sameWordsActOwner21(s, k); e >= 0 {
		return e, 2
	}
	// "Z ने स्टारगेट नाम से उपक्रम बनाने की घोषणा की। X ने इस घोषणा को
	// ऐतिहासिक बताया": the deal it formed (wrong26.go).
	if d := formedDealAt26(s, k); d >= 0 {
		return d, 2
	}
	e := s.st.actor
	// "X ने फैसला बदला। … Y ने बयान दिया। Z ने इस फैसले की आलोचना की":
	// the doer of the last act of that kind the story named.
	if d, ok := s.st.acts[a.actKey(s, k+1)]; ok {
		e = d
	}
	// (An act owned by someone untracked or by two: no one, attach29.go.)
	if e < 0 {
		return -1, 0
	}
	// "मेटा ने … का ऐलान किया। जुकरबर्ग ने कहा … Y ने इस फैसले की
	// तारीफ की": a measure announced by the head of the story's company
	// is the company's.
	if !said && a.isPerson[e] && !s.st.led31[a.actKey(s, k+1)] {
		if o := a.companyOf(s.st, e); o >= 0 && !a.platformOnly29(s, o) {
			e = o
		}
	}
	// "X ने इस रिपोर्ट को Y की साजिश बताया", "उन्होंने उस मुकदमे को
	// निपटाया": an act the clause's own agent acts on is not that
	// agent's own (session 19).
	if s.ownAgentAct19(k, e) {
		return -1, 0
	}
	return e, 2
}

// ownAgentAct19 reports that the ने-agent of the clause a demonstrative
// at k stands in (no कि, comma or stop between) is e, the act's doer
// actAt found: a name grounded to e, or an agent pronoun when e is the
// story's last actor (whom the pronoun carries on).
func (s *sentCtx) ownAgentAct19(k, e int) bool {
	for i := len(s.chunks) - 1; i >= 0; i-- {
		c := &s.chunks[i]
		if c.tok >= k {
			continue
		}
		if c.mk != mkAgent {
			continue
		}
		for j := c.end; j < k; j++ {
			if w := s.w(j); w == "कि" || w == "," || w == "।" {
				return false
			}
		}
		return c.ent == e || c.ent < 0 && c.pron == fwAgentPron && e == s.st.actor
	}
	return false
}

// companyOf is the one organisation the story names that person e heads
// or works for (a role the story or the watchlist gives), or -1.
func (a *Analyzer) companyOf(st *storyState, e int) int {
	org := -1
	for o, ok := range st.named {
		if !ok || a.isPerson[o] || a.isDeal[o] || !a.tiedTo(st, e, o) {
			continue
		}
		if org >= 0 {
			return -1
		}
		org = o
	}
	return org
}

// supporter is whom thanks by src with no one thanked answer ("X ने Y
// को … सौंपा। Y ने धन्यवाद कहा", "X ने Y की कंपनी को बधाई दी। Y ने
// लिखा- शुक्रिया"): the last entity the story recorded as supportive of
// src, else of the one organisation the story ties src to; -1 if none.
func (a *Analyzer) supporter(st *storyState, src int) int {
	if by, ok := st.supportedBy[src]; ok && by != src {
		return by
	}
	if o := a.companyOf(st, src); o >= 0 {
		if by, ok := st.supportedBy[o]; ok && by != src && by != o {
			return by
		}
	}
	return -1
}

// namesOtherIn reports a chunk of clause ci that names someone other
// than its agent e: anyone else, or e in another role (a name called
// out: "“एलन, … शुक्रिया”").
func (s *sentCtx) namesOtherIn(ci, e int) bool {
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && (c.ent != e || c.mk != mkAgent) {
			return true
		}
	}
	return false
}

// thanksWord reports a word of thanks (धन्यवाद, शुक्रिया, आभार).
func thanksWord(w string) bool {
	switch w {
	case "धन्यवाद", "शुक्रिया", "आभार", "thanks", "thank":
		return true
	}
	return false
}

// compoundPostpositionPart reports the second word of a compound
// postposition ("के लिए", "के बाद", "के साथ"): after a genitive it ends the
// phrase, so the noun after it is no owner's ("परियोजना के लिए कंपनी ने"),
// unlike an adjective or a quantifier ("X की नई/पूरी कंपनी").
func compoundPostpositionPart(w string) bool {
	switch w {
	case "लिए", "बाद", "पहले", "साथ", "खिलाफ", "बारे", "तरह", "जरिए", "दौरान", "बीच", "सामने", "तहत",
		"मुताबिक", "अनुसार", "बजाय", "बावजूद", "अलावा", "पास", "ओर", "तरफ", "विरुद्ध", "प्रति", "हवाले":
		return true
	}
	return false
}

// speakersOrg is the organisation whose words clause ci holds: its one
// speaker, an organisation, or the one organisation the story names that
// the speaker heads or works for; -1 outside reported speech.
func (a *Analyzer) speakersOrg(s *sentCtx, st *storyState, ci int) int {
	if ci < 0 || ci >= len(s.cls) || s.cls[ci].kind != ckContent {
		return -1
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 || a.isDeal[sp[0]] {
		return -1
	}
	if !a.isPerson[sp[0]] {
		return sp[0]
	}
	return a.companyOf(st, sp[0])
}

// personPair makes the story's pair two people when it is a person and
// the organisation another person named in the story heads ("X ने Y की
// कंपनी Z पर तंज कसा। दरअसल दोनों के रिश्ते तल्ख हैं": X and Y, not X
// and Z).
func (a *Analyzer) personPair(st *storyState) {
	if !st.hasPair {
		return
	}
	x, y := st.lastPair[0], st.lastPair[1]
	head := func(org int) int {
		p := -1
		for e := range a.isPerson {
			if a.isPerson[e] && st.named.has(e) && a.tiedTo(st, e, org) {
				if p >= 0 {
					return -1
				}
				p = e
			}
		}
		return p
	}
	switch {
	case a.isPerson[x] && !a.isPerson[y] && !a.isDeal[y]:
		if p := head(y); p >= 0 && p != x {
			st.lastPair[1] = p
		}
	case a.isPerson[y] && !a.isPerson[x] && !a.isDeal[x]:
		if p := head(x); p >= 0 && p != y {
			st.lastPair[0] = p
		}
	}
}

// buildEpithets indexes the watchlist's epithets and grounding.yaml's
// offices by their first word.
func buildEpithets(ents []watchlist.Entity) map[string][]epithet {
	gw, err := parseGroundingWords("grounding.yaml", groundingYAML)
	if err != nil {
		panic(err) // compiled in; TestGroundingWords rules this out
	}
	out := make(map[string][]epithet, len(gw.offices)+4*len(ents)+len(actDemonstratives))
	// "इस फैसले", "उस रैली": an act pointed back to (actAt).
	acts := newActNouns(gw.acts)
	for _, w := range actDemonstratives {
		out[w] = append(out[w], epithet{words: []string{w}, entity: -1, act: true, acts: acts})
	}
	for _, w := range gw.offices {
		out[w] = append(out[w], epithet{words: []string{w}, entity: -1, office: true})
	}
	for i, e := range ents {
		periods := e.EpithetPeriods
		if len(periods) == 0 {
			for _, x := range e.Epithets {
				periods = append(periods, watchlist.Epithet{Text: x})
			}
		}
		add := func(p watchlist.Epithet, kind bool) {
			vs := genitiveVariants(epithetWords(p.Text))
			if e.Type == watchlist.TypePerson {
				vs = directGenitive14(vs)
			}
			for _, ws := range vs {
				out[ws[0]] = append(out[ws[0]], epithet{words: ws, entity: i, period: p, always: p.From.IsZero() && p.Until.IsZero(), kind: kind})
			}
		}
		for _, p := range periods {
			add(p, false)
		}
		for _, p := range e.Kinds {
			add(p, true)
		}
	}
	// Longer phrases first: "कांग्रेस नेता" before "कांग्रेस".
	for w, eps := range out {
		sort.SliceStable(eps, func(x, y int) bool { return len(eps[x].words) > len(eps[y].words) })
		out[w] = eps
	}
	return out
}

// epithetWords are the normalised words of an epithet's text.
func epithetWords(text string) []string {
	n := hindi.NormalizeString(text)
	var ws []string
	for _, t := range hindi.Tokenize(nil, n) {
		if t.Kind == hindi.Word || t.Kind == hindi.Number {
			ws = append(ws, n[t.Start:t.End])
		}
	}
	return ws
}

// genitiveVariants are the ways Hindi writes a title of the shape "<A>
// के <role>": with के, with की (a woman's role: "डेमोक्रेटिक पार्टी की
// उम्मीदवार"), or with the genitive dropped ("टेस्ला प्रमुख"); a title
// "<A> <role>" is also written with के/की. The words as given come first;
// a title of one word, or with its genitive elsewhere, is as given.
func genitiveVariants(ws []string) [][]string {
	out := [][]string{ws}
	if len(ws) < 2 {
		return out
	}
	n := len(ws)
	head, role := ws[:n-1], ws[n-1]
	if len(ws) >= 3 && isGenitive(ws[n-2]) {
		head = ws[:n-2]
	} else if slices.ContainsFunc(ws, isGenitive) {
		return out
	}
	for _, g := range []string{"", "के", "की"} {
		v := append(slices.Clone(head), role)
		if g != "" {
			v = append(slices.Clone(head), g, role)
		}
		if !slices.Equal(v, ws) {
			out = append(out, v)
		}
	}
	return out
}

// epithIndex says which of a word's epithets (epithOf[id], in order)
// epithetAt's loop reads. The loop passes over a phrase of two or more
// words, not an office, whose second word is not the next token (nor a
// hyphen); a title word starts many such phrases (every holder's
// "राष्ट्रपति X …"), so for a long list pick gives only those the loop
// does not pass over, in the same order, and the loop's answer is the
// same. Built once in New (buildEpithIndex).
type epithIndex struct {
	office bool    // one of the epithets is an office (learnOffice)
	all    []int32 // every epithet: 0, 1, …
	// rest are the epithets read whatever the next word (one word, or
	// an office); bySecond[w] those and the phrases whose second word is
	// w, in order. bySecond is nil for a short list: all is read.
	rest     []int32
	bySecond map[string][]int32
	second37 [2]uint64 // bySecond's keys by secondSig37 (speed37.go)
}

// epithPick is the length from which an epithet list is narrowed by
// its second words (below it the loop's test costs less than a lookup).
const epithPick = 6

// pick is the epithets epithetAt's loop reads before the word next.
func (x *epithIndex) pick(next string) []int32 {
	if x.bySecond == nil || next == "-" {
		return x.all
	}
	if !x.maySecond37(next) {
		return x.rest // (no key of bySecond has next's signature)
	}
	if l, ok := x.bySecond[next]; ok {
		return l
	}
	return x.rest
}

// buildEpithIndex fills epithIdx from epithOf.
func (a *Analyzer) buildEpithIndex() {
	a.epithIdx = make([]epithIndex, len(a.epithOf))
	for id, eps := range a.epithOf {
		x := &a.epithIdx[id]
		for i, ep := range eps {
			x.office = x.office || ep.office
			x.all = append(x.all, int32(i))
		}
		if len(eps) < epithPick {
			continue
		}
		x.bySecond = map[string][]int32{}
		for _, ep := range eps {
			if len(ep.words) > 1 && !ep.office {
				x.bySecond[ep.words[1]] = nil
				x.noteSecond37(ep.words[1])
			}
		}
		for i, ep := range eps {
			read := len(ep.words) <= 1 || ep.office
			if read {
				x.rest = append(x.rest, int32(i))
			}
			for w, l := range x.bySecond {
				if read || ep.words[1] == w {
					x.bySecond[w] = append(l, int32(i))
				}
			}
		}
	}
}

// epithetAt matches an epithet at token k: the entity and its length.
// An epithet followed by a name is a role noun ("अमेरिकी राष्ट्रपति
// X"), not a reference.
//
// An office word followed by a name gives the story's office to that
// name (learnOffice) as the chunker passes it.
//
// The caller passes only words flagged fwEpithet; whether the word is an
// office is read off its epithet list (the one map lookup per word),
// not looked up again in the matcher's word classes.
func (a *Analyzer) epithetAt(s *sentCtx, k int, at time.Time) (int, int) {
	var eps []epithet
	var ix *epithIndex
	if id := s.wordID(k); id >= 0 {
		eps, ix = a.epithOf[id], &a.epithIdx[id]
	}
	if len(eps) > 0 && eps[0].act {
		return a.actAt(s, k)
	}
	if len(eps) > 0 && formerBefore16(s, k) {
		return -1, 0
	}
	if s.st != nil && ix != nil && ix.office {
		for i := range eps {
			if eps[i].office {
				a.learnOffice(s, s.st, k)
				break
			}
		}
	}
	// "पूर्व राष्ट्रपति ने" in a story that wrote "पूर्व राष्ट्रपति X":
	// the story's own title (learnTitles) comes before the watchlist's.
	if e, ok := a.storyTitle(s, k); ok {
		if e < 0 {
			return -1, 0
		}
		return e, 2
	}
	kindEnt, kindLen, kindTwo := -1, 0, false
	next := s.w(k + 1)
	var pick []int32
	if ix != nil {
		pick = ix.pick(next)
	}
	for _, i := range pick {
		ep := &eps[i] // (an epithet is large: not copied a turn)
		// A phrase whose second word is not the next one (nor a hyphen
		// before it) is not here: kindAt and the comparison below would
		// pass it over; so are the period's dates not read.
		if len(ep.words) > 1 && !ep.office && next != ep.words[1] && next != "-" {
			continue
		}
		if ep.office {
			// "… दिग्गज सांसद ने": the office with the story's word
			// before it.
			if e, ok := a.storyTitle(s, k-1); ok {
				if e >= 0 {
					return e, 1
				}
				continue
			}
			if e := a.officeAt(s, k); e >= 0 {
				return a.officeOrKind33c(s, k, e, eps, at) // "अरबपति निवेशक ने" (inv33c.go)
			}
			continue
		}
		if !ep.always && !ep.period.At(at) {
			continue
		}
		if ep.kind {
			// Kinds are weighed together after the loop: the longest
			// phrase, and only one named entity that has it.
			if n := a.kindAt(s, k, ep); n > kindLen {
				kindEnt, kindLen, kindTwo = ep.entity, n, false
			} else if n > 0 && n == kindLen && ep.entity != kindEnt {
				kindTwo = true
			}
			continue
		}
		// eps are word k's (epithOf by its id): every epithet's first
		// word is word k, and its other words are compared from k+1.
		j := k + 1
		ok := true
		for _, w := range ep.words[1:] {
			// "सह-संस्थापक" is tokenised with its hyphen.
			if s.w(j) == "-" && s.isWord(j+1) {
				j++
			}
			if j >= s.sn.b || s.f.words[j] != w {
				ok = false
				break
			}
			j++
		}
		// "प्रधानमंत्री अडानी की जांच …": a title is one entity's at a
		// time (the watchlist's epithets are facts), so another tracked
		// name right after it is not its holder's name but the next
		// phrase; the title stands for its own holder. (Session 28: so
		// does a title coordinated with a name, "प्रधानमंत्री और X".)
		if !ok || (s.mentionAt(j) && !a.otherHolder(s, j, ep.entity)) || s.mentionAt(j+1) && s.flag(j)&(fwPostposition|fwAnd) == 0 && s.isWord(j) && !honorific30(s.w(j)) {
			continue
		}
		// "किसी प्रधानमंत्री ने", "एक पूर्व राष्ट्रपति": not a reference.
		if p := k - 1; p >= s.sn.a && s.isWord(p) && a.matcher.classAt(s.f, p)&ncDeterminer != 0 {
			continue
		}
		// "राज्यसभा में नेता प्रतिपक्ष" where the watchlist gives only
		// "लोकसभा में नेता प्रतिपक्ष": another house's office.
		if a.otherHouse18(s, k, ep) {
			continue
		}
		// "प्रधानमंत्री कीर स्टार्मर", "प्रधानमंत्री आवास योजना": the title
		// of a name, or part of one, that is not the entity.
		if j < s.sn.b && s.isWord(j) && !s.mentionAt(j) && a.matcher.adjacent(s.f, j-1, j) && a.nameAfterTitle(s, j) && !titleSubject35b(s, k, j) {
			continue
		}
		// A one-word epithet ("प्रधानमंत्री") is not the entity's in a
		// story that gave the office to someone else, nor as another
		// office ("ब्रिटेन के प्रधानमंत्री", "पूर्व प्रधानमंत्री").
		if len(ep.words) == 1 {
			if s.st != nil {
				if o, given := s.st.offices[ep.words[0]]; given && o != ep.entity {
					continue
				}
			}
			if a.otherOffice(s, k) {
				continue
			}
		}
		if p, e := a.roleOf(s, ep.entity, j); p >= 0 {
			return p, e - k
		}
		return ep.entity, j - k
	}
	if kindEnt >= 0 {
		key := strings.Join(s.f.words[k:k+kindLen], " ")
		if s.st != nil {
			if o, given := s.st.offices[key]; given {
				// The story gave the description: to a tracked person
				// ("अरबपति एलन मस्क") or to someone untracked.
				if o >= 0 {
					return o, kindLen
				}
				return -1, 0
			}
		}
		if !kindTwo {
			if p, e := a.roleOf(s, kindEnt, k+kindLen); p >= 0 {
				return p, e - k
			}
			return kindEnt, kindLen
		}
	}
	return -1, 0
}

// roleOf reads a role noun after an organisation's epithet or kind ending
// at j ("चैटजीपीटी बनाने वाली कंपनी के सीईओ", "इलेक्ट्रिक कार कंपनी के
// मालिक"): the person the watchlist's titles tie to the organisation,
// when the story names them, else the holder of a watchlist title these
// very words spell (titleHolder18), and the end of the role; -1
// otherwise, or when a name follows the role (that name holds it).
func (a *Analyzer) roleOf(s *sentCtx, org, j int) (int, int) {
	if org < 0 || a.isPerson[org] || a.isDeal[org] || s.st == nil {
		return -1, 0
	}
	r := j
	if isGenitive(s.w(r)) {
		r++
	}
	r = coRole17(s, r)
	if r >= s.sn.b || s.flag(r)&fwRoleNoun == 0 || s.mentionAt(r+1) || s.isWord(r+1) && a.matcher.nameLike(s.f, r+1) && a.matcher.adjacent(s.f, r, r+1) {
		return -1, 0
	}
	p := -1
	for pr := range a.affil {
		if pr[1] == org && a.isPerson[pr[0]] && s.st.named.has(pr[0]) {
			if p >= 0 && p != pr[0] {
				return -1, 0
			}
			p = pr[0]
		}
	}
	if p < 0 {
		p = a.titleHolder18(s, s.mentionStartEnding18(org, j), r+1)
	}
	return p, r + 1
}

// coRole17 skips a "सह" and its hyphen before a role word at r ("ओरेकल के
// सह-संस्थापक ने": the tokeniser splits the hyphen off, and the role is
// the head word after it; session 17). r unchanged otherwise.
func coRole17(s *sentCtx, r int) int {
	if s.w(r) == "सह" && s.w(r+1) == "-" && s.flag(r+2)&fwRoleNoun != 0 {
		return r + 2
	}
	return r
}

// kindAt matches a kind (a shared description) at token k and returns
// its length, or 0. It matches only as a definite reference: not with a
// name or tracked mention right after it (then the story gives the
// description to that name, which is learnt), not after a determiner
// ("एक अरबपति", "कई कांग्रेस नेता") and not qualified as someone else's
// (after a genitive, title or name: "भारत के राष्ट्रपति", "वरिष्ठ कांग्रेस
// नेता"); and only for an entity the story names.
func (a *Analyzer) kindAt(s *sentCtx, k int, ep *epithet) int {
	if s.st == nil {
		return 0
	}
	// ep is one of word k's epithets (epithetAt): its first word is word
	// k; the others are compared from k+1.
	j := k + 1
	for _, w := range ep.words[1:] {
		if s.w(j) == "-" && s.isWord(j+1) {
			j++
		}
		if j >= s.sn.b || s.f.words[j] != w || s.inMention(j) {
			return 0
		}
		j++
	}
	key := strings.Join(s.f.words[k:j], " ")
	if j < s.sn.b && s.isWord(j) && a.matcher.adjacent(s.f, j-1, j) && (s.mentionAt(j) || a.nameAfterTitle(s, j)) {
		if !a.pairAfterKind(s, k, j) {
			a.learnKind(s, key, j)
		}
		return 0
	}
	if p := k - 1; p >= s.sn.a && s.isWord(p) && a.matcher.classAt(s.f, p)&ncDeterminer != 0 {
		return 0
	}
	if a.otherOffice(s, k) {
		return 0
	}
	if _, given := s.st.offices[key]; !given {
		// "इलेक्ट्रिक कार कंपनी के मालिक": the role's holder may be
		// named without the organisation.
		if p, _ := a.roleOf(s, ep.entity, j); !s.st.named.has(ep.entity) && p < 0 {
			return 0
		}
		// A one-word description ("राष्ट्रपति") points back only: to
		// someone named before it, never ahead ("राष्ट्रपति के अभिभाषण
		// …" in a story that names a foreign president later).
		if len(ep.words) == 1 && !a.namedBefore(s, ep.entity, k) {
			return 0
		}
	}
	return j - k
}

// pairAfterKind reports a description at k followed at j by a pair of
// tracked names ("कांग्रेस के शहजादे अंबानी-अडानी का नाम जपते रहे",
// "… अंबानी और अडानी …") whose first is a person the watchlist does not
// give the description: one title is not both names', and this one is not
// even the first's, so the names are the next phrase and the story gives
// the description to nobody here (a later "शहजादे" is still read by the
// watchlist's kinds).
func (a *Analyzer) pairAfterKind(s *sentCtx, k, j int) bool {
	e := s.mentionEnt(j)
	if e < 0 || !a.isPerson[e] {
		return false
	}
	n := s.mentionEnd(j)
	switch s.w(n) {
	case "-", "और", "व", "एवं", "तथा":
	default:
		return false
	}
	if o := s.mentionEnt(n + 1); o < 0 || o == e {
		return false
	}
	if id := s.wordID(k); id >= 0 {
		for _, ep := range a.epithOf[id] {
			if ep.kind && ep.entity == e && s.hasWords(k, ep.words) {
				return false
			}
		}
	}
	return true
}

// hasWords reports whether the sentence holds the words ws from token k
// on (a hyphen between them skipped, as kindAt reads them).
func (s *sentCtx) hasWords(k int, ws []string) bool {
	for i, w := range ws {
		if i > 0 && s.w(k) == "-" && s.isWord(k+1) {
			k++
		}
		if k >= s.sn.b || s.f.words[k] != w {
			return false
		}
		k++
	}
	return true
}

// nameAfterTitle reports a name-like word at j after a title: not a word
// the lexicon reads (an evaluation, a frame, a function word: "कांग्रेस
// नेता नासमझ हैं" gives the title to nobody).
func (a *Analyzer) nameAfterTitle(s *sentCtx, j int) bool {
	return s.flag(j) == 0 && a.matcher.nameLike(s.f, j)
}

// namedBefore reports whether the story names entity e before token k of
// the sentence: in an earlier sentence, or earlier in this one.
func (a *Analyzer) namedBefore(s *sentCtx, e, k int) bool {
	if s.st.seen.has(e) {
		return true
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tok < k && m.entity == e {
			return true
		}
	}
	return false
}

// learnKind records the entity a description at its end j gives itself
// to: the tracked person mentioned at j, or -1 for an untracked name (then
// the description is nobody's in this story), or -1 when the story gave
// it to two people.
func (a *Analyzer) learnKind(s *sentCtx, key string, j int) {
	st := s.st
	e := -1
	if s.mentionAt(j) {
		for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
			if m.tok == j {
				e = m.entity
				break
			}
		}
		if e >= 0 && !a.isPerson[e] {
			return // "अरबपति टेस्ला …": not a name
		}
	}
	if st.offices == nil {
		st.offices = map[string]int{}
	}
	if o, ok := st.offices[key]; ok && o != e {
		e = -1
	}
	st.offices[key] = e
}

// officeAt reads an office word alone at token k ("… राष्ट्रपति ने कहा")
// as the tracked person the story gave it, or -1. Not when a name follows
// (that is the role of the name), nor after a genitive, a title or a
// name ("भारत के राष्ट्रपति", "पूर्व राष्ट्रपति", "टेस्ला सीईओ"): those are
// other offices.
func (a *Analyzer) officeAt(s *sentCtx, k int) int {
	if s.st == nil || len(s.st.offices) == 0 {
		return -1
	}
	e, ok := s.st.offices[s.f.words[k]]
	if !ok || e < 0 {
		return -1
	}
	if n := k + 1; n < s.sn.b && (s.mentionAt(n) || s.isWord(n) && a.matcher.nameLike(s.f, n)) {
		return -1
	}
	if a.otherOffice(s, k) {
		return -1
	}
	// "एक अरबपति ने", "किसी राष्ट्रपति ने": someone, not the one named.
	if p := k - 1; p >= s.sn.a && s.isWord(p) && a.matcher.classAt(s.f, p)&ncDeterminer != 0 {
		return -1
	}
	return e
}

// mentionEnt is the entity of the mention starting at token k, or -1.
func (s *sentCtx) mentionEnt(k int) int {
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tok == k {
			return m.entity
		}
	}
	return -1
}

// otherHolder reports a tracked mention at token j that cannot be the
// name of a title held by entity e: another tracked entity, right after
// the title ("प्रधानमंत्री अडानी की जांच नहीं करवा सकते": the prime
// minister, then Adani).
func (a *Analyzer) otherHolder(s *sentCtx, j, e int) bool {
	m := s.mentionEnt(j)
	return m >= 0 && m != e && a.matcher.adjacent(s.f, j-1, j)
}

// heldByOther reports an office word at k that is, on the story's date, a
// watchlist title of a tracked entity other than e: "प्रधानमंत्री अडानी"
// gives the office to nobody.
func (a *Analyzer) heldByOther(s *sentCtx, k, e int) bool {
	id := s.wordID(k)
	if id < 0 || s.st == nil {
		return false
	}
	for _, ep := range a.epithOf[id] {
		if !ep.office && !ep.kind && !ep.act && ep.entity >= 0 && ep.entity != e && len(ep.words) == 1 && ep.period.At(s.st.published) {
			return true
		}
	}
	return false
}

// otherOffice reports an office word at k qualified as someone else's:
// after a genitive, a title or a name ("भारत के राष्ट्रपति", "पूर्व
// राष्ट्रपति", "ब्रिटिश प्रधानमंत्री", "टेस्ला सीईओ").
func (a *Analyzer) otherOffice(s *sentCtx, k int) bool {
	p := k - 1
	if p < s.sn.a || !s.isWord(p) {
		return false
	}
	w := s.f.words[p]
	return isGenitive(w) || s.inMention(p) || a.matcher.classAt(s.f, p)&(ncTitle|ncOffice) != 0 || a.matcher.nameLike(s.f, p)
}

// bodyOffices reads the offices a body gives by "<office> <name>"
// before the headline is read ("प्रधानमंत्री ने …" over a body about
// "ब्रिटेन के प्रधानमंत्री कीर स्टार्मर"): as learnOffice, an office
// given to a tracked person is theirs, to an untracked name or to two
// people nobody's (-1). The headline's bare office then is not the
// tracked holder when the body gives it to someone untracked. out, when
// not nil, is an empty map to fill (the caller's, kept between stories);
// nil: one is made when an office is found.
func (a *Analyzer) bodyOffices(f *field, published time.Time, out map[string]int) map[string]int {
	mi := 0
	// With the field's title tokens known, only they are tried.
	tt, ti := f.titleToks, 0
	for k := 0; k+1 < len(f.words); k++ {
		if f.titled {
			if ti >= len(tt) {
				break
			}
			if k, ti = int(tt[ti]), ti+1; k+1 >= len(f.words) {
				break
			}
		}
		if f.toks[k].Kind != hindi.Word || a.matcher.classAt(f, k)&ncOffice == 0 || !a.matcher.adjacent(f, k, k+1) {
			continue
		}
		for mi < len(f.mentions) && f.mentions[mi].tok < k+1 {
			mi++
		}
		e := -2
		switch {
		case mi < len(f.mentions) && f.mentions[mi].tok == k+1:
			e = f.mentions[mi].entity
			if !a.isPerson[e] {
				continue
			}
			held := false
			for _, ep := range a.epithets[f.words[k]] {
				if !ep.office && !ep.kind && !ep.act && ep.entity >= 0 && ep.entity != e && len(ep.words) == 1 && ep.period.At(published) {
					held = true
				}
			}
			if held {
				continue
			}
		case a.matcher.nameLike(f, k+1):
			if formerOffice36(f, k) {
				continue
			}
			e = -1
		default:
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		w := f.words[k]
		if o, ok := out[w]; ok && o != e {
			e = -1
		}
		out[w] = e
	}
	return out
}

// learnOffice records the office an office word at k gives: "<office>
// <tracked person>" gives it to them, "<office> <name-like word>" to
// someone untracked (then it is nobody's).
func (a *Analyzer) learnOffice(s *sentCtx, st *storyState, k int) {
	if k+1 >= s.sn.b || !a.matcher.adjacent(s.f, k, k+1) {
		return
	}
	e := -2
	switch {
	case s.mentionAt(k + 1):
		for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
			if m.tok == k+1 {
				e = m.entity
				break
			}
		}
		if e < 0 || !a.isPerson[e] || a.heldByOther(s, k, e) {
			return
		}
	case a.matcher.nameLike(s.f, k+1):
		if formerOffice36(s.f, k) {
			return
		}
		e = -1
	default:
		return
	}
	w := s.f.words[k]
	if st.offices == nil {
		st.offices = map[string]int{}
	}
	if o, ok := st.offices[w]; ok && o != e {
		e = -1
	}
	st.offices[w] = e
}

// resolve fills the entity of every pronoun chunk of a sentence.
func (a *Analyzer) resolve(s *sentCtx, st *storyState) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron == 0 && !c.epith {
			a.orgRole(s, c)
			continue
		}
		if c.pron == 0 || c.epith {
			continue
		}
		switch c.pron {
		case fwAgentPron, fwSubjPron:
			// "Y का बयान चलाया गया, जिसमें उन्होंने कहा …": the
			// record's author (ref220.go).
			if e := a.relRecordOwner20(s, i); e >= 0 {
				c.ent = e
				continue
			}
			// "X कह चुके हैं कि उन्होंने …": in someone's words,
			// the speaker.
			if cl := &s.cls[c.clause]; cl.kind == ckContent {
				sp := a.speakers(s, c.clause, st, nil)
				// "सॉफ्टबैंक ने कहा कि वह …": a singular pronoun in an
				// organisation's words is the organisation.
				if len(sp) == 1 && !a.isPerson[sp[0]] && !a.isDeal[sp[0]] && !cl.quoted && singularSubj(s.w(c.tok)) {
					c.ent = sp[0]
					continue
				}
				if len(sp) == 1 && a.isPerson[sp[0]] {
					// "X ने कहा- Y से रिश्ते अच्छे, वे हमारे साझेदार": words
					// in the first person are the speaker's own; a plural
					// third person in them is the one named in them.
					if !cl.quoted && c.pron == fwSubjPron && !singularSubj(s.w(c.tok)) && firstPersonSpeech(s) {
						if e := a.namedInSpeech(s, i, sp[0]); e >= 0 {
							c.ent = e
							continue
						}
					}
					if !cl.quoted {
						c.ent = sp[0]
						// "X ने कहा कि Y …, लेकिन उन्होंने …": the subject of
						// the words before carries on (subjectCarried22).
						if e := a.subjectCarried22(s, i, sp[0]); e >= 0 {
							c.ent = e
							continue
						}
						// "X ने Y की तारीफ करते हुए कहा कि उन्होंने …":
						// the one the speaker was acting on.
						if t := a.participleTarget(s, cl.parent, sp[0]); t >= 0 && !a.hasObjectPron(s, c.clause) {
							c.ent = t
						}
						// "X को लेकर/के बारे में उन्होंने कहा कि वह …":
						// वह is the one the words are about.
						if c.pron == fwSubjPron && singularSubj(s.w(c.tok)) {
							if t := a.speechTopic(s, c.clause, sp[0]); t >= 0 {
								c.ent = t
							}
						} else if t := a.namedTopic(s, c.clause, sp[0]); t >= 0 && !a.hasObjectPron(s, c.clause) {
							c.ent = t
						}
						continue
					}
					// In quoted words the speaker says मैं: वह is
					// someone else — else the one spoken about.
					// Someone untracked named by an office before it
					// is that one (ref220.go).
					if c.pron == fwSubjPron && s.untrackedOfficeBefore20(c.tok) {
						c.ent = -1
						continue
					}
					// "“कुछ फंड मैनेजर … । वे घटिया लोग हैं”": a
					// group of many named in the quote (quote37.go).
					if s.groupPron37(c.tok) {
						c.ent = -1
						continue
					}
					c.ent = a.nearestBefore(s, st, c.tok, sp[0], true)
					if t := a.topicOf(s, cl.parent); t >= 0 && (c.ent < 0 || !s.chunkBefore(c.tok, c.ent)) {
						c.ent = t
					}
					continue
				}
			}
			// "मंत्रालय ने कहा कि वह …": in the words of someone
			// untracked, they speak of themselves.
			if cl := &s.cls[c.clause]; cl.kind == ckContent && !cl.quoted && cl.parent >= 0 && (untrackedAgent(s, cl.parent) || s.unresolvedAgent(cl.parent)) {
				c.ent = -1
				continue
			}
			// "X ने … नींव रखी थी, लेकिन 2018 में उन्होंने …": the
			// agent earlier in the sentence, else the story's last.
			c.ent = st.lastAgent
			// "X ने …। मंत्री ने कहा कि …। उन्होंने …": someone
			// untracked spoke since.
			other := st.untrackedAgent || a.untrackedSince(s, st)
			if other {
				c.ent = -1
			}
			for j := i - 1; j >= 0; j-- {
				if o := s.chunks[j]; o.pron == 0 && o.ent >= 0 && a.isPerson[o.ent] && (o.mk == mkAgent || a.conjunctSubject(s, o, *c)) {
					c.ent = o.ent
					break
				}
			}
			if c.ent < 0 && !other {
				c.ent = a.nearestBefore(s, st, c.tok, -1, true)
			}
			if o := a.orgSubjectBefore(s, i); o >= 0 {
				c.ent = o
			} else if o := a.orgBeforeSingular11(s, i); o >= 0 {
				c.ent = o
			} else if o := a.orgAgentBefore34b(s, st, i); o >= 0 {
				c.ent = o // "X ने …। उसने कहा कि …" (reject34b.go)
			}
			// "… पूर्व राष्ट्रपति फ्लोरिडा में हैं। उन्होंने कहा कि ट्रंप
			// देश को …": a pronoun is not someone its own clause, or the
			// words it says, names — they are another person.
			if c.ent >= 0 && a.namedUnder(s, i, c.ent) {
				c.ent = a.nearestBefore(s, st, c.tok, c.ent, true)
			}
		case fwRelAgent:
			// "…, जिन्होंने …": the name right before the relative.
			c.ent = -1
			if c.actRel {
				c.ent = hostAgent22(s, i)
				continue
			}
			for j := i - 1; j >= 0; j-- {
				if s.chunks[j].pron == 0 && s.chunks[j].end <= c.tok {
					if !relAgentBlocked14(s, s.chunks[j], c.tok) {
						c.ent = s.chunks[j].ent
					}
					break
				}
			}
		case fwGenPron:
			c.ent = -1 // resolved against the clause's source when read
			// "X ने Y पर उनके खिलाफ … का आरोप लगाया": the accuser
			// (refer19.go).
			if e := a.chargeSelf19(s, i); e >= 0 {
				c.ent, c.mk = e, mkMod
				continue
			}
			// "उनका कहना है कि …", "उनका आरोप है": the doer of a speech or
			// a charge is the story's last agent.
			if c.mk == mkGen && c.head >= 0 {
				if e, _ := a.matchAt(s, c.head, entFrame); e != nil && e.frame.GenSource {
					c.ent = a.accordingPron33a(s, st) // (inv33a.go)
				}
			}
			// "उनके मुताबिक/अनुसार …": the words are the story's last
			// agent's, as with a name ("X के मुताबिक").
			if c.mk == mkAccording {
				switch s.w(c.tok) {
				case "उनके", "इनके", "उन्हीं", "उनकी":
					c.ent = a.accordingPron33a(s, st) // (inv33a.go)
				}
			}
			if c.ent < 0 {
				c.ent = a.disputeOwner36(s, st, i) // "Y के साथ उनका झगड़ा" (refer36.go)
			}
			if c.ent < 0 && i > 0 {
				c.ent = a.relationOwner(s, st, i)
			}
			if c.ent < 0 {
				c.ent = a.correlativeDoer30(s, i) // (corr30.go)
			}
		case fwTargetPron:
			c.ent = -1 // resolved against the clause's source when read
			// "उनसे माफी मांगी", "इनसे सवाल किया": the pronoun
			// carries its own से.
			switch s.w(c.tok) {
			case "उनसे", "इनसे", "उससे", "इससे":
				c.mk = mkSe
			}
		case fwRoleNoun:
			// "मेटा सीईओ ने": the person the story gave that role.
			org := c.ent
			c.ent = -1
			// "टेस्ला प्रमुख ने कहा कि … कंपनी को …": the organisation
			// stays the one "कंपनी" means.
			if org >= 0 {
				st.lastOrg = org
			}
			for p := range st.affil {
				if p[1] == org && a.isPerson[p[0]] {
					c.ent = p[0]
					break
				}
			}
			// The watchlist's titles: "टेस्ला प्रमुख" is Musk's — when
			// the story names him.
			if c.ent < 0 {
				for p := range a.affil {
					if p[1] == org && a.isPerson[p[0]] && st.named.has(p[0]) {
						c.ent = p[0]
						break
					}
				}
			}
			// Never named: the title's holder when the words are one
			// of the watchlist's titles (titleHolder18).
			if c.ent < 0 && org >= 0 {
				c.ent = a.titleHolder18(s, c.tok, c.end)
			}
		case fwOrgNoun:
			if e := s.ledGroup37(i); e >= 0 {
				c.ent = e // "Y के नेतृत्व वाले निवेशक समूह" (reject37.go)
				continue
			}
			if c.owned && ownPronAgent22(s, c.tok) {
				c.ent = a.ownCompanyAgent22(s, st, c)
				continue
			}
			// "परियोजना के लिए कंपनी ने", "इसके बाद कंपनी ने": a compound
			// postposition before the noun, not an owner's genitive.
			if c.owned && c.tok-1 >= s.sn.a && compoundPostpositionPart(s.f.words[c.tok-1]) {
				c.owned = false
			}
			if c.owned {
				// possessorsOrgChunks' chunks come resolved.
				if o := a.ownersOrg(s, st, i); o >= 0 || c.ent < 0 {
					c.ent = o
				}
				continue
			}
			// "एक (एआई) कंपनी ने": some company, not one named.
			if a.indefinite(s, c.tok) {
				c.ent = -1
				continue
			}
			// "… गूगल … पर कंपनी को आड़े हाथों लिया": the nearest
			// organisation, in the sentence or before it.
			c.ent = st.lastOrg
			if c.ent < 0 && s.bareOrgNoun36(c) {
				c.ent = st.titleOrg36 // (mutual36.go)
			}
			for j := i - 1; j >= 0; j-- {
				o := s.chunks[j]
				if o.pron == 0 && o.ent >= 0 && !a.isPerson[o.ent] && !a.isDeal[o.ent] && o.mk != mkPlace {
					c.ent = o.ent
					break
				}
			}
			// "ओरेकल के सह-संस्थापक X उत्साहित हैं। कंपनी ने पुष्टि की
			// कि उसने …": an agent with no organisation named as a
			// subject or agent before it is the one company the story
			// ties to the person named last (his company as a role's
			// genitive), while the story has named no other
			// organisation. Not a noun in another role ("सरकार को
			// स्टार्टअप की तरह चलाना").
			if c.ent < 0 && c.mk == mkAgent {
				o := -1
				for j := len(st.recent) - 1; j >= 0; j-- {
					if e := st.recent[j]; a.isPerson[e] {
						o = a.companyOf(st, e)
						break
					}
				}
				// Only while no other organisation has been named
				// ("मस्क ने ओपनएआई और एक्सएआई की तुलना की। एआई कंपनी
				// ने …" is either).
				for _, e := range st.recent {
					if e != o && !a.isPerson[e] && !a.isDeal[e] {
						o = -1
					}
				}
				c.ent = o
			}
			// "X के चेयरमैन Y ने कहा कि Z के साथ काम करना समूह के लिए
			// गर्व की बात है": in the words of someone who heads or
			// speaks for an organisation, "कंपनी"/"समूह" is that
			// organisation, not another one named nearer.
			if o := a.speakersOrg(s, st, c.clause); o >= 0 && c.ent >= 0 {
				c.ent = o
			}
			a.orgHead(s, c)
		case fwBoth, fwRecip:
			c.ent = -1 // a pair, read by the clause
			if c.pron == fwBoth {
				a.bothPrev36(s, st) // the two of the sentence before (polarity36.go)
				a.personPair(st)
			}
		}
	}
	a.learnUntracked(s, st)
	a.demonstratives(s)
	a.proxies(s)
	a.bind(s, st)
	a.agree(s, st)
	a.pluralPair(s, st)
	a.describedRefs11(s, st)
}

// demonstratives drop the chunk of वह/वे before a noun of a person that
// a relative clause defines ("… कि Y ही वह व्यक्ति हैं जो …", "वे लोग
// जिन्होंने …"): a demonstrative of the description, not a pronoun of
// someone named before (the readers would ground it to the nearest
// other person).
func (a *Analyzer) demonstratives(s *sentCtx) {
	// The first chunk dropped, found without copying any (most
	// sentences drop none: speed24.go).
	first := -1
	for i := range s.chunks {
		if c := &s.chunks[i]; c.pron == fwSubjPron && c.end == c.tok+1 && a.describedPerson(s, c.tok) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	out := s.chunks[:first]
	for _, c := range s.chunks[first+1:] {
		if c.pron == fwSubjPron && c.end == c.tok+1 && a.describedPerson(s, c.tok) {
			continue
		}
		out = append(out, c)
	}
	s.chunks = out
	s.indexClauses()
}

// describedPerson reports वह/वो/वे at k before a person noun that a
// relative pronoun follows within three words.
func (a *Analyzer) describedPerson(s *sentCtx, k int) bool {
	switch s.w(k) {
	case "वह", "वो", "वे":
	default:
		return false
	}
	n := k + 1
	if n >= s.sn.b {
		return false
	}
	switch s.w(n) {
	case "व्यक्ति", "शख्स", "इंसान", "आदमी", "लोग", "शख्सियत", "नेता", "कारोबारी", "उद्योगपति", "अरबपति":
	default:
		return false
	}
	for j := n + 1; j < s.sn.b && j <= n+3; j++ {
		switch s.w(j) {
		case "जो", "जिसने", "जिन्होंने", "जिसे", "जिन्हें", "जिसका", "जिसकी", "जिसके", "जिनके", "जिनकी", "जिनका":
			return true
		}
	}
	return false
}

// learnUntracked records the surnames of untracked people named with a
// title ("वर्मोंट के सीनेटर बर्नी सैंडर्स ने") in the field up to the end
// of this sentence, from where it last read: the sentences before that
// had no chunk were not resolved.
func (a *Analyzer) learnUntracked(s *sentCtx, st *storyState) {
	from := 0
	if st.scanF == s.f {
		from = st.scanEnd
	}
	f := s.f
	word := func(k int) bool { return f.toks[k].Kind == hindi.Word }
	// With the field's title tokens known, only they are tried.
	tt, ti := f.titleToks, 0
	if f.titled {
		ti, _ = slices.BinarySearch(tt, int32(from))
	}
	for j := from; j+2 < s.sn.b && j+2 < len(f.words); j++ {
		if f.titled {
			if ti >= len(tt) {
				break
			}
			if j, ti = int(tt[ti]), ti+1; j+2 >= s.sn.b || j+2 >= len(f.words) {
				break
			}
		}
		if !word(j) || a.matcher.classAt(f, j)&(ncTitle|ncOffice) == 0 || !word(j+1) || !word(j+2) {
			continue
		}
		// "राष्ट्रपति जो बाइडन": a given name that is also a function
		// word (grounding.yaml titled_given_names).
		// (The tests on j+2 first: the map is read for fewer words.)
		if !a.matcher.adjacent(f, j+1, j+2) || !a.matcher.nameLike(f, j+2) || a.fieldFlags(f, j+2) != 0 {
			continue
		}
		if given := a.matcher.titledGiven[f.words[j+1]]; !given && (!a.matcher.nameLike(f, j+1) || a.fieldFlags(f, j+1) != 0) {
			continue
		}
		if j+3 < len(f.words) && !isPostposition(f.words[j+3]) {
			continue
		}
		if a.inMentionField(f, j+1) || a.inMentionField(f, j+2) {
			continue
		}
		st.untracked[f.words[j+2]] = true
	}
	st.scanF, st.scanEnd = f, s.sn.b
}

// inMentionField reports token k inside one of the field's mentions.
func (a *Analyzer) inMentionField(f *field, k int) bool {
	for _, m := range f.mentions {
		if m.tok <= k && k < m.tokEnd {
			return true
		}
	}
	return false
}

// pluralPronoun reports the pronouns that may be plural (उन्होंने, उनकी,
// वे …): in Hindi they are as often one person, honoured.
func pluralPronoun(w string) bool {
	switch w {
	case "उन्होंने", "उनका", "उनकी", "उनके", "उन्हें", "उनसे", "वे", "इन्होंने", "इनका", "इनकी", "इनके":
		return true
	}
	return false
}

// pluralPair reads a plural pronoun as the story's last coordinated
// pair ("X और Y ने …। उन्होंने एक-दूसरे की तारीफ की", "… उनकी
// साझेदारी", "उनके बीच") when a plural cue follows it: a reciprocal in
// its clause, दोनों right after it, or (a genitive) a noun of a relation
// between two (grounding.yaml pair_heads). The pronoun then stands for
// both: a second chunk of the same group. Without a cue it stays one
// person (the honorific reading).
func (a *Analyzer) pluralPair(s *sentCtx, st *storyState) {
	added := false
	for i := 0; i < len(s.chunks); i++ {
		c := &s.chunks[i]
		if c.pron == 0 || c.end != c.tok+1 || !pluralPronoun(s.w(c.tok)) {
			continue
		}
		// This sentence's own pair before the pronoun, else the last
		// sentences'.
		g, ok := a.groupBefore(s, c.tok)
		plural := false
		if pg, pok := a.pluralGroup(s, c.tok); pok {
			g, ok, plural = pg, true, true
		}
		if !ok {
			g, ok = st.group, st.hasGroup && s.nsent-st.groupSent <= 2
		}
		if !ok || !plural && !a.pluralCue(s, i) {
			continue
		}
		c.ent = g[0]
		d := *c
		d.ent = g[1]
		s.chunks = slices.Insert(s.chunks, i+1, d)
		i++
		added = true
	}
	if added {
		s.indexClauses()
	}
	// Remember this sentence's last pair for the sentences after.
	if g, ok := a.groupBefore(s, s.sn.b); ok {
		st.group, st.hasGroup, st.groupSent = g, true, s.nsent
	}
}

// groupBefore is the last coordinated pair of names ending by token k:
// one group of exactly two tracked entities, no pronoun, not counting a
// name that qualifies a later one of the group ("X और गूगल के Y": X and
// Y).
func (a *Analyzer) groupBefore(s *sentCtx, k int) ([2]int, bool) {
	var g [2]int
	ok := false
	var buf [8]int // (a group's entities: few, kept off the heap)
	for i := 0; i < len(s.chunks); {
		grp := s.chunks[i].group
		ents := buf[:0]
		j := i
		for ; j < len(s.chunks) && s.chunks[j].group == grp; j++ {
			c := &s.chunks[j] // (read only: not copied a turn)
			if c.pron != 0 || c.ent < 0 || c.end > k || c.mk == mkPlace {
				continue
			}
			if j+1 < len(s.chunks) && s.chunks[j+1].group == grp && c.end < s.sn.b && isGenitive(s.w(c.end)) {
				continue // a qualifier of the next name
			}
			ents = appendNew(ents, c.ent)
		}
		if len(ents) == 2 {
			g, ok = [2]int{ents[0], ents[1]}, true
		}
		i = j
	}
	return g, ok
}

// pluralGroup is the sentence's last pair of tracked names before token
// k written as a plural itself: the two joined by और (each perhaps with
// जी) and followed by दोनों or by जैसे/जैसी and a class of people ("अडानी
// जी और अंबानी जी जैसे उद्योगपतियों ने …, उनका अपमान …", "X और Y दोनों
// ने …, उन्हें …"). A plural pronoun after it in the sentence is the pair.
func (a *Analyzer) pluralGroup(s *sentCtx, k int) ([2]int, bool) {
	var g [2]int
	ok := false
	prev := -1
	for i, c := range s.chunks {
		if c.pron != 0 || c.ent < 0 || c.end > k || c.mk == mkPlace {
			continue
		}
		if prev >= 0 {
			p := s.chunks[prev]
			if p.ent != c.ent && a.joined(s, p.end, c.tok) {
				e := c.end
				if s.w(e) == "जी" {
					e++
				}
				switch s.w(e) {
				case "दोनों", "जैसे", "जैसी":
					if e < k {
						g, ok = [2]int{p.ent, c.ent}, true
					}
				}
			}
		}
		prev = i
	}
	return g, ok
}

// joined reports tokens [from, to) that join two names as a pair: और (or
// व, एवं, तथा), each side perhaps with an honorific जी.
func (a *Analyzer) joined(s *sentCtx, from, to int) bool {
	if s.w(from) == "जी" {
		from++
	}
	if to != from+1 {
		return false
	}
	switch s.w(from) {
	case "और", "व", "एवं", "तथा":
		return true
	}
	return false
}

// pluralCue reports a cue that pronoun chunk i is plural: a reciprocal
// after it in its clause ("उन्होंने एक-दूसरे पर …"), दोनों right after
// it ("वे दोनों"), or for a genitive a relation noun right after it
// ("उनकी साझेदारी", "उनके रिश्ते", "उनके बीच").
func (a *Analyzer) pluralCue(s *sentCtx, i int) bool {
	c := s.chunks[i]
	if n := c.end; n < s.sn.b && s.isWord(n) {
		if s.w(n) == "दोनों" && !s.bothObject(n) {
			return true
		}
		// "उनके बीच" always; "उनकी दोस्ती" in someone's words is as
		// often the speaker's relation with them.
		if c.pron == fwGenPron && a.matcher.pairHeads[s.w(n)] && (s.w(n) == "बीच" || s.cls[c.clause].kind != ckContent) {
			return true
		}
	}
	for j := i + 1; j < len(s.chunks); j++ {
		if o := s.chunks[j]; o.clause == c.clause && (o.recip || o.pron == fwRecip) {
			return true
		}
	}
	return false
}

// proxies makes X the agent in "X के वकील मार्क स्टोन ने …", "X की
// प्रवक्ता कैरोलिन ने …": whoever speaks for X (a proxy noun) is X
// even when the text names them — the name stands between the proxy and
// its ने; and in "X के कार्यालय ने" (grounding.yaml offices_of).
func (a *Analyzer) proxies(s *sentCtx) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron != 0 || c.ent < 0 || c.mk == mkAgent || !isGenitive(s.w(c.end)) {
			continue
		}
		j := c.end + 1
		if j >= s.sn.b {
			continue
		}
		// "X के कार्यालय ने": X's office speaks for X (a place
		// otherwise: "X के कार्यालय में").
		if a.matcher.classAt(s.f, j)&ncOfficeOf != 0 && j+1 < s.sn.b && s.w(j+1) == "ने" {
			c.mk, c.at, c.head, c.possessed = mkAgent, j+1, -1, false
			continue
		}
		if s.flag(j)&fwProxy == 0 {
			continue
		}
		n := j + 1
		for n < s.sn.b && n <= j+3 && s.isWord(n) && !s.mentionAt(n) && a.nameAfterTitle(s, n) && a.matcher.adjacent(s.f, n-1, n) {
			n++
		}
		if n > j+1 && n < s.sn.b && s.w(n) == "ने" {
			c.mk, c.at, c.head, c.possessed = mkAgent, n, -1, false
		}
	}
}

// bind corrects a subject or agent pronoun (उन्होंने, वह) by three rules
// of Hindi reference: the one asked answers ("X से जब … पूछा गया तो
// उन्होंने …"); a reply ("इसके जवाब में उन्होंने …", "पलटवार करते हुए वह
// …") with no named agent before it is by the one the last stance
// attacked; and a pronoun is never its own clause's named object ("…
// उन्होंने राहुल को नासमझ बताया" is not Rahul: that would be अपने आप को).
func (a *Analyzer) bind(s *sentCtx, st *storyState) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron != fwAgentPron && c.pron != fwSubjPron || c.ent < 0 {
			continue
		}
		named := false // a named agent or subject before the pronoun
		asked := -1
		for j := 0; j < i; j++ {
			o := s.chunks[j]
			if o.pron != 0 || o.ent < 0 {
				continue
			}
			if o.mk == mkAgent || o.mk == mkBare {
				named, asked = true, -1
			}
			if o.mk == mkSe && a.isPerson[o.ent] && a.wordBetween(s, o.end, c.tok, ncAsk) {
				asked = o.ent
			}
		}
		switch {
		case asked >= 0:
			c.ent = asked
		case !named && a.lastAttack(st, c.ent) && (a.wordBetween(s, s.sn.a, c.tok, ncReply) || a.chargeSays(s, c.tok)):
			c.ent = st.lastPair[1]
		}
		for j := range s.chunks {
			o := s.chunks[j]
			if j == i || o.pron != 0 || o.ent != c.ent || o.clause != c.clause {
				continue
			}
			// "X से जब पूछा गया तो उन्होंने …": the one asked is no
			// object of the answer.
			if asked >= 0 && o.mk == mkSe && o.ent == asked {
				break
			}
			switch o.mk {
			case mkKo, mkPar, mkKhilaf, mkPrati, mkSe:
				if a.lastAttack(st, c.ent) {
					c.ent = st.lastPair[1]
				} else {
					c.ent = a.nearestBefore(s, st, c.tok, c.ent, true)
				}
			}
			break
		}
	}
}

// chargeSays reports a filing's words before token k: "<charge> के
// मुताबिक/अनुसार" or "<charge> में" (grounding.yaml charges).
func (a *Analyzer) chargeSays(s *sentCtx, k int) bool {
	for j := s.sn.a; j+1 < k; j++ {
		if !a.matcher.charges[s.f.words[j]] {
			continue
		}
		switch s.f.words[j+1] {
		case "में":
			return true
		case "के":
			if j+2 < k {
				switch s.f.words[j+2] {
				case "मुताबिक", "अनुसार":
					return true
				}
			}
		}
	}
	return false
}

// lastAttack reports that the story's last asserted stance was an attack
// by e (st.lastPair, recorded hostile in st.attackedBy).
func (a *Analyzer) lastAttack(st *storyState, e int) bool {
	if !st.hasPair || st.lastPair[0] != e {
		return false
	}
	by, ok := st.attackedBy[st.lastPair[1]]
	return ok && by == e
}

// wordBetween reports a word of class cl among tokens [from, to).
func (a *Analyzer) wordBetween(s *sentCtx, from, to int, cl nameClass) bool {
	for k := max(from, s.sn.a); k < to && k < s.sn.b; k++ {
		if s.isWord(k) && a.matcher.classAt(s.f, k)&cl != 0 {
			return true
		}
	}
	return false
}

// agree re-grounds subject pronouns (वह, वो, वे) whose clause's verb
// shows a gender their person does not have: "ट्रंप ने कहा कि वह … हार
// चुकी हैं" is not Trump but the woman named before. A feminine verb in
// the plural (हैं, थीं, -ीं: the honorific) wants a woman; in the singular
// a woman or an organisation (कंपनी is feminine); a masculine verb wants
// a man or an organisation. With none named before, a pronoun grounded
// against its verb is nobody.
func (a *Analyzer) agree(s *sentCtx, st *storyState) {
	for i := range s.chunks {
		c := &s.chunks[i]
		// "<title> <untracked name> … पहुंचे। … वह बोलीं": a woman
		// named before (speaker28.go).
		if a.womanAfterUntracked28(s, st, c) {
			continue
		}
		// "… टेस्ला भारत आएगी और … वह भारत का दौरा करेंगे": a singular
		// pronoun with a plural verb is an honoured person; an
		// organisation takes a singular verb (वह … करेगी/करेगा).
		if c.pron == fwSubjPron && c.ent >= 0 && !a.isPerson[c.ent] && !a.isDeal[c.ent] && (s.w(c.tok) == "वह" || s.w(c.tok) == "वो") {
			if fem, masc, plural := a.verbPlural(s, c.clause, c.tok); plural {
				c.ent = a.nearestAgreeing(s, st, c.tok, func(e int) bool {
					g := a.ents[e].Gender
					return a.isPerson[e] && (!fem || g != watchlist.GenderMale) && (!masc || g != watchlist.GenderFemale)
				})
			}
			continue
		}
		if c.pron != fwSubjPron || c.ent < 0 || !a.isPerson[c.ent] || a.ents[c.ent].Gender == "" {
			continue
		}
		switch s.w(c.tok) {
		case "वह", "वो", "वे":
		default:
			continue
		}
		fem, masc, hon := a.verbGender(s, c.clause, c.tok)
		if fem == masc {
			continue
		}
		ok := func(e int) bool {
			g := a.ents[e].Gender
			switch {
			case a.isDeal[e]:
				return false
			case !a.isPerson[e]:
				return !(fem && hon)
			case fem:
				return g == watchlist.GenderFemale
			default:
				return g == watchlist.GenderMale
			}
		}
		if ok(c.ent) {
			continue
		}
		c.ent = a.nearestAgreeing(s, st, c.tok, ok)
	}
}

// verbGender reads the gender and number of the verb group that ends
// clause ci after token k (its last four words): feminine or masculine
// forms (grounding.yaml feminine_verbs, masculine_verbs; futures in
// -ेगी/-ेगा, habituals in -ती/-ता before an auxiliary), and whether it
// is plural (हैं, थीं, -ीं, -ें), the honorific of a person.
func (a *Analyzer) verbGender(s *sentCtx, ci, k int) (fem, masc, hon bool) {
	if ci < 0 || ci >= len(s.cls) {
		return false, false, false
	}
	toks := s.cls[ci].toks
	// The last four words and their name classes (by word id), on the
	// stack.
	var wsBuf [4]string
	var clBuf [4]nameClass
	ws, cls := wsBuf[:0], clBuf[:0]
	for i := len(toks) - 1; i >= 0 && len(ws) < 4; i-- {
		if t := toks[i]; t > k && s.isWord(t) {
			ws = append(ws, s.f.words[t])
			cls = append(cls, a.matcher.classAt(s.f, t))
		}
	}
	// ws runs backwards: ws[i-1] is the word after ws[i].
	for i, w := range ws {
		cl := cls[i]
		aux := i > 0 && cls[i-1]&(ncFeminine|ncMasculine) != 0 || i > 0 && (ws[i-1] == "है" || ws[i-1] == "हैं")
		switch {
		case cl&ncFeminine != 0, strings.HasSuffix(w, "ेगी"), strings.HasSuffix(w, "ेंगी"),
			aux && (strings.HasSuffix(w, "ती") || strings.HasSuffix(w, "तीं")):
			fem = true
		case cl&ncMasculine != 0, strings.HasSuffix(w, "ेगा"), strings.HasSuffix(w, "ेंगे"),
			aux && (strings.HasSuffix(w, "ता") || strings.HasSuffix(w, "ते")):
			masc = true
		}
		if w == "हैं" || strings.HasSuffix(w, "ीं") || strings.HasSuffix(w, "ें") {
			hon = true
		}
	}
	return fem, masc, hon
}

// verbPlural reads the verb group that ends clause ci after token k as
// verbGender does, and whether it is plural: हैं, थे, थीं or a future in
// -ेंगे/-ेंगी (the honorific of one person after वह). नहीं is no plural.
func (a *Analyzer) verbPlural(s *sentCtx, ci, k int) (fem, masc, plural bool) {
	fem, masc, _ = a.verbGender(s, ci, k)
	if ci < 0 || ci >= len(s.cls) {
		return fem, masc, false
	}
	toks := s.cls[ci].toks
	for i, n := len(toks)-1, 0; i >= 0 && n < 4; i-- {
		t := toks[i]
		if t <= k || !s.isWord(t) {
			continue
		}
		n++
		switch w := s.f.words[t]; {
		case w == "हैं", w == "थे", w == "थीं", strings.HasSuffix(w, "ेंगे"), strings.HasSuffix(w, "ेंगी"):
			return fem, masc, true
		}
	}
	return fem, masc, false
}

// nearestAgreeing is the nearest entity named before token k (in the
// sentence, then earlier in the story) that ok accepts, or -1.
func (a *Analyzer) nearestAgreeing(s *sentCtx, st *storyState, k int, ok func(int) bool) int {
	start := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= k })
	for j := start - 1; j >= 0 && j >= start-64; j-- {
		c := s.chunks[j]
		if c.pron == 0 && c.ent >= 0 && c.mk != mkPlace && ok(c.ent) {
			return c.ent
		}
	}
	for j := len(st.recent) - 1; j >= 0; j-- {
		if ok(st.recent[j]) {
			return st.recent[j]
		}
	}
	return -1
}

// indefinite reports a determiner (grounding.yaml determiners) before the
// noun at token k, directly or across one or two words of its own ("एक
// कंपनी", "एक अमेरिकी टेक कंपनी"), with no postposition, mention or
// punctuation between.
func (a *Analyzer) indefinite(s *sentCtx, k int) bool {
	for p := k - 1; p >= s.sn.a && p >= k-3; p-- {
		if !s.isWord(p) || s.inMention(p) {
			return false
		}
		cl := a.matcher.classAt(s.f, p)
		if cl&ncDeterminer != 0 {
			return true
		}
		if cl&ncFunction != 0 || s.flag(p)&fwPostposition != 0 {
			return false
		}
	}
	return false
}

// singularSubj reports a singular subject pronoun (वह, वो, उसने, इसने),
// which news also uses for an organisation; उन्होंने and वे are people.
func singularSubj(w string) bool {
	switch w {
	case "वह", "वो", "उसने", "इसने":
		return true
	}
	return false
}

// participleTarget is the person a participle of clause ci acts on ("Y
// की तारीफ करते हुए", "Y पर निशाना साधते हुए कहा"): a named person, not
// the speaker, with an object's postposition, before "<verb>ते हुए"; -1
// when there is none or more than one.
func (a *Analyzer) participleTarget(s *sentCtx, ci, speaker int) int {
	if ci < 0 || ci >= len(s.cls) {
		return -1
	}
	hue := -1
	for _, k := range s.cls[ci].toks {
		if s.w(k) == "हुए" && strings.HasSuffix(s.w(k-1), "ते") {
			hue = k
			break
		}
	}
	if hue < 0 {
		return -1
	}
	t := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.pron != 0 || c.ent < 0 || c.ent == speaker || !a.isPerson[c.ent] || c.tok > hue {
			continue
		}
		switch c.mk {
		case mkGen, mkPar, mkKo, mkKhilaf, mkPrati:
			if t >= 0 && t != c.ent {
				return -1
			}
			t = c.ent
		}
	}
	return t
}

// hasObjectPron reports a pronoun object in clause ci ("कि वह उन्हें …
// मानते हैं"): the subject pronoun is then the speaker.
func (a *Analyzer) hasObjectPron(s *sentCtx, ci int) bool {
	for _, i := range s.inClause(ci) {
		if p := s.chunks[i].pron; p == fwTargetPron || p == fwGenPron {
			return true
		}
	}
	return false
}

// anyChunkBefore reports a name chunk before token k in the sentence.
func (s *sentCtx) anyChunkBefore(k int) bool {
	for _, c := range s.chunks {
		if c.tok >= k {
			return false
		}
		if c.pron == 0 && c.ent >= 0 {
			return true
		}
	}
	return false
}

// orgHead reads an organisation noun with a role noun after it and no
// name ("कंपनी के सीईओ ने", "समूह के चेयरमैन ने") as the person who holds
// that role in the organisation the noun stands for (roleOf: the
// watchlist ties them, and the story names them); the chunk then runs to
// the role noun and takes the postposition after it.
func (a *Analyzer) orgHead(s *sentCtx, c *chunk) {
	// (Session 28: also when the role took the postposition after it
	// as a possessed noun, "कंपनी के सीईओ को झूठा बताया".)
	if c.ent < 0 || c.mk != mkMod && !c.possessed || a.isPerson[c.ent] {
		return
	}
	p, end := a.roleOf(s, c.ent, c.end)
	if p < 0 {
		return
	}
	mk, at, head, pos := a.markerAfter(s, end, false)
	c.ent, c.end, c.pron = p, end, fwRoleNoun
	c.mk, c.at, c.head, c.possessed = mk, at, head, pos
}

// orgRole reads an organisation's name followed by a role of its head
// and no name ("मेटा के सीईओ भी डरपोक हैं", "टेस्ला प्रमुख खुद …", "मेटा
// प्रमुख अब …") as the person the watchlist's titles give that role,
// when the story names them: the chunker reads the role's holder only
// with a postposition or an evaluation right after the role. The role
// word must end one of the person's watchlist titles (प्रमुख, सीईओ,
// मालिक …): "गूगल के सलाहकार" is someone else. With a name after the
// role ("टेस्ला प्रमुख एलन मस्क") the name holds it (roleOf).
func (a *Analyzer) orgRole(s *sentCtx, c *chunk) {
	if c.ent < 0 || a.isPerson[c.ent] || a.isDeal[c.ent] || c.end >= s.sn.b {
		return
	}
	r := c.end
	if isGenitive(s.w(r)) {
		r++
	}
	r = coRole17(s, r)
	if r >= s.sn.b || s.flag(r)&fwRoleNoun == 0 {
		return // the common case: no role after the name
	}
	p, end := a.roleOf(s, c.ent, c.end)
	if p < 0 || !a.holdsRole(p, s.w(end-1)) {
		return
	}
	mk, at, head, pos := a.markerAfter(s, end, false)
	c.ent, c.end, c.pron = p, end, fwRoleNoun
	c.mk, c.at, c.head, c.possessed = mk, at, head, pos
}

// holdsRole reports whether one of person p's watchlist titles ends with
// the role word w ("टेस्ला प्रमुख", "मेटा के सीईओ").
// The last words are listed once in New (roleEnds25).
func (a *Analyzer) holdsRole(p int, w string) bool {
	return slices.Contains(a.roleEnds25[p], w)
}

// relationOwner grounds a genitive pronoun (chunk i) written right after
// a person under से in someone's words: "कहा कि Y से उनकी निकटता …".
// The two sides of one relation are two people, so the pronoun is not Y:
// in reported speech it is the speaker (who speaks of himself in the
// third person), in quoted words (where the speaker says मेरी) the
// nearest other person. -1 otherwise. Not after के साथ: "Y के साथ उनका
// काम अच्छा रहा" is read by the frames as praise of the work with Y,
// which the speaker's own work would lose.
func (a *Analyzer) relationOwner(s *sentCtx, st *storyState, i int) int {
	c, o := s.chunks[i], s.chunks[i-1]
	if o.pron != 0 || o.ent < 0 || !a.isPerson[o.ent] || o.mk != mkSe || o.at+1 != c.tok {
		return -1
	}
	cl := &s.cls[c.clause]
	if cl.kind != ckContent {
		return -1
	}
	sp := a.speakers(s, c.clause, st, nil)
	if len(sp) != 1 || sp[0] == o.ent || !a.isPerson[sp[0]] {
		return -1
	}
	if !cl.quoted {
		return sp[0]
	}
	return a.nearestOther(s, st, c.tok, o.ent, sp[0])
}

// nearestOther is the nearest person named before token k that is
// neither x nor y.
func (a *Analyzer) nearestOther(s *sentCtx, st *storyState, k, x, y int) int {
	for j := len(s.chunks) - 1; j >= 0; j-- {
		c := s.chunks[j]
		if c.tok < k && c.pron == 0 && c.ent >= 0 && c.ent != x && c.ent != y && c.mk != mkPlace && a.isPerson[c.ent] {
			return c.ent
		}
	}
	for j := len(st.recent) - 1; j >= 0; j-- {
		if e := st.recent[j]; e != x && e != y && a.isPerson[e] {
			return e
		}
	}
	return -1
}

// conjunctSubject reports chunk o the bare subject of a main clause
// before the main clause of pronoun chunk c ("X भी सम्मेलन में शामिल हुए
// और उन्होंने …"): the subject goes on into the next conjunct.
func (a *Analyzer) conjunctSubject(s *sentCtx, o, c chunk) bool {
	return o.mk == mkBare && !o.possessed && o.clause != c.clause && o.clause >= 0 && c.clause >= 0 &&
		s.cls[o.clause].kind == ckMain && s.cls[c.clause].kind == ckMain
}

// namedUnder reports entity e named by name (not a pronoun or title)
// after chunk i in its clause or in a clause under it (the words its
// verb reports): "उन्होंने कहा कि ट्रंप …" is not Trump speaking.
func (a *Analyzer) namedUnder(s *sentCtx, i, e int) bool {
	ci := s.chunks[i].clause
	for _, o := range s.chunks[i+1:] {
		if o.ent != e || o.pron != 0 || o.epith {
			continue
		}
		for cl, n := o.clause, 0; cl >= 0 && n < len(s.cls); cl, n = s.cls[cl].parent, n+1 {
			if cl == ci {
				return true
			}
		}
	}
	return false
}

// firstPersonSpeech reports a first-person pronoun in the sentence's
// reported speech (मैं, हम, हमारे …): the words are the speaker's own.
func firstPersonSpeech(s *sentCtx) bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if !s.isWord(k) || s.cls[s.cid[k-s.sn.a]].kind != ckContent {
			continue
		}
		switch s.w(k) {
		case "मैं", "मेरे", "मेरी", "मेरा", "मुझे", "हम", "हमारे", "हमारी", "हमारा", "हमें":
			return true
		}
	}
	return false
}

// namedInSpeech is the entity named nearest before chunk i inside the
// sentence's reported speech (a person or an organisation, no place or
// deal) that is not the speaker; -1 if none.
func (a *Analyzer) namedInSpeech(s *sentCtx, i, speaker int) int {
	for j := i - 1; j >= 0; j-- {
		o := s.chunks[j]
		if o.pron != 0 || o.ent < 0 || o.ent == speaker || o.mk == mkPlace || a.isDeal[o.ent] || s.cls[o.clause].kind != ckContent {
			continue
		}
		return o.ent
	}
	return -1
}

// nearestBefore is the nearest person named before token k (in the
// sentence, then earlier in the story) that is not avoid.
func (a *Analyzer) nearestBefore(s *sentCtx, st *storyState, k, avoid int, person bool) int {
	start := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= k })
	for j := start - 1; j >= 0 && j >= start-64; j-- {
		c := s.chunks[j]
		if c.tok >= k || c.pron != 0 && !titledChunk28(&c) || c.ent < 0 || c.ent == avoid || c.mk == mkPlace {
			continue
		}
		if !person || a.isPerson[c.ent] {
			// "X ने … पीटर नवारो की आलोचना करते हुए उन्हें …": an
			// untracked person named nearer is whom the pronoun means.
			if person && a.untrackedNameBetween(s, c.end, k) {
				return -1
			}
			return c.ent
		}
	}
	if person && a.untrackedNameBetween(s, s.sn.a, k) {
		return -1
	}
	for j := len(st.recent) - 1; j >= 0; j-- {
		e := st.recent[j]
		if e != avoid && (!person || a.isPerson[e]) {
			return e
		}
	}
	if s.f.name == "title" {
		for _, e := range st.bodyPersons {
			if e != avoid {
				return e
			}
		}
	}
	return -1
}

// untrackedNameBetween reports an untracked person's name in tokens
// [from, to) of the sentence: two adjacent name-like words that the
// lexicon does not read, in no mention, after a title or role noun and
// under a postposition ("व्यापार सलाहकार पीटर नवारो की").
func (a *Analyzer) untrackedNameBetween(s *sentCtx, from, to int) bool {
	for j := max(from, s.sn.a); j+2 < to && j+2 < s.sn.b; j++ {
		if !s.isWord(j) || !s.isWord(j+1) || s.inMention(j) || s.inMention(j+1) || s.flag(j) != 0 || s.flag(j+1) != 0 {
			continue
		}
		if !a.matcher.adjacent(s.f, j, j+1) || !a.matcher.nameLike(s.f, j) || !a.matcher.nameLike(s.f, j+1) {
			continue
		}
		// A title or role noun before the two makes them a person's name
		// (सलाहकार पीटर नवारो), not a phrase (मस्क का केज फाइट का न्योता).
		p := j - 1
		if p < s.sn.a || !s.isWord(p) || s.flag(p)&fwRoleNoun == 0 && a.matcher.classAt(s.f, p)&(ncTitle|ncOffice) == 0 {
			continue
		}
		switch s.w(j + 2) {
		case "की", "का", "के", "को", "पर", "से", "ने":
			return true
		}
	}
	// "सैंडर्स की रैली … उन्हें": the surname of someone untracked the
	// story named with a title before (learnUntracked).
	if s.st != nil && len(s.st.untracked) > 0 {
		for j := max(from, s.sn.a); j+1 < to && j+1 < s.sn.b; j++ {
			if s.isWord(j) && s.st.untracked[s.f.words[j]] && !s.inMention(j) {
				switch s.w(j + 1) {
				case "की", "का", "के", "को", "पर", "से", "ने":
					return true
				}
			}
		}
	}
	return false
}

// affiliate records the roles a sentence gives: an organisation as the
// modifier of a person's name ("मेटा के सीईओ X").
func (a *Analyzer) affiliate(s *sentCtx, st *storyState) {
	a.honorifics(s)
	if a.coordinateTitled(s) {
		s.noteCoordination(a)
	}
	if a.possessorsOrgChunks(s, st) {
		s.indexClauses()
	}
	if a.rivalChunks(s, st) {
		s.indexClauses()
	}
	a.contestLabel(s)
	for i, c := range s.chunks {
		// "X की एक्सएआई": a person's company.
		if c.pron == 0 && c.ent >= 0 && a.isPerson[c.ent] && isGenitive(s.w(c.end)) && i+1 < len(s.chunks) {
			nx := s.chunks[i+1]
			owned := nx.tok == c.end+1 && s.w(nx.end) == "ने" || nx.tok == c.end+2 && s.flag(c.end+1)&fwOrgNoun != 0
			if nx.pron == 0 && nx.ent >= 0 && !a.isPerson[nx.ent] && !a.isDeal[nx.ent] && owned {
				st.affil[[2]int{c.ent, nx.ent}] = true
				st.affil[[2]int{nx.ent, c.ent}] = true
			}
		}
		if c.mk != mkMod || c.pron != 0 || c.ent < 0 || a.isPerson[c.ent] || i+1 >= len(s.chunks) {
			continue
		}
		if nx := s.chunks[i+1]; nx.pron == 0 && nx.ent >= 0 && a.isPerson[nx.ent] && nx.tok-c.end <= 4 && !s.actBetween(c.end, nx.tok) && !s.colonBetween34(c.end, nx.tok) && a.apposedOrg25(s, c, nx) {
			st.affil[[2]int{nx.ent, c.ent}] = true
			st.affil[[2]int{c.ent, nx.ent}] = true
		}
	}
}

// actBetween reports an act or a time between an organisation's
// genitive and a name ("ओपनएआई की घोषणा के बाद X ने …", "Y के फैसले पर
// X …"): the organisation owns the act, X is not its officer.
func (s *sentCtx) actBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.flag(k)&(fwTemporal|fwDecision|fwCharge) != 0 {
			return true
		}
	}
	return false
}

// coordinateTitled joins "X और <title run> Y ने" ("प्रधानमंत्री X और
// कांग्रेस नेता Y ने", "X और ब्रिटेन की रिफॉर्म यूके पार्टी के नेता Y
// ने", "X, टेस्ला प्रमुख Y और Z ने"): a conjunct whose second name
// carries a title of two to seven words shares that name's postposition,
// as with one title word (chunks). The run is party, place or
// organisation names, genitives and titles — no other postposition, no
// verb — and ends in a title or role noun (grounding.yaml titles,
// offices; the lexicon's role nouns). It reports whether it joined any.
func (a *Analyzer) coordinateTitled(s *sentCtx) bool {
	joined := false
	for i := range s.chunks {
		c := &s.chunks[i]
		// A person before "और अमेरिका के पूर्व राष्ट्रपति Y" is read as
		// a modifier of Y by the chunker; through और a person is none.
		bare := c.mk == mkBare || c.mk == mkMod && c.ent >= 0 && a.isPerson[c.ent]
		if c.pron != 0 || c.ent < 0 || !bare || c.end >= s.sn.b || !isCoordinator(s.w(c.end)) || s.w(c.end) == "-" {
			continue
		}
		// The next person, past the organisations of its title
		// ("टेस्ला प्रमुख Y", "मेटा के संस्थापक Y").
		// "X और उनके करीबी उद्योगपति Y", "X और उनकी कंपनी Z": the
		// genitive pronoun opening the title is X's.
		from := c.end + 1
		poss := -1
		if ownerPronoun(s.w(from)) {
			from++
			if i+1 < len(s.chunks) && s.chunks[i+1].tok == from-1 && s.chunks[i+1].pron == fwGenPron {
				poss = i + 1
			}
		}
		j := i + 1
		if poss > 0 {
			j++
		}
		for j < len(s.chunks) && s.chunks[j].pron == 0 && s.chunks[j].ent >= 0 && !a.isPerson[s.chunks[j].ent] && s.chunks[j].mk == mkMod {
			j++
		}
		if j >= len(s.chunks) {
			continue
		}
		nx := &s.chunks[j]
		// A person takes a title; an organisation, with X's pronoun
		// before it, its organisation noun ("और उनकी कंपनी टेस्ला ने").
		org := from > c.end+1 && nx.ent >= 0 && !a.isPerson[nx.ent] && !a.isDeal[nx.ent] && s.flag(nx.tok-1)&fwOrgNoun != 0
		if nx.pron != 0 || nx.ent < 0 || !a.isPerson[nx.ent] && !org || c.group == nx.group || nx.mk == mkBare || nx.mk == mkMod {
			continue
		}
		// "X, टेस्ला प्रमुख Y और Z ने": a comma joins only inside a
		// list that Y's own और closes.
		if s.w(c.end) == "," && nx.group == j {
			continue
		}
		to := nx.tok
		if to-(c.end+1) < 2 || to-from > 7 || to-from < 1 || !org && !a.titleWord(s, to-1) {
			continue
		}
		ok := true
		for k := from; k < to && ok; k++ {
			switch {
			case s.mentionAt(k) || s.inMention(k):
				ok = false
				for o := i + 1; o < j; o++ {
					if s.chunks[o].tok <= k && k < s.chunks[o].end {
						ok = true
					}
				}
			case !s.isWord(k):
				ok = false
			case isGenitive(s.w(k)):
				ok = k > from && k+1 < to
			case s.flag(k)&fwPostposition != 0, a.wordClass(s, k)&(ncFunction|ncVerb) != 0:
				ok = false
			}
		}
		if !ok {
			continue
		}
		old := c.group
		for o := range s.chunks {
			if p := &s.chunks[o]; p.group == old && o <= i {
				p.mk, p.at, p.head, p.possessed, p.group = nx.mk, nx.at, nx.head, nx.possessed, nx.group
			}
		}
		// The pronoun only names whose title it is: no frame's party.
		if poss > 0 {
			s.chunks[poss].mk, s.chunks[poss].head = mkMod, -1
		}
		joined = true
	}
	return joined
}

// possessorsOrgChunks reads "उनकी कंपनी ने", "उनके समूह की" (a genitive
// pronoun right before an organisation noun, which the chunker leaves
// to the possessed reading) as the possessor's organisation: the
// organisation the story or the watchlist ties to the person the pronoun
// stands for (the nearest tracked person before it in the sentence, else
// the story's last agent), when the story has named it before — the
// latest of them if it named several. It adds the chunk and reports
// whether it added any. Not in someone's words.
func (a *Analyzer) possessorsOrgChunks(s *sentCtx, st *storyState) bool {
	added := false
	if s.screen&swOrgNoun == 0 {
		return false
	}
	for k := s.sn.a; k+2 < s.sn.b; k++ {
		// The next organisation noun at k+1 (flaggedIn's small loop).
		if k = s.flaggedIn(k+1, s.sn.b-1, fwOrgNoun) - 1; k+2 >= s.sn.b {
			break
		}
		if s.chunkAt(k) != nil || s.chunkAt(k+1) != nil {
			continue
		}
		// "ऑल्टमैन की कंपनी ने कहा …": a tracked person's name before
		// the genitive is the possessor, as a pronoun is. Not with the
		// company's own name after the noun ("मस्क की कंपनी एक्सएआई
		// ने": the chunker reads that name).
		named := -1
		if isGenitive(s.w(k)) && k > s.sn.a && !s.mentionAt(k+2) {
			for _, o := range s.chunks {
				// "मस्क ने ऑल्टमैन की कंपनी पर …": the chunker passed the
				// noun's postposition to the owner; the organisation
				// takes it too.
				if o.end == k && o.pron == 0 && (!o.epith || epithOwner33c) && o.ent >= 0 && a.isPerson[o.ent] && (o.mk == mkMod || o.possessed) {
					named = o.ent
				}
			}
			if named < 0 {
				continue
			}
		} else {
			if s.flag(k)&fwGenPron == 0 {
				continue
			}
			switch s.w(k) {
			case "उनकी", "उनके", "उनका", "इनकी", "इनके", "इनका", "उसकी", "उसके", "उसका":
			default:
				continue
			}
		}
		// In someone's words ("X ने कहा कि उनकी कंपनी ने …") the
		// company's deed is held against its owner: left to the
		// possessed reading.
		if s.cls[s.cid[k-s.sn.a]].kind == ckContent {
			continue
		}
		mk, at, head, pos := a.markerAfter(s, k+2, false)
		// (A bare subject only opening the sentence: "…। उनकी कंपनी
		// ओपनएआई में … लगा चुकी है", refer36.go.)
		if mk == mkBare && (named >= 0 || !possessedOrgOpens36(s, k)) || mk == mkMod || mk == mkPlace || mk == mkAbout {
			continue
		}
		owner, p := st.lastAgent, 0
		for p < len(s.chunks) && s.chunks[p].tok < k {
			if o := s.chunks[p]; o.pron == 0 && o.ent >= 0 && a.isPerson[o.ent] {
				owner = o.ent
			}
			p++
		}
		if named >= 0 {
			owner = named
		}
		if owner < 0 {
			continue
		}
		org := -1
		for _, e := range st.recent {
			if !a.isPerson[e] && !a.isDeal[e] && a.tiedTo(st, owner, e) {
				org = e
			}
		}
		// "Musk vs OpenAI: मस्क ने ऑल्टमैन की कंपनी पर …": a named
		// owner's one organisation the story names anywhere (a label
		// before it in the same sentence, or later).
		if org < 0 && named >= 0 {
			org = a.companyOf(st, owner)
		}
		if org < 0 {
			continue
		}
		c := chunk{ent: org, tok: k, end: k + 2, pron: fwOrgNoun, owned: true, mk: mk, at: at, head: head, possessed: pos}
		s.insertChunkAt(p, k, c)
		added = true
	}
	return added
}

// rivalChunks reads "the rival" alone before a postposition ("X ने
// प्रतिद्वंद्वी की आलोचना की", "X ने अपने प्रतिद्वंद्वी पर हमला बोला"):
// the other party — the entity named nearest before it, in the sentence
// or the story, that is not the sentence's agent X nor tied to X (what X
// heads or works for). Not after a genitive or a determiner ("उनकी/किसी
// प्रतिद्वंद्वी"), not before a name ("प्रतिद्वंद्वी ट्रंप"), and only
// with a tracked agent before it. It adds the chunks and reports whether
// it added any.
func (a *Analyzer) rivalChunks(s *sentCtx, st *storyState) bool {
	added := false
	if s.screen&swRival == 0 {
		return false
	}
	for k := s.sn.a; k+1 < s.sn.b; k++ {
		if !a.matcher.isRival(s.w(k)) || s.chunkAt(k) != nil || s.inMention(k) || s.mentionAt(k+1) {
			continue
		}
		if k > s.sn.a {
			pw := s.w(k - 1)
			if isGenitive(pw) || s.flag(k-1)&fwGenPron != 0 && s.flag(k-1)&fwOwn == 0 || a.matcher.classAt(s.f, k-1)&ncDeterminer != 0 || s.mentionAt(k-1) || s.inMention(k-1) {
				continue
			}
		}
		if s.flag(k+1)&fwPostposition == 0 {
			continue
		}
		mk, at, head, pos := a.markerAfter(s, k+1, false)
		if mk == mkBare || mk == mkMod || mk == mkPlace || mk == mkAgent {
			continue
		}
		src, p := -1, 0
		for p < len(s.chunks) && s.chunks[p].tok < k {
			if o := s.chunks[p]; src < 0 && o.pron == 0 && o.ent >= 0 && o.mk == mkAgent && !a.isDeal[o.ent] {
				src = o.ent
			}
			p++
		}
		if src < 0 {
			continue
		}
		tied := func(e int) bool {
			return e == src || a.isDeal[e] || a.tiedTo(st, src, e) || a.tiedTo(st, e, src)
		}
		rival := -1
		for j := p - 1; j >= 0 && rival < 0; j-- {
			if o := s.chunks[j]; o.pron == 0 && o.ent >= 0 && !tied(o.ent) {
				rival = o.ent
			}
		}
		for j := len(st.recent) - 1; j >= 0 && rival < 0; j-- {
			if !tied(st.recent[j]) {
				rival = st.recent[j]
			}
		}
		if rival < 0 {
			continue
		}
		c := chunk{ent: rival, tok: k, end: k + 1, mk: mk, at: at, head: head, possessed: pos}
		s.insertChunkAt(p, k, c)
		added = true
	}
	return added
}

// contestLabel reads a headline label "X बनाम Y:" ("X vs Y:") as the
// topic of what follows — its two names under about, so the contest word
// binds no pair — unless the field it heads names a legal or open
// dispute (grounding.yaml disputes: "मस्क बनाम ओपनएआई: अदालत में
// सुनवाई शुरू"). A poll, a comparison or a question ("कौन पड़ेगा
// भारी?") is no quarrel the label asserts.
func (a *Analyzer) contestLabel(s *sentCtx) {
	// (A clause must end with ":": rwColon24.)
	if s.sentRules()&rwColon24 == 0 {
		return
	}
	for ci := range s.cls {
		toks := s.cls[ci].toks
		if len(toks) == 0 || s.w(toks[len(toks)-1]) != ":" || !versusLabel(s.f, toks) {
			continue
		}
		for _, w := range s.f.words {
			if a.matcher.disputes[w] {
				return
			}
		}
		for _, i := range s.inClause(ci) {
			if c := &s.chunks[i]; c.pron == 0 && c.ent >= 0 && c.mk == mkBare {
				c.mk = mkAbout
			}
		}
	}
}

// ownerPronoun reports a genitive pronoun that opens a title after और
// ("X और उनके करीबी Y").
func ownerPronoun(w string) bool {
	switch w {
	case "उनके", "उनकी", "उनका", "इनके", "इनकी", "इनका":
		return true
	}
	return false
}

// titleWord reports a title, office or role noun at k ("नेता",
// "राष्ट्रपति", "सीईओ").
func (a *Analyzer) titleWord(s *sentCtx, k int) bool {
	return s.flag(k)&fwRoleNoun != 0 || a.wordClass(s, k)&(ncTitle|ncOffice) != 0
}

// honorifics reads a name with an honorific after it ("मोदी जी ने",
// "राहुल जी पर", "अंबानी साहब की तारीफ") under the postposition after
// the honorific: the honorific is part of the reference, as outlets and
// speakers write a person's surname or name with it. It runs first in
// affiliate, before the sentence's speakers and frames are read.
func (a *Analyzer) honorifics(s *sentCtx) {
	// (Without one of its words in the sentence, none: rwHonor24.)
	if s.sentRules()&rwHonor24 == 0 {
		return
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron != 0 || c.ent < 0 || !a.isPerson[c.ent] || c.mk != mkBare || c.end+1 >= s.sn.b {
			continue
		}
		switch s.w(c.end) {
		case "जी", "साहब", "साहिबा", "जनाब":
		default:
			continue
		}
		if s.mentionAt(c.end + 1) {
			continue
		}
		// Session 28 (QUOTE): "X जी की नीतियां …", "X जी के नेतृत्व में
		// …": a possessed noun after the honorific makes X its owner, as
		// without the honorific; the chunk ends at the genitive for the
		// credit and judgement readers (creditPraise13).
		mk, at, head, pos := a.markerAfter(s, c.end+1, false)
		if mk == mkBare && !pos {
			continue
		}
		c.end++
		c.mk, c.at, c.head, c.possessed = mk, at, head, pos
	}
}

// learnTitles records the story's own titles for a person: a role noun
// or an office word right before a name ("कांग्रेस नेता X", "भाजपा के
// दिग्गज नेता X", "पूर्व अमेरिकी राष्ट्रपति X", "टेक अरबपति X") gives
// each "<word> <head>" pair before it to that person — the word right
// before the head, and on through a run of title words (पूर्व अमेरिकी
// राष्ट्रपति: "अमेरिकी राष्ट्रपति" and "पूर्व राष्ट्रपति"). Outlets
// refer back with the pair alone ("दिग्गज नेता ने", "पूर्व राष्ट्रपति
// ने"). A pair given to an untracked name, or to two people, is nobody's
// (-1). Not across a genitive, a function word or a name.
func (a *Analyzer) learnTitles(s *sentCtx, st *storyState) {
	if s.screen&swTitleWord == 0 {
		return
	}
	for k := s.sn.a + 1; k+1 < s.sn.b; k++ {
		// The next word with a role or epithet flag (offices are
		// epithets), in flaggedIn's small loop.
		if k = s.flaggedIn(k, s.sn.b-1, fwRoleNoun|fwEpithet); k+1 >= s.sn.b {
			break
		}
		fl := s.flag(k)
		head := s.f.words[k]
		if fl&fwRoleNoun == 0 && a.matcher.classAt(s.f, k)&ncOffice == 0 || s.inMention(k) || !a.matcher.adjacent(s.f, k, k+1) {
			continue
		}
		e := -2
		switch {
		case s.mentionAt(k + 1):
			e = s.mentionID(k + 1)
			if !a.isPerson[e] {
				continue
			}
		case s.isWord(k+1) && s.flag(k+1) == 0 && a.matcher.nameLike(s.f, k+1):
			e = -1
		default:
			continue
		}
		for p := k - 1; p >= s.sn.a; p-- {
			w := s.f.words[p]
			if !s.isWord(p) || s.inMention(p) || isGenitive(w) || a.matcher.classAt(s.f, p)&ncFunction != 0 || !a.matcher.adjacent(s.f, p, p+1) {
				break
			}
			// The pair's key in a stack buffer for the lookup (a map
			// index by string(b) does not allocate); a string only when
			// the entry is new or changes.
			var kb [96]byte
			kbs := append(append(append(kb[:0], w...), ' '), head...)
			o, ok := st.titles[string(kbs)]
			v := e
			if ok && o != e {
				v = -1
			}
			if !ok || v != o {
				st.titles[string(kbs)] = v
			}
			if a.matcher.classAt(s.f, p)&ncTitle == 0 {
				break
			}
		}
	}
}

// storyTitle is the person a pair "<word> <head>" at k, k+1 stands for
// when the story gave it (learnTitles): the person, or -1 when the story
// gave it to nobody certain; ok false when it gave it to no one, or when
// a name follows (then the pair is that name's title).
func (a *Analyzer) storyTitle(s *sentCtx, k int) (e int, ok bool) {
	if s.st == nil || len(s.st.titles) == 0 || k < s.sn.a || k+1 >= s.sn.b || !s.isWord(k) || !s.isWord(k+1) {
		return -1, false
	}
	// The two words' key in a stack buffer: a map index by string(b)
	// does not allocate.
	var kb [96]byte
	e, ok = s.st.titles[string(append(append(append(kb[:0], s.f.words[k]...), ' '), s.f.words[k+1]...))]
	if !ok {
		return -1, false
	}
	if n := k + 2; n < s.sn.b && (s.mentionAt(n) || s.isWord(n) && s.flag(n) == 0 && a.matcher.adjacent(s.f, n-1, n) && a.matcher.nameLike(s.f, n)) {
		return -1, false
	}
	if p := k - 1; p >= s.sn.a && s.isWord(p) && a.matcher.classAt(s.f, p)&ncDeterminer != 0 {
		return -1, false
	}
	return e, true
}

// remember updates the story's memory after a sentence.
func (a *Analyzer) remember(s *sentCtx, st *storyState) {
	org, rank := -1, 0
	modOrg, anyOrg, orgTwo := -1, -1, false
	agent, bare, gen, se, seCl, says := -1, -1, -1, -1, 0, -1
	// Someone acting inside another's words ("“Y ने धोखा दिया,” X ने
	// कहा") is not whom the story follows: the speaker is. Those inside
	// reported speech count only in a sentence with no one outside it.
	inAgent, inBare := -1, -1
	for i := range s.chunks {
		c := &s.chunks[i] // (read only: not copied a turn)
		if c.ent < 0 {
			continue
		}
		if (c.pron == 0 || titledChunk28(c)) && !a.platformPlace33a(c) {
			st.note(c.ent)
		}
		if a.isPerson[c.ent] && (c.mk == mkAgent || c.mk == mkBare) && s.inSpeech(c.clause) {
			if c.mk == mkAgent && inAgent < 0 {
				inAgent = c.ent
			}
			if c.mk == mkBare && inBare < 0 {
				inBare = c.ent
			}
			continue
		}
		if a.isPerson[c.ent] {
			says = accordingSays33a(c, says) // "X के मुताबिक, …": X speaks (inv33a.go)
			switch c.mk {
			case mkAgent:
				if agent < 0 {
					agent = c.ent
				}
			case mkBare:
				if bare < 0 {
					bare = c.ent
				}
			case mkGen, mkMod:
				if gen < 0 && c.pron == 0 {
					gen = c.ent
				}
				// "X का कहना था कि …", "X का आरोप है कि …": X speaks.
				if says < 0 && c.pron == 0 && c.mk == mkGen && c.head >= 0 {
					if e, _ := a.matchAt(s, c.head, entFrame); e != nil && e.frame.GenSource {
						says = c.ent
					}
				}
			case mkSe:
				// "X से बीबीसी ने पूछा। वह बोले …": the one asked
				// answers.
				// Not an owner ("X की सभा से पहले …"): the one
				// asked is marked से himself (precision16).
				if se < 0 && c.pron == 0 && !c.possessed {
					se, seCl = c.ent, c.clause
				}
			}
			continue
		}
		if a.isDeal[c.ent] {
			continue
		}
		if c.pron == 0 && anyOrg >= 0 && anyOrg != c.ent {
			orgTwo = true
		}
		if c.pron == 0 {
			anyOrg = c.ent
		}
		r := 0
		switch c.mk {
		case mkAgent:
			r = 3
		case mkBare:
			r = 2
		case mkKo, mkPar, mkGen, mkKhilaf, mkSe, mkBetween, mkSaath, mkAbout:
			// ("मेटा और ट्रंप के बीच रिश्ते …। कंपनी ने …": a party
			// to a tie is a company a later कंपनी means; session 15.
			// "O के बारे में नई जानकारी आई। कंपनी ने कहा …": so is
			// the topic; session 36.)
			r = 1
		case mkMod:
			// "O की बोर्ड बैठक के बाद …। बयान में कहा गया
			// कि कंपनी ने …": the owner of a possessed noun, when it is
			// the sentence's one organisation (session 30; not "X और Y
			// की तुलना").
			if c.possessed && c.pron == 0 {
				modOrg = c.ent
			}
		}
		if r > rank {
			org, rank = c.ent, r
		}
	}
	if org < 0 && modOrg >= 0 && !orgTwo {
		org = modOrg
	}
	if org >= 0 {
		st.lastOrg = org
	}
	st.noteOrgAgent34b(s, org, rank) // (reject34b.go)
	st.actor = a.actorOf(s)
	s.noteProxy12(st)
	st.lastF, st.lastEnd = s.f, s.sn.b
	a.noteActs(s, st)
	a.noteCharges15(s, st)
	a.noteRejection34(s, st)
	s.noteJibe27(st) // (jibe27.go)
	if agent < 0 && says < 0 && s.afterSemicolon() && st.lastAgent >= 0 {
		return
	}
	st.untrackedAgent, st.untrackedMale28 = false, false
	switch {
	case agent >= 0:
		st.lastAgent = agent
	case says >= 0:
		st.lastAgent = says
	case bare >= 0:
		st.lastAgent = bare
	case se >= 0 && (untrackedAgent(s, seCl) || a.askedPassive(s, se)):
		st.lastAgent = se
	case a.untrackedSubject(s):
		// "संसदीय कार्य मंत्री ने कहा …। उन्होंने कहा कि …": the
		// minister, whom the story does not track — also when the
		// minister's words name someone tracked ("प्रवक्ता कैरोलिन
		// लेविट ने कहा कि राष्ट्रपति …। उन्होंने …").
		st.lastAgent, st.untrackedAgent = -1, true
	case inAgent < 0 && inBare < 0 && a.untrackedTitled28(s):
		// "<org> के प्रमुख <untracked name> … पहुंचे। उन्होंने …": the
		// one the sentence is about is untracked (speaker28.go).
		st.lastAgent, st.untrackedAgent, st.untrackedMale28 = -1, true, true
	case (inAgent >= 0 || inBare >= 0) && a.quoteOpener11(s) >= 0:
		// (GROUND s11) "X बोले, "… । … Y ने … ।" उन्होंने …": a quote
		// that runs on from a sentence before is X's; the one acting
		// inside it is not whom the story follows.
		st.lastAgent = a.quoteOpener11(s)
	case inAgent >= 0:
		st.lastAgent = inAgent
	case inBare >= 0:
		st.lastAgent = inBare
	case gen >= 0 && st.lastAgent < 0:
		st.lastAgent = gen
	}
}

// untrackedSince reports that between the last sentence the story's
// memory took in (remember) and this one, in the same field, a sentence
// names no one tracked but has an untracked agent of its own: one word,
// not a plural (-ों), before ने, with no कि or quote before it in its
// sentence ("संसदीय कार्य मंत्री ने कहा कि …", not "सूत्रों ने").
func (a *Analyzer) untrackedSince(s *sentCtx, st *storyState) bool {
	if st.lastF != s.f || st.lastEnd >= s.sn.a {
		return false
	}
	open := false // a कि or a quote seen in this sentence
	isWord := func(k int) bool { return s.f.toks[k].Kind == hindi.Word }
	for k := st.lastEnd; k < s.sn.a && k < len(s.f.words); k++ {
		w := s.f.words[k]
		switch {
		case !isWord(k):
			switch w {
			case "।", "?", "!", ".":
				open = false
			case `"`, "'", "“", "”", "‘", "’":
				open = true
			}
			continue
		case w == "कि":
			open = true
		case w == "ने" && !open && k > st.lastEnd && isWord(k-1):
			p := s.f.words[k-1]
			if !strings.HasSuffix(p, "ों") && a.matcher.classAt(s.f, k-1)&ncFunction == 0 {
				return true
			}
		case !open && k > st.lastEnd && untrackedSpeaks19(a, s.f, k):
			// "… एक पूर्व शोधकर्ता बोलीं।" (refer19.go)
			return true
		}
	}
	return false
}

// untrackedSubject reports a sentence whose own (not reported) clauses
// have an agent that is no one tracked and one person ("मंत्री ने",
// "जयराम रमेश ने"; not "सूत्रों ने", "अधिकारियों ने", a plural).
func (a *Analyzer) untrackedSubject(s *sentCtx) bool {
	if a.untrackedSpeaker19(s) {
		return true
	}
	for ci := range s.cls {
		if s.inSpeech(ci) || !untrackedAgent(s, ci) {
			continue
		}
		for _, k := range s.cls[ci].toks {
			if s.f.words[k] == "ने" && k > s.sn.a && s.isWord(k-1) && !strings.HasSuffix(s.f.words[k-1], "ों") {
				return true
			}
		}
	}
	return false
}

// inSpeech reports that clause ci is someone's words (a content clause,
// or inside one).
func (s *sentCtx) inSpeech(ci int) bool {
	for n := 0; ci >= 0 && n < len(s.cls); n++ {
		if s.cls[ci].kind == ckContent {
			return true
		}
		ci = s.cls[ci].parent
	}
	return false
}

// speechTopic is the person a speech is about ("X को लेकर", "X के बारे
// में") in the speaker's own clauses before content clause ci, other than
// the speaker; -1 if none.
func (a *Analyzer) speechTopic(s *sentCtx, ci, speaker int) int {
	toks := s.cls[ci].toks
	if len(toks) == 0 {
		return -1
	}
	start := toks[0]
	for i := len(s.chunks) - 1; i >= 0; i-- {
		c := s.chunks[i]
		if c.tok >= start {
			continue
		}
		if s.cls[c.clause].kind == ckContent {
			return -1
		}
		if c.mk == mkAbout && c.ent >= 0 && c.ent != speaker && a.isPerson[c.ent] {
			return c.ent
		}
	}
	return -1
}

// ownersOrg is the organisation an owned organisation noun (chunk i,
// "X के कारोबारी समूह", "उनकी कंपनी") stands for: the one organisation
// the watchlist ties to the owning person — named by the genitive, or for
// a genitive pronoun the last person named before it in the sentence;
// -1 when the owner is no tracked person or has none or several.
func (a *Analyzer) ownersOrg(s *sentCtx, st *storyState, i int) int {
	g := ownerGenitive(s, s.chunks[i].tok)
	if g < 0 {
		return -1
	}
	owner := -1
	for j := i - 1; j >= 0; j-- {
		o := s.chunks[j]
		if o.pron != 0 || o.ent < 0 {
			continue
		}
		if isGenitive(s.w(g)) && o.end != g {
			break
		}
		if a.isPerson[o.ent] {
			owner = o.ent
		}
		break
	}
	// "… ने भाषण दिया। उनकी कंपनी ने …": with no one named before it in
	// the sentence, the pronoun is the story's last agent.
	if owner < 0 && s.flag(g)&fwGenPron != 0 && !s.anyChunkBefore(s.chunks[i].tok) {
		owner = st.lastAgent
	}
	if owner < 0 {
		return -1
	}
	org := -1
	for p := range a.affil {
		if p[0] != owner {
			continue
		}
		if org >= 0 {
			return -1
		}
		org = p[1]
	}
	return org
}

// actorOf is the sentence's first tracked agent (ने), else its first
// tracked subject, person or organisation (no deal); -1 if none.
func (a *Analyzer) actorOf(s *sentCtx) int {
	bare := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 || a.isDeal[c.ent] {
			continue
		}
		switch c.mk {
		case mkAgent:
			return c.ent
		case mkBare:
			if bare < 0 {
				bare = c.ent
			}
		}
	}
	return bare
}

// ownerGenitive is the genitive that owns the act noun at k: right before
// it, or before up to two plain words that qualify it ("ट्रंप के बजट
// बिल", "मोदी सरकार की नई नीति"); -1 for none. A function word between
// ("X के खिलाफ बयान", "X के साथ करार") makes X no owner.
func (a *Analyzer) ownerGenitive(s *sentCtx, k int) int {
	lim, co := k-3, s.coordModifier31(k)
	if co {
		lim = k - 5 // "X के (बहुचर्चित) कर और खर्च विधेयक" (long31.go)
	}
	for g := k - 1; g >= s.sn.a && g >= lim; g-- {
		if co && (g == k-2 || g == k-3) {
			continue
		}
		if isGenitive(s.w(g)) {
			// "Y की 97 अरब डॉलर की बोली": Y's (attach29.go).
			if h := s.amountOwner29(g); h >= 0 {
				return h
			}
			return g
		}
		// ("X के नए टैरिफ प्लान", "Y के हालिया बयानों": an
		// adjective of recency qualifies the act; attach29.go.)
		if recentWord15(s.w(g)) > 0 {
			continue
		}
		// "X के नए कर प्रस्ताव": कर (tax) right before the act noun
		// is a noun, not the verb (session 31).
		if g == k-1 && s.w(g) == "कर" {
			continue
		}
		if !s.isWord(g) || s.inMention(g) || s.flag(g)&fwPostposition != 0 || a.wordClass(s, g)&(ncFunction|ncVerb) != 0 {
			return -1
		}
	}
	return -1
}

// actKey is the kind of act the word at token k names: "decision" for the
// lexicon's decisions (फैसला, ऐलान, घोषणा …), else the act noun in its
// direct singular (बयानों → बयान, दावे → दावा); "" for no act noun.
func (a *Analyzer) actKey(s *sentCtx, k int) string {
	if s.flag(k)&fwDecision != 0 {
		return "decision"
	}
	if id := s.wordID(k); id >= 0 {
		return a.actKeyOf[id]
	}
	return ""
}

// noteActs records who did each act the sentence names: the owner
// written before the noun ("Y के फैसले"), else the sentence's actor. An
// act pointed back to ("इस फैसले", "यह बयान") is not a new one, unless
// its owner is written before the demonstrative ("Y के उस बयान",
// ownedDemAct31).
func (a *Analyzer) noteActs(s *sentCtx, st *storyState) {
	st.saidBy = 0
	if s.screen&swAct == 0 {
		return
	}
	so := a.screenOf
	g29 := &st.owners29 // (kept between sentences: no allocation a call)
	g29.keys, g29.owners = g29.keys[:0], g29.owners[:0]
	for k := s.sn.a + 1; k < s.sn.b; k++ {
		// (A word without swAct has no act key: read by its id first,
		// speed24.go.)
		if i := uint(k - s.sn.a); i < uint(len(s.wid)) && uint(s.wid[i]) < uint(len(so)) && so[s.wid[i]]&swAct == 0 {
			continue
		}
		key := a.actKey(s, k)
		if key == "" {
			continue
		}
		og := ownedDemAct31(s, k) // "Y के उस बयान": Y's act (left31.go)
		switch s.w(k - 1) {
		case "इस", "उस", "यह", "वह", "ये", "वे", "इन", "उन":
			if og < 0 {
				continue
			}
		}
		// (A bare act noun read as pointing back: attach29.go.)
		if s.bareActAt29(k) {
			continue
		}
		e, owned, led := st.actor, false, false
		g := og
		if g < 0 {
			g = a.ownerGenitive(s, k)
		}
		if g >= 0 {
			for _, c := range s.chunks {
				if c.end == g && c.ent >= 0 && !a.isDeal[c.ent] {
					e, owned = c.ent, true
				}
			}
			if og >= 0 && !owned {
				continue // "… के उस बयान" with no tracked owner
			}
			// "X की अगुवाई वाले निवेशक समूह की पेशकश": X's, whatever
			// the body's noun was taken for (left31.go).
			if og < 0 {
				if l := s.ledOwner31(g); l >= 0 && !a.isDeal[l] {
					e, owned, led = l, true, true
				}
			}
		}
		// "संसद के नए विधेयक पर": an untracked owner's act, not the
		// actor's; "एक नया बजट" with no actor, a new act of no one
		// tracked (attach29.go).
		if e == st.actor && a.untrackedAct29(s, k) {
			e = -2
		}
		if e == -1 {
			continue
		}
		if st.acts == nil {
			st.acts = map[string]int{}
		}
		e = g29.note(key, max(e, -1))
		if st.actsOwned29 == nil {
			st.actsOwned29 = map[string]bool{}
		}
		// (Owned: written with its owner's genitive, now or before by
		// the same owner; attach29.go.)
		prev, had := st.acts[key]
		st.actsOwned29[key] = e >= 0 && (owned || had && prev == e && st.actsOwned29[key])
		st.acts[key] = e
		if led || st.led31 != nil {
			if st.led31 == nil {
				st.led31 = map[string]bool{}
			}
			st.led31[key] = led
		}
		if key == "decision" {
			st.dealAct26 = a.dealFormed26(s, k) + 1
		}
		if id := s.wordID(k); id >= 0 && a.actSaid[id] {
			st.saidBy = e + 1
		}
	}
}

// orgSubjectBefore is, for a singular agent pronoun (उसने, इसने) at chunk
// i, the organisation that is the nearest subject or agent before it in
// the sentence ("माइक्रोसॉफ्ट चुप है, हालांकि उसने …"), -1 if there is
// none or a person is the nearer one: news writes a person with the
// honorific plural, an organisation with the singular.
func (a *Analyzer) orgSubjectBefore(s *sentCtx, i int) int {
	if w := s.w(s.chunks[i].tok); w != "उसने" && w != "इसने" {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		o := s.chunks[j]
		if o.pron != 0 || o.ent < 0 || !(o.mk == mkAgent || o.mk == mkBare && !o.possessed) {
			continue
		}
		if a.isPerson[o.ent] || a.isDeal[o.ent] {
			return -1
		}
		return o.ent
	}
	return -1
}

// insertChunkAt inserts c, a noun group read at token k, as the sentence's
// p-th chunk, in k's clause; the groups after it move up one.
func (s *sentCtx) insertChunkAt(p, k int, c chunk) {
	c.clause = int(s.cid[k-s.sn.a])
	c.group = p
	for i := range s.chunks {
		if s.chunks[i].group >= p {
			s.chunks[i].group++
		}
	}
	s.chunks = slices.Insert(s.chunks, p, c)
}
