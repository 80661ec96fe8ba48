package work

import (
	"time"

	"github.com/khabar/khabar/internal/watchlist"
)

// Session 28 (REF): reference and the target's identity.

// titleStands28 reports the word at end, right after an organisation's
// name and a role ("टेस्ला प्रमुख", "ओपनएआई के सीईओ"), as one that lets
// the title stand alone as a subject: a particle (भी, ही, तो, खुद …) or
// an adverb between a subject and its predicate (words.yaml
// sentence_adverbs and title_followers: "टेस्ला प्रमुख सिर्फ सुर्खियां
// बटोरने के लिए …", "ओपनएआई के सीईओ बार-बार …") or a speech verb
// ("टेस्ला प्रमुख बोले, …"). Any other word may be the noun the role
// word qualifies ("ओपनएआई के प्रमुख निवेशकों में").
func titleStands28(s *sentCtx, end int) bool {
	switch s.w(end) {
	case "भी", "ही", "तो", "खुद", "स्वयं", "अब", "फिर":
		return true
	}
	// "टेस्ला प्रमुख बोले, …", "ओपनएआई के सीईओ कहते हैं कि …": the title
	// is the speaker.
	if s.flag(end)&(fwSpeech|fwPostSpeech) != 0 {
		return true
	}
	return s.class(end)&cwSentAdverb != 0 || s.class2(end)&cwTitleFollower28 != 0
}

// orgRole28 is one watchlist title that ties a person to an
// organisation: its last word (the role) and its period.
type orgRole28 struct {
	role string
	ep   watchlist.Epithet
}

// noteOrgRole28 records title ep of person p that names organisation o
// (New, beside noteAffilPeriod14).
func (a *Analyzer) noteOrgRole28(p, o int, ep watchlist.Epithet) {
	ws := epithetWords(ep.Text)
	if len(ws) < 2 {
		return
	}
	if a.orgRoles28 == nil {
		a.orgRoles28 = map[[2]int][]orgRole28{}
	}
	k := [2]int{p, o}
	a.orgRoles28[k] = append(a.orgRoles28[k], orgRole28{role: ws[len(ws)-1], ep: ep})
}

// orgNounHolder28 reads an organisation noun standing for org ("कंपनी"
// grounded to the story's organisation) and a role after it ending at
// roleEnd ("कंपनी के सीईओ ने", "कंपनी प्रमुख ने") as the one person whose
// watchlist titles tie him to org, end with that role word and are in
// force at the story's date — also when the story never names him (the
// org's own name would spell his title: titleHolder18). -1 when no one or
// two people hold it, or when the word after the role may be the noun it
// qualifies ("कंपनी के प्रमुख उत्पादों").
func (a *Analyzer) orgNounHolder28(s *sentCtx, org, roleEnd int) int {
	if org < 0 || a.isPerson[org] || s.st == nil || roleEnd > s.sn.b {
		return -1
	}
	if roleEnd < s.sn.b && s.isWord(roleEnd) && s.flag(roleEnd)&fwPostposition == 0 && !titleStands28(s, roleEnd) {
		return -1
	}
	role := s.w(roleEnd - 1)
	at := s.st.published
	p := -1
	for e := range a.isPerson {
		if !a.isPerson[e] || !a.holdsOrgRole28(e, org, role, at) {
			continue
		}
		if p >= 0 && p != e {
			return -1
		}
		p = e
	}
	return p
}

// holdsOrgRole28 reports a watchlist title of person p that names
// organisation o, ends with the role word and is in force at at (any
// time when at is zero).
func (a *Analyzer) holdsOrgRole28(p, o int, role string, at time.Time) bool {
	for _, r := range a.orgRoles28[[2]int{p, o}] {
		if r.role == role && (at.IsZero() || r.ep.From.IsZero() && r.ep.Until.IsZero() || r.ep.At(at)) {
			return true
		}
	}
	return false
}

// ownedKind28 reports a kind noun in apposition at token k between an
// owner's genitive and the name of his company or platform (words.yaml
// appos_kinds: "P के प्लेटफॉर्म O", "P के स्टार्टअप O"): the story calls O
// P's as "P की कंपनी O" does (chiefTies25).
func (a *Analyzer) ownedKind28(f *field, k int) bool {
	return a.chiefClass25(f, k)&cwApposKind != 0
}

// titledChunk28 reports a chunk an organisation's title resolved to its
// holder ("गूगल प्रमुख से मुलाकात की": orgRole, orgHead): the story has
// referred to him as by name, and a pronoun after it may stand for him.
func titledChunk28(c *chunk) bool {
	return c.pron == fwRoleNoun && c.ent >= 0
}

// untrackedBoth28 gives a bare tracked name coordinated with untracked
// words and summed up by ", दोनों" the postposition after दोनों ("Y ने
// X और यूरोपीय नियमों, दोनों को दुश्मन बताया": X is a को-object).
// Without the comma the chunker reads the group already; agents are
// untrackedConjunct26's.
func (a *Analyzer) untrackedBoth28(s *sentCtx) {
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.mk != mkBare || c.pron != 0 || c.ent < 0 || c.at != c.end || c.end >= s.sn.b || s.flag(c.end)&fwAnd == 0 {
			continue
		}
		words := 0
		for j := c.end + 1; j < s.sn.b && j <= c.end+8; j++ {
			if s.w(j) == "," && words > 0 {
				if s.flag(j+1)&fwBoth != 0 && s.w(j+2) != "ने" && s.flag(j+2)&fwPostposition != 0 && s.chunkAt28(j+1) == nil {
					if mk, at, head, pos := a.markerAfter(s, j+2, false); mk != mkBare && mk != mkAgent {
						c.mk, c.at, c.head, c.possessed = mk, at, head, pos
					}
				}
				break
			}
			if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&^conjunctWords26 != 0 {
				break
			}
			words++
		}
	}
}

// chunkAt28 is the chunk that starts at token k, or nil.
func (s *sentCtx) chunkAt28(k int) *chunk {
	for i := range s.chunks {
		if s.chunks[i].tok == k {
			return &s.chunks[i]
		}
	}
	return nil
}
