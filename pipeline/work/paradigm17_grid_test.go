package work

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// The paradigm grid (session 17): the most frequent hostile and
// supportive frames of the dev gold (TestParadigmFrameCount17) written in
// the syntactic forms outlets use, with watchlist names. Sentences are
// our own, generated from templates; TestParadigmGrid17 prints the
// readout per form and per frame (KHABAR_PARADIGM_GRID=1); the rows the
// session fixed and the rows that must stay silent are asserted in
// paradigm17_test.go.

// pframe17 is one frame's surface: Y's postposition, the noun (empty for
// a verb frame), the noun's gender for agreement (m, f, p: masculine
// plural, q: feminine plural), the light verb's stem (or the verb's),
// whether the verb takes ने, whether the parties are companies, and the
// postposition of the nominal headline ("X का Y पर हमला"; empty: none).
type pframe17 struct {
	pol     byte
	mark    string
	noun    string
	g       byte
	lv      string
	trans   bool
	org     bool
	nomMark string
}

var pframes17 = []pframe17{
	{pol: 'h', mark: "पर", noun: "आरोप", g: 'p', lv: "लगा", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "के खिलाफ", noun: "मुकदमा", g: 'm', lv: "दायर कर", trans: true, org: true, nomMark: "के खिलाफ"},
	{pol: 'h', mark: "पर", noun: "तंज", g: 'm', lv: "कस", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "पर", noun: "पलटवार", g: 'm', lv: "कर", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "पर", noun: "हमला", g: 'm', lv: "बोल", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "पर", noun: "निशाना", g: 'm', lv: "साध", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "की", noun: "आलोचना", g: 'f', lv: "कर", trans: true},
	{pol: 'h', mark: "पर", noun: "वार", g: 'm', lv: "कर", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "पर", noun: "सवाल", g: 'p', lv: "उठा", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "का", noun: "मजाक", g: 'm', lv: "उड़ा", trans: true},
	{pol: 'h', mark: "को", noun: "धमकी", g: 'f', lv: "दे", trans: true, nomMark: "को"},
	{pol: 'h', mark: "को", lv: "घेर", g: 'm', trans: true},
	{pol: 'h', mark: "पर", lv: "भड़क", g: 'p'},
	{pol: 'h', mark: "पर", lv: "बरस", g: 'p'},
	{pol: 'h', mark: "को", noun: "चेतावनी", g: 'f', lv: "दे", trans: true, nomMark: "को"},
	{pol: 'h', mark: "के खिलाफ", noun: "शिकायत", g: 'f', lv: "दर्ज करा", trans: true, org: true},
	{pol: 'h', mark: "को", noun: "बदनाम", g: 'm', lv: "कर", trans: true},
	{pol: 'h', mark: "पर", noun: "चुटकी", g: 'f', lv: "ले", trans: true, nomMark: "पर"},
	{pol: 'h', mark: "को", lv: "कोस", g: 'm', trans: true},
	{pol: 'h', mark: "को", lv: "लताड़", g: 'm', trans: true},
	{pol: 'h', mark: "को", noun: "फटकार", g: 'f', lv: "लगा", trans: true, nomMark: "को"},
	{pol: 'h', mark: "की", noun: "निंदा", g: 'f', lv: "कर", trans: true},
	{pol: 'h', mark: "को", noun: "आड़े हाथों", g: 'm', lv: "ले", trans: true},
	{pol: 'h', mark: "को", noun: "खरी-खोटी", g: 'f', lv: "सुना", trans: true},
	{pol: 'h', mark: "को", noun: "कटघरे में खड़ा", g: 'm', lv: "कर", trans: true},
	{pol: 'h', mark: "को", noun: "जिम्मेदार", g: 'm', lv: "ठहरा", trans: true},
	{pol: 'h', mark: "का", noun: "विरोध", g: 'm', lv: "कर", trans: true},
	{pol: 'h', mark: "की", noun: "पोल", g: 'f', lv: "खोल", trans: true},
	{pol: 'h', mark: "पर", noun: "झूठ बोलने का आरोप", g: 'm', lv: "लगा", trans: true},
	{pol: 'h', mark: "को", noun: "नसीहत", g: 'f', lv: "दे", trans: true, nomMark: "को"},
	{pol: 's', mark: "की", noun: "तारीफ", g: 'f', lv: "कर", trans: true},
	{pol: 's', mark: "के साथ", noun: "साझेदारी", g: 'f', lv: "कर", trans: true, org: true, nomMark: "के साथ"},
	{pol: 's', mark: "को", noun: "बधाई", g: 'f', lv: "दे", trans: true, nomMark: "को"},
	{pol: 's', mark: "के साथ", noun: "करार", g: 'm', lv: "कर", trans: true, org: true, nomMark: "के साथ"},
	{pol: 's', mark: "को", lv: "सराह", g: 'm', trans: true},
	{pol: 's', mark: "को", noun: "धन्यवाद", g: 'm', lv: "दे", trans: true, nomMark: "को"},
	{pol: 's', mark: "का", noun: "आभार", g: 'm', lv: "जता", trans: true},
	{pol: 's', mark: "का", noun: "समर्थन", g: 'm', lv: "कर", trans: true},
	{pol: 's', mark: "पर", noun: "भरोसा", g: 'm', lv: "जता", trans: true, nomMark: "पर"},
	{pol: 's', mark: "का", noun: "शुक्रिया", g: 'm', lv: "अदा कर", trans: true},
	{pol: 's', mark: "में", noun: "निवेश", g: 'm', lv: "कर", trans: true, org: true, nomMark: "में"},
	{pol: 's', mark: "का", noun: "बचाव", g: 'm', lv: "कर", trans: true},
	{pol: 's', mark: "के साथ", noun: "गठबंधन", g: 'm', lv: "कर", trans: true, org: true, nomMark: "के साथ"},
	{pol: 's', mark: "को", noun: "शुभकामनाएं", g: 'q', lv: "दे", trans: true, nomMark: "को"},
	{pol: 's', mark: "की", noun: "प्रशंसा", g: 'f', lv: "कर", trans: true},
	{pol: 's', mark: "से", noun: "सुलह", g: 'f', lv: "कर", trans: true},
	{pol: 's', mark: "को", noun: "श्रेय", g: 'm', lv: "दे", trans: true},
	{pol: 's', mark: "को", noun: "चंदा", g: 'm', lv: "दे", trans: true},
	{pol: 's', mark: "के लिए", noun: "प्रचार", g: 'm', lv: "कर", trans: true},
	{pol: 's', mark: "से", noun: "हाथ", g: 'm', lv: "मिला", trans: true, org: true},
	{pol: 's', mark: "की", noun: "पीठ", g: 'f', lv: "थपथपा", trans: true},
	{pol: 's', mark: "का", noun: "गुणगान", g: 'm', lv: "कर", trans: true},
	{pol: 's', mark: "की", noun: "मदद", g: 'f', lv: "कर", trans: true},
	{pol: 's', mark: "की", noun: "सराहना", g: 'f', lv: "कर", trans: true},
	{pol: 's', mark: "को", noun: "समर्थन", g: 'm', lv: "दे", trans: true},
	{pol: 's', mark: "की", noun: "तारीफों के पुल", g: 'p', lv: "बांध", trans: true},
}

type ppair17 struct{ x, y, xid, yid string }

var ppersons17 = []ppair17{
	{"राहुल गांधी", "नरेंद्र मोदी", "rahul-gandhi", "narendra-modi"},
	{"एलन मस्क", "सैम ऑल्टमैन", "elon-musk", "sam-altman"},
	{"कमला हैरिस", "डोनाल्ड ट्रंप", "kamala-harris", "donald-trump"},
}

var porgs17 = []ppair17{
	{"माइक्रोसॉफ्ट", "ओपनएआई", "microsoft", "openai"},
	{"गूगल", "मेटा", "google", "meta"},
	{"सॉफ्टबैंक", "ओरेकल", "softbank", "oracle"},
}

// perf17 is the perfective of stem agreeing with gender g ("की", "लगाए").
func perf17(stem string, g byte) string {
	head, last := "", stem
	if i := strings.LastIndex(stem, " "); i >= 0 {
		head, last = stem[:i+1], stem[i+1:]
	}
	irregular := map[string][3]string{"कर": {"किया", "की", "किए"}, "दे": {"दिया", "दी", "दिए"}, "ले": {"लिया", "ली", "लिए"}}
	k := 0
	switch g {
	case 'f', 'q':
		k = 1
	case 'p':
		k = 2
	}
	if f, ok := irregular[last]; ok {
		return head + f[k]
	}
	if strings.HasSuffix(last, "ा") {
		return head + last + [3]string{"या", "ई", "ए"}[k]
	}
	return head + last + [3]string{"ा", "ी", "े"}[k]
}

func aux17(g byte) string {
	switch g {
	case 'f', 'q':
		return "थी"
	case 'p':
		return "थे"
	}
	return "था"
}

func gen17(g byte) string {
	switch g {
	case 'f', 'q':
		return "की"
	case 'p':
		return "के"
	}
	return "का"
}

// future17 is the plural future ("करेंगे", "लगाएंगे", "साधेंगे").
func future17(stem string) string {
	if strings.HasSuffix(stem, "ा") {
		return stem + "एंगे"
	}
	return stem + "ेंगे"
}

// core17 is "Y <mark> <noun>".
func (f pframe17) core(y string) string {
	s := y + " " + f.mark
	if f.noun != "" {
		s += " " + f.noun
	}
	return s
}

// agent17 is X with ने for a transitive frame.
func (f pframe17) agent(x string) string {
	if f.trans {
		return x + " ने"
	}
	return x
}

// pform17 builds a story for one form; "" when the form does not apply.
type pform17 struct {
	name  string
	build func(f pframe17, p ppair17) string
}

// progressive is the auxiliary of a progressive form: feminine singular
// for an organisation, honorific plural for a person.
func (f pframe17) progressive() string {
	if f.org {
		return " रही है।"
	}
	return " रहे हैं।"
}

var pforms17 = []pform17{
	{"perfective", func(f pframe17, p ppair17) string {
		return f.agent(p.x) + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + "।"
	}},
	{"verb-first headline", func(f pframe17, p ppair17) string {
		if f.noun == "" || !f.trans {
			return ""
		}
		return f.agent(p.x) + " " + perf17(f.lv, f.g) + " " + p.y + " " + f.mark + " " + f.noun + " || "
	}},
	{"progressive", func(f pframe17, p ppair17) string {
		return p.x + " " + f.core(p.y) + " " + f.lv + f.progressive()
	}},
	{"habitual", func(f pframe17, p ppair17) string {
		aux := "ते रहे हैं।"
		if f.org {
			aux = "ती रही है।"
		}
		return p.x + " लगातार " + f.core(p.y) + " " + f.lv + aux
	}},
	{"passive", func(f pframe17, p ppair17) string {
		if !f.trans {
			return ""
		}
		pass := map[byte]string{'m': "गया", 'f': "गई", 'p': "गए", 'q': "गईं"}[f.g]
		return p.x + " द्वारा " + f.core(p.y) + " " + perf17(f.lv, f.g) + " " + pass + "।"
	}},
	{"nominal headline", func(f pframe17, p ppair17) string {
		if f.nomMark == "" || f.noun == "" {
			return ""
		}
		return p.x + " " + gen17(f.g) + " " + p.y + " " + f.nomMark + " " + f.noun + " || "
	}},
	{"object first", func(f pframe17, p ppair17) string {
		s := p.y + " " + f.mark + " " + f.agent(p.x)
		if f.noun != "" {
			s += " " + f.noun
		}
		return s + " " + perf17(f.lv, f.g) + "।"
	}},
	{"long phrase before verb", func(f pframe17, p ppair17) string {
		return f.agent(p.x) + " " + f.core(p.y) + " सोमवार को दिल्ली में एक सभा के दौरान जमकर " + perf17(f.lv, f.g) + "।"
	}},
	{"long phrase after target", func(f pframe17, p ppair17) string {
		s := f.agent(p.x) + " " + p.y + " " + f.mark + " सोमवार को दिल्ली में एक सभा के दौरान"
		if f.noun != "" {
			s += " " + f.noun
		}
		return s + " " + perf17(f.lv, f.g) + "।"
	}},
	{"relative clause", func(f pframe17, p ppair17) string {
		rel, g := "जिन्होंने", f.g
		if f.org {
			rel = "जिसने"
		}
		if !f.trans {
			rel = "जो"
		}
		tail := ", सोमवार को दिल्ली पहुंचे।"
		if f.org {
			tail = ", सोमवार को नई सेवा लेकर आई।"
		}
		return p.x + ", " + rel + " पिछले हफ्ते " + f.core(p.y) + " " + perf17(f.lv, g) + " " + aux17(g) + tail
	}},
	{"conjunct participle", func(f pframe17, p ppair17) string {
		return f.core(p.y) + " " + f.lv + "ते हुए " + p.x + " ने कहा कि अब बदलाव का समय है।"
	}},
	{"colon label", func(f pframe17, p ppair17) string {
		if f.noun == "" || f.nomMark == "" {
			return ""
		}
		if f.pol == 'h' {
			return p.x + " " + gen17(f.g) + " " + f.noun + ": " + p.y + " ने जनता को धोखा दिया || "
		}
		return p.x + " " + gen17(f.g) + " " + f.noun + ": " + p.y + " ने देश के लिए शानदार काम किया || "
	}},
	{"possessed target", func(f pframe17, p ppair17) string {
		own := " की नीतियों"
		if f.org {
			own = " की नई योजना"
		}
		s := f.agent(p.x) + " " + p.y + own + " " + f.mark
		if f.noun != "" {
			s += " " + f.noun
		}
		return s + " " + perf17(f.lv, f.g) + "।"
	}},
	{"surnames", func(f pframe17, p ppair17) string {
		q := p
		q.x, q.y = surname17(p.x), surname17(p.y)
		return f.agent(q.x) + " " + f.core(q.y) + " " + perf17(f.lv, f.g) + "।"
	}},
	{"surnames headline nominal", func(f pframe17, p ppair17) string {
		if f.nomMark == "" || f.noun == "" {
			return ""
		}
		return surname17(p.x) + " " + gen17(f.g) + " " + surname17(p.y) + " " + f.nomMark + " " + f.noun + ", कहा- अब जनता फैसला करेगी || "
	}},
	{"pronoun subject", func(f pframe17, p ppair17) string {
		pron, first := "उन्होंने", p.x+" सोमवार को दिल्ली पहुंचे। "
		if f.org {
			pron, first = "कंपनी ने", p.x+" ने सोमवार को नई सेवा शुरू की। "
		}
		if !f.trans {
			pron = "वे"
		}
		return first + pron + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + "।"
	}},
	{"verb-first + speech", func(f pframe17, p ppair17) string {
		if f.noun == "" || !f.trans {
			return ""
		}
		return f.agent(p.x) + " " + perf17(f.lv, f.g) + " " + p.y + " " + f.mark + " " + f.noun + ", कहा- अब जनता फैसला करेगी || "
	}},
	{"intransitive inverted", func(f pframe17, p ppair17) string {
		if f.trans {
			return ""
		}
		return p.y + " " + f.mark + " " + perf17(f.lv, f.g) + " " + p.x + ", कहा- अब जनता फैसला करेगी || "
	}},
	{"posted, then the act", func(f pframe17, p ppair17) string {
		return f.agent(p.x) + " एक्स पर पोस्ट कर " + f.core(p.y) + " " + perf17(f.lv, f.g) + "।"
	}},
	{"present perfect", func(f pframe17, p ppair17) string {
		aux := map[byte]string{'m': "है", 'f': "है", 'p': "हैं", 'q': "हैं"}[f.g]
		if !f.trans {
			aux = "हैं"
		}
		return f.agent(p.x) + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + " " + aux + "।"
	}},
	{"coordinated agents", func(f pframe17, p ppair17) string {
		z := "मार्क जुकरबर्ग"
		if f.org {
			z = "टेस्ला"
		}
		return f.agent(p.x+" और "+z) + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + "।"
	}},
	{"reported: कहा कि", func(f pframe17, p ppair17) string {
		return "सूत्रों ने बताया कि " + f.agent(p.x) + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + "।"
	}},
	{"-ने वाले participle", func(f pframe17, p ppair17) string {
		if !f.trans {
			return ""
		}
		return f.core(p.y) + " " + f.lv + "ने वाले " + p.x + " ने सोमवार को नई योजना की घोषणा की।"
	}},
}

// surname17 is a name's last word ("एलन मस्क" → "मस्क"), a company's
// name as it is.
func surname17(n string) string {
	if n == "राहुल गांधी" {
		return "राहुल" // outlets' short name; गांधी alone is ambiguous
	}
	if i := strings.LastIndex(n, " "); i >= 0 {
		return n[i+1:]
	}
	return n
}

// pwraps17: the perfective under negation, question, future and
// speculation: no asserted stance.
var pwraps17 = []pform17{
	{"negated", func(f pframe17, p ppair17) string {
		s := f.agent(p.x) + " " + f.core(p.y) + " नहीं " + perf17(f.lv, f.g) + "।"
		return s
	}},
	{"question", func(f pframe17, p ppair17) string {
		return "क्या " + f.agent(p.x) + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + "?"
	}},
	{"future", func(f pframe17, p ppair17) string {
		return p.x + " कल " + f.core(p.y) + " " + future17(f.lv) + "।"
	}},
	{"speculation", func(f pframe17, p ppair17) string {
		return "अटकलें हैं कि " + p.x + " जल्द " + f.core(p.y) + " " + future17(f.lv) + "।"
	}},
	{"refused (से इनकार)", func(f pframe17, p ppair17) string {
		return f.agent(p.x) + " " + f.core(p.y) + " " + f.lv + "ने से इनकार किया।"
	}},
	{"conditional (अगर … तो)", func(f pframe17, p ppair17) string {
		return "अगर " + f.agent(p.x) + " " + f.core(p.y) + " " + perf17(f.lv, f.g) + " तो हालात बदल जाएंगे।"
	}},
	{"negated progressive", func(f pframe17, p ppair17) string {
		return p.x + " " + f.core(p.y) + " नहीं " + f.lv + f.progressive()
	}},
	{"headline question", func(f pframe17, p ppair17) string {
		return "क्या " + f.agent(p.x) + " " + perf17(f.lv, f.g) + " " + f.core(p.y) + "? || "
	}},
	{"wish (चाहते हैं)", func(f pframe17, p ppair17) string {
		return p.x + " " + f.core(p.y) + " " + f.lv + "ना चाहते हैं।"
	}},
}

// pextra17: forms read from a word family rather than a frame: code-mixed
// light verbs and "Y को … बताया/करार दिया".
var pextra17 = []struct {
	form, text string
	pol        byte
	org        bool
}{
	{"code-mixed", "X ने Y को टारगेट किया।", 'h', false},
	{"code-mixed", "X ने Y पर अटैक किया।", 'h', false},
	{"code-mixed", "X ने Y को ट्रोल किया।", 'h', false},
	{"code-mixed", "X ने Y को क्रिटिसाइज किया।", 'h', false},
	{"code-mixed", "X ने Y को ब्लेम किया।", 'h', false},
	{"code-mixed", "X ने Y के खिलाफ केस किया।", 'h', true},
	{"code-mixed", "X ने Y को सपोर्ट किया।", 's', false},
	{"code-mixed", "X ने Y की तारीफ़ की।", 's', false},
	{"code-mixed", "X ने Y को थैंक्स कहा।", 's', false},
	{"code-mixed", "X ने Y को कांग्रेचुलेट किया।", 's', false},
	{"code-mixed", "X ने Y को एंडोर्स किया।", 's', false},
	{"code-mixed", "X ने Y के साथ पार्टनरशिप की।", 's', true},
	{"code-mixed", "X ने Y के साथ डील की।", 's', true},
	{"code-mixed", "X ने Y में इन्वेस्ट किया।", 's', true},
	{"Y को … बताया", "X ने Y को झूठा बताया।", 'h', false},
	{"Y को … बताया", "X ने Y को देश के लिए खतरा बताया।", 'h', false},
	{"Y को … बताया", "X ने Y को नाकाम करार दिया।", 'h', false},
	{"Y को … बताया", "X ने Y को तानाशाह कहा।", 'h', false},
	{"Y को … बताया", "X ने Y को धोखेबाज बताया।", 'h', false},
	{"Y को … बताया", "X ने Y की नीतियों को विफल करार दिया।", 'h', false},
	{"Y को … बताया", "X ने Y को सच्चा दोस्त बताया।", 's', false},
	{"Y को … बताया", "X ने Y को दूरदर्शी नेता बताया।", 's', false},
	{"Y को … बताया", "X ने Y को महान करार दिया।", 's', false},
	{"Y को … बताया", "X ने Y को शानदार नेता कहा।", 's', false},
}

// pstory17 splits "head || body" as checkStanceCases does.
func pstory17(text string) pipeline.Story {
	title, body := "", text
	if h, b, ok := strings.Cut(text, " || "); ok {
		title, body = h, b
	}
	return pipeline.Story{ID: "grid", Title: title, Body: body, Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}
}

// gridHit17 says whether the story's asserted stances hold xid→yid with
// polarity pol (pol 0: any polarity).
func gridHit17(a *Analyzer, text, xid, yid string, pol byte) bool {
	for _, s := range a.Analyze(pstory17(text)).Stances {
		if s.Asserted() && s.Source == xid && s.Target == yid && (pol == 0 || s.Polarity[0] == "hs"[strings.IndexByte("hs", pol)]) {
			return true
		}
	}
	return false
}

func TestParadigmGrid17(t *testing.T) {
	if os.Getenv("KHABAR_PARADIGM_GRID") == "" {
		t.Skip("set KHABAR_PARADIGM_GRID=1")
	}
	a := shippedAnalyzer(t)
	verbose := os.Getenv("KHABAR_PARADIGM_GRID") == "2"
	type tally struct{ hit, n int }
	byForm := map[string]*tally{}
	byFrame := map[string]*tally{}
	count := func(m map[string]*tally, k string, ok bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].n++
		if ok {
			m[k].hit++
		}
	}
	var order []string
	run := func(forms []pform17, want bool) {
		for _, fm := range forms {
			order = append(order, fm.name)
			for _, f := range pframes17 {
				pairs := ppersons17
				if f.org {
					pairs = porgs17
				}
				for _, p := range pairs {
					text := fm.build(f, p)
					if text == "" {
						continue
					}
					var pol byte
					if want {
						pol = f.pol
					}
					ok := gridHit17(a, text, p.xid, p.yid, pol) == want
					count(byForm, fm.name, ok)
					if want {
						count(byFrame, string(f.pol)+" "+f.noun+" "+f.lv, ok)
					}
					if verbose && !ok {
						fmt.Printf("MISS %-24s %s\n", fm.name, text)
					}
				}
			}
		}
	}
	run(pforms17, true)
	run(pwraps17, false)
	for _, e := range pextra17 {
		pairs := ppersons17
		if e.org {
			pairs = porgs17
		}
		if byForm[e.form] == nil {
			order = append(order, e.form)
		}
		for _, p := range pairs {
			text := strings.ReplaceAll(strings.ReplaceAll(e.text, "X", p.x), "Y", p.y)
			ok := gridHit17(a, text, p.xid, p.yid, e.pol)
			count(byForm, e.form, ok)
			if verbose && !ok {
				fmt.Printf("MISS %-24s %s\n", e.form, text)
			}
		}
	}
	fmt.Println("readout per form (wrappers: silent rows)")
	for _, k := range order {
		if v := byForm[k]; v != nil {
			fmt.Printf("  %-26s %3d/%3d %5.1f%%\n", k, v.hit, v.n, 100*float64(v.hit)/float64(v.n))
			byForm[k] = nil
		}
	}
	fmt.Println("readout per frame")
	var ks []string
	for k := range byFrame {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		return byFrame[ks[i]].hit*1000/byFrame[ks[i]].n < byFrame[ks[j]].hit*1000/byFrame[ks[j]].n
	})
	for _, k := range ks {
		v := byFrame[k]
		fmt.Printf("  %-32s %3d/%3d\n", k, v.hit, v.n)
	}
}
