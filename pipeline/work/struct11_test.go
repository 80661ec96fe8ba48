package work

import (
	"testing"
	"time"
)

// TestSession11Struct: structural constructions read in general form
// (session 11, STRUCT helper). "head || body" splits a headline from its
// body. Each mechanism has rows for the variants an outlet writes and
// rows it must leave alone.
func TestSession11Struct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// tailSpeaker11: after a headline colon that follows the words,
		// a tag of adjuncts and a speech verb closed by one name says
		// them.
		{"'…': रैली में बोले X", "'नरेंद्र मोदी देश के लिए खतरा हैं': रैली में बोले राहुल गांधी || ",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"'…': मुलाकात के बाद बोलीं X (feminine)", "'डोनाल्ड ट्रंप झूठ बोलते हैं': बहस के बाद बोलीं कमला हैरिस || ",
			[]string{"kamala-harris>donald-trump:h"}},
		{"'…': न्यूयॉर्क में मुलाकात के बाद X (no verb)", "'मैं मोदी का प्रशंसक हूं': न्यूयॉर्क में मुलाकात के बाद एलन मस्क || ",
			[]string{"elon-musk>narendra-modi:s"}},
		{"'…': संसद में X (no verb)", "'गौतम अडानी ने देश को धोखा दिया': संसद में राहुल गांधी || ",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"'…': X का खुला समर्थन (a label noun closing the headline)", "'पूरी तरह डोनाल्ड ट्रंप के साथ हूं': रैली के बाद एलन मस्क का खुला समर्थन || ",
			[]string{"elon-musk>donald-trump:s"}},
		{"'…': X की जमकर तारीफ", "'डोनाल्ड ट्रंप शानदार नेता हैं': एलन मस्क की जमकर तारीफ || ",
			[]string{"elon-musk>donald-trump:s"}},
		{"'…': X का तीखा हमला", "'नरेंद्र मोदी देश को गुमराह कर रहे हैं': राहुल गांधी का तीखा हमला || ",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a tag with an act of its own keeps its own reading", "'हम साथ हैं': ओपनएआई के साथ करार पर बोले सत्या नडेला || ", nil},
		{"two persons in the tag: no speaker chosen", "'यह शानदार शुरुआत है': रैली में ट्रंप और मस्क || ", nil},
		{"a quote with no one tracked in it gives nothing", "'देश बदल रहा है': रैली में बोले नरेंद्र मोदी || ", nil},
		// moneyFirst11: a headline puts the verb of giving or placing
		// before the sum, the party before or after the verb.
		{"X ने Y के कोष में दिए N डॉलर", "सैम ऑल्टमैन ने डोनाल्ड ट्रंप के शपथ ग्रहण कोष में दिए 10 लाख डॉलर || ",
			[]string{"sam-altman>donald-trump:s"}},
		{"X ने दिए Y के कोष में N डॉलर", "मेटा ने दिए डोनाल्ड ट्रंप के उद्घाटन कोष में 10 लाख डॉलर || ",
			[]string{"meta>donald-trump:s"}},
		{"X ने लगाए Y में N डॉलर", "सॉफ्टबैंक ने लगाए ओपनएआई में 40 अरब डॉलर || ",
			[]string{"softbank>openai:s"}},
		{"X ने Y में झोंके N करोड़ रुपये (body)", "रिलायंस ने अडानी समूह की परियोजना में झोंके 50 करोड़ रुपये।",
			[]string{"reliance>adani-group:s"}},
		{"X देंगे Y के अभियान को N डॉलर: a plan, not asserted", "एलन मस्क देंगे डोनाल्ड ट्रंप के अभियान को 4.5 करोड़ डॉलर || ",
			nil},
		{"a fine laid on Y is no funding", "यूरोपीय संघ ने गूगल पर लगाया 2.95 अरब यूरो का जुर्माना || ", nil},
		{"a sum given to no tracked party", "गूगल ने दिए 10 लाख डॉलर, कर्मचारियों को मिला बोनस || ", nil},
		{"a sum spent on buying is no gift to the bought", "एलन मस्क ने ट्विटर खरीदने में लगाए 44 अरब डॉलर।", nil},
		{"negated giving", "मेटा ने नहीं दिए डोनाल्ड ट्रंप के कोष में 10 लाख डॉलर || ", nil},
		// vocAddressee11: the one addressed when no name under से says
		// it — turned to ("Y की ओर मुड़कर कहा"), or called out at the
		// head of the quote by name or by an office the story gave.
		{"“राष्ट्रपति महोदय, आपके बिना …”", "राष्ट्रपति डोनाल्ड ट्रंप ने परियोजना का ऐलान किया। सैम ऑल्टमैन ने कहा, “राष्ट्रपति महोदय, आपके बिना यह संभव नहीं होता।”",
			[]string{"sam-altman>donald-trump:s"}},
		{"“प्रधानमंत्री जी, आप …” after पीएम X", "पीएम मोदी ने बजट पेश किया। राहुल गांधी ने कहा, “प्रधानमंत्री जी, आप झूठ बोल रहे हैं।”",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"“राष्ट्रपति महोदय, आप …”: the president of two offices named", "राष्ट्रपति डोनाल्ड ट्रंप और प्रधानमंत्री नरेंद्र मोदी की मुलाकात हुई। कमला हैरिस ने कहा, “राष्ट्रपति महोदय, आप झूठ बोल रहे हैं।”",
			[]string{"kamala-harris>donald-trump:h"}},
		{"“मिस्टर प्रेसिडेंट, … श्रेय आपको …”", "राष्ट्रपति डोनाल्ड ट्रंप ने परियोजना का ऐलान किया। मासायोशी सन ने कहा, “मिस्टर प्रेसिडेंट, यह नई शुरुआत है और इसका श्रेय आपको जाता है।”",
			[]string{"masayoshi-son>donald-trump:s"}},
		{"Y की ओर मुड़कर कहा, “… आपको …”", "मासायोशी सन ने डोनाल्ड ट्रंप की ओर मुड़कर कहा, “इसका श्रेय आपको जाता है।”",
			[]string{"masayoshi-son>donald-trump:s"}},
		// Session 18: a watchlist office stands for its holder also
		// when the story never names them (the blind dev gold); one
		// given to someone untracked is still nobody's.
		{"an office the story never named (the holder's)", "राहुल गांधी ने कहा, “प्रधानमंत्री जी, आप झूठ बोल रहे हैं।”", []string{"rahul-gandhi>narendra-modi:h"}},
		{"an office of another kind than the one named (the holder's)", "राष्ट्रपति डोनाल्ड ट्रंप ने परियोजना का ऐलान किया। राहुल गांधी ने कहा, “प्रधानमंत्री जी, आप झूठ बोल रहे हैं।”", []string{"rahul-gandhi>narendra-modi:h"}},
		{"an office given to someone untracked", "ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने भाषण दिया। डोनाल्ड ट्रंप ने कहा, “प्रधानमंत्री जी, आप झूठ बोल रहे हैं।”", nil},
		// secondDative11: आपको/तुम्हें in someone's words is the one
		// addressed, as a name under को.
		{"“मैं आपको बधाई देता हूं,” X ने Y से कहा", "“मैं आपको जीत की बधाई देता हूं,” डोनाल्ड ट्रंप ने नरेंद्र मोदी से कहा।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"X ने Y से कहा, “तुम्हें …” (as before)", "एलन मस्क ने सैम ऑल्टमैन से कहा, “तुम्हें धोखेबाज कहा जाना चाहिए।”",
			[]string{"elon-musk>sam-altman:h"}},
		{"the reporter's aside आपको बता दें is no one addressed", "आपको बता दें कि डोनाल्ड ट्रंप ने कल रैली की थी।", nil},
		// nameTaken11: "X ने Y का नाम लेकर/लेते हुए कहा …" is a pointed
		// attack when X says nothing else of Y there.
		{"X ने Y का नाम लेकर कहा कि <kind noun> …", "कमला हैरिस ने एलन मस्क का नाम लेकर कहा कि कुछ अरबपति लोकतंत्र को बाजार समझते हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"X ने Y का नाम लेते हुए कहा, “…” (first name in the quote)", "सत्या नडेला ने एलन मस्क का नाम लेते हुए कहा, “एलन को बोलने दीजिए, हम काम करेंगे।”",
			[]string{"satya-nadella>elon-musk:h"}},
		{"X ने A और B का नाम लेते हुए आरोप लगाया कि …", "राहुल गांधी ने मुकेश अंबानी और गौतम अडानी का नाम लेते हुए आरोप लगाया कि दोनों उद्योगपति छोटे दुकानदारों का धंधा निगल रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>mukesh-ambani:h"}},
		{"X बोले: Y का नाम लेकर … (organisation named)", "मार्क जुकरबर्ग ने ओपनएआई का नाम लेकर लिखा कि खुलापन सिर्फ नाम में रह गया है।",
			[]string{"mark-zuckerberg>openai:h"}},
		{"naming Y to praise is praise", "डोनाल्ड ट्रंप ने एलन मस्क का नाम लेकर कहा कि वह शानदार इंसान हैं।",
			[]string{"donald-trump>elon-musk:s"}},
		{"naming Y with thanks is thanks", "नरेंद्र मोदी ने सत्या नडेला का नाम लेकर उन्हें धन्यवाद दिया।",
			[]string{"narendra-modi>satya-nadella:s"}},
		{"not naming Y: no attack by this rule", "सत्या नडेला ने पूरे भाषण में गूगल का नाम नहीं लिया।", nil},
		{"a negated naming attack says nothing", "सत्या नडेला ने गूगल का नाम लेकर कुछ नहीं कहा।", nil},
		// ownerGen11 (readVerbFirst): a verb-first headline's object owner
		// past an adjective or a sum with its own genitive.
		// (Session 35: a plain refusal of Y's offer, bid or proposal is no
		// stance, SCHEMA ruling rule 4, in the headline order too:
		// plainRefusalFirst35; the owner is still found, see TestRefusal35.)
		{"X ने ठुकराया Y का N डॉलर का प्रस्ताव", "ओपनएआई ने ठुकराया एलन मस्क का 97.4 अरब डॉलर का प्रस्ताव || ",
			nil},
		{"X ने ठुकराई Y की N डॉलर की बोली (feminine)", "ओपनएआई बोर्ड ने ठुकराई एलन मस्क की 97 अरब डॉलर की बोली || ",
			nil},
		{"X ने ठुकराया Y का नया प्रस्ताव (adjective)", "टेस्ला ने ठुकराया एलन मस्क का नया प्रस्ताव || ",
			nil},
		{"X ने ठुकराए Y के दो प्रस्ताव (plural, number)", "ओपनएआई ने ठुकराए एलन मस्क के दो प्रस्ताव || ",
			nil},
		{"no tracked owner before the sum", "ओपनएआई ने ठुकराया कर्मचारियों का 10 अरब डॉलर का प्रस्ताव || ", nil},
		{"a postposition between breaks the owner", "ओपनएआई ने ठुकराया एलन मस्क का अदालत में दिया प्रस्ताव || ", nil},
		// fundDonation11: a gift into an inauguration or campaign fund
		// named without its owner funds the person the story is about.
		{"… और X ने शपथ ग्रहण कोष में N डॉलर का चंदा दिया", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप के साथ रात्रिभोज किया और मेटा ने शपथ ग्रहण कोष में 10 लाख डॉलर का चंदा दिया।",
			[]string{"meta>donald-trump:s"}},
		{"A और B ने भी उद्घाटन कोष में N डॉलर दिए हैं (owner in the sentence before)", "डोनाल्ड ट्रंप के उद्घाटन समारोह की तैयारी चल रही है। गूगल और माइक्रोसॉफ्ट ने भी उद्घाटन कोष में दस-दस लाख डॉलर दिए हैं।",
			[]string{"google>donald-trump:s", "microsoft>donald-trump:s"}},
		{"X ने चुनावी फंड में दान दिया", "कमला हैरिस की रैली में भीड़ जुटी। रीड हॉफमैन ने चुनावी फंड में बड़ा दान दिया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"headline: उद्घाटन कोष में X ने दिए N डॉलर", "डोनाल्ड ट्रंप का शपथ ग्रहण: उद्घाटन कोष में ओपनएआई ने दिए 10 लाख डॉलर || ",
			[]string{"openai>donald-trump:s"}},
		{"one's own campaign fund", "एलन मस्क ने अपने चुनावी कोष में 10 लाख डॉलर डाले।", nil},
		{"a relief fund is no one's campaign", "नरेंद्र मोदी ने अपील की। गूगल ने राहत कोष में 10 लाख डॉलर दिए।", nil},
		{"the giver's own chief is no owner", "मार्क जुकरबर्ग मार-ए-लागो गए। मेटा ने शपथ ग्रहण कोष में 10 लाख डॉलर का दान दिया।", nil},
		// parOfNoun11: a name under पर that is the object of an act noun
		// between it and the frame is what was done to it, not the
		// frame's target.
		{"Y पर Z के जुर्माने से भड़के X", "गूगल पर यूरोपीय संघ के 2.95 अरब यूरो के जुर्माने से भड़के डोनाल्ड ट्रंप || ", nil},
		{"Y पर लगे जुर्माने पर X नाराज", "गूगल पर लगे जुर्माने पर डोनाल्ड ट्रंप नाराज || ", nil},
		{"X ने Y पर लगे प्रतिबंधों की आलोचना की (body)", "डोनाल्ड ट्रंप ने मेटा पर लगे प्रतिबंधों की कड़ी आलोचना की।", nil},
		{"Y पर हुए हमले से भड़के X", "एलन मस्क पर हुए हमले से भड़के डोनाल्ड ट्रंप || ", nil},
		{"the charged stays charged: X ने Y पर … को कुचलने का आरोप लगाया", "माइक्रोसॉफ्ट ने गूगल पर बाजार में प्रतिस्पर्धा को कुचलने का आरोप लगाया।",
			[]string{"microsoft>google:h"}},
		{"the frame's own पर: X ने Y पर तीखा हमला बोला", "राहुल गांधी ने नरेंद्र मोदी पर तीखा हमला बोला।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// quoteParent11: a quote after "X बोले-" is X's words, not those of
		// the subject of the comma clause after it.
		{"X बोले- '…', Z ने … ऐलान (Z the owner's company)", "डोनाल्ड ट्रंप बोले- 'मार्क जुकरबर्ग सही रास्ते पर हैं', मेटा ने किया था बदलाव का ऐलान || ",
			[]string{"donald-trump>mark-zuckerberg:s"}},
		{"X बोले- '…', Y के वकील ने कहा- …", "एलन मस्क बोले- 'सैम ऑल्टमैन ने मुझसे झूठ बोला', ओपनएआई के वकील ने कहा- जलन में दायर केस || ",
			[]string{"elon-musk>sam-altman:h"}},
		{"X ने कहा- '…', Z ने … (feminine speaker)", "कमला हैरिस ने कहा- 'डोनाल्ड ट्रंप झूठे हैं', मेटा ने किया नए फीचर का ऐलान || ",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
