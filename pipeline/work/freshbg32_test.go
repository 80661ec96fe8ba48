package work

import (
	"testing"
	"time"
)

// Session 32 (FRESHBG): our own sentences for the errors of
// dev-outlets-bg, written in the same shapes with other names and other
// words. The first rows of each test fail without the change named; the
// controls must stay as they are.

// TestFreshBG32Wording: wordings added to the lexicon — taken (back)
// into an era of ruin ("Z को … के दौर/युग में ले जा-/धकेल-/लौटा-"),
// and the code-mixed admiring बैडऐस — with controls.
func TestFreshBG32Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "<ruin> के दौर/युग में ले जा-" (frames.yaml, accusation).
		{"era of chaos, wants to take back", "नाइजल फराज ने कहा कि कमला हैरिस देश को फिर उसी अराजकता के दौर में ले जाना चाहती हैं।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"era of misery, took", "राहुल गांधी ने कहा कि नरेंद्र मोदी देश को बदहाली के दौर में ले गए।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"age of instability, pushed", "सत्या नडेला ने कहा कि सुंदर पिचाई ने बाजार को अस्थिरता के युग में धकेल दिया।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		{"age of instability, returned", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस ने अमेरिका को तबाही के युग में लौटा दिया।",
			[]string{"donald-trump>kamala-harris:h"}},
		// बैडऐस (evaluative.yaml, praise).
		{"badass among things seen", "सुंदर पिचाई ने कहा कि सत्या नडेला का वह फैसला उनकी जिंदगी में देखे गए सबसे ‘बैडऐस’ फैसलों में से एक था।",
			[]string{"sundar-pichai>satya-nadella:s"}},
		{"badass headline, speaker after", "हैरिस के भाषण पर बोले हॉफमैन- ‘सबसे बैडऐस भाषणों में से एक’",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"badass, other spelling", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप बैडैस हैं।",
			[]string{"elon-musk>donald-trump:s"}},

		// Controls.
		{"an era of growth is no charge", "राहुल गांधी ने कहा कि वे देश को विकास के दौर में ले जाएंगे।", nil},
		{"out of an era of chaos", "नरेंद्र मोदी ने कहा कि देश अराजकता के दौर से निकल आया है।", nil},
		{"era of chaos, no tracked doer", "कमला हैरिस ने कहा कि महंगाई देश को अराजकता के दौर में ले गई।", nil},
		{"badass with no tracked target", "मार्क जुकरबर्ग ने कहा कि वह पल सबसे बैडऐस पलों में से एक था।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32MemberRelative: a partner noun said as the predicate of a
// "जिसमें/जिनमें" relative with no agent of its own tells who is a member
// of what the host names, not the host agent's praise
// (memberRelative32, bg32.go; readEvaluation, stance.go).
func TestFreshBG32MemberRelative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"project announced, one partner", "सुंदर पिचाई ने एक नई परियोजना की घोषणा की, जिसमें रिलायंस साझेदार है।", nil},
		{"centre opened, partner too", "सत्या नडेला ने नए डेटा केंद्र का उद्घाटन किया, जिसमें ओपनएआई भी साझेदार है।", nil},
		{"plan announced, partners listed", "नरेंद्र मोदी ने एक नई डिजिटल योजना का ऐलान किया, जिसमें गूगल साझेदार होगी।", nil},
		{"site opened by two, third a partner", "ओरेकल और ओपनएआई ने टेक्सास में नई साइट खोली है, जिसमें सॉफ्टबैंक भी साझेदार है।", nil},

		// Controls.
		{"the relative's own agent calls Y a partner", "सत्या नडेला ने एक बयान जारी किया, जिसमें उन्होंने ओपनएआई को सबसे अहम साझेदार बताया।",
			[]string{"satya-nadella>openai:s"}},
		{"a passive calling in the relative", "सत्या नडेला ने एक पत्र लिखा, जिसमें ओपनएआई को भरोसेमंद साझेदार बताया गया।",
			[]string{"satya-nadella>openai:s"}},
		{"a that-clause, not a relative", "मुकेश अंबानी ने कहा कि गूगल रिलायंस का भरोसेमंद साझेदार है।",
			[]string{"mukesh-ambani>google:s"}},
		{"the host made it with the partners", "रिलायंस ने नई कंपनी बनाई है, जिसमें गूगल और मेटा साझेदार होंगे।",
			[]string{"google>meta:s", "google>reliance:s", "meta>google:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32ParticipleChain: a chain of "…ते हुए" links split into
// clauses by commas and और keeps the agent named before the chain for
// the main verb after it (participleLink32, bg32.go; sources, stance.go).
func TestFreshBG32ParticipleChain(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"three links, last by और, attack", "नाइजल फराज ने रैली को संबोधित करते हुए, आंकड़े गिनाते हुए और पुराने वादे याद दिलाते हुए कमला हैरिस पर तीखा हमला बोला।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"three links, criticism", "एलन मस्क ने पॉडकास्ट में बोलते हुए, अपने अनुभव साझा करते हुए और कंपनी के आंकड़े बताते हुए सैम ऑल्टमैन की आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"three links, praise", "मुकेश अंबानी ने बैठक को संबोधित करते हुए, नई योजनाएं गिनाते हुए और भविष्य की बात करते हुए नरेंद्र मोदी की तारीफ की।",
			[]string{"mukesh-ambani>narendra-modi:s"}},

		// Controls.
		{"the chain before the agent", "सभा को संबोधित करते हुए, आंकड़े गिनाते हुए और मामलों का जिक्र करते हुए नरेंद्र मोदी ने कहा कि देश आगे बढ़ रहा है।", nil},
		{"a new agent after the chain", "नरेंद्र मोदी ने रैली को संबोधित किया, भीड़ का अभिवादन करते हुए और हाथ हिलाते हुए राहुल गांधी ने गौतम अडानी पर हमला बोला।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"two links, as before", "राहुल गांधी ने सभा को संबोधित करते हुए, आंकड़े गिनाते हुए गौतम अडानी पर निशाना साधा।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32DealMadeBack: a deal pointed back to by a demonstrative
// after the sentence that ended it is still read when it is told as made
// in the pluperfect ("दोनों कंपनियों के बीच … यह करार हुआ था"): a deal
// presupposed as done counts (dealMadeBack32, bg32.go; readFrame,
// stance.go); one only talked of stays dropped (pointedBack23).
func TestFreshBG32DealMadeBack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deal broken, made two years before", "ओरेकल ने ओपनएआई से क्लाउड करार तोड़ दिया। गौरतलब है कि दोनों कंपनियों के बीच दो साल पहले यह करार हुआ था।",
			[]string{"openai>oracle:s", "oracle>openai:h", "oracle>openai:s"}},
		{"deal ended, made last year, verb later", "सॉफ्टबैंक ने ओरेकल के साथ अपना करार खत्म कर दिया। दोनों कंपनियों के बीच यह करार पिछले साल हुआ था।",
			[]string{"oracle>softbank:s", "softbank>oracle:h", "softbank>oracle:s"}},

		// Controls.
		{"a deal only talked of before", "माइक्रोसॉफ्ट ने ओपनएआई के साथ अपना करार खत्म कर दिया। दोनों कंपनियों के बीच यह करार पिछले साल सितंबर में चर्चा में आया था।",
			[]string{"microsoft>openai:h"}},
		{"a deal signed, then pointed back to", "माइक्रोसॉफ्ट ने ओपनएआई के साथ करार किया। दोनों कंपनियों के बीच यह करार कई महीनों की बातचीत के बाद हुआ।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32JibeOnDoer: a headline's jibe with an agent and no object
// after a clause whose ने-agent acted on a thing another person owns is
// on that doer (jibeOnDoer32, bg32.go; readFrame's target fallbacks,
// stance.go).
func TestFreshBG32JibeOnDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"money to a campaign, taunt", "अंबानी ने मोदी के अभियान को दिए 10 करोड़, राहुल ने कसा तंज || ",
			[]string{"mukesh-ambani>narendra-modi:s", "rahul-gandhi>mukesh-ambani:h"}},
		{"shares of a company bought, taunt", "ऑल्टमैन ने मस्क की कंपनी के शेयर खरीदे, जुकरबर्ग ने कसा तंज || ",
			[]string{"mark-zuckerberg>sam-altman:h"}},

		// Controls.
		{"a person acted on directly", "हॉफमैन ने हैरिस को दिए 70 लाख डॉलर, मस्क ने कसा तंज || ",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"no owner named: the body tells", "हॉफमैन ने जुटाया चंदा, मस्क ने उड़ाया मज़ाक || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32CountryBullied: a country bullied by Y in someone's words
// is the speaker's charge against Y (frames.yaml "<देश> को धमका-"), and
// "जब चाहे/चाहें" (whenever one likes) is an adverb, not a relative
// time clause (whenever32, bg32.go; clauses, clause.go).
func TestFreshBG32CountryBullied(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the world bullied", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप बार-बार दुनिया को धमकाते हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a country bullied, progressive", "निगेल फराज ने कहा कि कमला हैरिस अमेरिका को धमका रही हैं।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"whenever he likes, bullied", "कमला हैरिस ने मंच से कहा कि एलन मस्क जब चाहें अमेरिका को धमकाते हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"whenever he likes, then a charge", "एलन मस्क ने कहा कि सैम ऑल्टमैन जब चाहें नियम बदल देते हैं और यह धोखा है।",
			[]string{"elon-musk>sam-altman:h"}},

		// Controls.
		{"a narrator's line", "डोनाल्ड ट्रंप ने भारत को धमकाया।", nil},
		{"no one can bully", "नरेंद्र मोदी ने कहा कि कोई भी भारत को धमका नहीं सकता।", nil},
		{"a time clause stays one", "जब डोनाल्ड ट्रंप ने एलन मस्क पर हमला बोला, तब कमला हैरिस चुप रहीं।",
			[]string{"donald-trump>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32HeadlinePlanAnnounced: a headline's "X और Y मिलकर बनाएंगे
// …" over a body sentence that announces the same plan ("Z ने ऐलान किया
// कि X और Y मिलकर … बनाएंगे") is an announced deal (SCHEMA), not a label
// over a plan: tieLabelUndone15 keeps the headline's asserted copy
// (announcedPlans, stance.go; storyState.announced32, ground.go; the
// output filter, analyze.go).
func TestFreshBG32HeadlinePlanAnnounced(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a chief announces his company's plan", "रिलायंस और मेटा मिलकर बनाएंगे नई कंपनी || मुकेश अंबानी ने ऐलान किया कि रिलायंस और मेटा मिलकर एक संयुक्त उपक्रम बनाएंगे।",
			[]string{"meta>mukesh-ambani:s", "meta>reliance:s", "mukesh-ambani>meta:s", "reliance>meta:s"}},
		{"a tied chief announces a lab", "माइक्रोसॉफ्ट और ओपनएआई मिलकर बनाएंगे नई लैब || माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने ऐलान किया कि माइक्रोसॉफ्ट और ओपनएआई मिलकर एक नई शोध लैब बनाएंगे।",
			[]string{"microsoft>openai:s", "openai>microsoft:s", "openai>satya-nadella:s", "satya-nadella>openai:s"}},

		// Controls.
		{"a verbless label over a plan", "गूगल-रिलायंस करार || सुंदर पिचाई ने कहा कि गूगल और रिलायंस अगले साल करार करेंगे।", nil},
		{"a plan not yet decided", "गूगल और रिलायंस मिलकर बनाएंगे नई कंपनी || सुंदर पिचाई ने कहा कि गूगल और रिलायंस मिलकर नई कंपनी बनाएंगे या नहीं, यह अभी तय नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBG32PartisanBody: money or backing given to "Y समर्थक <body>"
// (a committee, group or trust that backs Y) is given to Y: the body's
// पर/को passes to Y (partisanBody32, bg32.go; the chunker, chunk.go).
func TestFreshBG32PartisanBody(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"spent on a committee with a name", "एलन मस्क ट्रंप समर्थक समिति अमेरिका पैक पर करोड़ों डॉलर खर्च कर चुके हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		{"donation to a body", "रीड हॉफमैन ने हैरिस समर्थक संगठन को भारी चंदा दिया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"money to a group, plural body", "सैम ऑल्टमैन ने हैरिस समर्थक समूहों को लाखों डॉलर दिए।",
			[]string{"sam-altman>kamala-harris:s"}},

		// Controls.
		{"an attack on a body of backers", "कमला हैरिस ने ट्रंप समर्थक समूह पर हमला बोला।", nil},
		{"backers attack", "ट्रंप समर्थकों ने एलन मस्क पर हमला बोला।",
			nil},
		{"distance from a body", "एलन मस्क ने ट्रंप समर्थक समिति से दूरी बना ली।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
