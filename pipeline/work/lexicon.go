package work

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
)

// The stance lexicon is data: lexicon/*.yaml, embedded in the binary and
// validated when an Analyzer is built. Adding a construction is a data line
// plus its test sentence (TestLexiconEntries reads every entry's sentence).
//
//go:embed lexicon/*.yaml
var lexiconFS embed.FS

// marker is how a noun group is tied to its clause: the postposition after
// it (or the construction around it).
type marker uint8

const (
	mkBare      marker = iota // no postposition: a subject (or a headline's topic)
	mkAgent                   // ने, द्वारा, की ओर से, "X के प्रवक्ता ने"
	mkKo                      // को
	mkPar                     // पर
	mkSe                      // से
	mkGen                     // का/की/के + a frame noun: "X की आलोचना"
	mkKhilaf                  // के खिलाफ, के विरुद्ध
	mkLiye                    // के लिए
	mkSaath                   // के साथ
	mkPrati                   // के प्रति
	mkBetween                 // के बीच
	mkMod                     // a modifier: "ओपनएआई के सीईओ", "टेस्ला प्रमुख"
	mkPlace                   // a place: "एक्स पर", "मेटा के मंच पर"
	mkAbout                   // a topic: "X के बारे में", "X को लेकर"
	mkAccording               // "X के मुताबिक": the clause is X's words
	nMarkers
)

var markerNames = map[string]marker{
	"bare": mkBare, "agent": mkAgent, "ko": mkKo, "par": mkPar, "se": mkSe, "gen": mkGen,
	"khilaf": mkKhilaf, "liye": mkLiye, "saath": mkSaath, "prati": mkPrati, "between": mkBetween,
}

// Frame is one predicate of the lexicon (lexicon/frames.yaml).
type Frame struct {
	// Words are the predicate's words, space separated; a trailing "*"
	// makes a word a prefix (inflections: आलोचना/आलोचनाओं), a trailing
	// "+" a verb stem (pattern.verb); light verbs read their cells
	// (lightVerbs), gap words may stand between the words (Gap).
	Words    string  `yaml:"words"`
	Polarity string  `yaml:"polarity"` // hostile, supportive or none
	Kind     string  `yaml:"kind"`
	Weight   float64 `yaml:"weight"`
	// Target lists the markers that make a noun group the frame's target
	// (default gen, ko, par, khilaf).
	Target []string `yaml:"target"`
	// GenSource: "X का <frame>" names the doer when the clause has no
	// other agent ("X का तंज").
	GenSource bool `yaml:"gen_source"`
	// Symmetric frames describe a relation between two ("X और Y के बीच
	// तनाव"): both directions.
	Symmetric bool `yaml:"symmetric"`
	// Content frames (accusations) take as target the subjects of the
	// content clause that follows ("आरोप लगाया कि Y …").
	Content bool `yaml:"content"`
	// Retort frames with no target of their own answer the agent's
	// last attacker ("जवाब में …").
	Retort bool `yaml:"retort"`
	// NoAgent: the frame reads only where nobody acts with ने (a
	// headline's "X का जवाब"); "X ने … जवाब दिया" is just a reply.
	NoAgent bool `yaml:"no_agent"`
	// PersonTarget: only a person can be the target (donations,
	// campaigning: a company raising money for a deal is no stance).
	PersonTarget bool `yaml:"person_target"`
	// TargetBefore lists target markers the frame takes only on a name
	// before it ("Y में सबसे बड़ा निवेशक X है", not "निवेशक X ने कहा कि
	// अगर Y 2028 में …"); each is a target marker too (target25.go).
	TargetBefore []string `yaml:"target_before"`
	// NoDeal: a tracked deal is never the target (an investor in a joint
	// project is one of its members, no stance: SCHEMA).
	NoDeal bool `yaml:"no_deal"`
	// Mutual frames are an agreement one side makes with a partner
	// ("X ने Y के साथ करार पर दस्तखत किए", "X ने Y से हाथ मिलाया"): it
	// binds both, so one agent and one partner marked के साथ/से give
	// both directions, and so do two coordinated agents who sign it
	// ("X और Y ने करार पर दस्तखत किए"; not a handshake, as often a
	// meeting's); no partner gives nothing.
	Mutual bool `yaml:"mutual"`
	// Flipped gives what a frame of polarity none becomes after a
	// rupture flipper ("रिश्ता … खत्म", "न्योता वापस लिया": hostile).
	Flipped string `yaml:"flipped"`
	// Negated gives what the frame means under negation when that is
	// not nothing ("भरोसा नहीं" is distrust: hostile).
	Negated string `yaml:"negated"`
	// Speech frames frame a content clause (कहा, लिखा, बोले): their
	// agent is the speaker of what follows.
	Speech bool `yaml:"speech"`
	// Report frames are criticism said in words (आलोचना, सवाल उठाना):
	// told in someone else's words with no object tracked, they report
	// the doer's speech and are no charge of that speaker's against the
	// doer ("X ने कहा, 'Y ने आज कई सवाल उठाए'"); said to be aimed at the
	// speaker they are the doer's stance toward him.
	Report bool `yaml:"report"`
	// Cause frames are a harm told through its cause ("Y की नीतियों से
	// किसानों को नुकसान हुआ", "Y के टैरिफ से महंगाई बढ़ेगी"): the target is
	// only the name under से, never an act's (". . . रद्द करने से"); with no
	// such name there is no stance (not the clause's subject); foretold
	// in someone's words, the harm is the speaker's charge now.
	Cause bool `yaml:"cause"`
	// Kept: a flipper that ends the act ("मुकदमा वापस लिया", "… रद्द")
	// presupposes it: a suit withdrawn was filed, so the suer's hostile
	// stance stands; a settlement flipper (निपट-, समझौत-), whose agent
	// may be the defendant, gives the suer named for the suit → the
	// settler (SCHEMA: the suit a settlement ends still counts).
	Kept bool `yaml:"kept"`
	// Presupposed: the frame names a deal as done ("X और Y के बीच हुए
	// करार के तहत …"): asserted as a noun under a postposition and in a
	// clause about what will follow from it.
	Presupposed bool `yaml:"presupposed"`
	// UnlessHostile: read only in a sentence with no hostile frame or
	// evaluative ("X ने Y की पोस्ट साझा की" endorses; "… साझा कर तंज
	// कसा" does not).
	UnlessHostile bool `yaml:"unless_hostile"`
	// Emphatic (session 24): read only after an emphasis on its first
	// word ("एक भी सवाल का जवाब नहीं", "किसी सवाल का …"); the plain form
	// is narration's unanswered question ("X ने इस सवाल का जवाब नहीं
	// दिया कि क्या …"), no charge (emphasisBefore24, wfix24.go).
	Emphatic bool `yaml:"emphatic"`
	// Worded (session 27): a reply read only where its sentence carries
	// a hostile frame or evaluative of its own beside the entry's words
	// (session-26 ruling, rule 1: a plain reply is no stance; its words
	// decide; hostileBeside27, reply27.go).
	Worded bool `yaml:"worded"`
	// outcome: an entry of outcomes.yaml (session 22), an act told by
	// its outcome; a good one, in someone's words, praises its doer.
	outcome bool
	// Gap is how many gap words (words.yaml gap_words: particles,
	// adverbs, intensifiers, negators) may stand between the entry's
	// words, in all: "निशाना एक बार फिर साधा", "दूरी क्यों बढ़ी". Unset:
	// defaultGap for an entry of two words or more; 0 turns it off.
	Gap    *int     `yaml:"gap"`
	Test   string   `yaml:"test"`
	Expect []string `yaml:"expect"`

	file    string
	line    int
	pol     int8 // +1 supportive, -1 hostile, 0 none
	negPol  int8
	flipPol int8
	targets [nMarkers]bool
	// before marks the TargetBefore markers.
	before [nMarkers]bool
}

// Evaluative is a word that praises or damns a person (lexicon/evaluative.yaml).
// An adjective written with -ा also matches its -े and -ी forms.
type Evaluative struct {
	W   string `yaml:"w"`
	Pol string `yaml:"pol"`
	// Attack: said of someone's charge ("आरोपों को झूठ बताया") it
	// attacks the one who made it; a mere denial (निराधार) does not.
	Attack bool `yaml:"attack"`
	// CallingOnly: read only when someone is called it ("X ने Y को अपना
	// दोस्त बताया"), not as the subject's predicate in reported words
	// ("… X उनके सबसे करीबी दोस्त हैं" is about someone else).
	CallingOnly bool `yaml:"calling_only"`
	// Noun: a noun in -ा (खतरा, धोखा) inflects only to its -े form; its
	// oblique plural ("एआई के खतरों को समझते हैं") judges no one.
	Noun   bool     `yaml:"noun"`
	Test   string   `yaml:"test"`
	Expect []string `yaml:"expect"`
	file   string
	line   int
	pol    int8
}

// Flipper changes the reading of a frame a few words before it
// (lexicon/flippers.yaml): "समर्थन वापस लिया" is hostile, "मुकदमा वापस
// लिया" none.
type Flipper struct {
	Words string `yaml:"words"`
	// Supportive and Hostile say what a frame of that polarity becomes:
	// hostile, supportive or none.
	Supportive string   `yaml:"supportive"`
	Hostile    string   `yaml:"hostile"`
	Kind       string   `yaml:"kind"`
	Gap        *int     `yaml:"gap"` // as Frame.Gap
	Test       string   `yaml:"test"`
	Expect     []string `yaml:"expect"`
	file       string
	line       int
	onSup      int8
	onHos      int8
}

// wordClass is one list of function words (lexicon/words.yaml).
type wordClass struct {
	Words  []string `yaml:"words"`
	Test   string   `yaml:"test"`
	Expect []string `yaml:"expect"`
	file   string
	line   int
}

// Function-word flags: one lookup per word screens a sentence.
const (
	fwNeg          uint64 = 1 << iota // negator
	fwQuestion                        // क्या
	fwWh                              // क्यों, कैसे …: a ? with one asserts
	fwSpec                            // speculation: अटकलें, संभावना, शायद, सकते …
	fwCond                            // अगर, यदि
	fwBreak                           // लेकिन, जबकि …: a clause break
	fwKi                              // कि: a content clause
	fwRel                             // जो, जिसमें …: a relative clause
	fwRelAgent                        // जिन्होंने, जिसने: the relative's agent
	fwFinite                          // a finite verb or auxiliary that may close a clause
	fwAnd                             // और, तथा, व, एवं
	fwAgentPron                       // उन्होंने
	fwTargetPron                      // उन्हें, उनको
	fwObliquePron                     // उन, उस (+ पर/को)
	fwGenPron                         // उनके, उसकी …
	fwSubjPron                        // वह, वे
	fwBoth                            // दोनों
	fwRecip                           // एक-दूसरे, परस्पर
	fwRoleNoun                        // प्रमुख, सीईओ …
	fwPlaceNoun                       // मंच, प्लेटफॉर्म … (a genitive head that is a place)
	fwPostWord                        // पोस्ट, लिखा, संदेश … after पर: a platform is a place
	fwProxy                           // प्रवक्ता, वकील: speaks for the possessor
	fwOrgNoun                         // कंपनी ने: the story's last organisation
	fwCharge                          // आरोप, दावे: a charge noun
	fwTemporal                        // बाद, दौरान … after के: a time, not an act
	fwDenial                          // इनकार, खंडन: covers the content clause
	fwNegExcept                       // केवल, सिर्फ, थक… after a negator: no negation
	fwPostSpeech                      // बोले X: the subject follows
	fwSpeech                          // कहा, बोले, लिखा: a speech verb
	fwCopula                          // है, हैं, थे: an evaluation's verb
	fwCall                            // बताया, कहा, करार, ठहराया: calling someone something
	fwShare                           // साझा, शेयर: sharing a post
	fwAbout                           // बारे, लेकर: a topic
	fwOwn                             // अपनी, अपने: one's own
	fwOwnerNoun                       // प्रशासन, सरकार, अभियान: "X प्रशासन" is Trump's
	fwPostposition                    // को, पर, से, में, ने, का, की, के
	fwEntry                           // the word starts a lexicon entry exactly
	fwEpithet                         // the word starts a watchlist epithet
	fwPairNoun                        // नेताओं, दिग्गजों: "दोनों नेताओं" is the pair
	fwDecision                        // फैसला, ऐलान: "तोड़ने का फैसला" is the act
	fwTitle                           // प्रधानमंत्री, PM, श्री: a title before a name
	fwHearsay                         // माना/बताया/कहा + जा रहा: hearsay
	fwTimeNoun                        // सोमवार, सुबह: "X सोमवार को" is a time, not X's
	fwUnjust                          // बेवजह, अनुचित: an attack called unjustified defends its target
)

var wordClassFlags = map[string]uint64{
	"negators": fwNeg, "question": fwQuestion, "wh": fwWh, "speculation": fwSpec,
	"conditional": fwCond, "clause_breaks": fwBreak, "complementizers": fwKi,
	"relatives": fwRel, "relative_agents": fwRelAgent, "finite": fwFinite, "and": fwAnd,
	"agent_pronouns": fwAgentPron, "target_pronouns": fwTargetPron, "oblique_pronouns": fwObliquePron,
	"genitive_pronouns": fwGenPron, "subject_pronouns": fwSubjPron, "both": fwBoth,
	"reciprocals": fwRecip, "role_nouns": fwRoleNoun, "place_nouns": fwPlaceNoun,
	"posting_words": fwPostWord, "proxy_nouns": fwProxy, "org_nouns": fwOrgNoun,
	"charge_nouns": fwCharge, "temporal": fwTemporal, "denials": fwDenial,
	"negation_exceptions": fwNegExcept, "post_speech": fwPostSpeech, "speech_verbs": fwSpeech,
	"copulas": fwCopula, "calling_verbs": fwCall, "calling_verbs34": fwCall, "sharing": fwShare, "topic_words": fwAbout,
	"own": fwOwn, "owner_nouns": fwOwnerNoun, "postpositions": fwPostposition, "pair_nouns": fwPairNoun, "decisions": fwDecision, "titles": fwTitle, "hearsay": fwHearsay,
	"time_nouns": fwTimeNoun, "unjustified": fwUnjust,
}

// Word-class bits (words.yaml; session 21): small classes of words that
// a rule reader asks of one token (sentCtx.class). Unlike the flags they
// mark no function word: the layers that read a word with no flag as a
// name or a content word do not see them.
const (
	cwApposKind      uint64 = 1 << iota // appos_kinds: "Y की कंपनी Z", a kind noun between owner and name
	cwRecordNoun                        // record_nouns: a record of someone's own words (भाषण, वीडियो)
	cwSentAdverb                        // sentence_adverbs: अब, फिलहाल between a subject and its predicate
	cwGroupNoun                         // group_nouns: a body a person belongs to or heads
	cwVersus                            // versus_words: बनाम, vs between a contest's two sides
	cwEdge                              // edge_words: words that give plain words an edge (namedWordsHostile21)
	cwJoy22                             // joy_nouns: joy or pride at what someone does (joyThat22)
	cwAccuracy                          // accuracy_words: words that judge words only incomplete or unconfirmed (family22.go)
	cwKarNoClause                       // kar_no_clause: words in -कर that close no act (manner adverbs, nouns; conjunctiveBetween22)
	cwRefusedMoney                      // refused_money: nouns of money a refusal names ("एक पाई भी नहीं"; moneyRefused23)
	cwKarCompound                       // kar_compound: words after a bare कर that make it a finite verb, no participle (denialParticiple22)
	cwShield23                          // shield_words: shielding or favouring someone, said as a charge (tieInCharge16)
	cwFollower23                        // follower_nouns: supporters, fans, workers: people of X who do not speak for X (participants)
	cwJointBody23                       // joint_bodies: bodies two or more form together after संयुक्त/साझा (jointBody23)
	cwShortMeans24                      // short_means: means said to fall short of a sum ("N से भी कम की रकम"; readShortMeans24)
	cwDealPointer24                     // deal_pointers: nouns that point back to the story's deal ("परियोजना के पास"; readDealLack24)
	cwTieMilestone24                    // tie_milestones: a tie called a milestone ("यह करार … का अगला अध्याय है"; readTieMilestone24)
	cwMadeVictim24                      // made_victims: what another makes of Y casts Y as the victim ("Y को कठपुतली बना दिया"; madeInto24)
	cwHeldValue24                       // held_values: an investment's value or return ("निवेश का मूल्य"; readInvestHeld24's heldValue24 list)
	cwRaisedFor24                       // raised_money: money raised or borrowed for a purpose ("निवेश के लिए कर्ज लिया"; readInvestHeld24)
	cwJibeNoun24                        // jibe_nouns: a mockery noun read with a light verb after it ("चुटकी लेते हुए"; readJibeWords24)
	cwLetterWord24                      // letter_words: a written message sent to someone ("Y को चिट्ठी भेजकर"; letterAddressee24)
	cwLackFiller24                      // lack_fillers: words between the money and its negator ("पैसा है ही नहीं"; readMeansLacked24)
	cwPartnerNoun24                     // partner_nouns: a noun of a tie a headline's speaker affirms ("हम पुराने साथी"; readTieElided24)
	cwTieHolds24                        // tie_holds: a word affirming a tie as it stands ("साझेदारी बरकरार"; readTieElided24)
	cwMonthName24                       // month_names: a month's name as datelines write it ("नई दिल्ली, 3 मार्च।"; datelineSentence24)
	cwChiefRole25                       // chief_roles: a role that ties a person to the organisation he leads ("माइक्रोसॉफ्ट के सीईओ X"; chief25.go)
	cwGrievance25                       // grievance_words: disappointment or ingratitude a helper speaks of ("निराश", "बदले में"; grievedHelp25)
	cwHelpNoun25                        // help_nouns: help given, the word of an endorsement a grievance undoes ("मदद"; grievedHelp25)
	cwPlanTalk25                        // plan_talk: talk of doing something ("देने की बात कर रहे थे"; planTalk25)
	cwRelationNoun25                    // relation_nouns: a relationship whose state is told ("रिश्ते अच्छे थे"; pastRelation25, seemingRelation25)
	cwSeem25                            // seem_verbs: a change said only to seem under way ("सुधरते दिख रहे हैं"; seemingRelation25)
	cwReply25                           // reply_words: a reply or counter-attack, whose answered act a sentence before reports (answeredAttacks25)
	cwPublish25                         // publish_words: publishing a report, a neutral act no reply makes an attack (answeredAttacks25)
	cwCounter25                         // counter_words: a counter-attack, which states the attack it answers (a headline's: answeredAttacks25)
	cwOrgPair25                         // org_pair_nouns: a plural of organisations after दोनों ("दोनों समूहों"): the story's pair of organisations (bothTarget)
	cwTieWord25                         // tie_words: a partnership or tie a supportive sentence names ("O हमारा साझेदार"; tieSentence25, chief225.go)
	cwTieWith25                         // tie_with: "साथ" of a tie with the stance's target ("O के साथ काम करना"; withTarget25, chief225.go)
	cwPlatformNoun25                    // platform_nouns: a noun standing for a platform ("प्लेटफॉर्म के मालिक P"; tieByPlatform25)
	cwParentWord25                      // parent_words: a parent company named after O ("O और उसकी मूल कंपनी X के सीईओ P"; parentBefore25)
	cwCompoundPost26                    // compound_postpositions: the noun of a compound postposition after a genitive ("Y के साथ"; ownedSubject26)
	cwCondition26                       // condition_nouns: a condition of someone's, no thing he owns that acts ("Y की हालत"; ownedSubject26)
	cwBetter26                          // better_than: a comparative before a praise word after "Y से" ("Y से बेहतर साझेदार नहीं"; betterThan26)
	cwHard26                            // hard_words: a word of difficulty that denies a better one exists ("मिलना मुश्किल"; betterThan26)
	cwPerceive26                        // perceive_words: an infinitive of seeing or hearing after "Y को" ("Y को सुनना शानदार"; perceivedJudged26)
	cwSpeechLabel26                     // speech_labels: a speech a headline's label names before a colon ("X का लंबा भाषण: …"; labelSpeaker26)
	cwReportNoun26                      // report_nouns: a report whose owner is its author ("X की रिपोर्ट पर Y: 'यह झूठ'"; claimOwnerBefore26)
	cwArtefact26                        // owned_artefacts: a statement, claim, decision or plan its genitive owner made ("Y के बयान पर"; artefactOwner26)
	cwFunderNoun26                      // funder_nouns: one who funds, a role a calling gives ("Y को … का फंडर बताया"; prec26Veto, superlativeUndone22)
	cwHappen26                          // happening_participles: a participle of happening after "Z में" ("Z में मची उथल-पुथल"; happenedIn26)
	cwOngoing26                         // ongoing_participles: a participle of going on or filing after "Y के खिलाफ" ("Y के खिलाफ चल रहे अभियान"; actAgainst26)
	cwVenture26                         // formed_ventures: a new venture's noun between a deal's name and its announcement ("स्टारगेट नाम की कंपनी का ऐलान"; dealFormed26)
	cwDevour26                          // devour_verbs: a verb of swallowing whose को-object a jibe mocks ("Y को जिंदा निगल जाएगा"; devoured26)
	cwAnswer27                          // answer_words: answering, rejecting or asking to dismiss what another said or filed ("Y के मुकदमे को खारिज करने की मांग"; answeredAt27)
	cwQuestion27                        // interview_questions: a question's paragraph label ("Q:", "सवाल:"; interviewCue27)
	cwIntAnswer27                       // interview_answers: an answer's paragraph label ("A:", "जवाब:"; interviewCue27)
	cwTalkMark27                        // interviewee_marks: a word after the interviewee's name in an interview's intro ("X ने हमसे बात की"; interviewee27)
	cwQuarrel27                         // quarrel_nouns: a soured relation or a war between two (खटास, तनाव, जंग; sour27.go)
	cwDifference27                      // difference_nouns: a difference only, no quarrel (मतभेद; sour27.go)
	cwDispute27                         // dispute_nouns: a matter or a case, never a stance (विवाद; sour27.go)
)

// classWord2 is the second word of word-class bits (words.yaml classes),
// opened in session 27 when the first uint64 was full. It is a type of
// its own so that a bit of one word cannot be tested against the other:
// rule readers ask sentCtx.class2 (Analyzer.classOf2) for these.
type classWord2 uint64

const (
	cwClaimStrong27   classWord2 = 1 << iota // claim_strong: a word that calls Y's claim a lie (attacks Y; claims27.go)
	cwClaimWeak27                            // claim_weak: a word that only denies Y's claim ("गलत", "निराधार"; weakClaim27)
	cwClaimEdge27                            // claim_edges: Y said to know his claim false or to be always wrong ("वह खुद भी जानते हैं"; weakClaim27)
	cwSaidClaim27                            // said_claims: something Y said, besides the charge nouns ("Y का बयान"; weakClaim27)
	cwOfferNoun27                            // offer_nouns: Y's offer, bid or proposal (plainRefusal27)
	cwOfferRefusal27                         // offer_refusals: turning it down (plainRefusal27)
	cwOfferAttack27                          // offer_attacks: a motive, jibe or counter-offer in a refusal's words (plainRefusal27)
	cwRespect27                              // respect_nouns: respect held for someone, a politeness formula before or after a turn ("उनका सम्मान करता हूं, लेकिन"; politeRespect27)
	cwDislike27                              // liking_nouns: a noun of liking whose negation is dislike of what Y is doing ("जो कर रहे हैं वह पसंद नहीं"; readDislikedDoing27)
	cwTradeWar27                             // trade_wars: a word before जंग that makes it a war of trade between countries, no quarrel ("व्यापार जंग"; tradeWar27)
	cwWordWar27                              // word_wars: a word before जंग that makes it a war of words or a legal battle ("कानूनी जंग"; unmarkedWar27)
	cwGreeting28                             // addressed_greetings: thanks or congratulations with no recipient of their own, said to the addressee (addressed28.go)
	cwDecline28                              // decline_words: a state gone bad after "Y के नेतृत्व में" in someone's words ("देश बर्बाद हुआ"; declineUnder28)
	cwNeed28                                 // need_nouns: a need of someone in someone's words ("देश को Y की जरूरत है"; neededPraise28)
	cwLikeMark28                             // like_marks: "जैसे/जैसा" between a name and the people needed ("Y जैसे लोगों की जरूरत"; neededPraise28)
	cwRelatedBody28                          // related_bodies: a body tied to Y after "Y से जुड़े" ("Y से जुड़े समूह को पैसा"; relatedBody28)
	cwWork28                                 // work_nouns: the work itself after "Y के साथ मिलकर" ("मिलकर काम"; workTogether28)
	cwBeyond28                               // beyond_words: "N से परे" said of a claim, a denial only ("तथ्यों से परे और बेबुनियाद"; pastWeakConjunct28)
	cwTitleFollower28                        // title_followers: an adverb after an organisation's title that lets it stand alone as a subject ("O प्रमुख सिर्फ …"; titleStands28)
	cwSuitEnd28                              // suit_end_words: ending a suit someone else filed ("X की ओर से दायर मुकदमे को खत्म करने के लिए …"; suitEnded28)
	cwThirdAgent29                           // third_party_agents: an untracked body or role that acts in someone's words ("X ने कहा कि आयोग Y की मदद कर रहा है"; genericNoun)
	cwClaimRight29                           // claim_right: a word of rightness whose negation only denies a claim ("यह आंकड़ा सही नहीं है"; claimNotRight29)
	cwHarm29                                 // harm_words: a harm done, as the reason thanks are given for ("जेब हल्की करने के लिए धन्यवाद"; harmThanks29)
	cwOwnership29                            // ownership_nouns: ownership before वाली ("P के स्वामित्व वाली O"; ownedVia29, attach29.go)
	cwActOwner29                             // act_owners: an untracked body that owns an act ("संसद के विधेयक"; untrackedOwner29, attach29.go)
	cwDealing29                              // dealing_nouns: dealings refused for the future with Y ("Y के साथ कोई सौदा नहीं करेंगे"; readSnubPlain23)
	cwRoleHolder29                           // role_holders: a supporter, critic or fan of Y, a stance only as a predicate ("Y के समर्थक हैं"; roleSubject29)
	cwRoleKeep29                             // role_predicates: a word after a role holder that keeps it a predicate ("Y के समर्थक रहे हैं"; roleSubject29)
	cwCampaign29                             // campaign_acts: campaigning or raising money, before करने/जुटाने ("Y का प्रचार करने वाली समिति"; readProxyBacking29)
	cwBackingDeed29                          // backing_deeds: a deed done for Y's campaigners ("… को चंदा दिया", "… की अगुवाई की"; readProxyBacking29)
	cwGathering29                            // gathering_nouns: a gathering whose passive relative tells others' acts ("सम्मेलन, जिसमें … सवाल पूछे गए"; gatheringPassive29)
	cwItKind29                               // it_kinds: an organisation's or venture's kind noun heading the label a bare इसे is called ("इसे 'सबसे बड़ी परियोजना' बताया"; itsKindOrg29)
	cwNewAct30                               // new_act_marks: a word before an act noun that makes it a new act, no one's named before ("एक नया बजट", "अपनी योजना"; untrackedAct29)
	cwRaiseVerb30                            // campaign_verbs: the infinitive right after a campaign word ("प्रचार करने", "धन जुटाने"; readProxyBacking29)
	cwGatherWord30                           // gather_words: a word of gathering between a campaign word and करने ("धन इकट्ठा करने"; readProxyBacking29)
	cwRound30                                // round_nouns: a funding round, pointed back to (grounding.yaml acts_done) only under में/से ("इस दौर में"; actAt), not "इस दौर के" (this era)
	cwDemand31                               // demand_nouns: a demand or appeal of Y's, distanced from with no break with Y ("Y की मांग से दूरी बना ली"; distancedClaim31)
	cwTiedBody31                             // tied_bodies: a body after "Y के <noun> से जुड़ी" ("Y के अभियान से जुड़ी समिति"; tiedBody31)
	cwWeekday31                              // weekdays: a weekday before को that dates an announcement to the last few days ("मंगलवार को … ऐलान हुआ था"; recentForming31)
	cwEspecially31                           // especially_words: the word opening a comma parenthesis that narrows a possessed noun (", खासकर टैरिफ को लेकर,"; especiallyParen31)
	cwFewCount31                             // few_counts: a count before "दिन पहले" that dates an announcement to the last few days ("दो दिन पहले"; recentForming31)
	cwNewsNoun31                             // news_nouns: news told about Y, which an adjective before it judges, not Y ("Y की अच्छी खबरें"; newsAdjective31)
	cwRestWord31                             // rest_words: the rest of a sum just given ("बाकी रकम Z ने दी"; restRecipient31)
	cwSeatNoun32                             // seat_nouns: a seat on Y's body left ("Y के बोर्ड से अलग हो गए"; seatLeft32)
	cwSuitNoun33                             // suit_nouns33: a suit or case that its target answers (suitMotives33, mutual33.go)
	cwSuitMotive33                           // suit_motives33: a motive given to a suit (harassment, jealousy, a ploy; suitMotives33)
	cwAddress34                              // address_words: a word of address after a first name, part of the reference ("मुकेश भाई"; afterAccording33a)
	cwClaimNoun34                            // claim_nouns34: a claim or charge made by its ने-agent ("X ने दावा किया कि"; claimsAnswered34, reply34.go)
	cwReportNoun34                           // report_nouns34: what an outlet publishes; a claim in it is no one's charge (claimsAnswered34)
	cwCampaign34                             // campaign_nouns34: a campaign that speaks for its candidate ("X (के) अभियान ने"; campaignAgent34)
	cwCampaignKind34                         // campaign_kinds34: a word before a campaign noun ("X के चुनाव अभियान ने"; campaignAgent34)
	cwManner34                               // manner_nouns34: a noun of a manner phrase with से/में between a genitive and its act noun ("Y का मजबूती से बचाव"; genitiveGap34)
	cwThis35                                 // this_words35: a demonstrative that points back at the attack a reply judges ("कहा कि यह वही पुराना खेल है"; judgedAttacks35, mutual35.go)
	cwSigning36                              // signing_words36: a signature put on a tie ("X ने Y के साथ संयुक्त उपक्रम पर दस्तखत किए"; signedTie36, silent36.go)
	cwAimNoun36                              // aim_nouns36: an attack's aim owned by a genitive in a headline label ("X का नया निशाना: Y"; aimLabel36, polarity36.go)
	cwReportSpeaker37                        // report_speakers37: an untracked teller of a relationship (analysts, sources, a paper; relationTold37, polarity37.go)
	cwJudgedThing38                          // judged_things38: a thing of Y's a speaker's calling-only label judges as its predicate ("कहा कि Y की योजना एक आपदा है"; judgedThing38, deedposs38.go)
)

// wordClassBits2 names the words.yaml classes of the second word.
var wordClassBits2 = map[string]classWord2{
	// Session 27: FALSE (claims27.go).
	"claim_strong":   cwClaimStrong27,
	"claim_weak":     cwClaimWeak27,
	"claim_edges":    cwClaimEdge27,
	"said_claims":    cwSaidClaim27,
	"offer_nouns":    cwOfferNoun27,
	"offer_refusals": cwOfferRefusal27,
	"offer_attacks":  cwOfferAttack27,
	// Session 27: TURN (polite27.go, dislike27.go).
	"respect_nouns": cwRespect27,
	"liking_nouns":  cwDislike27,
	// Session 27: MEND2 (sour27.go).
	"trade_wars": cwTradeWar27,
	"word_wars":  cwWordWar27,

	// Session 28: RECALL (addressed28.go).
	"addressed_greetings": cwGreeting28,
	// Session 28: QUOTE (speaker28.go).
	"decline_words": cwDecline28,
	"need_nouns":    cwNeed28,
	"like_marks":    cwLikeMark28,
	// Session 28: BREAK (related28.go).
	"related_bodies": cwRelatedBody28,
	"work_nouns":     cwWork28,
	"beyond_words":   cwBeyond28,
	// Session 28: REF (refer28.go).
	"title_followers": cwTitleFollower28,
	// Session 28: FRESH-H (settle28.go).
	"suit_end_words": cwSuitEnd28,
	// Session 29: PRECISION (stance.go genericNoun).
	"third_party_agents": cwThirdAgent29,
	"claim_right":        cwClaimRight29,
	"harm_words":         cwHarm29,
	// Session 29: ATTACH (attach29.go).
	"act_owners":      cwActOwner29,
	"ownership_nouns": cwOwnership29,
	// Session 29: FAMILIES (rupture29.go).
	"dealing_nouns":   cwDealing29,
	"role_holders":    cwRoleHolder29,
	"role_predicates": cwRoleKeep29,
	"campaign_acts":   cwCampaign29,
	"backing_deeds":   cwBackingDeed29,
	"gathering_nouns": cwGathering29,
	// Session 29: FRESH-S (itkind29.go).
	"it_kinds": cwItKind29,
	// Session 30: CLEAN (the word lists of attach29.go and backing29.go).
	"new_act_marks":  cwNewAct30,
	"campaign_verbs": cwRaiseVerb30,
	"gather_words":   cwGatherWord30,
	// Session 30: FRESH-S (actAt).
	"round_nouns": cwRound30,
	// Session 31: LEFT (distancedClaim31).
	"demand_nouns": cwDemand31,
	"tied_bodies":  cwTiedBody31,
	// Session 31: REVIEW2 (recentForming31's word lists).
	"weekdays":   cwWeekday31,
	"few_counts": cwFewCount31,
	// Session 31: REVIEW2 (especiallyParen31's word list).
	"especially_words": cwEspecially31,
	// Session 31: FRESH3-S (news31.go).
	"news_nouns": cwNewsNoun31,
	"rest_words": cwRestWord31,
	// Session 32: FRESHDD (fresh32.go).
	"seat_nouns": cwSeatNoun32,
	// Session 33: MUTUAL (mutual33.go).
	"suit_nouns33":   cwSuitNoun33,
	"suit_motives33": cwSuitMotive33,
	// Session 34: the word list of afterAccording33a (inv33a.go).
	"address_words": cwAddress34,
	// Session 34: REPLY (reply34.go).
	"claim_nouns34":    cwClaimNoun34,
	"report_nouns34":   cwReportNoun34,
	"campaign_nouns34": cwCampaign34,
	"campaign_kinds34": cwCampaignKind34,
	// Session 34: SILENT (genitive34.go).
	"manner_nouns34": cwManner34,
	// Session 35: MUTUAL (mutual35.go).
	"this_words35": cwThis35,
	// Session 36: SILENT (silent36.go).
	"signing_words36": cwSigning36,
	// Session 36: POLARITY (polarity36.go).
	"aim_nouns36":       cwAimNoun36,
	"report_speakers37": cwReportSpeaker37,
	"judged_things38":   cwJudgedThing38,
}

var wordClassBits = map[string]uint64{
	"appos_kinds": cwApposKind, "record_nouns": cwRecordNoun,
	"sentence_adverbs": cwSentAdverb, "group_nouns": cwGroupNoun,
	"versus_words": cwVersus, "edge_words": cwEdge,
	"joy_nouns":       cwJoy22,
	"accuracy_words":  cwAccuracy,
	"kar_no_clause":   cwKarNoClause,
	"refused_money":   cwRefusedMoney,
	"kar_compound":    cwKarCompound,
	"shield_words":    cwShield23,
	"follower_nouns":  cwFollower23,
	"joint_bodies":    cwJointBody23,
	"short_means":     cwShortMeans24,
	"deal_pointers":   cwDealPointer24,
	"tie_milestones":  cwTieMilestone24,
	"made_victims":    cwMadeVictim24,
	"held_values":     cwHeldValue24,
	"raised_money":    cwRaisedFor24,
	"jibe_nouns":      cwJibeNoun24,
	"letter_words":    cwLetterWord24,
	"lack_fillers":    cwLackFiller24,
	"partner_nouns":   cwPartnerNoun24,
	"tie_holds":       cwTieHolds24,
	"month_names":     cwMonthName24,
	"chief_roles":     cwChiefRole25,
	"grievance_words": cwGrievance25,
	"help_nouns":      cwHelpNoun25,
	"plan_talk":       cwPlanTalk25,
	"relation_nouns":  cwRelationNoun25,
	"seem_verbs":      cwSeem25,
	"reply_words":     cwReply25,
	"publish_words":   cwPublish25,
	"org_pair_nouns":  cwOrgPair25,
	"counter_words":   cwCounter25,
	"tie_words":       cwTieWord25,
	"tie_with":        cwTieWith25,
	"platform_nouns":  cwPlatformNoun25,
	"parent_words":    cwParentWord25,

	// Session 26: CLAUSE (ownedSubject26), EVAL (eval26.go, title26.go) and
	// OWNER (owner26.go), PREC (prec26.go).
	"compound_postpositions": cwCompoundPost26,
	"condition_nouns":        cwCondition26,
	"better_than":            cwBetter26,
	"hard_words":             cwHard26,
	"perceive_words":         cwPerceive26,
	"report_nouns":           cwReportNoun26,
	"speech_labels":          cwSpeechLabel26,
	"owned_artefacts":        cwArtefact26,
	"funder_nouns":           cwFunderNoun26,
	"happening_participles":  cwHappen26,
	"ongoing_participles":    cwOngoing26,
	// WRONGPAIR (wrong26.go).
	"formed_ventures": cwVenture26,
	"devour_verbs":    cwDevour26,

	// Session 27: REPLY (reply27.go).
	"answer_words": cwAnswer27,
	// Session 27: STYLE (interview27.go).
	"interview_questions": cwQuestion27,
	"interview_answers":   cwIntAnswer27,
	"interviewee_marks":   cwTalkMark27,
	// Session 27: SOUR (sour27.go).
	"quarrel_nouns":    cwQuarrel27,
	"difference_nouns": cwDifference27,
	"dispute_nouns":    cwDispute27,
}

// defaultGap is how many gap words a multi-word frame or flipper admits
// between its words when its entry says nothing (Frame.Gap).
const defaultGap = 3

// pattern is one normalised word of an entry.
type pattern struct {
	word   string
	prefix bool
	// light: a light verb written "कर*" after an entry's first word,
	// which also matches its past forms (किया, किए, किये, कीं; not की,
	// a genitive as often: "पसंद की टीम"): "Y को बर्बाद कर दिया" and "Y
	// को बर्बाद किया" alike.
	light bool
	// para: a light verb after an entry's first word (any form of it
	// written exactly, or its stem as a prefix) matches every finite
	// form of its verb or family (lightVerbs): "निशाने पर लिया" also
	// reads "निशाने पर ले लेंगे/ली".
	para uint32 // a set of lightVerbs cells, by bit
	// verb: a verb stem written "कोस+": the stem with any ending of
	// verbEndings ("कोसा", "कोसती", "कोसेंगे", "कोसकर"); not a noun's
	// ("कोसों दूर").
	verb bool
	// qset: a word that matches starts with word (no light verb's
	// cells or forms stand in), so one shorter than qn bytes, or not
	// qn long when qexact, or whose byte q2i or qn-1 differs from
	// word's (q2, ql) does not (quickNo); set by Lexicon.add.
	qset, qexact bool
	q2, ql       byte
	q2i          uint8
	qn           uint16
}

// setQuick sets p's fast reject (quickNo) from its other fields.
func (p *pattern) setQuick() {
	p.qset = false
	n := len(p.word)
	if n == 0 || n > 0xFFFF || p.para != 0 || p.prefix && p.light {
		return
	}
	p.qset, p.qexact = true, !p.prefix && !p.verb
	p.qn, p.q2i = uint16(n), uint8(min(2, n-1))
	p.q2, p.ql = p.word[p.q2i], p.word[n-1]
}

// quickNo reports a word p cannot match, from its length and two
// bytes (false: match decides).
func (p *pattern) quickNo(w string) bool {
	if !p.qset {
		return false
	}
	n := int(p.qn)
	return len(w) < n || p.qexact && len(w) != n || w[n-1] != p.ql || w[p.q2i] != p.q2
}

// verbEndings are the endings of a verb after its stem, by the stem's
// last letter: a consonant stem (कोस-: कोसा, कोसे, कोसी, कोसीं, कोसते,
// कोसेंगे, कोसकर …) or one in -ा (बना-: बनाया, बनाए, बनाई, बनाते …).
// Never the infinitive: "Y को निशाना बनाना … टैक्स है" names the act of
// someone else, as lightVerbs leave it out.
var verbEndings = [2]map[string]bool{
	normSet("ा", "े", "ी", "ीं", "ते", "ती", "ता", "तीं", "ें", "ेंगे", "ेगा", "ेगी", "ेंगी", "ूंगा", "ूंगी", "कर", "ो"),
	normSet("या", "ये", "ए", "ई", "ईं", "यी", "ते", "ती", "ता", "तीं", "एं", "एंगे", "एगा", "एगी", "एंगी", "ऊंगा", "ऊंगी", "कर", "ओ", "येंगे"),
}

func normSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[hindi.NormalizeString(w)] = true
	}
	return m
}

// lightVerbs are the light verbs and their families by paradigm cell:
// one list per verb and tense (perfective, imperfective participle,
// future), gender and number folded. A word of an entry after its first
// that is one of these forms matches every form of its cell ("दिया"
// reads दी, दिए, दीं; "देंगे" reads देगा, देगी); a prefix written as
// one of paraStems ("दि*", "ले*", "हो*", "लगा*") also matches its
// verb's perfective cell ("वापस ले-" reads "वापस ली"). Tense is kept: an
// entry of the past ("पैसा दिया", a deed) does not read a plan ("पैसा
// देंगे"); the infinitive is never one ("करने का फैसला" is no act), nor
// की, a genitive as often (session 10).
var lightVerbs = [...][]string{
	1:  {"किया", "किए", "किये", "कीं"},
	2:  {"करते", "करती", "करता"},
	3:  {"करेंगे", "करेगा", "करेगी", "करेंगी", "करूंगा", "करूंगी"},
	4:  {"दिया", "दिए", "दिये", "दी", "दीं"},
	5:  {"देते", "देती", "देता"},
	6:  {"देंगे", "देगा", "देगी", "देंगी", "दूंगा", "दूंगी"},
	7:  {"लिया", "लिए", "लिये", "ली", "लीं"},
	8:  {"लेते", "लेती", "लेता"},
	9:  {"लेंगे", "लेगा", "लेगी", "लेंगी", "लूंगा", "लूंगी"},
	10: {"हुआ", "हुई", "हुए", "हुईं"},
	11: {"होता", "होती", "होते"},
	12: {"होगा", "होगी", "होंगे", "होंगी"},
	13: {"गया", "गई", "गए", "गईं", "गये", "गयी"},
	14: {"जाता", "जाती", "जाते"},
	15: {"जाएगा", "जाएगी", "जाएंगे", "जाएंगी", "जायेगा", "जायेगी", "जायेंगे"},
	// A charge is laid, pinned or slapped on: आरोप लगाया/मढ़ा/जड़ा/थोपा.
	16: {"लगाया", "लगाए", "लगाये", "लगाई", "लगाईं", "मढा", "मढे", "मढी", "मढीं", "जडा", "जडे", "जडी", "जडीं", "थोपा", "थोपे", "थोपी", "थोपीं"},
	17: {"लगाते", "लगाती", "लगाता", "मढते", "मढती", "मढता", "जडते", "जडती", "जडता", "थोपते", "थोपती", "थोपता"},
	18: {"लगाएंगे", "लगाएगा", "लगाएगी", "लगाएंगी", "मढेंगे", "मढेगा", "मढेगी", "जडेंगे", "जडेगा", "जडेगी", "थोपेंगे", "थोपेगा", "थोपेगी"},
	// The bare stem, of a compound past ("मढ़ दिया", "लगा दी"); never
	// a verb read first ("X में लगा पैसा" is the money put in).
	19: {"लगा", "मढ", "जड", "थोप"},
}

// cells are the lightVerbs cells a light verb's word reads, by bit: a
// cell, and for the charge family its bare stems.
func cells(c uint8) uint32 {
	if c == 16 {
		return 1<<16 | 1<<19
	}
	if c == 0 {
		return 0
	}
	return 1 << c
}

// paraStems are the prefixes that stand for a light verb: they also
// match its perfective cell.
var paraStems = map[string]uint8{"कर": 1, "कि": 1, "दि": 4, "दे": 4, "दी": 4, "ले": 7, "लि": 7, "ली": 7, "हो": 10, "हु": 10, "ग": 13, "जा": 13, "लगा": 16, "मढ": 16, "जड": 16, "थोप": 16}

// paraFirst screens words for paraOf by the last byte of their first
// letter (every form is Devanagari: E0 A4 xx).
var paraFirst = func() (f [64]bool) {
	for _, forms := range lightVerbs {
		for _, w := range forms {
			n := hindi.NormalizeString(w)
			if len(n) < 6 || n[0] != 0xE0 || n[1] != 0xA4 {
				panic("lightVerbs: " + w + " does not start with a Devanagari letter of E0 A4")
			}
			f[n[2]&0x3F] = true
		}
	}
	return f
}()

// paraOf is every form of lightVerbs with its paradigm, normalised.
var paraOf = func() map[string]uint8 {
	m := map[string]uint8{}
	for id, forms := range lightVerbs {
		for _, f := range forms {
			m[hindi.NormalizeString(f)] = uint8(id)
		}
	}
	return m
}()

// secondPat is an entry's second pattern, when set.
type secondPat struct {
	p   pattern
	set bool
	gap bool // the entry admits gap words (its second pattern may come later)
}

// aspectAux17 are the auxiliaries and vector verbs a verb stem stands
// bare before ("बरस रहे हैं", "भड़क गए", "कोस डाला", "निशाना बना रहे",
// "हड़प ली"); never सक- (a possibility) or an infinitive's.
var aspectAux17 = normSet("रहा", "रहे", "रही", "रहीं", "पडा", "पडे", "पडी", "पडीं", "गया", "गए", "गई", "गईं",
	"डाला", "डाले", "डाली", "चुका", "चुके", "चुकी", "चुकीं", "दिया", "दिए", "दी", "दीं", "लिया", "ली", "लीं")

// matchIn is match for word j of words, which also reads a verb stem
// (pattern.verb) standing bare before an aspect auxiliary (aspectAux17;
// paradigm17): the progressive and compound forms of a verb frame.
func (p *pattern) matchIn(words []string, j int) bool {
	if p.match(words[j]) {
		return true
	}
	return p.verb && words[j] == p.word && j+1 < len(words) && aspectAux17[words[j+1]] || p.para != 0 && (completive22(p.para, words, j) || progressive33b(p.para, words, j))
}

func (p *pattern) match(w string) bool {
	if p.verb {
		if !strings.HasPrefix(w, p.word) {
			return false
		}
		v := 0
		if strings.HasSuffix(p.word, "ा") {
			v = 1
		}
		return verbEndings[v][w[len(p.word):]]
	}
	if p.prefix {
		if p.light {
			switch w {
			case "किया", "किए", "किये", "कीं":
				return true
			}
		}
		if strings.HasPrefix(w, p.word) && !(p.word == "कर" && notKarForm19(w)) {
			return true
		}
	} else if w == p.word {
		return true
	}
	// A light verb's cells, screened by the first letter (most words
	// start with none of theirs) before the map.
	if p.para != 0 && len(w) >= 6 && w[0] == 0xE0 && w[1] == 0xA4 && paraFirst[w[2]&0x3F] && paraScreen37(w) {
		if c := paraOf[w]; c != 0 && p.para&(1<<c) != 0 {
			return true
		}
	}
	return false
}

// entryKind says which list an indexed entry comes from.
type entryKind uint8

const (
	entFrame entryKind = iota + 1
	entEval
	entFlip
)

type entry struct {
	kind entryKind
	// tight: nothing between the words, not even a quote or a hyphen
	// (an entry read verb first).
	tight bool
	// gap: how many gap words may stand between the patterns, in all.
	gap   int
	pats  []pattern
	frame *Frame
	eval  *Evaluative
	flip  *Flipper
}

// Lexicon is the compiled lexicon: entries by their first word (exactly,
// or by the first two characters for a prefix), and function-word flags.
type Lexicon struct {
	Frames     []*Frame
	Evaluative []*Evaluative
	Flippers   []*Flipper
	Classes    map[string]*wordClass
	// Platforms are the watchlist ids of platforms: after पर/में a place.
	Platforms []string

	entries []entry
	second  []secondPat // by entry: its second pattern, read before the entry (matchKeyed)
	exact   map[string][]int32
	prefix  map[uint64][]int32 // by the bytes of the first two characters
	// prefixSeen screens prefixKey values before the map lookup.
	prefixSeen [1 << 14]bool
	// exactSeen screens words by the prefixKey of their first two
	// characters before the exact lookup, for callers that have no
	// flags for the word (match): most words start no entry, and the
	// screen answers them with no map lookup at all.
	exactSeen [1 << 14]bool
	flags     map[string]uint64
	// gapWords (words.yaml gap_words) may stand between the words of
	// an entry that admits gaps; kept apart from flags, which the other
	// layers read.
	gapWords map[string]bool
	// classBits (words.yaml classes of wordClassBits) are the word
	// classes rule readers ask of a token (sentCtx.class), kept apart
	// from flags: a word with no flag reads as no function word.
	classBits map[string]uint64
	// classBits2 are the word bits of wordClassBits2 (session 27).
	classBits2 map[string]classWord2
	// blameStems (words.yaml blame_stems) begin the words of blame or
	// of answering for a wrong (जिम्मेदार…, दोष…): a word that starts
	// with one is one of them (hasBlameStem).
	blameStems []string
	// gapIdx indexes gapWords' keys (gapN of them) for isGap.
	gapIdx wordIndex
	gapN   int
	// futureSuffixes end a future-tense verb: करेंगे, जाएगा.
	futureSuffixes []string
	// futureEnds screens words for isFuture: [0] holds the last bytes
	// of the suffixes, [1] their fourth bytes from the end (every byte
	// when a suffix is shorter than four bytes).
	futureEnds [2][256]bool
}

// LoadLexicon reads and validates the embedded lexicon.
func LoadLexicon() (*Lexicon, error) { return loadLexicon(lexiconFS) }

// outcomeDefaults fills what an outcomes.yaml entry leaves out: an act
// whose outcome is bad, told in someone's words, charges its doer
// (accusation); one whose outcome is good praises the doer (praise). The
// target is the doer alone (prati): the victim or the beneficiary under
// को is no target ("Y ने किसानों को बर्बाद कर दिया" charges Y, not the
// farmers).
func outcomeDefaults(f *Frame) {
	if f.Kind == "" {
		switch f.Polarity {
		case pipeline.Hostile:
			f.Kind = "accusation"
		case pipeline.Supportive:
			f.Kind = "praise"
		}
	}
	if len(f.Target) == 0 {
		f.Target = []string{"prati"}
	}
	f.outcome = true
	if f.Weight == 0 {
		f.Weight = 1.2
	}
}

func loadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{
		Classes:    map[string]*wordClass{},
		exact:      map[string][]int32{},
		prefix:     map[uint64][]int32{},
		flags:      map[string]uint64{},
		gapWords:   map[string]bool{},
		classBits:  map[string]uint64{},
		classBits2: map[string]classWord2{},
	}
	read := func(name string) (*yaml.Node, error) {
		b, err := fs.ReadFile(fsys, path.Join("lexicon", name))
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		var doc yaml.Node
		dec := yaml.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(&doc); err != nil {
			return nil, fmt.Errorf("lexicon/%s: %w", name, err)
		}
		if len(doc.Content) == 0 {
			return nil, fmt.Errorf("lexicon/%s: empty", name)
		}
		return doc.Content[0], nil
	}
	items := func(name string, fn func(n *yaml.Node, where string) error) error {
		root, err := read(name)
		if err != nil {
			return err
		}
		if root.Kind != yaml.SequenceNode {
			return fmt.Errorf("lexicon/%s:%d: want a list", name, root.Line)
		}
		for _, n := range root.Content {
			if err := fn(n, fmt.Sprintf("lexicon/%s:%d", name, n.Line)); err != nil {
				return err
			}
		}
		return nil
	}
	pol := func(s, where string, allowNone bool) (int8, error) {
		switch s {
		case pipeline.Hostile:
			return -1, nil
		case pipeline.Supportive:
			return 1, nil
		case "none":
			if allowNone {
				return 0, nil
			}
		}
		return 0, fmt.Errorf("%s: polarity %q is not hostile, supportive or none", where, s)
	}
	addFrame := func(f *Frame, file string, line int, where string) error {
		f.file, f.line = file, line
		p, err := pol(f.Polarity, where, true)
		if err != nil {
			return err
		}
		f.pol = p
		if f.Flipped != "" {
			if f.flipPol, err = pol(f.Flipped, where, true); err != nil {
				return err
			}
		}
		if f.Negated != "" {
			if f.negPol, err = pol(f.Negated, where, true); err != nil {
				return err
			}
		}
		if strings.TrimSpace(f.Words) == "" || f.Kind == "" || f.Test == "" {
			return fmt.Errorf("%s: a frame needs words, kind and test", where)
		}
		if f.Weight == 0 {
			f.Weight = 1.5
		}
		if f.Weight < 0 || f.Weight > 3 {
			return fmt.Errorf("%s: weight %g outside 0..3", where, f.Weight)
		}
		ts := f.Target
		if len(ts) == 0 {
			ts = []string{"gen", "ko", "par", "khilaf"}
		}
		for _, t := range ts {
			m, ok := markerNames[t]
			if !ok {
				return fmt.Errorf("%s: unknown target marker %q", where, t)
			}
			f.targets[m] = true
		}
		for _, t := range f.TargetBefore {
			m, ok := markerNames[t]
			if !ok {
				return fmt.Errorf("%s: unknown target_before marker %q", where, t)
			}
			f.targets[m], f.before[m] = true, true
		}
		lx.Frames = append(lx.Frames, f)
		alts, err := alternatives(f.Words)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		for _, words := range alts {
			if err := lx.indexFrame(f, words, where); err != nil {
				return err
			}
		}
		return nil
	}
	// frame reads one entry of frames.yaml or outcomes.yaml (session 22:
	// the outcomes of acts told in someone's words, frames of one schema
	// whose kind defaults by polarity — accusation, praise — and whose
	// target defaults to prati: no object is the target, the doer is).
	frame := func(file string) func(n *yaml.Node, where string) error {
		return func(n *yaml.Node, where string) error {
			f := &Frame{}
			if err := n.Decode(f); err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			if file == "outcomes.yaml" {
				outcomeDefaults(f)
			}
			return addFrame(f, file, n.Line, where)
		}
	}
	for _, file := range []string{"frames.yaml", "outcomes.yaml"} {
		if err := items(file, frame(file)); err != nil {
			return nil, err
		}
	}
	err := items("evaluative.yaml", func(n *yaml.Node, where string) error {
		e := &Evaluative{}
		if err := n.Decode(e); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		e.file, e.line = "evaluative.yaml", n.Line
		p, err := pol(e.Pol, where, false)
		if err != nil {
			return err
		}
		e.pol = p
		if strings.TrimSpace(e.W) == "" || e.Test == "" {
			return fmt.Errorf("%s: an evaluative word needs w and test", where)
		}
		lx.Evaluative = append(lx.Evaluative, e)
		forms, err := evalForms29(e)
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		for _, w := range forms {
			if err := lx.index(entry{kind: entEval, eval: e}, w, where); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = items("flippers.yaml", func(n *yaml.Node, where string) error {
		f := &Flipper{}
		if err := n.Decode(f); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		f.file, f.line = "flippers.yaml", n.Line
		var err error
		if f.onSup, err = pol(f.Supportive, where, true); err != nil {
			return err
		}
		if f.onHos, err = pol(f.Hostile, where, true); err != nil {
			return err
		}
		if strings.TrimSpace(f.Words) == "" || f.Test == "" {
			return fmt.Errorf("%s: a flipper needs words and test", where)
		}
		lx.Flippers = append(lx.Flippers, f)
		return lx.index(entry{kind: entFlip, flip: f, gap: gapOf(f.Gap)}, f.Words, where)
	})
	if err != nil {
		return nil, err
	}
	root, err := read("words.yaml")
	if err != nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("lexicon/words.yaml:%d: want a mapping", root.Line)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		where := fmt.Sprintf("lexicon/words.yaml:%d", k.Line)
		switch k.Value {
		case "future_suffixes":
			var c wordClass
			if err := v.Decode(&c); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			for _, s := range c.Words {
				lx.futureSuffixes = append(lx.futureSuffixes, hindi.NormalizeString(s))
			}
			c.file, c.line = "words.yaml", k.Line
			lx.Classes[k.Value] = &c
			continue
		case "gap_words":
			c, ws, err := oneWordClass(v, where)
			if err != nil {
				return nil, err
			}
			for _, n := range ws {
				lx.gapWords[n] = true
			}
			c.file, c.line = "words.yaml", k.Line
			lx.Classes[k.Value] = &c
			continue
		case "blame_stems":
			c, ws, err := oneWordClass(v, where)
			if err != nil {
				return nil, err
			}
			lx.blameStems = append(lx.blameStems, ws...)
			c.file, c.line = "words.yaml", k.Line
			lx.Classes[k.Value] = &c
			continue
		case "platforms":
			var c wordClass
			if err := v.Decode(&c); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			lx.Platforms = c.Words
			c.file, c.line = "words.yaml", k.Line
			lx.Classes[k.Value] = &c
			continue
		}
		fl, ok := wordClassFlags[k.Value]
		cb, isClass := wordClassBits[k.Value]
		cb2, isClass2 := wordClassBits2[k.Value]
		if !ok && !isClass && !isClass2 {
			return nil, fmt.Errorf("%s: unknown word class %q", where, k.Value)
		}
		c := &wordClass{}
		if err := v.Decode(c); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if len(c.Words) == 0 {
			return nil, fmt.Errorf("%s: word class %q has no words", where, k.Value)
		}
		c.file, c.line = "words.yaml", k.Line
		lx.Classes[k.Value] = c
		for _, w := range c.Words {
			n := hindi.NormalizeString(w)
			if n == "" || strings.ContainsAny(n, " \t") {
				return nil, fmt.Errorf("%s: %q is not one word", where, w)
			}
			if isClass2 {
				lx.classBits2[n] |= cb2
				continue
			}
			if isClass {
				lx.classBits[n] |= cb
				continue
			}
			lx.flags[n] |= fl
		}
	}
	for _, m := range []map[string]uint64{wordClassFlags, wordClassBits} {
		for name := range m {
			if lx.Classes[name] == nil {
				return nil, fmt.Errorf("lexicon/words.yaml: word class %q missing", name)
			}
		}
	}
	for name := range wordClassBits2 {
		if lx.Classes[name] == nil {
			return nil, fmt.Errorf("lexicon/words.yaml: word class %q missing", name)
		}
	}
	if len(lx.futureSuffixes) == 0 {
		return nil, fmt.Errorf("lexicon/words.yaml: future_suffixes missing")
	}
	for _, s := range lx.futureSuffixes {
		if len(s) < 4 {
			for b := range 256 {
				lx.futureEnds[0][b] = lx.futureEnds[0][b] || len(s) == 0
				lx.futureEnds[1][b] = true
			}
			if len(s) > 0 {
				lx.futureEnds[0][s[len(s)-1]] = true
			}
			continue
		}
		lx.futureEnds[0][s[len(s)-1]] = true
		lx.futureEnds[1][s[len(s)-4]] = true
	}
	lx.gapIdx, lx.gapN = newWordIndex(slices.Sorted(maps.Keys(lx.gapWords))), len(lx.gapWords)
	if err := lx.claimStrength27(); err != nil {
		return nil, err
	}
	return lx, nil
}

// indexFrame indexes one written form of a frame: its words as written,
// verb first for a noun and its verb, and a one-word noun's oblique
// plural.
func (lx *Lexicon) indexFrame(f *Frame, words, where string) error {
	if err := lx.index(entry{kind: entFrame, frame: f, gap: gapOf(f.Gap)}, words, where); err != nil {
		return err
	}
	// A noun of one word also reads its oblique plural: हमला,
	// ताने → हमलों, तानों; धमकी → धमकियों (session 10).
	// A noun and its verb also read verb first, the headline's
	// order: "उठाए सवाल", "कहा अलविदा", "खोली पोल" (session 10).
	// The verb, first, reads only its finite forms (a light verb's
	// cells, a stem's endings, a prefix of three characters or
	// more: not "कि*" as "कितना"), and nothing between the two:
	// "बोले- 'झूठ …'" is no "झूठ बोले".
	if last := lx.entries[len(lx.entries)-1]; len(last.pats) == 2 && !last.pats[0].prefix && !last.pats[0].verb {
		if v, ok := verbFirst(last.pats[1]); ok {
			// A light verb's cells are indexed form by form.
			firsts := []pattern{v}
			if v.para != 0 {
				firsts = firsts[:0]
				for c, forms := range lightVerbs {
					if v.para&(1<<c) != 0 {
						for _, w := range forms {
							firsts = append(firsts, pattern{word: hindi.NormalizeString(w)})
						}
					}
				}
			}
			for _, p := range firsts {
				r := entry{kind: entFrame, frame: f, tight: true, pats: []pattern{p, last.pats[0]}}
				if err := lx.add(r, where); err != nil {
					return err
				}
			}
		}
	}
	for _, pl := range obliquePlurals(words) {
		if err := lx.index(entry{kind: entFrame, frame: f}, pl, where); err != nil {
			return err
		}
	}
	return nil
}

// alternatives expands a frame's words where a word lists its
// alternatives with "|" ("झूठे|मनगढ़ंत|फर्जी वादे|दावे कर*"): one entry
// of the frame for each choice, so a family of adjectives, nouns or
// verbs is written once (session 17); "_" joins the words of one choice
// ("चाहिए|की_जरूरत"). Words with no "|" stay as written.
func alternatives(words string) ([]string, error) {
	out := []string{""}
	for _, w := range strings.Fields(words) {
		choices := strings.Split(w, "|")
		next := make([]string, 0, len(out)*len(choices))
		for _, o := range out {
			for _, c := range choices {
				if c == "" {
					return nil, fmt.Errorf("empty alternative in %q", words)
				}
				next = append(next, strings.TrimSpace(o+" "+strings.ReplaceAll(c, "_", " ")))
			}
		}
		if len(next) > 1024 {
			return nil, fmt.Errorf("%q expands to more than 1024 entries", words)
		}
		out = next
	}
	return out, nil
}

// obliquePlurals returns the oblique plurals of a frame written as one
// plain word in -ा, -े or -ी (a noun: हमला, ताने, धमकी; याचिका, वार्ता
// take -ाओं), or none.
func obliquePlurals(w string) []string {
	if strings.ContainsAny(w, " *+") {
		return nil
	}
	for _, e := range [...][2]string{{"ा", "ों"}, {"े", "ों"}, {"ी", "ियों"}} {
		if stem, ok := strings.CutSuffix(w, e[0]); ok && utf8.RuneCountInString(stem) >= 2 {
			if e[0] == "ा" {
				return []string{stem + e[1], w + "ओं"}
			}
			return []string{stem + e[1]}
		}
	}
	return nil
}

// agreeing returns an entry of several words with every word in -ा
// (not a prefix) turned to -े, and to -ी: its plural or oblique and its
// feminine, when some word changes.
func agreeing(words string) []string {
	var out []string
	for _, to := range [...]string{"े", "ी"} {
		fs := strings.Fields(words)
		changed := false
		for i, w := range fs {
			if stem, ok := strings.CutSuffix(w, "ा"); ok && utf8.RuneCountInString(stem) >= 2 {
				fs[i], changed = stem+to, true
			}
		}
		if changed {
			out = append(out, strings.Join(fs, " "))
		}
	}
	return out
}

// verbFirst returns an entry's verb as the first pattern of its
// verb-first order, and whether it can be one.
func verbFirst(p pattern) (pattern, bool) {
	p.light = false
	switch {
	case p.para&^(1<<19) != 0:
		// Its cells only (the caller indexes their forms): not a stem
		// written as a prefix ("कि*" is no "कि"), nor a bare stem.
		p.prefix = false
		p.para &^= 1 << 19
		return p, true
	case p.verb:
		return p, utf8.RuneCountInString(p.word) >= 2
	case p.prefix:
		return p, utf8.RuneCountInString(p.word) >= 3
	}
	return p, false
}

// gapOf reads an entry's gap setting: unset is defaultGap.
func gapOf(g *int) int {
	if g == nil {
		return defaultGap
	}
	return max(*g, 0)
}

// index adds an entry under its normalised words.
func (lx *Lexicon) index(e entry, words, where string) error {
	for _, w := range strings.Fields(words) {
		p := strings.HasSuffix(w, "*")
		verb := strings.HasSuffix(w, "+")
		n := hindi.NormalizeString(strings.TrimSuffix(strings.TrimSuffix(w, "*"), "+"))
		for _, t := range hindi.Tokenize(nil, n) {
			if t.Kind == hindi.Word || t.Kind == hindi.Number {
				e.pats = append(e.pats, pattern{word: n[t.Start:t.End]})
			}
		}
		if len(e.pats) > 0 && verb {
			// A stem is read as a prefix (and indexed as one) whose
			// rest must be a verb ending.
			e.pats[len(e.pats)-1].prefix = true
			e.pats[len(e.pats)-1].verb = true
			continue
		}
		if len(e.pats) > 0 && p {
			e.pats[len(e.pats)-1].prefix = true
			e.pats[len(e.pats)-1].light = len(e.pats) > 1 && e.pats[len(e.pats)-1].word == "कर"
		}
		if len(e.pats) > 1 {
			if lp := &e.pats[len(e.pats)-1]; lp.prefix {
				lp.para = cells(paraStems[lp.word])
			} else {
				lp.para = cells(paraOf[lp.word])
			}
		}
	}
	if len(e.pats) == 0 {
		return fmt.Errorf("%s: %q has no words", where, words)
	}
	return lx.add(e, where)
}

// add indexes an entry whose patterns are read.
func (lx *Lexicon) add(e entry, where string) error {
	if len(e.pats) < 2 {
		e.gap = 0
	}
	i := int32(len(lx.entries))
	for pi := range e.pats {
		e.pats[pi].setQuick()
	}
	lx.entries = append(lx.entries, e)
	var sp secondPat
	if len(e.pats) > 1 {
		sp = secondPat{p: e.pats[1], set: true, gap: e.gap > 0}
	}
	lx.second = append(lx.second, sp)
	first := e.pats[0]
	if first.prefix {
		if utf8.RuneCountInString(first.word) < 2 {
			return fmt.Errorf("%s: prefix %q is shorter than two characters", where, first.word)
		}
		k := prefixKey(first.word)
		lx.prefix[k] = append(lx.prefix[k], i)
		lx.prefixSeen[prefixSlot(k)] = true
	} else {
		lx.exact[first.word] = append(lx.exact[first.word], i)
		lx.flags[first.word] |= fwEntry
		lx.exactSeen[prefixSlot(prefixKey(first.word))] = true
	}
	return nil
}

// prefixSlot hashes a prefix key into prefixSeen.
func prefixSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 50 }

// prefixKey packs the bytes of the first two characters of w (at most 8
// bytes) into a map key, judging character lengths from lead bytes.
func prefixKey(w string) uint64 {
	// Two three-byte characters (Devanagari), the common case.
	if len(w) >= 6 && w[0]&0xF0 == 0xE0 && w[3]&0xF0 == 0xE0 {
		return uint64(w[0])<<40 | uint64(w[1])<<32 | uint64(w[2])<<24 | uint64(w[3])<<16 | uint64(w[4])<<8 | uint64(w[5]) | 6<<60
	}
	i := 0
	for k := 0; k < 2 && i < len(w); k++ {
		c := w[i]
		switch {
		case c < 0xC0:
			i++
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
	}
	if i > len(w) {
		i = len(w)
	}
	if i > 8 {
		i = 8
	}
	var key uint64
	for j := 0; j < i; j++ {
		key = key<<8 | uint64(w[j])
	}
	return key | uint64(i)<<60
}

// match returns the longest entry of the given kind starting at word i,
// and how many tokens it spans. Quotes and hyphens inside an idiom do not
// break it ("'गलत' बताया", "खरी-खोटी").
func (lx *Lexicon) match(words []string, i int, kind entryKind) (*entry, int) {
	if uint(i) >= uint(len(words)) {
		return nil, 0 // before or past the words: nothing starts there
	}
	m := lx.matchAll(words, i)
	return m[kind].e, m[kind].n
}

// hit is the longest entry of one kind at a word.
type hit struct {
	e    *entry
	n    int
	gaps int // gap words inside the n tokens
}

// matchAll returns, per kind, the longest entry that matches at word i.
// Its word's flags are not known: the exactSeen screen stands in for
// fwEntry, so a word that starts no entry costs no map lookup.
func (lx *Lexicon) matchAll(words []string, i int) (m [entFlip + 1]hit) {
	w := words[i]
	if len(w) < 2 {
		if lx.flags[w]&fwEntry == 0 {
			return lx.matchKeyed(words, i, nil, 0, false)
		}
		return lx.matchKeyed(words, i, lx.exact[w], 0, false)
	}
	pk := prefixKey(w)
	slot := prefixSlot(pk)
	if !lx.exactSeen[slot] && !lx.prefixSeen[slot] {
		return m // most words: nothing to try
	}
	var exact []int32
	if lx.exactSeen[slot] {
		exact = lx.exact[w]
	}
	return lx.matchKeyed(words, i, exact, pk, lx.prefixSeen[slot])
}

// matchFlagged is matchAll for a word whose flags are known (fwEntry
// saves the exact lookup for words that start no entry).
func (lx *Lexicon) matchFlagged(words []string, i int, fl uint64) (m [entFlip + 1]hit) {
	var exact []int32
	if fl&fwEntry != 0 {
		exact = lx.exact[words[i]]
	}
	return lx.matchWith(words, i, exact)
}

// matchWith is matchFlagged with word i's exact entries given (nil:
// none), as the analyzer keeps them by word id (Analyzer.exactOf): no
// lookup by the word's text.
func (lx *Lexicon) matchWith(words []string, i int, exact []int32) (m [entFlip + 1]hit) {
	w := words[i]
	if len(w) < 2 {
		return lx.matchKeyed(words, i, exact, 0, false)
	}
	pk := prefixKey(w)
	if len(exact) == 0 && !lx.prefixSeen[prefixSlot(pk)] {
		return m // most words: nothing to try
	}
	return lx.matchKeyed(words, i, exact, pk, lx.prefixSeen[prefixSlot(pk)])
}

// mayStart reports whether a word with flags fl may start an entry: when
// it is false, matchFlagged finds nothing (and readClause need not ask).
func (lx *Lexicon) mayStart(w string, fl uint64) bool {
	return fl&fwEntry != 0 || len(w) >= 2 && lx.prefixSeen[prefixSlot(prefixKey(w))]
}

// matchKeyed tries the exact entries of word i (exact: its list in
// lx.exact) and the prefix entries under key pk when prefixed is set.
func (lx *Lexicon) matchKeyed(words []string, i int, exact []int32, pk uint64, prefixed bool) (m [entFlip + 1]hit) {
	var pre []int32
	if prefixed {
		pre = lx.prefix[pk]
	}
	return lx.matchLists(words, i, exact, pre)
}

// prefixList is the list of prefix entries word w may start (lx.prefix
// under its prefixKey; nil: none), as matchWith looks it up.
func (lx *Lexicon) prefixList(w string) []int32 {
	if len(w) < 2 {
		return nil
	}
	pk := prefixKey(w)
	if !lx.prefixSeen[prefixSlot(pk)] {
		return nil
	}
	return lx.prefix[pk]
}

// isGap reports a gap word (gapWords), by its index (a word index is
// cheaper than the map) once built.
func (lx *Lexicon) isGap(w string) bool {
	if lx.gapN != len(lx.gapWords) {
		return lx.gapWords[w]
	}
	return lx.gapIdx.lookup(w) >= 0
}

// firstMatching is the entries of list (in order) whose first pattern
// matches w: the rest fail at w (matchLists's try), so a list kept for
// one word need not hold them.
func (lx *Lexicon) firstMatching(list []int32, w string) []int32 {
	var out []int32
	for _, k := range list {
		if p := lx.entries[k].pats; len(p) == 0 || p[0].match(w) || p[0].verb && w == p[0].word {
			out = append(out, k)
		}
	}
	return out
}

// matchLists tries the exact entries of word i (exact: its list in
// lx.exact) and the prefix entries pre (its list in lx.prefix).
func (lx *Lexicon) matchLists(words []string, i int, exact, pre []int32) (m [entFlip + 1]hit) {
	if len(exact) > 0 {
		// Every exact entry of two words or more must find its second
		// pattern at the next word (past quotes and hyphens, as try
		// reads it): one that does not is passed over unread (most of a
		// common word's entries: साथ starts 21).
		j := i + 1
		for j < len(words) && (isQuote(words[j]) || words[j] == "-") {
			j++
		}
		gapNext := -1 // whether word j is a gap word, asked once
		for _, k := range exact {
			if sp := &lx.second[k]; sp.set && (j >= len(words) || sp.p.quickNo(words[j]) || !sp.p.matchIn(words, j)) {
				if !sp.gap || j >= len(words) {
					continue
				}
				if gapNext < 0 {
					gapNext = 0
					if lx.isGap(words[j]) || midwayGap30(words, j) {
						gapNext = 1
					}
				}
				if gapNext == 0 {
					continue
				}
			}
			lx.try(words, i, k, &m, true)
		}
	}
	w := words[i]
	jn := -1 // the next word past quotes and hyphens, found once
	for _, k := range pre {
		// A prefix entry whose first pattern quickly rejects the word
		// (most of those sharing its first letters) is not tried: try
		// would return at that same test.
		e := &lx.entries[k]
		ps := e.pats
		if len(ps) > 0 && ps[0].quickNo(w) {
			continue
		}
		// Nor one with no gap whose second pattern quickly rejects the
		// word it must match: the next word (a tight entry, read verb
		// first, reads nothing between), or the next past quotes and
		// hyphens. try would return there.
		if len(ps) > 1 && e.gap == 0 {
			at := i + 1
			if !e.tight {
				if jn < 0 {
					jn = i + 1
					for jn < len(words) && (isQuote(words[jn]) || words[jn] == "-") {
						jn++
					}
				}
				at = jn
			}
			if at >= len(words) || ps[1].quickNo(words[at]) {
				continue
			}
		}
		lx.try(words, i, k, &m, false)
	}
	return m
}

// try reads entry k at word i of words into m: the entry's hit when it
// matches and is longer (matchLists). first: word i is known to match
// the entry's first pattern (an exact entry of the word, or one of a
// word's prefix entries kept by firstMatching), which is not read again.
func (lx *Lexicon) try(words []string, i int, k int32, m *[entFlip + 1]hit, first bool) {
	e := &lx.entries[k]
	j := i
	gap, used := e.gap, 0
	pats, base := e.pats, 0
	if first && len(pats) > 0 {
		// A bare verb stem kept for its word (firstMatching) needs
		// its auxiliary after it.
		if p := &pats[0]; p.verb && words[i] == p.word && !p.matchIn(words, i) {
			return
		}
		pats, base, j = pats[1:], 1, i+1
	}
	for pi0 := range pats {
		p := &pats[pi0] // (a pattern is 40 bytes: not copied a turn)
		pi := pi0 + base
		for pi > 0 && !e.tight && j < len(words) && (isQuote(words[j]) || words[j] == "-") {
			j++
		}
		// "निशाना एक बार फिर साधा", "दूरी क्यों बढ़ी": gap words
		// (never a name, a clause break or punctuation) between
		// an entry's words.
		// (The pattern's answer at the word the loop stops at is kept:
		// matchIn is not asked twice.)
		at := 0 // 1: p matches word j, -1: it does not, 0: not asked
		for pi > 0 && gap > 0 && j+1 < len(words) {
			if !p.quickNo(words[j]) && p.matchIn(words, j) {
				at = 1
				break
			}
			if !(lx.isGap(words[j]) || words[j] == "से" && used > 0 && j > 0 && lx.isGap(words[j-1]) || midwayGap30(words, j)) {
				at = -1
				break
			}
			j++
			gap--
			used++
		}
		if at < 0 || at == 0 && (j >= len(words) || p.quickNo(words[j]) || !p.matchIn(words, j)) {
			return
		}
		j++
	}
	// The longest wins, gap words not counted; at equal length the
	// one with fewer gap words: "फोन नहीं उठा-" over "फोन उठा-" in
	// "फोन तक नहीं उठाया", "साथ नहीं" over a gapped "साथ हैं".
	// An entry as written wins over one read verb first.
	if h := &m[e.kind]; j-i-used > h.n-h.gaps || j-i-used == h.n-h.gaps && (used < h.gaps || used == h.gaps && h.e != nil && h.e.tight && !e.tight) {
		*h = hit{e, j - i, used}
	}
}

// mayBeFuture is isFuture's screen: fewer than four bytes is fewer than
// four characters; a word whose last or fourth-last byte no suffix has
// ends in none of them.
func (lx *Lexicon) mayBeFuture(w string) bool {
	n := len(w)
	return n >= 4 && lx.futureEnds[0][w[n-1]] && lx.futureEnds[1][w[n-4]]
}

// isFuture reports a future-tense verb form.
func (lx *Lexicon) isFuture(w string) bool {
	if !lx.mayBeFuture(w) {
		return false
	}
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, s := range lx.futureSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isQuote reports a quotation mark token (normalised: curly quotes are straight).
func isQuote(w string) bool { return w == "'" || w == "\"" || w == "`" }

// entryNames lists every entry with its test, for the lexicon test and
// LEXICON.md.
type lexiconCase struct {
	where  string
	words  string
	test   string
	expect []string
	pol    int8
}

func (lx *Lexicon) cases() []lexiconCase {
	var out []lexiconCase
	for _, f := range lx.Frames {
		out = append(out, lexiconCase{fmt.Sprintf("lexicon/%s:%d", f.file, f.line), f.Words, f.Test, f.Expect, f.pol})
	}
	for _, e := range lx.Evaluative {
		out = append(out, lexiconCase{fmt.Sprintf("lexicon/%s:%d", e.file, e.line), e.W, e.Test, e.Expect, e.pol})
	}
	for _, f := range lx.Flippers {
		out = append(out, lexiconCase{fmt.Sprintf("lexicon/%s:%d", f.file, f.line), f.Words, f.Test, f.Expect, -2})
	}
	names := make([]string, 0, len(lx.Classes))
	for n := range lx.Classes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := lx.Classes[n]
		if c.Test != "" {
			out = append(out, lexiconCase{fmt.Sprintf("lexicon/%s:%d", c.file, c.line), n, c.Test, c.Expect, -2})
		}
	}
	return out
}

// hasBlameStem reports a word that begins with one of blameStems.
func (lx *Lexicon) hasBlameStem(w string) bool {
	for _, p := range lx.blameStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// oneWordClass decodes a words.yaml class whose entries must each be one
// word, and returns them normalised (gap_words, blame_stems).
func oneWordClass(v *yaml.Node, where string) (wordClass, []string, error) {
	var c wordClass
	if err := v.Decode(&c); err != nil {
		return c, nil, fmt.Errorf("%s: %w", where, err)
	}
	ws := make([]string, 0, len(c.Words))
	for _, w := range c.Words {
		n := hindi.NormalizeString(w)
		if n == "" || strings.ContainsAny(n, " \t") {
			return c, nil, fmt.Errorf("%s: %q is not one word", where, w)
		}
		ws = append(ws, n)
	}
	return c, ws, nil
}
