package work

import (
	"sort"
	"time"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Layer 5: grounding. Who a pronoun, "दोनों", "कंपनी" or an epithet stands
// for, read from what the story said before. Role nouns, platforms and
// owners are read by the chunker (chunk.go); here the story's memory.

// storyState carries context from sentence to sentence within a story.
type storyState struct {
	// lastAgent is the last person who acted or was the subject.
	lastAgent int
	// recent are the entities named so far, oldest first (bounded).
	recent []int
	// lastOrg is the last organisation named as a subject or agent.
	lastOrg int
	// lastPair is the last two entities seen acting on each other.
	lastPair [2]int
	hasPair  bool
	// attackedBy holds, for each entity, the last entity hostile to it.
	attackedBy map[int]int
	seen       map[int]bool
	// named are the entities the story names (all fields): an epithet
	// refers only to one of them.
	named map[int]bool
	// bodyPersons are the people the body names, in order: a headline's
	// pronoun with nothing before it points ahead to them.
	bodyPersons []int
	// published is the story's time, for the epithets that apply.
	published time.Time
	// affil holds the pairs (person, organisation) the story ties by a
	// role ("मेटा के सीईओ X", "टेस्ला प्रमुख Y"): no stance
	// between them.
	affil map[[2]int]bool
	// titles are the story's own titles for a person ("कांग्रेस नेता
	// X" → "कांग्रेस नेता" later means him).
	titles  map[string]int
	stances map[stanceKey]*pipeline.Stance
}

type stanceKey struct{ src, tgt, pol, mood string }

func newStoryState() *storyState {
	return &storyState{lastAgent: -1, lastOrg: -1, attackedBy: map[int]int{}, seen: map[int]bool{}, affil: map[[2]int]bool{}, titles: map[string]int{}, named: map[int]bool{}, stances: map[stanceKey]*pipeline.Stance{}}
}

const maxRecent = 12

func (st *storyState) note(e int) {
	st.seen[e] = true
	if n := len(st.recent); n > 0 && st.recent[n-1] == e {
		return
	}
	st.recent = append(st.recent, e)
	if len(st.recent) > maxRecent {
		copy(st.recent, st.recent[1:])
		st.recent = st.recent[:maxRecent]
	}
}

// epithet is one title of a tracked entity (the watchlist's epithets),
// with the period it applies.
type epithet struct {
	words  []string
	entity int
	period watchlist.Epithet
}

// buildEpithets indexes the watchlist's epithets by their first word.
func buildEpithets(ents []watchlist.Entity) map[string][]epithet {
	out := map[string][]epithet{}
	for i, e := range ents {
		periods := e.EpithetPeriods
		if len(periods) == 0 {
			for _, x := range e.Epithets {
				periods = append(periods, watchlist.Epithet{Text: x})
			}
		}
		for _, p := range periods {
			n := hindi.NormalizeString(p.Text)
			var ws []string
			for _, t := range hindi.Tokenize(nil, n) {
				if t.Kind == hindi.Word || t.Kind == hindi.Number {
					ws = append(ws, n[t.Start:t.End])
				}
			}
			if len(ws) > 0 {
				out[ws[0]] = append(out[ws[0]], epithet{words: ws, entity: i, period: p})
			}
		}
	}
	return out
}

// epithetAt matches an epithet at token k: the entity and its length.
// An epithet followed by a name is a role noun ("अमेरिकी राष्ट्रपति
// X"), not a reference.
func (a *Analyzer) epithetAt(s *sentCtx, k int, at time.Time) (int, int) {
	for _, ep := range a.epithets[s.f.words[k]] {
		if !ep.period.At(at) {
			continue
		}
		j := k
		ok := true
		for _, w := range ep.words {
			if j >= s.sn.b || s.f.words[j] != w {
				ok = false
				break
			}
			j++
		}
		if ok && !s.mentionAt(j) && !(s.mentionAt(j+1) && s.flag(j)&fwPostposition == 0 && s.isWord(j)) {
			return ep.entity, j - k
		}
	}
	return -1, 0
}

// resolve fills the entity of every pronoun chunk of a sentence.
func (a *Analyzer) resolve(s *sentCtx, st *storyState) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.pron == 0 || c.epith {
			continue
		}
		switch c.pron {
		case fwAgentPron, fwSubjPron:
			// "X कह चुके हैं कि उन्होंने …": in someone's words,
			// the speaker.
			if cl := &s.cls[c.clause]; cl.kind == ckContent {
				if sp := a.speakers(s, c.clause, st, nil); len(sp) == 1 && a.isPerson[sp[0]] {
					if !cl.quoted {
						c.ent = sp[0]
						continue
					}
					// In quoted words the speaker says मैं: वह is
					// someone else — else the one spoken about.
					c.ent = a.nearestBefore(s, st, c.tok, sp[0], true)
					if t := a.topicOf(s, cl.parent); t >= 0 && (c.ent < 0 || !s.chunkBefore(c.tok, c.ent)) {
						c.ent = t
					}
					continue
				}
			}
			// "X ने … नींव रखी थी, लेकिन 2018 में उन्होंने …": the
			// agent earlier in the sentence, else the story's last.
			c.ent = st.lastAgent
			for j := i - 1; j >= 0; j-- {
				if o := s.chunks[j]; o.pron == 0 && o.mk == mkAgent && o.ent >= 0 && a.isPerson[o.ent] {
					c.ent = o.ent
					break
				}
			}
			if c.ent < 0 {
				c.ent = a.nearestBefore(s, st, c.tok, -1, true)
			}
		case fwRelAgent:
			// "…, जिन्होंने …": the name right before the relative.
			c.ent = -1
			for j := i - 1; j >= 0; j-- {
				if s.chunks[j].pron == 0 && s.chunks[j].end <= c.tok {
					c.ent = s.chunks[j].ent
					break
				}
			}
		case fwGenPron:
			c.ent = -1 // resolved against the clause's source when read
			// "उनका कहना है कि …", "उनका आरोप है": the doer of a speech or
			// a charge is the story's last agent.
			if c.mk == mkGen && c.head >= 0 {
				if e, _ := a.lex.match(s.f.words[:s.sn.b], c.head, entFrame); e != nil && e.frame.GenSource {
					c.ent = st.lastAgent
				}
			}
		case fwTargetPron:
			c.ent = -1 // resolved against the clause's source when read
		case fwRoleNoun:
			// "मेटा सीईओ ने": the person the story gave that role.
			org := c.ent
			c.ent = -1
			for p := range st.affil {
				if p[1] == org && a.isPerson[p[0]] {
					c.ent = p[0]
					break
				}
			}
			// The watchlist's titles: "टेस्ला प्रमुख" is Musk's — when
			// the story names him.
			if c.ent < 0 {
				for p := range a.affil {
					if p[1] == org && a.isPerson[p[0]] && st.named[p[0]] {
						c.ent = p[0]
						break
					}
				}
			}
		case fwOrgNoun:
			// "… गूगल … पर कंपनी को आड़े हाथों लिया": the nearest
			// organisation, in the sentence or before it.
			c.ent = st.lastOrg
			for j := i - 1; j >= 0; j-- {
				o := s.chunks[j]
				if o.pron == 0 && o.ent >= 0 && !a.isPerson[o.ent] && !a.isDeal[o.ent] && o.mk != mkPlace {
					c.ent = o.ent
					break
				}
			}
		case fwBoth, fwRecip:
			c.ent = -1 // a pair, read by the clause
		}
	}
}

// nearestBefore is the nearest person named before token k (in the
// sentence, then earlier in the story) that is not avoid.
func (a *Analyzer) nearestBefore(s *sentCtx, st *storyState, k, avoid int, person bool) int {
	start := sort.Search(len(s.chunks), func(i int) bool { return s.chunks[i].tok >= k })
	for j := start - 1; j >= 0 && j >= start-64; j-- {
		c := s.chunks[j]
		if c.tok >= k || c.pron != 0 || c.ent < 0 || c.ent == avoid || c.mk == mkPlace {
			continue
		}
		if !person || a.isPerson[c.ent] {
			return c.ent
		}
	}
	for j := len(st.recent) - 1; j >= 0; j-- {
		e := st.recent[j]
		if e != avoid && (!person || a.isPerson[e]) {
			return e
		}
	}
	if s.f.name == "title" {
		for _, e := range st.bodyPersons {
			if e != avoid {
				return e
			}
		}
	}
	return -1
}

// affiliate records the roles a sentence gives: an organisation as the
// modifier of a person's name ("मेटा के सीईओ X").
func (a *Analyzer) affiliate(s *sentCtx, st *storyState) {
	for i, c := range s.chunks {
		// "X की एक्सएआई": a person's company.
		if c.pron == 0 && c.ent >= 0 && a.isPerson[c.ent] && isGenitive(s.w(c.end)) && i+1 < len(s.chunks) {
			nx := s.chunks[i+1]
			owned := nx.tok == c.end+1 && s.w(nx.end) == "ने" || nx.tok == c.end+2 && s.flag(c.end+1)&fwOrgNoun != 0
			if nx.pron == 0 && nx.ent >= 0 && !a.isPerson[nx.ent] && !a.isDeal[nx.ent] && owned {
				st.affil[[2]int{c.ent, nx.ent}] = true
				st.affil[[2]int{nx.ent, c.ent}] = true
			}
		}
		if c.mk != mkMod || c.pron != 0 || c.ent < 0 || a.isPerson[c.ent] || i+1 >= len(s.chunks) {
			continue
		}
		if nx := s.chunks[i+1]; nx.pron == 0 && nx.ent >= 0 && a.isPerson[nx.ent] && nx.tok-c.end <= 4 {
			st.affil[[2]int{nx.ent, c.ent}] = true
			st.affil[[2]int{c.ent, nx.ent}] = true
		}
	}
}

// learnTitles records "<word> <role noun> <person>" as the story's title
// for that person.
func (a *Analyzer) learnTitles(s *sentCtx, st *storyState) {
	for _, c := range s.chunks {
		if c.pron != 0 || c.ent < 0 || !a.isPerson[c.ent] || c.tok-2 < s.sn.a {
			continue
		}
		r, p := c.tok-1, c.tok-2
		if s.flag(r)&fwRoleNoun != 0 && s.isWord(p) && s.flag(p)&^(fwEntry|fwEpithet) == 0 && !s.inMention(p) {
			st.titles[s.f.words[p]+" "+s.f.words[r]] = c.ent
		}
	}
}

// remember updates the story's memory after a sentence.
func (a *Analyzer) remember(s *sentCtx, st *storyState) {
	org, rank := -1, 0
	agent, bare, gen := -1, -1, -1
	for _, c := range s.chunks {
		if c.ent < 0 {
			continue
		}
		if c.pron == 0 {
			st.note(c.ent)
		}
		if a.isPerson[c.ent] {
			switch c.mk {
			case mkAgent:
				if agent < 0 {
					agent = c.ent
				}
			case mkBare:
				if bare < 0 {
					bare = c.ent
				}
			case mkGen, mkMod:
				if gen < 0 && c.pron == 0 {
					gen = c.ent
				}
			}
			continue
		}
		if a.isDeal[c.ent] {
			continue
		}
		r := 0
		switch c.mk {
		case mkAgent:
			r = 3
		case mkBare:
			r = 2
		case mkKo, mkPar, mkGen, mkKhilaf, mkSe:
			r = 1
		}
		if r > rank {
			org, rank = c.ent, r
		}
	}
	if org >= 0 {
		st.lastOrg = org
	}
	switch {
	case agent >= 0:
		st.lastAgent = agent
	case bare >= 0:
		st.lastAgent = bare
	case gen >= 0 && st.lastAgent < 0:
		st.lastAgent = gen
	}
}
