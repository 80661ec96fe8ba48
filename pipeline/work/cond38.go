package work

// Session 38 (MOOD): a condition written "तभी … जब".

// rwOnlyWhen38 is the rule bit of तभी (rules16.go's ruleWords): moods
// reads onlyWhen38 only in a sentence with one.
const rwOnlyWhen38 = rwDeed36b << 1

// onlyWhen38 reports a clause that holds only under a condition written
// "तभी … जब": "माइक्रोसॉफ्ट हमारा साझेदार तभी रहेगा जब वह …", "रिलायंस
// के साथ करार तभी होगा, जब नियामक मंजूरी देंगे" (SCHEMA: a conditional
// plan is no stance). The तभी is in the clause and a जब follows it in
// the sentence; "तभी" alone ("तभी X ने कहा": just then) and "तभी से …
// जब से" (ever since) are no condition.
func (s *sentCtx) onlyWhen38(cl *clause) bool {
	for _, k := range cl.toks {
		if s.w(k) != "तभी" || s.w(k+1) == "से" {
			continue
		}
		for j := k + 1; j < s.sn.b; j++ {
			switch s.w(j) {
			case "जब":
				return s.w(j+1) != "से"
			case "।", "?":
				return false
			}
		}
	}
	return false
}
