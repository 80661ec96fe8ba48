package work

// docSentence36 reports a sentence whose speaker is a document issued in
// one of the two sentences before ("X ने एक बयान जारी किया। इसमें
// आरोपों को मनगढ़ंत बताया गया"): it holds इसमें/उसमें or "<document>
// में" and the story remembers a recent issuer (noteDocument,
// docSpeaker). Such a sentence may name no one of its own and is still
// read: the issuer speaks, and what the words call a lie may be a
// charge named before (session 36).
func (s *sentCtx) docSentence36() bool {
	if s.docSpk < 0 || s.docField != s.f || s.docSent >= s.nsent || s.docSent < s.nsent-2 {
		return false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		switch w := s.w(k); {
		case w == "इसमें" || w == "उसमें":
			return true
		case issuedNoun(w) && s.w(k+1) == "में":
			return true
		}
	}
	return false
}
