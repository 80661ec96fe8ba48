package hindi

import (
	"reflect"
	"testing"
)

// TestNormalizeTokenizeInto21: a Text reused from a longer text (with
// more shifts) reads as a fresh NormalizeTokenize's, offsets and tokens
// alike; Release keeps nothing of the text.
func TestNormalizeTokenizeInto21(t *testing.T) {
	texts := []string{
		"ज़मीन पर फ़ैसला, ड़ और ढ़: ABC कंपनी ने कहा – “ठीक है”। चाँद",
		"साधारण वाक्य बिना बदलाव के",
		"Naïve café ऑफ़िस",
		"",
	}
	var reused Text
	var buf []byte
	var toks []Token
	for _, s := range texts {
		want, _, wantToks := NormalizeTokenize(s, nil, nil)
		buf, toks = NormalizeTokenizeInto(&reused, s, buf, toks[:0])
		if reused.Orig != want.Orig || reused.Norm != want.Norm || reused.invalid != want.invalid {
			t.Fatalf("%q: reused Text %+v, fresh %+v", s, reused, *want)
		}
		if !reflect.DeepEqual(append([]shift{}, reused.shifts...), append([]shift{}, want.shifts...)) {
			t.Fatalf("%q: shifts %v, fresh %v", s, reused.shifts, want.shifts)
		}
		for i := 0; i <= len(want.Norm); i++ {
			if reused.OrigOffset(i) != want.OrigOffset(i) {
				t.Fatalf("%q: OrigOffset(%d) %d, fresh %d", s, i, reused.OrigOffset(i), want.OrigOffset(i))
			}
		}
		if !reflect.DeepEqual(append([]Token{}, toks...), append([]Token{}, wantToks...)) {
			t.Fatalf("%q: tokens %v, fresh %v", s, toks, wantToks)
		}
		reused.Release()
		if reused.Orig != "" || reused.Norm != "" || len(reused.shifts) != 0 {
			t.Fatalf("Release kept %+v", reused)
		}
	}
}

// TestAppendAmounts21: AppendAmounts appends ParseAmounts' amounts after
// what its buffer holds.
func TestAppendAmounts21(t *testing.T) {
	s := NormalizeString("सौदा पाँच सौ करोड़ रुपये और दो अरब डॉलर का था")
	toks := Tokenize(nil, s)
	want := ParseAmounts(s, toks)
	if len(want) != 2 {
		t.Fatalf("ParseAmounts found %v", want)
	}
	head := []Money{{Value: 1, Currency: "X"}}
	got := AppendAmounts(head, s, toks)
	if !reflect.DeepEqual(got[1:], want) || got[0] != head[0] {
		t.Fatalf("AppendAmounts gives %v, want %v after %v", got, want, head)
	}
}
