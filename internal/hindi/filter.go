package hindi

// WordFilter is a one-probe bit filter over a set of words (8 KB): a word
// never added is almost always reported absent without hashing it into a
// map, so a lookup table that most words of a text miss costs a few
// instructions a word. MayContain false is certain; true means "look it
// up". The zero value is empty; it is read-only once built.
type WordFilter [wordFilterBits / 64]uint64

const wordFilterBits = 1 << 16

// filterSlot is a word's bit: its length and three of its bytes (the
// first two bytes of a Devanagari word are nearly always the same, so the
// third is taken), mixed.
func filterSlot(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[n-1])<<16 ^ uint32(w[n/2])<<8 ^ uint32(w[min(2, n-1)])
	h *= 0x85EBCA6B
	return (h ^ h>>15) % wordFilterBits
}

// Add adds w.
func (f *WordFilter) Add(w string) {
	h := filterSlot(w)
	f[h/64] |= 1 << (h % 64)
}

// MayContain reports whether w may have been added.
func (f *WordFilter) MayContain(w string) bool {
	h := filterSlot(w)
	return f[h/64]&(1<<(h%64)) != 0
}
