package work

import "github.com/khabar/khabar/pipeline"

// Session 35 round 2 (CROSS2): the owner joins his organisation's attack.
//
// "ट्विटर ने मेटा को कानूनी नोटिस भेजा। … ट्विटर के मालिक X ने इस पर
// लिखा, 'प्रतिस्पर्धा ठीक है, धोखाधड़ी नहीं'": X's charge names no one;
// it is aimed at the one his own organisation attacks in the sentences
// around it (SCHEMA: a stance may be carried by a reference the reader
// resolves from the story). ownSideJoins35b adds X → Y hostile for an
// asserted hostile O → Y of an organisation O, read in the body, when a
// sentence within ownSideNear35b of it has a person X tied to O as its
// ने-agent, names no tracked party but X and O, holds a hostile word
// after X, and no stance was read there; X is tied to neither Y nor
// already hostile to Y.
const ownSideNear35b = 2

func (a *Analyzer) ownSideJoins35b(fields []*field, st *storyState) {
	n := len(st.stanceList)
	var spans []sentSpan25
	for i := 0; i < n; i++ {
		x := st.stanceList[i]
		if !answerable25(x) || x.Field != "body" {
			continue
		}
		o, ok1 := a.entOf37(st, x.Source)
		y, ok2 := a.entOf37(st, x.Target)
		if !ok1 || !ok2 || a.isPerson[o] {
			continue
		}
		if a.isPerson[y] && a.orgAlsoAttacked35b(st, st.stanceList[:n], x.Source, y) {
			continue // the company's charge, addressed to its chief
		}
		if spans == nil {
			spans = storySpans28(st, fields)
		}
		j := spanAt25(spans, x.Field, x.Start)
		if j < 0 {
			continue
		}
		for k := j - ownSideNear35b; k <= j+ownSideNear35b; k++ {
			if k < 0 || k == j || k >= len(spans) || spans[k].f != spans[j].f {
				continue
			}
			sp := spans[k]
			p, at := a.ownSpeaker35b(st, sp, o)
			if p < 0 || p == y || a.tiedBoth(st, p, y) || stanceIn35b(st.stanceList[:n], sp) {
				continue
			}
			if _, ok := st.stances[stanceKey37(a.idKey[p], a.idKey[y], true, "")]; ok || attacksBefore35b(st.stanceList[:n], a.ents[p].ID, sp) {
				continue
			}
			if !a.hostileWordAfter35b(sp, at) {
				continue
			}
			ev, os, oe := evidence(sp.f, &sp.sn)
			st.stances[stanceKey37(a.idKey[p], a.idKey[y], true, "")] = len(st.stanceList)
			st.stanceList = append(st.stanceList, pipeline.Stance{Source: a.ents[p].ID, Target: x.Target, Polarity: pipeline.Hostile,
				Score: 0.6, Evidence: ev, Kind: "criticism", Field: sp.f.name, Start: os, End: oe})
		}
	}
}

// ownSpeaker35b is the one person tied to organisation o who is a ने-agent
// of the sentence, when every tracked mention there is of that person or
// of o; with the token after his mention. -1 otherwise.
func (a *Analyzer) ownSpeaker35b(st *storyState, sp sentSpan25, o int) (int, int) {
	p, at := -1, -1
	for _, m := range sp.mentions36() { // (the sentence's: speed36.go)
		if m.tok < sp.sn.a || m.tok >= sp.sn.b || m.entity == o {
			continue
		}
		if p >= 0 && m.entity != p {
			return -1, -1
		}
		if !a.isPerson[m.entity] || !a.tiedTo(st, m.entity, o) {
			return -1, -1
		}
		if p < 0 {
			p, at = m.entity, m.tokEnd
		}
	}
	if p < 0 || !a.agentIn25(sp, p) {
		return -1, -1
	}
	return p, at
}

// orgAlsoAttacked35b reports an asserted hostile stance of src towards an
// organisation person y is tied to ("ट्विटर ने Y को पत्र भेजकर … चेतावनी
// दी। … आरोप लगाया कि मेटा ने …": the charge is the company's, the letter
// only addressed to its chief).
func (a *Analyzer) orgAlsoAttacked35b(st *storyState, list []pipeline.Stance, src string, y int) bool {
	for _, x := range list {
		if x.Source != src || !answerable25(x) {
			continue
		}
		if z, ok := a.entOf37(st, x.Target); ok && z != y && !a.isPerson[z] && a.tiedTo(st, y, z) {
			return true
		}
	}
	return false
}

// attacksBefore35b reports an asserted hostile stance of src read before
// sentence sp (in the headline, or earlier in its field): his charge with
// no one named goes on with his own attack ("X ने Y पर नकल का आरोप लगाया।
// X ने लिखा, 'प्रतिस्पर्धा ठीक है, धोखाधड़ी नहीं'"), not with his
// company's.
func attacksBefore35b(list []pipeline.Stance, src string, sp sentSpan25) bool {
	for _, x := range list {
		if x.Source != src || !answerable25(x) {
			continue
		}
		if x.Field == sp.f.name && x.Start < sp.os || x.Field == "title" && sp.f.name != "title" {
			return true
		}
	}
	return false
}

// stanceIn35b reports a stance read in the sentence.
func stanceIn35b(list []pipeline.Stance, sp sentSpan25) bool {
	for _, x := range list {
		if x.Field == sp.f.name && x.Start >= sp.os && x.Start < sp.oe {
			return true
		}
	}
	return false
}

// hostileWordAfter35b reports a hostile frame or evaluative word of the
// lexicon in the words said after token at: from the first quote mark or
// complementizer (कि) on ("… ने मुकदमे पर कोई टिप्पणी नहीं की" says
// nothing).
func (a *Analyzer) hostileWordAfter35b(sp sentSpan25, at int) bool {
	for at < sp.sn.b && !isQuoteMark30(sp.f.words[at]) && sp.f.fl[at]&fwKi == 0 {
		at++
	}
	return a.hostileFrom35b(sp, at) // (tieattack35b.go)
}
