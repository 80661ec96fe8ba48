package work

// Session 33 (inv5): the verb group and its agent under meaning-preserving
// rewrites (invariance33b_test.go).

// progAux33b are the forms of रह- that make a progressive ("दे रहे हैं")
// or, after an imperfective participle, a continuative ("देते रहे हैं").
// Not रहेंगे/रहेगा: a plan.
var progAux33b = normSet("रहा", "रहे", "रही", "रहीं")

// imperfective33b maps the imperfective-participle cells of lightVerbs
// (देते, लेते, लगाते) to the perfective cell they stand for before रह-.
var imperfective33b = map[uint8]uint32{5: 1 << 4, 8: 1 << 7, 17: 1 << 16}

// progressive33b reports, for a light-verb pattern with perfective cells
// para, the bare stem of one of them (completiveStems22: दे, ले, लगा)
// before a form of रह- ("Y के अभियान को पैसा दे रहे हैं") or its
// imperfective participle before one ("Y को पैसा देते रहे हैं"): a deed
// going on, or gone on, is a deed as the perfective and the completive
// (completive22) are. Not कर, as completiveStems22 leaves it out.
func progressive33b(para uint32, words []string, j int) bool {
	if j+1 >= len(words) || len(words[j+1]) > 12 || !progAux33b[words[j+1]] {
		return false
	}
	if c, ok := completiveStems22[words[j]]; ok {
		return para&c != 0
	}
	if c, ok := paraOf[words[j]]; ok {
		return para&imperfective33b[c] != 0
	}
	return false
}

// announceVerb33b reports the light verb of an announcement at n for the
// noun (ऐलान/घोषणा/एलान) at k: किया/की/हुआ/हुई right after it, after भी,
// or right before it (verb first, "किया ऐलान") — and the compound "ऐलान
// कर दिया", "घोषणा कर दी", which outlets write as often as the simple past.
func (s *sentCtx) announceVerb33b(k, n int) bool {
	switch s.w(n) {
	case "किया", "की", "हुआ", "हुई":
		return n != k+2 || s.w(k+1) == "भी"
	case "दिया", "दी":
		return n == k+2 && s.w(k+1) == "कर"
	}
	return false
}

// compoundAnnounce33b is formingAnnounced's test of the light verb at n
// within three words after the noun at j: किया/की/हुआ/हुई as before, and
// दिया/दी only as "कर दिया/दी" right after the noun.
func compoundAnnounce33b(words []string, j, n int) bool {
	if w := words[n]; w == "दिया" || w == "दी" {
		return n == j+2 && words[j+1] == "कर"
	}
	return true
}
