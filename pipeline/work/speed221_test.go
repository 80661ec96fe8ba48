package work

import (
	"reflect"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestSpeed21ScanStartsListed: Matcher.scanTokens over a field's listed
// alias-start tokens (prepareBuf's markStart) finds the same matches, in
// the same order, as its token-by-token screen, on every dev story.
func TestSpeed21ScanStartsListed(t *testing.T) {
	a := shippedAnalyzer(t)
	scan := func(f *field) []rawMatch {
		var out []rawMatch
		a.matcher.scanTokens(f, func(r rawMatch) { out = append(out, r) })
		return out
	}
	n := 0
	for _, g := range devGold(t) {
		for _, text := range []string{g.Story.Title, g.Story.Body} {
			if text == "" {
				continue
			}
			f := a.prepare("body", text)
			if !f.titled {
				t.Fatal("prepareBuf did not list the field's marked tokens")
			}
			listed := scan(f)
			f.titled = false // the token-by-token screen
			if unlisted := scan(f); !reflect.DeepEqual(listed, unlisted) {
				t.Fatalf("story %s: listed starts give %v, the screen %v", g.Story.ID, listed, unlisted)
			}
			n += len(listed)
		}
	}
	if n == 0 {
		t.Fatal("no alias matched on dev")
	}
}

// TestSpeed21ScratchReused: a field, its Text and the amounts' buffer live
// in the pooled scratch; a story analysed after others (longer, with
// amounts, offices and quotes) reads exactly as on a fresh analyser.
func TestSpeed21ScratchReused(t *testing.T) {
	stories := []pipeline.Story{
		{ID: "a", Title: "कंपनी ने पाँच सौ करोड़ रुपये का सौदा किया", Body: "बोर्ड ने कहा कि यह सौदा ज़रूरी था। \"हम आगे बढ़ेंगे,\" प्रवक्ता ने कहा। कुल लागत दो अरब डॉलर बताई गई।"},
		{ID: "b", Title: "", Body: "मंत्री ने बैठक बुलाई।"},
		{ID: "c", Title: "बाज़ार में गिरावट", Body: "निवेशकों ने क़रीब सौ करोड़ रुपये निकाले। विश्लेषकों ने कहा कि हालात सुधरेंगे।"},
	}
	fresh := func(s pipeline.Story) pipeline.Analysis {
		return shippedAnalyzer(t).Analyze(s)
	}
	a := shippedAnalyzer(t)
	for round := range 2 {
		for _, s := range stories {
			got, want := a.Analyze(s), fresh(s)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, story %s: reused scratch gives %+v, a fresh analyser %+v", round, s.ID, got, want)
			}
		}
	}
}
