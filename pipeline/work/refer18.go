package work

import (
	"slices"

	"github.com/khabar/khabar/pipeline"
)

// Session 18 (REFER): references the story itself resolves.

// otherHouse18 reports an epithet at token k qualified by a place the
// watchlist does not give it: the entity's title is listed as "<W> में
// <epithet>" ("लोकसभा में नेता प्रतिपक्ष") and the text has "<X> में
// <epithet>" with X another word ("राज्यसभा में नेता प्रतिपक्ष"): the
// same office in another house, someone else's. A venue before an
// office the watchlist never qualifies ("संसद में प्रधानमंत्री ने कहा")
// is not read here.
func (a *Analyzer) otherHouse18(s *sentCtx, k int, ep *epithet) bool {
	if k-2 < s.sn.a || s.w(k-1) != "में" || !s.isWord(k-2) {
		return false
	}
	place := s.w(k - 2)
	for _, list := range a.epithets {
		for i := range list {
			o := &list[i]
			n := len(o.words)
			if o.entity != ep.entity || n != len(ep.words)+2 || o.words[1] != "में" || o.words[0] == place {
				continue
			}
			same := true
			for j, w := range ep.words {
				if o.words[j+2] != w {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}

// titleHolder18 reads an organisation's name and a role after it (tokens
// start to end) that are, word for word, one watchlist title of one
// person in force on the story's date ("टेस्ला प्रमुख", "अडानी समूह के
// चेयरमैन", "माइक्रोसॉफ्ट के सीईओ") as that person also when the story
// never names them (the blind dev gold: dce-054b, dcj-036a, dvz-126).
// -1 when no title or two people's titles match.
func (a *Analyzer) titleHolder18(s *sentCtx, start, end int) int {
	if start < s.sn.a || end > s.sn.b || end-start < 2 || s.st == nil {
		return -1
	}
	// "O के प्रमुख निवेशकों में": प्रमुख is an adjective there; the
	// title stands alone, before a postposition, a stop, a particle, an
	// adverb or a speech verb (titleStands28).
	if end < s.sn.b && s.isWord(end) && s.flag(end)&fwPostposition == 0 && !titleStands28(s, end) {
		return -1
	}
	span := s.f.words[start:end]
	p := -1
	for _, ep := range a.epithets[span[0]] {
		if ep.kind || ep.office || ep.act || ep.entity < 0 || !a.isPerson[ep.entity] || !slices.Equal(ep.words, span) {
			continue
		}
		if !ep.always && !ep.period.At(s.st.published) {
			continue
		}
		if p >= 0 && p != ep.entity {
			return -1
		}
		p = ep.entity
	}
	return p
}

// mentionStartEnding18 is the first token of the mention of entity e
// that ends at token j (exclusive), or -1.
func (s *sentCtx) mentionStartEnding18(e, j int) int {
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tokEnd == j && m.entity == e {
			return m.tok
		}
	}
	return -1
}

// tieNoun18 reports a noun naming a tie between two parties, as a
// demonstrative points back to it ("इस समझौते", "इस साझेदारी", "उस
// करार").
func tieNoun18(w string) bool {
	switch w {
	case "समझौते", "समझौता", "साझेदारी", "करार", "गठबंधन", "गठजोड", "सौदे", "सौदा", "डील", "उपक्रम", "भागीदारी":
		return true
	}
	return false
}

// tiePartner18 reads a demonstrative at k before a tie noun under से
// ("टेस्ला … इस समझौते से बाहर निकल रही है", "मेटा ने इस साझेदारी से खुद
// को अलग कर लिया") as the other party of the story's last asserted tie,
// when the sentence names exactly one of its two parties: what is left
// is the tie with the partner, and the withdrawal frames read "Y से".
// Under another postposition ("इस समझौते की तारीफ") the demonstrative is
// the other party seen from the named party or a person tied to it
// (tieOther22, session 22). -1 otherwise (no tie yet, both or neither
// party named).
func (a *Analyzer) tiePartner18(s *sentCtx, k int) int {
	st := s.st
	if st == nil || !st.hasTie18 || k+1 >= s.sn.b || !tieNoun18(s.w(k+1)) {
		return -1
	}
	if k+2 >= s.sn.b || s.w(k+2) != "से" {
		return a.tieOther22(s, k)
	}
	x, y := st.tie18[0], st.tie18[1]
	hx, hy := a.tieSides(s, st, x, y, false)
	return otherParty18(x, y, hx, hy)
}

// tieLeft18 reads a rupture frame that opens with a tie noun after a
// demonstrative ("कंपनी इस समझौते से बाहर निकल रही है", "इस समझौते को
// रद्द कर दिया"), with no target of its own, as left by one party of the
// story's last asserted tie: the target is the other party. -1 when the
// sources hold neither party (or both).
func tieLeft18(s *sentCtx, st *storyState, at int, srcs []int) int {
	if st == nil || !st.hasTie18 || at-1 < s.sn.a || !tieNoun18(s.w(at)) || !demonstrative(s.w(at-1)) && s.w(at-1) != "उस" {
		return -1
	}
	x, y := st.tie18[0], st.tie18[1]
	hx, hy := containsInt(srcs, x), containsInt(srcs, y)
	return otherParty18(x, y, hx, hy)
}

// referredEntities18 adds to the story's entities (sorted) a party of an
// asserted stance the story referred to only by a watchlist title
// ("प्रधानमंत्री", "टेस्ला प्रमुख"): the blind dev gold lists such a
// holder (dvz-004, dab-033, dce-008a …). A title that takes no part in a
// stance adds nothing (the gold is split there: dvx-044, dvq-073 leave
// the holder out, dce-008b, dvp-010 list them).
func referredEntities18(ents []string, stances []pipeline.Stance) []string {
	for i := range stances {
		x := &stances[i]
		if !x.Asserted() {
			continue
		}
		for _, id := range [2]string{x.Source, x.Target} {
			if at, found := slices.BinarySearch(ents, id); !found {
				ents = slices.Insert(ents, at, id)
			}
		}
	}
	return ents
}

// answered18 is whom a speaker's second person is addressed to when the
// sentence names no one addressed: the person who acted in the sentence
// before, when that is not the speaker ("मस्क ने … सवाल उठाए। ऑल्टमैन
// बोले- गलत हैं आप": the reply's आप is the one answered; dvz-046). -1
// with no such person, with two speakers, or with another person named
// in the sentence.
func (a *Analyzer) answered18(s *sentCtx, ci int) int {
	st := s.st
	if st == nil || st.actor < 0 || !a.isPerson[st.actor] {
		return -1
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 || !a.isPerson[sp[0]] || sp[0] == st.actor {
		return -1
	}
	// "X ने Y का शुक्रिया अदा करते हुए कहा, “आपके बिना …”": a person
	// named in the sentence is the likelier one addressed; no guess.
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.entity != sp[0] && a.isPerson[m.entity] {
			return -1
		}
	}
	return st.actor
}

// bothGroup18 is the pair a subject "दोनों" (at token k) of a tie means
// when no coordinated subject is near: the story's last coordinated pair
// of names in the two sentences before, in any case ("X और Y के रिश्तों
// पर चर्चा थी। दोनों कंपनियों ने समझौते पर मुहर लगा दी"; dcj-096a), when
// a kind noun after दोनों fits both (कंपनियों/समूहों: organisations,
// नेताओं: persons). Nil otherwise.
func (a *Analyzer) bothGroup18(s *sentCtx, st *storyState, k int) []int {
	if st == nil || !st.hasGroup || s.nsent-st.groupSent > 2 || st.groupSent == s.nsent {
		return nil
	}
	x, y := st.group[0], st.group[1]
	if x < 0 || y < 0 || x == y || a.isDeal[x] || a.isDeal[y] {
		return nil
	}
	switch s.w(k + 1) {
	case "कंपनियों", "समूहों", "फर्मों":
		if a.isPerson[x] || a.isPerson[y] {
			return nil
		}
	case "नेताओं", "दिग्गजों", "अरबपतियों", "उद्योगपतियों":
		if !a.isPerson[x] || !a.isPerson[y] {
			return nil
		}
	}
	return []int{x, y}
}

// otherParty18 is the party of the tie x–y that the clause does not hold:
// y when only x is held, x when only y is, -1 otherwise.
func otherParty18(x, y int, hx, hy bool) int {
	switch {
	case hx && !hy:
		return y
	case hy && !hx:
		return x
	}
	return -1
}
