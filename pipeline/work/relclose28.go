package work

// A relative clause interrupting its host ends at a comma once it has
// its own verb (relClosed). "के लिए" is a compound postposition, not the
// verb "लिए" (took): "…, जिसके तहत Y उसे ढांचे के लिए सर्वर, स्टोरेज और
// सेवाएं देगा" is one relative clause whose list comma does not close it,
// so the host's verb group keeps its own mood instead of the relative's
// future (session 28, fresh supportive misses).

// postpositionNotVerb28 reports that the token at k, flagged as a verb,
// is the second half of the compound postposition "के लिए".
func postpositionNotVerb28(f *field, sn *sentence, k int) bool {
	return k > sn.a && f.words[k] == "लिए" && f.words[k-1] == "के"
}
