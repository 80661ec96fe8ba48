package hindi

import "testing"

func TestTokenizeWholeWords(t *testing.T) {
	s := NormalizeString("मस्क ने US$500bn, १.५ लाख। ओपन-एआई")
	toks := Tokenize(nil, s)
	var got []string
	for _, tk := range toks {
		got = append(got, s[tk.Start:tk.End])
	}
	want := []string{"मसक", "ने", "us", "$", "500", "bn", ",", "1.5", "लाख", "।", "ओपन", "-", "एआई"}
	want[0] = NormalizeString("मस्क")
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("token %d: got %q, want %q (all %q)", i, got[i], want[i], got)
		}
	}
}

func TestWordClassMatrasArePartOfWords(t *testing.T) {
	for _, r := range "िंःॉ्" {
		if WordClass(r) != 'w' {
			t.Errorf("%U should be a word character", r)
		}
	}
	for _, r := range "।॥,$" {
		if WordClass(r) == 'w' {
			t.Errorf("%U should not be a word character", r)
		}
	}
}
