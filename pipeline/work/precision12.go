package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// Session 12, PRECISION helper: general constructions behind hostile and
// supportive false positives on dev (negated comparisons that praise,
// ...). Each rule returns early unless its own words are present.

// degreeWord reports a degree word that sets up a comparison ("इतना
// ईमानदार", "ऐसी प्रतिभा", "उतना बड़ा").
func degreeWord(w string) bool {
	switch w {
	case "इतना", "इतनी", "इतने", "ऐसा", "ऐसी", "ऐसे", "उतना", "उतनी", "उतने", "जितना", "जितनी", "जितने":
		return true
	}
	return false
}

// graspVerb reports a verb of grasping someone's worth ("दुनिया उनकी
// क्षमता को समझ नहीं पाई", "लोग उनकी प्रतिभा पहचान नहीं सके"): negated,
// the failure is the onlookers', and the quality stands.
func graspVerb(w string) bool {
	for _, p := range [...]string{"समझ", "पहचान", "आंक", "भांप"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// experienceVerb reports a verb of seeing, meeting or hearing ("देखा",
// "मिली", "सुना", "पाया"), the verb of "I have never seen such a …".
func experienceVerb(w string) bool {
	for _, p := range [...]string{"देख", "मिल", "सुन", "पाय", "पाए", "पायी", "पाई"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// standardNoun reports a noun that names the standard of a comparison:
// "उसकी मिसाल नहीं मिलती", "उनका कोई सानी नहीं", "उनकी बराबरी कोई नहीं".
func standardNoun(w string) bool {
	switch w {
	case "मिसाल", "मिसालें", "सानी", "बराबरी", "तुलना", "जोड", "टक्कर":
		return true
	}
	return false
}

// negatedComparison reports a praise word at o that a negation after it
// does not deny, because the negation falls on the comparison, not on
// the person: "इतना दूरदर्शी निवेशक मैंने नहीं देखा" (a degree word
// before it and a verb of seeing after the negator), "उसकी मिसाल कहीं
// नहीं मिलती" (a standard noun), "उनसे बेहतर कोई नहीं", "उन जैसा
// ईमानदार कहीं नहीं" (कोई/कहीं between the word and the negator: nobody
// else is), "उनकी प्रतिभा को कोई समझ नहीं पाया" (a verb of grasping).
func (s *sentCtx) negatedComparison(o occurrence) bool {
	end := o.k + o.n
	neg := -1
	for j := end; j < end+5 && j < s.sn.b; j++ {
		if s.flag(j)&fwNeg != 0 {
			neg = j
			break
		}
	}
	if neg < 0 {
		return false
	}
	for j := end; j < neg; j++ {
		if w := s.w(j); w == "कोई" || w == "कहीं" || w == "किसी" || graspVerb(w) {
			return true
		}
	}
	for j := o.k; j < end; j++ {
		if standardNoun(s.w(j)) {
			return true
		}
	}
	degree := false
	for j := o.k - 1; j >= o.k-3 && j >= s.sn.a; j-- {
		if degreeWord(s.w(j)) {
			degree = true
			break
		}
	}
	if !degree {
		return false
	}
	for j := neg + 1; j <= neg+2 && j < s.sn.b; j++ {
		if experienceVerb(s.w(j)) {
			return true
		}
	}
	return false
}

// precisionVeto reports a frame occurrence that is no act of the
// clause's parties (othersAct), no frame at all (graspFailed), a retort
// that only disagrees politely (softDisagreement), a handshake, money
// poured with no one it is poured against (poured), or distance from a
// thing of Y's read as a rupture with Y (relationDenied); since session
// 27 also an offer turned down with no attacking word (plainRefusal27)
// and a charge whose predicate only denies it (deniedCharge27).
func (a *Analyzer) precisionVeto(s *sentCtx, ci int, o occurrence) bool {
	return s.othersAct(ci, o) || s.graspFailed(o) || o.e.frame.Retort && a.softDisagreement(s) || a.handshake(s, ci, o) ||
		s.poured(ci, o) || s.relationDenied(ci, o) || s.questionAnswered20(o) || s.silenceAgainst20(o) || s.silenceNarrated31(ci, o) || s.replyNamed31(ci, o) || a.prec24Veto(s, ci, o) || s.funderCalled26(ci, o) || s.investorRole26(o) ||
		a.plainRefusal27(s, o) || a.deniedCharge27(s, o) || s.authoredCharge34(o)
}

// graspFailed reports a "lacks understanding" frame ("X को Y की समझ नहीं
// है": hostile to X) that is in fact the verb समझना with a modal after
// it: "दुनिया उनकी क्षमता को समझ नहीं पाई", "लोग उन्हें समझ नहीं सके" —
// the को-object is what was not grasped, not someone judged.
func (s *sentCtx) graspFailed(o occurrence) bool {
	if !strings.HasPrefix(s.w(o.k), "समझ") {
		return false
	}
	for j := o.k + o.n; j < o.k+o.n+2 && j < s.sn.b; j++ {
		if w := s.w(j); strings.HasPrefix(w, "पा") || strings.HasPrefix(w, "सक") {
			return true
		}
	}
	return false
}

// othersAct reports a frame at o whose act is done by people the
// sentence does not name as a tracked party, so it is neither the
// clause's speaker's nor its subject's act:
//   - an agentless passive or progressive participle on the frame's noun:
//     "Y पर हो रहे हमले शर्मनाक हैं", "Y की पहचान को लेकर किए जा रहे
//     हमले", "Y पर किए गए हमलों की निंदा" (no द्वारा/ने doer, no अपने);
//   - an attack named as the subject of a condemnation, with no doer in
//     the clause: "X बोले- 'उन पर निजी हमले शर्मनाक'", "Y की आलोचना
//     अनुचित है" (X defends Y);
//   - a campaign to harm someone with no doer in the clause: "'Y को
//     बदनाम करने की मुहिम चल रही है'", "Y को फंसाने की साजिश";
//   - an untracked collective subject opening a content clause: "X बोले-
//     'सरकार उन्हें निशाना बना रही'", "X ने कहा कि कुछ लोग Y को बदनाम
//     कर रहे हैं".
func (s *sentCtx) othersAct(ci int, o occurrence) bool {
	// Hostile frames only, and not an attack called unjustified ("Y पर
	// बेवजह हमले हो रहे हैं"): that one is read as the speaker's defence.
	if o.e.frame.pol >= 0 || s.unjustifiedAt(o) {
		return false
	}
	return s.agentlessParticiple(ci, o) || s.condemnedAct(ci, o) || s.campaignAgainst(ci, o) || s.untrackedSubject(ci, o)
}

// passiveAux reports the first word of a passive or progressive
// participle ("हो रहे", "किए जा रहे", "की गई").
func passiveAux(w string) bool {
	switch w {
	case "हो", "किए", "की", "किया", "कराए", "कराई":
		return true
	}
	return false
}

// participleTail reports the second word of such a participle.
func participleTail(w string) bool {
	switch w {
	case "रहे", "रही", "रहा", "जा", "गए", "गई", "गया", "जाने":
		return true
	}
	return false
}

// agentlessParticiple: the frame's noun carries a participle of its own
// before it ("Y पर हो रहे हमले", "Y पर किए जा रहे हमलों") or after it
// ("Y पर हमले हो रहे हैं", "Y की आलोचना की जा रही है"), and names no doer
// of it (द्वारा or अपने in the sentence, a ने or a tracked subject in its
// clause: "X ने Y पर किया गया केस वापस लिया" is X's).
func (s *sentCtx) agentlessParticiple(ci int, o occurrence) bool {
	pre := o.k-2 >= s.sn.a && passiveAux(s.w(o.k-2)) && participleTail(s.w(o.k-1)) ||
		o.k-3 >= s.sn.a && passiveAux(s.w(o.k-3)) && s.w(o.k-2) == "जा" && participleTail(s.w(o.k-1))
	post := false
	if e := o.k + o.n; e+1 < s.sn.b && s.w(e) == "हो" && (s.w(e+1) == "रहे" || s.w(e+1) == "रही" || s.w(e+1) == "रहा") {
		post = true
	} else if e+2 < s.sn.b && passiveAux(s.w(e)) && s.w(e) != "हो" && s.w(e+1) == "जा" && participleTail(s.w(e+2)) {
		post = true
	}
	if !pre && !post {
		return false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		switch s.w(k) {
		case "द्वारा", "अपने", "अपनी", "अपना":
			return false
		}
	}
	return !s.doerInClause(ci)
}

// collectiveDoer reports a noun for an untracked group that can be a
// clause's subject ("सरकार", "कुछ लोग", "विरोधी", "मीडिया").
func collectiveDoer(w string) bool {
	switch w {
	case "सरकार", "सरकारें", "प्रशासन", "लोग", "सांसद", "विरोधी", "आलोचक", "मीडिया", "ट्रोल",
		"एजेंसियां", "ताकतें", "विपक्ष", "नेता", "अधिकारी", "प्रतिद्वंद्वी", "एक्टिविस्ट", "कार्यकर्ता":
		return true
	}
	return false
}

// untrackedSubject: content clause ci opens with an untracked collective
// noun (an adjective or कुछ/कई before it allowed) in the nominative, and
// the frame comes after it: "… बोले- 'ब्रिटिश सरकार उन्हें निशाना बना
// रही'". "मोदी सरकार" (a tracked name before the noun) is the name's.
func (s *sentCtx) untrackedSubject(ci int, o occurrence) bool {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return false
	}
	first := -1
	for _, k := range cl.toks {
		if s.isWord(k) && s.w(k) != "कि" {
			first = k
			break
		}
	}
	if first < 0 || first >= o.k {
		return false
	}
	for k := first; k < first+3 && k < o.k; k++ {
		if s.mentionAt(k) || s.inMention(k) {
			return false
		}
		if collectiveDoer(s.w(k)) {
			if s.flag(k+1)&fwPostposition != 0 || isGenitive(s.w(k+1)) || titledCollective31(s, k) {
				return false
			}
			return true
		}
	}
	return false
}

// infinitive reports an oblique infinitive at k ("करने", "बनाने"), not
// the agent marker ने.
func (s *sentCtx) infinitive(k int) bool {
	w := s.w(k)
	return len(w) > len("ने") && strings.HasSuffix(w, "ने") && !s.mentionAt(k) && !s.inMention(k)
}

// condemnWord reports a word that condemns an act ("शर्मनाक", "निंदनीय").
func condemnWord(w string) bool {
	switch w {
	case "शर्मनाक", "निंदनीय", "अनुचित", "दुर्भाग्यपूर्ण", "अस्वीकार्य", "घिनौने", "घिनौना", "कायराना", "अफसोसनाक", "शर्मसार":
		return true
	}
	return false
}

// effortNoun reports a noun for an organised effort ("मुहिम", "साजिश").
func effortNoun(w string) bool {
	switch w {
	case "मुहिम", "साजिश", "साजिशें", "अभियान", "षड्यंत्र", "कोशिश", "कोशिशें", "कोशिशों", "प्रयास", "प्रयासों":
		return true
	}
	return false
}

// doerInClause reports a doer written in clause ci: a ने or द्वारा (of
// anyone: "Y के समर्थकों द्वारा"), or a bare (nominative) tracked name or
// pronoun.
func (s *sentCtx) doerInClause(ci int) bool {
	for _, k := range s.cls[ci].toks {
		if w := s.w(k); w == "द्वारा" || w == "ने" {
			return true
		}
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.mk == mkAgent || c.mk == mkBare {
			return true
		}
	}
	return false
}

// condemnedAct: the frame's word is followed within two words by a word
// condemning it, and clause ci names no doer.
func (s *sentCtx) condemnedAct(ci int, o occurrence) bool {
	for j := o.k + o.n; j < o.k+o.n+2 && j < s.sn.b; j++ {
		if condemnWord(s.w(j)) {
			return !s.doerInClause(ci)
		}
	}
	return false
}

// campaignAgainst: an infinitive frame ("बदनाम करने", "निशाना बनाने")
// followed by की/के and a campaign noun, and clause ci names no doer.
func (s *sentCtx) campaignAgainst(ci int, o occurrence) bool {
	j := o.k + o.n
	if j < s.sn.b && s.infinitive(j) {
		j++
	}
	if !s.infinitive(j-1) || j+1 >= s.sn.b || !isGenitive(s.w(j)) || !effortNoun(s.w(j+1)) {
		return false
	}
	return !s.doerInClause(ci)
}

// disagreeWord reports a word of mere disagreement: "गलत" (wrong),
// "असहमत" (disagree). Said of a view next to praise of its holder it is
// a polite rejection, not an attack.
func disagreeWord(w string) bool {
	switch w {
	case "गलत", "असहमत", "असहमति":
		return true
	}
	return false
}

// contrastAt reports a conjunction of contrast ("लेकिन", "मगर", "पर"
// that follows no name: "Y पर" is a postposition).
func (s *sentCtx) contrastAt(k int) bool {
	switch s.w(k) {
	case "लेकिन", "मगर", "किंतु", "परंतु", "हालांकि":
		return true
	case "पर":
		return s.mentionEndingAt(k-1) < 0 && s.flag(k-1)&(fwGenPron|fwTargetPron|fwObliquePron) == 0 && !isGenitive(s.w(k-1))
	}
	return false
}

// limitedDisagreement reports a disagreement word at k that rejects a
// view or one instance, not the person or his policies: "असहमत",
// "असहमति", or "गलत" with the view or the instance named in the four
// words before it ("उनकी यह राय गलत है", "इस मामले में वह गलत हैं", "इस
// बार गलत"). "उनके टैरिफ ब्रिटेन के लिए गलत" judges a policy: hostile.
func (s *sentCtx) limitedDisagreement(k int) bool {
	switch s.w(k) {
	case "असहमत", "असहमति":
		return true
	case "गलत":
		for j := k - 1; j >= k-4 && j >= s.sn.a; j-- {
			switch s.w(j) {
			case "राय", "बात", "सोच", "आकलन", "मामले", "मुद्दे", "बार":
				return true
			}
		}
	}
	return false
}

// softDisagreement reports a sentence that praises and then only
// disagrees (limitedDisagreement), or disagrees and then praises, across a contrast: "Y शानदार
// उद्यमी हैं, लेकिन उनकी यह राय गलत है", "Y से असहमत हूं, पर वह
// असाधारण हैं", "Y असाधारण पर इस बार गलत". Its only hostile words are
// disagreement words; the praise stands and the disagreement is no attack
// (the hostile reading from गलत/असहमत, or from a retort frame, is
// dropped). Read only when a disagreement word is in the sentence.
func (a *Analyzer) softDisagreement(s *sentCtx) bool {
	dis, contrast, praise := false, false, false
	for k := s.sn.a; k < s.sn.b; k++ {
		if s.limitedDisagreement(k) {
			dis = true
		}
		if s.contrastAt(k) {
			contrast = true
		}
	}
	if !dis || !contrast {
		return false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		m := a.matchesAt(s, k)
		if h := m[entEval]; h.e != nil && h.e.eval != nil {
			switch {
			case h.e.eval.pol > 0:
				praise = true
			case h.e.eval.pol < 0 && !disagreeWord(s.w(k)):
				return false // "महान थे, पर अब झूठे और गलत हैं"
			}
		}
		if h := m[entFrame]; h.e != nil && h.e.frame != nil && h.e.frame.pol > 0 && h.e.frame.Kind == "praise" {
			praise = true
		}
	}
	return praise
}

// ownerOfNamed reports a genitive at n whose noun is a company given by
// its own name and partnered with: "Z ने X की कंपनी Y के साथ करार किया",
// "X की कंपनी स्पेसएक्स के साथ समझौता" (Y tracked or not). A deal with
// the company is no alliance with its owner, who only identifies it, so
// X is a modifier, as with a role noun ("टेस्ला प्रमुख X"). (Acts on the
// company — a suit, praise, an attack — stay the owner's, as the dev
// gold reads them: "X की कंपनी Y पर मुकदमा".) Up to two words may
// qualify the company noun ("एआई", "इलेक्ट्रिक कार"); an untracked name
// is one word.
func (s *sentCtx) ownerOfNamed(n int) bool {
	// (It needs a token flagged fwOrgNoun in the sentence: speed24.go.)
	if !s.flagsMayHave(fwOrgNoun) {
		return false
	}
	j := n + 1
	for i := 0; i < 3 && j < s.sn.b; i++ {
		if s.flag(j)&fwOrgNoun != 0 {
			break
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&^(fwEntry|fwEpithet) != 0 {
			return false
		}
		j++
	}
	if j >= s.sn.b || s.flag(j)&fwOrgNoun == 0 {
		return false
	}
	y := j + 1
	switch {
	case s.mentionAt(y):
		y = s.mentionEnd(y)
	case s.isWord(y) && !s.inMention(y) && s.flag(y)&^(fwEntry|fwEpithet) == 0:
		y++
	default:
		return false
	}
	return isGenitive(s.w(y)) && s.w(y+1) == "साथ" || s.w(y) == "संग"
}

// handshake reports "X ने Y से हाथ मिलाया" between two people at an event:
// a greeting at a meeting (SCHEMA: meeting is neutral), not joining hands in a deal.
// "X ने Y के साथ हाथ मिलाया", "X ने Y से हाथ मिला लिया" (a completed
// joining) and companies joining hands stay an alliance.
func (a *Analyzer) handshake(s *sentCtx, ci int, o occurrence) bool {
	if s.w(o.k) != "हाथ" || s.w(o.k+1) != "मिलाया" || o.e.frame.Kind != "alliance" || s.w(o.k+2) == "लिया" {
		return false
	}
	se, person := false, true
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 {
			continue
		}
		if c.mk == mkSe && c.at >= o.k-3 && c.at < o.k {
			se = true
		}
		if (c.mk == mkSe || c.mk == mkAgent || c.mk == mkBare) && !a.isPerson[c.ent] {
			person = false
		}
	}
	if !se || !person {
		return false
	}
	// The sentence sets it at an event ("मंच पर", "भोज के दौरान",
	// "मुलाकात में", "मिलते हुए", "गर्मजोशी से"); without one, "X ने Y से
	// हाथ मिलाया" may still be joining forces.
	for k := s.sn.a; k < s.sn.b; k++ {
		if eventWord(s.w(k)) {
			return true
		}
	}
	return false
}

// eventWord reports a word that sets an act at a meeting or an event.
func eventWord(w string) bool {
	switch w {
	case "मंच", "दौरान", "मुलाकात", "मिलते", "मिलने", "समारोह", "सभा", "भोज", "बैठक", "गर्मजोशी",
		"तस्वीर", "तस्वीरें", "कैमरे", "कैमरों", "कार्यक्रम", "शिखर", "सम्मेलन", "डिनर", "बहस", "आते", "पहुंचते", "पहुंचे":
		return true
	}
	return false
}

// poured reports the "pour money/strength" verb (झोंका, झोंके, झोंकी,
// झोंकने) read as spending against someone without a "के खिलाफ" target in
// its clause: "Y में 40 अरब डॉलर झोंके", "Y के लिए करोड़ों डॉलर झोंके"
// are backing Y (read by the investment frames), never an attack on a
// name found elsewhere.
func (s *sentCtx) poured(ci int, o occurrence) bool {
	if !strings.HasPrefix(s.w(o.k), "झोंक") || o.e.frame.pol >= 0 {
		return false
	}
	for _, i := range s.inClause(ci) {
		if s.chunks[i].mk == mkKhilaf {
			return false
		}
	}
	return true
}

// relationDenied reports "Y से कोई लेना-देना/संबंध/रिश्ता नहीं" whose से
// names a thing of Y's, not Y: "Y की बोली से हमारा कोई लेना-देना नहीं",
// "इसका उनके समर्थन से कोई लेना-देना नहीं" distance the speaker from an
// act or a topic; a rupture needs the person or body itself ("Y से अब
// कोई लेना-देना नहीं").
func (s *sentCtx) relationDenied(ci int, o occurrence) bool {
	if s.w(o.k) != "कोई" || o.e.frame.Kind != "rupture" {
		return false
	}
	poss := false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.mk != mkSe && c.mk != mkSaath || c.at >= o.k {
			continue
		}
		if !c.possessed {
			return false
		}
		poss = true
	}
	return poss
}

// roleHolderOwns reports a genitive at n whose noun is an untracked role
// holder who owns what follows: "X के पूर्व सलाहकार का तंज", "X के एक
// सलाहकार की टिप्पणी" — the jibe is the adviser's, not X's (one tied to
// X by a role speaks for X only as a spokesperson or a lawyer, SCHEMA).
// A name after the role ("X के सीईओ Y का") is that name's, read elsewhere.
func (s *sentCtx) roleHolderOwns(n int) bool {
	j := n + 1
	switch s.w(j) {
	case "पूर्व", "एक", "वरिष्ठ", "शीर्ष", "करीबी", "नए", "पुराने":
		j++
	}
	if s.flag(j)&fwRoleNoun == 0 || s.mentionAt(j+1) || s.mentionAt(j) || s.inMention(j) {
		return false
	}
	return isGenitive(s.w(j + 1))
}

// unresolvedAgent reports a ने agent in clause ci that is an organisation
// noun grounding left unresolved: "निवेशकों के एक समूह ने कहा कि वे …",
// "एक कंपनी ने कहा कि वह …" — someone untracked speaks of themselves.
func (s *sentCtx) unresolvedAgent(ci int) bool {
	if s.screen&swNe == 0 {
		return false
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkAgent && c.pron == fwOrgNoun && c.ent < 0 && s.w(c.at) == "ने" {
			return true
		}
	}
	return false
}

// parentDenied reports a word in a content clause whose speech verb is
// itself negated: "X ने कभी यह नहीं कहा कि Y भरोसे के लायक नहीं है" — the
// words are denied as a whole; a praise negated inside them is no attack.
func (s *sentCtx) parentDenied(o occurrence) bool {
	i := o.k - s.sn.a
	if i < 0 || i >= len(s.cid) {
		return false
	}
	cl := &s.cls[s.cid[i]]
	return cl.kind == ckContent && cl.parent >= 0 && s.cls[cl.parent].mood == pipeline.MoodNegated
}

// backingToldBySpeaker: in reported speech, a supportive act by a tracked
// doer on the speaker ("X ने लिखा कि Y उनके साथ मजबूती से खड़े रहे", "X
// ने कहा कि Y ने मुश्किल वक्त में उन पर भरोसा किया") is the speaker's
// thanks to the doer, X → Y, as a hostile act told the same way is the
// speaker's charge; the story does not assert Y's act itself. Only
// loyalty (standing with, trusting, siding with: loyaltyFrame), on the
// speaker or on the organisation the speaker leads (session 23); a deed
// told by the one it helped ("Y ने उनके लिए प्रचार किया", "Y ने उनकी
// पार्टी को चंदा दिया") stays Y's.
func (a *Analyzer) backingToldBySpeaker(s *sentCtx, ci int, o occurrence, st *storyState, srcs, tgts []int, mood string, weight float64) bool {
	if !loyaltyFrame(o.e.frame.Words) {
		return false
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 || containsInt(srcs, sp[0]) {
		return false
	}
	// The speaker's own organisation counts as the speaker ("X ने कहा कि
	// Y ने कंपनी पर भरोसा किया", X its chief; session 23: blind daf-004,
	// dak-100 credit only X → Y).
	if !containsInt(tgts, sp[0]) && !a.ownOrgTarget23(st, sp[0], srcs, tgts) {
		return false
	}
	for _, d := range srcs {
		a.add(s, st, sp[0], d, 1, "praise", mood, weight)
	}
	return true
}

// loyaltyFrame reports a frame of personal loyalty: standing with someone
// ("साथ खड़े रहे", "साथ मजबूती से खड़े"), trusting ("भरोसा किया", "पर
// भरोसा जताया"), siding with ("साथ दिया").
func loyaltyFrame(words string) bool {
	return strings.Contains(words, "खड") || strings.Contains(words, "भरोसा") || strings.Contains(words, "साथ दिया") || strings.Contains(words, "विश्वास")
}

// ownOrgTarget23 reports a target in tgts that is the organisation the
// person speaker x leads or works for (and not one of the doers srcs):
// an act on it, told by x, is told as on x himself (session 23).
func (a *Analyzer) ownOrgTarget23(st *storyState, x int, srcs, tgts []int) bool {
	if x < 0 || !a.isPerson[x] {
		return false
	}
	for _, t := range tgts {
		if t >= 0 && !a.isPerson[t] && !containsInt(srcs, t) && a.tiedTo(st, x, t) {
			return true
		}
	}
	return false
}
