package work

import "strings"

// Session 37 (SILENT): readings for pairs named in one sentence that gave
// no stance although a frame or an evaluative matched there.

// likeClassPost37 reads a class named by its example: "Y जैसे
// अरबपतियों के पैसे ने चुनाव को विकृत किया", "Y जैसी कंपनियों की बड़ी
// भूमिका", "Y जैसे अरबपतियों ने …". At n, right after the name (or the
// coordinated names) a likeness mark (like_marks: जैसे/जैसी/जैसा), then
// one word of the class, then ने, a genitive, पर or से: the names share
// that postposition, as the bare class already shares its subject ("Y
// जैसे अरबपति लोकतंत्र को …"). Returns the postposition's index, else 0.
// One word only: after two ("Y जैसे उद्योगपति किसानों की जमीनें …") the
// first may be the class as the subject and the second a phrase of its
// own. Not को ("Y जैसी कंपनियों को … निवेश करना चाहिए": the dative
// subject of an obligation; likeCompany29 reads "Y जैसी कंपनी को/पर"),
// nor में (among them), nor a genitive of a verbal noun ("Y जैसी कंपनी का
// उन्हें पद देना अस्वीकार्य": the class is its subject, as in
// likeCompany29).
func (s *sentCtx) likeClassPost37(n int) int {
	if n+2 >= s.sn.b || s.class2(n)&cwLikeMark28 == 0 {
		return 0
	}
	j := n + 1
	if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&fwPostposition != 0 || isGenitive(s.w(j)) {
		return 0
	}
	p := j + 1
	switch s.w(p) {
	case "ने", "पर", "से":
		return p
	case "का", "की", "के":
		for k := p + 1; k < s.sn.b && k <= p+6 && s.isWord(k) && s.flag(k)&fwPostposition == 0 && !isGenitive(s.w(k)); k++ {
			if strings.HasSuffix(s.w(k), "ना") {
				return 0
			}
		}
		return p
	}
	return 0
}
