package work

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// long21Body is an unpunctuated body: n neutral clauses of five tokens
// joined by commas, the words mid (whose और, at token 5n+10 for
// n = 57, is the last coordinator of the first piece's span: the cut
// falls right before it), then forty more neutral clauses.
func long21Body(mid string) string {
	filler := "बाजार में भीड़ रही , "
	return strings.Repeat(filler, 57) + mid + " , " + strings.Repeat(filler, 40)
}

func long21Stances(a *Analyzer, body string) []string {
	var out []string
	for _, x := range a.Analyze(pipeline.Story{ID: "long21", Body: body}).Stances {
		out = append(out, fmt.Sprintf("%s>%s %v", x.Source, x.Target, x.Polarity))
	}
	slices.Sort(out)
	return out
}

// A long sentence cut between an agent and its verb: the piece cut from
// the one before takes that piece's last tracked agent when it has no
// ने and no subject of its own before the frame; never across a real
// sentence end, nor past an agent (tracked or not) or a subject of its
// own.
func TestLong21CutKeepsSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, tc := range []struct {
		name, mid string
		want      []string
	}{
		{"agent before the cut, verb after",
			"राहुल गांधी ने सभा में किसानों से लंबी बात की और गौतम अडानी की कड़ी आलोचना की",
			[]string{"rahul-gandhi>gautam-adani hostile"}},
		{"praise across the cut",
			"सुंदर पिचाई ने मंच से छात्रों को लंबा भाषण दिया और नरेंद्र मोदी की खुलकर तारीफ की",
			[]string{"sundar-pichai>narendra-modi supportive"}},
		{"the next piece has its own tracked agent",
			"राहुल गांधी ने सभा में किसानों से लंबी बात की और सैम ऑल्टमैन ने गौतम अडानी की आलोचना की",
			[]string{"sam-altman>gautam-adani hostile"}},
		{"the next piece has its own subject",
			"राहुल गांधी ने सभा में किसानों से लंबी बात की और सैम ऑल्टमैन गौतम अडानी पर जमकर बरसे",
			[]string{"sam-altman>gautam-adani hostile"}},
		{"the next piece has an untracked agent",
			"राहुल गांधी ने सभा में किसानों से लंबी बात की और कर्मचारियों ने गौतम अडानी की आलोचना की",
			nil},
		{"the piece before ends on an untracked agent",
			"राहुल गांधी ने सभा में बात की , कर्मचारियों ने धरना दिया और गौतम अडानी की कड़ी आलोचना की",
			nil},
	} {
		body := long21Body(tc.mid)
		// The cut falls right before the mid's last और.
		f := a.prepare("body", body)
		sns := sentences(f)
		if len(sns) < 2 || f.words[sns[1].a] != "और" || !slices.Contains(f.words[sns[0].a:sns[0].b], "ने") {
			t.Fatalf("%s: cut not between the agent and its verb: piece 2 opens %q", tc.name, f.words[sns[1].a:sns[1].a+4])
		}
		if got := long21Stances(a, body); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	// A real sentence end hands nothing on (the same words, a danda for
	// the cut).
	if got := long21Stances(a, "राहुल गांधी ने सभा में किसानों से लंबी बात की। और गौतम अडानी की कड़ी आलोचना की।"); got != nil {
		t.Errorf("across a danda: %v", got)
	}
}

// An unpunctuated body of 1,500 copies of one sentence reads as one copy
// does; an agent is handed on through a piece with no ने of its own (as
// the uncut sentence reads it), not past an untracked agent.
func TestLong21PiecesChain(t *testing.T) {
	a := shippedAnalyzer(t)
	one := "राहुल गांधी ने गौतम अडानी की आलोचना की"
	if got := long21Stances(a, strings.Repeat(one+" और ", 1500)); !slices.Equal(got, []string{"rahul-gandhi>gautam-adani hostile"}) {
		t.Errorf("1,500 copies: %v", got)
	}
	filler := strings.Repeat("बाजार में भीड़ रही , ", 65)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"through a piece with no ने",
			"राहुल गांधी ने आज , " + filler + filler + "गौतम अडानी की कड़ी आलोचना की",
			[]string{"rahul-gandhi>gautam-adani hostile"}},
		{"not past an untracked agent",
			"राहुल गांधी ने आज , " + filler + "कर्मचारियों ने धरना दिया , " + filler + "गौतम अडानी की कड़ी आलोचना की",
			nil},
	} {
		if n := len(sentences(a.prepare("body", tc.body))); n != 3 {
			t.Fatalf("%s: cut into %d pieces, want 3", tc.name, n)
		}
		if got := long21Stances(a, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
