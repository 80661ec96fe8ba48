package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 15 precision rules (PRECISION helper): stances the engine
// asserted on dev, most of them in the blind files of sessions 14–15,
// that SCHEMA does not give.

// namelessNeutral15 reports the frame "Y का नाम लिए बिना" whose speaker
// goes on to words that attack no one (SCHEMA: "the words decide … a
// neutral or self-praising line is no stance"): "X ने Y का नाम लिए बिना
// कहा कि (X की कंपनी) अपने मिशन पर कायम है", "Y का नाम लिए बिना X बोले-
// Z अब सबसे सक्षम मॉडल". The words still attack when they hold a
// hostile word, point at someone without naming him ("कुछ लोग", "जो
// नेता", "ऐसे लोगों", "वे"), or name someone tracked other than the
// speaker and his own organisation. Without words after a speech verb
// ("नाम लिए बिना X का Y पर पलटवार") the frame stands.
func (a *Analyzer) namelessNeutral15(s *sentCtx, o occurrence, src int) bool {
	if s.w(o.k) != "नाम" || s.w(o.k+o.n-1) != "बिना" {
		return false
	}
	if s.namelessEither17(o) {
		return true
	}
	said := -1
	for k := o.k + o.n; k < s.sn.b; k++ {
		if s.flag(k)&fwSpeech != 0 {
			said = k
			break
		}
	}
	if said < 0 || said+1 >= s.sn.b {
		return false
	}
	for k := said + 1; k < s.sn.b; k++ {
		if pointerWord15(s.w(k)) && !s.ownBody31(k) || a.hostileAt(s, k) {
			return false
		}
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok <= said || c.ent < 0 || c.pron != 0 {
			continue
		}
		if c.ent != src && !a.affil[[2]int{src, c.ent}] && !a.affil[[2]int{c.ent, src}] {
			return false
		}
	}
	return true
}

// pointerWord15 is a word that points at people without naming them —
// how words said without a name reach their target ("कुछ लोग", "जो
// नेता", "ऐसे लोगों से", "वे", "उनकी राजनीति").
func pointerWord15(w string) bool {
	switch w {
	case "कुछ", "ऐसे", "ऐसी", "ऐसा", "जो", "जिन", "जिनके", "जिनकी", "जिनका", "जिन्हें", "जिन्होंने", "जिस", "जिसने", "जिसे",
		"वे", "वो", "उन", "उनके", "उनकी", "उनका", "उन्हें", "उन्होंने", "कोई":
		return true
	}
	return strings.HasPrefix(w, "लोग")
}

// unnamedPraised15 reports a supportive stance towards tgt in a sentence
// that names tgt only to say the speaker did not name him ("Y का नाम लिए
// बिना X बोले- Z अब सबसे सक्षम मॉडल", "… कहा कि 'हमारे निवेश देखने
// चाहिए'"): words said without naming Y attack him or say nothing of
// him; their praise or money is the speaker's own, not Y's.
func unnamedPraised15(s *sentCtx, tgt int, pol int8) bool {
	if pol <= 0 {
		return false
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.entity == tgt && isGenitive(s.w(m.tokEnd)) && s.w(m.tokEnd+1) == "नाम" && s.w(m.tokEnd+3) == "बिना" {
			return true
		}
	}
	return false
}

// topicNoun15 is a noun of a matter or case named after a bare name
// ("अडानी मामले पर", "Y मुद्दे पर", "Y प्रकरण में"): the name qualifies
// the matter; it is neither subject nor target.
func topicNoun15(w string) bool {
	switch w {
	case "मामले", "मामला", "मामलों", "मुद्दे", "मुद्दा", "मुद्दों", "प्रकरण", "केस", "कांड":
		return true
	}
	return false
}

// selfPraise15 reports a supportive stance towards tgt that rests only on
// a third-person pronoun opening a speaker's words right after कि
// ("ट्रंप ने लिखा कि वह बहस के स्पष्ट विजेता थे", "X ने कहा कि उसकी सभी
// परियोजनाएं पारदर्शी …", "Z ने कहा कि वह दुनिया की सबसे प्रतिभाशाली टीम
// बना रहे हैं"), in a sentence that names tgt nowhere else: such a
// pronoun is, as often as not, the speaker himself — a boast or a
// self-defence, no praise of whoever the story named last. A tgt reached
// otherwise ("कहा कि वह दोनों के आभारी हैं", "… उन्हें बधाई दी") stays.
func (a *Analyzer) selfPraise15(s *sentCtx, tgt int, pol int8) bool {
	if pol <= 0 {
		return false
	}
	opening := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != tgt {
			continue
		}
		k := c.tok
		if c.pron == 0 || opening >= 0 || k-2 < s.sn.a || s.flag(k-1)&fwKi == 0 || s.flag(k-2)&fwSpeech == 0 {
			return false
		}
		switch s.w(k) {
		case "वह", "वे", "उनकी", "उसकी", "उनका", "उसका", "उनके", "उसके":
			opening = i
		default:
			return false
		}
	}
	if opening < 0 {
		return false
	}
	// "X ने उन्हें 'मासा' कहकर पुकारा और कहा कि वह …": a pronoun the
	// speaker's own clause already points with goes on in the words.
	for i := 0; i < opening; i++ {
		if c := &s.chunks[i]; c.pron != 0 && c.mk != mkAgent {
			return false
		}
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.entity == tgt {
			return false
		}
	}
	return true
}

// pairLabel15 reports a headline clause p that is a label naming a pair
// ("ट्रंप-मस्क:", "X-Y टकराव:", "X बनाम Y:"): two tracked names joined by
// a hyphen or बनाम, the clause ending in a colon. Such a label names
// what the headline is about, not who speaks the words after it.
func (s *sentCtx) pairLabel15(p int) bool {
	if s.f.name != "title" || p < 0 || p >= len(s.cls) {
		return false
	}
	if toks := s.cls[p].toks; len(toks) == 0 || s.w(toks[len(toks)-1]) != ":" {
		return false
	}
	for i := 0; i+1 < len(s.chunks); i++ {
		x, y := &s.chunks[i], &s.chunks[i+1]
		if x.clause != p || y.clause != p || x.ent < 0 || y.ent < 0 || x.ent == y.ent || x.pron != 0 || y.pron != 0 || y.tok != x.end+1 {
			continue
		}
		if s.w(x.end) == "-" || s.class(x.end)&cwVersus != 0 {
			return true
		}
	}
	return false
}

// tieLabelUndone15 reports stance i of a story, a tie read off a headline
// with no verb that only names a pair and a tie ("X-Y करार", "X-Y क्लाउड
// करार"), when the body speaks of the same pair's tie only as not yet
// made or as ended ("X अगले महीने Y के साथ करार पर दस्तखत करेगा", "X ने
// Y के साथ अपना करार खत्म कर दिया") and never as made: the label names
// the topic; the body says what became of it. (A headline alone, or a
// body that asserts the tie, keeps it.)
func tieLabelUndone15(list []pipeline.Stance, i int, verbless bool) bool {
	x := &list[i]
	if !verbless || x.Field != "title" || x.Kind != "alliance" || x.Mood != "" || x.Polarity != pipeline.Supportive {
		return false
	}
	undone := false
	for j := range list {
		y := &list[j]
		if y.Field != "body" || !(y.Source == x.Source && y.Target == x.Target || y.Source == x.Target && y.Target == x.Source) {
			continue
		}
		switch {
		case y.Polarity == pipeline.Supportive && y.Mood == "":
			return false
		case y.Kind == "alliance" && y.Mood != "", y.Kind == "rupture" && y.Polarity == pipeline.Hostile && y.Mood == "":
			undone = true
		}
	}
	return undone
}

// purposeBetween15 reports ताकि ("so that") between tokens i and j: what
// follows it is the purpose an act serves ("X ने Z में अपनी हिस्सेदारी
// बेच दी ताकि Y में और पैसा लगाया जा सके"), not the act's object — Y is
// no target of the sale.
func purposeBetween15(s *sentCtx, i, j int) bool {
	if j-i > spanScanMax {
		if m := s.spanKinds(); m != nil {
			return s.spanHas(m.purpose, i, j)
		}
	}
	for k := i + 1; k < j; k++ {
		if s.w(k) == "ताकि" {
			return true
		}
	}
	return false
}

// mixedPraise15 reports stance i, a praise from x to y read in the very
// sentence where x attacks y in words (criticism, accusation, mockery),
// with nothing that sets the two apart — no "लेकिन", "पर", "फिर भी",
// "हालांकि" …: "X ने लिखा कि Y 'कृतघ्न' हैं और उनके बिना चुनाव नहीं जीत
// पाते", "… उनकी हर पोस्ट सही थी और Y 'एहसानफरामोश' हैं". Without a turn
// the sentence is one attack, and what reads as praise is part of it
// (the speaker's own worth, or a jibe); with a turn ("Y मेरे दोस्त, पर
// उनके टैरिफ गलत") both stances stand.
// A charge (accusation) counts too, and a tie read between the pair
// either way: "X ने Y पर अपने दोस्त Z को बचाने का आरोप लगाया", "X ने
// आरोप लगाया कि … और Y इसमें उनके साझेदार हैं" — the friend or partner
// is part of the charge (session 16, SUPPORT).
func mixedPraise15(list []pipeline.Stance, i int) bool {
	x := &list[i]
	if x.Polarity != pipeline.Supportive || x.Kind != "praise" && x.Kind != "alliance" || x.Mood != "" {
		return false
	}
	for j := range list {
		y := &list[j]
		if y.Polarity != pipeline.Hostile || y.Mood != "" || y.Field != x.Field || y.Start != x.Start {
			continue
		}
		if !(y.Source == x.Source && y.Target == x.Target || x.Kind == "alliance" && y.Source == x.Target && y.Target == x.Source) {
			continue
		}
		switch y.Kind {
		case "criticism", "mockery", "accusation":
		default:
			continue
		}
		return !contrastTurn15(x.Evidence)
	}
	return false
}

// contrastTurn15 reports a word that turns a sentence from one judgement
// to another: "लेकिन", "मगर", "फिर (भी)", "हालांकि", "भले (ही)" (session
// 27) …; "पर" only after a comma ("Y मेरे दोस्त, पर …"; "एक्स पर" is a
// place), "साथ" only as "साथ ही/में" not after के ("साथ में कसा तंज").
func contrastTurn15(ev string) bool {
	words := strings.Fields(ev)
	for i, w := range words {
		w = strings.Trim(w, ",:;'\"‘’“”-—।")
		switch w {
		case "लेकिन", "परंतु", "किंतु", "मगर", "फिर", "हालांकि", "बावजूद", "बल्कि", "वहीं", "जबकि", "भले", "but":
			return true
		case "पर":
			if i > 0 && strings.HasSuffix(words[i-1], ",") {
				return true
			}
		case "साथ":
			if i+1 < len(words) && (words[i+1] == "ही" || words[i+1] == "में") && (i == 0 || words[i-1] != "के") {
				return true
			}
		}
	}
	return false
}

// formerBefore15 reports "पूर्व" (former) among the tokens [i, j): "X के
// एक पूर्व प्रवक्ता", "X के पूर्व वकील" — the tie to X is over, as for
// X's former staff (formerStaff14).
func formerBefore15(s *sentCtx, i, j int) bool {
	for k := i; k < j; k++ {
		if s.w(k) == "पूर्व" {
			return true
		}
	}
	return false
}

// questionAsked15 reports the bare noun सवाल used as the verb of asking
// ("X ने सवाल किया कि Y … कब लौटेंगे?", "सवाल पूछा कि …"): the question's
// words decide, as any asking verb's do (an accusing why or how-long
// question is read by rhetoricQ12); the noun is no charge raised against
// whoever the words name.
func (s *sentCtx) questionAsked15(o occurrence) bool {
	if o.n != 1 || s.w(o.k) != "सवाल" {
		return false
	}
	switch s.w(o.k + 1) {
	case "किया", "किए", "पूछा", "पूछे":
		return s.flag(o.k+2)&fwKi != 0
	}
	return false
}
