package work

import "github.com/khabar/khabar/pipeline"

// Session 27 (SOUR): SCHEMA's session-26 ruling, rules 6 and 7. A noun of
// a soured relation or a war between two (खटास, तल्खी, तनाव, खींचतान,
// दरार, जंग …: words.yaml quarrel_nouns) is hostile both ways when its pair
// is written onto it or presupposed before the pair acts, read by the
// session-11 and session-19 quarrel readers (readPastQuarrel,
// readNamedQuarrel19); a difference (मतभेद: difference_nouns) and a
// matter or case (विवाद: dispute_nouns) never are.

// pastQuarrel27 reports the token at k as a quarrel noun readPastQuarrel
// takes under "के बाद": the session-11 nouns and quarrel_nouns, not a
// difference.
func (s *sentCtx) pastQuarrel27(k int) bool {
	c := s.class(k)
	if c&cwDifference27 != 0 || s.tradeWar27(k) {
		return false
	}
	return c&cwQuarrel27 != 0 || quarrelNoun11(s.w(k))
}

// namedQuarrel27 reports the token at k as a quarrel noun
// readNamedQuarrel19 takes with its pair written onto it: the session-19
// nouns and quarrel_nouns, not a difference and not a dispute (a matter,
// never a stance).
func (s *sentCtx) namedQuarrel27(k int) bool {
	c := s.class(k)
	if c&(cwDifference27|cwDispute27) != 0 || s.tradeWar27(k) {
		return false
	}
	return c&cwQuarrel27 != 0 || namedQuarrel19(s.w(k))
}

// tradeWar27 reports a जंग at k that a trade word right before it makes
// a war of trade between countries (words.yaml trade_wars: "व्यापार
// जंग", "टैरिफ जंग"), no quarrel between their leaders; every other जंग
// between two parties (a war of words, a legal battle) is one, for
// readPastQuarrel, readQuarrelWith27 and readNamedQuarrel19 alike
// (pastQuarrel27, namedQuarrel27).
// unmarkedWar27 reports a जंग at k with no pair written onto it
// (readPastQuarrel: not दोनों, both false) and no word_wars word right
// before it ("कानूनी जंग", "जुबानी जंग"): a war of its own as often as a
// quarrel between the two who act after it ("यूक्रेन जंग के बाद X और Y
// ने …"). With its pair written onto it (readQuarrelWith27,
// readNamedQuarrel19) any जंग but a trade war is theirs.
func (s *sentCtx) unmarkedWar27(k int, both bool) bool {
	return s.w(k) == "जंग" && !both && (k == s.sn.a || s.class2(k-1)&cwWordWar27 == 0)
}

func (s *sentCtx) tradeWar27(k int) bool {
	return s.w(k) == "जंग" && k > s.sn.a && s.class2(k-1)&cwTradeWar27 != 0
}

// quarrelIn27 reports a quarrel_nouns word in clause ci (the quarrel
// readers' screen, beside swQuarrel11 and swQuarrel19).
func (s *sentCtx) quarrelIn27(ci int) bool {
	if s.sentRules()&rwQuarrel33 == 0 {
		return false // no quarrel noun in the sentence (speed33.go)
	}
	for _, k := range s.cls[ci].toks {
		if s.class(k)&cwQuarrel27 != 0 {
			return true
		}
	}
	return false
}

// bothPair27 is the pair "दोनों" stands for on a quarrel noun ("दोनों के
// बीच पुरानी अनबन"): the last two seen acting on each other, whose
// quarrel it tells, else the story's last two named (recentPair11).
func (a *Analyzer) bothPair27(st *storyState) []int {
	if st.hasPair && st.lastPair[0] != st.lastPair[1] && !a.isDeal[st.lastPair[0]] && !a.isDeal[st.lastPair[1]] {
		return []int{st.lastPair[0], st.lastPair[1]}
	}
	return a.recentPair11(st)
}

// quarrelTalked27 reports a soured-relation noun at k (quarrel_nouns)
// that is only what is talked about: a postposition after it and a
// discussion or de-escalation frame (no polarity) right after that
// ("पुरानी अनबन की चर्चा होती रही", "खटास पर बातचीत"): the ruling's
// "मनमुटाव पर चर्चा", no stance. (A named quarrel talked of, "X और Y के
// पुराने झगड़े की चर्चा", stays the session-19 reading's.)
func (a *Analyzer) quarrelTalked27(s *sentCtx, k, end int) bool {
	j := k + 1
	if s.class(k)&cwQuarrel27 == 0 || j >= end || s.flag(j)&fwPostposition == 0 {
		return false
	}
	if j+1 < end && s.w(j) == "के" && s.flag(j+1)&fwAbout != 0 {
		j += 2 // "… के बारे में"
	}
	for n := j + 1; n < end && n <= j+2; n++ {
		if f := a.matchesAt(s, n)[entFrame].e; f != nil && f.frame != nil && f.frame.pol == 0 && (f.frame.Kind == "discussion" || f.frame.Kind == "de-escalation") {
			return true
		}
	}
	return false
}

// amidQuarrel27 reports a quarrel noun at k told as going on, under "के
// बीच" ("पिछले हफ्ते से चल रही तकरार के बीच X ने Y से …"): presupposed as
// the background of the clause's act, as under "के बाद" (presupposedAfter11).
// A quarrel about a topic ("टैरिफ पर चल रही तनातनी के बीच") is a matter's,
// often two countries', not the pair's own: not read.
func (s *sentCtx) amidQuarrel27(k int) bool {
	if s.w(k+1) != "के" || s.w(k+2) != "बीच" {
		return false
	}
	if s.class(k-1)&cwOngoing26 == 0 || s.class(k-2)&cwOngoing26 == 0 {
		return false // "चल रही", "चल रहे"
	}
	// The words before it: a duration ("पिछले हफ्ते से") or adjectives;
	// no topic, no partner ("Y से", a name).
	for j := k - 3; j >= k-5 && j >= s.sn.a; j-- {
		w := s.w(j)
		if w == "पर" || w == "लेकर" || s.mentionAt(j) || s.inMention(j) || w == "से" && !quarrelTime11(s.w(j-1)) {
			return false
		}
	}
	return true
}

// readQuarrelWith27 reads a soured relation or quarrel with a partner
// marked on it and presupposed as past ("Y से (सार्वजनिक) तकरार के बाद
// … X ने", "Y के साथ महीनों की खटास के बाद X …"): hostile both ways
// between Y and the clause's one actor (SCHEMA: a quarrel presupposed in
// background; the ruling's rule 6). Read apart from the frame, whose
// flippers after "के बाद" are the main clause's ("… के बाद कुछ हफ्तों
// तक शांत रहे X ने": X kept quiet, the quarrel was not eased).
func (a *Analyzer) readQuarrelWith27(s *sentCtx, ci int, st *storyState) {
	for _, k := range s.cls[ci].toks {
		if !s.pastQuarrel27(k) || !s.presupposedAfter11(k) {
			continue
		}
		y := -1
		for b := k - 1; b >= k-3 && b > s.sn.a; b-- {
			w := s.w(b)
			if w == "से" || w == "साथ" && s.w(b-1) == "के" {
				p := b - 1
				if w == "साथ" {
					p = b - 2
				}
				for i := range s.chunks {
					if c := s.chunks[i]; c.end == p+1 && c.ent >= 0 && c.pron == 0 && !a.isDeal[c.ent] {
						y = c.ent
					}
				}
				break
			}
			if !s.isWord(b) || s.mentionAt(b) || s.inMention(b) {
				break
			}
		}
		if y < 0 {
			continue
		}
		x := -1
		for _, i := range s.inClause(ci) {
			c := s.chunks[i]
			if c.tok > k && c.ent >= 0 && c.ent != y && c.pron == 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
				if x >= 0 && x != c.ent {
					x = -2 // two actors: whose quarrel is not said
				} else if x != -2 {
					x = c.ent
				}
			}
		}
		if x < 0 || a.isDeal[x] || a.tiedTo(st, x, y) || a.tiedTo(st, y, x) {
			continue
		}
		mood := a.clauseMood(s, &s.cls[ci], k)
		if mood == pipeline.MoodNegated || mood == pipeline.MoodFuture {
			mood = "" // the quarrel stays presupposed under its host's mood
		}
		a.add(s, st, x, y, -1, "rivalry", mood, 1.5)
		a.add(s, st, y, x, -1, "rivalry", mood, 1.5)
		return
	}
}

// contentPartner27 completes a quarrel's pair from the content clause of
// its host ("… चल रही तकरार के बीच X ने कहा कि Y से बात करने का कोई इरादा
// नहीं"): X, the host clause's one tracked name, and Y, the one other
// tracked name the words X says hold (not a deal, not X's own). Nil when
// either names none or more than one.
func (a *Analyzer) contentPartner27(s *sentCtx, ci int, st *storyState) []int {
	x := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || a.isDeal[c.ent] || c.mk == mkPlace || c.mk == mkAbout {
			continue
		}
		if x >= 0 && x != c.ent {
			return nil
		}
		x = c.ent
	}
	if x < 0 {
		return nil
	}
	y := -1
	for cj := range s.cls {
		if cj == ci || s.cls[cj].parent != ci || s.cls[cj].kind != ckContent {
			continue
		}
		for _, i := range s.inClause(cj) {
			c := s.chunks[i]
			if c.ent < 0 || c.ent == x || c.pron != 0 || a.isDeal[c.ent] {
				continue
			}
			if y >= 0 && y != c.ent {
				return nil
			}
			y = c.ent
		}
	}
	if y < 0 || a.tiedTo(st, x, y) || a.tiedTo(st, y, x) {
		return nil
	}
	return []int{x, y}
}

// ownQuarrel27 reports a quarrel noun at k (pastQuarrel27) that its
// speaker calls his own with an owner's pronoun right before it ("Y के
// साथ उनका झगड़ा दुखद है", "Y से अपनी पुरानी अनबन"): the speaker's quarrel
// with Y, mutual as any named quarrel. Not another's ("X की Y से
// दुश्मनी": a name owns it).
func (s *sentCtx) ownQuarrel27(k int) bool {
	if !s.pastQuarrel27(k) {
		return false
	}
	for j := k - 1; j >= k-3 && j > s.sn.a; j-- {
		if s.mentionAt(j) || s.inMention(j) || !s.isWord(j) {
			return false
		}
		if s.flag(j)&(fwGenPron|fwOwn) != 0 {
			return true
		}
	}
	return false
}

// pointedSoured27 is the pair written before a soured-relation noun at
// k (quarrel_nouns) that the demonstrative at j points back to ("दोनों
// के बीच की यह खटास", "X और Y के बीच यह तल्खी"), or nil: another noun's
// pair is the sentence's that told it (namedQuarrelPair19).
func (a *Analyzer) pointedSoured27(s *sentCtx, st *storyState, k, j int) []int {
	if s.class(k)&cwQuarrel27 == 0 {
		return nil
	}
	p := j - 1
	if isGenitive(s.w(p)) {
		p--
	}
	if s.w(p) != "बीच" || s.w(p-1) != "के" {
		return nil
	}
	if w := s.w(p - 2); w == "दोनों" || w == "दोनो" {
		return a.bothPair27(st)
	}
	var ids []int
	for i := range s.chunks {
		if c := s.chunks[i]; c.end == p-1 {
			for h := range s.chunks {
				if d := s.chunks[h]; d.group == c.group && d.ent >= 0 && d.pron == 0 && !a.isDeal[d.ent] {
					ids = appendNew(ids, d.ent)
				}
			}
		}
	}
	if len(ids) != 2 {
		return nil
	}
	return ids
}
