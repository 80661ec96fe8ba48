package work

import (
	"testing"
	"time"
)

// Session 35, round 2 (POLARITY2): our own sentences for polarity35b.go.
// The first rows of each table fail without the reading; the controls
// must stay as they are.

// TestPolarity35bOwnAgent: a clause opened by जबकि/वहीं/लेकिन with a
// ने-agent of its own who is untracked is that agent's act, not the
// stance of the one named before it (ownAgent35b).
func TestPolarity35bOwnAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"जबकि, journalists praise Y after X's claim", "डोनाल्ड ट्रंप ने दावा किया कि रैली में सबसे ज्यादा भीड़ उनकी थी, जबकि कई पत्रकारों ने कमला हैरिस की तारीफ की।", nil},
		{"जबकि, experts criticise Y's plan after X's words", "एलन मस्क ने कहा कि उनकी कंपनी सबसे आगे है, जबकि विशेषज्ञों ने सैम ऑल्टमैन की रणनीति की आलोचना की।", nil},
		{"जबकि, voters in a survey judge Y better", "डोनाल्ड ट्रंप ने दावा किया कि बहस वही जीते, जबकि एक सर्वे में ज्यादातर मतदाताओं ने कमला हैरिस को बेहतर माना।", nil},

		// Controls.
		{"content after कि: the speaker's words", "डोनाल्ड ट्रंप ने कहा कि जनता ने कमला हैरिस को नकार दिया है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"जबकि with a tracked agent", "डोनाल्ड ट्रंप ने दावा किया कि बहस उन्होंने जीती, जबकि रीड हॉफमैन ने कमला हैरिस की तारीफ की।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"जबकि with a tracked owner of the agent", "एलन मस्क ने कहा कि सैम ऑल्टमैन भरोसे लायक नहीं हैं, जबकि ओपनएआई के बोर्ड ने उनकी तारीफ की।",
			[]string{"elon-musk>sam-altman:h", "openai>sam-altman:s"}},
		{"Y named in X's own clause too", "रीड हॉफमैन ने कमला हैरिस की तारीफ की, जबकि कई विश्लेषकों ने भी उनके भाषण को सराहा।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"लेकिन, the untracked agent does nothing to Y", "एलन मस्क ने सैम ऑल्टमैन की आलोचना की, लेकिन निवेशकों ने इस पर कोई प्रतिक्रिया नहीं दी।",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35bModifierSource: a name that only modifies the noun of a
// "को लेकर" phrase in a headline is what the act is about; the name after
// the verb at the clause's end is the one who acts (modifierSource35b).
func TestPolarity35bModifierSource(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"an org's deal, the attacker after the verb", "ओपनएआई करार को लेकर सत्या नडेला पर भड़के एलन मस्क",
			[]string{"elon-musk>satya-nadella:h"}},
		{"a company's factory, praise by the one after the verb", "टेस्ला फैक्ट्री को लेकर डोनाल्ड ट्रंप की तारीफ में उतरे एलन मस्क",
			[]string{"elon-musk>donald-trump:s"}},
		{"a second clause after a comma", "ओपनएआई करार को लेकर सत्या नडेला पर भड़के एलन मस्क, सैम ऑल्टमैन ने किया बचाव",
			[]string{"elon-musk>satya-nadella:h"}},

		// Controls.
		{"the owner of the noun is the attacker's own company", "मेटा नीति को लेकर मार्क जुकरबर्ग पर बरसे डोनाल्ड ट्रंप",
			[]string{"donald-trump>mark-zuckerberg:h"}},
		{"the name right before को लेकर: the topic, a ने-agent acts", "ओपनएआई को लेकर एलन मस्क ने सत्या नडेला पर निशाना साधा",
			[]string{"elon-musk>satya-nadella:h"}},
		{"no one after the verb: the name may be the subject", "एलन मस्क सौदे को लेकर सत्या नडेला पर बरसे",
			[]string{"elon-musk>satya-nadella:h"}},
		{"a ने-agent before the phrase", "एलन मस्क ने ओपनएआई करार को लेकर सत्या नडेला की आलोचना की",
			[]string{"elon-musk>satya-nadella:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35bDeedNoWords: after a headline's money or deal noun with
// its genitive doer ("X का बड़ा चंदा,"), the next clause is no speech of
// X's; after an attack noun ("X का तीखा हमला,") it still is
// (moneyDeedKind35b in genDoerBefore).
func TestPolarity35bDeedNoWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a donation, then a third party's anger", "कमला हैरिस के अभियान को रीड हॉफमैन का बड़ा चंदा, एलन मस्क भड़के",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"an investment, then a third party's displeasure", "ओपनएआई में माइक्रोसॉफ्ट का भारी निवेश, एलन मस्क नाराज",
			[]string{"microsoft>openai:s"}},

		// Controls.
		{"an attack noun: the words are the attacker's", "एलन मस्क का तीखा हमला, सैम ऑल्टमैन झूठे हैं",
			[]string{"elon-musk>sam-altman:h"}},
		{"a jibe noun with its target", "सैम ऑल्टमैन पर एलन मस्क का तंज, भरोसे लायक नहीं",
			[]string{"elon-musk>sam-altman:h"}},
		{"a donation, then a ने-agent's questions", "डोनाल्ड ट्रंप को एलन मस्क का करोड़ों का दान, कमला हैरिस ने उठाए सवाल",
			[]string{"elon-musk>donald-trump:s"}},
		{"a deal, then a speaker's praise", "रिलायंस के साथ गूगल का करार, मुकेश अंबानी बोले- शानदार साझेदार",
			[]string{"google>reliance:s", "reliance>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35bRetortHead: a person's retort to an attack on his
// organisation by another organisation answers the one person named who
// heads or owns the attacker (retortHead35b); with no such person named
// it answers the organisation.
func TestPolarity35bRetortHead(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a suit by an owner's company", "एक्सएआई ने ओपनएआई पर ठोका मुकदमा, ऑल्टमैन का पलटवार || एलन मस्क की कंपनी एक्सएआई ने बुधवार को ओपनएआई के खिलाफ अदालत में मुकदमा दायर किया।",
			[]string{"sam-altman>elon-musk:h", "xai>openai:h"}},
		{"a charge by a founder's company", "मेटा ने एक्स पर लगाया नकल का आरोप, मस्क का पलटवार || मार्क जुकरबर्ग की कंपनी मेटा ने कहा कि एक्स ने उसके फीचर की नकल की है।",
			[]string{"elon-musk>mark-zuckerberg:h", "meta>x-corp:h"}},
		{"a charge by a chief executive's company", "गूगल ने माइक्रोसॉफ्ट पर लगाया आरोप, नडेला का पलटवार || सुंदर पिचाई की कंपनी गूगल ने माइक्रोसॉफ्ट पर बाजार में दबदबे के दुरुपयोग का आरोप लगाया।",
			[]string{"google>microsoft:h", "satya-nadella>sundar-pichai:h"}},

		// Controls.
		{"no head of the attacker named: the organisation", "गूगल ने माइक्रोसॉफ्ट पर लगाया आरोप, नडेला का पलटवार || गूगल ने माइक्रोसॉफ्ट पर बाजार में दबदबे के दुरुपयोग का आरोप लगाया।",
			[]string{"google>microsoft:h", "satya-nadella>google:h"}},
		{"the attacker a person", "एलन मस्क ने ओपनएआई पर लगाया आरोप, ऑल्टमैन का पलटवार || एलन मस्क ने कहा कि ओपनएआई ने अपने वादे तोड़े।",
			[]string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35bEpithAlias: a headline clause whose actor is only an
// epithet of X, beside a clause that names X as its ने-agent, is someone
// else's act (epithAlias35b).
func TestPolarity35bEpithAlias(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"MPs angry at an epithet, X defends", "टेस्ला प्रमुख पर भड़के ब्रिटिश सांसद, फराज ने किया बचाव", nil},
		{"MPs angry at a name, X by full name defends", "डोनाल्ड ट्रंप पर भड़के ब्रिटिश सांसद, नाइजल फराज ने किया बचाव", nil},
		{"MPs lash out, X backs him", "एलन मस्क पर बरसे ब्रिटिश सांसद, फराज ने दिया साथ",
			[]string{"nigel-farage>elon-musk:s"}},

		// Controls.
		{"epithet in apposition to the name", "मस्क पर भड़के ब्रिटिश सांसद फराज, बोले- यह दखल है",
			[]string{"nigel-farage>elon-musk:h"}},
		{"epithet in the words of X's spokesman", "डोनाल्ड ट्रंप के प्रवक्ता ने बताया कि नवनिर्वाचित राष्ट्रपति ने कमला हैरिस की तारीफ की।",
			[]string{"donald-trump>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35bNewsAbout: anger at a news report about talks or a deal
// with Y is no hostility to Y (newsAbout35b).
func TestPolarity35bNewsAbout(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"news of talks with Y", "ओरेकल से बातचीत की खबर पर भड़के एलन मस्क", nil},

		// Controls.
		{"reports of a deal with Y, को लेकर (read as nothing before too)", "माइक्रोसॉफ्ट के साथ सौदे की खबरों को लेकर नाराज हुए सैम ऑल्टमैन", nil},
		{"anger at Y itself", "ओरेकल पर भड़के एलन मस्क", []string{"elon-musk>oracle:h"}},
		{"Y's own report: Y the author", "एलन मस्क ने एक्सियोस की रिपोर्ट को झूठा बताया", []string{"elon-musk>axios:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
