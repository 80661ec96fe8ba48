package work

import (
	"testing"
	"time"
)

// TestSession20Ref2: who a pronoun is in long reports (session 20, REF2
// helper). Each rule has rows where it fires and rows where it must not.
func TestSession20Ref2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A relative clause on a record of Y's words ("Y का बयान/वीडियो/
		// पत्र …, जिसमें उन्होंने …"): the one who speaks in it is Y,
		// not the story's last agent.
		{"Y का बयान चलाया गया, जिसमें उन्होंने कहा", "एलन मस्क ने ओपनएआई पर मुकदमा किया है। अदालत में सत्या नडेला का पहले रिकॉर्ड किया गया बयान चलाया गया, जिसमें उन्होंने कहा कि उन्हें ओपनएआई के साथ साझेदारी पर गर्व है।", []string{"elon-musk>openai:h", "satya-nadella>openai:s"}},
		{"Y का एक वीडियो दिखाया गया, जिसमें उन्होंने", "एलन मस्क ने ओपनएआई पर मुकदमा किया है। सुनवाई में सत्या नडेला का एक वीडियो दिखाया गया, जिसमें उन्होंने कहा कि सैम ऑल्टमैन एक शानदार नेता हैं।", []string{"elon-musk>openai:h", "satya-nadella>sam-altman:s"}},
		{"Y का भाषण, जिसमें वे", "राहुल गांधी ने सरकार पर सवाल उठाए। इसके बाद डोनाल्ड ट्रंप का एक पुराना भाषण वायरल हुआ, जिसमें उन्होंने नरेंद्र मोदी को अपना सच्चा दोस्त बताया।", []string{"donald-trump>narendra-modi:s"}},
		{"X ने Y के बयान पर जवाब दिया, जिसमें उन्होंने stays X", "एलन मस्क ने ओपनएआई पर मुकदमा किया है। सुनवाई में सत्या नडेला के बयान पर एलन मस्क ने जवाब दिया, जिसमें उन्होंने कहा कि सैम ऑल्टमैन एक शानदार नेता हैं।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:s"}},
		{"Y की बैठक (no record), जिसमें उन्होंने stays the last agent", "एलन मस्क ने ओपनएआई पर मुकदमा किया है। सुनवाई में सत्या नडेला के दफ्तर की एक बैठक का जिक्र हुआ, जिसमें उन्होंने कहा कि सैम ऑल्टमैन एक शानदार नेता हैं।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:s"}},

		// A later conjunct's own subject ("Y ने … सिखाया और वे उनका …")
		// does what that conjunct says, not the earlier ने-agent.
		{"कहा कि Y ने … सिखाया और वे उनका सम्मान करते हैं", "गौतम अडानी ने कहा कि मुकेश अंबानी ने उन्हें कारोबार करना सिखाया और वे उनका बहुत सम्मान करते हैं।", []string{"gautam-adani>mukesh-ambani:s"}},
		{"a quote closing before और", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने कंपनी को 'बड़े सपने देखना सिखाया' और वे उनकी खुलकर तारीफ करते हैं।", []string{"satya-nadella>sam-altman:s"}},
		{"main clause stays right (split there already)", "एलन मस्क ने रैली में लंबा भाषण दिया और डोनाल्ड ट्रंप उनकी तारीफ करते रहे।", []string{"donald-trump>elon-musk:s"}},
		{"… और Y चुप हैं says something of Y (no object)", "राहुल गांधी ने कहा कि डोनाल्ड ट्रंप कह चुके हैं कि उन्होंने युद्ध रुकवाया और नरेंद्र मोदी चुप हैं।", nil},
		{"no coordinator: the agent stays", "मुकेश अंबानी ने गौतम अडानी का बहुत सम्मान किया।", []string{"mukesh-ambani>gautam-adani:s"}},
		{"a noun before और is no verb", "डोनाल्ड ट्रंप ने नाइजल फराज और एलन मस्क की तारीफ की।", []string{"donald-trump>elon-musk:s", "donald-trump>nigel-farage:s"}},

		// A sentence adverb closes a possessed subject ("उनकी पार्टी
		// अब …"): a postposition past it is not the owner's.
		{"उनकी पार्टी अब दो दलों की व्यवस्था को चुनौती", "एलन मस्क ने नाइजल फराज की खुलकर तारीफ की। नाइजल फराज ने एक रैली में कहा कि उनकी पार्टी अब दो दलों की पुरानी व्यवस्था को चुनौती दे रही है।", []string{"elon-musk>nigel-farage:s"}},
		{"Y की कंपनी फिलहाल … की आलोचना", "डोनाल्ड ट्रंप ने रैली की। एलन मस्क ने कहा कि उनकी कंपनी फिलहाल सरकार के नए नियमों की आलोचना कर रही है।", nil},
		{"Y की तकनीक अभी अधूरी है stays judged", "सुंदर पिचाई ने कहा कि टेस्ला की सेल्फ-ड्राइविंग तकनीक अभी अधूरी है।", []string{"sundar-pichai>tesla:h"}},
		{"Y की नीतियां अब … बर्बाद कर रही हैं stays", "राहुल गांधी ने कहा कि नरेंद्र मोदी की नीतियां अब देश को बर्बाद कर रही हैं।", []string{"rahul-gandhi>narendra-modi:h"}},

		// "हाल ही में" after a title is no name: the office is not given
		// to someone untracked called हाल (grounding.yaml function words).
		{"भारत के प्रधानमंत्री हाल ही में आए थे, 'वे मेरे दोस्त हैं'", "राहुल गांधी ने सरकार पर हमला बोला। डोनाल्ड ट्रंप ने कहा कि भारत के प्रधानमंत्री हाल ही में आए थे, 'वे मेरे बहुत अच्छे दोस्त हैं'।", []string{"donald-trump>narendra-modi:s"}},
		{"प्रधानमंत्री हाल में …, later प्रधानमंत्री मोदी still grounds", "डोनाल्ड ट्रंप ने कहा कि प्रधानमंत्री हाल में व्हाइट हाउस आए थे। बाद में राहुल गांधी ने प्रधानमंत्री मोदी पर देश को गुमराह करने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"another country's prime minister stays no one", "ब्रिटेन के प्रधानमंत्री ने हाल ही में डोनाल्ड ट्रंप की जमकर तारीफ की।", nil},

		// A quoted वे after someone untracked named by an office alone
		// ("ब्रिटेन के प्रधानमंत्री …, 'वे …'") is that person.
		{"ब्रिटेन के प्रधानमंत्री हाल ही में आए थे, 'वे मेरे दोस्त हैं'", "राहुल गांधी ने सरकार पर हमला बोला। डोनाल्ड ट्रंप ने कहा कि ब्रिटेन के प्रधानमंत्री हाल ही में आए थे, 'वे मेरे बहुत अच्छे दोस्त हैं'।", nil},
		{"a tracked name after the office is the one spoken of", "राहुल गांधी ने सरकार पर हमला बोला। डोनाल्ड ट्रंप ने कहा कि ब्रिटेन के प्रधानमंत्री के बाद नरेंद्र मोदी आए थे, 'वे मेरे बहुत अच्छे दोस्त हैं'।", []string{"donald-trump>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
