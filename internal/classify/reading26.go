package classify

import "unicode/utf8"

// field reads s's words (as words splits and folds them) for both models
// (bothReader.word) until neither reads on. Most words fold to
// themselves (lower-case ASCII letters and digits, Devanagari letters and
// signs but the nukta and chandrabindu): such a word is read in place,
// its hash and its characters' offsets taken in a loop of its own, and
// given as a slice of s (wordInPlace26); a word with a character words
// folds (a capital, a nukta, chandrabindu, another script, bytes not
// well-formed) is copied at that character and read on by foldWord26.
func (r *bothReader) field(s string) {
	// The table in a local: read from a register in the loop.
	pair, offs := &devaPair26, &r.offs
	i := 0
	for i < len(s) {
		ws, h, nc := i, uint64(wordHash0), 0
		for {
			// Devanagari letters and signs, in a loop of their own (with
			// i >= 0 and i < len(s)-2 the compiler proves the reads in
			// range). A character's offset goes at min(nc, 64): the
			// first 65 are kept, and a longer word's edges read none
			// past the 64th (edges26).
			for i >= 0 && i < len(s)-2 && s[i] == 0xE0 && pair[uint16(s[i+1])|uint16(s[i+2])<<8] == pairLetter26 {
				offs[min(uint(nc), 64)] = i - ws
				nc++
				h = (h ^ 0xE0) * fnvPrime
				h = (h ^ uint64(s[i+1])) * fnvPrime
				h = (h ^ uint64(s[i+2])) * fnvPrime
				i += 3
			}
			// A lower-case letter or a digit (c-'a' wraps for any byte
			// below 'a').
			if i < 0 || i >= len(s) {
				break
			}
			if c := s[i]; c-'a' <= 'z'-'a' || c-'0' <= 9 {
				offs[min(uint(nc), 64)] = i - ws
				nc++
				h = (h ^ uint64(c)) * fnvPrime
				i++
				continue
			}
			break
		}
		// i is at the end of s, a separator (sep its bytes) or a
		// character words folds.
		sep := 0
		if i < len(s) {
			switch c := s[i]; {
			case c < utf8.RuneSelf && (c < 'A' || c > 'Z'):
				sep = 1
			case c == 0xE0 && i < len(s)-2 && pair[uint16(s[i+1])|uint16(s[i+2])<<8] == pairSep26:
				sep = 3
			default:
				buf := append(r.fb.buf[:0], s[ws:i]...)
				var simple bool
				i, buf, h, nc, simple = r.foldWord26(s, i, buf, h, nc)
				r.fb.buf = buf
				if len(buf) > 0 && !r.word(buf, h, nc, simple) {
					return
				}
				continue
			}
		}
		if i > ws && !r.wordInPlace26(s[ws:i], h, nc) {
			return
		}
		i += sep
	}
}

// Classes of devaPair26.
const (
	pairLetter26 = 1 + iota // a letter or sign words keeps as it is
	pairSep26               // a separator (the dandas, the abbreviation sign)
	pairFold26              // folded, dropped, or not well-formed
)

// devaPair26 classes a Devanagari character E0 b1 b2 (b1 A4 or A5) as
// words folds it (devaFold), by its last two bytes as one little-endian
// uint16, b1 | b2<<8: one 16-bit load indexes it. Any other b1 reads 0.
var devaPair26 = func() (t [1 << 16]uint8) {
	for _, b1 := range [2]int{0xA4, 0xA5} {
		for b2 := range 256 {
			c := uint8(pairFold26)
			switch devaFold[b1&1][b2] {
			case dfLetter:
				c = pairLetter26
			case dfSep:
				c = pairSep26
			}
			t[b1|b2<<8] = c
		}
	}
	return t
}()

// foldWord26 reads on the word at s[i:] (buf holds its folded bytes so
// far, h their hashBytes(kindWord, ·) as far as taken, nc its characters
// with their offsets in r.offs) to its end, folding as words does: it
// returns where it stopped (past the separator that ends the word, or
// len(s)), the word's bytes, hash and characters, and whether the word
// is simple (ASCII and well-formed Devanagari only: bothReader.word's
// fast path).
func (r *bothReader) foldWord26(s string, i int, buf []byte, h uint64, nc int) (int, []byte, uint64, int, bool) {
	simple := true
	for i < len(s) {
		c := s[i]
		// Devanagari without decoding, as in words (E0 A4/A5 xx).
		if c == 0xE0 && i < len(s)-2 && s[i+1]|1 == 0xA5 {
			b1, b2 := s[i+1], s[i+2]
			i += 3
			switch devaFold[b1&1][b2] {
			case dfLetter:
			case dfSep:
				return i, buf, h, nc, simple
			case dfDrop: // nukta
				continue
			case dfAnusvara: // chandrabindu as anusvara
				b2 = 0x82
			default: // dfOdd: not a continuation byte
				simple = false
			}
			if uint(nc) < uint(len(r.offs)) {
				r.offs[nc] = len(buf)
			}
			nc++
			buf = append(buf, 0xE0, b1, b2)
			h = (h ^ 0xE0) * fnvPrime
			h = (h ^ uint64(b1)) * fnvPrime
			h = (h ^ uint64(b2)) * fnvPrime
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				return i, buf, h, nc, simple
			}
			if uint(nc) < uint(len(r.offs)) {
				r.offs[nc] = len(buf)
			}
			nc++
			buf = append(buf, c)
			h = (h ^ uint64(c)) * fnvPrime
			continue
		}
		// A character of another script, decoded and folded as in
		// words: the language reads this word the general way
		// (langReader.word).
		rr, size := utf8.DecodeRuneInString(s[i:])
		i += size
		fr, ok := fold(rr)
		if !ok {
			return i, buf, h, nc, simple
		}
		if fr != 0 {
			simple = false
			n0 := len(buf)
			buf = utf8.AppendRune(buf, fr)
			for _, b := range buf[n0:] {
				h = (h ^ uint64(b)) * fnvPrime
			}
		}
	}
	return i, buf, h, nc, simple
}

// wordInPlace26 is word for a simple word read in place (field): w is
// its bytes in the text, h its hash, nc its characters (their offsets in
// r.offs).
func (r *bothReader) wordInPlace26(w string, h uint64, nc int) bool {
	top := r.n < r.max
	if r.budget <= 0 && !top {
		return false
	}
	if r.budget > 0 {
		fb := r.fb
		r.budget -= nc + 1
		fb.lang = append(fb.lang, h)
		fb.lang = edges26(fb.lang, w, &r.offs, nc)
	}
	if top {
		r.topicWord26(h)
	}
	return true
}

// edges26 appends to lang a simple word's edge grams, as langReader.word
// adds them: its first two, last three and last two characters (offs,
// the offsets of its first characters, nc of them in all; a word past
// len(offs) characters takes its "last" ones there).
func edges26[T string | []byte](lang []uint64, w T, offs *[65]int, nc int) []uint64 {
	if k := min(nc, len(offs)); k >= 2 {
		if k >= 3 {
			lang = append(lang, gram(w[:offs[2]], true, false), gram(w[offs[k-3]:], false, true))
		}
		lang = append(lang, gram(w[offs[k-2]:], false, true))
	}
	return lang
}

// topicWord26 takes a word (h its hash) for the topic, with its bigram
// with the word before when bigrams are read.
func (r *bothReader) topicWord26(h uint64) {
	fb := r.fb
	r.n++
	fb.topic = append(fb.topic, weighted{h, r.weight})
	if r.bigrams && r.prev != 0 {
		fb.topic = append(fb.topic, weighted{(r.prev * fnvPrime) ^ h ^ kindBigram, r.weight})
	}
	r.prev = h
}
