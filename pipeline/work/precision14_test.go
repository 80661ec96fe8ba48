package work

import (
	"testing"
	"time"
)

// TestSession14Precision: stances the engine asserted on dev that the
// gold and SCHEMA do not have (session 14, PRECISION helper). Each rule
// has rows where it fires and rows where the stance stays.
func TestSession14Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A reply that frames its own words is judged by them: a quip
		// or a boast naming no one is no retort.
		{"इसके जवाब में X ने लिखा कि <quip>", "एलन मस्क ने माइक्रोसॉफ्ट का मजाक उड़ाया। इसके जवाब में माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने लिखा कि लोग बरसों से यही कोशिश कर रहे हैं।", []string{"elon-musk>microsoft:h", "elon-musk>satya-nadella:h"}}, // the mockery of Microsoft counts on its tied chief (session 25 ruling)
		{"X ने जवाब में दावा किया कि <own company's boast>", "सुंदर पिचाई ने टेस्ला की कारों की आलोचना की। एलन मस्क ने जवाब में दावा किया कि अगले साल टेस्ला के पास सबसे बड़ा बेड़ा होगा।", []string{"sundar-pichai>tesla:h"}},
		{"जवाब में कहा कि <the attacker named> stays a retort", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। जवाब में ऑल्टमैन ने एक इंटरव्यू में कहा कि मस्क एक 'दुखी इंसान' हैं।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"जवाब में लिखा कि <attack by title> stays a retort", "नरेंद्र मोदी ने राहुल गांधी पर तंज कसा। जवाब में राहुल ने लिखा कि प्रधानमंत्री घबरा गए हैं।", []string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"जवाब में कहा कि <hostile word> stays", "एलन मस्क ने ओपनएआई पर हमला बोला। इसके जवाब में ओपनएआई ने एक लंबे बयान में कहा कि ऐसे बयान शर्मनाक हैं।", []string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"a bare reply without words is no retort", "एलन मस्क ने ओपनएआई को धोखेबाज कहा। जवाब में ओपनएआई ने मस्क के पुराने ईमेल जारी किए।", []string{"elon-musk>openai:h"}},
		// Restraint in reply (जवाब में संयम/चुप्पी) attacks no one.
		{"जवाब में संयम दिखाया", "एलन मस्क ने नाइजल फराज पर निशाना साधा। फराज ने जवाब में संयम दिखाया।", []string{"elon-musk>nigel-farage:h"}},
		{"जवाब में चुप्पी साधी", "डोनाल्ड ट्रंप ने मार्क जुकरबर्ग की आलोचना की। जुकरबर्ग ने जवाब में चुप्पी साधे रखी।", []string{"donald-trump>mark-zuckerberg:h"}},

		// A charge found to have nothing in it is rejected, no stance;
		// "Y में दम नहीं" still judges Y.
		{"Y के आरोपों में कोई दम नहीं", "गूगल के प्रवक्ता ने कहा कि एलन मस्क के आरोपों में कोई दम नहीं है।", nil},
		{"Y में दम नहीं stays an attack", "एलन मस्क ने कहा कि कमला हैरिस में देश चलाने का दम नहीं है।", []string{"elon-musk>kamala-harris:h"}},

		// "Y की आलोचना बेबुनियाद है" said by one Y attacked: Y's own
		// criticism rejected, no defence of Y; said by a bystander it
		// stays a defence.
		{"Y की आलोचना बेबुनियाद (Y attacked the speaker's company)", "एलन मस्क ने कहा कि सॉफ्टबैंक के पास पैसा ही नहीं है। टोक्यो में पत्रकारों के सवाल पर मासायोशी सन ने कहा कि मस्क की आलोचना बेबुनियाद है।", []string{"elon-musk>softbank:h"}},
		{"Y की आलोचना बेबुनियाद (bystander) stays a defence", "मासायोशी सन ने कहा कि मस्क की आलोचना बेबुनियाद है।", []string{"masayoshi-son>elon-musk:s"}},

		// "Y से जुड़े N" qualifies N (what relates to Y): Y is a topic,
		// not the partner of an agreement; a plain "Y से" stays.
		{"Y से जुड़े मामले … पर सहमति जताई", "एलन मस्क और सैम ऑल्टमैन ने ओपनएआई से जुड़े कानूनी मामले को सुलझाने के लिए एक मध्यस्थ की नियुक्ति पर सहमति जताई है।", nil},
		{"Y से हाथ मिलाया stays an alliance", "गूगल ने रिलायंस से हाथ मिलाया।", []string{"google>reliance:s", "reliance>google:s"}},

		// A law named by the offence it targets is no charge.
		{"विदेशी भ्रष्टाचार कानून के अमल पर रोक", "अडानी समूह ने कहा कि ट्रंप प्रशासन द्वारा विदेशी भ्रष्टाचार कानून के अमल पर रोक के बाद उसे उम्मीद है कि मामला जल्द खत्म होगा।", nil},
		{"Y को भ्रष्टाचारी बताया stays", "डोनाल्ड ट्रंप ने कमला हैरिस को भ्रष्टाचारी बताया।", []string{"donald-trump>kamala-harris:h"}},

		// An act named as the topic of a question put to someone is no
		// one's stance; the act itself stays.
		{"Y का बचाव करने के सवाल पर X ने कहा …", "भाजपा की ओर से गौतम अडानी का बचाव करने के सवाल पर राहुल गांधी ने कहा कि पार्टी किसी कंपनी की प्रवक्ता नहीं है।", nil},
		{"Y का समर्थन करने के सवाल पर …", "एलन मस्क का समर्थन करने के सवाल पर नाइजल फराज ने कहा कि वह अभी कुछ नहीं कहेंगे।", nil},
		{"X ने Y का बचाव किया stays", "राहुल गांधी ने गौतम अडानी का बचाव किया।", []string{"rahul-gandhi>gautam-adani:s"}},

		// "Y इंटरव्यू में": the outlet hosting the interview is a place.
		{"Y इंटरव्यू में X के निशाने पर Z", "एक्सियोस इंटरव्यू में डोनाल्ड ट्रंप के निशाने पर कमला हैरिस।", []string{"donald-trump>kamala-harris:h"}},
		{"Y पर निशाना (not an interview) stays", "डोनाल्ड ट्रंप ने एक्सियोस पर निशाना साधा।", []string{"donald-trump>axios:h"}},

		// A tie word said of a former tie, or of a tie to something
		// damned, praises no one; a plain tie word stays praise.
		{"Y को 'पूर्व साझेदार' बताया", "सैम ऑल्टमैन ने एलन मस्क को ओपनएआई का पूर्व साझेदार बताया।", nil},
		{"Y इस विफल योजना के साझेदार हैं", "राहुल गांधी ने कहा कि गौतम अडानी इस विफल योजना के साझेदार हैं।", nil},
		{"Y को भरोसेमंद साझेदार बताया stays", "मुकेश अंबानी ने गूगल को रिलायंस का भरोसेमंद साझेदार बताया।", []string{"mukesh-ambani>google:s"}},

		// The former staff of Y are not Y; Y itself stays a target.
		{"Y के पूर्व कर्मचारियों पर मुकदमा", "एक्सएआई ने ओपनएआई के पूर्व कर्मचारियों पर मुकदमा किया।", nil},
		{"Y पर मुकदमा stays", "एक्सएआई ने ओपनएआई पर मुकदमा किया।", []string{"xai>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
