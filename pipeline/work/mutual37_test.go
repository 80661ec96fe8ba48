package work

import (
	"testing"
	"time"
)

// TestSession37PraiseReturned: praise returned in the very next sentence
// (praiseReturned37, mutual37.go). Y praises X; X's next sentence, with
// no reply word and no "भी", talks about Y with a praising word that no
// frame ties to Y, or calls Y something with no hostile word: X → Y
// supportive. The rows give only Y → X without the reading. Controls,
// unchanged: the calling negated, after an attack, a sentence later;
// words with no praising word, a sentence in between, a negator, a
// third party named.
func TestSession37PraiseReturned(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a joint press meeting", "वॉशिंगटन। राष्ट्रपति डोनाल्ड ट्रंप ने गुरुवार को व्हाइट हाउस में साझा प्रेस वार्ता के दौरान प्रधानमंत्री नरेंद्र मोदी को 'बेहद सख्त और समझदार वार्ताकार' बताया। मोदी ने कहा कि ट्रंप के दौर में दोनों देशों के बीच भरोसे की मजबूत नींव पड़ी है।",
			[]string{"donald-trump>narendra-modi:s", "narendra-modi>donald-trump:s"}},
		{"an investor praised", "पाम बीच। मार-ए-लागो में डोनाल्ड ट्रंप ने सॉफ्टबैंक के मासायोशी सन को 'हमारे दौर का सबसे साहसी निवेशक' बताया। सन ने कहा कि ट्रंप के दौर में अमेरिका में निवेश का शानदार माहौल बना है।",
			[]string{"donald-trump>masayoshi-son:s", "masayoshi-son>donald-trump:s"}},
		{"X calls Y something", "टोक्यो। सॉफ्टबैंक के मासायोशी सन ने सोमवार को एक कार्यक्रम में सैम ऑल्टमैन को 'इस दौर का सबसे भरोसेमंद साथी' बताया। ऑल्टमैन ने मंच से सन को एक ऐसा निवेशक बताया जो दस साल आगे की सोचता है।",
			[]string{"masayoshi-son>sam-altman:s", "sam-altman>masayoshi-son:s"}},
		{"X calls Y something, a place between", "नई दिल्ली। प्रधानमंत्री नरेंद्र मोदी ने बुधवार को सुंदर पिचाई से मुलाकात के बाद उनकी खुलकर तारीफ की। पिचाई ने गुरुवार को बेंगलुरु के एक कार्यक्रम में मोदी को डिजिटल बदलाव का असली सूत्रधार कहा।",
			[]string{"narendra-modi>sundar-pichai:s", "sundar-pichai>narendra-modi:s"}},
		// Controls.
		{"calling negated", "टोक्यो। सॉफ्टबैंक के मासायोशी सन ने सोमवार को एक कार्यक्रम में सैम ऑल्टमैन को 'इस दौर का सबसे भरोसेमंद साथी' बताया। ऑल्टमैन ने हालांकि सन को ओपनएआई का मालिक नहीं बताया।",
			[]string{"masayoshi-son>sam-altman:s"}},
		{"calling after an attack", "टोक्यो। सॉफ्टबैंक के मासायोशी सन ने सोमवार को एक कार्यक्रम में सैम ऑल्टमैन की कड़ी आलोचना की। ऑल्टमैन ने मंच से सन को एक ऐसा निवेशक बताया जो दस साल आगे की सोचता है।",
			[]string{"masayoshi-son>sam-altman:h"}},
		{"calling a sentence later", "टोक्यो। सॉफ्टबैंक के मासायोशी सन ने सोमवार को एक कार्यक्रम में सैम ऑल्टमैन को 'इस दौर का सबसे भरोसेमंद साथी' बताया। दोनों कंपनियों ने बाद में जापान में एक नया उपक्रम शुरू करने का ऐलान किया। ऑल्टमैन ने मंच से सन को एक ऐसा निवेशक बताया जो दस साल आगे की सोचता है।",
			[]string{"masayoshi-son>sam-altman:s"}},
		{"no praising word", "वॉशिंगटन। राष्ट्रपति डोनाल्ड ट्रंप ने गुरुवार को साझा प्रेस वार्ता में प्रधानमंत्री नरेंद्र मोदी को 'बेहद सख्त और समझदार वार्ताकार' बताया। मोदी ने कहा कि ट्रंप के साथ व्यापार और रक्षा पर विस्तार से बात हुई।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"a sentence in between", "वॉशिंगटन। राष्ट्रपति डोनाल्ड ट्रंप ने गुरुवार को साझा प्रेस वार्ता में प्रधानमंत्री नरेंद्र मोदी को 'बेहद सख्त और समझदार वार्ताकार' बताया। दोनों नेताओं ने बाद में रक्षा सौदों पर अलग से बैठक की। मोदी ने कहा कि ट्रंप के दौर में दोनों देशों के बीच भरोसे की मजबूत नींव पड़ी है।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"a negator", "पाम बीच। मार-ए-लागो में डोनाल्ड ट्रंप ने सॉफ्टबैंक के मासायोशी सन को 'हमारे दौर का सबसे साहसी निवेशक' बताया। सन ने कहा कि ट्रंप के दौर में भी अमेरिका में निवेश का शानदार माहौल नहीं बन पाया है।",
			[]string{"donald-trump>masayoshi-son:s"}},
		{"a third party named", "पाम बीच। मार-ए-लागो में डोनाल्ड ट्रंप ने सॉफ्टबैंक के मासायोशी सन को 'हमारे दौर का सबसे साहसी निवेशक' बताया। सन ने कहा कि ट्रंप और एलन मस्क के दौर में अमेरिका में निवेश का शानदार माहौल बना है।",
			[]string{"donald-trump>masayoshi-son:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession37MotiveThenDenial: a suit's motive followed by a denial
// in a clause of its own (suitMotiveAfter33, coordAfter37). "यह मुकदमा
// '… उत्पीड़न की मुहिम का हिस्सा' है और इसमें कोई दम नहीं है": the
// negator past "और" denies the suit's merit, not the motive. The rows
// give only the suit without the reading. Controls, unchanged: the
// motive itself negated; a denial only.
func TestSession37MotiveThenDenial(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"motive quoted, then a denial", "सैन फ्रांसिस्को। एलन मस्क ने पिछले महीने ओपनएआई के खिलाफ एक और मुकदमा दायर किया था। ओपनएआई के प्रवक्ता ने बुधवार को जारी बयान में कहा कि मस्क का यह मुकदमा 'उत्पीड़न की लगातार चल रही मुहिम का हिस्सा' है और इसमें कोई दम नहीं है।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		// Controls.
		{"the motive negated", "सैन फ्रांसिस्को। एलन मस्क ने पिछले महीने ओपनएआई के खिलाफ एक और मुकदमा दायर किया था। ओपनएआई के प्रवक्ता ने बुधवार को कहा कि कंपनी इस मुकदमे को उत्पीड़न नहीं मानती और अदालत में हर आरोप का जवाब देगी।",
			[]string{"elon-musk>openai:h"}},
		{"a denial only", "सैन फ्रांसिस्को। एलन मस्क ने पिछले महीने ओपनएआई के खिलाफ एक और मुकदमा दायर किया था। ओपनएआई के प्रवक्ता ने बुधवार को कहा कि मुकदमे में कोई दम नहीं है और कंपनी अदालत में जवाब देगी।",
			[]string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession37AnsweredTitle: a headline's counter-attack whose attack
// the body tells as earlier words (answeredTitle37, mutual37.go). The
// rows give only X → Y without the reading. Controls, unchanged: Y's
// words told as news of the day (no था), Y's earlier words praising,
// a headline attack that is no reply.
func TestSession37AnsweredTitle(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X named", "ऑल्टमैन का मस्क पर पलटवार: 'हमें किसी के सर्टिफिकेट की जरूरत नहीं' || सैन फ्रांसिस्को। ओपनएआई के सीईओ सैम ऑल्टमैन ने बुधवार को एक पॉडकास्ट में कहा कि कंपनी अपने रास्ते पर चलती रहेगी और नए मॉडल अगले महीने आएंगे। एलन मस्क ने पिछले हफ्ते एक्स पर लिखा था कि ओपनएआई को अब अपना नाम बदल कर क्लोज्डएआई रख लेना चाहिए।",
			[]string{"sam-altman>elon-musk:h", "elon-musk>sam-altman:h"}},
		{"X's company named", "पिचाई का नडेला पर पलटवार: 'हम किसी की नकल नहीं करते' || बेंगलुरु। गूगल के सीईओ सुंदर पिचाई ने मंगलवार को एक सम्मेलन में कहा कि कंपनी अपनी तकनीक खुद बनाती है। माइक्रोसॉफ्ट के सत्या नडेला ने पिछले महीने कहा था कि गूगल अब एआई की दौड़ में दूसरे नंबर पर खिसक गया है।",
			[]string{"sundar-pichai>satya-nadella:h", "satya-nadella>sundar-pichai:h"}},
		// Controls.
		{"news of the day", "पिचाई का नडेला पर पलटवार: 'हम किसी की नकल नहीं करते' || बेंगलुरु। गूगल के सीईओ सुंदर पिचाई ने मंगलवार को एक सम्मेलन में कहा कि कंपनी अपनी तकनीक खुद बनाती है। माइक्रोसॉफ्ट के सत्या नडेला ने बुधवार को कहा कि गूगल अब एआई की दौड़ में दूसरे नंबर पर खिसक गया है।",
			[]string{"sundar-pichai>satya-nadella:h"}},
		{"earlier praise", "ऑल्टमैन का मस्क पर पलटवार: 'हमें किसी के सर्टिफिकेट की जरूरत नहीं' || सैन फ्रांसिस्को। ओपनएआई के सीईओ सैम ऑल्टमैन ने बुधवार को एक पॉडकास्ट में कहा कि कंपनी अपने रास्ते पर चलती रहेगी। एलन मस्क ने कुछ साल पहले कहा था कि ओपनएआई की टीम दुनिया की सबसे शानदार टीम है।",
			[]string{"sam-altman>elon-musk:h", "elon-musk>openai:s", "elon-musk>sam-altman:s"}},
		{"no reply in the headline", "ऑल्टमैन ने मस्क पर साधा निशाना: 'हमें किसी के सर्टिफिकेट की जरूरत नहीं' || सैन फ्रांसिस्को। ओपनएआई के सीईओ सैम ऑल्टमैन ने बुधवार को एक पॉडकास्ट में कहा कि कंपनी अपने रास्ते पर चलती रहेगी और नए मॉडल अगले महीने आएंगे। एलन मस्क ने पिछले हफ्ते एक्स पर लिखा था कि ओपनएआई को अब अपना नाम बदल कर क्लोज्डएआई रख लेना चाहिए।",
			[]string{"sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession37PraiseAnsweredCompany: praise answered by words about the
// praiser's company (praiseAnswered35 with tiedAfter37 and
// namesBesidesSaid37). The rows give only Y → X without the reading.
// Controls, unchanged: a platform before कि with plain words; a company
// not the praiser's.
func TestSession37PraiseAnsweredCompany(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the praiser's company in the answer", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने गुरुवार को नई दिल्ली में कहा कि प्रधानमंत्री नरेंद्र मोदी का 'सबके लिए एआई' का नजरिया दुनिया के लिए मिसाल है। मोदी ने जवाब में लिखा कि माइक्रोसॉफ्ट के इस फैसले से देश के लाखों युवाओं को नए मौके मिलेंगे।",
			[]string{"satya-nadella>narendra-modi:s", "narendra-modi>satya-nadella:s"}},
		{"headline praise, body answer", "पिचाई ने की मोदी की तारीफ, बोले- भारत का डिजिटल सफर मिसाल || नई दिल्ली। गूगल के सीईओ सुंदर पिचाई ने गुरुवार को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की और देश में नए डेटा सेंटर का ऐलान किया। मोदी ने जवाब में लिखा कि गूगल के इस कदम से विशाखापत्तनम के युवाओं को नए मौके मिलेंगे।",
			[]string{"sundar-pichai>narendra-modi:s", "narendra-modi>sundar-pichai:s"}},
		// Controls.
		{"a platform before कि", "एलन मस्क ने बुधवार को कहा कि प्रधानमंत्री नरेंद्र मोदी भारत के लिए शानदार काम कर रहे हैं। मोदी ने भी एक्स पर लिखा कि मस्क के साथ कई विषयों पर बातचीत हुई।",
			[]string{"elon-musk>narendra-modi:s"}},
		{"a company not the praiser's", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने गुरुवार को नई दिल्ली में कहा कि प्रधानमंत्री नरेंद्र मोदी का 'सबके लिए एआई' का नजरिया दुनिया के लिए मिसाल है। मोदी ने जवाब में लिखा कि गूगल के इस फैसले से देश के लाखों युवाओं को नए मौके मिलेंगे।",
			[]string{"satya-nadella>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
