package work

import "github.com/khabar/khabar/pipeline"

// Session 35 round 2 (CROSS2): an attack on a tie is an attack on both
// its parties.
//
// "रिलायंस और मेटा के बीच हुए करार पर X ने सवाल उठाए", "A ने B के साथ नया
// करार किया। X ने इस करार को 'कानूनी धोखाधड़ी' करार दिया": the act's
// object is the tie, told with both its parties (के बीच) or pointed back
// at (इस/उस + a tie noun) after an asserted alliance A – B was read.
// SCHEMA counts criticism of someone's plan or deal against him, so X →
// A and X → B hostile, when X is the sentence's one tracked ने-agent, a
// party of neither side nor tied to one, the sentence names no tracked
// party but X, A and B, has a hostile word after the tie noun, and no
// stance of X was read there.
func (a *Analyzer) tieAttacks35b(fields []*field, st *storyState) {
	n := len(st.stanceList)
	if n == 0 {
		return
	}
	var spans []sentSpan25
	for i := 0; i < n; i++ {
		if st.stanceList[i].Kind == "alliance" {
			spans = storySpans28(st, fields)
			break
		}
	}
	for _, sp := range spans {
		k, back := a.tieNounAt35b(sp)
		if k < 0 {
			continue
		}
		tie, ok := a.tieBefore35b(st.stanceList[:n], sp, back)
		if !ok {
			continue
		}
		x := a.loneAgent35b(sp, tie)
		if x < 0 || x == tie[0] || x == tie[1] || a.tiedBoth(st, x, tie[0]) || a.tiedBoth(st, x, tie[1]) {
			continue
		}
		if stanceOfIn35b(st.stanceList[:n], sp, a.ents[x].ID) || !a.hostileFrom35b(sp, k+1) || negatedFrom35b(sp, k+1) {
			continue
		}
		for _, y := range tie {
			key := stanceKey37(a.idKey[x], a.idKey[y], true, "")
			if _, ok := st.stances[key]; ok {
				continue
			}
			ev, os, oe := evidence(sp.f, &sp.sn)
			st.stances[key] = len(st.stanceList)
			st.stanceList = append(st.stanceList, pipeline.Stance{Source: a.ents[x].ID, Target: a.ents[y].ID, Polarity: pipeline.Hostile,
				Score: 0.6, Evidence: ev, Kind: "criticism", Field: sp.f.name, Start: os, End: oe})
		}
	}
}

// tieNounAt35b is a tie noun of the sentence told with both its parties
// ("… के बीच (हुए) (एआई) करार"), back false; or pointed back at by a
// demonstrative ("इस करार", "उस सौदे"), back true. -1 if none.
func (a *Analyzer) tieNounAt35b(sp sentSpan25) (int, bool) {
	w := sp.f.words
	for k := sp.sn.a + 1; k < sp.sn.b; k++ {
		if !a.tieNounTok36(sp.f, k) || k+1 < sp.sn.b && (w[k+1] == "किया" || w[k+1] == "से") {
			continue // (a tie made, or kept away from: "इस साझेदारी से खुद को अलग रखा")
		}
		if d := w[k-1]; d == "इस" || d == "उस" {
			return k, true
		}
		for j := k - 1; j >= sp.sn.a+1 && j >= k-3; j-- {
			if w[j] == "बीच" && isGenitive(w[j-1]) {
				return k, false
			}
		}
	}
	return -1, false
}

// tieBefore35b is the parties of the last asserted alliance read before
// sentence sp (back) or in it; ok false if none.
func (a *Analyzer) tieBefore35b(list []pipeline.Stance, sp sentSpan25, back bool) (tie [2]int, ok bool) {
	for _, x := range list {
		if x.Kind != "alliance" || x.Polarity != pipeline.Supportive || !x.Asserted() {
			continue
		}
		in := x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe
		before := x.Field == sp.f.name && x.Start < sp.os
		if back && !before || !back && !in {
			continue
		}
		s, ok1 := a.entByID[x.Source]
		t, ok2 := a.entByID[x.Target]
		if ok1 && ok2 {
			tie, ok = [2]int{s, t}, true
		}
	}
	return tie, ok
}

// loneAgent35b is the one tracked ने-agent of the sentence when every
// tracked mention there is of it or of a tie party; -1 otherwise.
func (a *Analyzer) loneAgent35b(sp sentSpan25, tie [2]int) int {
	x := -1
	for _, m := range sp.f.mentions {
		if m.tok < sp.sn.a || m.tok >= sp.sn.b || m.entity == tie[0] || m.entity == tie[1] {
			continue
		}
		if x >= 0 && m.entity != x {
			return -1
		}
		x = m.entity
	}
	if x < 0 || !a.agentIn25(sp, x) {
		return -1
	}
	return x
}

// stanceOfIn35b reports a stance of src read in the sentence.
func stanceOfIn35b(list []pipeline.Stance, sp sentSpan25, src string) bool {
	for _, x := range list {
		if x.Source == src && x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return true
		}
	}
	return false
}

// negatedFrom35b reports a negation from token at to the sentence's end
// ("इस करार पर कोई सवाल नहीं उठाया"): no attack is read then.
func negatedFrom35b(sp sentSpan25, at int) bool {
	for k := at; k < sp.sn.b; k++ {
		switch sp.f.words[k] {
		case "नहीं", "न", "ना", "मत", "बिना", "नही":
			return true
		}
	}
	return false
}

// hostileFrom35b reports a hostile frame or evaluative word from token
// at to the sentence's end (not only in words said: "… पर सवाल उठाए").
func (a *Analyzer) hostileFrom35b(sp sentSpan25, at int) bool {
	for k := at; k < sp.sn.b; k++ {
		m := a.lex.matchAll(sp.f.words, k)
		if e := m[entFrame].e; e != nil && e.frame != nil && e.frame.Polarity == "hostile" {
			return true
		}
		if e := m[entEval].e; e != nil && e.eval != nil && e.eval.Pol == "hostile" {
			return true
		}
	}
	return false
}
