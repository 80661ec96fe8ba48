package work

import (
	"testing"
	"time"
)

// TestSession11GroundFollowers: the English follower nouns written in
// Devanagari (सपोर्टर्स, फैंस, फॉलोअर्स, क्रिटिक्स, हेटर्स) name other
// people, as समर्थक and आलोचक do; as a predicate ("X, Y के फैन हैं")
// they keep their stance.
func TestSession11GroundFollowers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने कहा कि Y के फैन …: the fans are other people", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क के फैन पूरी दुनिया में फैले हुए हैं।", nil},
		{"X ने Y सपोर्टर्स को धन्यवाद दिया", "डोनाल्ड ट्रंप ने एलन मस्क सपोर्टर्स को धन्यवाद दिया।", nil},
		{"X ने Y के फैंस को धन्यवाद दिया", "नरेंद्र मोदी ने मुकेश अंबानी के फैंस को शुक्रिया कहा।", nil},
		{"X ने Y के हेटर्स पर निशाना साधा", "डोनाल्ड ट्रंप ने एलन मस्क के हेटर्स पर निशाना साधा।", nil},
		{"X ने Y के क्रिटिक्स पर निशाना साधा", "सैम ऑल्टमैन ने सत्या नडेला के क्रिटिक्स पर जमकर निशाना साधा।", nil},
		{"Y के फॉलोअर्स ने Z को ट्रोल किया", "एलन मस्क के फॉलोअर्स ने डोनाल्ड ट्रंप को ट्रोल किया।", nil},
		// Left alone: the noun as the predicate.
		{"X Y के फैन हैं", "सैम ऑल्टमैन सत्या नडेला के बड़े फैन हैं।", []string{"sam-altman>satya-nadella:s"}},
		{"X ने कहा कि वह Y के फैन हैं", "डोनाल्ड ट्रंप ने कहा कि वह एलन मस्क के फैन हैं।", []string{"donald-trump>elon-musk:s"}},
		{"X ने खुद को Y का फैन बताया", "एलन मस्क ने खुद को नरेंद्र मोदी का फैन बताया।", []string{"elon-musk>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundDescriptions: a demonstrative description of a
// person ("इस आदमी", "उस व्यक्ति", "वह महिला") points back to the nearest
// person of its gender named before who does not frame it as agent or
// speaker.
func TestSession11GroundDescriptions(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"उस महिला ने … (in X's words, the woman named before)", "कमला हैरिस ने डोनाल्ड ट्रंप पर हमला बोला। ट्रंप ने कहा कि उस महिला ने देश को बर्बाद कर दिया।",
			[]string{"kamala-harris>donald-trump:h", "donald-trump>kamala-harris:h"}},
		{"वह महिला … खतरा है (वह no longer the speaker)", "कमला हैरिस ने रैली की। डोनाल्ड ट्रंप ने कहा कि वह महिला देश के लिए खतरा है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"इस आदमी पर भरोसा नहीं (quote)", "ओपनएआई ने कहा कि मुकदमा एलन मस्क का उत्पीड़न है। सैम ऑल्टमैन ने लिखा, 'इस आदमी पर भरोसा नहीं किया जा सकता।'",
			[]string{"openai>elon-musk:h", "sam-altman>elon-musk:h"}},
		{"उस शख्स को झूठा बताया", "एलन मस्क ने नया दावा किया। सैम ऑल्टमैन ने उस शख्स को झूठा बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		// Left alone.
		{"the speaker is not the description", "एलन मस्क ने कहा कि इस आदमी ने देश को धोखा दिया।", nil},
		{"no woman named before: उस महिला is nobody", "डोनाल्ड ट्रंप की रैली हुई। एलन मस्क ने कहा कि उस महिला ने देश को बर्बाद कर दिया।", nil},
		{"no man named before: इस आदमी is nobody", "कमला हैरिस की रैली हुई। डोनाल्ड ट्रंप ने कहा कि इस आदमी ने देश को धोखा दिया।", nil},
		{"वह व्यक्ति, जिसने …: a relative right after defines whom it means", "डोनाल्ड ट्रंप ने रैली की। एलन मस्क ने कहा कि वह व्यक्ति, जिसने देश लूटा, खतरा है।", nil},
		{"X ही वह व्यक्ति हैं जो …: the description is the predicate", "राहुल गांधी ने कहा कि गौतम अडानी ही वह व्यक्ति हैं जो सब कुछ खरीद रहे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundDescScreen: every word descNoun11 reads is in
// screenWords with swDesc11, so describedRefs11 sees its sentences.
func TestSession11GroundDescScreen(t *testing.T) {
	bits := screenBits()
	if len(descNouns11) < 5 {
		t.Fatalf("descNouns11 has %d words", len(descNouns11))
	}
	for w := range descNouns11 {
		if bits[w]&swDesc11 == 0 {
			t.Errorf("%q is not in screenWords with swDesc11", w)
		}
	}
}

// TestSession11GroundOrgPron: a plural object pronoun (उनसे, उन्हें) that
// no person fits is the one other organisation the story names.
func TestSession11GroundOrgPron(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने उनसे नाता तोड़ा (the one other company)", "रिलायंस ने कई साल तक मेटा के साथ काम किया। अब मेटा ने उनसे नाता तोड़ लिया है।",
			[]string{"meta>reliance:h"}},
		{"X ने उन्हें बधाई दी", "ओपनएआई ने नया मॉडल जारी किया। माइक्रोसॉफ्ट ने उन्हें बधाई दी।",
			[]string{"microsoft>openai:s"}},
		{"X ने उनके साथ साझेदारी खत्म की", "गूगल ने नया चिप बनाया। अब मेटा ने उनके साथ साझेदारी खत्म कर दी।",
			[]string{"meta>google:h"}},
		// Left alone.
		{"two other companies: no one chosen", "गूगल ने कई साल तक ओपनएआई के साथ काम किया। अब माइक्रोसॉफ्ट ने उनसे नाता तोड़ लिया है।", nil},
		{"an untracked agent in between: the pronoun is that person", "ओपनएआई ने नया मॉडल जारी किया। कंपनी के सीईओ ने मंच पर भाषण दिया। माइक्रोसॉफ्ट ने उन्हें बधाई दी।", nil},
		{"a person named: the pronoun is the person", "सैम ऑल्टमैन ने ओपनएआई का नया मॉडल जारी किया। माइक्रोसॉफ्ट ने उन्हें बधाई दी।",
			[]string{"microsoft>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundBothUntracked: "दोनों कंपनियों" after a pair that
// joins a tracked company with an untracked one is that pair, not the
// last two tracked parties seen acting on each other.
func TestSession11GroundBothUntracked(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने Y और <untracked> पर मुकदमा … दोनों कंपनियों ने गठजोड़", "एक्सएआई ने ओपनएआई पर हमला बोला। एक्सएआई ने ओपनएआई और ऐपल के खिलाफ मुकदमा दायर किया। याचिका में कहा गया कि दोनों कंपनियों ने आपसी गठजोड़ करके बाजार पर कब्जा किया।",
			[]string{"xai>openai:h"}},
		{"<untracked> और Y (untracked first)", "एलन मस्क ने ऐपल और ओपनएआई की आलोचना की। दोनों कंपनियों ने साझेदारी का ऐलान किया था।",
			[]string{"elon-musk>openai:h"}},
		// Left alone.
		{"the tracked pair: दोनों कंपनियों is them", "माइक्रोसॉफ्ट ने ओपनएआई की तारीफ की। बाद में दोनों कंपनियों ने साझेदारी का ऐलान किया।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"दोनों अरबपतियों: an untracked name may be a company, not them", "एलन मस्क ने मार्क जुकरबर्ग पर तंज कसा। इसे Threads और एक्स के बीच प्रतिस्पर्धा से जोड़ा जा रहा है। दोनों अरबपतियों के बीच तल्खी बढ़ी है।",
			[]string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundPlatformInvested: money placed in a platform under
// में is an investment in the company; posting "एक्स में" stays a place.
func TestSession11GroundPlatformInvested(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने ट्विटर में N डॉलर का निवेश किया", "लैरी एलिसन ने ट्विटर में 1 अरब डॉलर का निवेश किया था।", []string{"larry-ellison>x-corp:s"}},
		{"X ने एक्स में हिस्सेदारी खरीदी", "लैरी एलिसन ने एक्स में बड़ी हिस्सेदारी खरीदी।", []string{"larry-ellison>x-corp:s"}},
		{"headline: ट्विटर में लगाए थे N डालर", "लैरी एलिसन बोले, ट्विटर में लगाए थे 1 अरब डॉलर || ", []string{"larry-ellison>x-corp:s"}},
		// Left alone: the platform as the place of words.
		{"X ने एक्स में कहा कि …", "एलन मस्क ने एक्स में कहा कि डोनाल्ड ट्रंप झूठे हैं।", []string{"elon-musk>donald-trump:h"}},
		{"X ने एक्स में नया फीचर जोड़ा", "एलन मस्क ने एक्स में नया फीचर जोड़ा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundCoSources: an object pronoun of coordinated sources
// is none of them.
func TestSession11GroundCoSources(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X के सीईओ A और Y के सीईओ B, दोनों ने उन्हें बधाई दी", "चुनाव में कमला हैरिस की जीत हुई। मेटा के सीईओ मार्क जुकरबर्ग और ओपनएआई के सीईओ सैम ऑल्टमैन, दोनों ने उन्हें शुभकामनाएं दीं।",
			[]string{"mark-zuckerberg>kamala-harris:s", "sam-altman>kamala-harris:s"}},
		// Left alone: one source, the pronoun the other named.
		{"one source: उन्हें the nearest other", "सैम ऑल्टमैन ने नया मॉडल पेश किया। मार्क जुकरबर्ग ने उन्हें शुभकामनाएं दीं।",
			[]string{"mark-zuckerberg>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundQuoteOpener: after a quote that runs over sentences,
// उन्होंने is the one who opened it, not someone acting inside it.
func TestSession11GroundQuoteOpener(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X बोले, \"… । … Y ने … ।\" उन्होंने …", "राहुल गांधी ने रैली की। राहुल बोले, \"हां, यह सच है। मुझे अच्छा लगा कि डोनाल्ड ट्रंप ने सच बोला।\" उन्होंने आरोप लगाया कि नरेंद्र मोदी ने देश को बर्बाद कर दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Left alone: someone acting outside the quote takes over.
		{"a new agent after the quote", "राहुल गांधी ने रैली की। राहुल बोले, \"हां, यह सच है। मुझे अच्छा लगा कि डोनाल्ड ट्रंप ने सच बोला।\" इसके बाद एलन मस्क ने कहा कि वह चुप रहेंगे। उन्होंने आरोप लगाया कि नरेंद्र मोदी ने देश को बर्बाद कर दिया।",
			[]string{"elon-musk>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundReplyToPraise: a reply ("इसके जवाब में", "जवाब में")
// with no one named, to someone who was last supportive of the replier
// and never hostile, is no retort.
func TestSession11GroundReplyToPraise(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y praised X; इसके जवाब में X ने लिखा कि … सराहना", "सत्या नडेला ने कहा, \"मैं हमेशा ऑल्टमैन का साथी रहूंगा। वे शानदार नेता हैं।\" इसके जवाब में सैम ऑल्टमैन ने लिखा कि वे नडेला के शब्दों की सराहना करते हैं।",
			[]string{"sam-altman>satya-nadella:s", "satya-nadella>sam-altman:s"}},
		// Left alone: a reply to an attack is a retort.
		{"Y attacked X; जवाब में X ने लंबा पोस्ट लिखा", "एलन मस्क ने सैम ऑल्टमैन को धोखेबाज कहा। जवाब में ऑल्टमैन ने एक्स पर लंबा पोस्ट लिखा।", // (session 27: a plain reply, no stance)
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11GroundSingularOrg: a singular agent pronoun (उसने) after
// an organisation named in its sentence under a postposition is that
// organisation, not the last person who acted.
func TestSession11GroundSingularOrg(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X के लिए यह …, क्योंकि उसने Y में निवेश किया", "सुंदर पिचाई ने नया फोन दिखाया। विश्लेषकों के मुताबिक गूगल के लिए यह बड़ी जीत है, क्योंकि उसने ओपनएआई में भारी निवेश किया है।",
			[]string{"google>openai:s"}},
		{"X पर दबाव है, क्योंकि उसने Y में निवेश किया", "सत्या नडेला ने बयान दिया। माइक्रोसॉफ्ट पर दबाव है, क्योंकि उसने ओपनएआई में भारी निवेश किया है।",
			[]string{"microsoft>openai:s"}},
		// Left alone: a person named between the organisation and the pronoun.
		{"a person between: the pronoun stays as the readers ground it", "गूगल के लिए यह बड़ा दिन है और सत्या नडेला चुप हैं, क्योंकि उसने ओपनएआई में भारी निवेश किया है।",
			[]string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
