package watchlist

import (
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
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
		"elon-musk": TypePerson, "donald-trump": TypePerson, "sam-altman": TypePerson,
		"nigel-farage": TypePerson, "reid-hoffman": TypePerson, "kamala-harris": TypePerson,
		"masayoshi-son": TypePerson, "larry-ellison": TypePerson, "satya-nadella": TypePerson,
		"sundar-pichai": TypePerson, "mark-zuckerberg": TypePerson, "narendra-modi": TypePerson,
		"rahul-gandhi": TypePerson, "mukesh-ambani": TypePerson, "gautam-adani": TypePerson,
		"openai": TypeOrg, "softbank": TypeOrg, "oracle": TypeOrg, "microsoft": TypeOrg,
		"google": TypeOrg, "meta": TypeOrg, "tesla": TypeOrg, "xai": TypeOrg,
		"x-corp": TypeOrg, "axios": TypeOrg, "reliance": TypeOrg, "adani-group": TypeOrg,
		"stargate": TypeDeal,
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

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestShippedEpithets: the shipped titles follow the terms of office.
func TestShippedEpithets(t *testing.T) {
	w, err := Load(shippedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		id, epithet, at string
		want            bool
	}{
		{"donald-trump", "अमेरिकी राष्ट्रपति", "2018-06-01", true},
		{"donald-trump", "अमेरिकी राष्ट्रपति", "2024-06-01", false}, // Biden's term
		{"donald-trump", "अमेरिकी राष्ट्रपति", "2025-01-20", true},
		{"donald-trump", "पूर्व राष्ट्रपति", "2024-06-01", true},
		{"donald-trump", "पूर्व राष्ट्रपति", "2025-03-01", false},
		{"narendra-modi", "प्रधानमंत्री", "2020-01-01", true},
		{"narendra-modi", "प्रधानमंत्री", "2010-01-01", false},
		{"narendra-modi", "गुजरात के मुख्यमंत्री", "2010-01-01", true},
		{"kamala-harris", "अमेरिकी उपराष्ट्रपति", "2024-06-01", true},
		{"kamala-harris", "अमेरिकी उपराष्ट्रपति", "2025-06-01", false},
	}
	for _, c := range cases {
		e, ok := w.Entity(c.id)
		if !ok {
			t.Fatalf("%s missing", c.id)
		}
		got := slices.Contains(e.EpithetsAt(day(c.at)), c.epithet)
		if got != c.want {
			t.Errorf("%s %q at %s: %v, want %v", c.id, c.epithet, c.at, got, c.want)
		}
	}
}

func TestEpithetAt(t *testing.T) {
	open := Epithet{Text: "x"}
	ended := Epithet{Text: "x", From: day("2020-01-01"), Until: day("2021-01-01")}
	started := Epithet{Text: "x", From: day("2020-01-01")}
	cases := []struct {
		ep   Epithet
		at   time.Time
		want bool
	}{
		{open, day("1990-01-01"), true},
		{open, time.Time{}, true},
		{ended, day("2020-01-01"), true},
		{ended, day("2020-12-31"), true},
		{ended, day("2021-01-01"), false},
		{ended, day("2019-12-31"), false},
		{ended, time.Time{}, false}, // undated story: taken as now
		{started, time.Time{}, true},
	}
	for i, c := range cases {
		if got := c.ep.At(c.at); got != c.want {
			t.Errorf("%d: At(%s) = %v, want %v", i, c.at, got, c.want)
		}
	}
}

func TestParseEpithets(t *testing.T) {
	y := "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    epithets:\n      - मंत्री\n      - {text: पूर्व मंत्री, from: 2020-01-01}\n      - {text: राज्यपाल, from: 2018-01-01, until: 2020-01-01}\n"
	w, err := Parse("w.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	e, _ := w.Entity("a")
	want := []Epithet{{Text: "मंत्री", Line: 6}, {Text: "पूर्व मंत्री", From: day("2020-01-01"), Line: 7}, {Text: "राज्यपाल", From: day("2018-01-01"), Until: day("2020-01-01"), Line: 8}}
	if !slices.Equal(e.EpithetPeriods, want) {
		t.Fatalf("epithets %+v, want %+v", e.EpithetPeriods, want)
	}
	if texts := []string{"मंत्री", "पूर्व मंत्री", "राज्यपाल"}; !slices.Equal(e.Epithets, texts) {
		t.Fatalf("epithet texts %q, want %q", e.Epithets, texts)
	}
	// New marshals and parses again: the dates survive.
	w2, err := New("mem", w.Entities())
	if err != nil {
		t.Fatal(err)
	}
	e2, _ := w2.Entity("a")
	for i := range e2.EpithetPeriods {
		e2.EpithetPeriods[i].Line = want[i].Line
	}
	if !slices.Equal(e2.EpithetPeriods, want) {
		t.Fatalf("after New: %+v, want %+v", e2.EpithetPeriods, want)
	}
	// An in-memory entity with texts only gets undated epithets.
	w3, err := New("mem", []Entity{{ID: "b", Type: TypePerson, Names: []string{"बी"}, Epithets: []string{"मंत्री", "मंत्री"}}})
	if err == nil {
		t.Fatalf("a text listed twice should be an error, got %+v", w3.Entities())
	}
	w3, err = New("mem", []Entity{{ID: "b", Type: TypePerson, Names: []string{"बी"}, Epithets: []string{"मंत्री"}}})
	if err != nil {
		t.Fatal(err)
	}
	if e3, _ := w3.Entity("b"); !slices.Equal(e3.EpithetsAt(time.Time{}), []string{"मंत्री"}) {
		t.Fatalf("in-memory epithets %+v", e3)
	}
}

func TestParseGroundingErrors(t *testing.T) {
	head := "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    aliases: [बंसल, अजय]\n"
	cases := []struct{ name, yaml, want string }{
		{"epithet unknown field", head + "    epithets:\n      - {text: मंत्री, since: 2020-01-01}\n", "w.yaml:7: epithet: unknown field \"since\""},
		{"epithet bad date", head + "    epithets:\n      - {text: मंत्री, from: 2020-13-01}\n", "w.yaml:7: epithet from \"2020-13-01\" is not a date"},
		{"epithet list in list", head + "    epithets:\n      - [मंत्री]\n", "w.yaml:7: epithet must be a string"},
		{"epithet empty", head + "    epithets: [\"-\"]\n", "w.yaml:6: entity \"a\": epithet \"-\": has no letters"},
		{"epithet period reversed", head + "    epithets:\n      - {text: मंत्री, from: 2020-01-01, until: 2019-01-01}\n", "w.yaml:7: entity \"a\": epithet \"मंत्री\": from 2020-01-01 is not before until 2019-01-01"},
		{"epithet twice", head + "    epithets: [मंत्री, मंत्री]\n", "listed twice for overlapping periods"},
		{"epithet of two entities at once", head + "    epithets: [{text: मंत्री, from: 2020-01-01}]\n  - id: b\n    type: person\n    names: [बी]\n    epithets:\n      - {text: मंत्री, until: 2021-01-01}\n", "w.yaml:11: entity \"b\": epithet \"मंत्री\": names \"a\" too during the same period (line 6)"},
		{"ambiguous not an alias", head + "    ambiguous: [शर्मा]\n", "w.yaml:6: entity \"a\": ambiguous \"शर्मा\" is not one of its one-word names or aliases"},
		{"ambiguous given name", head + "    ambiguous: [अजय]\n", "ambiguous \"अजय\" is not a surname"},
		{"unambiguous surname", head + "    unambiguous: [बंसल]\n", "w.yaml:6: entity \"a\": unambiguous \"बंसल\" is not a given name"},
		{"ambiguous word not ambiguous", head + "    ambiguous: [बंसल]\n    ambiguous_words: [अजय]\n", "w.yaml:7: entity \"a\": ambiguous_words \"अजय\" is not listed in ambiguous"},
		{"org with ambiguous", "entities:\n  - id: o\n    type: org\n    names: [ओ]\n    ambiguous: [ओ]\n", "w.yaml:5: entity \"o\": only a person has ambiguous aliases"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.yaml", []byte(c.yaml))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
		})
	}
	// Two entities may share a title in different periods.
	ok := head + "    epithets: [{text: मंत्री, from: 2020-01-01}]\n  - id: b\n    type: person\n    names: [बी]\n    epithets:\n      - {text: मंत्री, until: 2020-01-01}\n"
	if _, err := Parse("w.yaml", []byte(ok)); err != nil {
		t.Fatal(err)
	}
}

// FuzzParse: any bytes parse or fail with an error naming the file; a
// watchlist that parses survives New (marshal and parse again).
func FuzzParse(f *testing.F) {
	f.Add([]byte("entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    aliases: [बंसल, अजय]\n    unambiguous: [अजय]\n    epithets:\n      - मंत्री\n      - {text: पूर्व मंत्री, from: 2020-01-01, until: 2021-01-01}\n"))
	f.Add([]byte("entities:\n  - id: d\n    type: deal\n    names: [D]\n    parties: [a]\n  - id: a\n    type: org\n    names: [A]\n    exclude: [A B]\n"))
	f.Add([]byte("entities:\n  - id: a\n    type: person\n    names: [A B]\n    epithets: [{text: x, from: 2020-13-01}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := Parse("f.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		w2, err := New("mem", w.Entities())
		if err != nil {
			t.Fatalf("parsed watchlist fails New: %v", err)
		}
		if w2.Len() != w.Len() {
			t.Fatalf("New: %d entities, want %d", w2.Len(), w.Len())
		}
	})
}

// TestParseNamesakes: namesakes are read as written.
func TestParseNamesakes(t *testing.T) {
	y := "entities:\n  - id: p\n    type: person\n    names: [नाइजल फराज]\n    aliases: [फराज]\n    namesakes: [फराज खान, faraz khan]\n"
	w, err := Parse("w.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	got := w.Entities()[0].Namesakes
	if len(got) != 2 || got[0] != "फराज खान" || got[1] != "faraz khan" {
		t.Fatalf("namesakes %q", got)
	}
}

// TestParseKinds: kinds are dated like epithets, may be shared by two
// entities (unlike epithets), and must not repeat themselves or one of
// the entity's own epithets for the same period.
func TestParseKinds(t *testing.T) {
	y := "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    kinds: [उद्योगपति, {text: सांसद, from: 2020-01-01}]\n  - id: b\n    type: person\n    names: [बीना राय]\n    kinds: [उद्योगपति]\n"
	w, err := Parse("w.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := w.Entity("a")
	want := []Epithet{{Text: "उद्योगपति", Line: 5}, {Text: "सांसद", From: day("2020-01-01"), Line: 5}}
	if !slices.Equal(a.Kinds, want) {
		t.Fatalf("kinds %+v, want %+v", a.Kinds, want)
	}
	if b, _ := w.Entity("b"); len(b.Kinds) != 1 || b.Kinds[0].Text != "उद्योगपति" {
		t.Fatalf("b's kinds %+v", b.Kinds)
	}
	bad := []struct{ name, yaml, want string }{
		{"twice", "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    kinds: [सांसद, सांसद]\n", "w.yaml:5: entity \"a\": kind \"सांसद\": listed twice"},
		{"also an epithet", "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    epithets: [मंत्री]\n    kinds: [मंत्री]\n", "kind \"मंत्री\": is also its epithet"},
		{"no letters", "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    kinds: [\"--\"]\n", "has no letters"},
		{"period", "entities:\n  - id: a\n    type: person\n    names: [अजय बंसल]\n    kinds: [{text: सांसद, from: 2021-01-01, until: 2020-01-01}]\n", "is not before until"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.yaml", []byte(c.yaml))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
		})
	}
}

// TestParseGender: a person may state a gender, female or male; nothing
// else, and nobody but a person.
func TestParseGender(t *testing.T) {
	w, err := Parse("w.yaml", []byte("entities:\n  - id: a\n    type: person\n    gender: female\n    names: [अनीता राय]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := w.Entity("a"); a.Gender != GenderFemale {
		t.Fatalf("gender %q", a.Gender)
	}
	for _, c := range []struct{ yaml, want string }{
		{"entities:\n  - id: a\n    type: person\n    gender: f\n    names: [अनीता राय]\n", "w.yaml:2: entity \"a\": gender \"f\" is not \"female\" or \"male\""},
		{"entities:\n  - id: a\n    type: org\n    gender: female\n    names: [एबीसी]\n", "only a person has a gender"},
	} {
		if _, err := Parse("w.yaml", []byte(c.yaml)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
}
