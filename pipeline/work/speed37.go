package work

import (
	"unicode"
	"unicode/utf8"

	"github.com/khabar/khabar/pipeline"
)

// Speed, session 37: string-keyed map lookups in the lexicon's pattern
// matcher screened by their words' first bytes, output unchanged
// (TestPerfEquivalence; cmp of its output before and after).
//
//   - progressive33b (asked by matchIn for every light-verb pattern a
//     word is tried against) looked the next word up in progAux33b, the
//     forms of रह-; every form opens with रह, so progAux37 reads the map
//     only for a word of a form's length that opens so (as completive22
//     screens चुक- by completiveAuxLead26).
//   - pattern.match looked a word up in paraOf, the light verbs' forms,
//     when its first letter opens one (paraFirst): so do के, की, को,
//     कहा, है, में … paraScreen37 also asks the second letter and the
//     word's length: a form's (first letter, second letter) pair is marked
//     in paraPair37, its length in paraLen37 of its first letter. Every
//     form passes both; the map answers as before for every word read.

// progAuxLead37 opens every form of progAux33b.
const progAuxLead37 = "रह"

// progAux37 is progAux33b[w], the map read only for a word that may be
// in it (3 or 4 letters opening with रह).
func progAux37(w string) bool {
	return len(w) >= 9 && len(w) <= 12 && w[:len(progAuxLead37)] == progAuxLead37 && progAux33b[w]
}

// paraPair37 marks, by the last byte of a form's first letter (E0 A4 xx),
// the second letter's middle byte's low bit and last byte: bit
// (b4&1)<<6 | b5&0x3F of word [b2&0x3F].
var paraPair37, paraLen37 = func() (p [64][2]uint64, l [64]uint32) {
	for f := range paraOf {
		if len(f) < 6 || len(f) > 31 || f[0] != 0xE0 || f[1] != 0xA4 {
			panic("paraOf: " + f + " is not two Devanagari letters or more")
		}
		p[f[2]&0x3F][f[4]&1] |= 1 << (f[5] & 0x3F)
		l[f[2]&0x3F] |= 1 << len(f)
	}
	return p, l
}()

// paraScreen37 reports that w may be a form of paraOf: false for every
// word paraOf does not hold and some it does not either; true for every
// form. w must open with E0 A4 and be six bytes or more (pattern.match
// asks it after paraFirst).
func paraScreen37(w string) bool {
	i := w[2] & 0x3F
	return len(w) < 32 && paraLen37[i]&(1<<len(w)) != 0 && paraPair37[i][w[4]&1]&(1<<(w[5]&0x3F)) != 0
}

// Session 37: the story's stance index keyed by one word.
//
// storyState.stances was keyed by a struct of two int32s, a bool and the
// mood's string: every lookup (add for every stance read, the answer
// readers for every stance they ask about) hashed the struct with its
// string by the generic path. stanceKey is now the four packed in a
// uint64 (the map's fast path): the source's and target's indices in 30
// bits each, the polarity a bit, the mood a code (moodCode37). Equal
// stances get equal keys and different ones different keys, as before:
// nothing reads a key but the map, and nothing ranges over the map.

// moodCode37 is the code of a stance's mood: "" (asserted) 0, then the
// pipeline's five Mood constants. Every mood the engine sets is one of
// them; any other string (a bug) shares code 7 rather than stop a worker.
func moodCode37(m string) uint64 {
	switch m {
	case "":
		return 0
	case pipeline.MoodNegated:
		return 1
	case pipeline.MoodQuestion:
		return 2
	case pipeline.MoodSpeculative:
		return 3
	case pipeline.MoodFuture:
		return 4
	case pipeline.MoodHypothetical:
		return 5
	}
	return 7 // (no mood the engine sets: one code for any other, never a crash)
}

// stanceKey37 packs a stance's key: source and target indices (idKey,
// 0 ≤ i < 2^30), polarity and mood.
func stanceKey37(src, tgt int32, hostile bool, mood string) stanceKey {
	if uint32(src) >= 1<<30 || uint32(tgt) >= 1<<30 {
		panic("stanceKey37: entity index out of range")
	}
	k := uint64(src)<<34 | uint64(tgt)<<4 | moodCode37(mood)
	if hostile {
		k |= 1 << 3
	}
	return stanceKey(k)
}

// asserted37 is k with no mood (its mood code 0).
func (k stanceKey) asserted37() stanceKey { return k &^ 7 }

// Session 37: the story-level readers' ID lookups cached.
//
// The answer and chief readers (unanswered34 for every stance of every
// eachUnanswered36 loop, chiefStances25, ownSideJoins35b,
// praiseAnswered35, echoPraise35b, retorts26, answeredAttacks25, …) turn
// a stance's source and target IDs back into entity indices through
// entByID, a string-keyed map: the same few IDs, over and over, in a
// story. entOf37 keeps each answer in a small table of the story's state
// (storyState.ids37, kept by reset: the buffers are the Analyzer's own,
// and its entByID does not change), by a slot the ID's length and
// three bytes choose; a slot holding the same ID gives entByID's answer
// without hashing it (the comparison of two IDs made from one entity's
// is a pointer test). entByID never changes after New, so the kept
// answer is the map's.

// idCache37 is the table: idSlots37 slots (a power of two).
type idCache37 [idSlots37]idSlot37

const idSlots37 = 32

// idSlot37 is one kept lookup: the ID and entByID's answer for it.
type idSlot37 struct {
	id string
	e  int32
	ok bool
}

// entOf37 is entByID[id] (index and presence), kept in st.
func (a *Analyzer) entOf37(st *storyState, id string) (int, bool) {
	n := len(id)
	if n == 0 || st == nil {
		e, ok := a.entByID[id]
		return e, ok
	}
	c := &st.ids37[(n+int(id[0])+3*int(id[n-1])+5*int(id[n>>1]))&(idSlots37-1)]
	if c.id == id { // (c.id is "" in an empty slot; id is not)
		return int(c.e), c.ok
	}
	e, ok := a.entByID[id]
	*c = idSlot37{id: id, e: int32(e), ok: ok}
	return e, ok
}

// ent37 is entByID[id] (0 when id is no entity's), kept in st.
func (a *Analyzer) ent37(st *storyState, id string) int {
	e, _ := a.entOf37(st, id)
	return e
}

// Session 37: evidence's trim and the epithet index's second words.
//
//   - trimSpace (evidence, for every stance read) decoded the sentence's
//     first and last runes and asked unicode.IsSpace of each (a table
//     search for a rune past Latin-1: every Devanagari letter and the
//     danda). spaceAtEnd37 reads the first byte and the last: an ASCII
//     byte is its own rune; a multi-byte rune can be a space only if its
//     first byte opens a space's encoding (the first rune) or its last
//     byte ends one (the last rune), marked from unicode.White_Space in
//     spaceLead37 and spaceTail37; only then is the rune decoded and
//     asked. An invalid sequence decodes to RuneError, no space, either
//     way.
//   - epithIndex.pick (epithetAt, for every word opening an epithet of a
//     long list: राष्ट्रपति, मंत्री …) looked the next word up in
//     bySecond, a string-keyed map that holds it for about one word in
//     six. second37 marks the keys' signatures (secondSig37: length and
//     two bytes, 128 slots); a word whose signature is unmarked is no
//     key, and pick gives rest, as the map's miss did.

// spaceLead37 and spaceTail37 mark the first and last bytes of the UTF-8
// encodings of the multi-byte white-space runes.
var spaceLead37, spaceTail37 = func() (lead, tail [256]bool) {
	mark := func(r rune) {
		if r < utf8.RuneSelf || !unicode.IsSpace(r) {
			return
		}
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		lead[b[0]], tail[b[n-1]] = true, true
	}
	for _, r := range unicode.White_Space.R16 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			mark(c)
		}
	}
	for _, r := range unicode.White_Space.R32 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			mark(c)
		}
	}
	return lead, tail
}()

// spaceAtEnd37 reports s empty, or its first or last rune a space
// (unicode.IsSpace): when trimSpace trims.
func spaceAtEnd37(s string) bool {
	if s == "" {
		return true
	}
	if c := s[0]; c < utf8.RuneSelf && unicode.IsSpace(rune(c)) || c >= utf8.RuneSelf && spaceLead37[c] && firstSpace37(s) {
		return true
	}
	c := s[len(s)-1]
	return c < utf8.RuneSelf && unicode.IsSpace(rune(c)) || c >= utf8.RuneSelf && spaceTail37[c] && lastSpace37(s)
}

// firstSpace37 and lastSpace37 decode the first and last runes and ask
// unicode.IsSpace (as trimSpace did for every string).
func firstSpace37(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func lastSpace37(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// secondSig37 is a word's slot among 128: its length and its last and
// middle bytes.
func secondSig37(w string) uint {
	n := len(w)
	return (uint(n)*7 + uint(w[n-1])*3 + uint(w[n>>1])) & 127
}

// noteSecond37 marks w, a key of bySecond (buildEpithIndex).
func (x *epithIndex) noteSecond37(w string) {
	if w == "" {
		x.second37 = [2]uint64{^uint64(0), ^uint64(0)} // (never: every word then goes to the map)
		return
	}
	i := secondSig37(w)
	x.second37[i>>6] |= 1 << (i & 63)
}

// maySecond37 reports that next may be a key of bySecond: false only
// when no key has its signature.
func (x *epithIndex) maySecond37(next string) bool {
	if next == "" {
		return true
	}
	i := secondSig37(next)
	return x.second37[i>>6]&(1<<(i&63)) != 0
}

// Session 37: deedJudged36 looks for an answer only before the story's
// last deed sentence.
//
// deedJudged36 (mutual36.go) runs in a story with a sentence holding a
// deed noun (rwDeed36b) and a calling verb (fwCall): storyState.deed36b,
// set by readSentence. For each unanswered stance it found the answer
// sentence k > j (answerAt36: the answerer's first sentence as agent
// after the attack's, j) and asked judgesDeed36 of it, which needs both
// in sentence k. readSentence now also keeps the last such sentence
// (storyState.deed37; Analyze reads the fields in order, title first,
// and each field's sentences in order, as the story's spans list them),
// and lastDeed37 is its index among the spans: a stance whose sentence j
// is at or after it has no answer sentence judgesDeed36 can pass, and is
// passed over before answerAt36. (The answer sentence names the
// answerer, so readSentence reads it: were it a deed sentence, it would
// have been kept.)

// deedAt37 is a sentence kept in deed37: its field and first token.
type deedAt37 struct {
	f *field
	a int
}

// lastDeed37 is the index among spans of st.deed37's sentence, or -1.
func lastDeed37(st *storyState, spans []sentSpan25) int {
	d := st.deed37
	for i := len(spans) - 1; i >= 0; i-- {
		if sp := &spans[i]; sp.f == d.f && sp.sn.a == d.a {
			return i
		}
	}
	return -1
}
