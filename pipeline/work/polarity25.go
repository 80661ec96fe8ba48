package work

import (
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// Session 25 (POLARITY): sentences that read one pair with the wrong
// polarity, found by TestGoldCauses' "opposite polarity" and read
// item by item on dev. Each guard below is a construction outlets use
// that looks like support and is none (or none asserted):
//
//   - grievedHelp25: help a speaker says he gave, told as a grievance
//     ("X ने कहा कि वे Y से निराश हैं और उन्होंने Y की बहुत मदद की थी",
//     "मैंने उसकी बहुत मदद की, और बदले में मुझे यह मिला");
//   - planTalk25: talk of giving or backing, a plan and no act ("कुछ
//     हफ्ते पहले तक X, Y की पार्टी को चंदा देने की बात कर रहे थे");
//   - pastRelation25: a relationship's state gone by ("तब दोनों के
//     रिश्ते सामान्य थे", "X और मेरे रिश्ते बहुत अच्छे थे");
//   - seemingRelation25: a mending or a rift that only seems under way
//     ("… के बाद दोनों के रिश्ते अब सुधरते दिख रहे हैं"); the rift
//     named before it ("तल्खी के बाद") is left as it is read (SCHEMA:
//     a vague bad patch is not ruled).

// polarity25 applies the guards to a stance about to be added: drop
// reports a stance that is none; else mood is the mood it takes.
func polarity25(s *sentCtx, pol int8, kind, mood string) (drop bool, out string) {
	if pol > 0 {
		switch kind {
		case "endorsement":
			if s.grievedHelp25() {
				return true, mood
			}
		case "praise", "reconciliation", "alliance":
			if s.pastRelation25() {
				return true, mood
			}
		}
	}
	if mood != "" {
		return false, mood
	}
	switch kind {
	case "donation", "endorsement", "alliance":
		if pol > 0 && s.planTalk25() {
			return false, pipeline.MoodFuture
		}
	case "reconciliation":
		if s.seemingRelation25() {
			return false, pipeline.MoodSpeculative
		}
	}
	return false, mood
}

// hasClass25 reports a token of class c in the sentence.
func (s *sentCtx) hasClass25(c uint64) bool {
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.class(k)&c != 0 {
			return true
		}
	}
	return false
}

// grievedHelp25 reports help (words.yaml help_nouns) told in a sentence
// that voices disappointment or ingratitude (grievance_words): the
// helper's reproach, not his backing of the one helped. A grievance
// denied ("निराश नहीं हैं") is none.
func (s *sentCtx) grievedHelp25() bool {
	if !s.hasClass25(cwHelpNoun25) {
		return false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.class(k)&cwGrievance25 != 0 && s.flag(k+1)&fwNeg == 0 && s.flag(k+2)&fwNeg == 0 {
			return true
		}
	}
	return s.sn.qprev && s.quoteGrieved25()
}

// quoteGrieved25 reports a grievance word in the sentence before, when
// this one goes on with a quote that opened there ("“मुझे Y से बहुत
// निराशा हुई है। मैंने उनकी बहुत मदद की,” X ने कहा"): the quote is one
// reproach.
func (s *sentCtx) quoteGrieved25() bool {
	f := s.f
	if len(f.wid) != len(f.words) || len(s.classOf) == 0 {
		return false
	}
	ends := 0
	for k := s.sn.a - 1; k >= 0 && k >= s.sn.a-maxQuoteLook25; k-- {
		if w := f.words[k]; w == "।" || w == "?" || w == "!" || f.toks[k].Kind == hindi.Break {
			if ends++; ends > 1 {
				return false
			}
			continue
		}
		if id := uint(f.wid[k]); id < uint(len(s.classOf)) && s.classOf[id]&cwGrievance25 != 0 {
			return true
		}
	}
	return false
}

// maxQuoteLook25 bounds how far back quoteGrieved25 reads.
const maxQuoteLook25 = 40

// progressive25 reports "रहे/रहा/रही/रहीं" at token k: the -ing of a
// verb ("कर रहे थे", "दिख रहे हैं").
func (s *sentCtx) progressive25(k int) bool {
	switch s.w(k) {
	case "रहे", "रहा", "रही", "रहीं":
		return true
	}
	return false
}

// planTalk25 reports "<verb>-ने की बात/चर्चा कर रहे (थे/हैं)": someone
// talking of doing a thing, which is a plan (SCHEMA: future or
// conditional plans are no stance).
func (s *sentCtx) planTalk25() bool {
	for k := s.sn.a + 2; k+2 < s.sn.b; k++ {
		if s.class(k)&cwPlanTalk25 == 0 || s.w(k-1) != "की" || !strings.HasSuffix(s.w(k-2), "ने") {
			continue
		}
		if strings.HasPrefix(s.w(k+1), "कर") && s.progressive25(k+2) {
			return true
		}
	}
	return false
}

// lastWord25 is the sentence's last word token (-1: none).
func (s *sentCtx) lastWord25() int {
	for k := s.sn.b - 1; k >= s.sn.a; k-- {
		if i := k - s.sn.a; i < len(s.toks) && s.toks[i].Kind == hindi.Word {
			return k
		}
	}
	return -1
}

// pastRelation25 reports a relationship (relation_nouns) whose state
// the sentence gives in the past and ends on it: "तब दोनों के रिश्ते
// सामान्य थे", "X और मेरे रिश्ते बहुत अच्छे थे" — what was, and no
// longer is, is no praise and no reconciliation. A change that happened
// ("रिश्ते फिर ठीक हो गए थे") and a sentence with फिर are not this.
func (s *sentCtx) pastRelation25() bool {
	e := s.lastWord25()
	if e < 0 {
		return false
	}
	switch s.w(e) {
	case "थे", "था", "थी":
	default:
		return false
	}
	switch s.w(e - 1) {
	case "गए", "गया", "गई", "चुके", "चुका", "चुकी", "आए", "आया", "हुए", "हुआ", "हो":
		return false
	}
	// The relationship is the subject the state is told of: between it
	// and the copula no postposition and no speech verb ("… को रिश्तों
	// की ताकत कहा था", "इस रिश्ते की पहल उन्होंने की थी" tell acts).
	rel := false
	for k := s.sn.a; k < e; k++ {
		switch {
		case s.w(k) == "फिर":
			return false
		case s.class(k)&cwRelationNoun25 != 0:
			rel = true
		case rel && s.flag(k)&(fwPostposition|fwSpeech|fwCall) != 0:
			rel = false
		}
	}
	return rel
}

// seemingRelation25 reports a relationship (relation_nouns) said only
// to seem to change: "<participle in -ते/-ती> दिख रहे हैं", "… दिखाई दे
// रहे हैं" (seem_verbs) — "दोनों के रिश्ते सुधरते दिख रहे हैं" hedges
// the mending as speculation does.
func (s *sentCtx) seemingRelation25() bool {
	if !s.hasClass25(cwRelationNoun25) {
		return false
	}
	for k := s.sn.a + 1; k+1 < s.sn.b; k++ {
		if s.class(k)&cwSeem25 == 0 {
			continue
		}
		if p := s.w(k - 1); !strings.HasSuffix(p, "ते") && !strings.HasSuffix(p, "ती") {
			continue
		}
		n := k + 1
		if s.w(n) == "दे" {
			n++
		}
		if s.progressive25(n) {
			return true
		}
	}
	return false
}
