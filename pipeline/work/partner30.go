package work

import "strings"

// Session 30 (FRESH-S): partners named as their owners' firms.
//
// "कांग्रेस शासित राज्यों ने भी X और Y के समूहों के साथ निवेश समझौते किए
// हैं": the possessed noun under के साथ is the owners' own firms (समूहों,
// कंपनियों), so X and Y are partners of the agent each on its own, not of
// each other (dev-outlets-ba dba-018). partnerOnly took every possessed
// chunk as the possessed noun's ("X और Y का करार … के साथ"), and the
// coordinated pair was read as the deal's two sides.

// ownFirmsPartner30 reports a possessed chunk c whose noun, right before
// its से or "के साथ", is an organisation noun after a genitive: "X के
// समूह(ों) के साथ", "X की कंपनियों से".
func (s *sentCtx) ownFirmsPartner30(c chunk) bool {
	n := c.at - 1 // the noun before से
	if c.mk == mkSaath {
		n = c.at - 2 // before "के साथ"
	}
	if n <= s.sn.a || !isGenitive(s.w(n-1)) {
		return false
	}
	return strings.HasPrefix(s.w(n), "कंपनि") || s.flag(n)&fwOrgNoun != 0 || s.class(n)&cwOrgPair25 != 0
}
