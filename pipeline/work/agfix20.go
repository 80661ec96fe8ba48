package work

import "strings"

// Session 20 (AGFIX): word families the newest blind file (dev-outlets-ag)
// showed missing in readings that already exist.

// tieHeld20 reports at token j, after the tie noun ending at k, a tie
// said to hold in a wording tieValueQ11/tieGood16 do not list: the tie as
// a strength or asset ("Y के साथ रिश्ता हमारी सबसे बड़ी ताकत है"), built on
// trust ("रिश्ता भरोसे/विश्वास पर टिका/आधारित है"), or held to ("Y के साथ
// करार के प्रति (पूरी तरह) प्रतिबद्ध है").
func (s *sentCtx) tieHeld20(k, j int) bool {
	switch w := s.w(j); w {
	case "ताकत", "पूंजी", "धरोहर":
		return true
	case "टिका", "टिकी", "टिके", "आधारित":
		return s.w(j-1) == "पर" && trustNoun20(s.w(j-2))
	case "प्रतिबद्ध", "वचनबद्ध", "कटिबद्ध", "समर्पित":
		return s.w(k+1) == "के" && s.w(k+2) == "प्रति" && j <= k+5
	}
	return false
}

// trustNoun20 reports trust in the oblique before "पर टिका/आधारित".
func trustNoun20(w string) bool {
	switch w {
	case "भरोसे", "भरोसा", "विश्वास", "यकीन", "एतबार":
		return true
	}
	return false
}

// apologyOwnRemark20 reports a sentence in which someone apologises and
// calls a remark wrong ("X ने Y पर की गई टिप्पणी पर माफी मांगी और कहा कि
// उनके शब्द गलत थे", "X ने मांगी माफी, कहा- Y पर मेरी टिप्पणी गलत थी"): the
// remark judged is the apologiser's own, so its being wrong is neither a
// charge against Y nor a defence of Y (SCHEMA: an apology on its own is
// de-escalation). A demanded apology ("माफी मांगनी चाहिए", "माफी की
// मांग") is no apology.
func (s *sentCtx) apologyOwnRemark20() bool {
	// (Read once per sentence: add calls it for every criticism.)
	if s.apology20 != 0 {
		return s.apology20 == 2
	}
	s.apology20 = 1
	if s.screen&swApology20 == 0 {
		return false
	}
	apology, wrong := false, false
	for k := s.sn.a; k+1 < s.sn.b; k++ {
		switch w := s.w(k); {
		case w == "माफी" || w == "क्षमा":
			if n := s.w(k + 1); strings.HasPrefix(n, "मांग") && n != "मांगने" && n != "मांगनी" || (s.w(k-1) == "मांगी" || s.w(k-1) == "मांग") {
				apology = true
			}
		case remarkNoun20(w):
			for j := k + 1; j <= k+2 && j < s.sn.b; j++ {
				if v := s.w(j); v == "गलत" || v == "अनुचित" {
					wrong = true
				}
			}
		}
	}
	if apology && wrong {
		s.apology20 = 2
	}
	return s.apology20 == 2
}

// remarkNoun20 is a noun of something said or posted.
// Narrower than remarkNoun on purpose: that list also holds आरोप, दावा,
// सवाल, तंज, which are as often another's words ("माफी मांगी … Y के आरोप
// गलत हैं" defends the apologiser against Y).
func remarkNoun20(w string) bool {
	switch w {
	case "टिप्पणी", "टिप्पणियां", "टिप्पणियों", "शब्द", "शब्दों", "बयान", "पोस्ट", "ट्वीट", "बात", "बातें":
		return true
	}
	return false
}
