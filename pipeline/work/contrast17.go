package work

// partSe17: after a support noun, a genitive and at most two plain words
// naming a part of it ("के दूसरे चरण", "का बड़ा हिस्सा") before a से
// that comes before k: the से's index; else j unchanged. Not past a
// time or postposition ("निवेश के बाद …").
func (s *sentCtx) partSe17(j, k int) int {
	for m := j + 1; m < k && m <= j+3; m++ {
		if s.w(m) == "से" {
			if m == j+1 {
				return j
			}
			return m
		}
		if !s.isWord(m) || s.mentionAt(m) || s.flag(m)&(fwTemporal|fwPostposition) != 0 {
			return j
		}
	}
	return j
}
