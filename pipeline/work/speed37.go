package work

import "github.com/khabar/khabar/pipeline"

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

// unscreened37 turns progAux37's and paraScreen37's screens off
// (TestSpeed37Screens compares analyses with and without them).
var unscreened37 bool

// progAuxLead37 opens every form of progAux33b.
const progAuxLead37 = "रह"

// progAux37 is progAux33b[w], the map read only for a word that may be
// in it (3 or 4 letters opening with रह).
func progAux37(w string) bool {
	if unscreened37 {
		return progAux33b[w]
	}
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
	if unscreened37 {
		return true
	}
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
// them; any other string is a bug, and panics rather than share a code.
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
	panic("stanceKey37: unknown mood " + m)
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
