package work

import (
	"slices"
	"strings"

	"github.com/khabar/khabar/internal/watchlist"
)

// Session 14 (PROXY helper): proxies and principals.

// sidedProxy14 finds the proxy noun of an agent written "X की ओर से (पेश)
// वकील ने …": the chunk is X under की ओर से, and the proxy noun that
// follows it, up to two words on (a participle such as पेश, उपस्थित),
// before ने, is X's proxy. It returns the proxy noun's token.
func (s *sentCtx) sidedProxy14(c chunk) (int, bool) {
	if c.at < 2 || s.w(c.at) != "से" || s.w(c.at-1) != "ओर" {
		return 0, false
	}
	for k := c.at + 1; k <= c.at+3 && k+1 < s.sn.b; k++ {
		if s.flag(k)&fwProxy != 0 {
			if s.w(k+1) == "ने" {
				return k, true
			}
			return 0, false
		}
		if !s.isWord(k) || s.inMention(k) || isGenitive(s.w(k)) || s.w(k) == "ने" {
			return 0, false
		}
	}
	return 0, false
}

// shieldedPronoun14 reports an object pronoun in its को form (उन्हें,
// उसे, इन्हें, इसे): "प्रधानमंत्री उन्हें बचा रहे हैं" shields whom the
// pronoun stands for, as "… Y को बचा रहे हैं" does.
func shieldedPronoun14(w string) bool {
	switch w {
	case "उन्हें", "उसे", "इन्हें", "इसे":
		return true
	}
	return false
}

// actingBody14 reads "Y की सरकार …", "Y का प्रशासन …", "Y के वकील …"
// at the genitive n: a body that acts or speaks for Y (an owner noun
// that acts, or a proxy noun other than a party), right after the
// genitive, with no postposition after it up to the next punctuation
// (or कि), is the clause's subject, and that subject is Y, as in "Y सरकार …"
// (markerAfter). Policies and
// other owned things (नीति) are not actors; a party does not speak for
// its leader (SCHEMA).
func (a *Analyzer) actingBody14(s *sentCtx, n, depth int) (marker, int, int, bool) {
	j := n + 1
	if depth != 0 || j+1 >= s.sn.b || !actingBody14(s.w(j), s.flag(j)) {
		return 0, 0, 0, false
	}
	mk, at, head, _ := a.markerAfter(s, j, false)
	if mk != mkBare || at != j+1 || !s.isWord(j+1) || s.flag(j+1)&fwPostposition != 0 {
		return 0, 0, 0, false
	}
	// The rest of the clause has no postposition ("सरकार झूठ बोल रही
	// है", "सरकार और आयोग मिलकर वोट चोरी करा रहे हैं"); with one ("Y का
	// प्रशासन टेक कंपनियों के साथ खड़ा है") the possessed reading stays.
	for k := j + 1; k < s.sn.b; k++ {
		if !s.isWord(k) && s.w(k) != "'" && s.w(k) != "\"" {
			break
		}
		if s.flag(k)&fwPostposition != 0 || s.w(k) == "कि" {
			return 0, 0, 0, false
		}
	}
	return mk, at, head, true
}

// actingBody14 reports a noun for a body that acts for its owner.
func actingBody14(w string, fl uint64) bool {
	switch w {
	case "सरकार", "प्रशासन", "अभियान", "खेमा", "खेमे", "administration", "govt", "government":
		return true
	case "पार्टी":
		return false
	}
	return fl&fwProxy != 0
}

// directGenitive14 adds, for a person's title written with the oblique
// genitive के ("दुनिया के सबसे अमीर व्यक्ति", "एक्स के मालिक"), the
// same title in the direct singular का ("दुनिया का सबसे अमीर व्यक्ति
// चुनाव खरीद रहा है"): a subject without honorific plural takes का.
func directGenitive14(vs [][]string) [][]string {
	n := len(vs)
	for _, v := range vs[:n] {
		if !slices.Contains(v, "के") {
			continue
		}
		d := slices.Clone(v)
		for i, w := range d {
			if w == "के" {
				d[i] = "का"
			}
		}
		if !slices.ContainsFunc(vs, func(x []string) bool { return slices.Equal(x, d) }) {
			vs = append(vs, d)
		}
	}
	return vs
}

// meansPhrase14 reports a genitive at k that opens a phrase of means
// ("पैसों के दम पर", "ताकत के बल पर", "झूठ के सहारे"): the noun before
// it is the means, not a thing owned by the name before that noun ("X
// पैसों के दम पर चुनाव खरीद रहा है": X is the subject).
func meansPhrase14(s *sentCtx, k int) bool {
	if !isGenitive(s.w(k)) {
		return false
	}
	switch s.w(k + 1) {
	case "दम", "बल", "बूते":
		return s.w(k+2) == "पर"
	case "सहारे", "जरिए", "जरिये", "बलबूते":
		return true
	}
	return false
}

// campaignNoun14 reports a campaign or camp noun (अभियान, खेमा): "X के
// चुनाव अभियान ने …" is a proxy a later bare "अभियान (की प्रवक्ता) ने"
// refers back to (noteProxy12). A government or administration is not:
// a bare "सरकार ने" is any government.
func campaignNoun14(w string) bool {
	switch w {
	case "अभियान", "खेमा", "खेमे":
		return true
	}
	return false
}

// placeParticiple14 reads, after a name ending at e, "पर/में हुई/हुए/
// हुआ" before a noun ("Y की एक्स पर हुई बातचीत", "Y की मुंबई में हुई
// बैठक"): the name is where the thing happened, and the walk of the
// genitive before it goes on to the noun after the participle, whose
// index it returns; -1 otherwise.
func placeParticiple14(s *sentCtx, e int) int {
	if s.w(e) != "पर" && s.w(e) != "में" {
		return -1
	}
	switch s.w(e + 1) {
	case "हुई", "हुए", "हुआ", "हुईं":
		if e+2 < s.sn.b && s.isWord(e+2) && !s.mentionAt(e+2) && s.flag(e+2)&fwPostposition == 0 {
			return e + 2
		}
	}
	return -1
}

// affilTie14 is the watchlist's person–organisation tie: always (a title
// with no dates), or only within the periods of its dated titles.
type affilTie14 struct {
	always  bool
	periods []watchlist.Epithet
}

// noteAffilPeriod14 records a title that ties person p to organisation
// o ("ट्विटर के मालिक" from 2022-10-27; "टेस्ला प्रमुख" always).
func (a *Analyzer) noteAffilPeriod14(p, o int, ep watchlist.Epithet) {
	if a.affilDated14 == nil {
		a.affilDated14 = map[[2]int]*affilTie14{}
	}
	k := [2]int{p, o}
	t := a.affilDated14[k]
	if t == nil {
		t = &affilTie14{}
		a.affilDated14[k] = t
	}
	if ep.From.IsZero() && ep.Until.IsZero() {
		t.always = true
		return
	}
	t.periods = append(t.periods, ep)
}

// datedAffil14 marks, for a story, the ties whose titles are all dated
// when the story's date is before the first of them begins or after the
// last has ended (a story with no date keeps every tie): a person who had
// not yet bought, or had left, the organisation takes stances on it like
// anyone else ("मस्क ने ट्विटर पर भ्रामक जानकारी देने का आरोप लगाया",
// July 2022). A gap between two periods (a chief removed for days and
// back) keeps the tie.
func (a *Analyzer) datedAffil14(st *storyState) {
	at := st.published
	if at.IsZero() {
		return
	}
	// (The ties that are not always and have periods, as a list built in
	// New: datedTies24, speed24.go.)
	for _, d := range a.datedTies24 {
		k, t := d.k, d.t
		before, after := true, true
		for _, ep := range t.periods {
			if ep.From.IsZero() || !at.Before(ep.From) {
				before = false
			}
			if ep.Until.IsZero() || at.Before(ep.Until) {
				after = false
			}
		}
		if !before && !after {
			continue
		}
		if st.affilOff14 == nil {
			st.affilOff14 = map[[2]int]bool{}
		}
		st.affilOff14[k] = true
	}
}

// personNoun14 reports a plain noun for a person (व्यक्ति, शख्स,
// आदमी, इंसान).
func personNoun14(w string) bool {
	switch w {
	case "व्यक्ति", "शख्स", "आदमी", "इंसान":
		return true
	}
	return false
}

// readDescribedAuthor14 reads a retort that names the claim's author by
// a description, in someone's words: "यह अजीब दावा है, खासकर उस व्यक्ति
// की ओर से जो …", "यह आरोप उस शख्स की ओर से आ रहा है जो …". The one
// described is the last person named before it (in the sentence, else
// in the story), other than the speaker; the speaker → that person is hostile (a jibe at the claim's
// author). A relative clause must follow the description within four
// words: the description is the charge.
func (a *Analyzer) readDescribedAuthor14(s *sentCtx, ci int, st *storyState) {
	if s.screen&swPerson14 == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	at := -1
	for _, k := range cl.toks {
		if s.w(k) != "उस" || !personNoun14(s.w(k+1)) || s.w(k+2) != "की" || s.w(k+3) != "ओर" || s.w(k+4) != "से" {
			continue
		}
		for r := k + 5; r <= k+9 && r < s.sn.b; r++ {
			if s.w(r) == "जो" || strings.HasPrefix(s.w(r), "जिस") {
				at = k
				break
			}
			if !s.isWord(r) && s.w(r) != "," {
				break
			}
		}
	}
	if at < 0 {
		return
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 || !a.isPerson[sp[0]] {
		return
	}
	tgt := -1
	for _, c := range s.chunks {
		if c.tok < at && c.ent >= 0 && c.ent != sp[0] && a.isPerson[c.ent] {
			tgt = c.ent // the nearest before, in this sentence
		}
	}
	for i := len(st.recent) - 1; i >= 0 && tgt < 0; i-- {
		if e := st.recent[i]; e != sp[0] && a.isPerson[e] {
			tgt = e
			break
		}
	}
	if tgt < 0 {
		return
	}
	a.emit(s, st, sp, []int{tgt}, -1, "mockery", a.clauseMood(s, cl, at), 1.0)
}
