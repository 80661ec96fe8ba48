package work

// Session 34 (SILENT): a list before समेत/सहित that takes the group's
// genitive (markerAfter), and two gaps between a genitive owner and the
// noun it owns, found in the largest class of silent misses (a frame matched in
// a sentence naming both parties, the target only as a genitive owner):
//
//   - a manner phrase of a noun and से/में before the act noun ("Y का
//     मजबूती से बचाव किया", "Y की कड़े शब्दों में निंदा की"): the
//     genitive is the act's, as with "गर्मजोशी से" and "दिल से";
//   - a topic phrase with पर before a remark of Y's under को ("Y की
//     ब्रिटिश राजनीति पर टिप्पणियों को गैरजिम्मेदाराना बताया"): the
//     remark is Y's, the topic only qualifies it.

// genitiveGap34 returns where the walk of a possessed noun group goes on
// past the postposition at j (0: it does not). The manner nouns are
// words.yaml manner_nouns34; the remarks both owned_artefacts and
// said_claims.
func (a *Analyzer) genitiveGap34(s *sentCtx, j, depth int) int {
	switch s.w(j) {
	case "से", "में":
		if s.class2(j-1)&cwManner34 == 0 {
			return 0
		}
		// The act noun right after (one gap word may stand before it).
		for k := j + 1; k <= j+2 && k < s.sn.b && s.isWord(k) && !s.mentionAt(k); k++ {
			if e, m := a.matchAt(s, k, entFrame); e != nil {
				if a.isAct(s, k, m) {
					return j + 1
				}
				return 0
			}
			if !a.lex.isGap(s.w(k)) {
				return 0
			}
		}
	case "पर":
		// Only the group's first postposition, and a remark (said by
		// someone: "Y के बंदरगाह पर फैसले" may be a decision on Y's
		// port) under को.
		if depth == 0 && s.class(j+1)&cwArtefact26 != 0 && s.class2(j+1)&cwSaidClaim27 != 0 && s.w(j+2) == "को" && !s.mentionAt(j+1) {
			return j + 1
		}
	}
	return 0
}

// alongAfterComma34 returns the समेत/सहित that closes a comma list
// whose other members are untracked ("X, हिलेरी समेत कई नेताओं की
// सुरक्षा …", the comma at n): X is among the group as the names before
// समेत are (markerAfter's समेत case); 0 if there is none.
func (s *sentCtx) alongAfterComma34(n int) int {
	for j := n + 1; j <= n+3 && j < s.sn.b; j++ {
		switch w := s.w(j); {
		case (w == "समेत" || w == "सहित") && j > n+1:
			return j
		case !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&^fwEntry != 0:
			return 0
		}
	}
	return 0
}

// colonBetween34 reports a headline colon between tokens a and b:
// "गूगल का नया हब: X ने की तारीफ" names Google's hub as the topic and X
// as who acts after it, not X as Google's new hub (affiliate's
// apposition "गूगल के सीईओ X"; session 34).
func (s *sentCtx) colonBetween34(a, b int) bool {
	for k := a; k < b; k++ {
		if s.w(k) == ":" {
			return true
		}
	}
	return false
}

// proxyColon34 reports "X के प्रवक्ता/वकील:" opening the sentence (the
// genitive at n, the proxy noun at j, a colon right after it): the
// proxy's words follow, X is their speaker as in "X: …" (a bare name
// before a headline colon). Only a proxy (fwProxy), not a role: "X के
// सीईओ:" with no name says no one's words.
func (s *sentCtx) proxyColon34(n, j int) bool {
	if s.flag(j)&fwProxy == 0 || s.w(j+1) != ":" {
		return false
	}
	for k := s.sn.a; k < n; k++ {
		if !s.mentionAt(k) && !s.inMention(k) {
			return false
		}
	}
	return true
}
