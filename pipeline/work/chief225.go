package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 25 (CHIEF2): the ruling's exclusions chief25.go did not read.
//
// Praising or affirming a partnership or tie with O ("O हमारा सबसे अहम
// साझेदार", "O के साथ काम करना गर्व की बात", "O के साथ रिश्ता मजबूत")
// is of kind alliance by SCHEMA, a business kind: it stays between the
// parties and gives the tied chief nothing, even when the engine reads
// the sentence's words as praise. A supportive S → O said in a sentence
// that names such a tie (words.yaml's tie_words, or tie_with said of O:
// "O के साथ", "उसके साथ") passes to no chief (tieSentence25). Only praise, endorsement or defence of O itself passes.
//
// A role denied is no tie: "उस समय इसके मालिक P नहीं थे" (roleDenied25;
// the ruling's act done before P held the role).
//
// Two more ways a story ties P to O in words (chiefTies25's hooks):
//   - a platform noun standing for the platform P owns or leads:
//     "प्लेटफॉर्म के मालिक P" (platform_nouns), the one platform of P's
//     the story names (tieByPlatform25);
//   - a parent named after O: "O और उसकी मूल कंपनी <X> के <role> P"
//     (parent_words), P's role in O too (parentBefore25).

// tieSentence25 reports x's evidence sentence naming a partnership or
// tie (a tie_words word among its tokens; only the tokens that start
// inside the span are read: spanTokens26).
func (a *Analyzer) tieSentence25(fields []*field, x pipeline.Stance) bool {
	for _, f := range fields {
		if f.name != x.Field {
			continue
		}
		lo, hi := spanTokens26(f, x.Start, x.End)
		for k := lo; k < hi; k++ {
			if f.toks[k].Kind != hindi.Word {
				continue
			}
			c := a.chiefClass25(f, k)
			if c&cwTieWord25 == 0 && (c&cwTieWith25 == 0 || !a.withTarget25(f, k, x.Target)) {
				continue
			}
			os, oe := f.text.OrigSpan(f.toks[k].Start, f.toks[k].End)
			if os >= x.Start && oe <= x.End {
				return !a.selfFirst25(f, k, x)
			}
		}
	}
	return false
}

// selfFirst25 reports a sentence that judges O itself before it names
// the tie at token t: "<O> … लैब है और … रिश्ता", "<O> को … कंपनी बताया
// और कहा कि … साझेदार" — O's last mention before t, then a calling verb
// after "O को" or a copula after a noun or adjective (not the
// auxiliary of "स्वागत करते हैं"), then "और", all inside x's span. The
// first conjunct is praise of O itself and passes to its chief.
func (a *Analyzer) selfFirst25(f *field, t int, x pipeline.Stance) bool {
	m := -1
	for i, n := range f.mentions {
		if n.tokEnd > t || a.ents[n.entity].ID != x.Target {
			continue
		}
		if os, _ := f.text.OrigSpan(f.toks[n.tok].Start, f.toks[n.tok].End); os >= x.Start {
			m = i
		}
	}
	if m < 0 {
		return false
	}
	judged := false
	e := f.mentions[m].tokEnd
	called := e < len(f.words) && f.words[e] == "को" // "O को … बताया"
	for j := e; j < t; j++ {
		fl := a.chiefFlag25(f, j)
		if called && fl&fwCall != 0 {
			judged = true
		}
		if fl&fwCopula != 0 && j > 0 && !auxBefore25(f.words[j-1]) {
			judged = true
		}
		if judged && f.words[j] == "और" {
			return true
		}
	}
	return false
}

// auxBefore25 reports a verb form a copula is the auxiliary of ("करते
// हैं", "दिया है", "गई है").
func auxBefore25(w string) bool {
	for _, e := range []string{"ते", "ती", "ता", "या", "ये", "ई", "ए"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// withTarget25 reports "साथ" (tie_with) at token k said of the stance's
// target: "<target> के साथ", "<target> का साथ", "उसके/उनके साथ", "उसका
// साथ" — not "स्टार्टअप के साथ", a tie with someone else.
func (a *Analyzer) withTarget25(f *field, k int, target string) bool {
	if k < 1 {
		return false
	}
	switch f.words[k-1] {
	case "उसके", "उनके", "इसके", "इनके", "उसका", "उनका":
		return true
	}
	if k < 2 || !isGenitive(f.words[k-1]) {
		return false
	}
	n, ok := a.mentionEnding25(f, k-2)
	// "O जैसी कंपनी के साथ": O's (attach29.go).
	if !ok && a.likeCompanyAt29(f, k-2) {
		n, ok = a.mentionEnding25(f, k-4)
	}
	return ok && a.ents[f.mentions[n].entity].ID == target
}

// tieByPlatform25 is the one platform the story names whose role person
// p holds at its date, for "प्लेटफॉर्म के <role> P"; -1 for none or
// several.
func (a *Analyzer) tieByPlatform25(st *storyState, p int) int {
	z := -1
	for o := range a.ents {
		if !a.platform[o] || a.isPerson[o] || !st.named.has(o) || !a.chiefInForce25(st, p, o) {
			continue
		}
		if z >= 0 {
			return -1
		}
		z = o
	}
	return z
}

// parentBefore25 is the token of "और" before a parent named after an
// organisation, for the untracked name ending at token g-1 of "O और
// उसकी मूल कंपनी <X> के <role> P": the word before a one-word X is
// कंपनी (org_nouns), after "और" and, each if there, "उसकी" or "अपनी"
// and a parent_words word ("O और कंपनी <X> के <role> P" reads too); -1
// for none.
func (a *Analyzer) parentBefore25(f *field, g int) int {
	j := g - 2 // the word before the untracked name <X>
	if j < 0 || a.chiefFlag25(f, j)&fwOrgNoun == 0 {
		return -1
	}
	j--
	if j >= 0 && a.chiefClass25(f, j)&cwParentWord25 != 0 {
		j--
	}
	if j >= 0 && (f.words[j] == "उसकी" || f.words[j] == "अपनी") {
		j--
	}
	if j >= 1 && f.words[j] == "और" {
		return j
	}
	return -1
}

// roleDenied25 reports "नहीं" and a copula right after the role's
// person, whose name ends before token k: "… के मालिक P नहीं थे".
func (a *Analyzer) roleDenied25(f *field, k int) bool {
	return k+1 < len(f.words) && f.words[k] == "नहीं" && a.chiefFlag25(f, k+1)&fwCopula != 0
}
