package work

// Session 24 (WFIX): the blind dev-contrast-w file's misses, read as the
// general constructions behind them.

// emphasisBefore24 reports an emphasis on the word at k: "एक भी", "किसी
// भी", bare "एक" or "किसी" before it ("Y एक भी सवाल का जवाब नहीं दे रहे",
// "Y किसी सवाल का जवाब नहीं देते", "Y एक सवाल का जवाब नहीं दे सकते"). An
// Emphatic frame reads only after one.
func (s *sentCtx) emphasisBefore24(k int) bool {
	switch s.w(k - 1) {
	case "एक", "किसी":
		return true
	case "भी":
		return s.w(k-2) == "एक" || s.w(k-2) == "किसी"
	}
	return false
}

// thankedCrowd24 reports thanks at k given to people the sentence names
// by a plain noun ("समर्थकों का शुक्रिया अदा किया", "मतदाताओं को धन्यवाद
// दिया", "सबका आभार जताया"): those thanked are a crowd, not the story's
// last supporter, so a thanks with no tracked one thanked answers
// nobody (supporter). A pronoun, a title, a role or organisation noun
// ("उनका शुक्रिया", "राष्ट्रपति का आभार", "कंपनी को धन्यवाद") may still
// stand for someone and is left to the reading before.
func (s *sentCtx) thankedCrowd24(k int) bool {
	switch s.w(k - 1) {
	case "सबका", "सबको":
		return true
	case "का", "की", "के", "को":
	default:
		return false
	}
	j := k - 2
	if j < s.sn.a || !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
		return false
	}
	return s.flag(j)&(chunkFlags|fwTitle|fwPostposition|fwFinite|fwCopula) == 0
}
