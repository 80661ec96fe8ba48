package work

// koJudged37b (session 37b, eval2): in a speaker's words, "Y को … से डर
// लगता है", "Y को जरूरत से ज्यादा आंका गया है", "Y को सिर्फ नकल करना
// आता है": with no subject and no doer before the evaluative word, the
// one named with को — the experiencer or the
// one the passive rates — is the one judged (a place or time phrase may
// stand before it). A को after a doer ("हमने Y को पत्र लिखा"), a second
// को, or a pronoun ("मुझे … डर लगता है": the
// speaker) is not read. The caller reads it for damning words only.
// Returns the entity, or -1.
func (s *sentCtx) koJudged37b(ci int, o occurrence, sp []int) int {
	var ko *chunk
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= o.k {
			continue
		}
		switch c.mk {
		case mkAgent, mkBare:
			return -1
		case mkKo:
			if ko != nil {
				return -1
			}
			ko = c
		}
	}
	if ko == nil || ko.ent < 0 || ko.pron != 0 || ko.possessed || containsInt(sp, ko.ent) {
		return -1
	}
	// "Y को देखना खतरनाक अनुभव है": the object of an infinitive before
	// the word; "Y को नाम बदल लेना चाहिए": the one obliged.
	for j := ko.at + 1; j < o.k; j++ {
		if w := s.w(j); infinitive37b(w) && !s.mentionAt(j) {
			return -1
		}
	}
	for _, k := range s.cls[ci].toks {
		switch s.w(k) {
		case "चाहिए", "पडेगा", "पडेगी", "पडा", "पडी", "होगा", "होगी":
			return -1
		}
	}
	return ko.ent
}

// infinitive37b: a verb form in -ना/-ने ("देखना", "हटाने"), not a
// reflexive possessive (a name like अडानी is no verb).
func infinitive37b(w string) bool {
	switch w {
	case "अपना", "अपने", "अपनी":
		return false
	}
	r := []rune(w)
	if len(r) < 3 {
		return false
	}
	switch string(r[len(r)-2:]) {
	case "ना", "ने":
		return true
	}
	return false
}
