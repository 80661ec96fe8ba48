package work

import (
	"testing"
	"time"
)

// TestSession25Polarity: sentences that read a pair as supportive when
// they tell no asserted support (polarity25.go), each row of our own
// wording; every "fires" row fails with the guard off, every control
// row reads the same with it on or off.
func TestSession25Polarity(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Help told as a grievance (grievedHelp25).
		{"grievance: disappointed, and helped", "मार्क जुकरबर्ग ने कहा कि वे सैम ऑल्टमैन से बेहद निराश हैं और उन्होंने ऑल्टमैन की बहुत मदद की थी।", []string{"mark-zuckerberg>sam-altman:h"}},
		{"grievance: helped, and in return", "डोनाल्ड ट्रंप ने कहा कि उन्होंने एलन मस्क की बहुत मदद की, और बदले में उन्हें धोखा मिला।", nil},
		{"control: help with no grievance", "डोनाल्ड ट्रंप ने कहा कि उन्होंने चुनाव में नाइजल फराज की बहुत मदद की थी।", []string{"donald-trump>nigel-farage:s"}},
		{"control: a grievance denied", "सत्या नडेला ने कहा कि वे सैम ऑल्टमैन से निराश नहीं हैं और उन्होंने ऑल्टमैन की बहुत मदद की है।", []string{"satya-nadella>sam-altman:s"}},
		{"grievance: the quote's first sentence", "“मुझे नाइजल फराज से बड़ी निराशा हुई है। मैंने उनकी बहुत मदद की,” एलन मस्क ने एक इंटरव्यू में कहा।", []string{"elon-musk>nigel-farage:h"}},
		{"control: the quote's first sentence is no grievance", "“नाइजल फराज से मेरी पुरानी पहचान है। मैंने उनकी बहुत मदद की,” एलन मस्क ने एक इंटरव्यू में कहा।", []string{"elon-musk>nigel-farage:s"}},
		// Talk of a plan (planTalk25).
		{"plan talk: donation", "पिछले महीने तक एलन मस्क नाइजल फराज की पार्टी को चंदा देने की बात कर रहे थे।", nil},
		{"plan talk: campaign money", "कुछ दिन पहले तक रीड हॉफमैन कमला हैरिस के अभियान को चंदा देने की बात कर रहे थे।", nil},
		{"control: the donation made", "पिछले महीने एलन मस्क ने नाइजल फराज की पार्टी को चंदा दिया था।", []string{"elon-musk>nigel-farage:s"}},
		// A relationship's past state (pastRelation25).
		{"past state: were good", "मुकेश अंबानी ने कहा, 'गौतम अडानी और मेरे रिश्ते पहले काफी अच्छे थे।'", nil},
		{"past state: his ties were good", "सुंदर पिचाई ने कहा कि सत्या नडेला के साथ उनके रिश्ते अच्छे थे।", nil},
		{"control: ties good now", "सत्या नडेला ने कहा, 'सुंदर पिचाई और मेरे रिश्ते बहुत अच्छे हैं।'", []string{"satya-nadella>sundar-pichai:s"}},
		{"control: ties had become good again", "मुकेश अंबानी ने कहा, 'गौतम अडानी और मेरे रिश्ते फिर अच्छे हो गए थे।'", []string{"mukesh-ambani>gautam-adani:s"}},
		// A mending that only seems under way (seemingRelation25).
		{"seeming: improving", "महीनों की तनातनी के बाद मुकेश अंबानी और गौतम अडानी के रिश्ते सुधरते दिख रहे हैं।", []string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		{"seeming: normalising", "सैम ऑल्टमैन और एलन मस्क के रिश्ते फिर सामान्य होते दिखाई दे रहे हैं।", nil},
		{"control: mended", "सैम ऑल्टमैन और एलन मस्क के रिश्ते फिर सामान्य हो गए हैं।", []string{"elon-musk>sam-altman:s", "sam-altman>elon-musk:s"}},
		// The one replaced is no target (chunk.go: "X की जगह").
		{"replaced: in place of", "राहुल गांधी ने कहा कि नरेंद्र मोदी की जगह किसी और को देश की कमान सौंपी जानी चाहिए।", nil},
		{"replaced: the other is backed", "नाइजल फराज ने कमला हैरिस की जगह डोनाल्ड ट्रंप का समर्थन किया।", []string{"nigel-farage>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
