package work

import (
	"testing"
	"time"
)

// Session 30 (FRESH-S): our own sentences for the fixes of the fresh
// files' supportive errors. The first rows of each test fail without the
// change named; the controls must stay as they are.

// TestFreshs30LedOfferToBuy: readLeadFunding (stance.go) reads "X के
// नेतृत्व में … ने Y को N डॉलर …" as a round X leads; an offer to buy Y
// at a price is no round (buying is no stance, SCHEMA).
func TestFreshs30LedOfferToBuy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"offer to buy, led group", "मार्क जुकरबर्ग के नेतृत्व में एक समूह ने एक्स कॉर्प को 40 अरब डॉलर में खरीदने की पेशकश रखी।", nil},
		{"acquisition bid, led investors", "एलन मस्क की अगुवाई में निवेशकों ने ओपनएआई को 90 अरब डॉलर में अधिग्रहण करने का प्रस्ताव दिया।", nil},
		// Controls: a round led by X is still X's funding.
		{"round led, funding", "सॉफ्टबैंक की अगुवाई में ओपनएआई ने 40 अरब डॉलर जुटाए।", []string{"softbank>openai:s"}},
		{"round led, ko funding", "माइक्रोसॉफ्ट के नेतृत्व में निवेशकों ने ओपनएआई को 10 अरब डॉलर की फंडिंग दी।", []string{"microsoft>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
