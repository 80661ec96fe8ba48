package work

import "strings"

// Session 17, PRECISION helper: general constructions behind hostile and
// supportive false positives on the blind-written dev files. Each rule
// returns early unless its own words are present.

// condemnWord17 reports a word that condemns an act when an act is its
// subject ("Y को निशाना बनाना गलत है", "Y पर हमले शर्मनाक हैं"): the
// condemning words of condemnWord and the plain "गलत".
func condemnWord17(w string) bool {
	return w == "गलत" || condemnWord(w)
}

// attackNoun17 reports a noun for an attack on someone ("हमले",
// "आलोचना", "प्रदर्शन"): said of Y and condemned, the speaker defends Y.
func attackNoun17(w string) bool {
	switch w {
	case "हमला", "हमले", "हमलों", "आलोचना", "आलोचनाएं", "निंदा", "प्रदर्शन", "प्रदर्शनों", "विरोध",
		"टिप्पणी", "टिप्पणियां", "टिप्पणियों", "बयानबाजी", "ट्रोलिंग", "दुष्प्रचार", "मुहिम", "अभियान":
		return true
	}
	return false
}

// notInfinitive17 holds nouns that end like an infinitive in -ना.
var notInfinitive17 = map[string]bool{
	"योजना": true, "घटना": true, "सूचना": true, "भावना": true, "तुलना": true, "आलोचना": true,
	"कल्पना": true, "संभावना": true, "सेना": true, "रचना": true, "प्रार्थना": true, "अपना": true,
	"सपना": true, "जुर्माना": true, "निशाना": true, "खजाना": true, "ठिकाना": true, "बहाना": true,
	"जमाना": true, "पैमाना": true, "ना": true, "धरना": true, "गणना": true,
}

// infinitiveNa17 reports a verbal noun in -ना ("बनाना", "करना"), the
// subject of "… गलत है".
func infinitiveNa17(w string) bool {
	return len(w) > len("ना") && strings.HasSuffix(w, "ना") && !notInfinitive17[w]
}

// condemnedAttack17 reads "X ने कहा कि Y को निशाना बनाना गलत है", "Y
// पर हमले शर्मनाक हैं", "Y की कंपनी के खिलाफ हो रहे प्रदर्शन गलत हैं":
// the condemning word at c has for its subject an act (a verbal noun in
// -ना or an attack noun just before it) done to someone marked को, पर,
// के खिलाफ, or the genitive of an attack noun, and its clause names no
// doer of the act (no ने or द्वारा, no bare name or subject pronoun, no
// genitive owner of a plain verbal noun: "Y का देश को बांटना शर्मनाक"
// judges Y). The speaker defends the one attacked (SCHEMA: defending is
// supportive). It returns the chunk indices of the ones attacked.
func (s *sentCtx) condemnedAttack17(ci, c int, buf []int) []int {
	if c-1 <= s.sn.a || !condemnWord17(s.w(c)) {
		return nil
	}
	prev := s.w(c - 1)
	switch prev {
	case "बिल्कुल", "बिलकुल", "सरासर", "बेहद", "एकदम", "तरह": // "पूरी तरह गलत"
		if c-2 <= s.sn.a {
			return nil
		}
		prev = s.w(c - 2)
		if prev == "पूरी" && c-3 > s.sn.a {
			prev = s.w(c - 3)
		}
	}
	if !infinitiveNa17(prev) && !attackNoun17(prev) {
		return nil
	}
	for _, k := range s.cls[ci].toks {
		if k >= c {
			break
		}
		switch s.w(k) {
		case "ने", "द्वारा", "अपने", "अपनी", "अपना":
			return nil
		}
	}
	out := buf[:0]
	for _, i := range s.inClause(ci) {
		ch := &s.chunks[i]
		if ch.tok >= c {
			continue
		}
		switch ch.mk {
		case mkBare, mkAgent:
			if ch.ent >= 0 || ch.pron != 0 {
				return nil
			}
		case mkKo, mkPar, mkKhilaf:
			// "Y का देश को बांटना": a का before an oblique noun agrees
			// with the verbal noun — Y is its doer.
			for k := ch.end; ch.possessed && k < ch.at; k++ {
				if s.w(k) == "का" {
					return nil
				}
			}
			if ch.ent >= 0 || ch.pron == fwTargetPron || ch.pron == fwGenPron || ch.pron == fwObliquePron {
				out = append(out, i)
			}
		case mkGen:
			// The owner of an attack ("Y की आलोचना करना") is its
			// target; the owner of any other verbal noun its doer.
			if ch.head < 0 || !attackNoun17(s.w(ch.head)) {
				return nil
			}
			out = append(out, i)
		}
	}
	return out
}

// defendedBy17 reads a condemned attack (condemnedAttack17) at the
// evaluative occurrence o in clause ci: it emits the speaker's support
// of the ones attacked and reports whether it read one.
func (a *Analyzer) defendedBy17(s *sentCtx, ci int, o occurrence, st *storyState) bool {
	var buf [4]int
	idx := s.condemnedAttack17(ci, o.k, buf[:0])
	if len(idx) == 0 {
		return false
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) == 0 {
		return true
	}
	var tgts []int
	for _, i := range idx {
		c := &s.chunks[i]
		if c.ent < 0 && c.pron != 0 && !s.fixedPron(c) {
			c.ent = a.pronTarget(s, st, c.tok, sp[0])
		}
		if c.ent >= 0 && !containsInt(sp, c.ent) {
			tgts = appendNew(tgts, c.ent)
		}
	}
	a.emit(s, st, sp, tgts, 1, "defence", s.cls[ci].mood, 1.5)
	return true
}

// condemnedAfter17 reports a hostile frame at o inside the subject of a
// condemned attack later in its clause: "उन्हें निशाना बनाकर टेस्ला के
// शोरूमों पर हमले करना शर्मनाक है" — the frames are the act condemned,
// not the speaker's (the condemning word's reader gives the defence).
func (s *sentCtx) condemnedAfter17(ci int, o occurrence) bool {
	end := o.k + o.n
	for j := end; j < end+8 && j < s.sn.b; j++ {
		if s.cid[j-s.sn.a] != s.cid[o.k-s.sn.a] || s.flag(j)&(fwFinite|fwCopula|fwKi|fwBreak) != 0 && !infinitiveNa17(s.w(j)) {
			return false
		}
		if condemnWord17(s.w(j)) {
			var buf [4]int
			return len(s.condemnedAttack17(ci, j, buf[:0])) > 0
		}
	}
	return false
}

// orWord17 reports a disjunction ("या", "अथवा"): "X या Y से" shares its
// postposition between both names, as "X और Y से" does — X is no bare
// subject.
func orWord17(w string) bool {
	return w == "या" || w == "अथवा"
}

// namelessEither17 reports "X या Y का नाम लिए बिना" at o: a jibe that
// names two candidates as either one singles out neither (the gold of
// dva-249), so the frame gives no stance.
func (s *sentCtx) namelessEither17(o occurrence) bool {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.end+1 != o.k || !isGenitive(s.w(c.end)) || c.ent < 0 {
			continue
		}
		for j := range s.chunks {
			if d := &s.chunks[j]; j != i && d.group == c.group && d.end < s.sn.b && orWord17(s.w(d.end)) {
				return true
			}
		}
	}
	return false
}

// closingQuoteBefore17 reports a quote mark at n that closes a quoted
// name and is followed by a postposition ("‘शहजादे’ पर", "'पप्पू' को").
func closingQuoteBefore17(s *sentCtx, n int) bool {
	if n+1 >= s.sn.b || !s.isQuoteTok(n) || s.flag(n+1)&fwPostposition == 0 {
		return false
	}
	switch s.w(n + 1) {
	case "पर", "को", "से", "ने", "की", "का", "के":
		return true
	}
	return false
}

// quotedNameAfterGen17 reports a quote [j, e] right after the genitive at
// n that holds exactly one name (or epithet) and is followed by a
// postposition: "X का 'कांग्रेस के शहजादे' पर वार" — X does the act and
// the quoted one takes it, as in "X का Y पर वार" (chunk.go). A quote
// holding anything else ("X का 'नया दांव' …") is the possessed noun.
func (a *Analyzer) quotedNameAfterGen17(s *sentCtx, n, j, e, depth int) bool {
	if depth != 0 || j != n+1 || e+1 >= s.sn.b {
		return false
	}
	end := -1
	if s.mentionAt(j + 1) {
		end = s.mentionEnd(j + 1)
	} else if s.flag(j+1)&fwEpithet != 0 {
		if ent, m := a.epithetAt(s, j+1, s.published); ent >= 0 {
			end = j + 1 + m
		}
	}
	if end != e {
		return false
	}
	switch s.w(e + 1) {
	case "पर", "को", "से":
		return true
	}
	return false
}

// discussionNoun17 reports a noun of talking something over ("चर्चा",
// "बातचीत", "वार्ता").
func discussionNoun17(w string) bool {
	switch w {
	case "चर्चा", "चर्चाएं", "बात", "बातचीत", "वार्ता", "विचार-विमर्श", "मंथन", "मशविरा":
		return true
	}
	return false
}

// discussedDispute17 reports a symmetric hostile frame at o ("विवाद",
// "तनाव") that is the topic of a discussion later in its clause: "दोनों
// नेताओं ने व्यापार समझौते, शुल्क विवाद और ऊर्जा सहयोग पर चर्चा की"
// (SCHEMA: discussing a dispute is a neutral act). The frame is followed,
// within a list of topics and no verb, by पर / को लेकर / के बारे में and a
// discussion noun.
func (s *sentCtx) discussedDispute17(o occurrence) bool {
	end := o.k + o.n
	for j := end; j < end+10 && j+1 < s.sn.b; j++ {
		if s.cid[j-s.sn.a] != s.cid[o.k-s.sn.a] || s.flag(j)&(fwFinite|fwCopula|fwKi|fwBreak|fwNeg) != 0 || s.w(j) == "ने" {
			return false
		}
		next := j + 1
		switch s.w(j) {
		case "पर":
		case "लेकर":
			if s.w(j-1) != "को" {
				continue
			}
		case "बारे":
			if s.w(j+1) != "में" {
				continue
			}
			next = j + 2
		default:
			continue
		}
		for k := next; k < next+3 && k < s.sn.b; k++ {
			if discussionNoun17(s.w(k)) {
				return true
			}
			if !s.isWord(k) || s.flag(k)&fwPostposition != 0 {
				break
			}
		}
		return false
	}
	return false
}

// helpWord17 reports a noun of help ("मदद", "सहायता"): told inside a
// charge ("उनका आरोप है कि Y भटक गई और Z ने इसमें उसकी मदद की", "X ने
// आरोप लगाया कि Y … और आयोग इसमें उनकी मदद कर रहा है") the help is part
// of what is charged, no support anyone asserts (tieInCharge16; dev gold
// dve-174, dvy-101).
func helpWord17(w string) bool {
	switch w {
	case "मदद", "सहायता", "मददगार":
		return true
	}
	return false
}

// targetLabel17 reports a headline label that names its one person as
// the one under fire ("चुनाव के महीनों बाद भी निशाने पर हैरिस: ट्रंप ने
// जांच की मांग की", "हैरिस निशाने पर: …"): the name is the target of
// what follows, not its speaker. ("Y के निशाने पर X:" names Y as the
// one aiming, read by the genitive; it is left alone.)
func (s *sentCtx) targetLabel17(p int) bool {
	if s.f.name != "title" || p < 0 || p >= len(s.cls) {
		return false
	}
	toks := s.cls[p].toks
	if len(toks) == 0 || s.w(toks[len(toks)-1]) != ":" {
		return false
	}
	for _, k := range toks {
		if s.w(k) == "निशाने" && s.w(k+1) == "पर" && (k == s.sn.a || !isGenitive(s.w(k-1))) {
			return true
		}
	}
	return false
}
