package work

import "github.com/khabar/khabar/internal/hindi"

// Session 24 (WFIX): the blind dev-contrast-w file's misses, read as the
// general constructions behind them.

// emphasisBefore24 reports an emphasis on the word at k: "एक भी", "किसी
// भी", bare "एक" or "किसी" before it ("Y एक भी सवाल का जवाब नहीं दे रहे",
// "Y किसी सवाल का जवाब नहीं देते", "Y एक सवाल का जवाब नहीं दे सकते"). An
// Emphatic frame reads only after one.
func (s *sentCtx) emphasisBefore24(k int) bool {
	switch s.w(k - 1) {
	case "एक", "किसी":
		return true
	case "भी":
		return s.w(k-2) == "एक" || s.w(k-2) == "किसी"
	}
	return false
}

// thankedCrowd24 reports thanks at k given to people the sentence names
// by a plain noun ("समर्थकों का शुक्रिया अदा किया", "मतदाताओं को धन्यवाद
// दिया", "सबका आभार जताया"): those thanked are a crowd, not the story's
// last supporter, so a thanks with no tracked one thanked answers
// nobody (supporter). A pronoun, a title, a role or organisation noun
// ("उनका शुक्रिया", "राष्ट्रपति का आभार", "कंपनी को धन्यवाद") may still
// stand for someone and is left to the reading before.
func (s *sentCtx) thankedCrowd24(k int) bool {
	switch s.w(k - 1) {
	case "सबका", "सबको":
		return true
	case "का", "की", "के", "को":
	default:
		return false
	}
	j := k - 2
	if j < s.sn.a || !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
		return false
	}
	return s.flag(j)&(chunkFlags|fwTitle|fwPostposition|fwFinite|fwCopula) == 0
}

// datelineSentence24 reports a sentence that is only a dateline: one to
// four place words, a comma, a day and a month, perhaps an agency in
// brackets ("फिलाडेल्फिया, 24 अक्टूबर।", "नई दिल्ली, 3 मार्च (एजेंसी)।"),
// with no tracked name. A quote-first lede puts it between the quote and
// the tag that points back at the quote ("“…” फिलाडेल्फिया, 24 अक्टूबर।
// X ने … यह बात कही"): attribution passes over it.
func (a *Analyzer) datelineSentence24(f *field, sn *sentence) bool {
	comma := -1
	for k := sn.a; k < sn.b; k++ {
		if f.words[k] == "," {
			comma = k
			break
		}
	}
	if comma-sn.a < 1 || comma-sn.a > 4 {
		return false
	}
	for _, m := range f.mentions[sn.ma:] {
		if m.tok >= sn.b {
			break
		}
		if m.tokEnd > sn.a {
			return false
		}
	}
	day, month, br := false, false, false
	for k := comma + 1; k < sn.b; k++ {
		w := f.words[k]
		switch {
		case !day && allDigits23(w) && len(w) <= 2:
			day = true
		case day && !month && a.classOf[f.wid[k]]&cwMonthName24 != 0:
			month = true
		case month && w == "(":
			br = true
		case month && w == ")":
			br = false
		case month && (br || f.toks[k].Kind != hindi.Word):
		default:
			return false
		}
	}
	return month
}

// letterAddressee24 reads a charge made in a letter: "X ने Y को चिट्ठी
// भेजकर आरोप लगाया कि उसने …", "X ने Y को (कानूनी) नोटिस/पत्र लिखकर आरोप
// लगाया कि वह …" — the content's pronoun subject is the one the letter
// went to, Y (tracked, not the source). Only when the charge at o has no
// target of its own and its content clause opens with a subject pronoun
// (a named subject is read as before). -1 otherwise.
func (a *Analyzer) letterAddressee24(s *sentCtx, o occurrence, src int) int {
	// The content: कि right after the charge, then a subject pronoun.
	pron := false
	for k := o.k + o.n; k < s.sn.b && k <= o.k+o.n+2; k++ {
		if s.w(k) == "कि" {
			switch s.w(k + 1) {
			case "उसने", "उन्होंने", "वह", "वे", "वो":
				pron = true
			}
			break
		}
	}
	if !pron {
		return -1
	}
	return a.letterTo24(s, o, src)
}

// letterTo24 is the one tracked name a letter was sent or written to
// before the frame ("Y को चिट्ठी भेजकर", "Y को खुला पत्र लिखकर"), or -1
// (none, or two).
func (a *Analyzer) letterTo24(s *sentCtx, o occurrence, src int) int {
	e := -1
	for _, c := range s.chunks {
		if c.tok >= o.k {
			break
		}
		if c.mk != mkKo || c.ent < 0 || c.ent == src || c.pron != 0 {
			continue
		}
		for p := c.at + 1; p < o.k && p <= c.at+3; p++ {
			if s.class(p)&cwLetterWord24 == 0 {
				continue
			}
			switch w := s.w(p + 1); {
			case w == "भेजकर" || w == "लिखकर":
			case (w == "भेज" || w == "लिख") && s.w(p+2) == "कर":
			default:
				continue
			}
			if e >= 0 && e != c.ent {
				return -1
			}
			e = c.ent
		}
	}
	return e
}
