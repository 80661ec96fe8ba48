package work

import (
	"testing"
	"time"
)

// TestReject34b (session 34 round 2, reject2): the speaker of a
// rejection's second sentence as outlets write it (reject34b.go) — an
// organisation's singular pronoun (उसने) and an organisation noun under
// के मुताबिक/अनुसार — and controls: plain words of the same speakers,
// a pronoun not right after the organisation's sentence, a person's
// sentence before, an organisation noun not opening the sentence.
func TestReject34b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"उसने after the org's denial, lies", " || मेटा ने कमला हैरिस के आरोपों से इनकार किया। उसने कहा कि ये आरोप सरासर झूठे हैं।", []string{"meta>kamala-harris:h"}},
		{"उसने after the org's rejection, motivated", " || गूगल ने डोनाल्ड ट्रंप के दावों को खारिज कर दिया। उसने कहा कि ये दावे राजनीति से प्रेरित हैं।", []string{"google>donald-trump:h"}},
		{"उसने, smear attempt", " || टेस्ला ने कमला हैरिस के आरोपों का खंडन किया। उसने कहा कि यह कंपनी की छवि खराब करने की कोशिश है।", []string{"tesla>kamala-harris:h"}},
		{"कंपनी के मुताबिक, motivated", " || गूगल ने डोनाल्ड ट्रंप के आरोपों को खारिज कर दिया। कंपनी के मुताबिक ये आरोप राजनीति से प्रेरित हैं।", []string{"google>donald-trump:h"}},
		{"समूह के मुताबिक, fabricated", " || मेटा ने कमला हैरिस के आरोपों का खंडन किया है। समूह के मुताबिक ये आरोप पूरी तरह मनगढ़ंत हैं।", []string{"meta>kamala-harris:h"}},
		{"ctl उसने, plain wrong", " || मेटा ने कमला हैरिस के आरोपों से इनकार किया। उसने कहा कि ये आरोप गलत हैं।", nil},
		{"ctl कंपनी के मुताबिक, rules followed", " || गूगल ने डोनाल्ड ट्रंप के दावों को खारिज कर दिया। कंपनी के मुताबिक उसने हर नियम का पालन किया है।", nil},
		{"ctl कंपनी के अनुसार, baseless", " || गूगल ने डोनाल्ड ट्रंप के दावों को नकार दिया। कंपनी के अनुसार ये दावे निराधार हैं।", nil},
		{"ctl उसने two sentences on", " || मेटा ने कमला हैरिस के आरोपों से इनकार किया। शेयर बाजार में हलचल रही। उसने कहा कि ये आरोप सरासर झूठे हैं।", nil},
		{"ctl a person denied (as before)", " || डोनाल्ड ट्रंप ने कमला हैरिस के आरोपों से इनकार किया। उसने कहा कि ये आरोप सरासर झूठे हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"ctl some company's view", " || गूगल ने डोनाल्ड ट्रंप के आरोपों को खारिज कर दिया। बाजार की एक कंपनी के मुताबिक ये आरोप राजनीति से प्रेरित हैं।", nil},
		// a denial verb takes the claim as खारिज does (deniedVerb34b)
		{"claims denied (नकार), plot next sentence", " || मेटा ने कमला हैरिस के दावों को नकार दिया। मेटा ने कहा कि यह एक सोची-समझी साजिश है।", []string{"meta>kamala-harris:h"}},
		{"claims turned down (अस्वीकार), ploy", " || गूगल ने डोनाल्ड ट्रंप के दावों को अस्वीकार किया। गूगल ने कहा कि यह ध्यान भटकाने की चाल है।", []string{"google>donald-trump:h"}},
		{"ctl claims denied (नकार), wrong", " || मेटा ने कमला हैरिस के दावों को नकार दिया। मेटा ने कहा कि यह गलत है।", nil},
		// a bare spokesperson right after the organisation's sentence (orgProxy34b)
		{"spokesperson after the org's answer, fake", " || मेटा ने कमला हैरिस के आरोपों पर सफाई दी। प्रवक्ता ने कहा कि ये आरोप फर्जी हैं।", []string{"meta>kamala-harris:h"}},
		{"spokesperson after the org's rejection, motivated", " || गूगल ने डोनाल्ड ट्रंप के आरोपों को खारिज किया। प्रवक्ता ने कहा कि ये आरोप राजनीति से प्रेरित हैं।", []string{"google>donald-trump:h"}},
		{"ctl spokesperson, plain wrong", " || गूगल ने डोनाल्ड ट्रंप के आरोपों को खारिज किया। प्रवक्ता ने कहा कि ये आरोप गलत हैं।", nil},
		{"ctl spokesperson after a person's sentence", " || डोनाल्ड ट्रंप ने कमला हैरिस के आरोपों को खारिज किया। प्रवक्ता ने कहा कि ये आरोप राजनीति से प्रेरित हैं।", nil},
		{"ctl spokesperson two sentences on", " || गूगल ने डोनाल्ड ट्रंप के आरोपों को खारिज किया। बाजार शांत रहा। प्रवक्ता ने कहा कि ये आरोप राजनीति से प्रेरित हैं।", nil},
	})
}
