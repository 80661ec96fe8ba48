package work

import "strings"

// Session 20 (QE helper): quotes and epithets.

// plainTalk20 reports a talk noun that carries no content of its own
// ("X ने Y का नाम लेकर बात की / चर्चा की"): naming Y while merely
// talking is no pointed attack; what X said decides (dci-046a: the
// praise in the next sentence is the stance).
func plainTalk20(w string) bool {
	switch w {
	case "बात", "बातें", "बातचीत", "चर्चा", "जिक्र", "उल्लेख":
		return true
	}
	return false
}

// aboutTag20 reports a quote's tag naming what the words are about
// with the name ending at token e, besides "के बारे में"/"को लेकर": "Y
// का जिक्र/उल्लेख करते हुए / हवाला देते हुए (यह बात कही)", "Y की ओर/तरफ इशारा
// करते हुए", "Y पर टिप्पणी करते हुए", "Y के संदर्भ में" — so a
// quote-first "“वह … झूठ बोलती हैं।” X ने Y का जिक्र करते हुए यह बात
// कही" is about Y (dcn-001a).
func aboutTag20(w []string, e int) bool {
	at := func(i int) string {
		if i < len(w) {
			return w[i]
		}
		return ""
	}
	switch at(e) {
	case "का", "के":
		switch at(e + 1) {
		case "जिक्र", "उल्लेख":
			return doing20(at(e + 2))
		case "हवाला": // हवाला देते हुए / देकर
			return at(e+2) == "देते" || at(e+2) == "देकर"
		case "संदर्भ":
			return at(e+2) == "में"
		}
	case "की":
		if o := at(e + 1); o == "ओर" || o == "तरफ" {
			return strings.HasPrefix(at(e+2), "इशार")
		}
	case "पर":
		return at(e+1) == "टिप्पणी" && doing20(at(e+2))
	}
	return false
}

// doing20: the verb of "… करते हुए / कर / करके / किया / की" after a noun.
func doing20(w string) bool {
	switch w {
	case "करते", "कर", "करके", "किया", "की", "करती":
		return true
	}
	return false
}

// winCondition20 reports a bare condition at तो (token k) that is a
// third person's election win: "Y जीतीं/जीते/जीत गए तो …", "वह जीतीं तो
// …". What follows is a warning (or a promise) of Y's rule, said as
// what will happen — the dev gold reads "Y जीतीं तो देश को दिवालिया कर
// देंगी / यह आखिरी चुनाव होगा / देश तबाह हो जाएगा" as hostile to Y in
// 8 stories (dcd-082a/b, dva-093, daf-061, dvd-050, dvj-142, dvn-043,
// dvy-033). A condition with अगर, or a first person's win ("हम जीते
// तो …"), or another's act after तो, stays hypothetical.
func (s *sentCtx) winCondition20(k int) bool {
	v := k - 1
	if w := s.w(v); w == "गए" || w == "गईं" || w == "गई" || w == "गया" {
		v--
	}
	if v <= s.sn.a || !strings.HasPrefix(s.w(v), "जीत") || strings.HasPrefix(s.w(v), "जीतन") {
		return false
	}
	// Another's act or stance after तो ("Y जीतीं तो X उनके आलोचक होंगे",
	// "… तो मैं उनके साथ काम करूंगा") stays hypothetical.
	if w := s.w(k + 1); s.mentionAt(k+1) || w == "मैं" || w == "हम" {
		return false
	}
	switch w := s.w(v - 1); w {
	case "वह", "वे", "ये", "यह":
		return true
	case "अगर", "यदि", "हम", "मैं":
		return false
	}
	// A tracked name right before the verb ("Y जीतीं", a name of two
	// words ending there).
	for i := range s.chunks {
		if c := &s.chunks[i]; c.end == v && c.ent >= 0 {
			return true
		}
	}
	return s.mentionAt(v - 1)
}
