package hindi

import (
	"reflect"
	"strings"
	"testing"
)

// normTokSeeds mix what the fused pass treats apart: runs copied as they
// are, capitals, folded Devanagari (nukta letters, chandrabindu, chandra-o,
// digits, nasal + virama), numbers with separators at a run's edge, line
// breaks, other scripts with combining marks after an ASCII letter,
// invalid bytes and a text ending inside a token.
var normTokSeeds = []string{
	"",
	"मस्क ने ज़ोर देकर कहा कि ट्रम्प की नीति ग़लत है।",
	"Café e\u0301 ऑफ़िस \xff “OpenAI” ₹५०० करोड़",
	"1,00,000 रुपये, 1.5 लाख; 2,, 3. 4,५ ६.७ 12,",
	"A\u0301b x\u0301 1\u0301 \u0301 a\u200db\u00adc",
	"पंक्ति एक\nपंक्ति दो\r\nतीन\n",
	"सँभलकर चाँद ऍप ॅ ऑ ॉ ड़ ढ़ क़ ऩ ऱ ऴ ़",
	"सम्बन्ध अङ्ग चञ्चल कण्ठ दम्भ न्\u094d",
	"Ελληνικά ΑΒΓ русский ١٢٣ ٣,٤ x١",
	"5%",
	"abc",
	"9",
	"\xe0\xa4",
	"म्",
	"ABC DEF-GHI",
}

func checkNormTok(t *testing.T, s string, buf []byte, toks []Token) ([]byte, []Token) {
	t.Helper()
	want := Normalize(s)
	wantToks := Tokenize(nil, want.Norm)
	got, buf, toks := NormalizeTokenize(s, buf, toks[:0])
	if got.Norm != want.Norm {
		t.Fatalf("%q: Norm %q, want %q", s, got.Norm, want.Norm)
	}
	if got.invalid != want.invalid || !reflect.DeepEqual(got.shifts, want.shifts) {
		t.Fatalf("%q: offset map %v (invalid %v), want %v (%v)", s, got.shifts, got.invalid, want.shifts, want.invalid)
	}
	if len(toks) != len(wantToks) || (len(toks) > 0 && !reflect.DeepEqual(toks, wantToks)) {
		t.Fatalf("%q: tokens %v, want %v", s, toks, wantToks)
	}
	return buf, toks
}

// NormalizeTokenize gives exactly NormalizeBuf's Text and Tokenize's
// tokens, with its buffers reused from text to text.
func TestNormalizeTokenizeAgrees(t *testing.T) {
	var buf []byte
	var toks []Token
	for _, s := range normTokSeeds {
		buf, toks = checkNormTok(t, s, buf, toks)
		// Every prefix: a text may end anywhere in a token or a run.
		for n := range len(s) {
			buf, toks = checkNormTok(t, s[:n], buf, toks)
		}
	}
	// All seeds joined, with each separator.
	for _, sep := range []string{"", " ", "\n", ",", "1"} {
		buf, toks = checkNormTok(t, strings.Join(normTokSeeds, sep), buf, toks)
	}
}

func FuzzNormalizeTokenize(f *testing.F) {
	for _, s := range normTokSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNormTok(t, s, nil, nil)
	})
}
