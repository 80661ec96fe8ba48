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
	if j+1 >= len(words) || !progAux37(words[j+1]) {
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

// bareSubject33b reports a person's name at tok that opens its body
// sentence (after at most four title words: "नेता प्रतिपक्ष राहुल गांधी")
// with no ने later in its clause: the bare subject of a progressive,
// completive or habitual clause ("X फोन पर Y को धमकी दे रहे हैं", "X
// यूट्यूब पर जारी वीडियो में Y की तारीफ कर चुके हैं"), not the owner of
// the noun after it — a person's name written solid before a noun is no
// compound as a company's is ("ओपनएआई करार पर"). topicAfterSubject15
// asks it beside its कि. Headlines keep the compound ("मस्क पैकेज पर").
func bareSubject33b(s *sentCtx, tok, n int) bool {
	if s.f.name != "body" || s.agentAfter16(n) {
		return false
	}
	for k := tok - 1; k >= s.sn.a; k-- {
		if k < tok-4 || !s.isWord(k) || s.mentionAt(k) || s.inMention(k) || s.flag(k)&(fwTitle|fwRoleNoun|fwEpithet) == 0 {
			return false
		}
	}
	return true
}

// chargeOfOther33b reports, for an agent's द्वारा at b, a charge noun at
// j owned by a genitive between them ("X द्वारा Y के दावों को बकवास करार
// दिया गया"): Y's claim is the passive's object, not an act done by X
// (isAct's "X द्वारा आलोचना से" reading).
func (s *sentCtx) chargeOfOther33b(b, j int) bool {
	return b < j-1 && s.flag(j)&fwCharge != 0 && isGenitive(s.w(j-1))
}

// trackedFullAfter33b reports a tracked person's given name at token i of
// f followed right after by a tracked alias word ("सैम ऑल्टमैन"): the
// full name of someone else begins there, so a given name alone before it
// ("मासायोशी सैम ऑल्टमैन को … बता चुके हैं", a bare subject before its
// object) is no surname-less other person (ground's termGiven).
func (m *Matcher) trackedFullAfter33b(f *field, i int) bool {
	if i+1 >= len(f.words) || !m.adjacent(f, i, i+1) {
		return false
	}
	return m.words[f.words[i]]&ncGiven != 0 && m.words[f.words[i+1]]&ncAlias != 0
}

// verbFirstReach33b lets a headline's fronted flipper reach a tie noun up
// to ten tokens after the partner named right after it ("X ने रद्द किया
// Y के साथ मिशिगन डेटा सेंटर का करार", "X ने तोड़ा Y के साथ टेक्सास डेटा
// सेंटर का करार"; readFrame's verb-first flip stops at six) when nothing
// between closes a clause: no finite verb, coordinator, comma or quote.
func (s *sentCtx) verbFirstReach33b(e, k int) bool {
	if s.f.name != "title" || e < k-10 {
		return false
	}
	for j := e; j < k; j++ {
		if !s.isWord(j) || s.flag(j)&(fwFinite|fwAnd|fwKi) != 0 {
			return false
		}
	}
	return true
}
