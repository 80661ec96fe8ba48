package hindi

import "testing"

// NormalizeBuf with one buffer reused across texts of different lengths
// gives what Normalize gives, and a Text is not changed by later calls.
func TestNormalizeBufReuse(t *testing.T) {
	texts := []string{
		"मस्क ने ज़ोर देकर कहा कि ट्रम्प की नीति ग़लत है।",
		"a",
		"",
		"Café e\u0301 ऑफ़िस \xff “OpenAI” ₹५०० करोड़",
		"ट्रंप",
	}
	var buf []byte
	var got []*Text
	for _, s := range texts {
		var tx *Text
		tx, buf = NormalizeBuf(s, buf)
		got = append(got, tx)
	}
	for i, s := range texts {
		want := Normalize(s)
		if got[i].Norm != want.Norm {
			t.Errorf("%q: Norm %q, want %q", s, got[i].Norm, want.Norm)
		}
		for j := -1; j <= len(want.Norm)+1; j++ {
			if g, w := got[i].OrigOffset(j), want.OrigOffset(j); g != w {
				t.Errorf("%q: OrigOffset(%d) = %d, want %d", s, j, g, w)
			}
		}
	}
}
