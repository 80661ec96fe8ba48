package work

import "slices"

// Session 30 (FRESH-S): the act a reply answers names the replier only
// through a tie the story states.
//
// answeredAttacks25 takes "Y ने दावा किया कि O ने … । इसके जवाब में P ने
// इस दावे को झूठ करार दिया" as Y's attack on the replier P when the act
// names P's company O right after कि. The tie was the watchlist's
// (tiedBoth); SCHEMA's session-25 ruling (case b) gives S → P from S → O
// only when the story itself ties P to O (chiefTies25): P named bare
// answers for O without being its chief in the text, and Y's claim about
// O is no attack on him (dev-contrast-c dcc-027a).

// The tie is also stated by "P की कंपनी" standing for O named elsewhere
// (SCHEMA tie (2), "P की कंपनी O"; dao-060: "P की कंपनी
// एआई में पिछड़ने की भरपाई … करना चाहती है").

// namesParty30 is namesParty25 with the organisation-after-कि reading
// kept to the ties chiefTies25 finds in the story's own words, when the
// reply is strict.
//
// strict: the reply names no one and answers only the act ("इस दावे को झूठ
// करार दिया"); a reply that turns on its author by name ("जवाब में P ने
// Y को हताश कहा", "P ने पलटवार करते हुए Y को नकलची कहा") took the act as
// aimed at P, and the watchlist's tie still counts (namesParty25).
func (a *Analyzer) namesParty30(fields []*field, st *storyState, sp sentSpan25, x int, tied, strict bool) bool {
	if !strict {
		return a.namesParty25(st, sp, x, tied)
	}
	var ties [][2]int
	listed := false
	return a.namesPartyIf25(st, sp, x, tied, func(org int) bool {
		if !listed {
			ties, listed = a.chiefTies25(fields, st), true
		}
		return slices.Contains(ties, [2]int{x, org}) || ownCompanySaid30(fields, x)
	})
}

// ownCompanySaid30 reports "P की/के/का कंपनी" (an organisation noun
// right after P's genitive) anywhere in the story.
func ownCompanySaid30(fields []*field, p int) bool {
	for _, f := range fields {
		for _, m := range f.mentions {
			k := m.tokEnd
			if m.entity != p || k+1 >= len(f.words) || k+1 >= len(f.fl) || !isGenitive(f.words[k]) {
				continue
			}
			if f.fl[k+1]&fwOrgNoun != 0 {
				return true
			}
		}
	}
	return false
}
