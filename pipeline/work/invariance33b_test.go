package work

import (
	"os"
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Session 33 (inv5): the verb group and its agent. A clause "<name> ने …
// <frame>।" whose verb group ends the sentence is rewritten as an outlet
// would write the same news: the passive with द्वारा, the present
// progressive, the completive (चुके हैं), the habitual (लगातार …ते रहे
// हैं), an intensifier inside the verb group, a light-verb variant, and a
// headline's verb-first order. Each transform declines a clause it cannot
// rewrite safely (a negation, a quote, कि, a comma, a second verb before
// और, a time phrase where the aspect would clash with it).

// inv33bFrame is one verb group and its variants. stem is the group with
// its verb's stem ("की आलोचना कर"); prog/compl/habit are built from it.
// An empty variant means the frame has none.
type inv33bFrame struct {
	pat     string // the sentence-final group, perfective ("की आलोचना की")
	passive string // "की आलोचना की गई"
	stem    string // "की आलोचना कर"
	intens  string // "की कड़ी आलोचना की"
	light   string // "की आलोचना कर दी"
}

var inv33bFrames = []inv33bFrame{
	{"की आलोचना की", "की आलोचना की गई", "की आलोचना कर", "की कड़ी आलोचना की", "की आलोचना कर दी"},
	{"पर निशाना साधा", "पर निशाना साधा गया", "पर निशाना साध", "पर जमकर निशाना साधा", ""},
	{"पर हमला बोला", "पर हमला बोला गया", "पर हमला बोल", "पर तीखा हमला बोला", "पर हमला बोल दिया"},
	{"पर आरोप लगाया", "पर आरोप लगाया गया", "पर आरोप लगा", "पर गंभीर आरोप लगाया", ""},
	{"पर आरोप लगाए", "पर आरोप लगाए गए", "पर आरोप लगा", "पर गंभीर आरोप लगाए", ""},
	{"की तारीफ की", "की तारीफ की गई", "की तारीफ कर", "की जमकर तारीफ की", ""},
	{"की सराहना की", "की सराहना की गई", "की सराहना कर", "की खुलकर सराहना की", ""},
	{"की प्रशंसा की", "की प्रशंसा की गई", "की प्रशंसा कर", "की भरपूर प्रशंसा की", ""},
	{"का समर्थन किया", "का समर्थन किया गया", "का समर्थन कर", "का खुलकर समर्थन किया", ""},
	{"का विरोध किया", "का विरोध किया गया", "का विरोध कर", "का कड़ा विरोध किया", ""},
	{"की निंदा की", "की निंदा की गई", "की निंदा कर", "की कड़ी निंदा की", ""},
	{"का बचाव किया", "का बचाव किया गया", "का बचाव कर", "का खुलकर बचाव किया", ""},
	{"पर तंज कसा", "पर तंज कसा गया", "पर तंज कस", "पर तीखा तंज कसा", ""},
	{"पर पलटवार किया", "पर पलटवार किया गया", "पर पलटवार कर", "पर तीखा पलटवार किया", ""},
	{"को खारिज कर दिया", "को खारिज कर दिया गया", "को खारिज कर", "को सिरे से खारिज कर दिया", "को खारिज किया"},
	{"को खारिज किया", "को खारिज किया गया", "को खारिज कर", "को सिरे से खारिज किया", "को खारिज कर दिया"},
	{"से समर्थन वापस ले लिया", "से समर्थन वापस ले लिया गया", "", "", "से समर्थन वापस लेने का ऐलान किया"},
	{"से समर्थन वापस लिया", "से समर्थन वापस लिया गया", "", "", "से समर्थन वापस ले लिया"},
	{"से नाता तोड़ लिया", "", "", "से पूरी तरह नाता तोड़ लिया", ""},
	{"से नाता तोड़ दिया", "", "", "से पूरी तरह नाता तोड़ दिया", "से नाता तोड़ लिया"},
	{"को धन्यवाद दिया", "को धन्यवाद दिया गया", "", "", ""},
	{"पर भरोसा जताया", "पर भरोसा जताया गया", "पर भरोसा जता", "पर पूरा भरोसा जताया", ""},
	{"की मदद की", "की मदद की गई", "की मदद कर", "की भरपूर मदद की", ""},
}

// inv33bCompl are frames without a stem whose completive is written out.
var inv33bCompl = map[string]string{
	"से समर्थन वापस ले लिया": "से समर्थन वापस ले चुके हैं",
	"से समर्थन वापस लिया":    "से समर्थन वापस ले चुके हैं",
	"से नाता तोड़ लिया":      "से नाता तोड़ चुके हैं",
	"से नाता तोड़ दिया":      "से नाता तोड़ चुके हैं",
}

// inv33bStems are transitive past forms and their stems: a clause that
// ends in one (and matches no frame of the table) is rewritten by the
// generic passive and aspects (no intensifier, no light verb).
var inv33bStems = map[string]string{
	"की": "कर", "किया": "कर", "किए": "कर", "दी": "दे", "दिया": "दे", "दिए": "दे",
	"लगाया": "लगा", "लगाए": "लगा", "लगाई": "लगा", "साधा": "साध", "बोला": "बोल", "कसा": "कस",
	"जताया": "जता", "जताई": "जता", "बताया": "बता", "ठहराया": "ठहरा", "उठाया": "उठा", "उठाए": "उठा",
	"दिखाया": "दिखा", "लिया": "ले", "ली": "ले", "लिए": "ले", "तोड़ा": "तोड़", "मांगा": "मांग", "सौंपा": "सौंप",
	"घेरा": "घेर", "सराहा": "सराह", "पढ़ा": "पढ़", "ठुकराया": "ठुकरा", "ठुकराई": "ठुकरा",
}

// inv33bVector are verb stems written before a vector दिया/लिया.
var inv33bVector = map[string]bool{"झोंक": true, "खोल": true, "रख": true, "तोड़": true, "छोड़": true, "डाल": true, "फेंक": true,
	"ठोक": true, "जड़": true, "मढ़": true, "लगा": true, "बना": true, "उठा": true, "दिखा": true, "खींच": true, "थाम": true, "सौंप": true,
	"भेज": true, "बता": true, "ठुकरा": true, "गिना": true, "सुना": true, "बढ़ा": true, "घटा": true, "रोक": true, "काट": true, "बांट": true}

// inv33bGeneric makes a frame of a clause's last words: a light verb pair
// ("खारिज कर दिया", "वापस ले लिया") or one past verb.
func inv33bGeneric(words []string) (inv33bFrame, bool) {
	n := len(words)
	v := words[n-1]
	pass := ""
	switch {
	case strings.HasSuffix(v, "ी"):
		pass = " गई"
	case strings.HasSuffix(v, "ा"):
		pass = " गया"
	case strings.HasSuffix(v, "ए"):
		pass = " गए"
	}
	stem, ok := inv33bStems[v]
	if !ok || pass == "" {
		return inv33bFrame{}, false
	}
	if aux := words[n-2]; (aux == "कर" || aux == "ले" || aux == "दे") && (stem == "दे" || stem == "ले") {
		if n < 3 {
			return inv33bFrame{}, false
		}
		pat := words[n-3] + " " + aux + " " + v
		return inv33bFrame{pat: pat, passive: pat + pass, stem: words[n-3] + " " + aux}, true
	}
	noun := words[n-2]
	if inv33bVector[noun] && (stem == "दे" || stem == "ले") {
		// "डॉलर झोंक दिए": a verb stem and its vector; the aspects
		// drop the vector ("झोंक रहे हैं")
		pat := noun + " " + v
		return inv33bFrame{pat: pat, passive: pat + pass, stem: noun}, true
	}
	if inv33bVerbWords[noun] || noun == "की" || noun == "का" || noun == "के" {
		return inv33bFrame{}, false
	}
	pat := noun + " " + v
	fr := inv33bFrame{pat: pat, passive: pat + pass, stem: noun + " " + stem}
	if lv, ok := inv33bLight[v]; ok && (inv33bLightNouns[noun] || noun == "आरोप" || strings.HasPrefix(v, "ठुकरा") || v == "तोड़ा") {
		fr.light = noun + " " + lv
	}
	return fr, true
}

var inv33bPostp = map[string]bool{"की": true, "का": true, "के": true, "पर": true, "को": true, "से": true, "में": true}

// inv33bLightVerb are the light verbs a predicate noun or adjective goes
// with ("रद्द किया", "दायर किया"): the headline fronts the pair.
var inv33bLightVerb = map[string]bool{"किया": true, "किए": true, "की": true, "दिया": true, "दी": true, "दिए": true}

// inv33bLight are past verbs and their compound with a vector verb
// ("की" → "कर दी", "ठुकराया" → "ठुकरा दिया"); "कर दी/दिया" only after
// an act noun of inv33bLightNouns ("बात कर दी" is no outlet's).
var inv33bLight = map[string]string{
	"किया": "कर दिया", "किए": "कर दिए", "की": "कर दी", "लगाया": "लगा दिया", "लगाए": "लगा दिए", "लगाई": "लगा दी",
	"ठुकराया": "ठुकरा दिया",
	"ठुकराई":  "ठुकरा दी", "तोड़ा": "तोड़ दिया",
}

var inv33bLightNouns = map[string]bool{"आलोचना": true, "निंदा": true, "तारीफ": true, "सराहना": true, "खारिज": true, "बचाव": true,
	"विरोध": true, "समर्थन": true, "मांग": true, "खर्च": true, "घोषणा": true, "ऐलान": true, "इनकार": true, "खंडन": true, "पलटवार": true}

// inv33bOneOff are one-off acts left out of the progressive and habitual.
var inv33bOneOff = []string{"वापस", "ऐलान", "घोषणा", "करार", "समझौत", "साझेदारी", "गठजोड़", "गठबंधन", "हस्ताक्षर", "किनारा", "नाता", "तोड़", "संबंध", "रिश्ते", "इस्तीफा", "मुलाकात", "बातचीत", "सौदा", "सौदे", "अधिग्रहण", "खरीद", "मुकदमा", "केस"}

// inv33bTimeWords make a progressive or completive clash with the clause.
var inv33bTimeWords = []string{"सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", "आज", "कल", "बीते", "पिछले", "दौरान", "हुए", "समय", "जब", "बाद", "पहले", "साल", "तारीख"}

// inv33bVerbWords are finite verbs: one of them before और means the
// clause holds two verb groups.
var inv33bVerbWords = map[string]bool{"किया": true, "कहा": true, "दिया": true, "लिया": true, "साधा": true, "लगाया": true, "बताया": true, "जताया": true, "बोला": true, "की": false, "दी": true, "किए": true}

// inv33bClause is one "<name> ने <mid><frame>" clause: agent is the span
// of the name, ne the offset of " ने ", end the offset past the frame.
type inv33bClause struct {
	nameStart, nameEnd int
	mid                string // the words between ने and the frame (with the trailing space)
	fr                 inv33bFrame
	end                int
	person             bool
	female             bool
}

// inv33bClauses finds the rewritable clauses of text (title: the clause may
// end the text without a mark).
func (e *invEnv) inv33bClauses(text string, title bool) []inv33bClause {
	var out []inv33bClause
	spans := e.termSpans(text)
	lastEnd := 0
	for _, sp := range spans {
		if sp[0] < lastEnd {
			continue
		}
		j := sp[1]
		if !strings.HasPrefix(text[j:], " ने ") {
			continue
		}
		k := j + len(" ने ")
		stop := strings.IndexAny(text[k:], "।?!\n|")
		end := len(text)
		if stop >= 0 {
			end = k + stop
		} else if !title {
			continue
		}
		clause := strings.TrimRight(text[k:end], " ")
		if strings.ContainsAny(clause, quoteRunes+",:;") || strings.Contains(clause, " ने ") {
			continue
		}
		words := strings.Fields(clause)
		bad := false
		for x, w := range words {
			switch w {
			case "कि", "नहीं", "न", "ना", "मत", "जो", "भी", "तो":
				bad = true
			case "और", "तथा", "एवं":
				if _, verb := inv33bStems[words[x-1]]; x > 0 && (verb || inv33bVerbWords[words[x-1]]) {
					bad = true
				}
			}
			if strings.HasPrefix(w, "जिस") || strings.HasPrefix(w, "जिन") {
				bad = true
			}
		}
		if bad {
			continue
		}
		ent, _ := e.wl.Entity(e.termOf[e.terms[sp[2]]])
		found := false
		for _, fr := range inv33bFrames {
			if !strings.HasSuffix(clause, " "+fr.pat) {
				continue
			}
			mid := clause[:len(clause)-len(fr.pat)]
			out = append(out, inv33bClause{sp[0], sp[1], mid, fr, k + len(clause), ent.Type == watchlist.TypePerson, ent.Gender == watchlist.GenderFemale})
			lastEnd = k + len(clause)
			found = true
			break
		}
		if found || len(words) < 2 {
			continue
		}
		if fr, ok := inv33bGeneric(words); ok {
			mid := clause[:len(clause)-len(fr.pat)]
			if strings.TrimSpace(mid) == "" {
				continue
			}
			out = append(out, inv33bClause{sp[0], sp[1], mid, fr, k + len(clause), ent.Type == watchlist.TypePerson, ent.Gender == watchlist.GenderFemale})
			lastEnd = k + len(clause)
		}
	}
	return out
}

// inv33bRewrite rewrites every clause of text with f (which returns the
// new clause from "<name>" on, or ok false to leave it).
func (e *invEnv) inv33bRewrite(text string, title bool, f func(text string, c inv33bClause) (string, bool)) (string, bool) {
	cs := e.inv33bClauses(text, title)
	var b strings.Builder
	last, n := 0, 0
	for _, c := range cs {
		nc, ok := f(text, c)
		if !ok {
			continue
		}
		b.WriteString(text[last:c.nameStart])
		b.WriteString(nc)
		last = c.end
		n++
	}
	if n == 0 {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

func inv33bHasTime(mid string) bool {
	for _, w := range strings.Fields(mid) {
		for _, t := range inv33bTimeWords {
			if w == t || strings.HasPrefix(w, t) && t != "कल" && t != "आज" {
				return true
			}
		}
	}
	return false
}

// inv33bAspect builds the progressive (form "prog"), completive ("compl")
// or habitual ("habit") of a person's clause.
func inv33bAspect(text string, c inv33bClause, form string) (string, bool) {
	from := strings.LastIndexAny(text[:c.nameStart], "।?!\n|")
	head := text[from+1 : c.nameStart]
	if !c.person || inv33bHasTime(c.mid) || inv33bHasTime(head) || strings.ContainsAny(head, quoteRunes) {
		return "", false
	}
	for _, w := range strings.Fields(head) {
		if w == "कि" || w == "उन्होंने" || w == "कहा" {
			return "", false
		}
	}
	name := text[c.nameStart:c.nameEnd]
	rahe, chuke, te := " रहे हैं", " चुके हैं", "ते रहे हैं"
	if c.female {
		rahe, chuke, te = " रही हैं", " चुकी हैं", "ती रही हैं"
	}
	if form != "compl" {
		// a one-off act (an announcement, a deal, a break) in the
		// progressive or habitual reads as in the making
		for _, w := range inv33bOneOff {
			if strings.Contains(c.mid+c.fr.pat, w) {
				return "", false
			}
		}
	}
	if form == "compl" && (strings.Contains(c.mid+c.fr.pat, "ऐलान") || strings.Contains(c.mid+c.fr.pat, "घोषणा")) {
		// "… का ऐलान कर चुके हैं" tells an announcement as done before
		// (as T7b's pluperfect): under SCHEMA's forming rule a look back
		return "", false
	}
	var vg string
	switch form {
	case "prog":
		if c.fr.stem == "" {
			return "", false
		}
		vg = c.fr.stem + rahe
	case "compl":
		if c.fr.stem != "" {
			vg = c.fr.stem + chuke
		} else if x, ok := inv33bCompl[c.fr.pat]; ok {
			vg = strings.TrimSuffix(x, " चुके हैं") + chuke
		} else {
			return "", false
		}
	case "habit":
		if c.fr.stem == "" {
			return "", false
		}
		vg = c.fr.stem + te
		name += " लगातार"
	}
	return name + " " + c.mid + vg, true
}

func (e *invEnv) inv33bBoth(s pipeline.Story, titleToo bool, f func(text string, c inv33bClause) (string, bool)) (pipeline.Story, bool) {
	ok1 := false
	if titleToo {
		s.Title, ok1 = e.inv33bRewrite(s.Title, true, f)
	}
	var ok2 bool
	s.Body, ok2 = e.inv33bRewrite(s.Body, false, f)
	return s, ok1 || ok2
}

var inv33bTransforms = []invTransform{
	// V1: "X ने Y की आलोचना की" → "X द्वारा Y की आलोचना की गई" (body only:
	// a headline keeps its active voice).
	{"V1 passive द्वारा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, false, func(text string, c inv33bClause) (string, bool) {
			if c.fr.passive == "" || strings.Contains(c.mid, "एक-दूसरे") || strings.Contains(c.mid, "एक दूसरे") {
				return "", false
			}
			return text[c.nameStart:c.nameEnd] + " द्वारा " + c.mid + c.fr.passive, true
		})
	}},
	// V2: "X Y की आलोचना कर रहे हैं" (persons; no time phrase).
	{"V2 progressive", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, false, func(text string, c inv33bClause) (string, bool) { return inv33bAspect(text, c, "prog") })
	}},
	// V3: "X Y की आलोचना कर चुके हैं".
	{"V3 completive", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, false, func(text string, c inv33bClause) (string, bool) { return inv33bAspect(text, c, "compl") })
	}},
	// V4: "X लगातार Y की आलोचना करते रहे हैं".
	{"V4 habitual", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, false, func(text string, c inv33bClause) (string, bool) { return inv33bAspect(text, c, "habit") })
	}},
	// V5: an intensifier inside the verb group ("की कड़ी आलोचना की").
	{"V5 intensifier", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, true, func(text string, c inv33bClause) (string, bool) {
			if c.fr.intens == "" {
				return "", false
			}
			return text[c.nameStart:c.nameEnd] + " ने " + c.mid + c.fr.intens, true
		})
	}},
	// V8: "एक बार फिर" before the verb group's noun phrase.
	{"V8 एक बार फिर", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, true, func(text string, c inv33bClause) (string, bool) {
			if strings.HasPrefix(c.mid, "एक ") || strings.HasPrefix(c.mid, "फिर ") {
				return "", false
			}
			return text[c.nameStart:c.nameEnd] + " ने एक बार फिर " + c.mid + c.fr.pat, true
		})
	}},
	// V6: a light-verb variant ("की आलोचना कर दी", "खारिज किया" ↔ "खारिज
	// कर दिया", "समर्थन वापस लेने का ऐलान किया").
	{"V6 light verb", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.inv33bBoth(s, true, func(text string, c inv33bClause) (string, bool) {
			if c.fr.light == "" {
				return "", false
			}
			return text[c.nameStart:c.nameEnd] + " ने " + c.mid + c.fr.light, true
		})
	}},
	// V7: a headline's verb-first order: "X ने साधा Y पर निशाना", "X ने की
	// Y की आलोचना" (title only; three-word frames: postposition, noun, verb).
	{"V7 headline verb-first", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		t, ok := e.inv33bRewrite(s.Title, true, func(text string, c inv33bClause) (string, bool) {
			w := strings.Fields(c.fr.pat)
			if strings.TrimSpace(c.mid) == "" {
				return "", false
			}
			switch {
			case len(w) == 3 && inv33bPostp[w[0]]:
				return text[c.nameStart:c.nameEnd] + " ने " + w[2] + " " + c.mid + w[0] + " " + w[1], true
			case len(w) == 2:
				mw := strings.Fields(c.mid)
				if inv33bPostp[mw[len(mw)-1]] || !inv33bLightVerb[w[1]] {
					// "ने किया Y का अधिग्रहण": the noun is the object
					return text[c.nameStart:c.nameEnd] + " ने " + w[1] + " " + c.mid + w[0], true
				}
				// "ने रद्द किया Y के साथ करार": the object is the mid's noun
				return text[c.nameStart:c.nameEnd] + " ने " + w[0] + " " + w[1] + " " + strings.TrimSpace(c.mid), true
			}
			return "", false
		})
		s.Title = t
		return s, ok
	}},
}

// TestInvariance33B is the report over inv33bTransforms (KHABAR_INV=1,
// KHABAR_GOLD_SETS=dev; the env vars of runInvariance).
func TestInvariance33B(t *testing.T) {
	runInvariance(t, inv33bTransforms)
}

// TestInvPeek33B is TestInvPeek32 over inv33bTransforms
// (KHABAR_INV_PEEK=id,id KHABAR_INV_T=V1; KHABAR_INV_TEXT=1 for the text).
func TestInvPeek33B(t *testing.T) {
	peekInvariance(t, inv33bTransforms)
}

// TestInv33BSample prints, for the transform KHABAR_INV_T, the rewritten
// clauses of the first KHABAR_INV_N (default 10) dev stories it changes
// (a by-eye check of the rewrites).
func TestInv33BSample(t *testing.T) {
	pre := os.Getenv("KHABAR_INV_T")
	if pre == "" || os.Getenv("KHABAR_GOLD_SETS") != "dev" {
		t.Skip()
	}
	env := newInvEnv(shippedWatchlist(t))
	n := 0
	for _, g := range devGold(t) {
		for _, tr := range inv33bTransforms {
			if !strings.HasPrefix(tr.name, pre) || n >= 12 {
				continue
			}
			ns, ok := tr.fn(env, g.Story)
			if !ok {
				continue
			}
			n++
			ol := strings.Split(g.Title+"\n"+g.Body, "\n")
			nl := strings.Split(ns.Title+"\n"+ns.Body, "\n")
			for i := range nl {
				if i < len(ol) && ol[i] != nl[i] {
					t.Logf("%s\n  - %s\n  + %s", g.ID, ol[i], nl[i])
				}
			}
		}
	}
}
