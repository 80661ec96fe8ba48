package work

import "strings"

// tiedBody31 reports, at a से (token j) after a possessed noun, the
// participle "जुड़ा/जुड़ी/जुड़े" and a noun after it ("Y के अभियान से जुड़ी
// समिति", "Y के समूह से जुड़ी कंपनियों"): the body tied to Y's thing is
// Y's, so the possessed chain goes on to that noun and its postposition.
// Not "से जुड़े सवाल/मुद्दे" (a topic: questions tied to it), nor a name
// after the participle.
func tiedBody31(s *sentCtx, j int) bool {
	if s.w(j) != "से" {
		return false
	}
	switch s.w(j + 1) {
	case "जुडी", "जुडे", "जुडा", "जुड़ी", "जुड़े", "जुड़ा":
	default:
		return false
	}
	n := j + 2
	if s.w(n) == "एक" {
		n++ // "Y के अभियान से जुड़े एक संगठन को"
	}
	if n >= s.sn.b || !s.isWord(n) || s.mentionAt(n) {
		return false
	}
	w := s.w(n)
	for _, p := range []string{"समिति", "संगठन", "संस्था", "कंपनी", "कंपनि", "फर्म", "फाउंडेशन", "ट्रस्ट", "पैक", "समूह", "इकाई", "इकाइ", "फंड"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
