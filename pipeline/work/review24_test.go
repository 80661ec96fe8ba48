package work

import (
	"testing"
	"time"
)

// TestRuleWordsReview24: the review's guards (rwInvest24, rwPaas24,
// rwLess24; rwJibe24 is set from a class, TestClassRules24) skip a reader for a sentence with none of the
// words it acts at; each word those readers compare with must hold the
// bit (a word added to a reader and not to ruleWords would be skipped).
func TestRuleWordsReview24(t *testing.T) {
	bits := ruleBitsOf()
	for _, c := range []struct {
		fn    string
		bit   uint64
		words []string
		min   int
	}{
		{"heldNoun24", rwInvest24, switchWords(t, "short24.go", "heldNoun24"), 3},
		{"readBetTitle24", rwInvest24, comparedWords(t, "short24.go", "readBetTitle24"), 2},
		{"readShortMeans24", rwLess24, comparedWords(t, "long24.go", "readShortMeans24"), 3},
		// (rwJibe24 comes from the class jibe_nouns: TestClassRules24.)
		// (readMeansLacked24 and readDealLack24 compare s.w(…) with पास.)
		{"readMeansLacked24/readDealLack24", rwPaas24, []string{"पास"}, 1},
	} {
		wordsHoldBit(t, bits, c.fn, c.bit, c.words, c.min)
	}
}

// TestReview24MeansNotPrice: "से (भी) कम" after a sum belittles Y's
// means only before a word of means (readShortMeans24); a price paid or
// a debt left is no lack. The first three rows failed when
// readMeansLacked24 read any money word before "से कम की" (its copy of
// readShortMeans24, now removed), the fourth when readShortMeans24 read
// a means word under में/पर; the controls are as before.
func TestReview24MeansNotPrice(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a price paid, ने", "एलन मस्क ने कहा कि ओपनएआई ने 10 अरब डॉलर से भी कम की कीमत पर यह कंपनी खरीदी है।", nil},
		{"a debt left, के पास", "एलन मस्क ने कहा कि ओपनएआई के पास 10 अरब डॉलर से भी कम का कर्ज बचा है।", nil},
		{"a price in rupees", "मुकेश अंबानी ने कहा कि अडानी समूह ने सौ करोड़ रुपये से कम के भाव पर वह जमीन ली थी।", nil},
		{"a sum paid for a buy", "मार्क जुकरबर्ग ने कहा कि गूगल ने दो अरब डॉलर से भी कम की रकम में यह स्टार्टअप खरीद लिया।", nil},
		// Must stay.
		{"means short, के पास", "सैम ऑल्टमैन ने कहा कि एक्सएआई के पास तीन अरब डॉलर से भी कम की नकदी बची है।", []string{"sam-altman>xai:h"}},
		{"raised short, ने", "लैरी एलिसन ने दावा किया कि सॉफ्टबैंक ने चार अरब डॉलर से कम की रकम जुटाई है।", []string{"larry-ellison>softbank:h"}},
		{"money lacked", "एलन मस्क ने लिखा कि ओपनएआई के पास इस परियोजना के लिए पूरी रकम है ही नहीं।", []string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestReview24BetOwnerNamed: a verbless headline's investment whose
// holder is named, untracked, before it ("Y में एलआईसी का निवेश") is not
// the speaker's (readBetTitle24's fallback); a sum before the noun ("13
// अरब डॉलर का दांव") names no holder. The first row fails without
// ownerNamed24.
func TestReview24BetOwnerNamed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"holder named, untracked", "राहुल गांधी बोले- अडानी समूह में एलआईसी का निवेश जनता से धोखा || ", nil},
		// Must stay: the speaker holds a sum's bet.
		{"a sum's bet", "सत्या नडेला ने कहा- ओपनएआई में 13 अरब डॉलर का दांव अब तक का सबसे सही फैसला || ", []string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestReview24TieElidedOwner: "हम किसानों के साथी" names the partner in
// the clause (a plural of people owns the tie noun): the headline's other
// party is not the partner. Fails without peoplePlural24; the control
// ("हम लंबी रेस के साथी") leaves the partner to the headline as before.
func TestReview24TieElidedOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"partner named, a group", "राहुल गांधी का हमला; नरेंद्र मोदी बोले- हम किसानों के साथी || ", nil},
		{"partner named, youth", "मस्क का ट्रंप पर वार; ट्रंप बोले- हम युवाओं के समर्थक || ", []string{"elon-musk>donald-trump:h"}},
		// Must stay.
		{"partner elided", "ओपनएआई से नाता तोड़ेगा माइक्रोसॉफ्ट? सत्या नडेला बोले- हम लंबे सफर के साथी || ", []string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestReview24MadeIntoNearest: in "Z ने Y को A बनाया और देश को <hostile
// word> बना दिया" the thing made into it is the nearer को-object (देश,
// untracked), not Y. Fails without the nearer-object check in
// madeInto24; the control keeps Y when it is the nearest.
func TestReview24MadeIntoNearest(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a nearer object, untracked", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने एलन मस्क को सलाहकार बनाया और देश को नफरत का अड्डा बना दिया।", []string{"kamala-harris>donald-trump:h"}},
		// Must stay.
		{"Y the nearest", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने एक्स को नफरत का अड्डा बना दिया।", []string{"kamala-harris>donald-trump:h", "kamala-harris>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestReview24InstalmentNotHeld: an instalment of an investment is no
// word of its value or return (held_values): one due later ("निवेश की
// (अगली) किस्त अगले साल जारी होगी") asserts nothing, as
// TestPairs24Instalment's control expects; one released is frames.yaml's
// "किस्त जारी". Both rows failed with किस्त and "अगली किस्त" read by
// investHeld24; the control stays.
func TestReview24InstalmentNotHeld(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"an instalment due", "मेटा ने बताया कि रिलायंस में निवेश की किस्त अगले महीने जारी होगी।", nil},
		{"the next instalment due", "गूगल ने कहा कि रिलायंस में निवेश की अगली किस्त मार्च तक जारी होगी।", nil},
		// Must stay: released, the frame's.
		{"an instalment released", "माइक्रोसॉफ्ट ने ओपनएआई में निवेश की पहली किस्त जारी कर दी।", []string{"microsoft>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
