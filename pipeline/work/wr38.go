package work

import "strings"

// Session 38 (WR): an owner's genitive right before the name of the
// organisation he leads, when that organisation is a partner under से,
// संग or "के साथ" ("X ने Y की टेस्ला के साथ करार तोड़ दिया", "X अब Y की
// रिलायंस के साथ काम नहीं करेगा"): the genitive names the company's owner
// (SCHEMA's tie "P की O"), not a party of the tie with the company. Read
// as the genitive was read before an apposition noun ("Y की कंपनी Z के
// साथ", ownerOfNamed): a modifier. Before, "Y की Z के साथ करार" was read
// as Y's tie with Z, so a break by X gave Z → Y and nothing from X.

// ownerApposed38 reports a genitive at n between a tracked person and the
// name of an organisation that person leads at the story's date (a dated
// watchlist title), with a partner postposition after the name.
func (a *Analyzer) ownerApposed38(s *sentCtx, n int) bool {
	if !isGenitive(s.w(n)) || !s.mentionAt(n+1) {
		return false
	}
	p := s.mentionEndingAt(n - 1)
	if p < 0 || !a.isPerson[p] {
		return false
	}
	o := s.mentionEnt(n + 1)
	if o < 0 || a.isPerson[o] || a.isDeal[o] || s.st == nil || !a.chiefInForce25(s.st, p, o) {
		return false
	}
	e := s.mentionEnd(n + 1)
	return s.w(e) == "से" || s.w(e) == "संग" || isGenitive(s.w(e)) && s.w(e+1) == "साथ"
}

// asked38 reports a sentence that ends in a question mark: "क्या X ने अब Y
// को समर्थन न देने का फैसला किया?" asks about a withdrawal, it asserts none (noLonger12's
// habitual and infinitive forms of देना and the infinitive करने).
func (s *sentCtx) asked38() bool {
	for j := s.sn.b - 1; j >= s.sn.a && j >= s.sn.b-3; j-- {
		if s.w(j) == "?" {
			return true
		}
	}
	return false
}

// tieKeptSaid38 reports an infinitive at j of keeping a tie going, said
// or said again ("Y के साथ काम जारी रखने की बात दोहराई", "साझेदारी बनाए
// रखने की बात कही", "Y के साथ बने रहने की बात कही"): the speaker affirms
// a tie in force, the supportive side of a withdrawal pair (SCHEMA: a
// partnership in force; a continuing future is asserted, continue12.go).
// Talks, plans or deliberation about it ("जारी रखने पर बातचीत/विचार")
// stay talk (tieTalked16).
func (s *sentCtx) tieKeptSaid38(j int) bool {
	switch w, p := s.w(j), s.w(j-1); {
	case w == "रखने" && (p == "जारी" || p == "बनाए" || p == "कायम"):
	case w == "रहने" && (p == "बने" || p == "जुडे" || p == "कायम"):
	default:
		return false
	}
	if s.w(j+1) != "की" || s.w(j+2) != "बात" {
		return false
	}
	v := s.w(j + 3)
	return strings.HasPrefix(v, "दोहरा") || strings.HasPrefix(v, "कह") || v == "कही" || strings.HasPrefix(v, "दोहर")
}
