package hindi

import (
	"math"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokState is Tokenize as a machine fed one character of the normalised
// text at a time (NormalizeTokenize): the token open at the last
// character, if a word or a number, and where it started.
type tokState struct {
	kind  TokenKind // Word, Number or 0 (none open)
	start int
	// sep is the offset of a "," or "." after a number's digit, not yet
	// known to continue it (a digit must follow), or -1.
	sep int
}

// step feeds the character of class cl (WordClass's) at [at, end) of the
// normalised text; r is the character when it is ASCII (it decides line
// breaks, digits and a number's separators), anything else otherwise.
func (ts *tokState) step(dst []Token, cl byte, r rune, at, end int) []Token {
	switch ts.kind {
	case Word:
		if cl == 'w' {
			return dst
		}
		dst = append(dst, Token{Kind: Word, Start: ts.start, End: at})
		ts.kind = 0
	case Number:
		digit := r >= '0' && r <= '9'
		if ts.sep >= 0 {
			if digit {
				ts.sep = -1
				return dst
			}
			dst = append(dst, Token{Kind: Number, Start: ts.start, End: ts.sep}, Token{Kind: Punct, Start: ts.sep, End: ts.sep + 1})
			ts.kind = 0
		} else {
			if digit {
				return dst
			}
			if r == ',' || r == '.' {
				ts.sep = at
				return dst
			}
			dst = append(dst, Token{Kind: Number, Start: ts.start, End: at})
			ts.kind = 0
		}
	}
	switch cl {
	case 's':
		if r == '\n' {
			dst = append(dst, Token{Kind: Break, Start: at, End: at + 1})
		}
	case 'p':
		dst = append(dst, Token{Kind: Punct, Start: at, End: end})
	case 'd':
		ts.kind, ts.start, ts.sep = Number, at, -1
	default:
		ts.kind, ts.start = Word, at
	}
	return dst
}

// finish closes the token open at the end of a text of n bytes.
func (ts *tokState) finish(dst []Token, n int) []Token {
	switch ts.kind {
	case Word:
		dst = append(dst, Token{Kind: Word, Start: ts.start, End: n})
	case Number:
		if ts.sep >= 0 {
			return append(dst, Token{Kind: Number, Start: ts.start, End: ts.sep}, Token{Kind: Punct, Start: ts.sep, End: ts.sep + 1})
		}
		dst = append(dst, Token{Kind: Number, Start: ts.start, End: n})
	}
	ts.kind = 0
	return dst
}

// nasalBit marks a nasal consonant in devaInfo: folding copies it unless
// a virama follows.
const nasalBit = 0x80

// devaInfo is, for the Devanagari code points (by their offset in the
// block) that folding copies as they are, their class (devaClass), with
// nasalBit for a nasal consonant; 0 for the others.
var devaInfo = func() (t [0x80]byte) {
	for i := range t {
		switch devaRun[i] {
		case runAsIs:
			t[i] = devaClass[i]
		case runNasal:
			t[i] = devaClass[i] | nasalBit
		}
	}
	return t
}()

// devaPair is devaInfo by a Devanagari character's last two bytes, b1<<8
// | b2 - 0xA480 (E0 A4 80 – E0 A5 BF): one subtraction and one comparison
// place the character, and a pair that is no character (b2 not a
// continuation byte) reads 0.
const devaPairBase = 0xA480

var devaPair = func() (t [0x140]byte) {
	for i := range t {
		b1, b2 := byte((i+devaPairBase)>>8), byte(i+devaPairBase)
		if b2&0xC0 == 0x80 {
			t[i] = devaInfo[(b1&1)<<6|b2&0x3F]
		}
	}
	return t
}()

// devaPairLE is devaPair by the two bytes as one little-endian uint16,
// b1 | b2<<8 (0 outside devaPair's range): one 16-bit load indexes it,
// with no subtraction, byte swap or range check, and as an array (not a
// pointer) it needs no nil check (scanRun's loops read it once a
// character).
var devaPairLE = func() (t [1 << 16]byte) {
	for i := range devaPair {
		p := i + devaPairBase
		t[p>>8|p&0xFF<<8] = devaPair[i]
	}
	return t
}()

// scanRun moves over the characters of s from e that folding copies as
// they are (ASCII but capitals, Devanagari but the folded letters and
// signs, as NormalizeBuf's runs) and feeds them to the tokens at their
// offsets in the normalised text (their offset in s + base); it returns
// where it stopped. A word's start, its letters and the space that
// closes it are read in line; step takes every other change of token, so
// the loop keeps little more than its place in registers.
func (ts *tokState) scanRun(s string, e, base int, dst []Token) (int, []Token) {
	// The table in a local: the loops below read it from a register,
	// not from the package variable (a load and a nil check a
	// character).
	pair := &devaPairLE
	for e < len(s) {
		c := s[e]
		var cl byte
		n := 1
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			cl = asciiClass[c]
		} else {
			if c != 0xE0 || e+2 >= len(s) {
				break
			}
			info := pair[uint16(s[e+1])|uint16(s[e+2])<<8]
			if info == 0 {
				break
			}
			if info&nasalBit != 0 {
				if e+5 < len(s) && s[e+3] == 0xE0 && s[e+4] == 0xA5 && s[e+5] == 0x8D {
					break
				}
				info &^= nasalBit
			}
			cl, n, c = info, 3, 0x80 // c: not a digit, separator or line break
		}
		switch {
		case cl == 'w' && ts.kind != Number:
			if ts.kind == 0 {
				ts.kind, ts.start = Word, e+base
			}
			// The word's letters and signs copied as they are, in a
			// loop of their own.
			// j walks s by index: with j >= 0 and j < len(s)-2 the
			// compiler proves s[j], s[j+1] and s[j+2] in range (no
			// index checks), and a step is one addition (slicing the
			// rest of s, as before, took five instructions).
			j := e + n
			// One word a turn: its letters, then the space that closes
			// it (below).
			for {
				// Devanagari first (most letters), then a lower-case ASCII
				// letter (c-'a' wraps for any other byte).
				for j >= 0 && j < len(s)-2 {
					c := s[j]
					if c == 0xE0 {
						if info := pair[uint16(s[j+1])|uint16(s[j+2])<<8]; info != 'w' {
							// A nasal consonant goes on the word unless a
							// virama (E0 A5 8D) follows it.
							if info != 'w'|nasalBit || j+5 < len(s) && s[j+3] == 0xE0 && s[j+4] == 0xA5 && s[j+5] == 0x8D {
								break
							}
						}
						j += 3
						continue
					}
					if c-'a' > 'z'-'a' {
						break
					}
					j++
				}
				if j+base == ts.start {
					// No letter after the space (below): no word was
					// opened there; the turn after reads what follows.
					ts.kind = 0
					break
				}
				// A space after the word closes it here, as the case
				// below would on the next turn (the word is open: ts.kind
				// is Word): most words end so, and the turn is saved.
				// The next word is opened after it: the loop above
				// reads its letters, as this case would on the turn
				// after.
				if j >= 0 && j < len(s) && s[j] == ' ' {
					dst = append(dst, Token{Kind: Word, Start: ts.start, End: j + base})
					j++
					ts.start = j + base
					continue
				}
				break
			}
			e = j
			continue
		case cl == 's' && c != '\n' && ts.kind != Number:
			// A space: it closes a word (the most common change).
			if ts.kind == Word {
				dst = append(dst, Token{Kind: Word, Start: ts.start, End: e + base})
				ts.kind = 0
			}
			e++
			continue
		}
		dst = ts.step(dst, cl, rune(c), e+base, e+base+n)
		e += n
	}
	return e, dst
}

// classOf is WordClass of a character about to be appended, with the
// rune step reads (the character itself).
func classOf(r rune) byte {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if r >= 0x0900 && r <= 0x097F {
		return devaClass[r&0x7F]
	}
	return WordClass(r)
}

// NormalizeTokenize is NormalizeBuf followed by Tokenize of the
// normalised text, in one pass over s: the tokens are appended to dst as
// their characters are written. It returns the Text, buf grown (as
// NormalizeBuf) and the tokens; both are exactly what the two calls give.
func NormalizeTokenize(s string, buf []byte, dst []Token) (*Text, []byte, []Token) {
	// The Text and its first eight shifts in one allocation (most text
	// needs no more).
	ta := &struct {
		t  Text
		sh [8]shift
	}{}
	ta.t.shifts = ta.sh[:0]
	buf, dst = NormalizeTokenizeInto(&ta.t, s, buf, dst)
	return &ta.t, buf, dst
}

// NormalizeTokenizeInto is NormalizeTokenize writing the Text into t,
// whose offset map's memory it reuses (a caller that keeps one Text per
// field allocates none a story). t's earlier content is replaced.
func NormalizeTokenizeInto(t *Text, s string, buf []byte, dst []Token) ([]byte, []Token) {
	*t = Text{Orig: s, shifts: t.shifts[:0]}
	out := buf[:0]
	if cap(out) < len(s) {
		out = make([]byte, 0, len(s))
	}
	shifts := t.shifts
	ts := tokState{sep: -1}
	const none = math.MinInt32
	cur := int32(none)
	mark := func(at int) {
		if d := int32(at - len(out)); d != cur {
			shifts = append(shifts, shift{at: int32(len(out)), delta: d})
			cur = d
		}
	}
	// emit appends a folded character and feeds it to the tokens.
	emit := func(r rune, at int) {
		mark(at)
		p := len(out)
		out = utf8.AppendRune(out, r)
		dst = ts.step(dst, classOf(r), r, p, len(out))
	}
	i := 0
	for i < len(s) {
		// A run of bytes folding leaves alone is copied at once (see
		// NormalizeBuf); scanRun feeds its characters to the tokens.
		var e int
		e, dst = ts.scanRun(s, i, len(out)-i, dst)
		if e > i {
			mark(i)
			out = append(out, s[i:e]...)
			i = e
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			// A capital (the run stops at nothing else in ASCII).
			emit(rune(c+'a'-'A'), i)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			t.invalid = true
			emit(' ', i)
			i++
			continue
		}
		if r >= 0x0900 && r <= 0x097F {
			f, ok := foldDeva(r)
			if !ok {
				i += size
				continue
			}
			if nc := nasalClass(f); nc != 0 && i+size < len(s) {
				v, vs := utf8.DecodeRuneInString(s[i+size:])
				if v == virama {
					nx, _ := utf8.DecodeRuneInString(s[i+size+vs:])
					nf, _ := foldDeva(nx)
					if stopClass(nf) == nc {
						emit(anusvara, i)
						i += size + vs
						continue
					}
				}
			}
			emit(f, i)
			i += size
			continue
		}
		// Other scripts, as NormalizeBuf.
		j := i
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if r2 < utf8.RuneSelf || (r2 >= 0x0900 && r2 <= 0x097F) || (r2 == utf8.RuneError && sz == 1) {
				break
			}
			j += sz
		}
		start := i
		if unicode.Is(unicode.Mn, r) && len(out) > 0 && out[len(out)-1] < utf8.RuneSelf && isASCIILetter(out[len(out)-1]) {
			start = len(out) - 1 + int(cur)
			out = out[:len(out)-1]
			if k := len(shifts) - 1; shifts[k].at >= int32(len(out)) {
				shifts = shifts[:k]
				cur = none
				if k > 0 {
					cur = shifts[k-1].delta
				}
			}
			// The letter taken back was fed to the tokens: a word it
			// opened is closed again (it continued one otherwise).
			if ts.kind == Word && ts.start == len(out) {
				ts.kind = 0
			}
		}
		run := s[start:j]
		if norm.NFC.IsNormalString(run) {
			for k, r2 := range run {
				if f, ok := foldOther(r2); ok {
					emit(f, start+k)
				}
			}
		} else {
			var it norm.Iter
			it.InitString(norm.NFC, run)
			for !it.Done() {
				segStart := start + it.Pos()
				seg := it.Next()
				for len(seg) > 0 {
					r2, sz := utf8.DecodeRune(seg)
					seg = seg[sz:]
					if f, ok := foldOther(r2); ok {
						emit(f, segStart)
					}
				}
			}
		}
		i = j
	}
	dst = ts.finish(dst, len(out))
	if string(out) == s {
		// Nothing folded (the same bytes): Norm is s itself, with no
		// copy (strings are immutable).
		t.Norm = s
	} else {
		t.Norm = string(out)
	}
	t.shifts = shifts
	return out, dst
}

// Release drops t's texts (Orig and Norm), keeping its offset map's
// memory for the next NormalizeTokenizeInto (unless a text with many
// shifts grew it past maxKeptShifts).
func (t *Text) Release() {
	sh := t.shifts[:0]
	if cap(sh) > maxKeptShifts {
		sh = nil
	}
	*t = Text{shifts: sh}
}

// maxKeptShifts bounds the offset map Release keeps.
const maxKeptShifts = 1 << 12
