package work

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// silentClass36 is TestGoldCauses's class this sorter splits.
const silentClass36 = "silent, both named in one sentence, which gave no stance, a frame or evaluative matched there"

// sil36Ent is one entry of the gold polarity or the other that matched
// in a traced sentence, where the engine put it.
type sil36Ent struct {
	k, n   int
	pol    string
	kind   string // the frame's kind ("" for an evaluative word)
	eval   bool
	ci     int    // its clause
	mood   string // clauseMood at the entry
	inName bool   // inside a mention (a compound name or a title)
	word   string
}

// sil36Chunk is one tracked (or unresolved pronoun) noun group.
type sil36Chunk struct {
	ent       int // -1: a pronoun nobody was found for
	pron      bool
	mk        marker
	ci        int
	possessed bool
	ownerNoun bool // the word after its postposition is in owner_nouns
	tok       int
}

// sil36Cl is one clause: its kind, parent and whether it is quoted.
type sil36Cl struct {
	kind   clauseKind
	parent int
	quoted bool
	ki     bool
}

// sil36Rec is one sentence as the trace saw it.
type sil36Rec struct {
	field  string
	start  int
	text   string
	ents   []sil36Ent
	chunks []sil36Chunk
	cls    []sil36Cl
}

// TestSilent36Sort (KHABAR_GOLD_SILENT=dev|blind|…) splits the missed
// pairs of the class "silent, both named in one sentence, which gave no
// stance, a frame or evaluative matched there" by where the two parties
// sit against the entries that matched in the shared sentence(s). It
// prints TOTALS ONLY per sub-cause; items (id, pair, sentence) only for
// dev and only with KHABAR_GOLD_SILENT_ITEMS=1.
func TestSilent36Sort(t *testing.T) {
	only := os.Getenv("KHABAR_GOLD_SILENT")
	if only == "" {
		t.Skip("KHABAR_GOLD_SILENT names no group")
	}
	a := shippedAnalyzer(t)
	var recs []sil36Rec
	a.trace = func(s *sentCtx) { recs = append(recs, sil36Trace(a, s)) }
	defer func() { a.trace = nil }()
	for _, grp := range strings.Split(only, ",") {
		items := grp == "dev" && os.Getenv("KHABAR_GOLD_SILENT_ITEMS") != ""
		tot := map[string]map[string]int{}
		var lines []string
		eachGoldStory(t, grp+"*.jsonl", func(path string, g goldStory) {
			if goldGroup(strings.TrimSuffix(fileBase36(path), ".jsonl")) != grp {
				return
			}
			recs = recs[:0]
			got := a.Analyze(g.Story)
			mc := missCauses(a, &g, &got)
			for k, c := range mc {
				if !strings.HasSuffix(c, silentClass36) {
					continue
				}
				var mine []*sil36Rec
				for p := range sharedSentences(&g, got.Mentions, k.src, k.dst) {
					for i := range recs {
						if placeOf(&g, recs[i].field, recs[i].start) == p {
							mine = append(mine, &recs[i])
						}
					}
				}
				why, detail := sil36Sort(a, mine, k)
				if tot[k.pol] == nil {
					tot[k.pol] = map[string]int{}
				}
				tot[k.pol][why]++
				if strings.Contains(detail, " ev=true ") {
					tot[k.pol]["~ of all above, the best entry an evaluative word only"]++
				}
				if items {
					lines = append(lines, fmt.Sprintf("%s | %s %s>%s %s | %s", why, g.ID, k.src, k.dst, k.pol, detail))
				}
			}
		})
		var b strings.Builder
		for _, pol := range []string{pipeline.Hostile, pipeline.Supportive} {
			n := 0
			for c, v := range tot[pol] {
				if !strings.HasPrefix(c, "~") {
					n += v
				}
			}
			fmt.Fprintf(&b, "\n %s (%d):", pol, n)
			for _, k := range slices.Sorted(maps.Keys(tot[pol])) {
				b.WriteString("\n  " + k + ": " + strconv.Itoa(tot[pol][k]))
			}
		}
		t.Logf("silent sub-causes %s:%s", grp, b.String())
		if items {
			slices.Sort(lines)
			if p := os.Getenv("KHABAR_GOLD_SILENT_OUT"); p != "" {
				if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func fileBase36(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// sil36Trace records one read sentence: the entries with a polarity,
// the noun groups of tracked parties and unresolved pronouns, clauses.
func sil36Trace(a *Analyzer, s *sentCtx) sil36Rec {
	text, st, _ := evidence(s.f, &s.sn)
	r := sil36Rec{field: s.f.name, start: st, text: text}
	for k := s.sn.a; k < s.sn.b; k++ {
		m := a.lex.matchAll(s.f.words, k)
		for _, kind := range []entryKind{entFrame, entEval} {
			e := m[kind].e
			if e == nil || entryPol(e) == "none" {
				continue
			}
			ci := int(s.cid[k-s.sn.a])
			x := sil36Ent{k: k, n: m[kind].n, pol: entryPol(e), eval: e.eval != nil, ci: ci, inName: s.inMention(k)}
			if k+m[kind].n <= len(s.f.words) {
				x.word = strings.Join(s.f.words[k:k+m[kind].n], " ")
			}
			if e.frame != nil {
				x.kind = e.frame.Kind
			}
			if ci >= 0 && ci < len(s.cls) {
				x.mood = a.clauseMood(s, &s.cls[ci], k)
			}
			r.ents = append(r.ents, x)
		}
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent < 0 && c.pron == 0 {
			continue
		}
		x := sil36Chunk{ent: c.ent, pron: c.pron != 0, mk: c.mk, ci: c.clause, possessed: c.possessed, tok: c.tok}
		for j := c.end; j < c.end+5 && j < s.sn.b; j++ {
			if s.flag(j)&fwOwnerNoun != 0 {
				x.ownerNoun = true
			}
		}
		r.chunks = append(r.chunks, x)
	}
	for i := range s.cls {
		c := &s.cls[i]
		r.cls = append(r.cls, sil36Cl{kind: c.kind, parent: c.parent, quoted: c.quoted, ki: c.ki})
	}
	return r
}

var mkName36 = [...]string{"bare", "ne", "ko", "par", "se", "gen", "khilaf", "liye", "saath", "prati", "between", "mod", "place", "about", "according"}

// sil36ClKind names a clause's kind for the sorter.
func sil36ClKind(c sil36Cl) string {
	switch {
	case c.quoted:
		return "a quote"
	case c.kind == ckContent && c.ki:
		return "a कि clause"
	case c.kind == ckContent:
		return "a content clause (colon/speech)"
	case c.kind == ckRel:
		return "a relative (जो) clause"
	}
	return "another main clause"
}

// under reports whether clause ci is cl or inside it (by parents).
func (r *sil36Rec) under(ci, cl int) bool {
	for n := 0; ci >= 0 && ci < len(r.cls) && n < 20; n++ {
		if ci == cl {
			return true
		}
		ci = r.cls[ci].parent
	}
	return false
}

// position of the source and of the target against one entry, with a
// rank (higher: nearer to a reading).
type sil36Pos struct {
	src, tgt string
	rank     int
	third    string
}

// sil36Place sorts one sentence and one entry.
func sil36Place(a *Analyzer, r *sil36Rec, e sil36Ent, src, tgt int) sil36Pos {
	var p sil36Pos
	// The source: the agent of the entry's clause, the speaker of a
	// clause the entry is inside, in the clause but not its agent, in
	// another clause, or no noun group of its own.
	srcRank, tgtRank := 0, 0
	p.src = "source has no noun group"
	for _, c := range r.chunks {
		if c.ent != src {
			continue
		}
		var s string
		rk := 0
		agentish := (c.mk == mkAgent || c.mk == mkBare) && !c.possessed
		switch {
		case c.ci == e.ci && agentish:
			s, rk = "source the entry's agent", 5
		case c.ci != e.ci && agentish && r.under(e.ci, c.ci):
			s, rk = "source the agent of a clause above the entry", 5
		case c.ci == e.ci && c.mk == mkGen && !c.possessed:
			s, rk = "source the entry's genitive", 4
		case c.ci == e.ci && c.mk == mkMod:
			s, rk = "source only a modifier (role/title)", 2
		case c.ci == e.ci && c.possessed:
			s, rk = "source only an owner (genitive) in the entry's clause", 2
		case c.ci == e.ci:
			s, rk = "source in the entry's clause, not its agent (mk "+mkName36[c.mk]+")", 3
		default:
			s, rk = "source in another clause ("+sil36ClKind(r.cls[c.ci])+")", 1
		}
		if rk > srcRank {
			p.src, srcRank = s, rk
		}
	}
	p.tgt = "target has no noun group"
	for _, c := range r.chunks {
		if c.ent != tgt {
			continue
		}
		var s string
		rk := 0
		inCl := c.ci == e.ci || r.under(c.ci, e.ci) && r.cls[c.ci].kind == ckContent
		switch {
		case inCl && c.possessed && c.ownerNoun:
			s, rk = "target only a genitive owner (noun in owner_nouns)", 3
		case inCl && c.possessed:
			s, rk = "target only a genitive owner (noun not in owner_nouns)", 3
		case inCl && c.mk == mkMod:
			s, rk = "target only a modifier (role/title)", 2
		case inCl && (c.mk == mkPlace || c.mk == mkAbout || c.mk == mkAccording || c.mk == mkSaath || c.mk == mkBetween):
			s, rk = "target in the clause as "+mkName36[c.mk], 3
		case inCl && c.ci == e.ci:
			s, rk = "target marked in the entry's clause (mk "+mkName36[c.mk]+")", 5
		case inCl:
			s, rk = "target in a content clause under the entry (mk "+mkName36[c.mk]+")", 4
		default:
			s, rk = "target in another clause ("+sil36ClKind(r.cls[c.ci])+")", 1
		}
		if rk > tgtRank {
			p.tgt, tgtRank = s, rk
		}
	}
	p.rank = srcRank*10 + tgtRank
	if srcRank < 5 {
		// Who is the entry's agent then?
		p.third = "no tracked or pronoun agent in the entry's clause"
		for _, c := range r.chunks {
			if c.ci != e.ci || c.possessed || c.mk != mkAgent && c.mk != mkBare || c.ent == src || c.ent == tgt {
				continue
			}
			if c.ent < 0 {
				p.third = "an unresolved pronoun is the agent"
			} else {
				p.third = "a third tracked party is the agent"
				break
			}
		}
	}
	return p
}

// sil36Sort names the sub-cause of one missed pair; detail is for dev
// items only.
func sil36Sort(a *Analyzer, recs []*sil36Rec, k causePair) (string, string) {
	if len(recs) == 0 {
		return "00 no traced sentence at the shared place", ""
	}
	src, tgt := -1, -1
	for i, e := range a.ents {
		if e.ID == k.src {
			src = i
		}
		if e.ID == k.dst {
			tgt = i
		}
	}
	var best sil36Pos
	var bestRec *sil36Rec
	var bestEnt sil36Ent
	have, opp, onlyName := false, false, true
	for _, r := range recs {
		for _, e := range r.ents {
			if e.pol != k.pol {
				opp = true
				continue
			}
			p := sil36Place(a, r, e, src, tgt)
			// An entry not inside a name, of a frame, asserted, ranks
			// before one that is not.
			score := p.rank * 8
			if !e.inName {
				score += 4
				onlyName = false
			}
			if !e.eval {
				score += 2
			}
			if e.mood == "" {
				score++
			}
			bscore := best.rank * 8
			if !bestEnt.inName {
				bscore += 4
			}
			if !bestEnt.eval {
				bscore += 2
			}
			if bestEnt.mood == "" {
				bscore++
			}
			if !have || score > bscore {
				best, bestRec, bestEnt, have = p, r, e, true
			}
		}
	}
	detail := ""
	if bestRec != nil {
		detail = fmt.Sprintf("%q kind=%s ev=%v mood=%q | src: %s | tgt: %s | %s | %s", bestEnt.word, bestEnt.kind, bestEnt.eval, bestEnt.mood, best.src, best.tgt, best.third, bestRec.text)
	} else if len(recs) > 0 {
		detail = recs[0].text
	}
	switch {
	case !have && opp:
		return "01 only entries of the other polarity matched", detail
	case !have:
		return "01 no entry traced in the engine's sentence", detail
	case onlyName:
		return "02 the entry matched only inside a name or title", detail
	case bestEnt.mood != "":
		return "03 the entry read with a mood: " + bestEnt.mood, detail
	case bestEnt.kind == "discussion":
		return "04 the entry's kind is discussion", detail
	}
	srcS, tgtS := best.src, best.tgt
	agent := strings.HasPrefix(srcS, "source the entry's agent") || strings.HasPrefix(srcS, "source the agent of")
	switch {
	case agent && strings.HasPrefix(tgtS, "target marked"):
		return "05 source agent, target marked in the entry's clause (vetoed or not read)", detail
	case agent && strings.HasPrefix(tgtS, "target in a content"):
		return "06 source agent, target in a content clause under the entry", detail
	case agent && strings.HasPrefix(tgtS, "target only a genitive owner (noun in"):
		return "07a source agent, target only a genitive owner (owner_nouns noun)", detail
	case agent && strings.HasPrefix(tgtS, "target only a genitive owner"):
		return "07b source agent, target only a genitive owner (other noun)", detail
	case agent && strings.HasPrefix(tgtS, "target only a modifier"):
		return "08 source agent, target only a modifier (role/title)", detail
	case agent && strings.HasPrefix(tgtS, "target in the clause as"):
		return "09 source agent, target under " + strings.TrimPrefix(tgtS, "target in the clause as "), detail
	case agent && strings.HasPrefix(tgtS, "target in another clause"):
		if strings.Contains(tgtS, "main clause") || strings.Contains(tgtS, "relative") {
			return "10a source agent, target in another main or relative clause", detail
		}
		return "10b source agent, target in a कि clause, quote or colon words not under the entry", detail
	case agent:
		return "11 source agent, " + tgtS, detail
	case strings.HasPrefix(srcS, "source the entry's genitive") && (strings.HasPrefix(tgtS, "target in a content") || strings.HasPrefix(tgtS, "target in another clause")):
		return "12 source the entry's genitive (X का तंज/आरोप), target in its words or another clause", detail
	case strings.HasPrefix(srcS, "source the entry's genitive"):
		return "13 source the entry's genitive, target in its clause", detail
	case strings.HasPrefix(srcS, "source only"):
		return "14 " + srcS, detail
	case strings.HasPrefix(srcS, "source in the entry's clause"):
		return "15 source in the entry's clause, not its agent (se/saath/between/ko …)", detail
	case strings.HasPrefix(srcS, "source in another clause"):
		return "16 source in another clause; " + strings.TrimSuffix(best.third, " in the entry's clause"), detail
	case strings.HasPrefix(srcS, "source has no"):
		return "17 source has no noun group (inside a name, or not chunked)", detail
	}
	return "18 other: " + srcS, detail
}

// TestSilent36HeadlineTag: a headline tag "X का तंज/हमला/आरोप- '…'" read
// as X's act on the one its words name (silent36.go, stance.go's
// tagAbout and readFrame): (1) a comma after the closing quote and a
// reaction clause after it ("…', Z ने …") leave the quoted words the
// tag's; (2) a topic phrase may stand before the doer ("धारावी
// पुनर्विकास पर X का हमला: …"); (3) a coordinated pair in the words is
// named alike. Sentences are our own; the first rows fail without the
// change, the controls stay as they were.
func TestSilent36HeadlineTag(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quote, comma and a reaction clause", "कमला हैरिस का तंज- 'डोनाल्ड ट्रंप हार से डरते हैं', एलन मस्क ने किया बचाव || हैरिस ने यह बात एक टीवी इंटरव्यू में कही।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"quote, comma and a silent rival", "सत्या नडेला का तंज- 'गूगल अब भी सर्च के भरोसे है', सुंदर पिचाई ने नहीं दिया जवाब || नडेला एक निवेशक सम्मेलन में बोल रहे थे।",
			[]string{"satya-nadella>google:h"}},
		{"topic with पर before the doer", "धारावी पुनर्विकास पर राहुल गांधी का हमला: 'अडानी समूह को कौड़ियों के भाव दी जा रही जमीन' || कांग्रेस नेता ने मुंबई में एक सभा को संबोधित किया।",
			[]string{"rahul-gandhi>adani-group:h"}},
		{"two-word topic, dative in the words", "डेटा निजता पर मार्क जुकरबर्ग का तंज- 'गूगल को पहले अपना घर देखना चाहिए' || मेटा प्रमुख एक पॉडकास्ट में बोल रहे थे।",
			[]string{"mark-zuckerberg>google:h"}},
		{"a coordinated pair under के लिए", "राहुल गांधी का आरोप- 'मुकेश अंबानी और गौतम अडानी के लिए बदली गईं नीतियां' || कांग्रेस नेता ने संसद के बाहर मीडिया से बात की।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>mukesh-ambani:h"}},
		{"a coordinated pair, criticism", "कमला हैरिस का हमला: 'एलन मस्क और डोनाल्ड ट्रंप के लिए बनी कर छूट' || हैरिस ने कहा कि आम परिवारों को कुछ नहीं मिला।",
			[]string{"kamala-harris>donald-trump:h", "kamala-harris>elon-musk:h"}},

		// Controls.
		{"topic with को लेकर, subject's genitive (already read)", "टैरिफ को लेकर कमला हैरिस का हमला: 'महंगाई का बोझ डोनाल्ड ट्रंप की देन' || हैरिस ने यह बात फिलाडेल्फिया में कही।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"quote, comma, untracked reaction (already read)", "नाइजल फराज का हमला- 'कमला हैरिस की नीतियां नाकाम रहीं', लेबर पार्टी ने साधी चुप्पी || फराज लंदन में पत्रकारों से बात कर रहे थे।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"unquoted words and a reaction (already read)", "राहुल गांधी का तंज- नरेंद्र मोदी डर गए हैं, भाजपा ने किया पलटवार || कांग्रेस नेता ने यह बात वायनाड में कही।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a condition in the words", "टैरिफ पर डोनाल्ड ट्रंप की चेतावनी: 'अगर गूगल ने नियम तोड़े तो भारी जुर्माना लगेगा' || ट्रंप ने यह बात ओवल ऑफिस में कही।", nil},
		{"the pair is what the words' agent acts on", "नरेंद्र मोदी का तंज: 'शहजादे ने मुकेश अंबानी और गौतम अडानी का नाम लेना क्यों छोड़ा?' || प्रधानमंत्री ने तेलंगाना में रैली की।", nil},
		{"a plain reply's words", "सुंदर पिचाई का जवाब- 'माइक्रोसॉफ्ट से हमारी कोई होड़ नहीं', सत्या नडेला ने किया स्वागत || दोनों एक ही मंच पर थे।", nil},
		{"an opinion on a topic, no attack", "एआई पर एलन मस्क की राय: 'ओपनएआई और गूगल दोनों से बेहतर मॉडल बनाएंगे' || मस्क ने यह बात एक्स पर लिखी।", nil},
		{"a threat's coordinated pair is left unread", "डोनाल्ड ट्रंप की चेतावनी: 'एलन मस्क और सैम ऑल्टमैन अपनी हद में रहें' || ट्रंप ने यह बात एक रैली में कही।", nil},
		{"a meeting, no attack", "सुंदर पिचाई और सत्या नडेला की मुलाकात: 'माइक्रोसॉफ्ट और गूगल मिलकर काम करेंगे' || दोनों सैन फ्रांसिस्को में मिले।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent36SignedTie: a tie noun (a supportive alliance frame of two
// sides) under पर before a signing word (words.yaml signing_words36) is
// the tie made, as "करार पर दस्तखत" is (signedTie36, silent36.go). Our own
// sentences; the first rows fail without it.
func TestSilent36SignedTie(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"joint venture signed, a place phrase first", "मुंबई में हुए एक कार्यक्रम में रिलायंस इंडस्ट्रीज ने मेटा के साथ संयुक्त उपक्रम पर दस्तखत किए।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"partnership signed, a relative after", "सैन फ्रांसिस्को में सोमवार को माइक्रोसॉफ्ट ने ओपनएआई के साथ नई साझेदारी पर हस्ताक्षर किए, जिसकी कीमत अरबों डॉलर बताई जा रही है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"headline order, पर किए हस्ताक्षर", "ओरेकल ने सॉफ्टबैंक के साथ साझेदारी पर किए हस्ताक्षर",
			[]string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"two agents sign a partnership", "लंबी बातचीत के बाद आखिरकार गूगल और रिलायंस ने साझेदारी पर दस्तखत कर दिए।",
			[]string{"google>reliance:s", "reliance>google:s"}},

		// Controls.
		{"a partnership discussed, not signed", "मेटा ने रिलायंस के साथ साझेदारी पर चर्चा की।", nil},
		{"refused to sign", "मेटा ने रिलायंस के साथ साझेदारी पर हस्ताक्षर करने से इनकार कर दिया।", nil},
		{"to sign next month", "मेटा अगले महीने रिलायंस के साथ साझेदारी पर हस्ताक्षर करेगा।", nil},
		{"a deal signed (already read)", "रिलायंस ने मेटा के साथ करार पर दस्तखत किए।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
