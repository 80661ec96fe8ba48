package main

import "testing"

func TestPairOfSig(t *testing.T) {
	for sig, want := range map[string]string{
		"stance-shift:larry-ellison|masayoshi-son:rivals→mixed:8d0686a06b98e09a4623": "larry-ellison|masayoshi-son",
		"new-feud:a|b:none→rivals": "a|b",
		"escalation-without-pair":  "",
	} {
		if got := pairOfSig(sig); got != want {
			t.Errorf("pairOfSig(%q) = %q, want %q", sig, got, want)
		}
	}
}
