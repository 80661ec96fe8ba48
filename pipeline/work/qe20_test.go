package work

import (
	"testing"
	"time"
)

// TestSession20QE: quotes and epithets (session 20, QE helper). Each
// family has rows where it fires and rows where it must not.
func TestSession20QE(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A question answered: the topic of "Y पर सवाल" answered is no
		// one the answerer charges; a demand that Y answer still is.
		{"answered: फिर Y पर सवाल का जवाब दिया", "सत्या नडेला ने पहले बताया कि क्लाउड पर मांग बढ़ रही है, फिर ओपनएआई पर सवाल का जवाब दिया।", nil},
		{"answered: Y पर पूछे गए सवाल के जवाब में", "सुंदर पिचाई ने माइक्रोसॉफ्ट पर पूछे गए एक सवाल के जवाब में कहा कि प्रतिस्पर्धा अच्छी है।", nil},
		{"a demand: Y को सवालों के जवाब देने होंगे", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप को कई सवालों के जवाब देने होंगे।", []string{"kamala-harris>donald-trump:h"}},
		{"a retort to Y's question stays", "एलन मस्क के सवाल के जवाब में सैम ऑल्टमैन ने उन्हें झूठा कहा।", []string{"sam-altman>elon-musk:h"}},

		// Naming Y while merely talking (नाम लेकर बात/चर्चा की) is no
		// attack; naming Y while saying something still is.
		{"नाम लेकर बात की", "डोनाल्ड ट्रंप ने प्रेस वार्ता में नरेंद्र मोदी का नाम लेकर बात की।", nil},
		{"नाम लेकर कहा कि …", "डोनाल्ड ट्रंप ने नरेंद्र मोदी का नाम लेकर कहा कि भारत बहुत ज्यादा शुल्क लगाता है।", []string{"donald-trump>narendra-modi:h"}},

		// Mistreatment: Y हमारे साथ ठीक व्यवहार नहीं कर रहे / ने उनके
		// साथ बुरा बर्ताव किया — the doer is criticised, the victim is not.
		{"'Y हमारे साथ ठीक व्यवहार नहीं कर रहे'", "ट्रंप ने कहा, 'मोदी हमारे साथ ठीक व्यवहार नहीं कर रहे।'", []string{"donald-trump>narendra-modi:h"}},
		{"X ने कहा कि Y ने ठीक बर्ताव नहीं किया", "एलन मस्क ने कहा कि ओपनएआई ने कर्मचारियों के साथ ठीक बर्ताव नहीं किया।", []string{"elon-musk>openai:h"}},
		{"denied: Y ने बुरा बर्ताव नहीं किया", "डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी ने उनके साथ बुरा बर्ताव नहीं किया।", nil},
		{"no doer: साथ बुरा बर्ताव हो रहा है", "कमला हैरिस ने कहा कि प्रवासियों के साथ बुरा बर्ताव हो रहा है।", nil},
		{"untracked doer: भारत ने सही बर्ताव नहीं किया", "डोनाल्ड ट्रंप ने कहा कि भारत ने अमेरिका के साथ सही बर्ताव नहीं किया।", nil},

		// A quote-first story whose tag says whom the words are about
		// with "का जिक्र करते हुए" / "पर टिप्पणी करते हुए" (as "के बारे
		// में"): the words' वह is that person.
		{"“वह …” X ने Y का जिक्र करते हुए यह बात कही", "\"वह हर बहस में झूठ बोलती हैं।\" रैली में डोनाल्ड ट्रंप ने कमला हैरिस का जिक्र करते हुए यह बात कही।", []string{"donald-trump>kamala-harris:h"}},
		{"“वह …” X ने Y पर टिप्पणी करते हुए यह बात कही", "\"वह हर मोर्चे पर नाकाम रहे हैं।\" राहुल गांधी ने नरेंद्र मोदी पर टिप्पणी करते हुए यह बात कही।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"praise: “वह …” X ने Y का उल्लेख करते हुए कहा", "\"वह बहुत मेहनती नेता हैं।\" डोनाल्ड ट्रंप ने नरेंद्र मोदी का उल्लेख करते हुए यह बात कही।", []string{"donald-trump>narendra-modi:s"}},
		{"“वह …” X ने Y की ओर इशारा करते हुए यह बात कही", "\"वह हर बहस में झूठ बोलती हैं।\" डोनाल्ड ट्रंप ने कमला हैरिस की ओर इशारा करते हुए यह बात कही।", []string{"donald-trump>kamala-harris:h"}},
		{"“वह …” X ने Y के संदर्भ में यह बात कही", "\"वह हर बहस में झूठ बोलती हैं।\" डोनाल्ड ट्रंप ने कमला हैरिस के संदर्भ में यह बात कही।", []string{"donald-trump>kamala-harris:h"}},
		{"“वह …” X ने Y का हवाला देते हुए यह बात कही", "\"वह हर बहस में झूठ बोलती हैं।\" डोनाल्ड ट्रंप ने कमला हैरिस का हवाला देते हुए यह बात कही।", []string{"donald-trump>kamala-harris:h"}},
		{"Y named only after, with no about-tag", "\"वह हर बहस में झूठ बोलती हैं।\" डोनाल्ड ट्रंप ने यह बात कही। कमला हैरिस का जिक्र नहीं हुआ।", nil},

		// A bare election-win condition "Y जीतीं/जीते तो …" foretells
		// Y's rule: the consequence is asserted. With अगर, with a first
		// person's win, or with a neutral consequence it gives nothing.
		{"'Y जीतीं तो देश को दिवालिया कर देंगी,' X ने कहा", "'हैरिस जीतीं तो देश को दिवालिया कर देंगी,' डोनाल्ड ट्रंप ने रैली में कहा।", []string{"donald-trump>kamala-harris:h"}},
		{"X ने कहा कि Y जीतीं तो … कर देंगी (a name of two words)", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस जीतीं तो अमेरिका को कर्ज में डुबो देंगी।", []string{"donald-trump>kamala-harris:h"}},
		{"first person: हम जीते तो …", "डोनाल्ड ट्रंप ने कहा कि हम जीते तो कमला हैरिस की नीतियां खत्म कर देंगे।", nil},
		{"neutral consequence: Y जीतीं तो Z को पद मिलेगा", "कमला हैरिस जीतीं तो रीड हॉफमैन को बड़ा पद मिलेगा।", nil},

		// Confidence raised or restored by Y (Y की जीत से भरोसा लौटा /
		// बढ़ा, Y की जीत ने मेरा भरोसा बढ़ा दिया) is praise of Y; an
		// untracked speaker, or confidence not restored, gives nothing.
		{"X ने कहा कि Y की जीत से अमेरिका में भरोसा लौटा है", "मासायोशी सन ने कहा कि डोनाल्ड ट्रंप की जीत से अमेरिका में भरोसा लौटा है।", []string{"masayoshi-son>donald-trump:s"}},
		{"'Y की जीत ने मेरा भरोसा बढ़ा दिया है,' X", "\"ट्रंप की जीत ने मेरा भरोसा कई गुना बढ़ा दिया है,\" मासायोशी सन ने कहा।", []string{"masayoshi-son>donald-trump:s"}},
		{"X ने कहा कि Y की जीत से निवेशकों का विश्वास लौटा", "गौतम अडानी ने कहा कि नरेंद्र मोदी की जीत से निवेशकों का विश्वास लौटा है।", []string{"gautam-adani>narendra-modi:s"}},
		{"untracked speaker: एक विश्लेषक ने कहा …", "सॉफ्टबैंक के एक विश्लेषक ने कहा कि डोनाल्ड ट्रंप की जीत से अमेरिका में भरोसा लौटा है।", nil},
		{"not restored: Y की नीतियों से भरोसा नहीं लौटा", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप की नीतियों से भरोसा नहीं लौटा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
