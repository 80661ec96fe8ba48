package classify

import "testing"

// Code-mixed copy: names and nouns in Latin letters, Hindi's grammar in
// Devanagari. Most letters are Latin, yet the story is Hindi; English
// copy that quotes a Hindi word or two stays English.
func TestCodeMixedIsHindi(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		title, body, want string
	}{
		{"Infosys और Wipro की AI deal, Nilekani बोले 'big step'", "", LangHindi},
		{"", "Tata Motors ने Monday को Bengaluru में new EV platform launch किया. Company के CEO ने कहा कि demand strong है.", LangHindi},
		{"Adani Ports Q3 results: revenue up 12 percent", "Adani Ports reported a 12 percent rise in revenue on Tuesday, beating analyst estimates for the quarter.", LangEnglish},
		// One Hindi word quoted in English copy is not Hindi grammar.
		{"PM calls the scheme a 'नवरत्न' of growth", "The prime minister said the programme would create jobs across the country and called it a milestone.", LangEnglish},
	}
	for _, tc := range cases {
		got, _ := c.Language(tc.title, tc.body)
		if got != tc.want {
			t.Errorf("Language(%q, %q) = %s, want %s", tc.title, tc.body, got, tc.want)
		}
	}
	if !hindiGrammar("Reliance ने Jio के लिए", "") || hindiGrammar("Reliance posts profit", "It rose 5 percent") {
		t.Error("hindiGrammar: wrong reading of its own examples")
	}
}
