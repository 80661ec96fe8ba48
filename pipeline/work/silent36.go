package work

// Session 36 (SILENT): a headline tag "X का तंज/हमला/आरोप: …" read as X's
// act on the one its words name, when a topic phrase stands before the
// doer ("धारावी पर X का हमला: '…'", "GPT-5 लॉन्च पर X का तंज- '…'"), and
// with a coordinated pair in the words ("X का आरोप- Y और Z के लिए बनी
// नीतियां"): both are the ones it names.

// topicLead36 reports that the words of the sentence before token tok (a
// headline tag's genitive doer) are only the tag's topic: at most six
// words closing on पर or को लेकर, with no name, pronoun, verb, comma,
// colon or quote among them, and a dash only inside a word ("GPT-5").
func (s *sentCtx) topicLead36(tok int) bool {
	if tok == s.sn.a {
		return true
	}
	if tok-s.sn.a < 2 || tok-s.sn.a > 6 {
		return false
	}
	end := tok - 1
	switch {
	case s.w(end) == "पर":
	case s.w(end) == "लेकर" && end-1 > s.sn.a && s.w(end-1) == "को":
		end--
	default:
		return false
	}
	for j := s.sn.a; j < end; j++ {
		w := s.w(j)
		if s.mentionAt(j) || s.inMention(j) || s.chunkAt(j) != nil {
			return false
		}
		if isDash(w) {
			// (Only a dash inside a word: "GPT-5", not "X - Y".)
			if j == s.sn.a || s.f.toks[j].Start != s.f.toks[j-1].End || s.f.toks[j+1].Start != s.f.toks[j].End {
				return false
			}
			continue
		}
		if !s.isWord(j) || s.flag(j)&(fwFinite|fwCopula|fwSubjPron|fwTargetPron|fwGenPron|fwObliquePron) != 0 || s.flag(j)&fwPostposition != 0 && !isGenitive(w) {
			return false
		}
	}
	return true
}

// agentAfter36 reports a ने-agent of any kind (a name, a pronoun, an
// epithet) after token k: "मोदी का तंज: 'शहजादे ने Y-Z का नाम लेना क्यों
// छोड़ा?'" — the pair is what the agent acts on, not the jibe's targets.
func (s *sentCtx) agentAfter36(k int) bool {
	for _, c := range s.chunks {
		if c.tok > k && c.mk == mkAgent {
			return true
		}
	}
	for j := k + 1; j < s.sn.b; j++ {
		if s.w(j) == "ने" {
			return true
		}
	}
	return false
}

// signedTie36 reports a tie noun at [j, j+n) — a supportive alliance frame
// of two sides (symmetric or mutual) — under पर before a signing word
// (words.yaml signing_words36), or before किए/किये and one (the headline
// order): "X ने Y के साथ संयुक्त उपक्रम पर दस्तखत किए" makes the tie, as
// the lexicon's "करार पर दस्तखत" does.
func (a *Analyzer) signedTie36(s *sentCtx, j, n int) bool {
	t := j + n
	if s.w(t) != "पर" {
		return false
	}
	v := t + 1
	if w := s.w(v); w == "किए" || w == "किये" {
		v++
	}
	if s.class2(v)&cwSigning36 == 0 {
		return false
	}
	e, m := a.matchAt(s, j, entFrame)
	return e != nil && m == n && e.frame.Kind == "alliance" && e.frame.pol > 0 && (e.frame.Symmetric || e.frame.Mutual)
}
