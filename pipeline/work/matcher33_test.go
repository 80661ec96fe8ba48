package work

import (
	"slices"
	"testing"

	"github.com/khabar/khabar/internal/watchlist"
)

// TestTransTable33: the matcher's trans table (matcher33.go) gives every
// key of trans its node, and no node for keys trans lacks; a Matcher
// without the table reads the map.
func TestTransTable33(t *testing.T) {
	a := shippedAnalyzer(t)
	m := a.matcher
	if len(m.transTab33.slots) < len(m.trans) {
		t.Fatalf("table of %d slots for %d keys", len(m.transTab33.slots), len(m.trans))
	}
	bare := &Matcher{trans: m.trans}
	for k, v := range m.trans {
		node, id := int32(k>>32), int32(uint32(k))
		for _, x := range []*Matcher{m, bare} {
			if got, ok := x.transAt33(node, id); !ok || got != v {
				t.Fatalf("key %x: %d %v, want %d", k, got, ok, v)
			}
		}
		// Keys next to it that trans lacks.
		for _, d := range []int32{1, -1, 1 << 20} {
			k2 := uint64(node)<<32 | uint64(uint32(id+d))
			_, want := m.trans[k2]
			if _, ok := m.transAt33(node, id+d); ok != want {
				t.Fatalf("key %x: found %v, want %v", k2, ok, want)
			}
		}
	}
}

// TestOrgInstitution33: orgInstitution33 answers as the map
// org_institutions for every word of it and for controls, by word id and
// (without ids) by the word.
func TestOrgInstitution33(t *testing.T) {
	a := shippedAnalyzer(t)
	m := a.matcher
	if len(m.orgInstitutions) == 0 || m.orgInst33 == nil {
		t.Fatal("no org_institutions table")
	}
	words := []string{"संस्था", "कंपनी", "ने", "और", "school", "schools", "अस्पतालों"}
	for w := range m.orgInstitutions {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		f := a.prepare("body", "नई "+w+" खुली")
		k := slices.Index(f.words, w)
		if k < 0 {
			t.Fatalf("%q: not one token", w)
		}
		want := m.orgInstitutions[w]
		if got := m.orgInstitution33(f, k); got != want {
			t.Errorf("%q: %v, want %v", w, got, want)
		}
		f.wid = nil
		if got := m.orgInstitution33(f, k); got != want {
			t.Errorf("%q without ids: %v, want %v", w, got, want)
		}
	}
}

// TestGround33: Matcher.ground finds the same mentions with the tables of
// matcher33.go as with the maps, in sentences of our own around each
// organisation's and person's names (taken from the watchlist): an
// organisation's name before an institution noun (no mention) and before
// a case marker (a mention).
func TestGround33(t *testing.T) {
	a := shippedAnalyzer(t)
	m := a.matcher
	var texts []string
	for _, e := range a.ents {
		for _, n := range slices.Concat(e.Names, e.Aliases) {
			switch e.Type {
			case watchlist.TypeOrg:
				texts = append(texts, n+" फाउंडेशन ने गांव में नया अस्पताल खोला", n+" ने गांव में नया स्कूल खोला", "शहर के "+n+" इंटरनेशनल स्कूल में आज छुट्टी रही")
			default:
				texts = append(texts, n+" ने कल बयान दिया और "+n+" स्टेडियम में भीड़ जुटी")
			}
		}
	}
	found := 0
	for _, text := range texts {
		f := a.prepare("body", text)
		m.ground([]*field{f})
		with := slices.Clone(f.mentions)
		tab, inst := m.transTab33, m.orgInst33
		m.transTab33, m.orgInst33 = transTable33{}, nil
		m.ground([]*field{f})
		m.transTab33, m.orgInst33 = tab, inst
		if !slices.Equal(with, f.mentions) {
			t.Errorf("%q: mentions %v with the tables, %v without", text, with, f.mentions)
		}
		found += len(with)
	}
	if found == 0 {
		t.Error("no mention found")
	}
}
