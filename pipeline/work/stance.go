package work

import (
	"math"
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// topicAfter: a cue followed by के/की + one of these is a topic, not an
// act: "नाराजगी के सवाल पर", "खटास की अटकलों पर", "दरार की खबरों".
var topicAfter = []string{"सवाल", "अटकल", "अफवाह", "खबर", "चर्चा", "बारे", "आशंका", "अंदेश"}

// role is what a mention is in its clause, read from the case marker after it.
type role uint8

const (
	roleBare   role = iota // no marker: a subject, or the subject of a कि clause
	roleAgent              // ने, द्वारा
	roleTarget             // को, पर, के खिलाफ, की आलोचना, विरोधी …
	roleGen                // का/की/के + a noun: a modifier ("ओपनएआई के सीईओ")
	roleNone               // "एक्स पर पोस्ट": where, not whom
	// roleGenAct: the genitive of an act ("ट्रंप का तंज", "ट्रंप का
	// शुक्रिया"): its doer when the clause has no other agent, its object
	// when it has ("ऑल्टमैन ने ट्रंप का शुक्रिया अदा किया"). Resolved to
	// roleAgent or roleTarget before the clause is read.
	roleGenAct
)

type stanceKey struct{ src, tgt, pol string }

// storyState carries context from sentence to sentence within a story.
type storyState struct {
	lastAgent, lastTarget int
	// lastOrg is the last organisation named as a subject or agent, for
	// "कंपनी ने …" (the company).
	lastOrg int
	// attackedBy holds, for each entity, the last entity hostile to it:
	// a rebuttal with no object of its own answers its attacker
	// ("ओपनएआई ने आरोपों को बेबुनियाद बताया").
	attackedBy map[int]int
	// lastCharge is who made the story's last charge (आरोप लगाया, उनका
	// आरोप है): a tracked entity, or -1 when an untracked party or nobody
	// did. "आरोपों को बेबुनियाद बताया" answers that party.
	lastCharge int
	// lastPair is the last two entities seen acting on each other, for "दोनों".
	lastPair [2]int
	hasPair  bool
	stances  map[stanceKey]*pipeline.Stance
}

// Function words the roles and pronouns are read from (normalised forms).
var (
	agentPronouns = map[string]bool{"उन्होंने": true, "उन्होने": true, "इन्होंने": true, "उसने": true, "इसने": true}
	// subjectPronouns (वह, वे) are also demonstratives ("वह सौदा"): they
	// carry the story's last agent only to a clause with no agent at all.
	subjectPronouns = map[string]bool{"वह": true, "वे": true, "वो": true}
	targetPronouns  = map[string]bool{"उन्हें": true, "उन्हे": true, "इन्हें": true, "उसे": true, "उनको": true, "उनपर": true}
	obliquePronoun  = map[string]bool{"उन": true, "उस": true, "इन": true}
	genPronoun      = map[string]bool{"उनके": true, "उसके": true, "उनकी": true, "उसकी": true, "उनका": true, "उसका": true}
	coordinators    = map[string]bool{"और": true, "व": true, "एवं": true, ",": true, "-": true, "तथा": true, "बनाम": true, "vs": true, "and": true, "&": true}
	clauseBreaks    = map[string]bool{"लेकिन": true, "मगर": true, "किंतु": true, "परंतु": true, "बल्कि": true, "जबकि": true, "but": true, "however": true, ";": true}
	targetNouns     = map[string]bool{"आलोचना": true, "तारीफ": true, "प्रशंसा": true, "सराहना": true, "निंदा": true, "समर्थन": true, "मजाक": true, "विरोध": true, "खिल्ली": true, "बुराई": true, "बचाव": true, "हिमायत": true}
	shareWords      = map[string]bool{"साझा": true, "शेयर": true, "रीपोस्ट": true, "रीट्वीट": true, "share": true, "shared": true, "repost": true, "reposted": true, "retweet": true, "retweeted": true}
	temporalAfter   = map[string]bool{"बाद": true, "बावजूद": true, "पहले": true, "दौरान": true, "बीच": true}
	postingVerbs    = map[string]bool{"पोस्ट": true, "लिखा": true, "लिखे": true, "ट्वीट": true, "शेयर": true, "साझा": true}
	proxyNouns      = map[string]bool{"वकील": true, "वकीलों": true, "प्रवक्ता": true, "प्रवक्ताओं": true, "कैंपेन": true, "अभियान": true, "टीम": true, "कार्यालय": true, "दफ्तर": true, "lawyers": true, "spokesperson": true, "campaign": true}
	bothWords       = map[string]bool{"दोनों": true, "दोनो": true}
	// orgNouns + ने stand for the story's last organisation: "कंपनी ने
	// कहा" (not "मस्क की कंपनी ने": someone's company is not named).
	orgNouns = map[string]bool{"कंपनी": true, "समूह": true, "फर्म": true, "स्टार्टअप": true, "company": true}
	// postNouns after a genitive name the author of a shared post:
	// "ट्रंप की वह पोस्ट साझा की".
	postNouns = map[string]bool{"पोस्ट": true, "ट्वीट": true, "वीडियो": true, "मीम": true, "post": true, "tweet": true}
	// chargeWords are the forms of a charge; followed by को/से/पर or a
	// genitive they refer to a charge made before ("आरोपों को खारिज
	// किया"), otherwise they make one ("आरोप लगाया", "उनका आरोप है").
	chargeWords = map[string]bool{"आरोप": true, "आरोपों": true, "इल्जाम": true, "इल्जामों": true, "अभियोग": true, "दावा": true, "दावे": true, "दावों": true, "allegation": true, "allegations": true, "charges": true}
	// placeNouns after a genitive make "पर" a place: "मेटा के मंच पर".
	placeNouns = map[string]bool{"मंच": true, "प्लेटफार्म": true, "प्लेटफॉर्म": true, "प्लेटफाम": true, "कार्यक्रम": true, "सम्मेलन": true, "दौरे": true, "पद": true, "बोर्ड": true, "घर": true, "दफ्तर": true, "कार्यालय": true, "अकाउंट": true, "खाते": true, "पेज": true, "चैनल": true, "सोशल": true}
	// newClauseWords start a clause with its own subject when a ने-agent
	// follows: "मोदी ने … सराहना की, राहुल गांधी ने …", "… और ऑल्टमैन ने …".
	// speechVerbs right after "X ने" frame what went before as X's words
	// ("'ऑल्टमैन ने धोखा दिया', मस्क ने कहा"): no new clause.
	speechVerbs = map[string]bool{"कहा": true, "लिखा": true, "बताया": true, "जोड़ा": true, "जोडा": true, "ट्वीट": true, "पोस्ट": true, "said": true, "wrote": true}
	// postSpeech verbs put the speaker after them: "…, बोले मस्क".
	postSpeech     = map[string]bool{"बोले": true, "बोलीं": true, "बोला": true, "बोली": true, "कहा": true, "कहते": true, "कहना": true}
	newClauseWords = map[string]bool{",": true, "और": true, "तथा": true, "वहीं": true, "तो": true, "-": true, ":": true}
)

// roleOf reads the marker after a mention.
func (a *Analyzer) roleOf(f *field, m mention, end int, mentionAt func(k int) bool) role {
	w := func(k int) string {
		if k < end && k < len(f.words) {
			return f.words[k]
		}
		return ""
	}
	n := m.tokEnd
	switch w(n) {
	case "ने":
		return roleAgent
	case "द्वारा":
		// "ट्रंप द्वारा घोषित परियोजना": a participle makes "by X" part of
		// a noun phrase, not the clause's act.
		if strings.HasSuffix(w(n+1), "ित") {
			return roleGen
		}
		return roleAgent
	case "को":
		return roleTarget
	case "से":
		// "से" marks a target only next to a cue ("ऑल्टमैन से दुश्मनी",
		// "मस्क से नाराज"); "ट्रंप से डरते", "पत्रकारों से कहा" are not.
		for k := n + 1; k <= n+3 && k < end; k++ {
			if c, _ := a.cues.at(f.words[:end], k); c != nil && !c.negation {
				return roleTarget
			}
		}
		return roleGen
	case "पर", "पे":
		// "एक्स पर एक पोस्ट": on the platform. "ट्रंप पर लिखा/पोस्ट":
		// a post about, not an act on; but "ऑल्टमैन पर एक बार फिर हमला"
		// and "ट्रंप पर किए गए हमले" are acts on the name.
		if a.platform[m.entity] || postingVerbs[w(n+1)] {
			return roleNone
		}
		return roleTarget
	case "-":
		// "अडाणी-राग", "ट्रंप-नीति": a name joined by a hyphen to an
		// untracked word, written solid, is a modifier of a compound.
		if n+1 < end && f.toks[n+1].Kind == hindi.Word && !mentionAt(n+1) &&
			f.toks[n].Start == f.toks[n-1].End && f.toks[n+1].Start == f.toks[n].End {
			return roleGen
		}
	case "और", "व", "एवं", ",":
		// "टेस्ला और स्पेसएक्स के प्रमुख मस्क": coordinated with an
		// untracked noun inside a genitive, a modifier.
		if n+2 < end && f.toks[n+1].Kind == hindi.Word && !mentionAt(n+1) {
			switch w(n + 2) {
			case "के", "की", "का":
				return roleGen
			}
		}
	case "विरोधी", "समर्थक", "विरुद्ध":
		return roleTarget
	case "के", "की", "का":
		// "मस्क के वकीलों ने": a spokesperson speaks for the principal.
		if proxyNouns[w(n+1)] && (w(n+2) == "ने" || w(n+2) == "द्वारा") ||
			proxyNouns[w(n+2)] && (w(n+3) == "ने" || w(n+3) == "द्वारा") {
			return roleAgent
		}
		switch w(n + 1) {
		case "निशाने":
			// "ओपनएआई के निशाने पर मस्क": in OpenAI's crosshairs.
			if w(n+2) == "पर" {
				return roleAgent
			}
			return roleTarget
		case "साथ":
			// "ट्रंप के साथ मिलकर": a partner in the act, not its object.
			if w(n+2) == "मिलकर" {
				return roleGen
			}
			return roleTarget
		case "खिलाफ", "विरुद्ध", "प्रति":
			return roleTarget
		case "ओर":
			if w(n+2) == "से" {
				return roleAgent
			}
		}
		if targetNouns[w(n+1)] {
			return roleTarget
		}
		// The genitive of a marked object is the target: "ऑल्टमैन के बयान
		// की आलोचना", "पिचाई के दावे को झूठा", "ट्रंप के हमले पर पलटवार".
		// Not when the head is itself a mention ("मस्क का ऑल्टमैन पर") or
		// a place ("मेटा के मंच पर").
		if n+2 < end && f.toks[n+1].Kind == hindi.Word && !mentionAt(n+1) && !placeNouns[w(n+1)] {
			switch w(n + 2) {
			case "को", "पर":
				return roleTarget
			case "के", "की":
				if w(n+3) == "खिलाफ" || w(n+3) == "विरुद्ध" || targetNouns[w(n+3)] {
					return roleTarget
				}
			}
		}
		// "ट्रंप का तंज", "मस्क का आरोप": the genitive of an act is its
		// doer (or its object, when the clause has a ने-agent). A quoted
		// word and वाला may stand between: "नडेला का 'नचाने' वाला तंज".
		k := n + 1
		if k < end && isQuote(f.words[k]) {
			j := k + 1
			for j < end && j <= k+6 && !isQuote(f.words[j]) {
				j++
			}
			if j < end && isQuote(f.words[j]) {
				k = j + 1
				switch w(k) {
				case "वाला", "वाली", "वाले":
					k++
				}
			}
		}
		if k < end {
			if c, _ := a.cues.at(f.words[:end], k); c != nil && !c.negation && c.kind != cueRelation {
				return roleGenAct
			}
		}
		return roleGen
	}
	return roleBare
}

type clauseMention struct {
	entity int
	role   role
	tok    int
	tokEnd int
	// chain links coordinated mentions ("ऑल्टमैन और ओपनएआई"): same role.
	chain int
	// speaker: the mention frames the clause as its words ("मस्क ने
	// कहा", "बोले मस्क", "…: मस्क"); such an agent opens no new clause.
	speaker bool
}

// stance reads the directed stances of one sentence into st.
func (a *Analyzer) stance(f *field, sn sentence, st *storyState) {
	// Mentions and pronouns of the sentence, in order.
	var ms []clauseMention
	sm := f.mentions[sn.ma:sn.mb]
	mentionAt := func(k int) bool {
		for _, m := range sm {
			if m.tok == k {
				return true
			}
		}
		return false
	}
	for _, m := range sm {
		ms = append(ms, clauseMention{entity: m.entity, role: a.roleOf(f, m, sn.b, mentionAt), tok: m.tok, tokEnd: m.tokEnd, chain: len(ms)})
	}
	// The genitive of an act is its object when a ने-agent (a mention or
	// उन्होंने) acts in the same clause, with no कि between them: "ऑल्टमैन
	// ने ट्रंप का शुक्रिया अदा किया", "नडेला ने पढ़े ओपनएआई के कसीदे";
	// otherwise its doer: "ट्रंप का तंज", "मस्क का आरोप".
	for i := range ms {
		if ms[i].role != roleGenAct {
			continue
		}
		ms[i].role = roleAgent
		if a.neAgentNear(f, sn, ms, i) {
			ms[i].role = roleTarget
		}
	}
	// Speakers, and subjects placed after a speech verb or after a
	// headline's closing colon/dash ("…, बोले मस्क", "ऑल्टमैन झूठे हैं: मस्क").
	for i := range ms {
		m := &ms[i]
		prev := ""
		if m.tok > sn.a {
			prev = f.words[m.tok-1]
		}
		if m.role == roleAgent && m.tokEnd+1 < sn.b {
			// "मस्क ने कहा", "राहुल का आरोप", "ट्रंप ने आरोप लगाया".
			next := m.tokEnd + 1
			if speechVerbs[f.words[next]] {
				m.speaker = true
			} else if c, _ := a.cues.at(f.words[:sn.b], next); c != nil && c.kind == cueAccuse {
				m.speaker = true
			}
		}
		if m.role == roleBare && (postSpeech[prev] || (prev == ":" || prev == "-" || prev == "—") && restIsPunct(f, m.tokEnd, sn.b)) {
			m.role, m.speaker = roleAgent, true
		}
	}
	// "ऑल्टमैन की मस्क द्वारा आलोचना": a genitive right before a द्वारा
	// agent is the object of the passive act.
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].role == roleGen && ms[i+1].tok == ms[i].tokEnd+1 && ms[i+1].role == roleAgent &&
			ms[i+1].tokEnd < sn.b && f.words[ms[i+1].tokEnd] == "द्वारा" {
			ms[i].role = roleTarget
		}
	}
	// Coordinated mentions share the role of the last of them. A comma
	// coordinates only inside a list closed by और/व ("A, B और C ने"): in
	// "भड़के मस्क, ऑल्टमैन को बताया झूठा" it ends the subject's clause.
	closed := false
	for i := len(ms) - 2; i >= 0; i-- {
		endTok := ms[i].tokEnd
		linked := endTok < sn.b && coordinators[f.words[endTok]] && endTok+1 == ms[i+1].tok
		if linked && f.words[endTok] == "," && !closed {
			linked = false
		}
		closed = linked
		if linked && ms[i].role == roleBare {
			ms[i].role = ms[i+1].role
			ms[i].chain = ms[i+1].chain
		}
	}
	agentPron, targetPron, both, subjPron := -1, -1, -1, -1
	// orgPron: agentPron is "कंपनी ने", the story's last organisation.
	orgPron := false
	// One lookup per word: most words are none of these. The same pass
	// notes where clauses may break and whether something is shared.
	var brkBuf [16]int
	brks := brkBuf[:0]
	shared := false
	chargeMade, chargeRef := -1, false
	for k := sn.a; k < sn.b; k++ {
		w := f.words[k]
		fl := a.funcWords[w]
		if fl == 0 {
			continue
		}
		if fl&(fwBreak|fwNewClause) != 0 {
			brks = append(brks, k)
		}
		if fl&fwShare != 0 {
			shared = true
		}
		if fl&fwCharge != 0 {
			if k+1 < sn.b && (refMarkers[f.words[k+1]]) {
				chargeRef = true
			} else if chargeMade < 0 {
				chargeMade = k
			}
		}
		if fl&fwPronoun == 0 {
			continue
		}
		switch {
		case agentPronouns[w]:
			if agentPron < 0 {
				agentPron = k
			}
		case targetPronouns[w]:
			targetPron = k
		case obliquePronoun[w] && k+1 < sn.b && (f.words[k+1] == "पर" || f.words[k+1] == "को"):
			targetPron = k
		case genPronoun[w] && k+2 < sn.b && proxyNouns[f.words[k+1]] && (f.words[k+2] == "ने" || f.words[k+2] == "द्वारा"):
			// "उनके प्रवक्ता ने": the spokesperson speaks for the last agent.
			if agentPron < 0 {
				agentPron = k
			}
		case genPronoun[w] && k+1 < sn.b && (f.words[k+1] == "खिलाफ" || f.words[k+1] == "विरुद्ध" || targetNouns[f.words[k+1]]):
			targetPron = k
		case genPronoun[w] && k+2 < sn.b && f.toks[k+1].Kind == hindi.Word && (f.words[k+2] == "को" || f.words[k+2] == "पर") && !placeNouns[f.words[k+1]]:
			// "उनके भाषण को झूठा बताया": the genitive of the object.
			targetPron = k
		case orgNouns[w] && k+1 < sn.b && f.words[k+1] == "ने" && st.lastOrg >= 0 &&
			(k == sn.a || !isGenitive(f.words[k-1]) && !genPronoun[f.words[k-1]] && f.words[k-1] != "अपनी") && !mentionAt(k-1):
			if agentPron < 0 {
				agentPron, orgPron = k, true
			}
		case subjectPronouns[w]:
			if subjPron < 0 {
				subjPron = k
			}
		case bothWords[w]:
			both = k
		}
	}
	if chargeMade >= 0 {
		st.lastCharge = a.chargeAuthor(f, sn, ms, chargeMade, agentPron, st)
	}
	if len(ms) == 0 && agentPron < 0 {
		return
	}
	// One agent may be answering the last charge made against it
	// ("ओपनएआई ने आरोपों को बेबुनियाद बताया").
	answering := len(ms) == 1 && ms[0].role == roleAgent && chargeRef && st.lastCharge >= 0 && st.lastCharge != ms[0].entity
	if len(ms) < 2 && agentPron < 0 && targetPron < 0 && both < 0 && subjPron < 0 && !answering {
		a.remember(ms, agentPron, st)
		return
	}
	if len(ms)+btoi(agentPron >= 0 || subjPron >= 0)+btoi(targetPron >= 0)+2*btoi(both >= 0)+btoi(answering) < 2 {
		a.remember(ms, agentPron, st)
		return
	}

	// "मस्क का ऑल्टमैन पर हमला", "ट्रंप की हैरिस पर टिप्पणी": with no
	// ने-agent, a genitive right before a marked target is the doer of
	// the act that follows.
	if agentPron < 0 && !hasRole(ms, roleAgent) {
		for i := 0; i+1 < len(ms); i++ {
			if ms[i].role == roleGen && ms[i+1].tok == ms[i].tokEnd+1 && ms[i+1].role == roleTarget {
				ms[i].role = roleAgent
			}
		}
	}

	// Clauses: split at contrastive conjunctions so that "… ट्रंप पर निशाना
	// नहीं साधा, लेकिन मस्क ने ऑल्टमैन को निशाने पर लिया" reads as two, and
	// at a comma/और/वहीं that opens a clause with its own ने-agent after a
	// clause that already has an agent and a cue ("मोदी ने अंबानी की सराहना
	// की, राहुल गांधी ने अडानी पर सवाल उठाए").
	var clBuf [4]sentence
	cls := clBuf[:0]
	start := sn.a
	mi := 0
	for _, k := range brks {
		for mi < len(ms) && ms[mi].tok <= k {
			mi++
		}
		w := f.words[k]
		// ", पर …": पर right after a comma is "but".
		brk := clauseBreaks[w] || w == "," && k+1 < sn.b && f.words[k+1] == "पर"
		if !brk && newClauseWords[w] && mi < len(ms) && ms[mi].role == roleAgent && ms[mi].tok <= k+3 &&
			!ms[mi].speaker &&
			a.clauseHasAgentAndCue(f, ms, start, k, agentPron) {
			brk = true
		}
		if brk {
			cls = append(cls, sentence{a: start, b: k, ma: sn.a})
			start = k + 1
		}
	}
	cls = append(cls, sentence{a: start, b: sn.b, ma: sn.a})

	// The agent of the sentence, for clauses that have none of their own.
	sentAgent := -1
	for _, m := range ms {
		if m.role == roleAgent {
			sentAgent = m.entity
			break
		}
	}
	// उन्होंने after a कि refers back to the subject before it ("ऑल्टमैन ने
	// इनकार किया कि उन्होंने …", "ट्रंप दावा कर चुके हैं कि उन्होंने …");
	// elsewhere to the story's last agent.
	pronRef := st.lastAgent
	if orgPron {
		pronRef = st.lastOrg
	} else if agentPron >= 0 {
		for k := agentPron - 1; k >= sn.a; k-- {
			if f.words[k] != "कि" {
				continue
			}
			for i := len(ms) - 1; i >= 0; i-- {
				if ms[i].tok < k && a.isPerson[ms[i].entity] && (ms[i].role == roleAgent || ms[i].role == roleBare) {
					pronRef = ms[i].entity
					break
				}
			}
			break
		}
	}
	if sentAgent < 0 && agentPron >= 0 {
		sentAgent = pronRef
	}
	// "ऑल्टमैन के आरोपों पर": the charge heading a genitive object is the
	// object's own act.
	var skipBuf [4]int
	skip := skipBuf[:0]
	for _, m := range ms {
		// (bounded: a pathological sentence must not make every cue
		// scan thousands of them)
		if m.role == roleTarget && m.tokEnd+1 < sn.b && isGenitive(f.words[m.tokEnd]) && len(skip) < 64 {
			skip = append(skip, m.tokEnd+1)
		}
	}
	ev := ""
	for _, cl := range cls {
		hostile, supportive, kind, accuseAt, relAt, cueAt, retortOnly := a.polarity(f, cl, shared, skip)
		if hostile == 0 && supportive == 0 {
			continue
		}
		pol, weight := pipeline.Hostile, hostile
		if supportive > hostile {
			pol, weight = pipeline.Supportive, supportive
		}
		in := span(ms, cl.a, cl.b)
		// The agent is the earliest agent-marked item: a mention with ने or
		// उन्होंने (the story's last agent) — "उन्होंने आरोप लगाया कि
		// माइक्रोसॉफ्ट ने …" is the speaker's, not Microsoft's.
		// Of several, the last one before the first cue acts: in "फराज ने
		// कहा कि मस्क ने उन्हें पद छोड़ने की सलाह दी" the advice is Musk's.
		agent, agentTok := -1, cl.b
		for _, m := range in {
			if m.role == roleAgent {
				if agent < 0 || m.tok < cueAt {
					agent, agentTok = m.entity, m.tok
				}
			}
		}
		if agentPron >= cl.a && pronRef >= 0 && (agent < 0 || (agentPron < cueAt && agentPron > agentTok) || (agentTok > cueAt && agentPron < agentTok)) {
			agent = pronRef
		}
		// Targets: marked ones; for an accusation, the subjects of the कि
		// clause; else the bare ones; else the modifiers.
		var targets []int
		// ki opens the content clause of a speech or charge: its marked
		// objects belong to its own verb ("राहुल ने मोदी पर आरोप लगाया
		// कि वह अडानी को बचा रहे हैं": Modi is accused, not Adani).
		ki := -1
		for k := cl.a; k < cl.b; k++ {
			// A colon after the act opens its quoted content too:
			// "मस्क पर तंज कसा: 'हम ट्विटर को …'".
			if w := f.words[k]; w == "कि" || w == "that" || w == ":" && k > cueAt && cueAt >= cl.a {
				ki = k
				break
			}
		}
		mainTargets := false
		if ki >= 0 && cueAt >= 0 && cueAt < ki {
			for _, m := range in {
				if m.role == roleTarget && m.tok < ki && m.entity != agent {
					mainTargets = true
				}
			}
		}
		if kind == cueAccuse && accuseAt >= 0 && !mainTargets {
			if ki < accuseAt {
				// The charge's content opens at कि, or in a headline at
				// a colon or dash ("राहुल का आरोप: मोदी ने …").
				ki = -1
				for k := accuseAt; k < cl.b; k++ {
					if w := f.words[k]; w == "कि" || w == "that" || w == ":" || w == "-" {
						ki = k
						break
					}
				}
			}
			if ki >= 0 {
				chain := -1
				for _, m := range in {
					if m.tok > ki && (m.role == roleBare || m.role == roleAgent) && m.entity != agent {
						if chain < 0 {
							chain = m.chain
						}
						if m.chain == chain {
							targets = append(targets, m.entity)
						}
					}
				}
			}
		}
		if len(targets) == 0 {
			for _, m := range in {
				if m.role == roleTarget && m.entity != agent && (!mainTargets || m.tok < ki) {
					targets = append(targets, m.entity)
				}
			}
		}
		if targetPron >= cl.a && targetPron < cl.b {
			// उन्हें: a person named earlier in the sentence other than the
			// agent ("फराज ने कहा कि मस्क ने उन्हें …"), else the story's
			// last agent, else its last target.
			p := -1
			for i := len(ms) - 1; i >= 0; i-- {
				if ms[i].tok < targetPron && ms[i].entity != agent && a.isPerson[ms[i].entity] && (ms[i].role == roleAgent || ms[i].role == roleBare || ms[i].role == roleTarget) {
					p = ms[i].entity
					break
				}
			}
			if p < 0 {
				p = st.lastAgent
			}
			if p < 0 || p == agent {
				p = st.lastTarget
			}
			if p >= 0 && p != agent {
				targets = append(targets, p)
			}
		}
		if agent < 0 {
			// No marked agent: the first bare mention is the subject
			// ("मस्क ऑल्टमैन पर बरसे", "ऑल्टमैन पर बरसे मस्क").
			// Unless someone untracked acts: "भाजपा के प्रवक्ताओं ने
			// राहुल को खरी-खोटी सुनाई, पर … मोदी …".
			untracked := untrackedNe(f, in, cl)
			for _, m := range in {
				if m.role == roleBare && !a.isDeal[m.entity] && !untracked {
					agent = m.entity
					break
				}
			}
			if agent < 0 && len(targets) > 0 && sentAgent >= 0 {
				agent = sentAgent
			}
			if agent < 0 && len(targets) > 0 && subjPron >= cl.a && subjPron < cl.b && (cueAt < 0 || subjPron < cueAt) {
				agent = st.lastAgent
			}
		}
		if len(targets) == 0 {
			for _, m := range in {
				if (m.role == roleBare) && m.entity != agent {
					targets = append(targets, m.entity)
				}
			}
		}
		if len(targets) == 0 {
			for _, m := range in {
				// "मेटा के सीईओ जुकरबर्ग ने": a genitive right before the
				// agent describes the agent.
				if m.role == roleGen && m.entity != agent && !agentSoonAfter(in, m) {
					targets = append(targets, m.entity)
				}
			}
		}
		if len(targets) == 0 && agent >= 0 && pol == pipeline.Hostile {
			// Reported speech: "मस्क ने कहा कि ऑल्टमैन ने धोखा दिया",
			// "'ऑल्टमैन ने धोखा दिया', मस्क ने कहा" — a hostile act with
			// no object of its own, told by another agent, is the
			// speaker's charge against its doer.
			for _, m := range in {
				if m.role == roleAgent && m.entity != agent && m.speaker {
					targets = append(targets, agent)
					agent = m.entity
					break
				}
			}
		}
		if pol == pipeline.Hostile && agent >= 0 {
			atk, attacked := st.attackedBy[agent]
			attacked = attacked && atk != agent
			switch {
			case retortOnly:
				// "जवाब में ओपनएआई ने …": a reply is hostile only from
				// someone attacked, and only towards the attacker.
				if !attacked {
					continue
				}
				targets = []int{atk}
			case len(targets) == 0 && chargeRef && st.lastCharge >= 0 && st.lastCharge != agent:
				// "ओपनएआई ने आरोपों को बेबुनियाद बताया": a rebuttal
				// with no object of its own answers the last charge.
				targets = append(targets, st.lastCharge)
			}
		}
		if ev == "" {
			ev = evidence(f, sn)
		}
		score := math.Min(1, 0.35+0.25*weight)
		// "दोनों के बीच तकरार … जब मस्क ने …": "both" is the subject.
		bothSubj := both >= cl.a && both < relAt && relAt == cueAt
		if kind == cueRelation && (agent < 0 || !hasRole(in, roleAgent) || bothSubj) {
			// A relationship between two: symmetric, every pair of the
			// entities named in the clause (or "दोनों": the last pair).
			ids := relationPair(in, relAt, a)
			// "दोनों के बीच यह तकरार … जब मस्क … ओपनएआई …": "both" before
			// the cue is the last pair, not names after it.
			if both >= cl.a && both < relAt && st.hasPair && !twoBefore(in, relAt) {
				ids = []int{st.lastPair[0], st.lastPair[1]}
			}
			if len(ids) < 2 && both >= 0 && st.hasPair {
				ids = []int{st.lastPair[0], st.lastPair[1]}
			}
			for i := range ids {
				for j := range ids {
					if i != j {
						a.add(st, ids[i], ids[j], pol, score, ev)
					}
				}
			}
			if len(ids) >= 2 {
				st.lastPair, st.hasPair = [2]int{ids[0], ids[1]}, true
			}
			continue
		}
		if agent < 0 {
			continue
		}
		for _, t := range targets {
			if t != agent {
				p := pol
				if hostile > 0 && supportive > 0 {
					p = a.nearestPolarity(f, cl, shared, targetTok(in, t), pol)
				}
				a.add(st, agent, t, p, score, ev)
				st.lastPair, st.hasPair = [2]int{agent, t}, true
				st.lastTarget = t
			}
		}
		// Sharing someone's post that mocks or accuses X: the post's
		// author is hostile to X as well ("ट्रंप की वह पोस्ट साझा की,
		// जिसमें हैरिस का मजाक उड़ाया गया था").
		if shared && pol == pipeline.Hostile {
			if au := postAuthor(f, in, cl); au >= 0 && au != agent {
				for _, t := range targets {
					if t != au && t != agent {
						a.add(st, au, t, pol, score, ev)
					}
				}
			}
		}
	}
	a.remember(ms, agentPron, st)
}

// neAgentNear reports a ने-agent (a tracked mention or an agent pronoun)
// before ms[i] in its sentence with no कि or clause break between the
// two. ("ट्रंप का दावा- हैरिस ने …" is Trump's claim about Harris's act.)
func (a *Analyzer) neAgentNear(f *field, sn sentence, ms []clauseMention, i int) bool {
	j := i - 1
	for k := ms[i].tok - 1; k >= sn.a; k-- {
		w := f.words[k]
		if w == "कि" || clauseBreaks[w] {
			return false
		}
		if agentPronouns[w] {
			return true
		}
		if w != "ने" {
			continue
		}
		for j >= 0 && ms[j].tokEnd > k {
			j--
		}
		// A speaker ("ट्रंप ने कहा- मस्क की नाराजगी …") frames the
		// content; he is not the doer inside it.
		if j >= 0 && ms[j].tokEnd == k && ms[j].role == roleAgent && (k+1 >= sn.b || !speechVerbs[f.words[k+1]]) {
			return true
		}
	}
	return false
}

// refMarkers after a charge noun make it a reference to a charge made
// before.
var refMarkers = map[string]bool{"को": true, "से": true, "पर": true, "का": true, "की": true, "के": true}

// chargeAuthor is who makes the charge at token k: the nearest tracked
// agent before it (ने, or a genitive doer: "मस्क का आरोप"), उन्होंने /
// उनका → the story's last agent, else -1 (an untracked party).
func (a *Analyzer) chargeAuthor(f *field, sn sentence, ms []clauseMention, k, agentPron int, st *storyState) int {
	if k > sn.a && genPronoun[f.words[k-1]] {
		return st.lastAgent
	}
	// Inside a कि clause ("राहुल ने कहा था कि … अभियोग लगने के बाद")
	// the charge is not the speaker's.
	from := sn.a
	for j := k - 1; j > sn.a; j-- {
		if f.words[j] == "कि" {
			from = j + 1
			break
		}
	}
	author := -1
	for _, m := range span(ms, from, k) {
		if m.role == roleAgent {
			author = m.entity
		}
	}
	if author < 0 && agentPron >= from && agentPron < k {
		return st.lastAgent
	}
	if author < 0 || untrackedNe(f, span(ms, from, k), sentence{a: from, b: k}) {
		return -1
	}
	return author
}

// untrackedNe reports a ने in the clause that follows no tracked mention
// of it: an agent the watchlist does not track.
func untrackedNe(f *field, in []clauseMention, cl sentence) bool {
	j := 0
	for k := cl.a + 1; k < cl.b; k++ {
		if f.words[k] != "ने" {
			continue
		}
		for j < len(in) && in[j].tokEnd < k {
			j++
		}
		if j >= len(in) || in[j].tokEnd != k {
			return true
		}
	}
	return false
}

// span returns the mentions of ms (in text order) that start in [from, to).
func span(ms []clauseMention, from, to int) []clauseMention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= from })
	j := sort.Search(len(ms), func(j int) bool { return ms[j].tok >= to })
	if j < i {
		j = i
	}
	return ms[i:j]
}

// postAuthor is the genitive mention heading a post in the clause ("ट्रंप
// की वह पोस्ट", "मस्क का एक ट्वीट"), or -1.
func postAuthor(f *field, in []clauseMention, cl sentence) int {
	for _, m := range in {
		if m.role != roleGen || m.tokEnd >= cl.b || !isGenitive(f.words[m.tokEnd]) {
			continue
		}
		for k := m.tokEnd + 1; k < cl.b && k <= m.tokEnd+3; k++ {
			if postNouns[f.words[k]] {
				return m.entity
			}
		}
	}
	return -1
}

// isGenitive reports a genitive postposition.
func isGenitive(w string) bool { return w == "का" || w == "की" || w == "के" }

// remember updates the pronoun context after a sentence.
func (a *Analyzer) remember(ms []clauseMention, agentPron int, st *storyState) {
	// The organisation "कंपनी" will stand for: the agent, else the
	// subject, else the object ("ट्रंप ने गूगल की आलोचना की। कंपनी ने …").
	org, rank := -1, 0
	for _, m := range ms {
		if a.isPerson[m.entity] || a.isDeal[m.entity] {
			continue
		}
		r := 0
		switch m.role {
		case roleAgent:
			r = 3
		case roleBare:
			r = 2
		case roleTarget:
			r = 1
		}
		if r > rank {
			org, rank = m.entity, r
		}
	}
	if org >= 0 {
		st.lastOrg = org
	}
	for _, m := range ms {
		if m.role == roleAgent && a.isPerson[m.entity] {
			st.lastAgent = m.entity
			return
		}
	}
	if agentPron >= 0 {
		return
	}
	for _, m := range ms {
		if m.role == roleBare && a.isPerson[m.entity] {
			st.lastAgent = m.entity
			return
		}
	}
	// "राहुल गांधी का अडाणी-राग …। उन्होंने …": the possessor of the
	// subject is who the story is about.
	for _, m := range ms {
		if m.role == roleGen && a.isPerson[m.entity] {
			st.lastAgent = m.entity
			return
		}
	}
}

func (a *Analyzer) add(st *storyState, src, tgt int, pol string, score float64, ev string) {
	if pol == pipeline.Hostile {
		st.attackedBy[tgt] = src
	}
	k := stanceKey{a.ents[src].ID, a.ents[tgt].ID, pol}
	if s, ok := st.stances[k]; ok {
		if score > s.Score {
			s.Score, s.Evidence = score, ev
		}
		return
	}
	st.stances[k] = &pipeline.Stance{Source: k.src, Target: k.tgt, Polarity: pol, Score: score, Evidence: ev}
}

// polarity sums the un-negated cues of a clause. kind is the kind of the
// strongest cue; accuseAt the token of an accusation cue (or -1).
//
// skip holds the tokens of cues that head the noun phrase of someone
// else's charge ("मस्क ने ऑल्टमैन के आरोपों पर …"): the charge is the
// object's, not the clause's act. retortOnly: all hostile weight came from
// retort cues.
func (a *Analyzer) polarity(f *field, cl sentence, shared bool, skip []int) (hostile, supportive float64, kind cueKind, accuseAt, relAt, cueAt int, retortOnly bool) {
	accuseAt, relAt, cueAt = -1, -1, -1
	retortOnly = true
	words := f.words[:cl.b]
	denial, denied := false, false
	best := 0.0
	for k := cl.a; k < cl.b; k++ {
		if f.toks[k].Kind != hindi.Word {
			continue
		}
		if f.words[k] == "कि" && denial {
			// "X ने इनकार किया कि …": the denial covers the content.
			denied = true
		}
		c, n := a.cues.at(words, k)
		if c != nil && c.denial {
			denial = true
		}
		if c == nil || c.negation || denied {
			continue
		}
		if negated(f, a.cues, c, k, n, cl) {
			k += n - 1
			continue
		}
		// "हमले के बाद" is a time, not an act.
		if j := k + n; j+1 < cl.b && (f.words[j] == "के" || f.words[j] == "से") && temporalAfter[f.words[j+1]] {
			k += n - 1
			continue
		}
		if c.needShare && !shared {
			continue
		}
		if j := k + n; j+1 < cl.b && isGenitive(f.words[j]) && hasAnyPrefix(f.words[j+1], topicAfter) {
			k += n - 1
			continue
		}
		if c.kind == cueAccuse && containsInt(skip, k) {
			// Answering someone's charge ("उनके प्रवक्ता ने मस्क के
			// आरोपों को … बताया") is a retort: hostile only from the
			// accused, towards the accuser.
			hostile += c.weight
			if cueAt < 0 {
				cueAt = k
			}
			k += n - 1
			continue
		}
		if c.hostile {
			hostile += c.weight
			retortOnly = retortOnly && c.retort
		} else {
			supportive += c.weight
		}
		if c.weight > best || (c.weight == best && c.kind == cueRelation) {
			best, kind = c.weight, c.kind
		}
		if cueAt < 0 {
			cueAt = k
		}
		if c.kind == cueAccuse && accuseAt < 0 {
			accuseAt = k
		}
		if c.kind == cueRelation && relAt < 0 {
			relAt = k
		}
		k += n - 1
	}
	if hostile > 0 && supportive > hostile {
		// The kind must belong to the winning side.
		kind = cuePlain
	}
	return hostile, supportive, kind, accuseAt, relAt, cueAt, retortOnly && hostile > 0
}

// hasAnyPrefix reports whether w starts with one of ps.
func hasAnyPrefix(w string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// targetTok is the first token of entity t in the clause, -1 for a
// pronoun target.
func targetTok(in []clauseMention, t int) int {
	for _, m := range in {
		if m.entity == t {
			return m.tok
		}
	}
	return -1
}

// nearestPolarity decides a target's polarity in a clause with cues of
// both kinds: the first cue after the target (Hindi puts the verb after
// its object: "ट्रंप को खतरा मानते हैं और हैरिस का समर्थन कर रहे हैं"),
// else the sentence's winner.
func (a *Analyzer) nearestPolarity(f *field, cl sentence, shared bool, tok int, def string) string {
	if tok < 0 {
		return def
	}
	for k := tok + 1; k < cl.b; k++ {
		c, n := a.cues.at(f.words[:cl.b], k)
		if c == nil || c.negation || (c.needShare && !shared) || negated(f, a.cues, c, k, n, cl) {
			continue
		}
		if c.hostile {
			return pipeline.Hostile
		}
		return pipeline.Supportive
	}
	return def
}

// relationPair picks the two entities a relationship cue is about: the two
// distinct ones nearest before the cue ("X और Y के बीच तकरार", "जिनके साथ
// मस्क की दुश्मनी"), or, when fewer stand before it, the nearest after.
func relationPair(in []clauseMention, at int, a *Analyzer) []int {
	var ids []int
	for i := len(in) - 1; i >= 0 && len(ids) < 2; i-- {
		m := in[i]
		if m.tok < at && m.role != roleNone && !a.isDeal[m.entity] && !containsInt(ids, m.entity) {
			ids = append(ids, m.entity)
		}
	}
	for _, m := range in {
		if len(ids) >= 2 {
			break
		}
		if m.tok > at && m.role != roleNone && !a.isDeal[m.entity] && !containsInt(ids, m.entity) {
			ids = append(ids, m.entity)
		}
	}
	return ids
}

// negated reports a negator within three words after a cue (Hindi puts it
// before the verb: "निशाना नहीं साधा", "कोई दुश्मनी नहीं") or right before
// it, inside the clause: the window never crosses a comma or a कि into the
// next clause ("वह झुकेंगे नहीं, लेकिन …").
func negated(f *field, ix *cueIndex, cue *compiledCue, k, n int, cl sentence) bool {
	isNeg := func(j int) bool {
		if j < cl.a || j >= cl.b {
			return false
		}
		c, _ := ix.at(f.words[:cl.b], j)
		if c == nil || !c.negation {
			return false
		}
		// "मुकदमा वापस लिया", "मुकदमे में समझौता": a resolution undoes a
		// lawsuit or a quarrel, not an insult.
		if c.resolution && !cue.resolvable {
			return false
		}
		// "न केवल … बल्कि" (not only … but) negates nothing.
		if j+1 < cl.b && (f.words[j+1] == "केवल" || f.words[j+1] == "सिर्फ") {
			return false
		}
		return true
	}
	for j := k + n; j < k+n+3 && j < cl.b; j++ {
		if w := f.words[j]; w == "," || w == "कि" {
			break
		}
		if isNeg(j) {
			return true
		}
	}
	return isNeg(k - 1)
}

// Flags of the function words a sentence is screened for in one lookup
// per word.
const (
	fwPronoun   uint8 = 1 << iota // a pronoun or "दोनों"
	fwBreak                       // a contrastive conjunction: always a clause break
	fwNewClause                   // may open a clause with its own agent
	fwShare                       // a sharing verb: reported speech
	fwCharge                      // a charge noun: आरोप, इल्जाम, दावा …
)

// funcWordFlags builds the screening table.
func funcWordFlags() map[string]uint8 {
	fl := map[string]uint8{}
	for _, m := range []map[string]bool{agentPronouns, targetPronouns, obliquePronoun, genPronoun, bothWords, subjectPronouns, orgNouns} {
		for w := range m {
			fl[w] |= fwPronoun
		}
	}
	for w := range clauseBreaks {
		fl[w] |= fwBreak
	}
	for w := range newClauseWords {
		fl[w] |= fwNewClause
	}
	for w := range shareWords {
		fl[w] |= fwShare
	}
	for w := range chargeWords {
		fl[w] |= fwCharge
	}
	return fl
}

// clauseHasAgentAndCue reports whether tokens [from, to) hold an agent
// (a ने-mention or उन्होंने) and an un-negated act or relation cue: a
// finished clause.
func (a *Analyzer) clauseHasAgentAndCue(f *field, ms []clauseMention, from, to, agentPron int) bool {
	agent := agentPron >= from && agentPron < to
	ms = span(ms, from, to)
	for _, m := range ms {
		if m.role == roleAgent {
			agent = true
		}
	}
	if !agent {
		return false
	}
	// A charge or claim ("आरोप लगाया, …", "का दावा- …") introduces its
	// content: what follows is the charge, not a new clause — unless
	// the charge already has its object ("मस्क ने एप्पल पर … आरोप
	// लगाया, तो ऑल्टमैन ने …").
	object := hasRole(ms, roleTarget)
	for k := from; k < to; k++ {
		if f.words[k] == "पर" {
			object = true // an untracked accused: "एप्पल पर … आरोप"
		}
		if c, _ := a.cues.at(f.words[:to], k); c != nil && !c.negation && (c.kind != cueAccuse || object) {
			return true
		}
	}
	return false
}

// twoBefore reports two distinct mentions before token at.
func twoBefore(in []clauseMention, at int) bool {
	first := -1
	for _, m := range in {
		if m.tok >= at {
			break
		}
		if first < 0 {
			first = m.entity
		} else if m.entity != first {
			return true
		}
	}
	return false
}

// restIsPunct reports whether tokens [from, to) are all punctuation.
func restIsPunct(f *field, from, to int) bool {
	for k := from; k < to; k++ {
		if f.toks[k].Kind != hindi.Punct {
			return false
		}
	}
	return true
}

func agentSoonAfter(in []clauseMention, m clauseMention) bool {
	for _, o := range in {
		if o.role == roleAgent && o.tok >= m.tokEnd && o.tok <= m.tokEnd+4 {
			return true
		}
	}
	return false
}

func hasRole(ms []clauseMention, r role) bool {
	for _, m := range ms {
		if m.role == r {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
