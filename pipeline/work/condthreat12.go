package work

import (
	"strings"
)

// condThreat12 reads a tracked speaker's conditional punishment: "X ने
// लिखा था कि अगर Y ने चुनाव में गड़बड़ी की तो उन्हें बाकी जिंदगी जेल में
// बितानी होगी", "X ने चेतावनी दी कि अगर Y ने … तो उन्हें गंभीर नतीजे
// भुगतने होंगे". A condition (SCHEMA: अगर … तो is no stance) is a plan;
// but a punishment promised to the condition's own subject is a threat
// the speaker has made, asserted as his words are (the dev gold labels
// it hostile, kind threat): speaker → Y. The condition's subject is
// tracked (unmarked or with ने), the consequence after तो names a
// punishment (जेल, सजा, नतीजे/अंजाम भुगतने) and falls on a pronoun or Y
// again, no one else tracked; the speaker's own clause is asserted (not
// "क्या X ने कहा …", "X ने नहीं कहा …"). The narrator's own condition
// has no speaker and gives nothing.
func (a *Analyzer) condThreat12(s *sentCtx, st *storyState, from int) {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.flag(k)&fwCond == 0 {
			continue
		}
		t := -1
		for j := k + 1; j < s.sn.b; j++ {
			if w := s.w(j); w == "तो" {
				t = j
				break
			} else if w == "।" || w == "?" {
				break
			}
		}
		if t < 0 || !s.punishment12(t+1) {
			continue
		}
		ci := int(s.cid[k-s.sn.a])
		if ci < 0 || ci >= len(s.cls) {
			continue
		}
		y, other := -1, false
		for i := range s.chunks {
			c := &s.chunks[i]
			if c.tok <= k || c.ent < 0 {
				continue
			}
			switch {
			// "अगर Y विरोधियों की मदद करेंगे": a name right after अगर
			// read as a modifier of the noun after it is still the
			// subject.
			case c.tok < t && (c.mk == mkBare || c.mk == mkAgent || c.tok == k+1 && (c.mk == mkMod || c.possessed)) && c.pron == 0:
				if y < 0 {
					y = c.ent
				} else if y != c.ent {
					other = true
				}
			case c.tok > t && c.ent != y && c.pron == 0:
				other = true // the consequence falls on someone else
			}
		}
		if y < 0 || other {
			continue
		}
		// The speaker's clause: the content clause the condition sits
		// in, said by someone tracked whose saying is asserted.
		cl := &s.cls[ci]
		if cl.kind != ckContent && !cl.quoted {
			continue
		}
		if !s.sayingAsserted(cl) {
			continue
		}
		for _, x := range a.speakers(s, ci, st, nil) {
			if x != y && !a.assertedSince12(st, from, x, y) {
				a.add(s, st, x, y, -1, "threat", "", 1.2)
			}
		}
		return
	}
}

// punishment12: the consequence from k names a punishment for its
// subject: jail (जेल), a sentence (सजा), or consequences borne (नतीजे /
// अंजाम / खामियाजा भुगतने), with a pronoun for the one punished
// (उन्हें, उसे, वह, वे).
func (s *sentCtx) punishment12(k int) bool {
	pron, pun := false, false
	for j := k; j < s.sn.b; j++ {
		switch w := s.w(j); w {
		case "।", "?", "!", ";":
			return pron && pun
		case "उन्हें", "उसे", "उनको", "उसको", "वह", "वे":
			pron = true
		case "जेल", "सजा":
			pun = true
		default:
			if strings.HasPrefix(w, "भुगत") {
				switch s.w(j - 1) {
				case "नतीजे", "नतीजा", "परिणाम", "अंजाम", "खामियाजा":
					pun = true
				}
			}
		}
	}
	return pron && pun
}
