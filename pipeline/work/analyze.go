// Package work is the work stage: it turns a pipeline.Story into a
// pipeline.Analysis — tracked mentions, sums of money, deals, directed
// stances between tracked entities and the feud flag. Analyze is a pure
// function of (story, watchlist): no I/O, no clock.
package work

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/khabar/khabar/internal/classify"
	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Analyzer analyses stories against one watchlist. It is immutable after
// New and safe for concurrent use.
type Analyzer struct {
	ents     []watchlist.Entity
	isPerson []bool
	isDeal   []bool
	// platform marks entities where "<name> पर" means "on it" (एक्स पर
	// पोस्ट किया), not "at it" (lexicon/words.yaml: platforms).
	platform []bool
	matcher  *Matcher
	lex      *Lexicon
	// epithets: a tracked person's titles (from the watchlist), by
	// their first word.
	epithets map[string][]epithet
	flags    map[string]uint64
	// flagIdx indexes the words of flags, flagVals their flags: most
	// words of a story have none, and a miss in the index costs little
	// (wordindex.go).
	flagIdx  wordIndex
	flagVals []uint64
	actKeyOf []string    // by flagIdx id: the act noun the word is a form of, "" none (actNouns.lookup)
	actSaid  []bool      // by flagIdx id: that act noun is said or held
	exactOf  [][]int32   // by flagIdx id: the lexicon entries the word starts (Lexicon.exact)
	exactSec [][]int32   // by flagIdx id: per entry of exactOf, its second word's id, secNone, secLoose or secNoID (exactSecOf)
	secMask  []uint64    // by flagIdx id: which next words may let an exact entry be tried (secMaskOf)
	gapOf    []bool      // by flagIdx id: a gap word (Lexicon.isGap)
	prefixOf [][]int32   // by flagIdx id: the prefix entries the word starts (Lexicon.prefixList, those whose first pattern it matches)
	startsOf []bool      // by flagIdx id: the word has exact or prefix entries (exactOf, prefixOf): it may start an entry
	epithOf  [][]epithet // by flagIdx id: the epithets the word starts (epithets)
	amtStart []bool      // by flagIdx id + 1 (field.wid): the word can open an amount (hindi.AmountStarters)
	currency []bool      // by flagIdx id + 1 (field.wid): the word can give an amount its currency (hindi.CurrencyWords)
	// tokMark, by flagIdx id + 1, marks the words prepareBuf lists in a
	// field: markTitle (field.titleToks), markCurrency (field.curToks).
	tokMark []uint8
	// tieNoun36 is tieNoun18 of each word by its id + 1 (speed36.go).
	tieNoun36 []bool
	according []bool       // by flagIdx id + 1 (field.wid): the word is one of accordingWords
	screenOf  []uint64     // by flagIdx id + 1 (field.wid): the word's sentence-screen bits (screenWords)
	ruleOf    []uint64     // by flagIdx id + 1 (field.wid): the word's rule bits (ruleWords, rules16.go)
	classOf   []uint64     // by flagIdx id + 1: the word's class bits (wordClassBits, words.yaml)
	classOf2  []classWord2 // likewise, the second word (wordClassBits2; session 27)
	affil     map[[2]int]bool
	affilM    []bool // affil as a matrix, row x column y at x*len(ents)+y (affiliated)
	// affilDated14: the titles that tie a person to an organisation,
	// with their periods (proxy14.go).
	affilDated14 map[[2]int]*affilTie14
	// datedTies24 is affilDated14's ties that a story's date may undo
	// (not always, with periods), as a list (datedAffil14 reads it for
	// every story; speed24.go).
	datedTies24 []datedTie24
	// roleEnds25[p] is the last word of each of person p's watchlist
	// titles of two words or more, built once in New (holdsRole).
	roleEnds25 [][]string
	// tokInfo, by flagIdx id + 1 (0: no word), is flagVals and tokMark
	// side by side: prepareBuf reads both for every token, with one
	// index check.
	tokInfo []tokInfo
	// danda32 is the danda's flagIdx id + 1 (stops32.go).
	danda32 int32
	// clauseMark, by flagIdx id + 1 (field.wid), marks the words the
	// clause loop must read itself (cmNoisy, cmAccording; quietRun).
	clauseMark []uint8
	// lexStart, by flagIdx id, is what matchIDInto reads of the word:
	// its exact entries grouped by the next word's id (exactByNextOf),
	// so it visits only those it may try, and its prefix entries.
	lexStart []lexStart
	// cls reads a story's language and topic; stanceLangs are the
	// languages whose stances are read (classify.go).
	cls         *classify.Classifier
	stanceLangs map[string]bool
	entByID     map[string]int
	// idKey is, per entity, the index entByID gives its ID: stanceKey
	// keys a stance by it, as it was keyed by the ID (stance.go, add).
	idKey []int32
	// topicKind26 and idRank26, by entity, are the type classifyTopic
	// reads of its ID and the ID's rank (classify26.go).
	topicKind26 []uint8
	idRank26    []int32
	// epithIdx, by flagIdx id, says which of epithOf's epithets
	// epithetAt reads (ground.go).
	epithIdx []epithIndex
	// bufs holds *storyBufs, the per-story scratch Analyze reuses.
	bufs *sync.Pool
	// trace, when set (tests only), sees each sentence once it is read.
	trace func(s *sentCtx)
	// observe, when set (tests only), sees each story and its analysis.
	observe func(pipeline.Story, pipeline.Analysis)
	// openGuards, when set (tests only), calls every reader that
	// readSentence and readClause dispatch on screen or rule bits, as if
	// each bit were set: the readers' own first tests must then give the
	// same output (TestDispatchGuardsExact).
	openGuards bool
}

// storyBufs is the scratch of one Analyze call: its fields' token and
// word slices, reused from story to story (nothing Analyze returns points
// into them).
type storyBufs struct {
	fields [2]fieldBuf
	// rd is the stance reader's scratch; readSentence sets all of it it
	// reads, sentence after sentence, so a story may start where the
	// last one left it.
	rd reader
	// st is the story's state, reset for each story (its maps kept).
	st storyState
	// words is the classifier's reading of the story: its language and
	// its topic read the same words (classify.Reading).
	words classify.Reading
	// offices is bodyOffices' map, cleared for each story.
	offices map[string]int
}

type fieldBuf struct {
	norm  []byte
	toks  []hindi.Token
	words []string
	wid   []int32
	fl    []uint64
	sents []sentence
	title []int32
	cur   []int32
	start []int32
	punct []int32
	reply []int32       // (replyToks25)
	money []hindi.Money // amounts' scratch
	// mentions is the field's mention list, kept for the next story
	// (Matcher.ground appends into it).
	mentions []mention
	// f and text are the field itself and its text (prepareBuf), kept
	// with the scratch: a story allocates neither.
	f    field
	text hindi.Text
}

// tokInfo is a word's flags and marks (Analyzer.tokInfo).
type tokInfo struct {
	fl   uint64
	mark uint8
}

// Marks of Analyzer.tokMark.
const (
	markTitle uint8 = 1 << iota
	markCurrency
	markStart
	// markPunct: a sentence stop, a line break or a quote mark
	// (punctMarkWords): sentencesBuf, markQuotes and markSingleQuotes12
	// visit only these tokens.
	markPunct
)

// punctMarkWords are the tokens field.punctToks lists: the stops
// sentencesBuf ends a sentence at, the line break, and the double and
// single quote marks markQuotes and markSingleQuotes12 pair.
var punctMarkWords = [...]string{"।", "॥", "?", "!", "|", ";", ".", "\n", "\"", "'"}

// maxKeptTokens bounds the buffers a pool keeps, so one huge story does
// not pin its memory.
const maxKeptTokens = 1 << 16

// New compiles the watchlist's aliases into one automaton.
func New(wl *watchlist.Watchlist, opts ...Option) (*Analyzer, error) {
	if wl == nil {
		return nil, errors.New("work: nil watchlist")
	}
	lex, err := LoadLexicon()
	if err != nil {
		return nil, fmt.Errorf("work: %w", err)
	}
	ents := wl.Entities()
	a := &Analyzer{
		ents:     ents,
		isPerson: make([]bool, len(ents)),
		isDeal:   make([]bool, len(ents)),
		platform: make([]bool, len(ents)),
		matcher:  newMatcher(ents),
		lex:      lex,
		epithets: buildEpithets(ents),
		bufs:     &sync.Pool{New: func() any { return new(storyBufs) }},
	}
	// The analyzer's word flags: the lexicon's, and the first words of
	// the watchlist's epithets.
	a.flags = make(map[string]uint64, len(lex.flags)+len(a.epithets))
	for w, f := range lex.flags {
		a.flags[w] = f
	}
	for w := range a.epithets {
		a.flags[w] |= fwEpithet
	}
	// The index also holds the act nouns, the matcher's alias words and
	// its grounding words (Matcher.words) (flags 0 unless the lexicon
	// gives some): prepareBuf looks each token up once (field.wid), and
	// the matcher, grounding and the stance reader read per-word facts by
	// its id, with no lookup of their own.
	acts := a.actNouns()
	inFlags := make(map[string]bool, len(a.flags))
	flagWords := make([]string, 0, len(a.flags)+len(acts.key)+len(a.matcher.vocab))
	for w := range a.flags {
		flagWords = append(flagWords, w)
		inFlags[w] = true
	}
	for _, ws := range []map[string]bool{boolKeys(acts.key), boolKeys(a.matcher.vocab), boolKeys(a.matcher.words), boolKeys(lex.classBits), boolKeys(lex.classBits2)} {
		for w := range ws {
			if !inFlags[w] {
				flagWords = append(flagWords, w)
				inFlags[w] = true
			}
		}
	}
	starters, currencies := hindi.AmountStarters(), hindi.CurrencyWords()
	rivals := slices.Sorted(maps.Keys(a.matcher.rivals))
	for _, w := range slices.Concat(starters, currencies, accordingWords[:], screenWordList(), ruleWordList(), rivals, punctMarkWords[:]) {
		if !inFlags[w] {
			flagWords = append(flagWords, w)
			inFlags[w] = true
		}
	}
	sort.Strings(flagWords)
	a.flagIdx = newWordIndex(flagWords)
	a.flagVals = make([]uint64, len(flagWords))
	a.actKeyOf = make([]string, len(flagWords))
	a.actSaid = make([]bool, len(flagWords))
	a.exactOf = make([][]int32, len(flagWords))
	a.exactSec = make([][]int32, len(flagWords))
	a.secMask = make([]uint64, len(flagWords))
	a.lexStart = make([]lexStart, len(flagWords))
	a.gapOf = make([]bool, len(flagWords))
	a.prefixOf = make([][]int32, len(flagWords))
	a.startsOf = make([]bool, len(flagWords))
	a.epithOf = make([][]epithet, len(flagWords))
	// The matcher's vocabulary id by word id + 1 (0: no word), and
	// the node an alias starting with it goes to from the root (-1: none).
	a.matcher.vocabOf = make([]int32, len(flagWords)+1)
	a.matcher.firstOf = make([]int32, len(flagWords)+1)
	a.matcher.firstOf[0] = -1
	a.matcher.vocabOf[0] = -1
	a.matcher.classOf = make([]nameClass, len(flagWords)+1)
	a.amtStart = make([]bool, len(flagWords)+1)
	for _, w := range starters {
		a.amtStart[a.flagIdx.lookup(w)+1] = true
	}
	a.currency = make([]bool, len(flagWords)+1)
	for _, w := range currencies {
		a.currency[a.flagIdx.lookup(w)+1] = true
	}
	a.according = make([]bool, len(flagWords)+1)
	for _, w := range accordingWords {
		a.according[a.flagIdx.lookup(w)+1] = true
	}
	a.clauseMark = make([]uint8, len(flagWords)+1)
	for i, w := range flagWords {
		if w == "पर" || relForm(w) || isQuote(w) {
			a.clauseMark[i+1] |= cmNoisy
		}
		if a.according[i+1] {
			a.clauseMark[i+1] |= cmAccording
		}
	}
	a.screenOf = make([]uint64, len(flagWords)+1)
	for _, sw := range screenWords {
		a.screenOf[a.flagIdx.lookup(sw.w)+1] |= sw.bit
	}
	for i, w := range flagWords {
		a.matcher.vocabOf[i+1] = a.matcher.vocabIdx.lookup(w)
		a.matcher.classOf[i+1] = a.matcher.words[w]
		a.matcher.firstOf[i+1] = -1
		if v := a.matcher.vocabOf[i+1]; v >= 0 {
			if node, ok := a.matcher.trans[uint64(uint32(v))]; ok {
				a.matcher.firstOf[i+1] = node
			}
		}
		a.flagVals[i] = a.flags[w]
		a.actKeyOf[i], a.actSaid[i] = acts.lookup(w)
		a.exactOf[i] = lex.exact[w]
		a.exactSec[i] = a.exactSecOf(a.exactOf[i])
		a.secMask[i] = secMaskOf(a.exactSec[i])
		a.gapOf[i] = lex.isGap(w)
		a.prefixOf[i] = lex.firstMatching(lex.prefixList(w), w)
		a.lexStart[i] = lexStart{
			exactByNext: exactByNextOf(a.exactOf[i], a.exactSec[i]),
			prefix:      a.prefixOf[i],
			pre:         lex.prefixTryOf(a.prefixOf[i]),
			secMask:     a.secMask[i],
			lists:       len(a.exactSec[i]) != len(a.exactOf[i]) || len(a.exactOf[i]) == 0,
		}
		for _, l := range a.lexStart[i].exactByNext.lists {
			lex.sameSeconds(l)
		}
		lex.sameSeconds(a.lexStart[i].any)
		lex.sameSeconds(a.lexStart[i].anyID)
		a.startsOf[i] = len(a.exactOf[i]) > 0 || len(a.prefixOf[i]) > 0
		a.epithOf[i] = a.epithets[w]
	}
	a.buildEpithIndex()
	// (After flagVals and classOf are filled.)
	for i, x := range a.flagVals {
		if x&fwWh != 0 {
			a.screenOf[i+1] |= swWh
		}
		if x&fwOrgNoun != 0 {
			a.screenOf[i+1] |= swOrgNoun
		}
		if x&fwCharge != 0 {
			a.screenOf[i+1] |= swChargeF15
		}
		if x&fwDecision != 0 || a.actKeyOf[i] != "" {
			a.screenOf[i+1] |= swAct
		}
		if x&(fwRoleNoun|fwEpithet) != 0 {
			a.screenOf[i+1] |= swTitleWord
		}
	}
	for _, w := range rivals {
		a.screenOf[a.flagIdx.lookup(w)+1] |= swRival
	}
	a.ruleOf = a.ruleOfWords() // (after flagVals and actKeyOf)
	a.classOf = make([]uint64, len(flagWords)+1)
	for w, b := range lex.classBits {
		a.classOf[a.flagIdx.lookup(w)+1] |= b
	}
	a.classOf2 = make([]classWord2, len(flagWords)+1)
	for w, b := range lex.classBits2 {
		a.classOf2[a.flagIdx.lookup(w)+1] |= b
	}
	a.classRules24() // (speed24.go; after ruleOf and classOf)
	a.tokMark = make([]uint8, len(flagWords)+1)
	for i := range a.tokMark {
		if a.matcher.classOf[i]&(ncTitle|ncOffice) != 0 {
			a.tokMark[i] |= markTitle
		}
		if a.currency[i] {
			a.tokMark[i] |= markCurrency
		}
		if a.matcher.firstOf[i] >= 0 {
			a.tokMark[i] |= markStart
		}
	}
	for _, w := range punctMarkWords {
		a.tokMark[a.flagIdx.lookup(w)+1] |= markPunct
	}
	a.screens25() // (screen25.go; after ruleOf, classOf and tokMark)
	a.screens30() // (speed30.go; after ruleOf and classOf2)
	a.screens33() // (speed33.go; after ruleOf and classOf)
	a.screens34() // (speed34.go; after ruleOf and classOf2)
	a.screens35() // (speed35.go; after ruleOf, classOf2 and tokMark)
	a.screens36() // (speed36.go; after classOf and tokMark)

	// (speed36b.go; after ruleOf, classOf, classOf2 and flagVals.)
	a.screens36b()
	// (matcher33.go: the matcher's trans and org_institutions as tables.)
	a.matcher.buildTrans33()
	a.matcher.buildOrgInst33(&a.flagIdx, len(flagWords)+1)
	a.tokInfo = make([]tokInfo, len(flagWords)+1)
	for i := range a.tokInfo {
		a.tokInfo[i].mark = a.tokMark[i]
		if i > 0 {
			a.tokInfo[i].fl = a.flagVals[i-1]
		}
	}
	a.danda32 = a.flagIdx.lookup("।") + 1 // (stops32.go)
	// A person whose watchlist titles name an organisation ("टेस्ला
	// प्रमुख", "मेटा के सीईओ") takes no stance on it, nor it on them.
	a.affil = map[[2]int]bool{}
	for i, e := range ents {
		if e.Type != pipeline.TypePerson {
			continue
		}
		for _, ep := range e.EpithetPeriods {
			a.matcher.scan(hindi.NormalizeString(ep.Text), func(m rawMatch) {
				if o := int(a.matcher.term[m.node].entity); o >= 0 && o != i && ents[o].Type == pipeline.TypeOrg {
					a.affil[[2]int{i, o}] = true
					a.noteAffilPeriod14(i, o, ep)
				}
			})
		}
	}
	a.datedTies24 = a.datedTies() // (speed24.go; after noteAffilPeriod14)
	a.roleEnds25 = make([][]string, len(ents))
	for i, e := range ents {
		for _, ep := range e.Epithets {
			if ws := epithetWords(ep); len(ws) > 1 {
				a.roleEnds25[i] = append(a.roleEnds25[i], ws[len(ws)-1])
			}
		}
	}
	a.affilM = make([]bool, len(ents)*len(ents))
	a.matcher.chief24 = map[[2]int32]bool{}
	for p := range a.affil {
		a.affilM[p[0]*len(ents)+p[1]] = true
		a.matcher.chief24[[2]int32{int32(p[0]), int32(p[1])}] = true
	}
	for i, e := range ents {
		a.isPerson[i] = e.Type == pipeline.TypePerson
		a.isDeal[i] = e.Type == pipeline.TypeDeal
		a.platform[i] = slices.Contains(lex.Platforms, e.ID)
	}
	a.entByID = make(map[string]int, len(ents))
	for i, e := range ents {
		a.entByID[e.ID] = i
	}
	a.idKey = make([]int32, len(ents))
	for i, e := range ents {
		a.idKey[i] = int32(a.entByID[e.ID])
	}
	if err := a.setupClassifier(opts); err != nil {
		return nil, err
	}
	return a, nil
}

// Matcher returns the mention automaton (for benchmarks and tools).
func (a *Analyzer) Matcher() *Matcher { return a.matcher }

// mention is a match kept after the name rules, in one field.
type mention struct {
	entity     int
	start, end int // normalised offsets
	tok        int // index of its first token
	tokEnd     int // index after its last token
}

// field is one analysed field of a story.
type field struct {
	name  string
	text  *hindi.Text
	toks  []hindi.Token
	words []string // normalised text of each token
	wid   []int32  // each token's flagIdx id + 1 (0: not in it); nil: not looked up
	fl    []uint64 // each token's word flags (Analyzer.flagVals by wid); nil with wid
	// titleToks lists, in order, the word tokens whose word's name class
	// (Matcher.classOf) has ncTitle or ncOffice, when titled is set
	// (prepareBuf): learnUntracked and bodyOffices read only them.
	titleToks []int32
	titled    bool
	// curToks lists, in order, the tokens whose word can give an amount
	// its currency (Analyzer.currency), when titled is set.
	curToks []int32
	// startToks lists, in order, the word tokens whose word starts an
	// alias (Matcher.firstOf), when titled is set: Matcher.scanTokens
	// tries only them.
	startToks []int32
	// punctToks lists, in order, the tokens whose word is one of
	// punctMarkWords, when titled is set.
	punctToks []int32
	// replyToks25 lists, in order, the tokens whose word is of class
	// cwReply25 (markReply25), when marked25 is set: answeredAttacks25
	// reads only their sentences (screen25.go).
	replyToks25 []int32
	// claim35 reports a token whose word is of second class cwClaimNoun34
	// (markClaim35), when marked25 is set (speed35.go).
	claim35 bool
	// refusal35b reports a token whose word is of second class
	// cwOfferRefusal27 (markRefusal35b), when marked25 is set (speed35.go).
	refusal35b bool
	// counter36 reports a token whose word is of class cwCounter25
	// (markCounter36), when marked25 is set (speed36.go).
	counter36 bool
	marked25  bool
	mentions  []mention
	// buf is the scratch the field's slices live in.
	buf *fieldBuf
}

// Analyze analyses one story.
func (a *Analyzer) Analyze(s pipeline.Story) pipeline.Analysis {
	out := pipeline.Analysis{
		ID:       s.ID,
		Entities: []string{},
		Mentions: []pipeline.Mention{},
		Amounts:  []pipeline.Amount{},
		Deals:    []string{},
		Stances:  []pipeline.Stance{},
		Shifts:   []pipeline.Event{},
	}
	// seen lists the story's entities once each (a story names few: a
	// scan beats a map).
	var seenArr [16]int
	seen := seenArr[:0]
	bufs := a.bufs.Get().(*storyBufs)
	defer a.putBufs(bufs)
	st := &bufs.st
	st.reset()
	rd := &bufs.rd
	rd.s.nsent, rd.s.co, rd.s.lastSpk, rd.s.lastSpkField = 0, coGroup{}, -1, nil
	rd.s.carry, rd.s.inherit = pieceAgent{}, pieceAgent{}
	rd.s.qSpk, rd.s.qSpkField, rd.s.actSrc, rd.s.actField, rd.s.pairSent = -1, nil, -1, nil, 0
	rd.s.untrackedHit, rd.s.untrackedSent, rd.s.colonSent = rd.s.untrackedHit[:0], 0, 0
	rd.s.docSpk, rd.s.docField = -1, nil
	rd.s.listEnts, rd.s.listField = rd.s.listEnts[:0], nil
	// A field is its scratch's (prepareBuf): no pointer to a field of
	// an earlier story may match one of this story's.
	rd.s.trioField = nil
	// Both fields are read before grounding: a headline's short name is
	// resolved by the body's full names (Matcher.ground).
	fields := make([]*field, 0, 2)
	// A title-less story's headline line is read as its title
	// (headline32.go).
	title, body, shift := headlineSplit32(&s)
	for k, fd := range [2]struct{ name, text string }{{"title", title}, {"body", body}} {
		if fd.text != "" {
			fields = append(fields, a.prepareBuf(fd.name, fd.text, &bufs.fields[k]))
		}
	}
	a.matcher.ground(fields)
	if n := len(fields); n > 0 && fields[n-1].name == "body" {
		st.body16 = fields[n-1]
	}
	for _, f := range fields {
		f.buf.mentions = f.mentions // (grown or not: kept)
	}
	readStances := a.classifyLanguage(&bufs.words, s, &out)
	titleVerbless := false
	st.published = s.Published
	a.datedAffil14(st)
	for _, f := range fields {
		for _, m := range f.mentions {
			st.named.add(m.entity)
			if f.name == "body" && a.isPerson[m.entity] && !slices.Contains(st.bodyPersons, m.entity) {
				st.bodyPersons = append(st.bodyPersons, m.entity)
			}
		}
	}
	nm := 0
	for _, f := range fields {
		nm += len(f.mentions)
	}
	out.Mentions = make([]pipeline.Mention, 0, nm)
	for _, f := range fields {
		for _, m := range f.mentions {
			os, oe := f.text.OrigSpan(m.start, m.end)
			out.Mentions = append(out.Mentions, pipeline.Mention{
				Entity: a.ents[m.entity].ID, Text: f.text.Orig[os:oe], Field: f.name, Start: os, End: oe,
			})
			if !slices.Contains(seen, m.entity) {
				seen = append(seen, m.entity)
			}
		}
		sents := sentencesBuf(f, f.buf.sents)
		f.buf.sents = sents
		a.markQuotes(f, sents)
		a.markInterview21(f, sents)
		a.markNameLabel30(f, sents) // "सन: …" answers (ref30.go)
		a.markSingleQuotes12(f, sents)
		a.amounts(f, sents, &out)
		// The title is its own context: a pronoun in the body does not
		// point into the headline.
		if f.name == "body" {
			st.lastAgent, st.lastOrg = -1, -1
			st.titleOrg36 = a.titleOrg36(fields) // (mutual36.go)
		}
		if !readStances {
			continue
		}
		// The headline is read knowing the offices the body gives to
		// someone untracked ("प्रधानमंत्री ने …" over "ब्रिटेन के
		// प्रधानमंत्री कीर स्टार्मर"): they are nobody's there. The body
		// then learns its offices as it reads.
		var pre map[string]int
		if f.name == "title" && len(fields) == 2 {
			clear(bufs.offices)
			pre = a.bodyOffices(fields[1], st.published, bufs.offices)
			bufs.offices = pre
			for w, e := range pre {
				if e >= 0 {
					delete(pre, w)
					continue
				}
				if st.offices == nil {
					st.offices = map[string]int{}
				}
				st.offices[w] = e
			}
		}
		if f.name == "title" {
			titleVerbless = true
			for k := range f.fl {
				if f.fl[k]&fwFinite != 0 {
					titleVerbless = false
				}
			}
		}
		for _, sn := range sents {
			a.readSentence(f, sn, st, rd)
		}
		for w := range pre {
			delete(st.offices, w)
		}
	}
	if readStances {
		a.answeredAttacks25(fields, st)  // (reply25.go)
		a.retorts26(fields, st)          // (retort26.go)
		a.suitMotives33(fields, st)      // a suit answered by its motive (mutual33.go)
		a.claimsAnswered34(fields, st)   // the claim a rebuttal answers (reply34.go)
		a.judgedAttacks35(fields, st)    // the answer that judges the attack (mutual35.go)
		a.deedJudged36(fields, st)       // the answer that judges the attacker's deed (mutual36.go)
		a.selfCharges36(fields, st)      // the answer that turns the charge back: "Y खुद …" (mutual36.go)
		a.answeredEarlier36b(fields, st) // an answer points back at the attack it answers (mutual36b.go)
		a.answeredTitle37(fields, st)    // a headline answer's attack told in the body (mutual37.go)
		a.praiseAnswered35(fields, st)   // praise answered by words about the praiser (mutual35.go)
		a.praiseReturned37(fields, st)   // praise returned in the next sentence (mutual37.go)
		a.counterWords35(fields, st)     // a counter-attack's words about the attacker (mutual35.go)
		a.titleAnswers35(fields, st)     // a headline's answer to the attack it tells (mutual35.go)
		a.labelDismissed35b(fields, st)  // a person dismissed with a label (mutual35b.go)
		a.echoPraise35b(fields, st)      // praise echoed with "X ने भी" (mutual35b.go)
		a.ownSideJoins35b(fields, st)    // the owner joins his organisation's attack (ownside35b.go)
		a.tieAttacks35b(fields, st)      // an attack on a tie is on both parties (tieattack35b.go)
	}
	out.Entities = make([]string, 0, len(seen))
	for _, e := range seen {
		out.Entities = append(out.Entities, a.ents[e].ID)
		if a.isDeal[e] {
			out.Deals = append(out.Deals, a.ents[e].ID)
		}
	}
	slices.Sort(out.Entities) // (as sort.Strings, with no interface to allocate)
	slices.Sort(out.Deals)
	a.classifyTopic(&bufs.words, s, seen, &out)
	out.Stances = make([]pipeline.Stance, 0, len(st.stanceList))
	for i := range st.stanceList {
		s := &st.stanceList[i]
		if tieLabelUndone15(st.stanceList, i, titleVerbless) && !slices.Contains(st.announced32, i) || tieLabelTalked32(st.stanceList, i, titleVerbless, fields) || mixedPraise15(st.stanceList, i) || a.labelBreakReversed29(st, i) || a.chargeTold36b(st, i) {
			continue // "X-Y करार" over a deal only planned or ended (precision15.go)
		}
		out.Stances = append(out.Stances, *s)
		if s.Polarity == pipeline.Hostile && s.Source != s.Target && s.Asserted() {
			out.Feud = true
		}
	}
	out.Stances = a.chiefStances25(fields, st, out.Stances) // an organisation's tied chief (chief25.go)
	slices.SortFunc(out.Stances, compareStances)            // (speed12.go)
	out.Entities = referredEntities18(out.Entities, out.Stances)
	headlineBack32(&out, shift)
	if a.observe != nil {
		a.observe(s, out)
	}
	return out
}

// prepare normalises and tokenises one field; Matcher.ground finds its
// mentions.
func (a *Analyzer) prepare(name, text string) *field {
	return a.prepareBuf(name, text, &fieldBuf{})
}

// prepareBuf is prepare with the token and word slices taken from buf
// (and kept there, grown, for the next story).
func (a *Analyzer) prepareBuf(name, text string, buf *fieldBuf) *field {
	f := &buf.f
	*f = field{name: name, buf: buf, mentions: buf.mentions[:0], text: &buf.text}
	if buf.toks == nil {
		buf.toks = make([]hindi.Token, 0, len(text)/8+4)
	}
	// Normalisation and tokens in one pass over the bytes.
	buf.norm, f.toks = hindi.NormalizeTokenizeInto(f.text, text, buf.norm, buf.toks[:0])
	norm := f.text.Norm
	buf.toks = f.toks
	if cap(buf.words) < len(f.toks) {
		buf.words = make([]string, len(f.toks), cap(f.toks))
	}
	f.words = buf.words[:len(f.toks)]
	buf.words = f.words
	if cap(buf.wid) < len(f.toks) {
		buf.wid = make([]int32, len(f.toks), cap(f.toks))
	}
	f.wid = buf.wid[:len(f.toks)]
	buf.wid = f.wid
	if cap(buf.fl) < len(f.toks) {
		buf.fl = make([]uint64, len(f.toks), cap(f.toks))
	}
	f.fl = buf.fl[:len(f.toks)]
	buf.fl = f.fl
	// The slices in locals, of one length: the loop reads and writes
	// them without reloading them from f or checking each index.
	toks, words, wid, fl := f.toks, f.words, f.wid, f.fl
	words, wid, fl = words[:len(toks)], wid[:len(toks)], fl[:len(toks)]
	info := a.tokInfo
	ml := markLists{title: buf.title[:0], cur: buf.cur[:0], start: buf.start[:0], punct: buf.punct[:0], reply: buf.reply[:0]}
	// The words and their ids in a loop of their own (its tables stay
	// in registers), then each token's flags and marks by its id.
	a.flagIdx.lookupTokens(norm, toks, words, wid)
	if len(info) == 0 {
		clear(fl)
	} else {
		fl = fl[:len(wid)]
		for i, id := range wid {
			x := &info[id] // (an id is below len(info): New)
			fl[i] = x.fl
			if m := x.mark; m == markPunct {
				ml.punct = append(ml.punct, int32(i))
			} else if m != 0 {
				ml.note(m, i, toks[i].Kind)
			}
		}
	}
	a.stops32(toks, words, wid, fl, ml.punct) // "|" and "." typed for the danda (stops32.go)
	buf.title, buf.cur, buf.start, buf.punct, buf.reply = ml.title, ml.cur, ml.start, ml.punct, ml.reply
	f.titleToks, f.curToks, f.startToks, f.punctToks, f.titled = ml.title, ml.cur, ml.start, ml.punct, a.tokMark != nil
	f.replyToks25, f.claim35, f.refusal35b, f.marked25 = ml.reply, ml.claim, ml.refusal, len(info) != 0
	f.counter36 = ml.counter
	return f
}

// markLists are the token lists prepareBuf makes by the words' marks.
type markLists struct {
	title, cur, start, punct, reply []int32
	claim                           bool // a token marked markClaim35
	refusal                         bool // a token marked markRefusal35b
	counter                         bool // a token marked markCounter36
}

// note lists token i (of kind k) by its word's marks m. Out of line: the
// few marked tokens pay a call, the flag loop keeps its registers.
//
//go:noinline
func (ml *markLists) note(m uint8, i int, k hindi.TokenKind) {
	if m&markTitle != 0 && k == hindi.Word {
		ml.title = append(ml.title, int32(i))
	}
	if m&markCurrency != 0 {
		ml.cur = append(ml.cur, int32(i))
	}
	if m&markStart != 0 && k == hindi.Word {
		ml.start = append(ml.start, int32(i))
	}
	if m&markPunct != 0 {
		ml.punct = append(ml.punct, int32(i))
	}
	if m&markReply25 != 0 {
		ml.reply = append(ml.reply, int32(i))
	}
	if m&markClaim35 != 0 {
		ml.claim = true
	}
	if m&markRefusal35b != 0 {
		ml.refusal = true
	}
	if m&markCounter36 != 0 {
		ml.counter = true
	}
}

// boolKeys is the set of m's keys.
func boolKeys[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// putBufs returns a story's scratch to the pool, dropping its references
// to the story's text.
// maxKeptStances bounds the story state a pool keeps.
const maxKeptStances = 256

func (a *Analyzer) putBufs(b *storyBufs) {
	for k := range b.fields {
		fb := &b.fields[k]
		clear(fb.words)
		if cap(fb.toks) > maxKeptTokens || cap(fb.words) > maxKeptTokens || cap(fb.wid) > maxKeptTokens || cap(fb.fl) > maxKeptTokens || cap(fb.norm) > 8*maxKeptTokens || cap(fb.sents) > maxKeptTokens || cap(fb.title) > maxKeptTokens || cap(fb.cur) > maxKeptTokens || cap(fb.start) > maxKeptTokens || cap(fb.punct) > maxKeptTokens || cap(fb.reply) > maxKeptTokens || cap(fb.mentions) > maxKeptTokens {
			*fb = fieldBuf{}
		}
		fb.toks, fb.words = fb.toks[:0], fb.words[:0]
		fb.f = field{}
		fb.text.Release()
	}
	// Drop the story's field and state, keep the buffers.
	b.words.Reset("", "", false)
	// bodyOffices' keys are the body's words: let the text go now.
	clear(b.offices)
	b.rd.s.f, b.rd.s.st, b.rd.s.lastSpkField, b.rd.s.qSpkField, b.rd.s.actField = nil, nil, nil, nil, nil
	// The state keeps its maps unless a huge story grew them; its
	// stances (evidence text) are let go now.
	if len(b.st.stanceList) > maxKeptStances || len(b.st.titles) > maxKeptStances {
		b.st = storyState{}
	} else {
		clear(b.st.stanceList)
		b.st.stanceList = b.st.stanceList[:0]
	}
	a.bufs.Put(b)
}

// amounts reads the sums of money of a field and attaches a deal named in
// the same sentence.
func (a *Analyzer) amounts(f *field, sents []sentence, out *pipeline.Analysis) {
	for _, sn := range sents {
		if !a.mayOpenAmount(f, sn) {
			continue // most sentences: no number and no amount word
		}
		ms := hindi.AppendAmounts(f.buf.money[:0], f.text.Norm, f.toks[sn.a:sn.b])
		f.buf.money = ms
		if len(ms) == 0 {
			continue
		}
		deal := ""
		for _, m := range f.mentions[sn.ma:sn.mb] {
			if a.isDeal[m.entity] {
				deal = a.ents[m.entity].ID
				break
			}
		}
		for _, m := range ms {
			os, oe := f.text.OrigSpan(m.Start, m.End)
			am := pipeline.Amount{Value: m.Value, Currency: m.Currency, Text: f.text.Orig[os:oe], Deal: deal}
			dup := false
			for i, x := range out.Amounts {
				if x.Currency == am.Currency && math.Abs(x.Value-am.Value) <= 1e-9*math.Max(x.Value, am.Value) {
					if x.Deal == "" {
						out.Amounts[i].Deal = deal
					}
					dup = true
					break
				}
			}
			if !dup {
				out.Amounts = append(out.Amounts, am)
			}
		}
	}
}

// mayOpenAmount reports whether a token of the sentence can open an
// amount (a number, or a word of hindi.AmountStarters, by its id) and
// one can give it a currency (hindi.CurrencyWords): ParseAmounts finds
// nothing in a sentence without both.
func (a *Analyzer) mayOpenAmount(f *field, sn sentence) bool {
	if f.wid == nil {
		return true
	}
	// An amount needs a currency too (hindi.CurrencyWords): most
	// sentences with a number (a date, a count) have none.
	if f.titled {
		i, _ := slices.BinarySearch(f.curToks, int32(sn.a))
		if i >= len(f.curToks) || int(f.curToks[i]) >= sn.b {
			return false
		}
	}
	open, cur := false, false
	for k := sn.a; k < sn.b; k++ {
		id := f.wid[k]
		open = open || f.toks[k].Kind == hindi.Number || a.amtStart[id]
		cur = cur || a.currency[id]
		if open && cur {
			return true
		}
	}
	return false
}
