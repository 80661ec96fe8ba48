package work

// shortIDs26 is a wordIndex's ids+1 (0: not in it) of the words
// lookupTokens reads without hashing: one, by the byte, of each one-byte
// word; deva, by b1&1<<6 | b2&0x3F, of each Devanagari character E0 b1
// b2 (b1 A4 or A5, b2 a continuation byte); deva2, by the two
// characters' deva indexes (the first's times 128), of each word of two.
type shortIDs26 struct {
	one   [256]int32
	deva  [128]int32
	deva2 [128 * 128]int32
}

// shortIDs26 looks up every one-byte word and every Devanagari
// character once.
func (x *wordIndex) shortIDs26() *shortIDs26 {
	t := new(shortIDs26)
	if len(x.slots) == 0 {
		return t
	}
	for c := range 256 {
		t.one[c] = x.lookup(string([]byte{byte(c)})) + 1
	}
	for k := range 128 {
		t.deva[k] = x.lookup(string(devaChar26(k))) + 1
	}
	for k := range 128 * 128 {
		t.deva2[k] = x.lookup(string(append(devaChar26(k>>7), devaChar26(k&127)...))) + 1
	}
	return t
}

// devaChar26 is the Devanagari character of deva index k (shortIDs26).
func devaChar26(k int) []byte {
	return []byte{0xE0, 0xA4 | byte(k>>6&1), 0x80 | byte(k&0x3F)}
}
