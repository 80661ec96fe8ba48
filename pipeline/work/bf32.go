package work

import "github.com/khabar/khabar/internal/hindi"

// amountRun32 is the length of an amount phrase that opens at token k and
// ends in its genitive ("(करीब) 1 ट्रिलियन डॉलर के", "10 करोड़ रुपये की"):
// an optional word of approximation, a number, up to two plain words
// (scale, currency) and the genitive; 0 if there is none. A possessed
// noun keeps its owner across it ("Y के लिए प्रस्तावित करीब 1 ट्रिलियन
// डॉलर के मुआवजा पैकेज का बचाव": meantFor, stance.go).
func (s *sentCtx) amountRun32(k int) int {
	j := k
	switch s.w(j) {
	case "करीब", "लगभग", "तकरीबन", "कुल", "सिर्फ", "महज":
		j++
	}
	if j >= s.sn.b || s.f.toks[j].Kind != hindi.Number {
		return 0
	}
	for j++; j < s.sn.b && s.f.toks[j].Kind == hindi.Number; j++ {
	}
	for n := 0; n < 3 && j < s.sn.b; n++ {
		if isGenitive(s.w(j)) {
			return j + 1 - k
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&fwPostposition != 0 {
			return 0
		}
		j++
	}
	return 0
}
