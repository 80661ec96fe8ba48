package work

// Session 32 (INV): the honorific after a person's name is part of the
// reference.
//
// "X जी ने", "X जी और Y जी ने एक-दूसरे …", "X जी के मुकदमे", '"…", X जी ने
// कहा': outlets and speakers write a person's name with जी (साहब,
// साहिबा, जनाब). honorifics (ground.go) re-marks a bare name whose
// honorific stands before a postposition, but the readers that look
// right past a name — coordination, a genitive owner of an act noun, the
// speaker after a quote — saw the honorific instead of the marker, and
// 35 dev pairs were lost when a later surname mention took जी (the
// invariance harness's T8). So a person's mention spans the honorific
// right after it (same line, spaced), as the name's own tokens do; the
// mention's text and offsets stay the name's. A watchlist exclude
// ("गांधी जी") is no mention to begin with.

// honor32 stretches every person mention of the fields over an
// honorific right after it.
func (m *Matcher) honor32(fields []*field) {
	m.stretchPersons(fields, func(f *field, j, next int) int {
		if j >= len(f.words) || j >= next || !honorific30(f.words[j]) || !m.adjacent(f, j-1, j) {
			return 0
		}
		return j + 1
	})
}

// stretchPersons sets the end of every person mention of the fields to
// what end gives for the token right after it (j) and the next mention's
// first token (next; the field's length after the last); 0 leaves the
// mention as it is. honor32 and appos33c stretch a name over what belongs
// to its reference.
func (m *Matcher) stretchPersons(fields []*field, end func(f *field, j, next int) int) {
	for _, f := range fields {
		if f == nil {
			continue
		}
		for i := range f.mentions {
			mt := &f.mentions[i]
			if !m.person[mt.entity] {
				continue
			}
			next := len(f.toks)
			if i+1 < len(f.mentions) {
				next = f.mentions[i+1].tok
			}
			if e := end(f, mt.tokEnd, next); e > 0 {
				mt.tokEnd = e
			}
		}
	}
}
