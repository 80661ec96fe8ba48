package classify

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing: every feature is a 64-bit FNV-1a hash of a kind byte and
// the feature's bytes, so extraction allocates nothing and a model is a map
// from hash to per-class weights. Collisions among the few tens of
// thousands of features a model keeps are vanishingly rare at 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feature kinds, mixed into the hash so a word and a trigram never meet.
const (
	kindWord    = 'w'
	kindBigram  = 'b'
	kindGram    = 'g'
	kindEntity  = 'e'
	kindFeed    = 'f'
	kindEntType = 't'
)

func hashString(kind byte, s string) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kind)
	h *= fnvPrime
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// fold maps a rune to the form both training and classification see: Latin
// lower case; Devanagari nukta dropped and chandrabindu read as anusvara
// (spelling variants outlets mix freely); other letters, marks and digits
// as they are. ok is false for a separator.
func fold(r rune) (rune, bool) {
	switch {
	case r == '\u093C': // nukta
		return 0, true
	case r == '\u0901': // chandrabindu
		return '\u0902', true
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A'), true
	case r < 0x80:
		return r, (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')
	case r == '\u200C' || r == '\u200D': // ZWNJ, ZWJ: inside words
		return 0, true
	case r >= 0x0900 && r <= 0x097F: // Devanagari: all of it but the dandas and the abbreviation sign
		return r, r != 0x0964 && r != 0x0965 && r != 0x0970
	}
	return r, unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// words calls f with each folded word of s, at most max words (0: all),
// and stops early when f returns false. buf is scratch space reused
// between words.
func words(s string, max int, buf []byte, f func(w []byte) bool) []byte {
	n := 0
	buf = buf[:0]
	flush := func() bool {
		if len(buf) > 0 {
			more := f(buf)
			buf = buf[:0]
			n++
			if !more {
				return true
			}
		}
		return max > 0 && n >= max
	}
	for i := 0; i < len(s); {
		// Devanagari (U+0900–U+097F is E0 A4 80 – E0 A5 BF) without
		// decoding: all of it is word-inside but the dandas (E0 A5 A4/A5)
		// and the abbreviation sign (E0 A5 B0); the nukta is dropped and
		// chandrabindu (E0 A4 81) read as anusvara (E0 A4 82).
		if c := s[i]; c == 0xE0 && i+2 < len(s) && (s[i+1] == 0xA4 || s[i+1] == 0xA5) {
			b1, b2 := s[i+1], s[i+2]
			i += 3
			switch {
			case b1 == 0xA5 && (b2 == 0xA4 || b2 == 0xA5 || b2 == 0xB0):
				if flush() {
					return buf
				}
			case b1 == 0xA4 && b2 == 0xBC: // nukta
			case b1 == 0xA4 && b2 == 0x81:
				buf = append(buf, 0xE0, 0xA4, 0x82)
			default:
				buf = append(buf, 0xE0, b1, b2)
			}
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, fold's first cases in line: letters lower-cased,
			// digits kept, anything else a separator.
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				buf = append(buf, c)
			case 'A' <= c && c <= 'Z':
				buf = append(buf, c+('a'-'A'))
			default:
				if flush() {
					return buf
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		fr, ok := fold(r)
		if !ok {
			if flush() {
				return buf
			}
			continue
		}
		if fr == 0 {
			continue
		}
		buf = utf8.AppendRune(buf, fr)
	}
	flush()
	return buf[:0]
}

func hashBytes(kind byte, b []byte) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kind)
	h *= fnvPrime
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// scriptCount counts letters by writing system.
type scriptCount struct{ deva, latin, other int }

// countScriptsRunes counts the letters of s by writing system, over at
// most max runes, with runesUpTo(s, max), in one pass over s when its first max runes are well-formed UTF-8 (then
// the characters counted are the runes utf8 counts); else runesUpTo
// counts them after.
func countScriptsRunes(s string, max int) (scriptCount, int) {
	c, n, _ := countScriptsFrom26(scriptCount{}, s, max, false)
	return c, n
}

// countScriptsFrom26 is countScriptsRunes(s, max) with its counts added
// to c (the text's before s). With decide, it stops as soon as the counts
// decide the Devanagari model whatever the characters still to count
// (devaDecided26; with none of s not well-formed read), and says so.
func countScriptsFrom26(c scriptCount, s string, max int, decide bool) (scriptCount, int, bool) {
	n := 0
	odd := false // a byte sequence that is not well-formed UTF-8
	for i := 0; i < len(s) && n < max; {
		// Devanagari, undecoded (see words), in a loop of its own with
		// its count in a register (i >= 0 and i < len(s)-2 prove the
		// reads in range): not the dandas, digits and abbreviation sign
		// (U+0964–U+0970 is E0 A5 A4 – E0 A5 B0).
		deva := 0
		for i >= 0 && i < len(s)-2 && n < max && s[i] == 0xE0 && s[i+1]|1 == 0xA5 {
			n++
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0xA4 || b2 < 0xA4 || b2 > 0xB0 {
				deva++
			}
			if b2&0xC0 != 0x80 {
				odd = true
			}
			i += 3
		}
		c.deva += deva
		if decide && deva > 0 && !odd && devaDecided26(c, max-n) {
			return c, n, true
		}
		if i >= len(s) || n >= max {
			break
		}
		n++
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				odd = true
			}
		}
		i += size
		switch {
		case r >= 0x0900 && r <= 0x097F:
			// Letters and vowel signs (a Latin letter stands for a vowel
			// too): all of the block but the dandas, digits and
			// abbreviation sign.
			if r < 0x0964 || r > 0x0970 {
				c.deva++
			}
		case (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			c.latin++
		case unicode.IsLetter(r):
			c.other++
		}
	}
	if odd {
		return c, runesUpTo(s, max), false
	}
	return c, n, false
}

// runesUpTo is min(utf8.RuneCountInString(s), max): ASCII and well-formed
// Devanagari (E0 A4/A5 80–BF, one rune each) are counted in line, the
// rest of s from the first other byte by utf8.
func runesUpTo(s string, max int) int {
	n := 0
	for i := 0; i < len(s); {
		if n >= max {
			return max
		}
		if c := s[i]; c < utf8.RuneSelf {
			i++
		} else if c == 0xE0 && i+2 < len(s) && s[i+1]&0xFE == 0xA4 && s[i+2]&0xC0 == 0x80 {
			i += 3
		} else {
			return min(n+utf8.RuneCountInString(s[i:]), max)
		}
		n++
	}
	return n
}
