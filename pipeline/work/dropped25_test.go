package work

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSession25ChargeWords: a charge's words after a colon or a dash
// name the one charged when he is their ने-agent, in plain words
// (chargeAgent25) or in quotes the clause cutter hung under a clause of
// punctuation only (punctLink25; dropped25.go). Every row fails without
// the rule.
func TestSession25ChargeWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"dash, plain words", "एलन मस्क का आरोप- सैम ऑल्टमैन ने बोर्ड से जानकारी छिपाई।",
			[]string{"elon-musk>sam-altman:h"}},
		{"dash, plain words, another verb", "राहुल गांधी का आरोप- गौतम अडानी ने सरकार से मनचाहे नियम बनवाए।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"colon, quoted words after a danda", "एलन मस्क का आरोप: ‘ओपनएआई ने दान के पैसे से मुनाफे की कंपनी खड़ी की’।",
			[]string{"elon-musk>openai:h"}},
		{"colon, quoted words, a reply after a comma", "राहुल गांधी का आरोप: ‘गौतम अडानी ने सरकार से नियम बदलवाए’, अडानी समूह ने कहा- बेबुनियाद।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ChargeWordsControls: the agent of a reply to the charge
// ("Y ने किया खारिज"), a doer who only owns the charge's maker ("X के
// निवेशकों का आरोप"), words after a comma and a jibe's quoted words
// still give nothing; words with a lexicon entry of their own are left
// to it (here none is read).
func TestSession25ChargeWordsControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a reply to the charge", "राहुल गांधी के आरोप: गौतम अडानी ने किया खारिज।", nil},
		{"a role noun's charge", "टेस्ला के निवेशकों का आरोप: एलन मस्क ने दूसरी कंपनी के लिए संसाधन मोड़े।", nil},
		{"a comma, not a colon", "राहुल गांधी का आरोप, गौतम अडानी ने बंदरगाहों के ठेके लिए।", nil},
		// (Session 36: the jibe's quoted words are read by readFrame's
		// words loop past the comma after the quote — dev gold dao-091,
		// dvm-044 give this shape X → the one to be swallowed; the
		// charge-words reader still adds nothing.)
		{"a jibe's quoted words", "एलन मस्क का तंज: ‘ओपनएआई माइक्रोसॉफ्ट को निगल जाएगी’, सत्या नडेला ने टाला।", []string{"elon-musk>microsoft:h"}},
		{"words with an entry", "कमला हैरिस का आरोप- डोनाल्ड ट्रंप ने किसानों की फसल बीमा योजना रोकी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestDropped25List lists, for dev files only, each missed gold pair of
// TestGoldCauses's "silent, both named in one sentence, which gave no
// stance" whose sentence holds a frame or evaluative word with a
// polarity: the story, the pair, the sentence and the entries matched.
// KHABAR_DROPPED_LIST names the output file.
func TestDropped25List(t *testing.T) {
	outPath := os.Getenv("KHABAR_DROPPED_LIST")
	if outPath == "" {
		t.Skip("KHABAR_DROPPED_LIST names no file")
	}
	a := shippedAnalyzer(t)
	var b strings.Builder
	n := 0
	eachGoldStory(t, "dev*.jsonl", func(path string, g goldStory) {
		got := a.Analyze(g.Story)
		for k, c := range missCauses(a, &g, &got) {
			if !strings.HasSuffix(c, "a frame or evaluative matched there") {
				continue
			}
			for p := range sharedSentences(&g, got.Mentions, k.src, k.dst) {
				text := placeText25(&g, p)
				var es []string
				for _, e := range sentenceEntries(a, text) {
					w := ""
					if e.frame != nil {
						w = "F:" + e.frame.Words
					} else {
						w = "E:" + e.eval.W
					}
					es = append(es, w+"/"+entryPol(e))
				}
				n++
				fmt.Fprintf(&b, "%s\t%s\t%s>%s:%s\t%s\t%s\n", filepath.Base(path), g.ID, k.src, k.dst, k.pol, strings.Join(es, ","), strings.TrimSpace(text))
			}
		}
	})
	if err := os.WriteFile(outPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d lines", n)
}
