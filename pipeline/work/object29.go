package work

// Session 29 (PRECISION): a word inside the object that is called
// something is not the label. In "X ने Y के टैक्स और खर्च बिल को
// ऐतिहासिक करार दिया" the calling verb lies within reach of "टैक्स" once a
// coordinator widens the scan, but "टैक्स" comes before the object's को:
// it names the bill, and only "ऐतिहासिक" after the को is what the bill is
// called.

// objectBeforeLabel29 reports that the forward scan for a calling verb
// from the word at o has reached, at j, the को that closes the object
// the word stands in: "को" after words only (no quote mark or comma
// between), and no को before the word in its clause — after one the
// word is in the label already, and a second को belongs to the label
// ("Y के बिल को घृणित और देश को कर्ज में डुबोने वाला बताया").
func objectBeforeLabel29(s *sentCtx, o occurrence, j int) bool {
	if s.w(j) != "को" || j <= o.k {
		return false
	}
	for k := o.k; k < j; k++ {
		if !s.isWord(k) {
			return false // a quote mark or a comma: not one noun group
		}
	}
	for k := o.k - 1; k >= s.sn.a && s.cid[k-s.sn.a] == s.cid[o.k-s.sn.a]; k-- {
		if s.w(k) == "को" {
			return false
		}
	}
	return true
}

// claimNotRight29 reports a word of rightness (words.yaml claim_right:
// सही, ठीक) negated right after it ("सही नहीं"): SCHEMA's ruling lists
// "गलत, सही नहीं" among the weak words that only deny a claim, so
// weakClaim27 reads it as it reads "गलत" ("Z के दावे पर X ने कहा कि
// यह आंकड़ा सही नहीं है": none).
func claimNotRight29(s *sentCtx, o occurrence) bool {
	return o.e.eval != nil && o.e.eval.pol > 0 && s.class2(o.k)&cwClaimRight29 != 0 && o.k+1 < s.sn.b && s.flag(o.k+1)&fwNeg != 0
}

// claimNounBefore29 reports a claim noun (a charge noun or words.yaml
// said_claims) as what the word at k is said of, past gap words and
// demonstratives ("यह आंकड़ा सही नहीं है"). A person not right ("Y सही
// नहीं हैं") is still judged: only a claim is denied by "सही नहीं".
func (a *Analyzer) claimNounBefore29(s *sentCtx, k int) bool {
	j := k - 1
	for j > s.sn.a && (!s.isWord(j) || a.lex.isGap(s.w(j)) || demonstrative(s.w(j))) {
		j--
	}
	return j >= s.sn.a && (s.flag(j)&fwCharge != 0 || s.class2(j)&cwSaidClaim27 != 0)
}
