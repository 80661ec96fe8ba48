package work

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
