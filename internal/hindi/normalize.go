// Package hindi holds what khabar knows about written Hindi: normalisation
// with an offset map back to the original text, tokenisation judged per
// character, and reading sums of money.
package hindi

import (
	"math"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalised string together with the map from its bytes back to
// the original. Normalisation folds the spelling variants Hindi outlets mix
// freely (nukta, chandrabindu, half nasals, chandra-o, Devanagari digits,
// Latin case, curly quotes) so that one alias or cue covers all of them.
type Text struct {
	// Orig is the text as given.
	Orig string
	// Norm is the normalised text. It is valid UTF-8 even when Orig is not:
	// every invalid byte becomes one space.
	Norm string
	// shifts is the offset map, run-length encoded: every character of
	// Norm starting at byte n, shifts[k].at <= n < shifts[k+1].at, was
	// produced by the character of Orig at byte n+shifts[k].delta; all the
	// bytes of a character of Norm map where its first byte does, and
	// len(Norm) maps to len(Orig). Most text keeps its length through
	// folding, so there are few runs (a table per byte would cost four
	// bytes of memory per byte of text).
	shifts []shift
	// invalid records that Orig is not valid UTF-8.
	invalid bool
}

// OrigValid reports whether Orig is valid UTF-8, so that any span of it
// between character starts (OrigSpan's) is too.
func (t *Text) OrigValid() bool { return !t.invalid }

// shift is one run of Text's offset map.
type shift struct{ at, delta int32 }

// OrigOffset maps a byte offset of Norm (0..len(Norm)) to the byte offset
// in Orig where the character producing it starts. Offsets past the end are
// clamped. Characters deleted by normalisation (ZWJ, nukta, …) belong to the
// character before them, so a span [OrigOffset(s), OrigOffset(e)) covers the
// whole original spelling of Norm[s:e].
func (t *Text) OrigOffset(i int) int {
	o, _ := t.origFrom(i, 0)
	return o
}

// origFrom is OrigOffset(i) with the search for i's run starting at run
// lo (which must start at or before i's character); it also returns the
// run it found, for a later offset's search (OrigSpan).
func (t *Text) origFrom(i, lo int) (int, int) {
	i = max(i, 0)
	if i >= len(t.Norm) {
		return len(t.Orig), lo
	}
	// Back to the first byte of the character (Norm is valid UTF-8).
	for i > 0 && t.Norm[i]&0xC0 == 0x80 {
		i--
	}
	// The last run starting at or before i (shifts[0].at is 0).
	hi := len(t.shifts)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(t.shifts[mid].at) <= i {
			lo = mid
		} else {
			hi = mid
		}
	}
	return i + int(t.shifts[lo].delta), lo
}

// OrigSpan maps a normalised span to the original one. The end's run is
// searched from the start's (a span's end is at or after its start).
func (t *Text) OrigSpan(start, end int) (int, int) {
	os, k := t.origFrom(start, 0)
	if end < start {
		return os, t.OrigOffset(end)
	}
	oe, _ := t.origFrom(end, k)
	return os, oe
}

// Devanagari code points the folding refers to.
const (
	chandrabindu = '\u0901'
	anusvara     = '\u0902'
	nukta        = '\u093C'
	virama       = '\u094D'
)

// nuktaBase maps a precomposed nukta letter to its base letter.
func nuktaBase(r rune) (rune, bool) {
	switch r {
	case '\u0958':
		return 'क', true
	case '\u0959':
		return 'ख', true
	case '\u095A':
		return 'ग', true
	case '\u095B':
		return 'ज', true
	case '\u095C':
		return 'ड', true
	case '\u095D':
		return 'ढ', true
	case '\u095E':
		return 'फ', true
	case '\u095F':
		return 'य', true
	case '\u0929':
		return 'न', true
	case '\u0931':
		return 'र', true
	case '\u0934':
		return 'ळ', true
	}
	return r, false
}

// nasalClass gives the varga (1..5) of a nasal consonant, 0 otherwise.
func nasalClass(r rune) int {
	switch r {
	case 'ङ':
		return 1
	case 'ञ':
		return 2
	case 'ण':
		return 3
	case 'न':
		return 4
	case 'म':
		return 5
	}
	return 0
}

// stopClass gives the varga (1..5) of a stop consonant (the first four of
// each class), 0 otherwise.
func stopClass(r rune) int {
	switch {
	case r >= 'क' && r <= 'घ':
		return 1
	case r >= 'च' && r <= 'झ':
		return 2
	case r >= 'ट' && r <= 'ढ':
		return 3
	case r >= 'त' && r <= 'ध':
		return 4
	case r >= 'प' && r <= 'भ':
		return 5
	}
	return 0
}

// devaAsIs marks the Devanagari code points (by their offset in the block)
// that folding copies as they are: not a nukta letter, a nasal consonant,
// the nukta, chandrabindu, chandra-o/e (letters and signs) or a digit.
var devaAsIs = func() (t [0x80]bool) {
	for i := range t {
		r := rune(0x900 + i)
		_, nk := nuktaBase(r)
		t[i] = !nk && nasalClass(r) == 0 && r != nukta && r != chandrabindu && r != '\u0911' && r != '\u0949' && r != '\u090D' && r != '\u0945' && (r < '०' || r > '९')
	}
	return t
}()

// devaRun classes the Devanagari code points (by their offset in the
// block) for NormalizeBuf's copied runs: runAsIs for devaAsIs, runNasal
// for a nasal consonant (copied unless a virama follows), 0 to fold.
const (
	runAsIs = 1 + iota
	runNasal
)

var devaRun = func() (t [0x80]uint8) {
	for i := range t {
		switch r := rune(0x900 + i); {
		case devaAsIs[i]:
			t[i] = runAsIs
		case nasalClass(r) != 0:
			t[i] = runNasal
		}
	}
	return t
}()

// foldDeva folds one Devanagari (or format) code point; ok false deletes it.
func foldDeva(r rune) (rune, bool) {
	if b, ok := nuktaBase(r); ok {
		return b, true
	}
	switch r {
	case nukta:
		return 0, false
	case chandrabindu:
		return anusvara, true
	case 'ऑ': // chandra-o
		return 'आ', true
	case '\u0949': // vowel sign chandra-o
		return '\u093E', true
	case 'ऍ': // chandra-e, the same English vowel written the other way
		return 'ए', true
	case '\u0945':
		return '\u0947', true
	}
	if r >= '०' && r <= '९' {
		return '0' + (r - '०'), true
	}
	return r, true
}

// foldOther folds a code point outside ASCII and Devanagari; ok false
// deletes it.
func foldOther(r rune) (rune, bool) {
	switch r {
	case '\u200C', '\u200D', '\u00AD', '\uFEFF', '\u2060', '\u200B':
		return 0, false
	case '‘', '’', '‚', '‛', '′':
		return '\'', true
	case '“', '”', '„', '‟', '″':
		return '"', true
	case '\u00A0', '\u2009', '\u202F', '\u2002', '\u2003':
		return ' ', true
	}
	return unicode.ToLower(r), true
}

// Normalize folds s as described on Text and returns it with its offset map.
// It never panics, whatever the bytes.
func Normalize(s string) *Text {
	t, _ := NormalizeBuf(s, nil)
	return t
}

// NormalizeBuf is Normalize with buf as scratch space for the normalised
// bytes (Text.Norm is a copy); it returns buf, grown, for the next call.
func NormalizeBuf(s string, buf []byte) (*Text, []byte) {
	t := &Text{Orig: s}
	out := buf[:0]
	if cap(out) < len(s) {
		out = make([]byte, 0, len(s))
	}
	shifts := make([]shift, 0, 8)
	// cur is the delta of the last run; none before the first character.
	const none = math.MinInt32
	cur := int32(none)
	// mark records that the character about to be appended to out comes
	// from byte at of s.
	mark := func(at int) {
		if d := int32(at - len(out)); d != cur {
			shifts = append(shifts, shift{at: int32(len(out)), delta: d})
			cur = d
		}
	}
	emit := func(r rune, at int) {
		mark(at)
		out = utf8.AppendRune(out, r)
	}
	i := 0
	for i < len(s) {
		// A run of bytes folding leaves alone (ASCII but capitals,
		// Devanagari but the folded letters and signs) is copied at once:
		// it keeps its length, so it is one run of the offset map.
		e := i
		for e < len(s) {
			c := s[e]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					break
				}
				e++
				continue
			}
			if c == 0xE0 && e+2 < len(s) && (s[e+1] == 0xA4 || s[e+1] == 0xA5) && s[e+2] >= 0x80 && s[e+2] < 0xC0 {
				switch devaRun[(s[e+1]&1)<<6|s[e+2]&0x3F] {
				case runAsIs:
					e += 3
					continue
				case runNasal:
					// A nasal consonant folds only before a virama
					// (E0 A5 8D); elsewhere it is copied as it is.
					if e+5 >= len(s) || s[e+3] != 0xE0 || s[e+4] != 0xA5 || s[e+5] != 0x8D {
						e += 3
						continue
					}
				}
			}
			break
		}
		if e > i {
			mark(i)
			out = append(out, s[i:e]...)
			i = e
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			mark(i)
			out = append(out, c)
			i++
			continue
		}
		// Fast path: a Devanagari letter or sign that folding leaves alone
		// (most of them) is copied as is.
		if c == 0xE0 && i+2 < len(s) && (s[i+1] == 0xA4 || s[i+1] == 0xA5) && s[i+2] >= 0x80 && s[i+2] < 0xC0 {
			r := rune(0x900) | rune(s[i+1]&1)<<6 | rune(s[i+2]&0x3F)
			if devaAsIs[r&0x7F] {
				mark(i)
				out = append(out, s[i], s[i+1], s[i+2])
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			t.invalid = true
			mark(i)
			out = append(out, ' ')
			i++
			continue
		}
		if r >= 0x0900 && r <= 0x097F {
			f, ok := foldDeva(r)
			if !ok {
				i += size
				continue
			}
			// A nasal consonant + virama before a stop of its own class is
			// the same syllable as anusvara + stop: ट्रम्प = ट्रंप.
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
		// Other scripts: compose canonically (é written as e + accent), then
		// fold per code point. A run of such code points is composed as one;
		// a combining mark right after an ASCII letter takes the letter in.
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
			// The letter is one byte, in the last run.
			start = len(out) - 1 + int(cur)
			out = out[:len(out)-1]
			if k := len(shifts) - 1; shifts[k].at >= int32(len(out)) {
				shifts = shifts[:k]
				cur = none
				if k > 0 {
					cur = shifts[k-1].delta
				}
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
	t.Norm = string(out)
	t.shifts = shifts
	return t, out
}

func isASCIILetter(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// NormalizeString is Normalize without the offset map, for aliases and
// lexicon entries.
func NormalizeString(s string) string { return Normalize(s).Norm }
