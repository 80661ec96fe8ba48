package hindi

import (
	"fmt"
	"testing"
)

func TestWordFilter(t *testing.T) {
	var f WordFilter
	if f.MayContain("ट्रंप") {
		t.Fatal("empty filter reports a word")
	}
	var in []string
	for i := range 300 {
		in = append(in, fmt.Sprintf("शब्द%dक", i))
	}
	in = append(in, "", "a", "₹", "करोड़")
	for _, w := range in {
		f.Add(w)
	}
	for _, w := range in {
		if !f.MayContain(w) {
			t.Errorf("added %q, MayContain false", w)
		}
	}
	// Words never added are nearly all turned away (300 words set at most
	// 300 of 65,536 bits).
	false1 := 0
	for i := range 2000 {
		if f.MayContain(fmt.Sprintf("अन्य%dख", i)) {
			false1++
		}
	}
	if false1 > 40 {
		t.Errorf("%d of 2000 absent words reported present", false1)
	}
}
