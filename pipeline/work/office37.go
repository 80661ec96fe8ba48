package work

import "github.com/khabar/khabar/internal/hindi"

// officeTag37 reads the speaker of a quote that runs over sentences when
// its tag, after the closing mark, names the speaker by an office or a
// title rather than a name ("“प्रधानमंत्री ने देश से सच छिपाया है। वह
// बताएं …,” लोकसभा में नेता प्रतिपक्ष ने कहा"). markQuotes reads tags
// before any sentence is grounded, so such a tag gave no one
// (spkUntracked) and the quote's first sentences had no speaker; the
// one-sentence quote was read (its tag and words are one sentence's
// chunks). The tag's words are grounded here as the tag sentence's own
// chunks would be (epithetAt: a title in force on the story's date, an
// office the story gave a tracked person; another house, a former
// holder are no one's; an office after a genitive, another
// country's, is none). Only a tag with no
// name in it whose single title is the agent of the speech (followed by
// ने) gives a speaker; two titles, or one of an organisation, none.
func (a *Analyzer) officeTag37(f *field, sn sentence, st *storyState) int {
	if sn.qspk != spkUntracked || sn.qtag37 <= 0 || st == nil || sn.qtag37 > len(f.buf.sents) {
		return sn.qspk
	}
	tsn, from := f.buf.sents[sn.qtag37-1], sn.qtagFrom37
	if from < tsn.a || from >= tsn.b {
		return spkUntracked
	}
	for _, m := range f.mentions[tsn.ma:tsn.mb] {
		if m.tok >= from {
			return spkUntracked // a name in the tag: attribution's
		}
	}
	if f.fl != nil && !epithetFrom37(f.fl[from:tsn.b]) {
		return spkUntracked // no title in the tag: nothing to ground
	}
	s := &sentCtx{f: f, sn: tsn, st: st, published: st.published}
	a.fillWordIDs(s)
	n := tsn.b - tsn.a
	s.ment = make([]bool, n)
	if f.fl != nil {
		s.fl = f.fl[tsn.a:tsn.b:tsn.b]
	} else {
		s.fl = make([]uint64, n)
		for k := tsn.a; k < tsn.b; k++ {
			if id := s.wid[k-tsn.a] - 1; id >= 0 {
				s.fl[k-tsn.a] = a.flagVals[id]
			}
		}
	}
	for _, m := range f.mentions[tsn.ma:tsn.mb] {
		if i := m.tok - tsn.a; i >= 0 && i < n {
			s.ment[i] = true
		}
	}
	who := spkUntracked
	for k := from; k < tsn.b; k++ {
		if s.flag(k)&fwEpithet == 0 {
			continue
		}
		// "ब्रिटेन के नेता प्रतिपक्ष ने": another country's office.
		if k > from && isGenitive(s.w(k-1)) {
			return spkUntracked
		}
		e, l := a.epithetAt(s, k, st.published)
		if e < 0 || l <= 0 {
			continue
		}
		if !a.isPerson[e] || s.w(k+l) != "ने" || who >= 0 && who != e {
			return spkUntracked
		}
		who = e
		k += l - 1
	}
	return who
}

// tagAt37 is where attribution read the tag of a quote closing at token c
// of sentence si: the rest of that sentence, else the next sentence with
// a word ("…।” यह बात X ने कही"); 1 + its index and its first token, or
// 0, 0.
func tagAt37(f *field, sents []sentence, si, c int) (int, int) {
	for k := c + 1; k < sents[si].b; k++ {
		if f.toks[k].Kind == hindi.Word {
			return si + 1, c + 1
		}
	}
	for ni := si + 1; ni < len(sents) && ni <= si+2; ni++ {
		for k := sents[ni].a; k < sents[ni].b; k++ {
			if f.toks[k].Kind == hindi.Word {
				return ni + 1, sents[ni].a
			}
		}
	}
	return 0, 0
}

// epithetFrom37 reports a token flagged as a title's first word among fl.
func epithetFrom37(fl []uint64) bool {
	for _, v := range fl {
		if v&fwEpithet != 0 {
			return true
		}
	}
	return false
}
