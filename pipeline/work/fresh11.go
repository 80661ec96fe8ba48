package work

import "strings"

// Session 11, FRESH helper: constructions read on fresh blind text.

// remarkNoun reports a noun naming someone's words: a remark, statement,
// jibe, charge, slogan, post ("बयान", "टिप्पणी", "तंज", "नारा", "ट्वीट").
func remarkNoun(w string) bool {
	switch w {
	case "बयान", "बयानों", "टिप्पणी", "टिप्पणियों", "टिप्पणियां", "तंज", "तंजों", "कटाक्ष",
		"आरोप", "आरोपों", "दावा", "दावे", "दावों", "नारा", "नारे", "नारों", "ट्वीट", "ट्वीटों",
		"पोस्ट", "पोस्टों", "भाषण", "भाषणों", "सवाल", "सवालों", "शब्द", "शब्दों", "जुमला", "जुमले",
		"जुमलों", "बात", "बातों", "उपनाम", "संबोधन", "नसीहत", "चुटकी", "बयानबाजी", "ताना", "ताने":
		return true
	}
	return false
}

// quotedRemark reports a short quote closing at token e that is the
// content of a remark named right after it: "Y के 'तानाशाह' वाले बयान
// पर", "Y की 'कमजोर नेता' वाली टिप्पणी को", "Y का 'चौकीदार चोर है' नारा".
// The quoted words are Y's (what Y said), not an evaluation of Y by the
// clause's speaker; the genitive goes on to the remark noun.
func (s *sentCtx) quotedRemark(e int) bool {
	j := e + 1
	if strings.HasPrefix(s.w(j), "वाल") {
		j++
	}
	return remarkNoun(s.w(j))
}
