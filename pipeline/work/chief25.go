package work

import (
	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 25 (CHIEF): a stance towards an organisation and its chief.
//
// The ruling (testdata/gold/SCHEMA.md, "An organisation's chief"): when a
// story asserts S → O and ties a tracked person P to O in its own words,
// the stance also counts S → P, with the same polarity and kind, for the
// kinds that judge or attack/defend O (criticism, accusation, mockery,
// threat, lawsuit, praise, endorsement, defence). The business kinds
// (alliance, donation, rupture, rivalry, reconciliation …) stay between
// the organisations. No S → P when S is P or an organisation tied to P,
// nor when a stance S → P (of either polarity, in any mood) is said in
// the same sentence: the sentence sets P apart, and only what it says
// about P counts.
//
// The tie is the story's, never world knowledge alone. The watchlist
// gives the roles (its dated titles that name an organisation: "टेस्ला
// प्रमुख", "ओपनएआई के सीईओ" from/until …): a pair (P, O) whose title is in
// force at the story's date, strictly (a chief's days out of office are
// no tie). The text must then state it (chiefTies25):
//   - the role in apposition: "O (के) <role> P", "कंपनी के <role> P",
//     or a bare "<role> P" when P holds the role for exactly one of the
//     organisations the story names ("चेयरमैन P ने …");
//   - after the name: "P, (जो) O के <role> …";
//   - the title alone for P: "O (के) <role>" before a postposition, a
//     particle or a stop, the role one of P's watchlist titles ends with;
//   - O called P's: "P की (एआई कंपनी) O" (not "P की एक्स पर पोस्ट").
// The role words are words.yaml's chief_roles; a former role ("पूर्व
// सीईओ") breaks the chain.

// chiefKind25 reports a kind that passes from an organisation to its
// tied chief.
func chiefKind25(kind string) bool {
	switch kind {
	case "criticism", "accusation", "mockery", "threat", "lawsuit", "praise", "endorsement", "defence":
		return true
	}
	return false
}

// chiefInForce25 reports a watchlist title tying person p to organisation
// o at the story's date: a title with no dates, a story with no date, or
// a date inside one of the title's periods.
func (a *Analyzer) chiefInForce25(st *storyState, p, o int) bool {
	if !a.affiliated(p, o) {
		return false
	}
	t := a.affilDated14[[2]int{p, o}]
	if t == nil || t.always || st.published.IsZero() {
		return true
	}
	at := st.published
	for _, ep := range t.periods {
		if (ep.From.IsZero() || !at.Before(ep.From)) && (ep.Until.IsZero() || at.Before(ep.Until)) {
			return true
		}
	}
	return false
}

// chiefClass25 is token k's words.yaml class bits.
func (a *Analyzer) chiefClass25(f *field, k int) uint64 {
	var id int
	if f.wid != nil {
		id = int(f.wid[k])
	} else {
		id = int(a.flagIdx.lookup(f.words[k])) + 1
	}
	if id < 0 || id >= len(a.classOf) {
		return 0
	}
	return a.classOf[id]
}

// chiefFlag25 is token k's word flags.
func (a *Analyzer) chiefFlag25(f *field, k int) uint64 {
	if f.fl != nil {
		return f.fl[k]
	}
	if id := int(a.flagIdx.lookup(f.words[k])); id >= 0 && id < len(a.flagVals) {
		return a.flagVals[id]
	}
	return 0
}

// roleChain25 reads a chain of role words from token k ("सीईओ",
// "चेयरमैन और सीईओ", "सह-संस्थापक"): the token after it and the last
// role word, or (k, -1) when k opens none.
func (a *Analyzer) roleChain25(f *field, k int) (int, int) {
	last := -1
	for k < len(f.words) {
		switch {
		case a.chiefClass25(f, k)&cwChiefRole25 != 0:
			last = k
			k++
			continue
		case f.words[k] == "सह" && k+2 < len(f.words) && f.words[k+1] == "-":
			k += 2
			continue
		case last >= 0 && (f.words[k] == "और" || f.words[k] == ",") && k+1 < len(f.words) && a.chiefClass25(f, k+1)&cwChiefRole25 != 0:
			k++
			continue
		}
		break
	}
	if last < 0 {
		return k, -1
	}
	return last + 1, last
}

// chiefTies25 lists the (person, organisation) pairs the story ties in
// its words (see the file comment), each once.
func (a *Analyzer) chiefTies25(fields []*field, st *storyState) [][2]int {
	var ties [][2]int
	add := func(p, o int) {
		if p < 0 || o < 0 || !a.isPerson[p] || a.isPerson[o] || a.isDeal[o] || !a.chiefInForce25(st, p, o) {
			return
		}
		for _, t := range ties {
			if t == [2]int{p, o} {
				return
			}
		}
		ties = append(ties, [2]int{p, o})
	}
	// The one organisation the story names that person p leads at its
	// date, for a bare role; -1 for none or several.
	only := func(p int) int {
		z := -1
		for o := range a.ents {
			if a.isPerson[o] || a.isDeal[o] || !st.named.has(o) || !a.chiefInForce25(st, p, o) {
				continue
			}
			if z >= 0 {
				return -1
			}
			z = o
		}
		return z
	}
	for _, f := range fields {
		person := func(k int) int {
			if i, ok := mentionStarting26(f, k); ok && a.isPerson[f.mentions[i].entity] {
				return f.mentions[i].entity
			}
			return -1
		}
		for i, m := range f.mentions {
			e := m.entity
			k := m.tokEnd
			if !a.isPerson[e] && !a.isDeal[e] {
				// "O (के) <role> P", "O (के) <role>" alone.
				r := k
				if r < len(f.words) && isGenitive(f.words[r]) {
					r++
				}
				end, last := a.roleChain25(f, r)
				if last < 0 {
					continue
				}
				if p := person(end); p >= 0 {
					if n, _ := mentionStarting26(f, end); !a.roleDenied25(f, f.mentions[n].tokEnd) {
						add(p, e)
					}
					continue
				}
				if a.chiefTitleEnd25(f, end) {
					for p := range a.ents {
						if a.isPerson[p] && a.holdsRole(p, f.words[last]) {
							add(p, e)
						}
					}
				}
				continue
			}
			if !a.isPerson[e] {
				continue
			}
			// "P, (जो) O के <role>".
			j := k
			if j < len(f.words) && f.words[j] == "," {
				j++
			}
			if j < len(f.words) && f.words[j] == "जो" {
				j++
			}
			if n, ok := mentionStarting26(f, j); ok && n > i {
				o := f.mentions[n].entity
				r := f.mentions[n].tokEnd
				if r < len(f.words) && isGenitive(f.words[r]) {
					r++
				}
				if _, last := a.roleChain25(f, r); last >= 0 {
					add(e, o)
				}
			}
			// "P के स्वामित्व वाली O" (attach29.go).
			if q := a.ownedVia29(f, k); q > 0 {
				if n, ok := mentionStarting26(f, q); ok {
					add(e, f.mentions[n].entity)
				}
			}
			// "P की (एआई कंपनी) O".
			if k < len(f.words) && isGenitive(f.words[k]) {
				for q := k + 1; q <= k+3 && q < len(f.words); q++ {
					if n, ok := mentionStarting26(f, q); ok {
						o := f.mentions[n].entity
						between := q == k+1 || a.chiefFlag25(f, q-1)&fwOrgNoun != 0 || a.ownedKind28(f, q-1)
						after := f.mentions[n].tokEnd
						onIt := a.platform[o] && after < len(f.words) && (f.words[after] == "पर" || f.words[after] == "में")
						if between && !onIt {
							add(e, o)
						}
						break
					}
					if f.toks[q].Kind != hindi.Word {
						break
					}
				}
			}
			// "<role> P", "कंपनी के <role> P": the role of the one
			// organisation of P's the story names.
			if b := a.roleBefore25(f, m.tok); b >= 0 && !a.roleDenied25(f, k) {
				if g := b - 1; g >= 0 && isGenitive(f.words[g]) && g-1 >= 0 {
					if n, ok := a.mentionEnding25(f, g-1); ok && !a.isPerson[f.mentions[n].entity] {
						// "O के <role> P": read above; "X और O के <role>
						// P" gives X the role too.
						if h := f.mentions[n].tok - 1; h >= 1 && f.words[h] == "और" {
							if n, ok := a.mentionEnding25(f, h-1); ok {
								add(e, f.mentions[n].entity)
							}
						}
						continue
					}
					if a.chiefClass25(f, g-1)&cwPlatformNoun25 != 0 {
						add(e, a.tieByPlatform25(st, e)) // "प्लेटफॉर्म के मालिक P" (chief225.go)
						continue
					}
					if a.chiefFlag25(f, g-1)&fwOrgNoun == 0 {
						// "O और <untracked> के <role> P" (गूगल और
						// अल्फाबेट के सीईओ): O's role too.
						if g >= 3 && f.words[g-2] == "और" {
							if n, ok := a.mentionEnding25(f, g-3); ok {
								add(e, f.mentions[n].entity)
							}
						} else if j := a.parentBefore25(f, g); j >= 1 {
							// "O और उसकी मूल कंपनी <X> के <role> P" (chief225.go)
							if n, ok := a.mentionEnding25(f, j-1); ok {
								add(e, f.mentions[n].entity)
							}
						}
						continue // "<someone untracked> के <role> P"
					}
				}
				add(e, only(e))
			}
		}
	}
	return ties
}

// roleBefore25 is the first token of a role chain ending right before
// token k ("सीईओ P", "चेयरमैन और सीईओ …", "सह-संस्थापक …"), or
// -1 (none, or a former role: "पूर्व सीईओ").
func (a *Analyzer) roleBefore25(f *field, k int) int {
	b := -1
	for j := k - 1; j >= 0; {
		if a.chiefClass25(f, j)&cwChiefRole25 != 0 {
			b = j
			if j >= 2 && f.words[j-1] == "-" && f.words[j-2] == "सह" {
				b = j - 2
			}
			j = b - 1
			continue
		}
		if b >= 0 && j == b-1 && (f.words[j] == "और" || f.words[j] == ",") && j >= 1 && a.chiefClass25(f, j-1)&cwChiefRole25 != 0 {
			j--
			continue
		}
		break
	}
	if b >= 1 && f.words[b-1] == "पूर्व" {
		return -1
	}
	return b
}

// mentionEnding25 is the mention whose last token is k.
func (a *Analyzer) mentionEnding25(f *field, k int) (int, bool) {
	for i, m := range f.mentions {
		if m.tokEnd == k+1 {
			return i, true
		}
	}
	return -1, false
}

// chiefTitleEnd25 reports a title standing alone before token k: a
// postposition, a particle, a stop or the field's end ("मेटा प्रमुख ने",
// "ओपनएआई के सीईओ भी"), not a noun it qualifies ("प्रमुख निवेशकों").
func (a *Analyzer) chiefTitleEnd25(f *field, k int) bool {
	if k >= len(f.words) || f.toks[k].Kind != hindi.Word {
		return true
	}
	if a.chiefFlag25(f, k)&fwPostposition != 0 {
		return true
	}
	return titleParticle25(f.words[k])
}

// titleParticle25 reports a particle that may follow a title standing
// alone as a subject ("O के सीईओ भी"; titleStands28 too).
func titleParticle25(w string) bool {
	switch w {
	case "भी", "ही", "तो", "खुद", "स्वयं", "अब", "फिर":
		return true
	}
	return false
}

// chiefStances25 adds S → P beside each S → O of a passing kind whose
// organisation O the story ties to P (see the file comment).
func (a *Analyzer) chiefStances25(fields []*field, st *storyState, out []pipeline.Stance) []pipeline.Stance {
	some := false
	for i := range out {
		if o, ok := a.entOf37(st, out[i].Target); ok && chiefKind25(out[i].Kind) && !a.isPerson[o] && !a.isDeal[o] {
			some = true
			break
		}
	}
	if !some {
		return out
	}
	ties := a.chiefTies25(fields, st)
	if len(ties) == 0 {
		return out
	}
	n := len(out)
	for i := 0; i < n; i++ {
		x := out[i]
		o, ok := a.entOf37(st, x.Target)
		if !ok || !chiefKind25(x.Kind) {
			continue
		}
		if x.Polarity == pipeline.Supportive && a.tieSentence25(fields, x) {
			continue // praise of a tie with O: kind alliance (chief225.go)
		}
		src, ok := a.entOf37(st, x.Source)
		if !ok {
			continue
		}
		for _, t := range ties {
			p := t[0]
			if t[1] != o || p == src {
				continue
			}
			if !a.isPerson[src] && (a.chiefInForce25(st, p, src) || a.tiedTo(st, p, src)) {
				continue // P's own organisation on O
			}
			pid := a.ents[p].ID
			if chiefApart25(out, x, pid) || repeatApart31(st, out, x, pid) {
				continue
			}
			y := x
			y.Target = pid
			out = append(out, y)
		}
	}
	return out
}

// chiefApart25 reports a stance x.Source → pid already there: the same
// polarity and mood (nothing to add), or any stance said in x's sentence
// (the sentence sets the chief apart from his organisation).
func chiefApart25(out []pipeline.Stance, x pipeline.Stance, pid string) bool {
	for _, y := range out {
		if y.Source != x.Source || y.Target != pid {
			continue
		}
		if y.Polarity == x.Polarity && y.Mood == x.Mood {
			return true
		}
		if sameSentence25(x, y) {
			return true
		}
	}
	return false
}

// sameSentence25 reports two evidence spans of one field that overlap:
// a stance's evidence is its sentence, so two stances of one sentence
// share it.
func sameSentence25(x, y pipeline.Stance) bool {
	return x.Field == y.Field && x.Start < y.End && y.Start < x.End
}
