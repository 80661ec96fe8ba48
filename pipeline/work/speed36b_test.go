package work

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestSpeed36bScreens: rwDeed36b shares no rule bit and is on exactly the ids
// of a deed noun (deedNoun36); on own stories the screened readers
// (deedJudged36 behind storyState.deed36b, selfCharges36 behind
// selfAfter36, add's toldBy36b asked for a new stance or a told one)
// give the same analysis as an Analyzer with every screen open (openGuards), on
// answers they read (positives) and on controls.
func TestSpeed36bScreens(t *testing.T) {
	a := shippedAnalyzer(t)
	if rwDeed36b == 0 || rwDeed36b&(rwSaying35|rwOffer35|rwRebut35|rwReject34|rwTitled33|rwQuarrel33|rwCampaign29) != 0 {
		t.Fatalf("rwDeed36b %b shares a bit", uint64(rwDeed36b))
	}
	for id := 1; id < len(a.ruleOf); id++ {
		deed := id-1 < len(a.flagVals) && a.flagVals[id-1]&fwCharge != 0 ||
			id < len(a.classOf) && a.classOf[id]&(cwArtefact26|cwRecordNoun) != 0 ||
			id < len(a.classOf2) && a.classOf2[id]&cwDemand31 != 0
		if got := a.ruleOf[id]&rwDeed36b != 0; got != deed {
			t.Errorf("id %d (%s): rwDeed36b %v, want %v", id, a.flagIdx.words[id-1], got, deed)
		}
	}
	rows := []struct {
		name, text string
		has, lacks []string // stances that must (must not) be read
	}{
		// deedJudged36: the answer calls the deed just told a hostile word.
		{"deed: a complaint called a ploy", "ब्रसेल्स। माइक्रोसॉफ्ट ने मंगलवार को यूरोपीय आयोग के सामने दायर एक लंबी अर्जी में गूगल पर ऑनलाइन विज्ञापन बाज़ार में अपनी पकड़ का गलत फायदा उठाने का आरोप लगाया। गूगल ने बुधवार सुबह जारी एक बयान में इस शिकायत को अपनी गड़बड़ियों से ध्यान भटकाने की कोशिश बताया।",
			[]string{"microsoft>google:h", "google>microsoft:h"}, nil},
		{"deed: a post called lies", "वॉशिंगटन। कमला हैरिस ने गुरुवार शाम मिशिगन की एक सभा में डोनाल्ड ट्रंप पर कामगारों से किए वादे तोड़ने का आरोप लगाया। अगली सुबह ट्रंप ने अपने सोशल मीडिया मंच पर लिखी एक पोस्ट में इस भाषण को 'सरासर झूठ' करार दिया।",
			[]string{"kamala-harris>donald-trump:h"}, nil},
		// Controls: a denial word only; no deed noun at all.
		{"deed control: denial only", "सैन फ्रांसिस्को। एलन मस्क ने बुधवार को एक लाइव प्रसारण में ओपनएआई पर निवेशकों को अंधेरे में रखने का आरोप लगाया। ओपनएआई ने गुरुवार को इन आरोपों को पूरी तरह निराधार बताया।",
			[]string{"elon-musk>openai:h"}, []string{"openai>elon-musk:h"}},
		{"deed control: no deed", "सैन फ्रांसिस्को। एलन मस्क ने बुधवार को एक लाइव प्रसारण में ओपनएआई पर निवेशकों को अंधेरे में रखने का आरोप लगाया। ओपनएआई ने गुरुवार को कहा कि उसका ध्यान नए मॉडल पर है।",
			[]string{"elon-musk>openai:h"}, []string{"openai>elon-musk:h"}},
		// selfCharges36: the answer turns the charge back ("Y खुद …").
		{"self: wanted control himself", "सैन फ्रांसिस्को। एलन मस्क ने सोमवार को संघीय अदालत में दायर अपनी नई अर्जी में ओपनएआई पर गैर-लाभकारी मिशन से मुंह मोड़ने का आरोप लगाया। ओपनएआई के वकीलों ने मंगलवार को इन दलीलों का विरोध करते हुए कहा कि मस्क खुद इस संस्था को मुनाफा कमाने वाली कंपनी बनाना चाहते थे।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}, nil},
		// Controls: खुद after the answerers themselves; no खुद.
		{"self control: the answerers themselves", "सैन फ्रांसिस्को। एलन मस्क ने सोमवार को संघीय अदालत में दायर अपनी नई अर्जी में ओपनएआई पर गैर-लाभकारी मिशन से मुंह मोड़ने का आरोप लगाया। ओपनएआई के वकीलों ने मंगलवार को कहा कि वे खुद अगले हफ्ते अदालत में पूरा ब्योरा रखेंगे।",
			[]string{"elon-musk>openai:h"}, []string{"openai>elon-musk:h"}},
		{"self control: no खुद", "सैन फ्रांसिस्को। एलन मस्क ने सोमवार को संघीय अदालत में दायर अपनी नई अर्जी में ओपनएआई पर गैर-लाभकारी मिशन से मुंह मोड़ने का आरोप लगाया। ओपनएआई के वकीलों ने मंगलवार को कहा कि अदालत अगले महीने सुनवाई करेगी।",
			[]string{"elon-musk>openai:h"}, []string{"openai>elon-musk:h"}},
		// toldBy36b: a stance between two others told twice inside a
		// critic's words (the repeat asks it only for a told stance).
		{"told twice in a critic's words", "डेट्रॉयट। कमला हैरिस ने बुधवार को कामगारों की एक सभा में डोनाल्ड ट्रंप पर अरबपतियों के हाथों बिक जाने का आरोप लगाया। हैरिस ने कहा कि ट्रंप एलन मस्क की तारीफ करते नहीं थकते। उन्होंने कहा कि ट्रंप ने पिछले हफ्ते भी मस्क की जमकर तारीफ की थी।",
			[]string{"kamala-harris>donald-trump:h"}, nil},
	}
	published := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	open := shippedAnalyzer(t)
	open.openGuards = true // (every screen and guard open)
	for _, r := range rows {
		title, body := "", r.text
		if h, b, ok := strings.Cut(r.text, " || "); ok {
			title, body = h, b
		}
		story := pipeline.Story{ID: "s36b", Title: title, Body: body, Published: published}
		screened := a.Analyze(story)
		plain := open.Analyze(story)
		if !reflect.DeepEqual(screened, plain) {
			t.Errorf("%s: screened %v, unscreened %v", r.name, referenceStances(screened), referenceStances(plain))
		}
		got := map[string]bool{}
		for _, s := range referenceStances(screened) {
			got[s] = true
		}
		for _, s := range r.has {
			if !got[s] {
				t.Errorf("%s: no %s in %v", r.name, s, referenceStances(screened))
			}
		}
		for _, s := range r.lacks {
			if got[s] {
				t.Errorf("%s: %s read in %v", r.name, s, referenceStances(screened))
			}
		}
	}
}
