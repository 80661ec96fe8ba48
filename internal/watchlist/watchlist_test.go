package watchlist

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

func shippedPath(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "deploy", "watchlist.yaml")
}

func TestShippedWatchlist(t *testing.T) {
	w, err := Load(shippedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"elon-musk": pipeline.TypePerson, "donald-trump": pipeline.TypePerson, "sam-altman": pipeline.TypePerson,
		"nigel-farage": pipeline.TypePerson, "reid-hoffman": pipeline.TypePerson, "kamala-harris": pipeline.TypePerson,
		"masayoshi-son": pipeline.TypePerson, "larry-ellison": pipeline.TypePerson, "satya-nadella": pipeline.TypePerson,
		"sundar-pichai": pipeline.TypePerson, "mark-zuckerberg": pipeline.TypePerson, "narendra-modi": pipeline.TypePerson,
		"rahul-gandhi": pipeline.TypePerson, "mukesh-ambani": pipeline.TypePerson, "gautam-adani": pipeline.TypePerson,
		"openai": pipeline.TypeOrg, "softbank": pipeline.TypeOrg, "oracle": pipeline.TypeOrg, "microsoft": pipeline.TypeOrg,
		"google": pipeline.TypeOrg, "meta": pipeline.TypeOrg, "tesla": pipeline.TypeOrg, "xai": pipeline.TypeOrg,
		"x-corp": pipeline.TypeOrg, "axios": pipeline.TypeOrg, "reliance": pipeline.TypeOrg, "adani-group": pipeline.TypeOrg,
		"stargate": pipeline.TypeDeal,
	}
	for id, typ := range want {
		if got := w.Type(id); got != typ {
			t.Errorf("%s: type %q, want %q", id, got, typ)
		}
	}
	sg, _ := w.Entity("stargate")
	if len(sg.Parties) != 3 {
		t.Errorf("stargate parties %v", sg.Parties)
	}
	es := w.Entities()
	for i := 1; i < len(es); i++ {
		if es[i-1].ID >= es[i].ID {
			t.Fatalf("entities not sorted: %s before %s", es[i-1].ID, es[i].ID)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown field", "entities:\n  - id: a\n    type: person\n    names: [A]\n    nick: b\n", "line 5"},
		{"duplicate id", "entities:\n  - id: a\n    type: person\n    names: [A]\n  - id: a\n    type: org\n    names: [B]\n", "w.yaml:5: entity \"a\": duplicate id (first at line 2)"},
		{"alias claimed twice", "entities:\n  - id: a\n    type: person\n    names: [ओपन एआई]\n  - id: b\n    type: org\n    aliases:\n      - ओपनएआई\n", "w.yaml:8: alias \"ओपनएआई\" of \"b\" is already claimed by \"a\" (line 4)"},
		{"bad type", "entities:\n  - id: a\n    type: thing\n    names: [A]\n", "w.yaml:2"},
		{"unknown party", "entities:\n  - id: d\n    type: deal\n    names: [D]\n    parties: [zz]\n", "party \"zz\""},
		{"no names", "entities:\n  - id: a\n    type: org\n", "no names"},
		{"empty", "", "empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.yaml", []byte(c.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "w.yaml") {
				t.Fatalf("error %q does not contain %q", err, c.want)
			}
		})
	}
}
