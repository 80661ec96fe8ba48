package work

import "testing"

// Session 33 (inv6b): rows of our own for the round-2 fixes of
// inv33c.go (a later mention by title, a passive claim with its
// claimant). Same format as inv33c_test.go.

// TestInv33c2NamedClaimant: "X की ओर से दावा किया गया कि …" is X's claim,
// not hearsay (namedClaimant33c in reportClaim).
func TestInv33c2NamedClaimant(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// the first two fail without namedClaimant33c
		{name: "claimant by full name", body: "सैम ऑल्टमैन की ओर से दावा किया गया कि एलन मस्क ने ओपनएआई को कमजोर करने की साजिश रची।",
			want: []string{"sam-altman>elon-musk:h"}},
		{name: "claimant by surname, later", body: "गौतम अडानी ने नए बंदरगाह का उद्घाटन किया। राहुल गांधी ने इस पर सवाल उठाए। राहुल की ओर से दावा किया गया कि अडानी ने सरकारी बैंकों का पैसा लूटा है।",
			want: []string{"rahul-gandhi>gautam-adani:h"}},
		// controls: a claim with no claimant stays hearsay; the active
		// form reads as before
		{name: "control: viral video", body: "एक वायरल वीडियो में दावा किया गया कि एलन मस्क ने ओपनएआई को कमजोर करने की साजिश रची।",
			want: nil},
		{name: "control: report", body: "एक रिपोर्ट में दावा किया गया कि गौतम अडानी को सरकारी ठेके तोहफे में मिले हैं।",
			want: nil},
		{name: "control: active", body: "सैम ऑल्टमैन ने दावा किया कि एलन मस्क ने ओपनएआई को कमजोर करने की साजिश रची।",
			want: []string{"sam-altman>elon-musk:h"}},
	})
}

// TestInv33c2LongerKind: "अरबपति निवेशक ने" is the billionaire investor
// even when the story gave the office "अरबपति" to another person
// (officeOrKind33c).
func TestInv33c2LongerKind(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// the first fails without officeOrKind33c
		{name: "longer kind of another person", body: "अरबपति मार्क जुकरबर्ग ने मासायोशी सोन पर निवेशकों को गुमराह करने का आरोप लगाया। अरबपति निवेशक ने पलटकर कहा कि जुकरबर्ग झूठ फैला रहे हैं।",
			want: []string{"mark-zuckerberg>masayoshi-son:h", "masayoshi-son>mark-zuckerberg:h"}},
		// controls: the office alone stays its holder's; two people who
		// share the longer kind leave it to the office's holder as before
		{name: "control: the office alone", body: "अरबपति मार्क जुकरबर्ग ने मासायोशी सोन पर निवेशकों को गुमराह करने का आरोप लगाया। अरबपति ने कहा कि सोन झूठ फैला रहे हैं।",
			want: []string{"mark-zuckerberg>masayoshi-son:h"}},
		{name: "control: surname", body: "अरबपति मार्क जुकरबर्ग ने मासायोशी सोन पर निवेशकों को गुमराह करने का आरोप लगाया। सोन ने पलटकर कहा कि जुकरबर्ग झूठ फैला रहे हैं।",
			want: []string{"mark-zuckerberg>masayoshi-son:h", "masayoshi-son>mark-zuckerberg:h"}},
	})
}

// TestInv33c2TitledConjunct: "X और <org> के <title> Y" — the first of a
// pair shares the postposition of the second, named by a title with a
// genitive (titledConjunct33c), also past ", दोनों" (bothSkip33c in
// officerAfter).
func TestInv33c2TitledConjunct(t *testing.T) {
	checkInv33c(t, []inv33cCase{
		// the first fails without titledConjunct33c, the third without
		// bothSkip33c in officerAfter (a role the watchlist does not
		// give); the second fails without both (either reads it); the
		// fourth held before and must still hold
		{name: "genitive epithet, shared par", body: "सुंदर पिचाई ने गौतम अडानी और एशिया के सबसे अमीर व्यक्ति अंबानी पर बाजार से खिलवाड़ करने का आरोप लगाया।",
			want: []string{"sundar-pichai>gautam-adani:h", "sundar-pichai>mukesh-ambani:h"}},
		{name: "role after a genitive, then दोनों ने", body: "बैठक में सैम ऑल्टमैन और लिंक्डइन के सह-संस्थापक हॉफमैन, दोनों ने एलन मस्क की नीति को खतरनाक बताया।",
			want: []string{"sam-altman>elon-musk:h", "reid-hoffman>elon-musk:h"}},
		{name: "role not in the watchlist, then दोनों ने", body: "बैठक में सैम ऑल्टमैन और पेपाल के सह-संस्थापक हॉफमैन, दोनों ने एलन मस्क की नीति को खतरनाक बताया।",
			want: []string{"sam-altman>elon-musk:h", "reid-hoffman>elon-musk:h"}},
		{name: "role after a genitive, ने (held before)", body: "बैठक में सैम ऑल्टमैन और लिंक्डइन के सह-संस्थापक हॉफमैन ने एलन मस्क की नीति को खतरनाक बताया।",
			want: []string{"sam-altman>elon-musk:h", "reid-hoffman>elon-musk:h"}},
		// controls: two names; a title with no genitive; an untracked
		// group after a genitive
		{name: "control: two names", body: "सुंदर पिचाई ने गौतम अडानी और मुकेश अंबानी पर बाजार से खिलवाड़ करने का आरोप लगाया।",
			want: []string{"sundar-pichai>gautam-adani:h", "sundar-pichai>mukesh-ambani:h"}},
		{name: "control: title with no genitive, reciprocal", body: "सैम ऑल्टमैन और स्पेसएक्स प्रमुख मस्क एक-दूसरे पर आरोप लगा रहे हैं।",
			want: []string{"sam-altman>elon-musk:h", "elon-musk>sam-altman:h"}},
		{name: "control: untracked group after a genitive", body: "राहुल गांधी और कांग्रेस के कई नेताओं ने नरेंद्र मोदी की आलोचना की।",
			want: []string{"rahul-gandhi>narendra-modi:h"}},
	})
}
