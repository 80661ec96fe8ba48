package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// tieNounQ11 is a noun of a business or personal tie: a partnership, a
// deal, a relationship (as normalised, ड़ read as ड; code-mixed forms
// included).
func tieNounQ11(w string) bool {
	switch w {
	case "साझेदारी", "साझेदारियों", "करार", "समझौता", "समझौते", "गठजोड", "गठबंधन", "डील", "सौदा", "सौदे", "अनुबंध",
		"रिश्ता", "रिश्ते", "रिश्तों", "संबंध", "संबंधों", "सहयोग", "पार्टनरशिप", "partnership", "tie-up", "टाई-अप":
		return true
	}
	return false
}

// tieValueQ11 is a word that values a tie: success, strength, weight,
// depth, trust (Hindi and code-mixed). Size is not value: "Y के साथ हुआ
// करार कंपनी का सबसे बड़ा करार है" is a deal done, the companies' (TestSession8).
func tieValueQ11(w string) bool {
	switch w {
	case "सफल", "कामयाब", "मजबूत", "अहम", "महत्वपूर्ण", "अहमियत", "शानदार", "बेहतरीन", "उत्कृष्ट", "ऐतिहासिक",
		"गहरा", "गहरी", "गहरे", "भरोसेमंद", "फायदेमंद", "लाभदायक", "लाभकारी", "सार्थक", "मूल्यवान", "अनमोल", "खास",
		"अच्छा", "अच्छी", "अच्छे", "बढिया", "बेहतर", "मिसाल", "अटूट", "सुनहरा", "सुनहरी", "उम्दा",
		"स्ट्रान्ग", "स्ट्रांग", "सक्सेसफुल", "ग्रेट", "बेस्ट", "successful", "strong", "great":
		return true
	}
	return false
}

// tiePraiseNounQ11 is a noun of praise, trust or welcome said of a tie
// ("साझेदारी की सराहना", "रिश्ते पर गर्व", "करार का स्वागत").
func tiePraiseNounQ11(w string) bool {
	switch w {
	case "तारीफ", "सराहना", "प्रशंसा", "भरोसा", "गर्व", "विश्वास", "स्वागत", "तारीफें":
		return true
	}
	return false
}

// tieValuedQ11 reports the tie noun at k valued in its clause: a value
// word in the modifiers before it (from token from on: "Y के साथ लंबा और
// सफल रिश्ता रहा है"), or after it before a comma or a "but" ("Y के साथ
// साझेदारी को सबसे अहम कड़ी बताया", "… साझेदारी बेहद सफल रही", "रिश्ता
// लंबा चलेगा"), or a noun of praise right
// after its की/का/पर ("रिश्ते की (भी) सराहना"). A negation in the reach
// undoes it ("सफल नहीं रही").
func (a *Analyzer) tieValuedQ11(s *sentCtx, from, k int) bool {
	val := false
	for j := from; j < k; j++ {
		if tieValueQ11(s.w(j)) {
			val = true
		}
	}
	end := k + 12
	if end > s.sn.b {
		end = s.sn.b
	}
	for j := k + 1; j < end; j++ {
		w := s.w(j)
		switch w {
		case "।", ",", "लेकिन", "मगर", "किंतु", "परंतु", "जबकि", "और", "?":
			// ("… सफल और मजबूत", "… पुराना है और आगे और मजबूत होगा":
			// a value word soon after the "and" carries on.)
			if w == "और" && valueAfterAndQ11(s, j) {
				continue
			}
			end = j
		case "नहीं", "न", "ना", "नही", "बिल्कुल", "कतई":
			if w == "नहीं" || w == "न" || w == "ना" || w == "नही" {
				return false
			}
		}
		if j >= end {
			break
		}
		switch {
		case tieValueQ11(w):
			val = true
		case (w == "लंबा" || w == "लंबी" || w == "लंबे") && (hasPrefixQ11(s.w(j+1), "चल") || hasPrefixQ11(s.w(j+1), "टिक")):
			val = true
		case j <= k+3 && tiePraiseNounQ11(w) && (s.w(k+1) == "की" || s.w(k+1) == "का" || s.w(k+1) == "पर" || s.w(k+1) == "को"):
			val = true
		case s.tieHeld20(k, j):
			val = true
		}
	}
	return val
}

func hasPrefixQ11(w, p string) bool { return len(w) >= len(p) && w[:len(p)] == p }

// readTieValued reads a tie with Y valued by X (SCHEMA: a party affirming
// or praising an existing partnership is that speaker's supportive stance
// towards Y only): the partner Y named with के साथ or से a few words
// before the tie noun ("Y के साथ (Z की / हमारी / कंपनी का) साझेदारी/
// रिश्ता/करार"), valued (tieValuedQ11); X is the one speaker of a content
// clause ("X ने कहा कि …", "X बोले- …") or the one agent of the clause
// ("X ने … को सबसे अहम कड़ी बताया", "X ने … रिश्ते की सराहना की"). A
// tracked owner of the tie other than X or X's own organisation ("Y के
// साथ W की साझेदारी" said by a third party) leaves it; talks, a plan or a
// hostile word in the clause leave it; X → Y only, whatever the tense of
// the valuing verb ("रिश्ता लंबा चलेगा": asserted now).
func (a *Analyzer) readTieValued(s *sentCtx, ci int, st *storyState) {
	// (Y is the clause's, and so is the tieNounQ11 word.)
	if s.screen&(swSchema11|swTieQ11) == 0 || !s.entWith(ci, 1<<mkSaath|1<<mkSe) || a.clauseScreen(s, ci)&(swSchema11|swTieQ11) == 0 {
		return
	}
	// Its answers need a tieNounQ11 word among the clause's tokens.
	if s.sentRules()&rwTieQ11 == 0 || a.clauseRules(s, ci)&rwTieQ11 == 0 {
		return // (rules16.go)
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if !tieNounQ11(s.w(k)) {
			continue
		}
		y, yat := -1, -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || a.isDeal[c.ent] || c.mk != mkSaath && c.mk != mkSe || c.at >= k || c.at < k-6 {
				continue
			}
			if y >= 0 && y != c.ent {
				y = -2
				break
			}
			y, yat = c.ent, c.at
		}
		if y < 0 {
			continue
		}
		ok := true
		for j := yat + 1; j < k; j++ {
			switch s.w(j) {
			case "।", ",", "ने", "को", "में", "पर", "से", "?", "'", "\"":
				ok = false
			}
		}
		if !ok || !a.tieValuedQ11(s, yat+1, k) {
			continue
		}
		var xs []int
		if cl.kind == ckContent {
			xs = a.speakers(s, ci, st, nil)
		} else {
			xs = a.agentsOf(s, ci)
			// "X ने … की तारीफ की और Y के साथ साझेदारी को अहम बताया": the
			// second of two verbs joined by और shares the first one's agent.
			if len(xs) == 0 && ci > 0 && s.cls[ci-1].parent == cl.parent && s.cls[ci-1].kind == cl.kind && len(cl.toks) > 0 && (s.w(cl.first()) == "और" || s.w(cl.first()-1) == "और") {
				xs = a.agentsOf(s, ci-1)
			}
		}
		if len(xs) != 1 {
			continue
		}
		x := xs[0]
		if x == y || a.isDeal[x] {
			continue
		}
		// A tracked owner of the tie between the partner and the noun
		// must be X or X's own organisation.
		owner := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent >= 0 && c.tok > yat && c.end < k && isGenitive(s.w(c.end)) {
				owner = c.ent
			}
		}
		if owner >= 0 && owner != x && !a.tiedTo(st, x, owner) {
			continue
		}
		if a.tieSpoiledQ11(s, cl) {
			return
		}
		mood := a.clauseMood(s, cl, k)
		if mood == pipeline.MoodFuture {
			mood = ""
		}
		a.add(s, st, x, y, 1, "praise", mood, 1.0)
		return
	}
}

// tieSpoiledQ11 reports talks, a rumour or a hostile or flipped word in the
// clause: the tie is not valued there.
func (a *Analyzer) tieSpoiledQ11(s *sentCtx, cl *clause) bool {
	for _, k := range cl.toks {
		switch s.w(k) {
		case "बातचीत", "वार्ता", "चर्चा", "अटकलें", "अटकल", "खत्म", "टूट", "टूटा", "टूटी", "तोड", "दरार", "खटास":
			return true
		}
		if e, _ := a.matchAt(s, k, entFlip); e != nil {
			return true
		}
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.pol < 0 {
			return true
		}
		if e, _ := a.matchAt(s, k, entEval); e != nil && e.eval.pol < 0 {
			return true
		}
	}
	return false
}

// namedVentureQ11 reports a tracked deal named at token k as the venture
// itself that several set up together, not a third party they act on
// (readJoint): the name followed by नाम से/नाम का/नाम की/नामक or by a
// venture word ("मिलकर स्टारगेट नाम से एक नया उपक्रम बनाया", "… स्टारगेट
// नामक परियोजना", "… स्टारगेट परियोजना शुरू की"), or set after a venture
// word in apposition ("मिलकर नया उपक्रम स्टारगेट बनाया").
func (a *Analyzer) namedVentureQ11(s *sentCtx, ci, k int) bool {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || !a.isDeal[c.ent] || k < c.tok || k >= c.end {
			continue
		}
		nx := s.w(c.end)
		if nx == "'" || nx == "\"" || nx == "’" || nx == "”" {
			nx = s.w(c.end + 1)
		}
		switch {
		case nx == "नाम" || nx == "नामक" || nx == "नामी":
			return true
		case ventureWord(nx) && !strings.HasPrefix(nx, "बना"):
			return true
		case ventureWord(s.w(c.tok - 1)):
			return true
		case c.end-1 > c.tok && ventureWord(s.w(c.end-1)) && (strings.HasPrefix(nx, "बना") || nx == "शुरू" || isGenitive(nx) && s.flag(c.end+1)&fwDecision != 0):
			// "मिलकर स्टारगेट परियोजना बनाने का ऐलान", "मिलकर
			// स्टारगेट परियोजना का ऐलान": the alias names the
			// venture itself, and a verb or an announcement forms it
			// (recall15).
			return true
		}
		return false
	}
	return false
}

// investorNounQ11 is a noun of an investor or funder (as normalised; code-mixed
// forms included).
func investorNounQ11(w string) bool {
	switch w {
	case "निवेशक", "निवेशकों", "इन्वेस्टर", "इन्वेस्टरों", "investor", "investors", "फंडर", "फाइनेंसर":
		return true
	}
	return false
}

// readInvestorIs reads an investor noun said of X with its investee Y
// (SCHEMA: investment asserted as a clause counts, also in background:
// "X, Y का सबसे बड़ा निवेशक है"): "X, Y का/की/के (सबसे बड़ा)
// निवेशक है/था/रहा है/बना", "Y में X (पहले से) (बड़े) निवेशक हैं", "X, Y के
// (बड़े) निवेशकों में (से एक) है / शामिल हैं". X is the clause's bare
// subject (every name of one coordinated subject), Y the genitive or
// में-name a few words before the noun; a copula must close it, so an
// investor role naming someone ("Y के शुरुआती निवेशकों में शामिल X ने
// कहा") is left. X → Y, kind donation, in the clause's mood.
func (a *Analyzer) readInvestorIs(s *sentCtx, ci int, st *storyState) {
	if s.screen&swInvestQ11 == 0 || a.clauseScreen(s, ci)&swInvestQ11 == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if !investorNounQ11(s.w(k)) {
			continue
		}
		j := k + 1
		if s.w(j) == "में" {
			j++
			if s.w(j) == "से" && s.w(j+1) == "एक" {
				j += 2
			}
			if s.w(j) == "शामिल" {
				j++
			}
		}
		if s.w(j) == "भी" {
			j++
		}
		switch s.w(j) {
		case "है", "हैं", "था", "थे", "थी", "थीं", "रहा", "रही", "रहे", "रहीं", "बना", "बनी", "बने", "बन", "हो":
		default:
			continue
		}
		y, ytok := -1, -1
		var xs []int
		grp := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.ent < 0 || c.tok >= k {
				continue
			}
			m := s.w(c.at)
			switch {
			case (isGenitive(m) || m == "में") && c.at >= k-8:
				if y >= 0 && y != c.ent {
					y = -2
				} else if y != -2 {
					y, ytok = c.ent, c.tok
				}
			case c.mk == mkBare && !c.possessed && c.pron == 0 && !a.isDeal[c.ent] && (grp < 0 || c.group == grp):
				grp = c.group
				xs = appendNew(xs, c.ent)
			}
		}
		// "X, Y का … निवेशक है": the subject set off by a comma, read as
		// the head of a list with Y.
		if y >= 0 && len(xs) == 0 && ytok >= s.sn.a+2 && s.w(ytok-1) == "," && s.mentionAt(ytok-2) {
			x := s.mentionID(ytok - 2)
			for t := s.sn.a; t < ytok-1; t++ {
				if !s.mentionAt(t) || s.mentionID(t) != x {
					x = -1
				}
			}
			if x >= 0 && x != y && !a.isDeal[x] {
				xs = []int{x}
			}
		}
		if y < 0 || len(xs) == 0 || len(xs) > 3 {
			continue
		}
		// A deal's members are background (SCHEMA); "शुरुआती/पूर्व
		// निवेशक" names a past role (TestFrames7, TestFrames8Retorts).
		ok := !a.isDeal[y]
		for t := ytok; t < k; t++ {
			if w := s.w(t); strings.HasPrefix(w, "शुरु") || strings.HasPrefix(w, "शुरू") || w == "पूर्व" || w == "पुराने" || w == "पुराना" || w == "अर्ली" {
				ok = false
			}
			if !s.isWord(t) || s.w(t) == "ने" || s.w(t) == "को" {
				ok = false
			}
			if s.mentionAt(t) && !containsInt(xs, s.mentionID(t)) && s.mentionID(t) != y {
				ok = false
			}
		}
		if !ok {
			continue
		}
		mood := a.clauseMood(s, cl, k)
		for _, x := range xs {
			a.add(s, st, x, y, 1, "donation", mood, 1.0)
		}
		return
	}
}

// valueAfterAndQ11 reports a value word right after the "and" at j, past
// at most three adverbs ("और मजबूत", "और आगे और मजबूत", "और भी बेहतर"), not
// a new subject ("और बाजार अच्छा है").
func valueAfterAndQ11(s *sentCtx, j int) bool {
	for t := j + 1; t <= j+4; t++ {
		w := s.w(t)
		if tieValueQ11(w) {
			return true
		}
		switch w {
		case "आगे", "अब", "भी", "और", "बहुत", "ज्यादा", "अधिक", "ही", "फिर", "बेहद", "पहले", "से":
		default:
			return false
		}
	}
	return false
}

// readPerfectInvestor reads money already placed in Y told in a perfect
// participle before its investor X, whatever X's own role in the clause
// (SCHEMA: investment asserted counts, also in background): "Y में N डॉलर
// लगा चुकी X को …", "Y में N (डॉलर) झोंक चुके X से …". The sum stands
// right before the verb of placing (moneyPlaced's placeVerb), Y with में
// before the sum, X a tracked name right after चुका/चुकी/चुके. X → Y, kind
// donation, in the clause's mood.
func (a *Analyzer) readPerfectInvestor(s *sentCtx, ci int, st *storyState) {
	if s.screen&swMoney == 0 {
		return
	}
	cl := &s.cls[ci]
	for _, k := range cl.toks {
		if w := s.w(k); w != "चुकी" && w != "चुके" && w != "चुका" {
			continue
		}
		v := k - 1
		if !s.placeVerb(v) || !moneyWord(s.w(v-1)) || !s.mentionAt(k+1) {
			continue
		}
		x := s.mentionID(k + 1)
		y := -1
		for j := v - 2; j >= v-8 && j > s.sn.a; j-- {
			if s.w(j) == "में" && s.mentionAt(j-1) {
				y = s.mentionID(j - 1)
				break
			}
			if w := s.w(j); w == "," || w == "।" || w == "?" || w == "'" || w == "\"" {
				break
			}
		}
		if x < 0 || y < 0 || x == y || a.isDeal[x] {
			continue
		}
		a.add(s, st, x, y, 1, "donation", a.clauseMood(s, cl, k), 1.0)
		return
	}
}
