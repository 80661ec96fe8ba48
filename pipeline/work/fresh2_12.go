package work

// Session 12, round 2, FRESH2 helper: constructions left on the blind
// outlet files dev-outlets-o and dev-outlets-p after round 1, read in
// general form.

// ruinPrediction12 reports a harm act at o told as a completed result
// still to come: the completive दे in the future ("बर्बाद कर देगा/देंगी",
// "दिवालिया कर देंगे", "कर्ज में डुबो देगा"). In someone's words that is
// no plan of the doer's: it is the speaker's charge now ("X ने कहा कि
// Y का बिल देश को दिवालिया कर देगा", as a prediction of praise is
// praise now). A speech act planned ("Y आरोप लगाएंगे", "शिकायत
// करेंगे") has no completive and stays future.
func (s *sentCtx) ruinPrediction12(o occurrence) bool {
	for k := o.k + o.n - 1; k <= o.k+o.n && k < s.sn.b; k++ {
		switch s.w(k) {
		case "देगा", "देगी", "देंगे", "देंगी", "देगे", "देगीं":
			return true
		}
	}
	return false
}

// possessedDoer12 reads the doer of a harm act at o whose subject is a
// thing of Y's at the head of someone's words, with the victim after it
// ("X ने कहा कि Y का बिल देश को दिवालिया कर देगा", "… Y की योजना
// अमेरिका को बर्बाद कर रही है", "… Y का 'बड़ा बिल' अमेरिका को कर्ज में
// डुबो देगा"). The chunker reads "Y का बिल देश को" as one possessed
// को-phrase; when the frame takes no को object, and more than one word
// stands between the genitive and the को, the owner's thing is the
// subject and the last word before को the victim. Only when the clause
// has no agent of its own and the genitive opens the clause (after कि or
// a quote mark): "कि अदालत Y की नीति को रद्द कर देगी" keeps its agent.
// Returns Y, or -1.
func (a *Analyzer) possessedDoer12(s *sentCtx, ci int, o occurrence, fr *Frame) int {
	if fr.targets[mkKo] {
		return -1
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return -1
	}
	y := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= o.k {
			break
		}
		if c.mk == mkAgent || c.mk == mkBare && c.ent >= 0 {
			return -1
		}
		// "कि Y इतिहास को तोड़-मरोड़कर पेश कर रहे हैं": a name
		// written before one noun and को is read as the noun's owner
		// ("ओपनएआई करार को"); with no subject of its own in the
		// clause, the name is the subject and the noun the object.
		compound := c.at == c.end+1 && !isGenitive(s.w(c.end))
		if y >= 0 || c.ent < 0 || c.pron != 0 || !c.possessed || c.mk != mkKo || c.at >= o.k || !compound && (c.at-c.end < 3 || !isGenitive(s.w(c.end))) {
			continue
		}
		// The harm right after the victim: "Y की नीति को अदालत रद्द
		// कर देगी" has its own subject between.
		for k := c.at + 1; k < o.k; k++ {
			switch s.w(k) {
			case "भी", "ही", "पूरी", "पूरा", "तरह", "बुरी", "जल्द":
			default:
				return -1
			}
		}
		// The genitive opens the clause: only कि, a quote mark or a
		// title before it.
		open := true
		for k := cl.first(); k < c.tok; k++ {
			switch s.w(k) {
			case "कि", "'", "‘", "’", "\"", "“", "”", ",", "-", ":", "राष्ट्रपति", "प्रधानमंत्री":
			default:
				open = false
			}
		}
		if !open && !titleAfterKi32(s, c.tok) {
			return -1
		}
		y = c.ent
	}
	return y
}

// chargeComplement12 returns the genitive token of Y when content clause
// ci is the complement of Y's charge or claim pointed forward with उस/इस
// ("X ने Y के उस दावे को खारिज कर दिया कि P", "X ने Y के इस दावे को
// गलत बताया कि P", "X से Y के उस आरोप के बारे में पूछा गया कि P", "…
// Y के उस दावे को झूठा बताया जिसमें कहा गया था कि P"): P is Y's claim,
// not X's words, and the claim is made whatever X does with it. An active
// speech verb or a coordinator between the noun and कि ends the reach
// ("X ने Y के उस दावे को खारिज किया और कहा कि P": X's words). -1: none.
func (s *sentCtx) chargeComplement12(ci int) int {
	cl := &s.cls[ci]
	// (The only answer but -1 is at a word flagged fwCharge: a sentence
	// with none has no swChargeF15 bit.)
	if cl.kind != ckContent || cl.quoted || s.screen&swChargeF15 == 0 {
		return -1
	}
	k := cl.first()
	if k < 0 || s.w(k) != "कि" {
		if k-1 < s.sn.a || s.w(k-1) != "कि" {
			return -1
		}
		k--
	}
	for j := k - 1; j >= s.sn.a+2 && j >= k-14; j-- {
		w := s.w(j)
		switch w {
		case "और", "तथा", "व", "लेकिन", "पर", "कि", "।":
			if w != "पर" || s.w(j-1) != "दावे" && s.w(j-1) != "आरोप" {
				return -1
			}
		}
		if s.flag(j)&fwSpeech != 0 {
			// "जिसमें कहा गया था कि", "पूछा गया कि": a passive
			// speech verb is the claim's own wording.
			switch s.w(j + 1) {
			case "गया", "गई", "गए", "जाता", "जाती":
			default:
				return -1
			}
		}
		if s.flag(j)&fwCharge != 0 && w != "बात" && w != "बातों" && (s.w(j-1) == "उस" || s.w(j-1) == "इस") && isGenitive(s.w(j-2)) {
			return j - 2
		}
	}
	return -1
}

// chargeOwner12 is the tracked name whose charge content clause ci
// states (chargeComplement12), or -1.
func (s *sentCtx) chargeOwner12(ci int) int {
	g := s.chargeComplement12(ci)
	if g < 0 {
		return -1
	}
	for _, c := range s.chunks {
		if c.end == g && c.ent >= 0 && c.pron == 0 {
			return c.ent
		}
	}
	return -1
}
