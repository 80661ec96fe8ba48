package work

// Session 28 (speed): per-story work done once and kept in the story's
// scratch rather than redone or allocated by each reader that needs it;
// and two of the session's readers skipped for a sentence that lacks
// their word, output unchanged (TestPerfEquivalence; the dispatch guard
// is opened by TestDispatchGuardsExact like the others):
//
//   - neededPraise28 is called only for a sentence holding a word of
//     class cwNeed28 (rwNeed28);
//   - readAddressedGreeting28 only for one holding a word of class
//     cwGreeting28 (rwGreeting28).

// Rule bits of two second-word classes (after speed27.go's rwDislike27).
const (
	rwNeed28     = rwDislike27 << (iota + 1) // a word of class cwNeed28 (neededPraise28's guard)
	rwGreeting28                             // a word of class cwGreeting28 (readAddressedGreeting28's guard)
)

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
