package work

// Session 28 (speed): per-story work done once and kept in the story's
// scratch rather than redone or allocated by each reader that needs it.

// storySpans28 is the story's sentence list (appendSentSpans25), made once a
// story into the story state's kept buffer: answeredAttacks25 and
// retorts26 both read it, and a story allocates no list. The list is
// only read (spanAt25 and the readers index it).
func storySpans28(st *storyState, fields []*field) []sentSpan25 {
	if !st.spansSet28 {
		st.spans28 = appendSentSpans25(st.spans28[:0], fields)
		st.spansSet28 = true
	}
	return st.spans28
}
