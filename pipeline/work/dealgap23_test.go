package work

import (
	"testing"
	"time"
)

// TestSession23DealMadeGap: a deal presupposed as made by a participle of
// होना after its pair ("X और Y के बीच हुआ …", "Y के साथ हुए …") still
// counts when words describe the deal between the participle and its noun
// — a kind ("चिप करार"), a size ("बड़ा"), a term ("तीन साल का"), an act
// ("डेटा बांटने का") — as it does with the noun right after (SCHEMA: a
// deal presupposed as done counts, both ways). Rows written before the
// rule (schema11.go dealMadeGap23); none is a dev wording. A deal undone
// (रद्द, तोड़), one only hoped for, and the noun under को are not read.
func TestSession23DealMadeGap(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"kind noun between", "सॉफ्टबैंक और ओपनएआई के बीच हुआ चिप करार निवेशकों को भा गया।", []string{"openai>softbank:s", "softbank>openai:s"}},
		{"time before, term between", "गूगल और रिलायंस के बीच पिछले महीने हुआ तीन साल का विज्ञापन समझौता शेयरों में दिखा।", []string{"google>reliance:s", "reliance>google:s"}},
		{"act between", "मेटा और गूगल के बीच हुआ डेटा बांटने का समझौता इन दिनों सुर्खियों में है।", []string{"google>meta:s", "meta>google:s"}},
		{"size and kind between", "टेस्ला और एक्सएआई के बीच हुई बड़ी बैटरी डील निवेशकों को पसंद आई।", []string{"tesla>xai:s", "xai>tesla:s"}},
		// Must not fire.
		{"deal cancelled: the undoing alone", "सॉफ्टबैंक और ओपनएआई के बीच हुआ चिप करार रद्द हो गया।", []string{"openai>softbank:h", "softbank>openai:h"}},
		{"deal broken, under को", "गूगल ने रिलायंस के साथ हुए विज्ञापन समझौते को तोड़ दिया।", []string{"google>reliance:h"}},
		{"a demonstrative points back", "डोनाल्ड ट्रंप और मेटा का मुकदमा पिछले साल अदालत के बाहर निपटा था। मेटा ने कहा कि डोनाल्ड ट्रंप के साथ हुआ वह समझौता कायम रहेगा।", nil},
		{"a deal that may happen", "गूगल और रिलायंस के बीच नया विज्ञापन समझौता हो सकता है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
