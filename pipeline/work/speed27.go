package work

// Speed, session 27: two of the session's readers skipped for a sentence
// that lacks their word, output unchanged (TestPerfEquivalence; the
// dispatch guard is opened by TestDispatchGuardsExact like the others).
//
//   - readDislikedDoing27 is called only for a sentence holding a word of
//     class cwDislike27 (rwDislike27, set from the second class word);
//   - jibeIn27 returns at once for a sentence with no word of class
//     cwJibeNoun24 (rwJibe24, classRules24).

// rwDislike27 is the rule bit of a word of class cwDislike27
// (readDislikedDoing27's guard), after screen25.go's bits.
const rwDislike27 = rwHelp25 << 1
