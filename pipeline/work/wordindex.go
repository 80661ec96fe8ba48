package work

import "github.com/khabar/khabar/internal/hindi"

// wordIndex is a read-only set of words with dense ids (their order in
// the list it is built from), for the lookups made for every word of a
// text: the word flags of the stance reader and the matcher's vocabulary.
// Most words of a text miss, and a miss costs one cheap hash and one
// slot, most often empty; a hit costs one comparison of the word's key,
// held in the slot itself (one memory access a probe). It replaces a Go
// map (which hashes the whole word and probes a control group) on those
// paths.
type wordIndex struct {
	// slots hold each word's key and id+1 (0: empty), by open
	// addressing from the key's hash.
	slots []wordSlot
	words []string
	mask  uint32
	// short26 holds the ids+1 of the one-byte words and of the
	// Devanagari characters (shortIDs26): lookupTokens reads them
	// straight.
	short26 *shortIDs26
}

// wordSlot is one slot of a wordIndex: a word's key (wordKey, its
// length as n) and its id + 1 (0: empty).
type wordSlot struct {
	a, b  uint64
	n, id uint32
}

// wordKey is a word's length and its first and last eight bytes (see
// wordBytes): for a word of at most 16 bytes, equal keys are equal words.
type wordKey struct {
	a, b uint64
	n    int
}

const idBits = 20

// newWordIndex indexes words (which must be distinct and fewer than
// 2^idBits-1): lookup(words[i]) is i.
func newWordIndex(words []string) wordIndex {
	n := 8
	for n < 2*len(words) {
		n *= 2
	}
	x := wordIndex{slots: make([]wordSlot, n), words: words, mask: uint32(n - 1)}
	if len(words) >= 1<<idBits-1 {
		panic("work: word index too large")
	}
	for id, w := range words {
		k := wordBytes(w)
		i := k.hash() & x.mask
		for x.slots[i].id != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = wordSlot{a: k.a, b: k.b, n: uint32(k.n), id: uint32(id + 1)}
	}
	x.short26 = x.shortIDs26()
	return x
}

// lookup returns w's id, or -1.
func (x *wordIndex) lookup(w string) int32 {
	if len(x.slots) == 0 {
		return -1
	}
	k := wordBytes(w)
	n := k.n
	for i := k.hash() & x.mask; ; i = (i + 1) & x.mask {
		sl := &x.slots[i]
		if sl.id == 0 {
			return -1
		}
		if sl.a != k.a || sl.b != k.b || int(sl.n) != n {
			continue
		}
		id := int32(sl.id) - 1
		// A word of more than 16 bytes is compared whole (its key
		// does not decide); a shorter one by its key.
		if n <= 16 || x.words[id] == w {
			return id
		}
	}
}

// lookupTokens sets words[i] to the text of toks[i] in norm and wid[i]
// to its id + 1 (0: not in the index), for every token: lookup in line,
// its tables in locals (this runs for every token of every story).
// words and wid must be as long as toks.
func (x *wordIndex) lookupTokens(norm string, toks []hindi.Token, words []string, wid []int32) {
	words, wid = words[:len(toks)], wid[:len(toks)]
	// The words first, in a loop of their own: the lookup loop below
	// then reads each from words and keeps its tables in registers (one
	// loop doing both ran out of registers and spilled a dozen values a
	// token to the stack).
	for i := range toks {
		words[i] = norm[toks[i].Start:toks[i].End]
	}
	if len(x.slots) == 0 {
		clear(wid)
		return
	}
	// The lookup loop makes no call (a call spills every value live
	// across it): a word of more than 16 bytes is compared with its
	// candidate's key first, then by its middle bytes.
	slots, xmask, short := x.slots, x.mask, x.short26
	for i, w := range words {
		n := len(w)
		var ka, kb uint64
		switch {
		case n >= 8:
			ka, kb = le64(w), le64(w[n-8:])
		case n == 6 && w[0] == 0xE0 && w[3] == 0xE0 && w[1]|1 == 0xA5 && w[4]|1 == 0xA5 && w[2]&0xC0 == 0x80 && w[5]&0xC0 == 0x80:
			// Two Devanagari characters (के, ने, है: the commonest
			// words) by their table (shortIDs26).
			wid[i] = short.deva2[int(w[1]&1)<<13|int(w[2]&0x3F)<<7|int(w[4]&1)<<6|int(w[5]&0x3F)]
			continue
		case n >= 4:
			ka, kb = uint64(le32(w)), uint64(le32(w[n-4:]))
		case n == 1:
			// A one-byte word (a stop, a comma, a quote mark) and a
			// Devanagari character (a danda, a one-letter word) by
			// their tables (shortIDs26).
			wid[i] = short.one[w[0]]
			continue
		case n == 3 && w[0] == 0xE0 && w[1]|1 == 0xA5 && w[2]&0xC0 == 0x80:
			wid[i] = short.deva[(w[1]&1)<<6|w[2]&0x3F]
			continue
		case n > 0:
			ka = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
		}
		id := uint32(0)
		for j := keyHash(ka, kb, n) & xmask; ; j = (j + 1) & xmask {
			sl := &slots[j]
			if sl.id == 0 {
				break
			}
			if sl.a != ka || sl.b != kb || int(sl.n) != n {
				continue
			}
			if n > 16 {
				// Equal keys: the same length, first and last eight
				// bytes; the bytes between, eight at a time.
				xw, same := x.words[sl.id-1], true
				for p := 8; same && p+8 <= n && p+8 <= len(xw); p += 8 {
					same = le64(xw[p:]) == le64(w[p:])
				}
				if !same {
					continue
				}
			}
			id = sl.id
			break
		}
		wid[i] = int32(id)
	}
}

// wordBytes is w's key: its length with its first and last eight bytes
// (a Devanagari word's first and last two or three characters); a word
// shorter than eight bytes is covered by its first and last four, or by
// its first, middle and last byte.
func wordBytes(w string) wordKey {
	n := len(w)
	k := wordKey{n: n}
	switch {
	case n >= 8:
		k.a = le64(w)
		k.b = le64(w[n-8:])
	case n >= 4:
		k.a = uint64(le32(w))
		k.b = uint64(le32(w[n-4:]))
	case n > 0:
		k.a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return k
}

// hash mixes the key into 32 bits.
func (k wordKey) hash() uint32 { return keyHash(k.a, k.b, k.n) }

// keyHash is the hash of the key {a, b, n}.
func keyHash(a, b uint64, n int) uint32 {
	h := (a ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	h ^= b * 0xBF58476D1CE4E5B9
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	return uint32(h >> 32)
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
