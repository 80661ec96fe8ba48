package work

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
