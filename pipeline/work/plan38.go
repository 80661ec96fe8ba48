package work

import "strings"

// Session 38 (MOOD): a deed only weighed or intended.

// weighed38 reports, after the infinitive at t ("… मुकदमा करने"), words
// of a deed only thought of, intended or weighed, more than
// plannedAct14's own list: "करने के बारे में सोच रहे हैं", "करने का मन
// बना रहे हैं", "करने की सोच रहे हैं", "करने का इरादा/विचार जताया",
// "करने की मंशा", "करने की फिराक में", "करने का प्लान", "करने की
// रणनीति", "करने पर गौर/मंथन", "करने के विकल्प तलाश रहे हैं", "करने की
// संभावना तलाश रहे हैं" (SCHEMA: a future plan is no stance).
func (s *sentCtx) weighed38(t int) bool {
	w1, w2 := s.w(t+1), s.w(t+2)
	switch w1 + " " + w2 {
	case "का मन", "का इरादा", "का विचार", "की मंशा", "की फिराक", "का प्लान", "की रणनीति",
		"पर गौर", "पर मंथन", "के विकल्प", "के विकल्पों", "की संभावना", "की संभावनाएं", "की संभावनाओं":
		return true
	case "की सोच":
		return s.progressive25(t+3) || strings.HasPrefix(s.w(t+3), "रख")
	case "के बारे":
		if s.w(t+3) != "में" {
			return false
		}
		w := s.w(t + 4)
		return strings.HasPrefix(w, "सोच") || w == "विचार" || w == "गौर"
	}
	return false
}
