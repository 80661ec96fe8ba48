package work

import "github.com/khabar/khabar/internal/hindi"

// frontedRel28 reports a जो at k that opens a fronted relative whose doer
// is the host's ने-agent and whose correlative, after a comma, is an
// object or oblique pronoun: "X ने Y के खिलाफ जो मुकदमा दायर किया था,
// उसे अब निपटा लिया गया है". The words up to the comma are one act of X
// (the relative is the whole of X's clause), so they stay in X's clause
// instead of a relative with no doer; the correlative clause has no
// doer of its own. A subject correlative ("X ने जो
// कहा वह …") is correlative's case and is left alone; -1 when none.
func frontedRel28(f *field, sn *sentence, fl []uint64, k int) int {
	if f.words[k] != "जो" || k+3 >= sn.b {
		return -1
	}
	agent := false
	for j := k - 1; j > sn.a && j >= k-12; j-- {
		if f.toks[j].Kind != hindi.Word || fl[j-sn.a]&(fwFinite|fwSpeech|fwCopula|fwKi|fwBreak|fwRel|fwRelAgent) != 0 {
			return -1
		}
		if f.words[j] == "ने" {
			agent = true
			break
		}
	}
	if !agent {
		return -1
	}
	for j := k + 1; j+1 < sn.b; j++ {
		if fl[j-sn.a]&(fwKi|fwRel|fwRelAgent) != 0 {
			return -1
		}
		if f.words[j] != "," {
			continue
		}
		if j < k+3 {
			return -1
		}
		switch f.words[j+1] {
		case "उसे", "उसको", "उस", "इसे", "इसको", "उन्हें", "उनको", "इन्हें":
		default:
			return -1
		}
		// "…, उसे उन्होंने बखूबी निभाया": the correlative clause has a
		// doer of its own (the relative's doer again), and what it says
		// of the act is said of him: the host reading stays.
		for t := j + 2; t < sn.b; t++ {
			if w := f.words[t]; w == "ने" || w == "उन्होंने" || w == "इन्होंने" || w == "जिन्होंने" {
				return -1
			}
		}
		return j
	}
	return -1
}
