package hindi

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	// Word is a run of letters and combining marks (any script).
	Word TokenKind = iota + 1
	// Number is a run of ASCII digits with inner "," or "." between digits
	// (1,00,000 and 1.5). Devanagari digits are ASCII after Normalize.
	Number
	// Punct is one other visible character: ₹ $ । , ( …
	Punct
	// Break is a line break; it ends a sentence.
	Break
)

// Token is a span of a normalised text. Start and End are byte offsets into
// Text.Norm.
type Token struct {
	Kind       TokenKind
	Start, End int
}

// WordClass reports how a code point counts for word boundaries: 'w' for a
// letter or mark (part of a word), 'd' for an ASCII digit, 's' for space, 'p'
// for anything else. Judging per character (not per byte) is what keeps a
// match from landing inside a Devanagari word: the bytes of ि or ं are not
// letters on their own, but the characters are part of the word.
func WordClass(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return asciiClass[r]
	case r >= 0x0900 && r <= 0x097F:
		switch r {
		case '।', '॥', '॰':
			return 'p'
		}
		if r >= '०' && r <= '९' {
			return 'd'
		}
		return 'w'
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return 'w'
	case unicode.IsSpace(r):
		return 's'
	case unicode.IsDigit(r):
		return 'd'
	}
	return 'p'
}

var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		c := byte(i)
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[i] = 'w'
		case '0' <= c && c <= '9':
			t[i] = 'd'
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[i] = 's'
		default:
			t[i] = 'p'
		}
	}
	return t
}()

// devaClass is WordClass over the Devanagari block, by offset.
var devaClass = func() (t [0x80]byte) {
	for i := range t {
		t[i] = WordClass(rune(0x900 + i))
	}
	return t
}()

// Tokenize splits a normalised text into tokens, appending to dst (which
// may be nil) so callers can reuse a buffer.
func Tokenize(dst []Token, s string) []Token {
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		var cl byte
		switch {
		case r < utf8.RuneSelf:
			cl = asciiClass[r]
		case r == 0xE0 && i+2 < len(s) && (s[i+1] == 0xA4 || s[i+1] == 0xA5) && s[i+2] >= 0x80 && s[i+2] < 0xC0:
			// Devanagari (E0 A4 xx / E0 A5 xx), classed without decoding.
			r, size = rune(0x900)|rune(s[i+1]&1)<<6|rune(s[i+2]&0x3F), 3
			cl = devaClass[r&0x7F]
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
			cl = WordClass(r)
		}
		switch cl {
		case 's':
			if r == '\n' {
				dst = append(dst, Token{Kind: Break, Start: i, End: i + 1})
			}
			i += size
		case 'p':
			dst = append(dst, Token{Kind: Punct, Start: i, End: i + size})
			i += size
		case 'd':
			j := i + size
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			dst = append(dst, Token{Kind: Number, Start: i, End: j})
			i = j
		default:
			j := i + size
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if asciiClass[c] != 'w' {
						break
					}
					j++
					continue
				}
				if c == 0xE0 && j+2 < len(s) {
					// Devanagari: all of U+0900–U+093F (E0 A4 xx) is
					// word-inside; U+0940–U+097F (E0 A5 xx) by devaClass.
					if t := s[j : j+3]; t[2]&0xC0 == 0x80 {
						b1, b2 := t[1], t[2]
						if b1 == 0xA4 {
							j += 3
							continue
						}
						if b1 == 0xA5 {
							if devaClass[0x40|b2&0x3F] != 'w' {
								break
							}
							j += 3
							continue
						}
					}
				}
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if WordClass(r2) != 'w' {
					break
				}
				j += sz
			}
			dst = append(dst, Token{Kind: Word, Start: i, End: j})
			i = j
		}
	}
	return dst
}
