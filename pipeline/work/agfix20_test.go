package work

import (
	"testing"
	"time"
)

// TestSession20TieHeld: a tie with Y said to hold, in the wordings the
// newest blind file used (dag-021, dag-036, dag-100) and their family — the
// tie as a strength or asset, built on trust, held to with a word of
// commitment — is the speaker's supportive stance towards Y (SCHEMA: a party
// affirming an existing partnership, that speaker's only). A negated
// quality, commitment to something that is no tie with Y, or the trust
// only talked about gives nothing.
func TestSession20TieHeld(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"tie a strength", "सत्या नडेला ने कहा कि ओपनएआई के साथ रिश्ता 'हमारी सबसे बड़ी ताकत में से एक' बना हुआ है।", []string{"satya-nadella>openai:s"}},
		{"partnership an asset", "मुकेश अंबानी ने कहा कि गूगल के साथ साझेदारी कंपनी की सबसे बड़ी पूंजी है।", []string{"mukesh-ambani>google:s"}},
		{"built on trust", "सत्या नडेला ने कहा कि सैम ऑल्टमैन के साथ उनका रिश्ता 'भरोसे पर टिका' है।", []string{"satya-nadella>sam-altman:s"}},
		{"based on faith", "नरेंद्र मोदी ने कहा कि डोनाल्ड ट्रंप के साथ उनके संबंध आपसी विश्वास पर आधारित हैं।", []string{"narendra-modi>donald-trump:s"}},
		{"committed to the deal", "सत्या नडेला ने कहा कि कंपनी ओपनएआई के साथ अपने दीर्घकालिक करार के प्रति पूरी तरह प्रतिबद्ध है।", []string{"satya-nadella>openai:s"}},
		// Must not fire (a third party's tie: the deal is theirs, the
		// speaker takes no side).
		{"strength denied", "सत्या नडेला ने कहा कि ओपनएआई के साथ रिश्ता अब हमारी ताकत नहीं है।", nil},
		{"trust denied", "सत्या नडेला ने कहा कि सैम ऑल्टमैन के साथ रिश्ता भरोसे पर नहीं टिका है।", nil},
		{"committed to own mission", "सैम ऑल्टमैन ने कहा कि ओपनएआई अपने मिशन के प्रति पूरी तरह प्रतिबद्ध है।", nil},
		{"asked by others", "पत्रकारों ने पूछा कि क्या ओपनएआई के साथ माइक्रोसॉफ्ट का रिश्ता अब भी भरोसे पर टिका है।", nil},
		{"a third party's tie", "सत्या नडेला ने कहा कि ओपनएआई के साथ ओरेकल का करार उसकी असली ताकत है।", []string{"openai>oracle:s", "oracle>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20ApologyOwnRemark: someone who apologises and calls a remark
// wrong judges his own remark (dag-046, dag-076): no charge against the one
// the remark was about, no defence of him (SCHEMA: an apology on its own is
// de-escalation). A demanded apology, or someone else's words called wrong
// with no apology, stay a charge.
func TestSession20ApologyOwnRemark(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"own words wrong", "रीड हॉफमैन ने डोनाल्ड ट्रंप को लेकर की गई टिप्पणी पर माफी मांगी और कहा कि उनके शब्द गलत थे।", nil},
		{"headline apology", "रीड हॉफमैन ने मांगी माफी, कहा- ट्रंप पर मेरी टिप्पणी गलत थी", nil},
		{"forgiveness asked, statement improper", "एलन मस्क ने नाइजल फराज से क्षमा मांगते हुए कहा कि उनका बयान अनुचित था।", nil},
		// Must stay a charge.
		{"apology demanded", "राहुल गांधी ने कहा कि नरेंद्र मोदी को माफी मांगनी चाहिए क्योंकि उनका बयान गलत था।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"no apology", "रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप के शब्द गलत थे।", []string{"reid-hoffman>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
