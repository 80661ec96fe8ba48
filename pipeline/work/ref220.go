package work

// Session 20 (REF2 helper): reference on long stories.

// relRecordOwner20 reports, for the subject or agent pronoun at chunk i
// opening a relative clause on a record of someone's words ("…Y का पहले
// रिकॉर्ड किया गया बयान चलाया गया, जिसमें उन्होंने कहा कि …", "Y का एक
// वीडियो दिखाया गया, जिसमें वे …"), the record's owner Y: the one who
// speaks in a statement, video or letter is its author, not the story's
// last agent. The owner is the nearest tracked person in the genitive
// before the record noun, with no ने-agent between it and the relative
// word ("Y के बयान पर X ने जवाब दिया, जिसमें उन्होंने …" stays X's).
// -1: not this construction.
func (a *Analyzer) relRecordOwner20(s *sentCtx, i int) int {
	c := s.chunks[i]
	cl := s.cls[c.clause]
	if cl.kind != ckRel || cl.relTok < 0 {
		return -1
	}
	switch s.w(cl.relTok) {
	case "जिसमें", "जिनमें":
	default:
		return -1
	}
	if c.tok != cl.relTok+1 && c.tok != cl.relTok+2 {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		o := s.chunks[j]
		if o.end > cl.relTok {
			continue
		}
		if o.mk == mkAgent {
			return -1
		}
		if o.pron != 0 || o.ent < 0 || !isGenitive(s.w(o.end)) {
			continue
		}
		if !a.isPerson[o.ent] {
			return -1
		}
		for k := o.end + 1; k <= o.end+6 && k < cl.relTok; k++ {
			if recordNoun20(s.w(k)) || s.flag(k)&fwPostWord != 0 {
				return o.ent
			}
		}
		return -1
	}
	return -1
}

// recordNoun20 reports a noun for a record of someone's own words.
func recordNoun20(w string) bool {
	if documentNoun(w) {
		return w != "मुकदमे" && w != "मुकदमा"
	}
	switch w {
	case "बयानों", "भाषण", "भाषणों", "इंटरव्यू", "साक्षात्कार", "वीडियो", "आडियो",
		"रिकार्डिंग", "गवाही", "हलफनामा", "हलफनामे", "लेख", "ब्लाग", "ईमेल",
		"ई-मेल", "संबोधन", "पाडकास्ट", "चिट्ठियों", "पत्रों", "संदेश":
		return true
	}
	return false
}
