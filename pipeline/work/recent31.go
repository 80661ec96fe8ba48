package work

// recentForming31 reports a pluperfect announcement at j ("… का ऐलान हुआ
// था") dated by its own sentence to the last few days ("एक दिन पहले",
// "दो दिन पहले", "कल", "हाल ही में", "बीते हफ्ते", "मंगलवार को"): a
// follow-up story's report of a forming, not a look back or an
// explainer (SCHEMA: co-members are allied when the story reports the
// forming; dbc-011: "एक दिन पहले … परियोजना का ऐलान हुआ था, जिसमें
// O, Z और Y साझेदार हैं"). A month, a year or "पिछले साल" dates a look
// back and is not read here. The weekdays and small counts are
// words.yaml weekdays and few_counts.
func (a *Analyzer) recentForming31(f *field, j int) bool {
	words := f.words
	for n := j - 1; n >= 0 && n >= j-24; n-- { // (the sentence's start; 24 words: session 32, was 12)
		switch w := words[n]; w {
		case "।", ".", "?", "!":
			return false
		case "कल":
			return true
		case "हाल":
			if n+1 < j && (words[n+1] == "ही" || words[n+1] == "में") {
				return true
			}
		case "पहले":
			// A few days: words.yaml few_counts.
			if n > 1 && words[n-1] == "दिन" && a.fieldClass2(f, n-2)&cwFewCount31 != 0 {
				return true
			}
		case "हफ्ते", "सप्ताह":
			if n > 0 && (words[n-1] == "बीते" || words[n-1] == "पिछले" || words[n-1] == "इसी") {
				return true
			}
		case "को":
			// A weekday: words.yaml weekdays.
			if n > 0 && a.fieldClass2(f, n-1)&cwWeekday31 != 0 {
				return true
			}
		}
	}
	return false
}
