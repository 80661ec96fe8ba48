package work

import "testing"

// TestSession10Ground holds the session-10 grounding pass, in sentences of
// our own: a tracked surname after a common word (a noun, demonstrative,
// adjective, number, verb) is the person, not a namesake, and the bare
// surname after it keeps its antecedent; true namesakes stay out.
func TestSession10Ground(t *testing.T) {
	cases := []groundingCase{
		// A common noun right before the surname.
		{"noun before surname after a full name", "", "डोनाल्ड ट्रंप ने बुधवार को बयान दिया। यह नोटिस ट्रंप की ओर से भेजा गया। ट्रंप ने एलन मस्क की आलोचना की।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप", "body:ट्रंप"}, []string{"donald-trump>elon-musk:h"}},
		{"inquiry noun before surname", "", "नरेंद्र मोदी ने बुधवार को भाषण दिया। यह जांच मोदी के दफ्तर से शुरू हुई। मोदी ने राहुल गांधी की आलोचना की।",
			"narendra-modi", []string{"body:नरेंद्र मोदी", "body:मोदी", "body:मोदी"}, nil},
		{"feminine noun before surname", "", "एलन मस्क ने कंपनी की बैठक बुलाई। उस बैठक मस्क ने साफ कहा कि सैम ऑल्टमैन भरोसे के लायक नहीं हैं।",
			"elon-musk", []string{"body:एलन मस्क", "body:मस्क"}, nil},
		{"letter noun before surname", "", "मुकेश अंबानी ने शेयरधारकों को लिखा। इस चिट्ठी अंबानी ने अपनी योजना बताई।",
			"mukesh-ambani", []string{"body:मुकेश अंबानी", "body:अंबानी"}, nil},
		{"court noun before surname", "", "गौतम अडानी पर आरोप लगे। अमेरिकी अदालत अडानी के खिलाफ सुनवाई करेगी। अडानी ने आरोपों को गलत बताया।",
			"gautam-adani", []string{"body:गौतम अडानी", "body:अडानी", "body:अडानी"}, nil},
		{"policy noun before surname", "", "डोनाल्ड ट्रंप ने नया टैक्स लगाया। इस टैक्स ट्रंप ने चीन को निशाना बनाया। ट्रंप ने कहा कि यह जरूरी है।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप", "body:ट्रंप"}, nil},
		{"number before surname", "", "एलन मस्क ने कई पोस्ट किए। सोमवार सुबह दस बजे मस्क ने फिर लिखा। मस्क ने ट्रंप का समर्थन किया।",
			"elon-musk", []string{"body:एलन मस्क", "body:मस्क", "body:मस्क"}, nil},
		{"adjective before surname", "", "राहुल गांधी ने रैली की। नाराज गांधी ने सरकार पर हमला बोला। गांधी ने कहा कि मोदी झूठ बोलते हैं।",
			"rahul-gandhi", []string{"body:राहुल गांधी", "body:गांधी", "body:गांधी"}, nil},
		{"honorific before surname", "", "नरेंद्र मोदी दिल्ली पहुंचे। श्री मोदी ने कहा कि देश आगे बढ़ रहा है। मोदी जी ने सबका धन्यवाद किया।",
			"narendra-modi", []string{"body:नरेंद्र मोदी", "body:मोदी", "body:मोदी जी"}, nil},
		{"verb before surname", "", "सैम ऑल्टमैन ने नया मॉडल पेश किया। कंपनी का कहना है कि मॉडल तेज है, बताते ऑल्टमैन ने कहा कि यह सुरक्षित है।",
			"sam-altman", []string{"body:सैम ऑल्टमैन", "body:ऑल्टमैन"}, nil},
		// Genitive and compound with the surname.
		{"surname in an administration compound", "", "डोनाल्ड ट्रंप ने चुनाव जीता। ट्रंप प्रशासन ने नए टैरिफ लगाए।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप"}, nil},
		{"surname with a company genitive", "", "एलन मस्क अमीर हैं। मस्क की कंपनी ने नया रॉकेट छोड़ा।",
			"elon-musk", []string{"body:एलन मस्क", "body:मस्क"}, nil},
		// Surname alone after the title named the person in full.
		{"surname in body after a full title", "एलन मस्क ने सैम ऑल्टमैन पर साधा निशाना", "मस्क ने एक्स पर लिखा कि ऑल्टमैन भरोसे के लायक नहीं हैं।",
			"elon-musk", []string{"title:एलन मस्क", "body:मस्क"}, nil},
		{"surname in quotes", "", "डोनाल्ड ट्रंप ने भाषण दिया। समर्थकों ने ‘ट्रंप’ के नारे लगाए।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप"}, nil},
		// Latin script inside Devanagari text.
		{"Latin surname with a postposition", "", "Elon Musk ने कहा कि Trump गलत हैं।",
			"elon-musk", []string{"body:Elon Musk"}, nil},
		{"Latin bare surname", "", "एलन मस्क ने बयान दिया। बाद में Musk ने सफाई दी।",
			"elon-musk", []string{"body:एलन मस्क", "body:Musk"}, nil},
		// Joined names.
		{"hyphen-joined surnames", "मोदी-ट्रंप मुलाकात पर सबकी नजर", "",
			"donald-trump", []string{"title:ट्रंप"}, nil},
		{"hyphen-joined rivals", "मस्क-ऑल्टमैन की जंग तेज", "",
			"sam-altman", []string{"title:ऑल्टमैन"}, nil},
		// A state adjective, an age in -ीय, a conjunctive participle or a
		// feminine plural before the surname.
		{"mood adjective before surname", "", "नरेंद्र मोदी मंच पर पहुंचे। भावुक मोदी ने कार्यकर्ताओं का धन्यवाद किया।",
			"narendra-modi", []string{"body:नरेंद्र मोदी", "body:मोदी"}, nil},
		{"delighted before surname", "", "डोनाल्ड ट्रंप चुनाव जीते। गदगद ट्रंप ने एलन मस्क की तारीफ की।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप"}, []string{"donald-trump>elon-musk:s"}},
		{"age adjective before surname", "", "डोनाल्ड ट्रंप ने रैली की। 79 वर्षीय ट्रंप ने कहा कि वे थके नहीं हैं।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप"}, nil},
		{"conjunctive participle before surname", "", "मार्क जुकरबर्ग ने एक तस्वीर साझा की। तस्वीर पोस्ट करके जुकरबर्ग ने लिखा, फिर मंच पर बैठकर जुकरबर्ग ने एलन मस्क का मजाक उड़ाया।",
			"mark-zuckerberg", []string{"body:मार्क जुकरबर्ग", "body:जुकरबर्ग", "body:जुकरबर्ग"}, nil},
		{"feminine plural before surname", "", "राहुल गांधी ने कहा कि ये नीतियां मोदी सरकार की विफलता हैं।",
			"narendra-modi", []string{"body:मोदी"}, nil},
		{"verb before a hyphen pair of surnames", "कैसे टूटा ट्रंप-मस्क का रिश्ता", "",
			"donald-trump", []string{"title:ट्रंप"}, nil},
		{"a name in -कर with a vowel sign stays a name", "", "सुधाकर मोदी ने दुकान खोली।",
			"narendra-modi", []string{}, nil},
		{"quantifier and possessive before a noun before surname", "", "रीड हॉफमैन ने कहा कि अब उनका पूरा जोर हैरिस को जिताने पर है।",
			"kamala-harris", []string{"body:हैरिस"}, nil},
		{"a given name that is also a word stays a name", "", "पत्रकार सारा हैरिस ने लंदन में इंटरव्यू लिया।",
			"kamala-harris", []string{}, nil},
		{"evaluative after a given name is no surname", "", "डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की और कहा कि एलन कमाल के इंसान हैं।",
			"elon-musk", []string{"body:एलन मस्क", "body:एलन"}, nil},
		{"a surname that is also a lexicon word stays a namesake", "", "गूगल के सह-संस्थापक लैरी पेज ने नई कंपनी शुरू की।",
			"larry-ellison", []string{}, nil},
		{"adjective opener before a noun before surname", "", "सुंदर पिचाई ने सम्मेलन में भाषण दिया। नई तकनीक पिचाई ने खुद मंच पर दिखाई।",
			"sundar-pichai", []string{"body:सुंदर पिचाई", "body:पिचाई"}, nil},
		{"English plural of a lexicon noun before surname", "", "डोनाल्ड ट्रंप ने रैली की। मीडिया रिपोर्ट्स ट्रंप की सेहत पर सवाल उठाती रहीं।",
			"donald-trump", []string{"body:डोनाल्ड ट्रंप", "body:ट्रंप"}, nil},
		// True namesakes stay out.
		{"namesake Lalit Modi", "", "ललित मोदी ने आईपीएल पर बयान दिया। मोदी ने कहा कि वे लौटेंगे।",
			"narendra-modi", []string{}, nil},
		{"namesake Sam Curran", "", "सैम करन ने शानदार गेंदबाजी की।",
			"sam-altman", []string{}, nil},
		{"namesake Rahul Dravid", "", "राहुल द्रविड़ ने टीम की तारीफ की।",
			"rahul-gandhi", []string{}, nil},
		{"namesake Anil Ambani", "", "अनिल अंबानी ने कर्ज चुकाया। अंबानी ने कहा कि कंपनी बचेगी।",
			"mukesh-ambani", []string{}, nil},
		{"namesake Trump Junior", "", "ट्रंप जूनियर ने रैली में भाषण दिया।",
			"donald-trump", []string{}, nil},
		{"namesake Sonia Gandhi", "", "सोनिया गांधी ने बैठक की अध्यक्षता की। गांधी ने कहा कि पार्टी एकजुट है।",
			"rahul-gandhi", []string{}, nil},
		{"namesake Faraz Khan", "", "फराज खान ने फिल्म पूरी की।",
			"nigel-farage", []string{}, nil},
		{"namesake after tracked in same story", "", "नरेंद्र मोदी ने बैठक की। भगोड़े नीरव मोदी पर कार्रवाई हुई। मोदी ने कहा कि कानून सबके लिए है।",
			"narendra-modi", []string{"body:नरेंद्र मोदी"}, nil},
	}
	checkGroundingCases(t, cases)
}
