package work

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Session 33 (inv6, letter c): how a person is referred to after the first
// mention and what sits next to a name. Each transform rewrites the body
// only and declines a story it cannot rewrite safely:
//
//	U1 a later full-name mention → the surname alone (the person's own
//	   surname alias; no other person with it, no namesake in the story);
//	U2 a later full-name mention → a watchlist epithet of the person in
//	   force at the story's date (naming no tracked entity, no title word
//	   already before the name);
//	U3 "X ने/का/की/के" opening a sentence whose previous sentence (same
//	   paragraph) opened with X and named no other person → a pronoun
//	   (उन्होंने, उनका, उनकी, उनके); never inside quotes;
//	U4r the first full-name "X ने" in the body → "X, जो <epithet> हैं, ने";
//	U4a the same → "X (54) ने" (an age in brackets);
//	U5 "X ने Y पर/की/का/को <2–4 words>" opening a sentence → the object
//	   fronted: "Y पर X ने …" (की/का only before a light verb);
//	U6 "X ने … <verb>।" opening a sentence, no content clause → the
//	   genitive agent "X की ओर से … <verb> गया/गई।".

// sentSpans cuts text into sentences at a danda, ?, !, | or a line break.
func sentSpans33c(text string) [][2]int {
	var out [][2]int
	start := 0
	for i, r := range text {
		if strings.ContainsRune("।?!|\n", r) {
			j := i + utf8.RuneLen(r)
			out = append(out, [2]int{start, j})
			start = j
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// inQuote33c is true when offset i of text stands inside quote marks of
// its paragraph (an odd count of marks before it, or an open curly one).
func inQuote33c(text string, i int) bool {
	p := strings.LastIndex(text[:i], "\n") + 1
	n, open := 0, 0
	for _, r := range text[p:i] {
		switch r {
		case '"', '\'':
			n++
		case '“', '‘':
			open++
		case '”', '’':
			open--
		}
	}
	return n%2 == 1 || open > 0
}

// personSpan is a tracked person's mention in a text.
type personSpan33c struct {
	i, j int
	term string
	id   string
	full bool
}

func (e *invEnv) mentions33c(text string) []personSpan33c {
	var out []personSpan33c
	for _, sp := range e.termSpans(text) {
		t := e.terms[sp[2]]
		id := e.termOf[t]
		ent, ok := e.wl.Entity(id)
		if !ok {
			continue
		}
		out = append(out, personSpan33c{sp[0], sp[1], t, id, ent.Type == watchlist.TypePerson && strings.Contains(t, " ")})
	}
	return out
}

func (e *invEnv) isPerson33c(id string) bool {
	ent, ok := e.wl.Entity(id)
	return ok && ent.Type == watchlist.TypePerson
}

// inv33cTitleWords are words that already title a name: no epithet is put
// beside them.
var inv33cTitleWords = map[string]bool{"पूर्व": true, "नेता": true, "अरबपति": true, "सीईओ": true, "प्रमुख": true, "अध्यक्ष": true, "चेयरमैन": true, "संस्थापक": true, "सह-संस्थापक": true, "मालिक": true, "उपराष्ट्रपति": true, "राष्ट्रपति": true, "प्रधानमंत्री": true, "पीएम": true, "सांसद": true, "श्री": true, "उम्मीदवार": true, "निवेशक": true, "कारोबारी": true, "उद्योगपति": true, "मंत्री": true, "मुख्यमंत्री": true, "सीएम": true, "सांसद,": true}

func prevWord33c(text string, i int) string {
	w := strings.Fields(text[max(0, i-80):i])
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// epithet33c is the person's first epithet at the story's date that names
// no tracked entity, or "".
func (e *invEnv) epithet33c(id string, s pipeline.Story) string {
	ent, ok := e.wl.Entity(id)
	if !ok {
		return ""
	}
	for _, ep := range ent.EpithetsAt(s.Published) {
		if len(e.termSpans(ep)) == 0 {
			return ep
		}
	}
	return ""
}

// epithet33cAny is every epithet text of the story's date, joined (to
// test a word against).
func (e *invEnv) epithet33cAny(s pipeline.Story) string {
	var b strings.Builder
	for _, ent := range e.wl.Entities() {
		for _, ep := range ent.EpithetsAt(s.Published) {
			b.WriteString(ep + "|")
		}
	}
	return b.String()
}

// surnameOf33c is the person's one-word alias that ends the full name t.
func (e *invEnv) surnameOf33c(t, id string) string {
	f := strings.Fields(t)
	s := f[len(f)-1]
	if e.surnames[s] && e.termOf[s] == id {
		return s
	}
	return ""
}

// laterFull33c rewrites every later full-name mention of a person in the
// body (one already named in full earlier in the body) by repl; repl
// returns "" to leave a mention.
func (e *invEnv) laterFull33c(s pipeline.Story, repl func(ms []personSpan33c, k int) string) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	seen := map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for k, m := range ms {
		if !m.full {
			continue
		}
		if !seen[m.id] {
			seen[m.id] = true
			continue
		}
		if inQuote33c(text, m.i) {
			continue // a speaker's own words are not rewritten
		}
		r := repl(ms, k)
		if r == "" {
			continue
		}
		b.WriteString(text[last:m.i])
		b.WriteString(r)
		last = m.j
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

func (e *invEnv) surnameTransform33c(s pipeline.Story) (pipeline.Story, bool) {
	story := s.Title + "\n" + s.Body
	allMs := e.mentions33c(story)
	return e.laterFull33c(s, func(ms []personSpan33c, k int) string {
		m := ms[k]
		sn := e.surnameOf33c(m.term, m.id)
		if sn == "" {
			return ""
		}
		for _, o := range allMs {
			if o.id != m.id && e.isPerson33c(o.id) && strings.HasSuffix(o.term, " "+sn) {
				return ""
			}
		}
		for x := range e.excluded {
			if strings.Contains(x, sn) && strings.Contains(story, x) {
				return ""
			}
		}
		// the surname must not glue to a following word into an exclude
		rest := s.Body[m.j:min(len(s.Body), m.j+40)]
		if nw := strings.Fields(rest); len(nw) > 0 && e.excluded[sn+" "+nw[0]] {
			return ""
		}
		return sn
	})
}

func (e *invEnv) titleTransform33c(s pipeline.Story) (pipeline.Story, bool) {
	story := s.Title + "\n" + s.Body
	allMs := e.mentions33c(story)
	return e.laterFull33c(s, func(ms []personSpan33c, k int) string {
		m := ms[k]
		ep := e.epithet33c(m.id, s)
		if ep == "" {
			return ""
		}
		// no other person in the story holds the same epithet
		for _, o := range allMs {
			if o.id != m.id && e.isPerson33c(o.id) {
				oe, _ := e.wl.Entity(o.id)
				for _, x := range oe.EpithetsAt(s.Published) {
					if x == ep {
						return ""
					}
				}
			}
		}
		pw := prevWord33c(s.Body, m.i)
		if inv33cTitleWords[pw] || strings.Contains(ep, pw) && pw != "" || strings.HasSuffix(pw, "(") {
			return ""
		}
		// not in a bracket or after a hyphen/colon label
		if m.i > 0 && strings.ContainsAny(s.Body[max(0, m.i-2):m.i], "(-:@#") {
			return ""
		}
		return ep
	})
}

// pronounTransform33c: U3.
func (e *invEnv) pronounTransform33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	sents := sentSpans33c(text)
	type edit struct {
		i, j int
		r    string
	}
	var edits []edit
	inSent := func(sp [2]int) []personSpan33c {
		var out []personSpan33c
		for _, m := range ms {
			if m.i >= sp[0] && m.j <= sp[1] {
				out = append(out, m)
			}
		}
		return out
	}
	opens := func(sp [2]int, m personSpan33c) bool {
		return strings.TrimSpace(text[sp[0]:m.i]) == ""
	}
	for k := 1; k < len(sents); k++ {
		prev, cur := sents[k-1], sents[k]
		if strings.HasSuffix(text[prev[0]:prev[1]], "\n") {
			continue // a new paragraph
		}
		pm, cm := inSent(prev), inSent(cur)
		if len(pm) == 0 || len(cm) == 0 || !e.isPerson33c(pm[0].id) || !opens(prev, pm[0]) || !opens(cur, cm[0]) || cm[0].id != pm[0].id {
			continue
		}
		other := false
		for _, m := range pm {
			if m.id != pm[0].id && e.isPerson33c(m.id) {
				other = true
			}
		}
		if other || strings.ContainsAny(text[prev[0]:prev[1]], quoteRunes) {
			continue
		}
		// the previous sentence's subject: "X ने" or X then a verb-final clause
		// (X not a genitive owner)
		after := text[pm[0].j:prev[1]]
		if strings.HasPrefix(after, " का ") || strings.HasPrefix(after, " की ") || strings.HasPrefix(after, " के ") || strings.HasPrefix(after, " को ") || strings.HasPrefix(after, " पर ") || strings.HasPrefix(after, " से ") || strings.HasPrefix(after, " और ") || strings.HasPrefix(after, ",") {
			continue
		}
		c := cm[0]
		// the current mention: not coordinated, followed by ने/का/की/के
		for _, pp := range [][2]string{{" ने ", "उन्होंने "}, {" का ", "उनका "}, {" की ", "उनकी "}, {" के ", "उनके "}} {
			if strings.HasPrefix(text[c.j:], pp[0]) {
				edits = append(edits, edit{c.i, c.j + len(pp[0]), pp[1]})
				break
			}
		}
	}
	if len(edits) == 0 {
		return s, false
	}
	var b strings.Builder
	last := 0
	for _, ed := range edits {
		b.WriteString(text[last:ed.i])
		b.WriteString(ed.r)
		last = ed.j
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// firstNe33c rewrites the body's first full-name mention of each person
// when "ne" follows it; ins gives what goes between name and " ने".
func (e *invEnv) firstNe33c(s pipeline.Story, ins func(id string) string, okAt func(i int) bool) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	seen := map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for _, m := range ms {
		if !e.isPerson33c(m.id) || seen[m.id] {
			continue
		}
		seen[m.id] = true
		if !m.full || !strings.HasPrefix(text[m.j:], " ने ") {
			continue
		}
		from := strings.LastIndexAny(text[:m.i], "।?!|\n") + 1
		if head := text[from:m.i]; strings.Contains(head, "जो ") || strings.Contains(head, "जिस") || strings.Contains(head, "जिन") {
			continue // a relative clause already: no second one
		}
		pw := prevWord33c(text, m.i)
		if strings.HasSuffix(pw, ",") || pw == "और" || pw == "व" || pw == "तथा" || strings.ContainsAny(pw, quoteRunes+"(") {
			continue // a coordination or a quote: leave it
		}
		if okAt != nil && !okAt(m.i) {
			continue
		}
		x := ins(m.id)
		if x == "" {
			continue
		}
		b.WriteString(text[last:m.j])
		b.WriteString(x)
		last = m.j
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// ageAny33c: U4b, "(54)" after the body's first full-name mention of a
// person before any postposition (not in a quote, not in a coordination).
func (e *invEnv) ageAny33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	seen := map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for _, m := range ms {
		if !e.isPerson33c(m.id) || seen[m.id] {
			continue
		}
		seen[m.id] = true
		if !m.full || inQuote33c(text, m.i) {
			continue
		}
		ok := false
		for _, pp := range []string{" ने ", " का ", " की ", " के ", " को ", " पर ", " से ", " ने,"} {
			if strings.HasPrefix(text[m.j:], pp) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		b.WriteString(text[last:m.j])
		b.WriteString(" (54)")
		last = m.j
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// inv33cLight are verbs that close "N <verb>" after a fronted genitive.
var inv33cLight = map[string]bool{"की": true, "किया": true, "किए": true, "दी": true, "दिया": true, "उड़ाया": true, "साधा": true, "लगाया": true, "लगाए": true, "जताया": true, "जताई": true, "ठहराया": true, "बोला": true, "कसा": true}

// frontTransform33c: U5.
func (e *invEnv) frontTransform33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	sents := sentSpans33c(text)
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range sents {
		var sm []personSpan33c
		for _, m := range ms {
			if m.i >= sp[0] && m.j <= sp[1] {
				sm = append(sm, m)
			}
		}
		if len(sm) < 2 {
			continue
		}
		x, y := sm[0], sm[1]
		if strings.TrimSpace(text[sp[0]:x.i]) != "" || !e.isPerson33c(x.id) || x.id == y.id {
			continue
		}
		if text[x.j:y.i] != " ने " {
			continue
		}
		sent := text[sp[0]:sp[1]]
		if strings.ContainsAny(sent, quoteRunes) {
			continue
		}
		var pp string
		for _, p := range []string{" पर ", " की ", " का ", " को "} {
			if strings.HasPrefix(text[y.j:], p) {
				pp = p
			}
		}
		if pp == "" {
			continue
		}
		restStart := y.j + len(pp)
		rest := text[restStart:sp[1]]
		stop := len(rest)
		for _, cut := range []string{" कि ", ",", "।", "?", "!", "|", "\n"} {
			if c := strings.Index(rest, cut); c >= 0 && c < stop {
				stop = c
			}
		}
		words := strings.Fields(rest[:stop])
		if len(words) < 2 || len(words) > 4 || strings.Contains(rest[:stop], "हुए") {
			continue
		}
		lastW := words[len(words)-1]
		if pp == " की " || pp == " का " {
			if len(words) > 3 || !inv33cLight[lastW] && !(lastW == "है" || lastW == "हैं") {
				continue
			}
			if !inv33cLight[words[len(words)-1]] && !inv33cLight[words[len(words)-2]] {
				continue
			}
		} else {
			r, _ := utf8.DecodeLastRuneInString(lastW)
			if !strings.ContainsRune("ाीेै", r) {
				continue
			}
		}
		// no other tracked name in the rest before the stop
		okRest := true
		for _, m := range sm[2:] {
			if m.i < restStart+stop {
				okRest = false
			}
		}
		if !okRest {
			continue
		}
		b.WriteString(text[last:x.i])
		b.WriteString(text[y.i:y.j] + strings.TrimRight(pp, " ") + " " + text[x.i:x.j] + " ने ")
		last = restStart
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// inv33cPassive maps a sentence-final active verb to its passive.
var inv33cPassive = [][2]string{
	{" की।", " की गई।"}, {" किया।", " किया गया।"}, {" किए।", " किए गए।"},
	{" साधा।", " साधा गया।"}, {" लगाया।", " लगाया गया।"}, {" लगाए।", " लगाए गए।"},
	{" दिया।", " दिया गया।"}, {" दी।", " दी गई।"}, {" बोला।", " बोला गया।"},
	{" जताया।", " जताया गया।"}, {" जताई।", " जताई गई।"}, {" ठहराया।", " ठहराया गया।"},
}

// agentTransform33c: U6.
func (e *invEnv) agentTransform33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	sents := sentSpans33c(text)
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range sents {
		var x *personSpan33c
		for k := range ms {
			if ms[k].i >= sp[0] && ms[k].j <= sp[1] {
				x = &ms[k]
				break
			}
		}
		if x == nil || strings.TrimSpace(text[sp[0]:x.i]) != "" || !strings.HasPrefix(text[x.j:], " ने ") {
			continue
		}
		sent := text[sp[0]:sp[1]]
		if strings.ContainsAny(sent, quoteRunes) || strings.Contains(sent, " कि ") || strings.Contains(sent, "अपन") || strings.Contains(sent, " और ") || strings.Contains(sent, ",") || strings.Contains(sent, "नहीं") || strings.Contains(sent, " न ") {
			continue
		}
		var pv [2]string
		for _, p := range inv33cPassive {
			if strings.HasSuffix(sent, p[0]) {
				pv = p
			}
		}
		if pv[0] == "" {
			continue
		}
		// the verb's object must be a plain noun (an act), not "को" object
		body := text[x.j+len(" ने ") : sp[1]-len(pv[0])]
		if strings.Contains(body, " को ") || strings.HasPrefix(body, "को ") || len(strings.Fields(body)) > 10 {
			continue
		}
		b.WriteString(text[last:x.j])
		b.WriteString(" की ओर से ")
		b.WriteString(body)
		b.WriteString(pv[1])
		last = sp[1]
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// laterAny33c rewrites the first later mention of each person (full name
// or a surname, after a full-name mention earlier in the body; not inside
// quotes; before a postposition) by repl; repl returns "" to leave it.
func (e *invEnv) laterAny33c(s pipeline.Story, repl func(m personSpan33c) string) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	seen, done := map[string]bool{}, map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for _, m := range ms {
		if !e.isPerson33c(m.id) {
			continue
		}
		if !seen[m.id] {
			if m.full {
				seen[m.id] = true
			}
			continue
		}
		if inQuote33c(text, m.i) {
			continue
		}
		if !m.full && e.surnameOf33c(" "+m.term, m.id) == "" {
			continue // a given name or a handle: leave it
		}
		if e.namesakeIn33c(s, m.id) {
			continue // "किम्बल मस्क", "सोनिया गांधी": which one is meant
		}
		if done[m.id] {
			continue // outlets vary one later mention, not all
		}
		pp := false
		for _, p := range []string{" ने ", " का ", " की ", " के ", " को ", " पर ", " से "} {
			pp = pp || strings.HasPrefix(text[m.j:], p)
		}
		if !pp {
			continue // "ट्रंप समर्थक", "X अभियान": a compound stays
		}
		r := repl(m)
		if r == "" {
			continue
		}
		done[m.id] = true
		b.WriteString(text[last:m.i])
		b.WriteString(r)
		last = m.j
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// inv33cNotGiven are words often right before a surname that are no
// given name.
var inv33cNotGiven = map[string]bool{"में": true, "ने": true, "कि": true, "और": true, "के": true, "की": true, "का": true, "को": true, "पर": true, "से": true, "बाद": true, "तब": true, "जब": true, "भी": true, "अब": true, "उधर": true, "वहीं": true, "इस": true, "ही": true, "लेकिन": true, "पहले": true, "दौरान": true, "तो": true, "व": true, "तथा": true, "एवं": true, "जबकि": true, "हालांकि": true, "वहां": true, "फिर": true, "साथ": true, "बीच": true, "लिए": true, "बल्कि": true, "या": true, "यानी": true, "खुद": true, "मगर": true, "पर,": true, "सिर्फ": true, "केवल": true, "जहां": true, "बनाम": true, "बताया": true, "कहा": true, "है": true, "हैं": true, "था": true, "थे": true, "जी": true, "मिस्टर": true, "श्री": true, "श्रीमती": true, "सुश्री": true, "कल": true, "आज": true, "अपने": true, "उनके": true, "यहां": true, "वे": true, "यह": true, "वह": true, "ये": true, "जिसमें": true, "नहीं": true, "जूरी": true, "अभियोजक": true, "गवाह": true}

// namesakeIn33c: the story may name another person with one of person
// id's one-word aliases: a watchlist exclude or namesake phrase holding
// it, or the alias right after a word that may be a given name.
func (e *invEnv) namesakeIn33c(s pipeline.Story, id string) bool {
	story := s.Title + "\n" + s.Body
	ent, ok := e.wl.Entity(id)
	if !ok {
		return false
	}
	for _, t := range ent.Terms() {
		if strings.Contains(t, " ") || !isDeva(t) {
			continue
		}
		// "किम्बल मस्क", "एरोल मस्क": a bare alias right after a word
		// that may be another given name
		for _, i := range boundaryHits(story, t) {
			pw := prevWord33c(story, i)
			if pw == "" || inv33cNotGiven[pw] || inv33cTitleWords[pw] || strings.ContainsAny(pw, "।,.:;!?\"'“”‘’()-—|") || !isDeva(pw) {
				continue
			}
			own := false
			for _, f := range e.fullOf[id] {
				if strings.HasSuffix(story[:i+len(t)], f) {
					own = true
				}
			}
			if !own {
				return true
			}
		}
		for x := range e.excluded {
			if strings.Contains(x, t) && strings.Contains(story, x) {
				return true
			}
		}
	}
	return false
}

// descOK33c: desc may stand for person id in story s — no other person of
// the story has it (as an epithet or a kind at the date), no title word
// or bracket is right before the mention at i.
func (e *invEnv) descOK33c(s pipeline.Story, id, desc string, i int) bool {
	for _, o := range e.mentions33c(s.Title + "\n" + s.Body) {
		if o.id == id || !e.isPerson33c(o.id) {
			continue
		}
		oe, _ := e.wl.Entity(o.id)
		for _, x := range oe.EpithetsAt(s.Published) {
			if x == desc {
				return false
			}
		}
		for _, k := range oe.Kinds {
			if k.At(s.Published) && k.Text == desc {
				return false
			}
		}
	}
	pw := prevWord33c(s.Body, i)
	if inv33cTitleWords[pw] || pw != "" && strings.Contains(desc, pw) {
		return false
	}
	// "पूर्व राष्ट्रपति बराक ओबामा" earlier: the story gave the
	// description to someone else (or to no one in particular)
	story := s.Title + "\n" + s.Body
	for from := 0; ; {
		x := strings.Index(story[from:], desc)
		if x < 0 {
			break
		}
		at := from + x + len(desc)
		from = at
		own := false
		for _, o := range e.mentions33c(story[at:min(len(story), at+80)]) {
			if o.i <= 1 && o.id == id {
				own = true
			}
			break
		}
		if !own {
			return false
		}
	}
	// "हॉफमैन डेमोक्रेट नेता के …": a description right after another
	// name reads as that name's apposition
	for _, o := range e.mentions33c(s.Body) {
		if o.j <= i && strings.TrimSpace(s.Body[o.j:i]) == "" {
			return false
		}
	}
	if i > 0 && strings.ContainsAny(s.Body[max(0, i-2):i], "(-:@#") {
		return false
	}
	return true
}

// kind33c is the person's first kind at the story's date that names no
// tracked entity, or "".
func (e *invEnv) kind33c(id string, s pipeline.Story) string {
	ent, ok := e.wl.Entity(id)
	if !ok {
		return ""
	}
	for _, k := range ent.Kinds {
		if k.At(s.Published) && len(e.termSpans(k.Text)) == 0 {
			return k.Text
		}
	}
	return ""
}

// titleSurname33c: U7, the body's first full-name mention of a person →
// "<epithet> <surname>" (a surname that stands alone: not ambiguous).
func (e *invEnv) titleSurname33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	seen := map[string]bool{}
	var b strings.Builder
	last, n := 0, 0
	for _, m := range ms {
		if !e.isPerson33c(m.id) || seen[m.id] {
			continue
		}
		seen[m.id] = true
		if !m.full || inQuote33c(text, m.i) {
			continue
		}
		sn := e.surnameOf33c(m.term, m.id)
		ep := e.epithet33c(m.id, s)
		if sn == "" || ep == "" || e.namesakeIn33c(s, m.id) || !e.descOK33c(s, m.id, ep, m.i) {
			continue
		}
		ent, _ := e.wl.Entity(m.id)
		amb := false
		for _, a := range ent.Ambiguous {
			if a == sn {
				amb = true
			}
		}
		if amb {
			continue
		}
		story := s.Title + "\n" + s.Body
		clash := false
		for x := range e.excluded {
			if strings.Contains(x, sn) && strings.Contains(story, x) {
				clash = true
			}
		}
		if clash {
			continue
		}
		b.WriteString(text[last:m.i])
		b.WriteString(ep + " " + sn)
		last = m.j
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// pronounWide33c: U3b, as U3 but the mentions need not open their
// sentences: the previous sentence's first person mention is X as a
// subject (ने or bare, not a genitive/object) and it names no other
// person; the current sentence's first person mention is X with
// ने/का/की/के within its first five words, no quote before it.
func (e *invEnv) pronounWide33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	sents := sentSpans33c(text)
	type edit struct {
		i, j int
		r    string
	}
	var edits []edit
	persons := func(sp [2]int) []personSpan33c {
		var out []personSpan33c
		for _, m := range ms {
			if m.i >= sp[0] && m.j <= sp[1] && e.isPerson33c(m.id) {
				out = append(out, m)
			}
		}
		return out
	}
	for k := 1; k < len(sents); k++ {
		prev, cur := sents[k-1], sents[k]
		if strings.HasSuffix(text[prev[0]:prev[1]], "\n") {
			continue
		}
		pm, cm := persons(prev), persons(cur)
		if len(pm) == 0 || len(cm) == 0 || cm[0].id != pm[0].id {
			continue
		}
		other := false
		for _, m := range pm {
			if m.id != pm[0].id {
				other = true
			}
		}
		if other || strings.ContainsAny(text[prev[0]:prev[1]], quoteRunes) || strings.ContainsAny(text[cur[0]:cm[0].i], quoteRunes) {
			continue
		}
		after := text[pm[0].j:prev[1]]
		subj := strings.HasPrefix(after, " ने ")
		if !subj {
			subj = true
			for _, pp := range []string{" का ", " की ", " के ", " को ", " पर ", " से ", " और ", ",", " व ", " तथा ", " जैसे "} {
				if strings.HasPrefix(after, pp) {
					subj = false
				}
			}
		}
		if !subj || len(strings.Fields(text[cur[0]:cm[0].i])) > 4 {
			continue
		}
		hd := text[cur[0]:cm[0].i]
		if strings.Contains(hd, "जो") || strings.Contains(hd, "जिस") || strings.Contains(hd, ",") || strings.Contains(hd, "और") {
			continue
		}
		c := cm[0]
		for _, pp := range [][2]string{{" ने ", "उन्होंने "}, {" का ", "उनका "}, {" की ", "उनकी "}, {" के ", "उनके "}} {
			if strings.HasPrefix(text[c.j:], pp[0]) {
				edits = append(edits, edit{c.i, c.j + len(pp[0]), pp[1]})
				break
			}
		}
	}
	if len(edits) == 0 {
		return s, false
	}
	var b strings.Builder
	last := 0
	for _, ed := range edits {
		b.WriteString(text[last:ed.i])
		b.WriteString(ed.r)
		last = ed.j
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// saidPassive33c: U6k, "X ने [≤6 words] कहा कि" opening a sentence →
// "X की ओर से [..] कहा गया कि" (also आरोप लगाया / दावा किया).
func (e *invEnv) saidPassive33c(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	ms := e.mentions33c(text)
	sents := sentSpans33c(text)
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range sents {
		var x *personSpan33c
		for k := range ms {
			if ms[k].i >= sp[0] && ms[k].j <= sp[1] {
				x = &ms[k]
				break
			}
		}
		if x == nil || strings.TrimSpace(text[sp[0]:x.i]) != "" || !strings.HasPrefix(text[x.j:], " ने ") {
			continue
		}
		rest := text[x.j+len(" ने ") : sp[1]]
		if strings.ContainsAny(text[sp[0]:x.j], quoteRunes) {
			continue
		}
		best, bi := "", -1
		for _, v := range [][2]string{{"कहा कि ", "कहा गया कि "}, {"आरोप लगाया कि ", "आरोप लगाया गया कि "}, {"दावा किया कि ", "दावा किया गया कि "}} {
			if i := strings.Index(rest, v[0]); i >= 0 && (bi < 0 || i < bi) {
				best, bi = v[0]+"\x00"+v[1], i
			}
		}
		if bi < 0 {
			continue
		}
		head := rest[:bi]
		if len(strings.Fields(head)) > 6 || strings.ContainsAny(head, quoteRunes+",") || strings.Contains(head, "अपन") || strings.Contains(head, "हुए") || strings.Contains(head, " को ") || strings.Contains(head, "नहीं") {
			continue
		}
		if bi > 0 && !strings.HasSuffix(head, " ") {
			continue
		}
		pair := strings.SplitN(best, "\x00", 2)
		b.WriteString(text[last:x.j])
		b.WriteString(" की ओर से " + head + pair[1])
		last = x.j + len(" ने ") + bi + len(pair[0])
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

var inv33cTransforms = []invTransform{
	{"U1 later→surname", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.surnameTransform33c(s) }},
	{"U2 later→epithet", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.titleTransform33c(s) }},
	{"U2s later+surname→epithet", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.laterAny33c(s, func(m personSpan33c) string {
			if ep := e.epithet33c(m.id, s); ep != "" && e.descOK33c(s, m.id, ep, m.i) {
				return ep
			}
			return ""
		})
	}},
	{"U2k later→kind", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.laterAny33c(s, func(m personSpan33c) string {
			if k := e.kind33c(m.id, s); k != "" && e.descOK33c(s, m.id, k, m.i) {
				return k
			}
			return ""
		})
	}},
	{"U3b pronoun wide", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.pronounWide33c(s) }},
	{"U3 pronoun", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.pronounTransform33c(s) }},
	{"U4r relative जो", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.firstNe33c(s, func(id string) string {
			ep := e.epithet33c(id, s)
			if ep == "" {
				return ""
			}
			return ", जो " + ep + " हैं,"
		}, func(i int) bool {
			// no epithet word already in the three words before the name
			w := strings.Fields(s.Body[max(0, i-120):i])
			for _, x := range w[max(0, len(w)-3):] {
				if inv33cTitleWords[x] || strings.Contains(e.epithet33cAny(s), x) {
					return false
				}
			}
			return true
		})
	}},
	{"U4a age (54)", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.firstNe33c(s, func(id string) string { return " (54)" }, nil)
	}},
	{"U4b age any pp", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.ageAny33c(s) }},
	{"U7 epithet+surname first", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.titleSurname33c(s) }},
	{"U5 object fronted", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.frontTransform33c(s) }},
	{"U6 की ओर से", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.agentTransform33c(s) }},
	{"U6k की ओर से कहा गया", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) { return e.saidPassive33c(s) }},
}

// TestInvariance33C is the report for inv33cTransforms (KHABAR_INV=1;
// dev only).
func TestInvariance33C(t *testing.T) {
	runInvariance(t, inv33cTransforms)
}

// TestInvPeek33C prints rewritten texts and the stances they lose or add
// (KHABAR_INV_PEEK=id,id KHABAR_INV_T=U1; KHABAR_INV_TEXT=1 the texts).
func TestInvPeek33C(t *testing.T) {
	peekInvariance(t, inv33cTransforms)
}
