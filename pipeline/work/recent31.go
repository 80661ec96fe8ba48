package work

// recentForming31 reports a pluperfect announcement at j ("… का ऐलान हुआ
// था") dated by its own sentence to the last few days ("एक दिन पहले",
// "दो दिन पहले", "कल", "हाल ही में", "बीते हफ्ते", "मंगलवार को"): a
// follow-up story's report of a forming, not a look back or an
// explainer (SCHEMA: co-members are allied when the story reports the
// forming; dbc-011: "एक दिन पहले … परियोजना का ऐलान हुआ था, जिसमें
// O, Z और Y साझेदार हैं"). A month,
// a year or "पिछले साल" dates a look back and is not read here.
func recentForming31(words []string, j int) bool {
	for n := j - 1; n >= 0 && n >= j-12; n-- {
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
			if n > 0 && words[n-1] == "दिन" && n > 1 && fewDays31(words[n-2]) {
				return true
			}
		case "हफ्ते", "सप्ताह":
			if n > 0 && (words[n-1] == "बीते" || words[n-1] == "पिछले" || words[n-1] == "इसी") {
				return true
			}
		case "को":
			if n > 0 && weekday31(words[n-1]) {
				return true
			}
		}
	}
	return false
}

func fewDays31(w string) bool {
	switch w {
	case "एक", "दो", "तीन", "चार", "1", "2", "3", "4", "कुछ", "चंद":
		return true
	}
	return false
}

func weekday31(w string) bool {
	switch w {
	case "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार", "रविवार":
		return true
	}
	return false
}
