package work

import "strings"

// Session 16, PRECISION helper: false pairs of the dev gold read in
// general form (see precision16_test.go for the rows).

// caseInBody16 reports a body that tells a court case (a court, a
// hearing, a judge, a suit, a petition, a jury): under "X बनाम Y:
// अदालत में …" it makes the label a legal battle between the two
// (disputeLabel). A headline over no body, or over a body that never
// names the case, is a label only — it speaks no words (SCHEMA; the dev
// gold: dvm-019, dvw-024).
func caseInBody16(f *field) bool {
	if f == nil {
		return false
	}
	for _, w := range f.words {
		if courtWord(w) || caseWord16(w) {
			return true
		}
	}
	return false
}

// caseWord16 reports a word of a case that courtWord does not hold
// (plural and oblique suits, petitions, juries, trials).
func caseWord16(w string) bool {
	switch w {
	case "मुकदमों", "याचिका", "याचिकाओं", "जूरी", "केस", "ट्रायल", "अदालतों", "अदालती", "कानूनी":
		return true
	}
	return false
}

// tieInCharge16 reports a supportive frame or evaluative (pol) at o on a tie noun (दोस्त,
// मित्र, साझेदार, यार) in a sentence that makes a charge or a taunt
// (आरोप, तंज): "X ने Y पर अपने दोस्त Z को बचाने का आरोप लगाया", "X का
// तंज: 'Y के दोस्त Z को समन'", "X ने आरोप लगाया कि … Y इसमें उनके
// साझेदार हैं". The tie is part of the charge, not a stance anyone
// asserts (dev gold: dch-062b, dvm-031, dvx-121). A charge answered
// ("Y के तंज पर X का जवाब- 'हम साझेदार'") is another's: the tie stays.
func (s *sentCtx) tieInCharge16(pol int8, o occurrence) bool {
	if pol <= 0 {
		return false
	}
	tie := false
	for k := o.k; k < o.k+o.n; k++ {
		switch s.w(k) {
		case "दोस्त", "दोस्तों", "मित्र", "मित्रों", "साझेदार", "साझेदारों", "यार":
			tie = true
		default:
			// "… आरोप है कि … Z ने इसमें उसकी मदद की": help told
			// inside a charge is part of it too (precision17.go).
			tie = tie || helpWord17(s.w(k))
		}
	}
	if !tie {
		return false
	}
	if s.ownTieShielded23(o) {
		return true
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		if w := s.w(k); w != "तंज" && w != "आरोप" && w != "आरोपों" {
			continue
		}
		if nx := s.w(k + 1); nx == "पर" || nx == "के" && s.w(k+2) == "जवाब" || nx == "का" && s.w(k+2) == "जवाब" {
			continue
		}
		// With a turn between the two ("Y मेरे दोस्त हैं, लेकिन उन्होंने Y
		// पर … का आरोप लगाया") each judgement stands (mixedPraise15).
		if !s.turnBetween16(min(k, o.k), max(k, o.k)) {
			return true
		}
	}
	return false
}

// turnBetween16 reports a conjunction of contrast (contrastAt) strictly
// between tokens i and j.
func (s *sentCtx) turnBetween16(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.contrastAt(k) {
			return true
		}
	}
	return false
}

// formerBefore16 reports "पूर्व" (former) right before token k, not as
// "से/के पूर्व" (before): "पूर्व अमेरिकी राष्ट्रपति ने …" in a year when
// the watchlist's "अमेरिकी राष्ट्रपति" is someone in office is another
// person — a title after "पूर्व" is never its present holder's. (When
// "पूर्व …" is itself a title of the story's date, it matched from the
// "पूर्व".) Dev gold: dce-023b.
func formerBefore16(s *sentCtx, k int) bool {
	if k-1 < s.sn.a || s.w(k-1) != "पूर्व" {
		return false
	}
	if k-2 >= s.sn.a {
		if w := s.w(k - 2); w == "से" || w == "के" {
			return false
		}
	}
	return true
}

// tieTalked16 reports a tie frame at o that is only what an infinitive
// talked of does to it: "X और Y के बीच साझेदारी बढ़ाने की बातचीत",
// "करार करने पर चर्चा", "समझौता आगे ले जाने को लेकर बातचीत". Talks on a
// tie are no tie (the dev gold: about 40 stories of "… पर बातचीत", all
// no alliance; dvt-075).
func (s *sentCtx) tieTalked16(o occurrence) bool {
	if o.e.frame.pol <= 0 || o.e.frame.Kind != "alliance" {
		return false
	}
	for j := o.k + o.n; j <= o.k+o.n+3 && j+2 < s.sn.b; j++ {
		if !s.isWord(j) || s.mentionAt(j) {
			return false
		}
		w := s.w(j)
		if !strings.HasSuffix(w, "ने") {
			continue
		}
		switch s.w(j + 1) {
		case "की", "पर":
			return talkNoun12(s.w(j+2)) && !s.tieKeptSaid38(j)
		case "को":
			return s.w(j+2) == "लेकर" && j+3 < s.sn.b && talkNoun12(s.w(j+3))
		}
		return false
	}
	return false
}

// abstainAfterAgent16 reports an abstain word a few words after the से
// at k with only the agent and an adverb of frequency between: "Y पर
// हमला करने से उन्होंने हर बार परहेज किया", "… से वे हमेशा बचते रहे"
// (abstainAt; dvx-105).
func (s *sentCtx) abstainAfterAgent16(k int) bool {
	for j := k + 1; j <= k+4 && j < s.sn.b; j++ {
		w := s.w(j)
		if abstainWord(w) {
			return j > k+1
		}
		if !s.isWord(j) {
			return false
		}
		switch w {
		case "उन्होंने", "वे", "वह", "ने", "हर", "बार", "हमेशा", "लगातार", "अब", "तक", "भी", "फिर", "साफ", "सदा":
			continue
		}
		if s.mentionAt(j) || s.inMention(j) {
			continue
		}
		return false
	}
	return false
}

// aboutTo16 reports "जा" of an act about to be done at k: "<verb>ने जा
// रहा/रही/रहे (है)" — "करार करने जा रहा है", "मुकदमा करने जा रहे हैं":
// the imminent future, not the act (dev gold: dvx-059).
func (s *sentCtx) aboutTo16(k int) bool {
	if s.f.words[k] != "जा" || k-1 < s.sn.a || k+1 >= s.sn.b {
		return false
	}
	p := s.w(k - 1)
	return strings.HasSuffix(p, "ने") && p != "ने" && strings.HasPrefix(s.w(k+1), "रह")
}

// ownTieShielded23 reports a tie noun at o said of the subject's own
// friend ("अपने दोस्त", "अपने मित्र") who is then shielded or favoured
// in the same clause run (words.yaml shield_words: "X अपने दोस्त Z को हर
// जांच से बचा रहे हैं", "… अपने मित्र Z को फायदा पहुंचाने के लिए"): the
// shielding is the charge, against X only (SCHEMA.md), and the tie is
// part of it (session 23: blind dal-041, dct-016a).
func (s *sentCtx) ownTieShielded23(o occurrence) bool {
	if o.k-1 < s.sn.a || s.flag(o.k-1)&fwOwn == 0 {
		return false
	}
	// The friend is the one shielded: the first postposition after the
	// tie noun is the friend's को ("अपने दोस्त Z को … बचा"), not "अपने
	// दोस्त Z से मिलने … पहुंचा" or "… के साथ मिलकर … फायदा" (review).
	ko := false
	for k := o.k + o.n; k < s.sn.b && k < o.k+o.n+10; k++ {
		if s.contrastAt(k) {
			return false
		}
		if !ko && (s.flag(k)&fwPostposition != 0 || isGenitive(s.w(k))) {
			if s.w(k) != "को" {
				return false
			}
			ko = true
			continue
		}
		if ko && s.class(k)&cwShield23 != 0 {
			return true
		}
	}
	return false
}

// talkedInfinitive23 reports an infinitive at k that talks, plans or
// tries are about: "बनाने पर बातचीत", "शुरू करने की योजना", "लगाने को
// लेकर चर्चा" (talkNoun12).
func (s *sentCtx) talkedInfinitive23(k int) bool {
	if !strings.HasSuffix(s.w(k), "ने") || k+2 >= s.sn.b {
		return false
	}
	switch s.w(k + 1) {
	case "की", "पर":
		return talkNoun12(s.w(k + 2))
	case "को":
		return s.w(k+2) == "लेकर" && k+3 < s.sn.b && talkNoun12(s.w(k+3))
	}
	return false
}
