package work

import (
	"testing"
	"time"
)

// TestEpithets38: more of the ways outlets write a tracked person's
// title (deploy/watchlist.yaml, session 38 EPI): यूएस राष्ट्रपति, the
// president's number, Latin-script titles in Hindi copy (Tesla CEO,
// OpenAI के CEO), Nadella as Microsoft's chairman, Ambani as RIL's CMD
// (सीएमडी a role noun), the Adani group's other spellings, SoftBank's
// chairman, Musk as xAI's owner, "प्रतिपक्ष के नेता". Each title stands
// for a holder the story never names. Controls: a former holder, the
// office before the holder took it, another house or assembly, a
// relative's company, "second richest".
func TestEpithets38(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"US president written यूएस",
			"वॉशिंगटन, 5 जून। टैक्स बिल पर तकरार के बीच यूएस राष्ट्रपति ने गुरुवार को ट्रुथ सोशल पर लिखा कि एलन मस्क का दिमाग खराब हो गया है।",
			[]string{"donald-trump>elon-musk:h"}},
		{"the 47th president",
			"अमेरिका के 47वें राष्ट्रपति ने ओवल ऑफिस में पत्रकारों से बातचीत में एलन मस्क पर अहसानफरामोशी का आरोप लगाया।",
			[]string{"donald-trump>elon-musk:h"}},
		{"Latin-script title, genitive dropped",
			"Tesla CEO ने रविवार देर रात एक्स पर कई पोस्ट किए और डोनाल्ड ट्रंप के खर्च वाले बिल को पागलपन करार दिया।",
			[]string{"elon-musk>donald-trump:h"}},
		{"Latin-script organisation and role",
			"पेरिस, 11 फरवरी। OpenAI के CEO ने एआई सम्मेलन से इतर एक इंटरव्यू में एलन मस्क को असुरक्षित इंसान बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"Microsoft's chairman",
			"रेडमंड में डेवलपर सम्मेलन के दूसरे दिन माइक्रोसॉफ्ट के चेयरमैन ने सैम ऑल्टमैन की जमकर तारीफ की और उन्हें दूरदर्शी बताया।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"RIL's CMD",
			"मुंबई में कंपनी की सालाना आम बैठक में रिलायंस इंडस्ट्रीज के सीएमडी ने प्रधानमंत्री नरेंद्र मोदी की सराहना की।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"the group written ग्रुप",
			"अहमदाबाद में एक कार्यक्रम के दौरान अडानी ग्रुप के चेयरमैन ने प्रधानमंत्री नरेंद्र मोदी की तारीफ की।",
			[]string{"gautam-adani>narendra-modi:s"}},
		{"SoftBank's chairman",
			"टोक्यो में निवेशकों की बैठक में सॉफ्टबैंक के चेयरमैन ने सैम ऑल्टमैन की तारीफ की और उन्हें इस दौर का सबसे प्रतिभाशाली उद्यमी बताया।",
			[]string{"masayoshi-son>sam-altman:s"}},
		{"xAI's owner",
			"एक्सएआई के मालिक ने बुधवार को ओपनएआई पर मुकदमा दायर कर दिया और आरोप लगाया कि उसने अपने मकसद से धोखा किया।",
			[]string{"elon-musk>openai:h"}},
		{"प्रतिपक्ष के नेता",
			"नई दिल्ली, 3 जुलाई। प्रतिपक्ष के नेता ने बुधवार को संसद परिसर में प्रधानमंत्री पर देश को गुमराह करने का आरोप लगाया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"प्रतिपक्ष is no name after a party's leader",
			"पटना, 10 नवंबर। बिहार में प्रचार के आखिरी दिन प्रधानमंत्री नरेंद्र मोदी ने कई रैलियां कीं। अमेरिका के डोनाल्ड ट्रंप का भी एक भाषण में जिक्र आया। मोदी ने कहा कि कांग्रेस के नेता प्रतिपक्ष विदेश जाकर भारत के लोकतंत्र को कमजोर बताते हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},

		// Controls.
		{"another assembly's opposition leader",
			"बिहार विधानसभा में प्रतिपक्ष के नेता ने मुख्यमंत्री पर आरोप लगाया कि राहुल गांधी के इशारे पर गठबंधन टूटा।",
			nil},
		{"the other house",
			"राज्यसभा में प्रतिपक्ष के नेता ने प्रधानमंत्री पर देश को गुमराह करने का आरोप लगाया।",
			nil},
		{"a former chairman named",
			"माइक्रोसॉफ्ट के पूर्व चेयरमैन बिल गेट्स ने एलन मस्क की आलोचना की और कहा कि मस्क गरीबों की मदद में कटौती कर रहे हैं।",
			nil},
		{"Jio's chairman is not the RIL chairman",
			"मुंबई में रिलायंस जियो के चेयरमैन ने प्रधानमंत्री नरेंद्र मोदी की तारीफ की।",
			nil},
		{"second richest",
			"एशिया के दूसरे सबसे अमीर शख्स ने गुरुवार को प्रधानमंत्री नरेंद्र मोदी की तारीफ की।",
			nil},
		{"a former president in 2025",
			"अमेरिका के पूर्व राष्ट्रपति ने शिकागो में कहा कि एलन मस्क लोकतंत्र के लिए खतरा हैं।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 6, 0, 0, 0, 0, time.UTC), cases)

	// Titles before their holders took them.
	early := []stanceCase{
		{"Microsoft's chairman in 2019 was not Nadella",
			"रेडमंड में माइक्रोसॉफ्ट के चेयरमैन ने सैम ऑल्टमैन की तारीफ की और उन्हें दूरदर्शी बताया।",
			nil},
		{"Google's CEO in 2014 was not Pichai",
			"Google CEO ने एक सम्मेलन में एलन मस्क की तारीफ की और उन्हें दूरदर्शी बताया।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2014, 3, 6, 0, 0, 0, 0, time.UTC), early[1:])
	checkStanceCases(t, a, time.Date(2019, 3, 6, 0, 0, 0, 0, time.UTC), early[:1])
	// A former president while he was one (2023).
	checkStanceCases(t, a, time.Date(2023, 9, 6, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"the former president, with the country after",
			"अमेरिका के पूर्व राष्ट्रपति ने आयोवा की एक रैली में कमला हैरिस को नाकाम उपराष्ट्रपति बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
	})
}

// TestGivenName38: Nigel alone is Farage in a story that never names him
// in full (watchlist unambiguous); another Nigel named in full first
// takes the bare name over.
func TestGivenName38(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"Nigel alone in a post",
			"लंदन। ब्रिटिश सरकार की आव्रजन नीति पर बहस के बीच एलन मस्क ने एक्स पर लिखा कि नाइजल ही ब्रिटेन को बचा सकते हैं और उन्हें प्रधानमंत्री बनना चाहिए।",
			[]string{"elon-musk>nigel-farage:s"}},
		{"Nigel alone, written निगेल",
			"“निगेल सच्चे देशभक्त हैं,” डोनाल्ड ट्रंप ने स्कॉटलैंड के दौरे पर पत्रकारों से कहा।",
			[]string{"donald-trump>nigel-farage:s"}},
		{"another Nigel named in full first",
			"लंदन। पूर्व वित्त मंत्री नाइजल लॉसन की किताब पर चर्चा हुई। एलन मस्क ने एक्स पर लिखा कि नाइजल ही सही थे।",
			nil},
	})
}

// TestHeirJibe38: "कांग्रेस के युवराज" is the same jibe at Rahul Gandhi as
// "कांग्रेस के शहजादे" (a watchlist kind: the story must name him).
// Controls: the story never names him; a crown prince.
func TestHeirJibe38(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"the jibe after his name",
			"रोहतक में एक चुनावी सभा में प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी के विदेश दौरे का जिक्र किया। मोदी ने कहा कि कांग्रेस के युवराज को देश की कामयाबी रास नहीं आती और वे विदेश में भारत को बदनाम करते हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"never named: nobody",
			"रोहतक में एक चुनावी सभा में प्रधानमंत्री नरेंद्र मोदी ने कहा कि कांग्रेस के युवराज विदेश में भारत को बदनाम करते हैं।",
			nil},
		{"a crown prince",
			"रियाद में सऊदी अरब के युवराज ने राहुल गांधी से मुलाकात के बाद कहा कि भारत के साथ रिश्ते मजबूत होंगे।",
			nil},
	})
}

// TestHeadlineVerbs38: a headline's past verb written before its
// object's surname ("मस्क ने थामा ट्रंप का हाथ", "ट्रंप ने लताड़ा मस्क को")
// is a verb, not a given name that makes the surname another person's
// (grounding.yaml verbs). Controls: another given name before the
// surname still is another person.
func TestHeadlineVerbs38(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 6, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"थामा before the surname",
			"मस्क ने दोबारा थामा ट्रंप का हाथ, समर्थकों से बोले- मैं उनके साथ हूं || ",
			[]string{"elon-musk>donald-trump:s"}},
		{"लताड़ा before the surname",
			"ट्रंप ने लताड़ा मस्क को, कहा- सरकारी सब्सिडी के बिना कुछ नहीं || ",
			[]string{"donald-trump>elon-musk:h"}},
		{"ठोका before the surname",
			"मस्क ने ठोका ऑल्टमैन पर मुकदमा, लगाया धोखाधड़ी का आरोप || ",
			[]string{"elon-musk>sam-altman:h"}},
		{"फटकारा before the surname",
			"व्हाइट हाउस से ट्रंप ने फटकारा मस्क को, बोले- हद पार कर दी || ",
			[]string{"donald-trump>elon-musk:h"}},
		// Controls.
		{"another given name before the surname",
			"मस्क ने फिर थामा एरिक ट्रंप का हाथ || ",
			nil},
		{"the verb before a full name stays read",
			"मस्क ने थामा डोनाल्ड ट्रंप का हाथ || ",
			[]string{"elon-musk>donald-trump:s"}},
	})
}
