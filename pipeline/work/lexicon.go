package work

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
)

// cueKind says what a cue does besides its polarity.
type cueKind uint8

const (
	cuePlain    cueKind = iota // an act of one entity on another
	cueAccuse                  // accusing/claiming: the accused are the subjects of the कि clause
	cueRelation                // describes a relationship: symmetric between coordinated entities
)

// cue is one lexicon entry. Words are written naturally and normalised at
// New; a trailing "*" makes a word a prefix (inflections: झूठा/झूठे/झूठी).
type cue struct {
	words    string
	hostile  bool
	weight   float64
	kind     cueKind
	negation bool // the entry is a negator, not a cue
	// needShare: counts only in a sentence that shares/reposts something.
	needShare bool
	// resolvable cues (lawsuits, quarrels) are undone by a resolution
	// word after them: "मुकदमा वापस लिया", "मुकदमे में समझौता".
	resolvable bool
	// resolution: a negator that only undoes resolvable cues.
	resolution bool
	// denial: a negator that also covers a कि clause after it.
	denial bool
	// retort: "जवाब में", "counter": hostile only from an entity attacked
	// earlier in the story, and only towards its attacker.
	retort bool
}

// lexicon is the stance cue lexicon (see LEXICON.md for the summary).
// Weights: 2 = unambiguous (liar, enmity, rift), 1.5 = a clear act
// (criticise, attack, praise), 1 = a softer signal; a relation cue outweighs
// the friendship it qualifies ("दोस्ती में दरार" is hostile).
var lexicon = []cue{
	// --- hostile acts: calling a liar, attacking, accusing, mocking,
	// taunting, criticising, suing, demanding removal.
	{words: "झूठ*", hostile: true, weight: 2},
	{words: "धोख*", hostile: true, weight: 2},
	{words: "फ्रॉड*", hostile: true, weight: 2},
	{words: "ठग*", hostile: true, weight: 1.5},
	{words: "गद्दार*", hostile: true, weight: 2},
	{words: "पाखंडी", hostile: true, weight: 1.5},
	{words: "बेवकूफ*", hostile: true, weight: 1.5},
	{words: "मूर्ख*", hostile: true, weight: 1.5},
	{words: "स्कैम*", hostile: true, weight: 1.5},
	{words: "बेबुनियाद", hostile: true, weight: 1.5},
	{words: "फर्जी*", hostile: true, weight: 1.2},
	// "X is the enemy of …" labels X; enmity between two is a relation below.
	{words: "दुश्मन", hostile: true, weight: 1.5},
	{words: "विश्वासघात*", hostile: true, weight: 2},
	{words: "नुकसान पहुंचा*", hostile: true, weight: 1},
	{words: "जांच की मांग", hostile: true, weight: 1.5},
	{words: "जिम्मेदार ठहरा*", hostile: true, weight: 1.5},
	// political labels used as insults
	{words: "विनाशकारी", hostile: true, weight: 1},
	{words: "मार्क्सवादी", hostile: true, weight: 1},
	{words: "कम्युनिस्ट", hostile: true, weight: 1},
	{words: "तानाशाह*", hostile: true, weight: 1.5},
	{words: "फासीवादी", hostile: true, weight: 1.5},
	{words: "निराधार", hostile: true, weight: 1.5},
	{words: "प्रोपेगैंडा", hostile: true, weight: 1.2},
	{words: "दुष्प्रचार*", hostile: true, weight: 1.2},
	{words: "प्रचारक", hostile: true, weight: 1},
	{words: "हमलावर", hostile: true, weight: 1.5},
	// "दावा" (claim) is hostile only as the content of a shared post
	// ("… पोस्ट साझा की, जिसमें दावा किया गया कि X …"): reported speech.
	{words: "दावा", hostile: true, weight: 1, kind: cueAccuse, needShare: true},
	{words: "दावे", hostile: true, weight: 1, kind: cueAccuse, needShare: true},
	{words: "आलोचना*", hostile: true, weight: 1.5},
	{words: "आलोचक*", hostile: true, weight: 1},
	{words: "निंदा", hostile: true, weight: 1.5},
	{words: "हमल*", hostile: true, weight: 1.5},
	{words: "निशान*", hostile: true, weight: 1.5},
	{words: "तंज*", hostile: true, weight: 1.5},
	{words: "ताना", hostile: true, weight: 1.5},
	{words: "ताने", hostile: true, weight: 1.5},
	{words: "कटाक्ष*", hostile: true, weight: 1.5},
	{words: "चुटकी", hostile: true, weight: 1.5},
	// not "मजाक*": मज़ाकिया अंदाज़ (jokingly) is no mockery.
	{words: "मजाक", hostile: true, weight: 1.2},
	{words: "मजाक उड़ा*", hostile: true, weight: 1.5},
	{words: "मखौल", hostile: true, weight: 1.5},
	{words: "उपहास", hostile: true, weight: 1.5},
	{words: "खिल्ली", hostile: true, weight: 1.5},
	{words: "ट्रोल*", hostile: true, weight: 1.2},
	{words: "बरसे", hostile: true, weight: 1.5},
	{words: "बरसा", hostile: true, weight: 1.5},
	{words: "बरसते", hostile: true, weight: 1.5},
	{words: "बरसीं", hostile: true, weight: 1.5},
	{words: "भड़क*", hostile: true, weight: 1.5},
	{words: "लताड़*", hostile: true, weight: 1.5},
	{words: "फटकार*", hostile: true, weight: 1.5},
	{words: "कोसा", hostile: true, weight: 1.5},
	{words: "कोसते", hostile: true, weight: 1.5},
	{words: "घेरा", hostile: true, weight: 1},
	{words: "घेरते", hostile: true, weight: 1},
	{words: "घेरने", hostile: true, weight: 1},
	{words: "खरी खोटी", hostile: true, weight: 1.5},
	{words: "खरी - खोटी", hostile: true, weight: 1.5},
	{words: "लिए खतरा", hostile: true, weight: 1.5},
	{words: "पद छोड़ने की सलाह", hostile: true, weight: 1.5},
	{words: "आड़े हाथों", hostile: true, weight: 1.5},
	// idioms of exposing, turning away and distancing: "X की पोल खोली",
	// "X से मुंह फेरा", "X से दूरी बनाई" (the object carries से or की).
	{words: "पोल खोल*", hostile: true, weight: 1.5},
	{words: "मुंह फेर*", hostile: true, weight: 1.5},
	{words: "दूरी बना*", hostile: true, weight: 1.2},
	{words: "बौखला*", hostile: true, weight: 1.2},
	{words: "गलत बता*", hostile: true, weight: 1.2},
	{words: "गलत करार", hostile: true, weight: 1.2},
	{words: "गलत ठहरा*", hostile: true, weight: 1.2},
	{words: "उत्पीड़न", hostile: true, weight: 1.2},
	{words: "पलटवार", hostile: true, weight: 1.5},
	{words: "जवाब में", hostile: true, weight: 1, retort: true},
	{words: "जवाबी", hostile: true, weight: 1, retort: true},
	{words: "counter*", hostile: true, weight: 1, retort: true},
	{words: "धमकी*", hostile: true, weight: 1.2},
	{words: "धमका*", hostile: true, weight: 1.2},
	{words: "बदनाम*", hostile: true, weight: 1.5},
	{words: "विरोध*", hostile: true, weight: 1},
	{words: "नफरत", hostile: true, weight: 1.5},
	{words: "घृणा", hostile: true, weight: 1.5},
	{words: "नाराज*", hostile: true, weight: 1.2},
	{words: "कठघरे", hostile: true, weight: 1.5},
	{words: "सवाल उठा*", hostile: true, weight: 1},
	{words: "मुकदम*", hostile: true, weight: 2, resolvable: true},
	{words: "मुक़दम*", hostile: true, weight: 2, resolvable: true},
	{words: "केस किया", hostile: true, weight: 1.5, resolvable: true},
	{words: "हटाने की मांग", hostile: true, weight: 2},
	{words: "इस्तीफे की मांग", hostile: true, weight: 2},
	{words: "इस्तीफा देने की मांग", hostile: true, weight: 2},
	{words: "प्रतिस्थापन की मांग", hostile: true, weight: 2},
	{words: "बर्खास्त*", hostile: true, weight: 1.5},
	{words: "गिरफ्तार*", hostile: true, weight: 1.2},
	{words: "बाहर करने की मांग", hostile: true, weight: 2},
	{words: "आरोप*", hostile: true, weight: 1.5, kind: cueAccuse},
	{words: "इल्जाम*", hostile: true, weight: 1.5, kind: cueAccuse},
	// --- hostile relationships: rift or bitterness between two.
	{words: "दुश्मनी", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "नोकझोंक", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "दरार", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "खटास", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "कड़वाहट", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "तल्खी", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "अनबन", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "तकरार", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "झगड़*", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "खींचतान", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	// a relationship that soured: "X और Y के रिश्ते बिगड़ गए".
	{words: "बिगड़*", hostile: true, weight: 1.2, kind: cueRelation, resolvable: true},
	{words: "तनाव", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "टकराव", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "टकरा*", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "भिड़*", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "जुबानी जंग", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "जंग", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "मतभेद*", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "विवाद*", hostile: true, weight: 1.2, kind: cueRelation, resolvable: true},
	{words: "प्रतिद्वंद्वि*", hostile: true, weight: 1.2, kind: cueRelation, resolvable: true},
	{words: "प्रतिद्वंदि*", hostile: true, weight: 1.2, kind: cueRelation, resolvable: true},
	{words: "आमने सामने", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "आमने - सामने", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "बनाम", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "ठनी", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "ठन गई", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "छींटाकशी", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "अदावत*", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	// --- English cue words in Latin script (code-mixed copy).
	{words: "liar*", hostile: true, weight: 2},
	{words: "lie", hostile: true, weight: 1.5},
	{words: "lies", hostile: true, weight: 1.5},
	{words: "lying", hostile: true, weight: 1.5},
	{words: "fraud*", hostile: true, weight: 2},
	{words: "scam*", hostile: true, weight: 1.5},
	{words: "swindl*", hostile: true, weight: 2},
	{words: "attack*", hostile: true, weight: 1.5},
	{words: "slam*", hostile: true, weight: 1.5},
	{words: "blast*", hostile: true, weight: 1.5},
	{words: "mock*", hostile: true, weight: 1.5},
	{words: "taunt*", hostile: true, weight: 1.5},
	{words: "critici*", hostile: true, weight: 1.5},
	{words: "sue", hostile: true, weight: 2, resolvable: true},
	{words: "sued", hostile: true, weight: 2, resolvable: true},
	{words: "sues", hostile: true, weight: 2, resolvable: true},
	{words: "suing", hostile: true, weight: 2, resolvable: true},
	{words: "lawsuit*", hostile: true, weight: 2, resolvable: true},
	{words: "troll*", hostile: true, weight: 1.2},
	{words: "hypocrit*", hostile: true, weight: 1.5},
	{words: "mislead*", hostile: true, weight: 1.5},
	{words: "misled", hostile: true, weight: 1.5},
	{words: "fake", hostile: true, weight: 1.2},
	{words: "cheat*", hostile: true, weight: 2},
	{words: "betray*", hostile: true, weight: 2},
	{words: "bash*", hostile: true, weight: 1.5},
	{words: "blame*", hostile: true, weight: 1.5},
	{words: "jab*", hostile: true, weight: 1.2},
	{words: "dig", hostile: true, weight: 1.2},
	{words: "roast*", hostile: true, weight: 1.2},
	{words: "ridicul*", hostile: true, weight: 1.5},
	{words: "insult*", hostile: true, weight: 1.5},
	{words: "condemn*", hostile: true, weight: 1.5},
	{words: "threat*", hostile: true, weight: 1.2},
	{words: "hit out", hostile: true, weight: 1.5},
	{words: "takes aim", hostile: true, weight: 1.5},
	{words: "took aim", hostile: true, weight: 1.5},
	{words: "target*", hostile: true, weight: 1.2},
	{words: "idiot*", hostile: true, weight: 1.5},
	{words: "clown*", hostile: true, weight: 1.5},
	{words: "loser*", hostile: true, weight: 1.5},
	{words: "accus*", hostile: true, weight: 1.5, kind: cueAccuse},
	{words: "rift", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "feud*", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "spat", hostile: true, weight: 2, kind: cueRelation, resolvable: true},
	{words: "clash*", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "vs", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},
	{words: "versus", hostile: true, weight: 1.5, kind: cueRelation, resolvable: true},

	// --- supportive: praising, backing, congratulating, trusting,
	// thanking, allying.
	{words: "तारीफ*", weight: 1.5},
	{words: "प्रशंस*", weight: 1.5},
	{words: "सराह*", weight: 1.5},
	{words: "समर्थन", weight: 1.5},
	{words: "समर्थक*", weight: 1},
	{words: "समर्थित", weight: 1},
	{words: "बधाई", weight: 1.5},
	{words: "धन्यवाद", weight: 1.2},
	{words: "शुक्रिया", weight: 1.2},
	{words: "आभार*", weight: 1.2},
	{words: "भरोसा", weight: 1},
	{words: "भरोसे", weight: 1},
	{words: "विश्वास", weight: 0.8},
	{words: "बचाव", weight: 1.2},
	{words: "पक्ष में", weight: 1.2},
	{words: "साथ खड़े", weight: 1.5},
	{words: "साथ खड़ा", weight: 1.5},
	{words: "साथ खड़ी", weight: 1.5},
	// idioms of praise: "X के कसीदे पढ़े", "X की पीठ थपथपाई".
	{words: "कसीदे", weight: 1.5},
	{words: "पीठ थपथपा*", weight: 1.5},
	{words: "थपथपाई पीठ", weight: 1.5},
	{words: "हौसला बढ़ा*", weight: 1.2},
	{words: "स्वागत", weight: 1},
	{words: "सम्मान*", weight: 1},
	{words: "दोस्त*", weight: 1, kind: cueRelation},
	{words: "मित्र*", weight: 1, kind: cueRelation},
	{words: "गठबंधन", weight: 1, kind: cueRelation},
	{words: "हाथ मिला*", weight: 1, kind: cueRelation},
	{words: "praise*", weight: 1.5},
	{words: "prais*", weight: 1.5},
	{words: "support*", weight: 1.5},
	{words: "endors*", weight: 1.5},
	{words: "congratulat*", weight: 1.5},
	{words: "thank*", weight: 1.2},
	{words: "backs", weight: 1.2},
	{words: "backed", weight: 1.2},
	{words: "backing", weight: 1.2},
	{words: "laud*", weight: 1.5},
	{words: "hail*", weight: 1.2},
	{words: "welcome*", weight: 1},
	{words: "defend*", weight: 1.2},
	{words: "stands by", weight: 1.5},
	{words: "stood by", weight: 1.5},
	{words: "trust*", weight: 1},
	{words: "ally", weight: 1, kind: cueRelation},
	{words: "allies", weight: 1, kind: cueRelation},
	{words: "friend*", weight: 1, kind: cueRelation},

	// --- negators: a cue with one of these within the next few words (or
	// right before it) does not count: "कोई दुश्मनी नहीं", "निशाना नहीं साधा".
	{words: "नहीं", negation: true},
	{words: "नही", negation: true},
	{words: "न", negation: true},
	{words: "ना", negation: true},
	{words: "मत", negation: true},
	{words: "इनकार*", negation: true, denial: true},
	{words: "इंकार*", negation: true, denial: true},
	{words: "खंडन", negation: true, denial: true},
	{words: "not", negation: true},
	{words: "no", negation: true},
	{words: "never", negation: true},
	{words: "परहेज", negation: true},
	// "इस छींटाकशी से दूर रहे": staying away from a quarrel is none.
	{words: "दूर", negation: true},
	{words: "refus*", negation: true},
	{words: "denied", negation: true, denial: true},
	{words: "denies", negation: true, denial: true},
	// resolutions undo only lawsuits and quarrels.
	{words: "वापस", negation: true, resolution: true},
	{words: "खत्म", negation: true, resolution: true},
	{words: "निपट*", negation: true, resolution: true},
	{words: "सुलझ*", negation: true, resolution: true},
	{words: "समझौत*", negation: true, resolution: true},
	{words: "settle*", negation: true, resolution: true},
	{words: "withdr*", negation: true, resolution: true},
}

// cuePattern is one normalised word of a cue.
type cuePattern struct {
	word   string
	prefix bool
}

type compiledCue struct {
	cue
	pats []cuePattern
}

// cueIndex finds cues by their first word: exactly, or by prefix.
type cueIndex struct {
	exact map[string][]int
	// prefix holds the prefix cues by their first character, so a word
	// is checked against a handful of them, not all.
	prefix map[rune][]int
	cues   []compiledCue
}

func compileLexicon() *cueIndex {
	ix := &cueIndex{exact: map[string][]int{}, prefix: map[rune][]int{}}
	for _, c := range lexicon {
		var pats []cuePattern
		for _, w := range strings.Fields(c.words) {
			p := strings.HasSuffix(w, "*")
			w = hindi.NormalizeString(strings.TrimSuffix(w, "*"))
			pats = append(pats, cuePattern{word: w, prefix: p})
		}
		i := len(ix.cues)
		ix.cues = append(ix.cues, compiledCue{cue: c, pats: pats})
		if pats[0].prefix {
			r, _ := utf8.DecodeRuneInString(pats[0].word)
			ix.prefix[r] = append(ix.prefix[r], i)
		} else {
			ix.exact[pats[0].word] = append(ix.exact[pats[0].word], i)
		}
	}
	return ix
}

func (p cuePattern) match(w string) bool {
	if p.prefix {
		return strings.HasPrefix(w, p.word)
	}
	return w == p.word
}

// at returns the cue matching at word i of words (longest first), and its
// length in words.
func (ix *cueIndex) at(words []string, i int) (*compiledCue, int) {
	var best *compiledCue
	bestN := 0
	try := func(k int) {
		c := &ix.cues[k]
		if len(c.pats) <= bestN || i+len(c.pats) > len(words) {
			return
		}
		// Quotes inside an idiom do not break it: "'गलत' बताया",
		// "पीठ 'थपथपाई'".
		j := i
		for pi, p := range c.pats {
			for pi > 0 && j < len(words) && isQuote(words[j]) {
				j++
			}
			if j >= len(words) || !p.match(words[j]) {
				return
			}
			j++
		}
		if j-i > bestN {
			best, bestN = c, j-i
		}
	}
	for _, k := range ix.exact[words[i]] {
		try(k)
	}
	if words[i] == "" {
		return best, bestN
	}
	r, _ := utf8.DecodeRuneInString(words[i])
	for _, k := range ix.prefix[r] {
		if strings.HasPrefix(words[i], ix.cues[k].pats[0].word) {
			try(k)
		}
	}
	return best, bestN
}

// isQuote reports a quotation mark token (normalised: curly quotes are straight).
func isQuote(w string) bool { return w == "'" || w == "\"" || w == "`" }

// otherNames are given names and surnames of people who share a name with
// a tracked person: a surname alias right after one of these (नीरव मोदी,
// अनिल अंबानी, डेविड एलिसन), or a given-name alias right before one (सैम
// पित्रोदा), is another person. The watchlist's exclude lists cover more.
var otherNames = []string{
	// given names
	"मेलानिया", "इवांका", "एरिक", "बैरन", "लारा", "टिफनी", "फ्रेड", "किम्बल", "किंबल", "एरोल", "मेय",
	"जैक", "डेविड", "मेगन", "अनिल", "नीता", "आकाश", "ईशा", "अनंत", "धीरूभाई", "टीना", "श्लोका",
	"करण", "राजेश", "प्रणव", "विनोद", "जीत", "सागर", "प्रीति", "नीरव", "ललित", "सुशील", "सोनिया",
	"प्रियंका", "इंदिरा", "राजीव", "महात्मा", "फिरोज", "वरुण", "मेनका", "संजय", "डस्टिन", "रैंडी",
	"जॉन", "जेम्स", "माइकल", "रॉबर्ट", "रिचर्ड", "पीटर", "पॉल", "जेफ", "स्टीव", "बिल", "टिम", "सर्गेई",
	"अहमद", "लू", "फिलिप", "मार्कस", "माइक", "टॉम", "एंड्रयू", "ब्रायन", "केविन", "जेसन", "डैनियल", "मैथ्यू",
	"रयान", "जोश", "एलेक्स", "सारा", "एमा", "अनिल", "मुकेश", "सुरेश", "रमेश", "महेश", "गौरव", "हैरी", "चार्ल्स", "जॉर्ज", "जेम्स", "विलियम", "थॉमस", "केएल",
	"melania", "ivanka", "eric", "barron", "kimbal", "errol", "jack", "david", "anil", "nita", "akash",
	"isha", "anant", "nirav", "lalit", "sushil", "sonia", "priyanka", "indira", "rajiv", "dustin", "randi",
	// surnames after a tracked given name
	"पित्रोदा", "बैंकमैन", "करन", "कुरेन", "मानेकशॉ", "द्रविड़", "बजाज", "नार्वेकर", "बोस", "वैद्य",
	"त्रिपाठी", "चाहर", "तेवतिया", "रॉय", "कंवल", "शर्मा", "सिंह", "गुप्ता", "वर्मा", "हेस्टिंग्स",
	"खान", "पटेल", "मेहता", "जोशी", "यादव", "pitroda", "bankman", "curran", "dravid", "hastings",
}
