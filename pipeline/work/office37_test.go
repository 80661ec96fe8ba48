package work

import (
	"testing"
	"time"
)

// TestOffice37QuoteTag: a quote over sentences whose tag, after the
// closing mark, names its speaker by an office or title in force
// ("…,” लोकसभा में नेता प्रतिपक्ष ने कहा") says its first sentences too
// (officeTag37), as a tag by name did.
func TestOffice37QuoteTag(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"chamber phrase before the office, words over two sentences",
			"नई दिल्ली, 4 फरवरी। बजट सत्र के दौरान मंगलवार को लोकसभा में रोजगार के आंकड़ों पर जोरदार हंगामा हुआ। “प्रधानमंत्री ने युवाओं से झूठे वादे किए हैं। करोड़ों नौकरियों का वादा कहां गया, इसका जवाब सदन को मिलना चाहिए,” लोकसभा में नेता प्रतिपक्ष ने सदन के बाहर पत्रकारों से बातचीत में कहा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"bare office tag, place and time between speaker and verb",
			"पटना, 12 अक्टूबर। बिहार चुनाव के प्रचार के आखिरी दिन सियासी बयानबाजी तेज रही। “राहुल गांधी विदेश जाकर देश की छवि खराब करते हैं। ऐसे लोगों को जनता सबक सिखाएगी,” प्रधानमंत्री ने रविवार को गया की एक जनसभा में कहा।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"office tag with a White House phrase",
			"वॉशिंगटन, 6 जून। टैक्स बिल पर छिड़ी बहस अब निजी हमलों तक पहुंच गई है। “एलन मस्क ने सारी हदें पार कर दी हैं। उन्होंने सरकारी ठेकों के लिए ही मेरा साथ दिया था,” अमेरिकी राष्ट्रपति ने गुरुवार को व्हाइट हाउस में पत्रकारों से कहा।",
			[]string{"donald-trump>elon-musk:h"}},
		{"a tag sentence after the quote points back at it",
			"नई दिल्ली, 4 फरवरी। बजट सत्र के दौरान मंगलवार को रोजगार के आंकड़ों पर जोरदार हंगामा हुआ। “प्रधानमंत्री ने युवाओं से झूठे वादे किए हैं।” यह बात लोकसभा में नेता प्रतिपक्ष ने संसद परिसर में मीडिया से कही।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"the agent first in the tag sentence, this-word before the verb",
			"पटना, 12 अक्टूबर। बिहार चुनाव के प्रचार के आखिरी दिन सियासी बयानबाजी तेज रही। “राहुल गांधी विदेश जाकर देश की छवि खराब करते हैं। जनता उन्हें सबक सिखाएगी।” प्रधानमंत्री ने रविवार को गया की एक जनसभा में यह बात कही।",
			[]string{"narendra-modi>rahul-gandhi:h"}},

		// Controls: another house's office, another country's, a former
		// holder, an aide of the office, and an untracked person's title
		// give no speaker.
		{"another house",
			"नई दिल्ली, 4 फरवरी। बजट सत्र के दौरान मंगलवार को संसद में रोजगार के आंकड़ों पर जोरदार हंगामा हुआ। “प्रधानमंत्री ने युवाओं से झूठे वादे किए हैं। इसका जवाब सदन को मिलना चाहिए,” राज्यसभा में नेता प्रतिपक्ष ने कहा।",
			nil},
		{"another country's office",
			"लंदन, 9 मार्च। ब्रिटिश संसद में सोमवार को आप्रवासन नीति पर तीखी बहस हुई। “सरकार ने जनता से झूठ बोला है। इस नीति का हिसाब देना होगा,” ब्रिटेन के नेता प्रतिपक्ष ने कहा।",
			nil},
		{"a former holder",
			"वॉशिंगटन, 6 जून। चुनावी चंदे पर बहस तेज है। “एलन मस्क ने लोकतंत्र को खरीदने की कोशिश की है। यह बेहद खतरनाक है,” पूर्व राष्ट्रपति ने शिकागो की एक सभा में कहा।",
			nil},
		{"an aide of the office",
			"वॉशिंगटन, 6 जून। चुनावी चंदे पर बहस तेज है। “एलन मस्क ने लोकतंत्र को खरीदने की कोशिश की है। यह बेहद खतरनाक है,” राष्ट्रपति के एक पूर्व सलाहकार ने कहा।",
			nil},
		{"an untracked person's title",
			"पटना, 12 अक्टूबर। प्रचार के आखिरी दिन बयानबाजी तेज रही। “राहुल गांधी विदेश जाकर देश की छवि खराब करते हैं। जनता सबक सिखाएगी,” भाजपा के प्रदेश अध्यक्ष ने कहा।",
			nil},
		{"another house, tag sentence after",
			"नई दिल्ली, 4 फरवरी। बजट सत्र के दौरान मंगलवार को रोजगार के आंकड़ों पर जोरदार हंगामा हुआ। “प्रधानमंत्री ने युवाओं से झूठे वादे किए हैं।” यह बात राज्यसभा में नेता प्रतिपक्ष ने मीडिया से कही।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 6, 0, 0, 0, 0, time.UTC), cases)
}
