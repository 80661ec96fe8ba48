package work

import (
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// spans35 prepares text as a story's body, grounds it and lists its
// sentences as claimsAnswered34 does (appendSentSpans25).
func spans35(a *Analyzer, text string) (*field, []sentSpan25) {
	f := a.prepare("body", text)
	a.matcher.ground([]*field{f})
	f.buf.sents = sentencesBuf(f, nil)
	return f, appendSentSpans25(nil, []*field{f})
}

// TestScreens35: markClaim35 is on exactly the ids of second class
// cwClaimNoun34 (speed35.go), and tokInfo carries it; prepareBuf notes
// a field with a token of that class (claim35); mayClaim35 answers as
// mayClaim34; claimIn35 answers as a walk over the sentence; and in a
// sentence claimIn35 rejects, claimBy34 is false for every tracked name.
func TestScreens35(t *testing.T) {
	a := shippedAnalyzer(t)
	for id, c := range a.classOf2 {
		if has, got := c&cwClaimNoun34 != 0, a.tokMark[id]&markClaim35 != 0; has != got {
			t.Errorf("id %d: markClaim35 %v, want %v", id, got, has)
		}
		if a.tokInfo[id].mark != a.tokMark[id] {
			t.Errorf("id %d: tokInfo mark %b, tokMark %b", id, a.tokInfo[id].mark, a.tokMark[id])
		}
	}
	texts := []struct {
		text  string
		claim bool // a sentence with a claim noun
		may   bool // mayClaim34's answer
	}{
		{"राहुल गांधी ने दावा किया कि नरेंद्र मोदी ने किसानों की बात नहीं सुनी। मोदी ने इस दावे को झूठ बताया।", true, true},
		{"एलन मस्क का आरोप है कि सत्या नडेला ने करार की शर्तें तोड़ीं। नडेला ने आरोपों का खंडन किया।", true, true},
		{"मुकेश अंबानी ने मंगलवार को मुंबई में नई फैक्टरी का उद्घाटन किया। गौतम अडानी भी वहां पहुंचे।", false, false},
		{"डोनाल्ड ट्रंप ने कहा कि कमला हैरिस देश को गलत दिशा में ले जा रही हैं।", false, false},
	}
	sawClaim, sawNone := false, false
	for _, tc := range texts {
		f, spans := spans35(a, tc.text)
		if !f.marked25 {
			t.Fatalf("%q: field not marked", tc.text)
		}
		var want []int32
		for k := range f.wid {
			if a.fieldClass2(f, k)&cwClaimNoun34 != 0 {
				want = append(want, int32(k))
			}
		}
		if f.claim35 != (len(want) > 0) {
			t.Errorf("%q: claim35 %v, claim nouns at %v", tc.text, f.claim35, want)
		}
		fields := []*field{f}
		if got, was := a.mayClaim35(fields), a.mayClaim34(fields); got != was || got != tc.may {
			t.Errorf("%q: mayClaim35 %v, mayClaim34 %v, want %v", tc.text, got, was, tc.may)
		}
		any := false
		for _, sp := range spans {
			has := false
			for k := sp.sn.a; k < sp.sn.b; k++ {
				has = has || a.fieldClass2(f, k)&cwClaimNoun34 != 0
			}
			if got := a.claimIn35(sp); got != has {
				t.Errorf("%q: sentence [%d,%d): claimIn35 %v, want %v", tc.text, sp.sn.a, sp.sn.b, got, has)
			}
			any = any || has
			if has {
				sawClaim = true
				continue
			}
			sawNone = true
			for _, m := range f.mentions {
				if a.claimBy34(sp, m.entity) {
					t.Errorf("%q: claimBy34 true for %d in a sentence with no claim noun", tc.text, m.entity)
				}
			}
		}
		if any != tc.claim {
			t.Errorf("%q: claim noun %v, want %v", tc.text, any, tc.claim)
		}
	}
	if !sawClaim || !sawNone {
		t.Errorf("rows: a sentence with a claim noun %v, one without %v", sawClaim, sawNone)
	}
	// An unmarked field (no tokInfo) is read word by word: claimIn35
	// says "maybe".
	f, spans := spans35(a, texts[2].text)
	f.marked25 = false
	for _, sp := range spans {
		if !a.claimIn35(sp) {
			t.Errorf("unmarked field: claimIn35 false")
		}
	}
}

// TestRebutScreen35: rwRebut35 is on every answer and denial word
// rejectedAt34 reads (each now in the word index) and on exactly the
// ids of second class cwOfferRefusal27 besides; rwOffer35 on exactly
// the ids of cwOfferNoun27. rejection34 answers as it does with the
// sentence screens set aside, on sentences with and without such a
// word; the sentences without are ones the guard skips.
func TestRebutScreen35(t *testing.T) {
	a := shippedAnalyzer(t)
	words := map[int]bool{}
	for _, w := range []string{"जवाब", "खंडन", "प्रतिवाद", "खारिज", "इनकार", "इंकार", "पलटवार", "नकार", "नकारा", "नकारते", "नकारकर", "अस्वीकार"} {
		id := a.flagIdx.lookup(w)
		if id < 0 || a.ruleOf[id+1]&rwRebut35 == 0 {
			t.Errorf("%q: no rwRebut35 (id %d)", w, id)
			continue
		}
		words[int(id)+1] = true
	}
	for id, c := range a.classOf2 {
		if has, got := c&cwOfferRefusal27 != 0 || words[id], a.ruleOf[id]&rwRebut35 != 0; has != got {
			t.Errorf("id %d: rwRebut35 %v, want %v", id, got, has)
		}
		if has, got := c&cwOfferNoun27 != 0, a.ruleOf[id]&rwOffer35 != 0; has != got {
			t.Errorf("id %d: rwOffer35 %v, want %v", id, got, has)
		}
	}
	if rwRebut35 == 0 || rwOffer35 == 0 || rwRebut35&rwOffer35 != 0 || (rwRebut35|rwOffer35)&(rwReject34|rwTitled33|rwQuarrel33|rwCampaign29) != 0 {
		t.Errorf("rule bits overlap: %b %b", rwRebut35, rwOffer35)
	}
	cases := []struct {
		text   string
		screen bool // the sentence has a rwRebut35 word
		found  bool // rejection34 finds a rejection
	}{
		{"नरेंद्र मोदी ने राहुल गांधी के आरोपों को खारिज कर दिया।", true, true},
		{"सत्या नडेला ने एलन मस्क के दावों का खंडन किया।", true, true},
		{"मुकेश अंबानी ने गौतम अडानी के आरोपों को नकारकर अपनी बात रखी।", true, true},
		{"एलन मस्क ने सैम ऑल्टमैन की पेशकश ठुकरा दी।", true, true},
		// Controls: a charge word, no answer or refusal word.
		{"नरेंद्र मोदी ने राहुल गांधी के आरोपों पर कुछ नहीं कहा।", false, false},
		{"सत्या नडेला ने एलन मस्क के दावों की जांच की मांग की।", false, false},
		{"एलन मस्क ने सैम ऑल्टमैन की पेशकश पर विचार किया।", false, false},
	}
	for _, tc := range cases {
		s := read33(t, a, tc.text)
		if got := s.sentRules()&rwRebut35 != 0; got != tc.screen {
			t.Errorf("%q: rwRebut35 %v, want %v", tc.text, got, tc.screen)
		}
		st := newStoryState()
		y, x := a.rejection34(s, st, s.sn.b)
		u := unscreened33(s, func() [2]int { y, x := a.rejection34(s, st, s.sn.b); return [2]int{y, x} })
		uy, ux := u[0], u[1]
		if y != uy || x != ux {
			t.Errorf("%q: rejection34 %d,%d; unscreened %d,%d", tc.text, y, x, uy, ux)
		}
		if got := y >= 0; got != tc.found {
			t.Errorf("%q: rejection34 found %v, want %v", tc.text, got, tc.found)
		}
	}
}

// TestSayingScreen35: rwSaying35 is on कहना and मानना (each now in the
// word index); participleSpeaker35 answers as participleSpeaker34b
// unscreened at every token and clause of sentences with and without
// either word, finds the speaker in the first, and the sentences without
// are ones the screen skips.
func TestSayingScreen35(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, w := range []string{"कहना", "मानना"} {
		id := a.flagIdx.lookup(w)
		if id < 0 || a.ruleOf[id+1]&rwSaying35 == 0 {
			t.Errorf("%q: no rwSaying35 (id %d)", w, id)
		}
	}
	if rwSaying35&(rwRebut35|rwOffer35|rwReject34) != 0 {
		t.Errorf("rwSaying35 overlaps")
	}
	cases := []struct {
		text   string
		screen bool
		found  bool
	}{
		{"एलन मस्क पर भड़के डोनाल्ड ट्रंप का कहना है कि वह झूठ फैला रहे हैं।", true, true},
		{"सैम ऑल्टमैन पर भड़के एलन मस्क का मानना है कि वह कंपनी को गलत दिशा में ले जा रहे हैं।", true, false},
		// Controls: no कहना or मानना.
		{"एलन मस्क पर भड़के डोनाल्ड ट्रंप ने कहा कि वह झूठ फैला रहे हैं।", false, false},
		{"राहुल गांधी पर बिफरे नरेंद्र मोदी की राय है कि विपक्ष देश को गुमराह कर रहा है।", false, false},
	}
	for _, tc := range cases {
		s := read33(t, a, tc.text)
		if got := s.sentRules()&rwSaying35 != 0; got != tc.screen {
			t.Errorf("%q: rwSaying35 %v, want %v", tc.text, got, tc.screen)
		}
		found := false
		for ci := range s.cls {
			idx := s.inClause(ci)
			for at := s.sn.a; at < s.sn.b; at++ {
				got := a.participleSpeaker35(s, at, idx)
				want := unscreened33(s, func() int { return a.participleSpeaker34b(s, at, idx) })
				if got != want {
					t.Errorf("%q: clause %d, token %d: participleSpeaker35 %d, unscreened %d", tc.text, ci, at, got, want)
				}
				found = found || got >= 0
			}
		}
		if found != tc.found {
			t.Errorf("%q: speaker found %v, want %v", tc.text, found, tc.found)
		}
	}
}

// TestSettleLetter35: settleLetter35 passes every prefix
// scanSettlementPayment tests (so every word one of them opens) and
// fails words opening with another letter or shorter than three
// letters; settlementPayment answers as before on own sentences.
func TestSettleLetter35(t *testing.T) {
	for _, w := range []string{"हर्जाना", "मुआवजा", "जुर्माना", "समझौता", "सेटलमेंट", "मुकदमा", "मामले", "केस", "विवाद", "हर्जान", "मुआवज", "जुर्मान", "समझौत", "मुकदम", "मामल"} {
		if !settleLetter35(hindi.NormalizeString(w)) {
			t.Errorf("%q: settleLetter35 false", w)
		}
	}
	for _, w := range []string{"ने", "को", "अदालत", "भुगतान", "डॉलर", "case", ""} {
		if settleLetter35(hindi.NormalizeString(w)) {
			t.Errorf("%q: settleLetter35 true", w)
		}
	}
	a := shippedAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"कंपनी ने मुकदमे में समझौते के तहत सरकार को पैसा दिया।", true},
		{"अदालत ने कंपनी पर भारी जुर्माना लगाया और सरकार को पैसा देने को कहा।", true},
		{"कंपनी ने बाढ़ पीड़ितों के लिए सरकार को पैसा दिया।", false},
		{"दोनों कंपनियों के बीच व्यापार समझौता हुआ और सरकार को पैसा मिला।", false},
	} {
		s := read33(t, a, tc.text)
		if got := s.scanSettlementPayment(); got != tc.want {
			t.Errorf("%q: scanSettlementPayment %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestRefusalMark35b: markRefusal35b is on exactly the ids of second
// class cwOfferRefusal27 (speed35.go), tokInfo carries it, and
// prepareBuf notes a field holding such a word (refusal35b), which is
// all labelDismissed35b's screen reads: a field without one has no
// "कहकर/बताकर + refusal" and is skipped; one with it is read.
func TestRefusalMark35b(t *testing.T) {
	a := shippedAnalyzer(t)
	for id, c := range a.classOf2 {
		if has, got := c&cwOfferRefusal27 != 0, a.tokMark[id]&markRefusal35b != 0; has != got {
			t.Errorf("id %d: markRefusal35b %v, want %v", id, got, has)
		}
		if a.tokInfo[id].mark != a.tokMark[id] {
			t.Errorf("id %d: tokInfo mark %b, tokMark %b", id, a.tokInfo[id].mark, a.tokMark[id])
		}
	}
	if markRefusal35b == 0 || markRefusal35b&(markTitle|markCurrency|markStart|markPunct|markReply25|markClaim35) != 0 {
		t.Fatalf("markRefusal35b %b overlaps another mark", markRefusal35b)
	}
	for _, tc := range []struct {
		text    string
		refusal bool
	}{
		{"सुंदर पिचाई ने सत्या नडेला को 'पुरानी व्यवस्था का रखवाला' कहकर खारिज कर दिया।", true},
		{"नाइजल फराज ने एलन मस्क को 'बाहरी तमाशबीन' कहकर ठुकरा दिया।", true},
		{"डोनाल्ड ट्रंप ने एलन मस्क को 'सबसे काबिल इंसान' बताकर उनकी तारीफ की।", false},
	} {
		f, _ := spans35(a, tc.text)
		if !f.marked25 {
			t.Fatalf("%q: field not marked", tc.text)
		}
		has := false
		for k := range f.wid {
			has = has || a.fieldClass2(f, k)&cwOfferRefusal27 != 0
		}
		if f.refusal35b != has || has != tc.refusal {
			t.Errorf("%q: refusal35b %v, a refusal word %v, want %v", tc.text, f.refusal35b, has, tc.refusal)
		}
	}
}
