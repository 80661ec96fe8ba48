package work

import (
	"strings"
	"unicode/utf8"
)

// Session 23 (OLDW): a joint body formed, in any wording.
//
// SCHEMA rules forming a joint venture an alliance of its founders, both
// ways (three founders: pairwise). The lexicon lists "संयुक्त उपक्रम",
// "संयुक्त उद्यम", "साझा उपक्रम" …, and the older blind files formed other
// bodies the same way: "X और Y ने एक संयुक्त कार्यसमूह बनाने का ऐलान
// किया", "X और Y ने … नाम की संयुक्त कंपनी बनाई", "… संयुक्त इकाई के गठन
// की घोषणा". jointBody23 reads the construction by its shape: संयुक्त or
// साझा, at most one plain word, a noun of a body (words.yaml
// joint_bodies), then a verb of making (बना-, गठित, स्थापित, खोल-, शुरू)
// or the body's formation announced ("के गठन/की स्थापना का ऐलान/की
// घोषणा"). readFrame then reads it like the lexicon's entry: the
// coordinated founders or the agent and its के साथ partner, the mood
// (a negated or planned body is no alliance made).

// jointBodyEntry is the frame of a joint body formed.
var jointBodyEntry = func() *entry {
	f := &Frame{Words: "संयुक्त <निकाय> <बनाना>", Polarity: "supportive", Kind: "alliance", Symmetric: true, Flipped: "hostile", Weight: 1.0, pol: 1, flipPol: -1}
	f.targets[mkSaath] = true
	return &entry{kind: entFrame, frame: f}
}()

// jointMaking23 reports a verb of making a body ("बनाई", "बनाने",
// "गठित", "स्थापित", "खोला", "शुरू"): a form of बना- or खोल- whose ending
// opens with a vowel or न/त/क/य (बनाई, बनाया, बनाने, बनाते, बनाकर,
// खोली, खोलने), not another word that shares the letters ("बनारस",
// "बनाम", "बनावट"). The bare stem is the caller's (light verb after).
func jointMaking23(w string) bool {
	switch w {
	case "गठित", "स्थापित", "शुरू":
		return true
	}
	for _, stem := range [...]string{"बना", "खोल"} {
		if rest, ok := strings.CutPrefix(w, stem); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return r >= 'ऄ' && r <= 'औ' || r >= 'ा' && r <= 'ौ' || r == 'न' || r == 'त' || r == 'क' || r == 'य'
		}
	}
	return false
}

// jointFormed23 is the last token of the making after the body noun at
// b: the verb right after it (the bare stem with a light verb: "बना ली",
// "खोल दिया", "बना चुके"), or "के गठन/की स्थापना" with the formation's
// announcement ("… का ऐलान/की घोषणा"); -1 if none.
func (s *sentCtx) jointFormed23(b int) int {
	if jointMaking23(s.w(b + 1)) {
		return b
	}
	if w := s.w(b + 1); w == "बना" || w == "खोल" {
		if nx := s.w(b + 2); strings.HasPrefix(nx, "ल") || strings.HasPrefix(nx, "दि") || nx == "दी" || strings.HasPrefix(nx, "दे") || strings.HasPrefix(nx, "चुक") {
			return b
		}
	}
	if !isGenitive(s.w(b+1)) || s.w(b+2) != "गठन" && s.w(b+2) != "स्थापना" || !isGenitive(s.w(b+3)) {
		return -1
	}
	switch s.w(b + 4) {
	case "ऐलान", "घोषणा", "एलान":
		return b + 4
	}
	return -1
}

// orgFounders23 reports founders of the body named in clause ci before
// end that are all organisations: companies form a joint company, a
// committee, a fund. Leaders ("दोनों नेताओं ने … साझा कार्यदल बनाने का
// फैसला किया") set up a body between their governments, which is no
// alliance of their own (dvb-371's gold: a joint decision is neutral).
func (a *Analyzer) orgFounders23(s *sentCtx, ci, end int) bool {
	named := false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= end {
			break
		}
		if c.ent < 0 || a.isDeal[c.ent] {
			continue
		}
		if a.isPerson[c.ent] {
			return false
		}
		named = true
	}
	return named
}

// jointBody23 adds to occ (sorted by token) a jointBodyEntry occurrence
// for each joint body formed in clause ci that no entry already covers.
func (a *Analyzer) jointBody23(s *sentCtx, ci int, occ []occurrence) []occurrence {
	cl := &s.cls[ci]
	for _, g := range cl.toks {
		if w := s.w(g); w != "संयुक्त" && w != "साझा" {
			continue
		}
		b := g + 1
		if s.class(b)&cwJointBody23 == 0 && s.isWord(b) && !s.mentionAt(b) && s.flag(b) == 0 {
			b++ // one plain word between: "साझा शोध केंद्र"
		}
		if s.class(b)&cwJointBody23 == 0 || s.cid[b-s.sn.a] != int32(ci) {
			continue
		}
		end := s.jointFormed23(b)
		if end < 0 || !a.orgFounders23(s, ci, end) {
			continue
		}
		covered, at := false, len(occ)
		for i, o := range occ {
			if o.k <= end && g < o.k+o.n {
				covered = true
			}
			if o.k > g && at == len(occ) {
				at = i
			}
		}
		if covered {
			continue
		}
		occ = append(occ, occurrence{})
		copy(occ[at+1:], occ[at:])
		occ[at] = occurrence{e: jointBodyEntry, k: g, n: end - g + 1}
	}
	return occ
}
