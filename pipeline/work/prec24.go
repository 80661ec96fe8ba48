package work

import "strings"

// Session 24, PREC: precision vetoes on a frame's reading (hooked in
// precisionVeto, precision12.go). Each names a construction in which the
// frame's act is not the clause's agent's.

// prec24Veto reports a frame at o that the session-24 precision rules
// take from the clause's agent.
func (a *Analyzer) prec24Veto(s *sentCtx, ci int, o occurrence) bool {
	return s.participleDoers24(o) || a.withoutSubject24(s, o) || o.e.frame.Symmetric && o.e.frame.pol < 0 && s.sidesProxies24(o) ||
		o.e.frame.pol > 0 && hearsayKind24(s, o) && s.hearsayOfOthers24(ci)
}

// hearsayKind24 reports a support that someone else's report does not
// make a fact: regard, praise, backing, and a tie said of persons
// ("रिश्ते/दोस्ती मजबूत"). Money given and a deal made or in force
// ("सूत्रों ने बताया कि X और Y के बीच करार हुआ है") stay news whoever
// reports them (SCHEMA: investment asserted as a clause counts; a
// partnership announced or in force counts).
func hearsayKind24(s *sentCtx, o occurrence) bool {
	switch o.e.frame.Kind {
	case "donation":
		return false
	case "alliance":
		w := s.w(o.k)
		return strings.HasPrefix(w, "रिश्त") || strings.HasPrefix(w, "संबंध") || strings.HasPrefix(w, "दोस्त")
	}
	return true
}

// hearsayOfOthers24 reports content clause ci said by someone untracked
// whom nothing ties to a tracked party (the ने of the clause that frames
// it follows no tracked name: "वेंस ने कहा कि …", "व्हाइट हाउस की प्रेस
// सचिव ने कहा कि …", "लेबर पार्टी ने कहा कि …"): support one tracked
// party is said there to give another ("ट्रंप मोदी का बहुत सम्मान करते
// हैं", "दोनों के निजी रिश्ते अब भी मजबूत हैं") is that speaker's claim,
// not the party's stance (SCHEMA: an institution does not speak for the
// head of government; hearsayKind24 keeps money and deals). A spokesperson the text ties to X ("X के
// प्रवक्ता ने") is X's agent chunk, not untracked.
func (s *sentCtx) hearsayOfOthers24(ci int) bool {
	cl := &s.cls[ci]
	if cl.kind != ckContent || !cl.ki || cl.parent < 0 || s.screen&swNe == 0 {
		return false
	}
	p := cl.parent
	ne := -1
	for _, k := range s.cls[p].toks {
		if s.w(k) == "ने" {
			ne = k
		}
	}
	if ne < 0 || s.flag(ne-1)&fwAgentPron != 0 || s.mentionAt(ne-1) || s.inMention(ne-1) {
		return false
	}
	for _, i := range s.inClause(p) {
		if c := &s.chunks[i]; (c.ent >= 0 || c.pron != 0) && (c.mk == mkAgent || c.at == ne || c.end == ne) {
			return false
		}
	}
	return true
}

// withoutSubject24 reports the "Y के बिना … नहीं" praise whose Y is a
// pronoun right before बिना and whose clause goes on with a tracked
// person as its bare subject: "मस्क ने लिखा कि उनके बिना ट्रंप चुनाव नहीं
// जीत पाते / हार जाते". The one without whom is not that subject (the
// speaker boasts of himself; "हार जाते" is the lexicon's charge), so no
// praise of the subject is read. A name under its own postposition
// ("उनके बिना ट्रंप को …") or a deal ("आपके बिना स्टारगेट मुमकिन नहीं")
// is not such a subject.
func (a *Analyzer) withoutSubject24(s *sentCtx, o occurrence) bool {
	if s.w(o.k) != "बिना" || o.n != 1 || s.flag(o.k-1)&fwGenPron == 0 {
		return false
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok != o.k+1 {
			continue
		}
		return c.ent >= 0 && c.pron == 0 && c.mk == mkBare && a.isPerson[c.ent]
	}
	return false
}

// sidesProxies24 reports a quarrel said of what belongs to the two sides
// of a case, not of the sides: "दोनों पक्षों के वकीलों के बीच तीखी बहस
// हुई", "दोनों पक्षों के दावों में गंभीर विवाद है". Lawyers arguing in
// court and claims in dispute are the proceedings; each side's stance
// is read from its own words or act (SCHEMA, court stories).
func (s *sentCtx) sidesProxies24(o occurrence) bool {
	for k := o.k - 1; k >= o.k-8 && k > s.sn.a+2; k-- {
		w := s.w(k)
		if w != "बीच" && w != "में" {
			continue
		}
		j := k - 1
		if w == "बीच" {
			if s.w(j) != "के" {
				return false
			}
			j--
		}
		// j is the proxy noun: "वकीलों", "दावों".
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.w(j-1) != "के" {
			return false
		}
		side := s.w(j - 2)
		return (side == "पक्षों" || side == "पक्ष") && s.w(j-3) == "दोनों"
	}
	return false
}

// participleDoers24 reports a frame whose act is done by the people an
// agentive participle right after it names, that phrase being an
// argument of its own (a postposition after the participle or after its
// one noun): "X ने लिखा कि … इसके पक्ष में वोट देने वालों को शर्म आनी
// चाहिए", "… Y का समर्थन करने वाले सांसदों को सबक सिखाया जाएगा". The
// voters back the bill, not X. A participle said of a tracked name is
// participleDoer's ("Y का समर्थन करने वाले X"); one used as a predicate
// ("X, Y का समर्थन करने वाले पहले नेता बने") has no postposition and
// stays the clause's.
func (s *sentCtx) participleDoers24(o occurrence) bool {
	end := o.k + o.n
	for j := end; j <= end+2 && j < s.sn.b; j++ {
		if !s.isWord(j) || s.mentionAt(j) {
			return false
		}
		switch s.w(j) {
		case "वाले", "वालों", "वाली", "वाला":
		default:
			continue
		}
		if j == o.k || !strings.HasSuffix(s.w(j-1), "ने") {
			return false
		}
		k := j + 1
		if s.isWord(k) && !s.mentionAt(k) && s.flag(k)&fwPostposition == 0 {
			k++ // one noun: "वाले सांसदों को"
		}
		switch s.w(k) {
		case "को", "ने", "से", "पर", "का", "की", "के":
			return true
		}
		return false
	}
	return false
}

// selfPraiseThis24 reports a supportive stance towards tgt that rests
// only on a genitive pronoun after "कि यह/ये" in a speaker's words: "ट्रंप
// ने कहा कि यह उनकी अब तक की सबसे अच्छी बहस थी", "उन्होंने दावा किया
// कि यह उनकी …" (a noun of saying and its light verb). As for selfPraise15
// (a pronoun right after कि), such a pronoun is, as often as not, the
// speaker's own: a boast, no praise of whoever the story named last. A
// tgt the sentence names ("… कहा कि यह उनकी दूरदर्शिता है" after naming
// Y) stays.
func (a *Analyzer) selfPraiseThis24(s *sentCtx, tgt int, pol int8) bool {
	if pol <= 0 {
		return false
	}
	found := false
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != tgt {
			continue
		}
		k := c.tok
		if c.pron == 0 || found || k-3 < s.sn.a || s.w(k-1) != "यह" && s.w(k-1) != "ये" || s.flag(k-2)&fwKi == 0 || s.flag(k-3)&fwSpeech == 0 && !sayingLight24(s.w(k-3)) {
			return false
		}
		switch s.w(k) {
		case "उनकी", "उसकी", "उनका", "उसका", "उनके", "उसके":
			found = true
		default:
			return false
		}
	}
	if !found {
		return false
	}
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.entity == tgt {
			return false
		}
	}
	return true
}

// sayingLight24 is the light verb of a noun of saying before कि ("दावा
// किया कि", "ऐलान किया कि", "बात कही कि").
func sayingLight24(w string) bool {
	switch w {
	case "किया", "की", "किए", "कही":
		return true
	}
	return false
}

// futureObject24 reports a frame noun that is the object of a future
// verb written before it, as a headline puts it: "X, Y पर करेगा मानहानि
// का मुकदमा", "xAI करेगी केस". clauseMood reads a predicate after the
// clause's first future verb as not future ("तारीफ की, कहा … बनेगा");
// here the noun closes the clause right after the verb, at most two
// words between (its genitive modifier), so the act is the future one.
func (a *Analyzer) futureObject24(s *sentCtx, cl *clause, o occurrence) bool {
	a.future(s, cl)
	f := cl.futTok
	if f < 0 || f >= o.k || o.k-f > 3 || len(cl.toks) == 0 || o.k+o.n <= cl.toks[len(cl.toks)-1] && s.isWord(o.k+o.n) {
		return false
	}
	for j := f + 1; j < o.k; j++ {
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return false
		}
	}
	return true
}
