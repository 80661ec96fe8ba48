package work

import (
	"testing"
	"time"
)

// TestSession19Review: rows the session 19 review added where a merged
// rule's own rows passed with the rule switched off (session 19,
// REVIEW helper). Each row fails with its rule off.
func TestSession19Review(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A charge pointed back at ("ये आरोप") and called made up, whose
		// author the speaker has neither answered nor been attacked by:
		// the owner of the last charge the story named with its owner
		// (charge19.go chargeOwnerBack19). DEED's row "Y के आरोपों पर X
		// ने बयान जारी किया" is read by the answered path already.
		{"charge owner back: news of Y's charges", "एलन मस्क के आरोपों की खबर सोमवार को आई। ओपनएआई ने कहा कि ये आरोप मनगढ़ंत हैं।", []string{"openai>elon-musk:h"}},
		{"charge owner back: a stir after Y's charges", "एलन मस्क के आरोपों से बाजार में हलचल मची। सैम ऑल्टमैन ने कहा कि ये आरोप पूरी तरह मनगढ़ंत हैं।", []string{"sam-altman>elon-musk:h"}},
		// must not fire
		{"charge owner back: charges named with no owner", "आरोपों की खबर सोमवार को आई। ओपनएआई ने कहा कि ये आरोप मनगढ़ंत हैं।", nil},
		{"charge owner back: a plain denial", "एलन मस्क के आरोपों की खबर सोमवार को आई। ओपनएआई ने कहा कि ये आरोप बेबुनियाद हैं।", nil},
		// The content path finds the author of charges pointed back at as
		// the calling path does (chargeAuthor15): also the one whose
		// charges the speaker answered, with no demonstrative before a
		// charge noun ("यह झूठ है").
		{"answered charges: यह झूठ है", "एलन मस्क के आरोपों पर ओपनएआई ने जवाब दिया। कंपनी ने कहा कि यह झूठ है।", []string{"openai>elon-musk:h"}},
		{"answered charges (का जवाब): यह सरासर झूठ है", "एलन मस्क ने ओपनएआई के आरोपों का जवाब दिया। मस्क ने कहा कि यह सरासर झूठ है।", []string{"elon-musk>openai:h"}},
		// A made-up tale called by a resolved pronoun agent (उन्होंने,
		// readCampaign) whose object is no charge, so labelOwner19 does
		// not read it (RULINGS' own pronoun row is read by labelOwner19).
		{"pronoun agent: a spot called Y's false story", "कमला हैरिस ने शाम को रैली में भाषण दिया। उन्होंने इस विज्ञापन को डोनाल्ड ट्रंप की झूठी कहानी करार दिया।", []string{"kamala-harris>donald-trump:h"}},
		// must not fire
		{"pronoun agent: Y's story, no hostile word", "कमला हैरिस ने शाम को रैली में भाषण दिया। उन्होंने इस विज्ञापन को डोनाल्ड ट्रंप की कहानी बताया।", nil},
		// The cause flag on feelings and demands aimed with से (निराश,
		// जवाब मांग-, दूर रहने की सलाह/को कहा): the clause's subject is
		// the one who feels or demands, never the target of the speaker's
		// charge (stance.go: no subject fallback for cause frames).
		{"cause: Y is disappointed, told by X", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क बहुत निराश हैं।", nil},
		{"cause: Y demands answers, told by X", "नरेंद्र मोदी ने कहा कि राहुल गांधी हर बात पर जवाब मांगते हैं।", nil},
		{"cause: Y advised keeping away, told by X", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने लोगों को दूर रहने की सलाह दी।", nil},
		// still fires: X disappointed with Y
		{"cause: X disappointed with Y", "डोनाल्ड ट्रंप ने कहा कि वह एलन मस्क से बहुत निराश हैं।", []string{"donald-trump>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), cases)
}
