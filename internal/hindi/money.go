package hindi

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Money is a stated sum: a value in units of an ISO 4217 currency, and the
// span of the normalised text that states it.
type Money struct {
	Value      float64
	Currency   string
	Start, End int
}

// Every key below is in normalised form (nukta, chandrabindu and chandra-o
// folded, Latin lowercased): हज़ार is looked up as हजार, डॉलर as डालर.

// scales multiply the quantity before them; they stack ("1.5 लाख करोड़").
// Plural forms (करोड़ों, अरबों, लाखों, हजारों, millions) are deliberately
// absent: "करोड़ों डॉलर" names no amount.
var scales = map[string]float64{
	"सौ": 1e2, "हजार": 1e3, "लाख": 1e5, "करोड": 1e7, "अरब": 1e9, "खरब": 1e11,
	"मिलियन": 1e6, "बिलियन": 1e9, "ट्रिलियन": 1e12, "मिलीयन": 1e6,
	"hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

// numberWords are quantities written as words.
var numberWords = map[string]float64{
	"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "छह": 6, "छः": 6, "छ": 6, "सात": 7,
	"आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14,
	"पंद्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20,
	"इक्कीस": 21, "बाईस": 22, "तेईस": 23, "चौबीस": 24, "पच्चीस": 25, "छब्बीस": 26,
	"सत्ताईस": 27, "अट्ठाईस": 28, "उनतीस": 29, "तीस": 30, "पैंतीस": 35, "चालीस": 40,
	"पैंतालीस": 45, "पचास": 50, "पचपन": 55, "साठ": 60, "पैंसठ": 65, "सत्तर": 70,
	"पचहत्तर": 75, "अस्सी": 80, "पचासी": 85, "नब्बे": 90, "निन्यानबे": 99,
	"डेढ": 1.5, "ढाई": 2.5, "आधा": 0.5,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100,
}

// fractionPrefixes modify the quantity after them: सवा दो = 2.25,
// साढ़े तीन = 3.5, पौने चार = 3.75. Before a bare scale (सवा लाख) the
// quantity is one.
var fractionPrefixes = map[string]float64{"सवा": 0.25, "साढे": 0.5, "पौने": -0.25}

// prefixCurrencies stand before the quantity.
var prefixCurrencies = map[string]string{
	"$": "USD", "₹": "INR", "€": "EUR", "£": "GBP", "¥": "JPY",
	"usd": "USD", "inr": "INR", "rs": "INR", "रु": "INR", "eur": "EUR", "gbp": "GBP",
}

// suffixCurrencies stand after the quantity and its scales.
var suffixCurrencies = map[string]string{
	"डालर": "USD", "डालरों": "", "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD",
	"रुपये": "INR", "रुपए": "INR", "रुपया": "INR", "रूपये": "INR", "रूपए": "INR", "रुपय": "INR",
	"रु": "INR", "rs": "INR", "inr": "INR", "rupees": "INR", "rupee": "INR", "₹": "INR",
	"यूरो": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"पाउंड": "GBP", "pounds": "GBP", "gbp": "GBP",
	"येन": "JPY", "yen": "JPY", "युआन": "CNY", "yuan": "CNY", "दिरहम": "AED",
}

// dollarCountries say whose dollar "डॉलर" after them is.
var dollarCountries = map[string]string{
	"अमेरिकी": "USD", "अमरीकी": "USD", "यूएस": "USD", "us": "USD", "अमेरिकन": "USD",
	"कनाडाई": "CAD", "आस्ट्रेलियाई": "AUD", "सिंगापुर": "SGD", "सिंगापुरी": "SGD",
	"हांगकांग": "HKD", "न्यूजीलैंड": "NZD",
}

// ParseMoney normalises s and returns the sums it states, with Start and
// End as byte offsets into s itself.
func ParseMoney(s string) []Money {
	t := Normalize(s)
	toks := Tokenize(nil, t.Norm)
	ms := ParseAmounts(t.Norm, toks)
	for i := range ms {
		ms[i].Start, ms[i].End = t.OrigSpan(ms[i].Start, ms[i].End)
	}
	return ms
}

// ParseAmounts finds the sums stated in a normalised text, given its tokens.
// A quantity without a currency is not money; neither is a vague plural
// ("करोड़ों डॉलर", "कई अरब डॉलर"). Offsets are into text.
func ParseAmounts(text string, toks []Token) []Money {
	return AppendAmounts(nil, text, toks)
}

// AppendAmounts is ParseAmounts appending to out (a caller's buffer,
// reused between calls, allocates once).
func AppendAmounts(out []Money, text string, toks []Token) []Money {
	for i := 0; i < len(toks); {
		// canStartAmount, its filter in line: most tokens stop here.
		if t := toks[i]; t.Kind != Number && (t.Kind != Punct && t.Kind != Word || !amountStartFilter.MayContain(text[t.Start:t.End])) {
			i++
			continue
		}
		if !canStartAmount(text, toks[i]) {
			i++
			continue
		}
		m, next, ok := amountAt(text, toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = next
	}
	return out
}

// canStartAmount is a cheap first look: only a number, a currency sign
// or code, or a number word can start an amount.
func canStartAmount(text string, t Token) bool {
	switch t.Kind {
	case Number:
		return true
	case Punct, Word:
		w := text[t.Start:t.End]
		return amountStartFilter.MayContain(w) && amountStarters[w]
	}
	return false
}

// AmountStarters lists, sorted, the words and signs besides a Number
// token that can open an amount (ParseAmounts finds none in tokens
// without one of them or a Number): a caller that has looked its words
// up already can skip a sentence without one.
func AmountStarters() []string {
	out := make([]string, 0, len(amountStarters))
	for w := range amountStarters {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// CurrencyWords lists, sorted, every word or sign that can give an amount
// its currency (a prefix or suffix currency, or the dollar word after a
// country): ParseAmounts finds no amount in tokens without one of them.
func CurrencyWords() []string {
	m := map[string]bool{"$": true, "डालर": true, "dollar": true, "dollars": true}
	for w := range prefixCurrencies {
		m[w] = true
	}
	for w := range suffixCurrencies {
		m[w] = true
	}
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// amountStartFilter holds amountStarters' words, so most words are
// turned away without a map lookup. Built once; read only.
var amountStartFilter = func() *WordFilter {
	f := new(WordFilter)
	for w := range amountStarters {
		f.Add(w)
	}
	return f
}()

// amountStarters is every word or sign that can open an amount, so that
// most words cost one lookup. Built once from the tables above; read only.
var amountStarters = func() map[string]bool {
	m := map[string]bool{"सौ": true, "हजार": true, "us": true}
	for w := range prefixCurrencies {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range fractionPrefixes {
		m[w] = true
	}
	return m
}()

type moneyCursor struct {
	text string
	toks []Token
	i    int
}

func (c *moneyCursor) peek(k int) (string, TokenKind) {
	j := c.i + k
	if j < 0 || j >= len(c.toks) {
		return "", 0
	}
	t := c.toks[j]
	return c.text[t.Start:t.End], t.Kind
}

// amountAt tries to read an amount starting at token i.
func amountAt(text string, toks []Token, i int) (Money, int, bool) {
	c := &moneyCursor{text: text, toks: toks, i: i}
	cur := ""
	// Prefix currency: $ 500, US$ 500, Rs. 500, रु. 500, ₹500.
	if w, _ := c.peek(0); w == "us" {
		if w2, _ := c.peek(1); w2 == "$" {
			cur = "USD"
			c.i += 2
		}
	}
	if cur == "" {
		w, _ := c.peek(0)
		if code, ok := prefixCurrencies[w]; ok {
			cur = code
			c.i++
			if w2, _ := c.peek(0); w2 == "." {
				c.i++
			}
		}
	}
	value, ok := readQuantity(c)
	if !ok {
		return Money{}, 0, false
	}
	if cur == "" || cur == "USD" || cur == "INR" {
		// Suffix currency, possibly after a country adjective.
		w, _ := c.peek(0)
		code := ""
		adv := 0
		if cc, ok := dollarCountries[w]; ok {
			if w2, _ := c.peek(1); w2 == "डालर" || w2 == "dollar" || w2 == "dollars" || w2 == "$" {
				code, adv = cc, 2
			}
		}
		if code == "" {
			if sc, ok := suffixCurrencies[w]; ok && sc != "" {
				code, adv = sc, 1
				if (w == "रु" || w == "rs") && func() bool { w2, _ := c.peek(1); return w2 == "." }() {
					adv = 2
				}
			}
		}
		switch {
		case code != "" && (cur == "" || cur == code):
			cur = code
			c.i += adv
		case cur == "":
			return Money{}, 0, false
		}
	}
	if cur == "" || math.IsNaN(value) || math.IsInf(value, 0) || value <= 0 {
		return Money{}, 0, false
	}
	last := toks[c.i-1]
	return Money{Value: value, Currency: cur, Start: toks[i].Start, End: last.End}, c.i, true
}

// readQuantity reads a number (digits or words) and its stacked scales,
// and additive groups such as "2 लाख 50 हजार".
func readQuantity(c *moneyCursor) (float64, bool) {
	total, lastScale, ok := readGroup(c)
	if !ok {
		return 0, false
	}
	for lastScale > 1 {
		save := c.i
		v, s, ok := readGroup(c)
		if !ok || s >= lastScale || s <= 1 {
			c.i = save
			break
		}
		total += v
		lastScale = s
	}
	return total, true
}

// readGroup reads one quantity times its scales; scale is the product of
// the scales read (1 when none).
func readGroup(c *moneyCursor) (value, scale float64, ok bool) {
	w, kind := c.peek(0)
	switch {
	case kind == Number:
		v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, 0, false
		}
		value = v
		c.i++
	case kind == Word:
		if f, isFrac := fractionPrefixes[w]; isFrac {
			w2, k2 := c.peek(1)
			switch {
			case k2 == Number:
				v, err := strconv.ParseFloat(strings.ReplaceAll(w2, ",", ""), 64)
				if err != nil {
					return 0, 0, false
				}
				value = v + f
				c.i += 2
			case numberWords[w2] >= 1:
				value = numberWords[w2] + f
				c.i += 2
			case scales[w2] > 0 && f > 0:
				value = 1 + f
				c.i++
			default:
				return 0, 0, false
			}
		} else if v, isNum := numberWords[w]; isNum {
			value = v
			c.i++
		} else if w == "सौ" || w == "हजार" {
			value = 1 // "हज़ार करोड़ रुपये": the scale stands for one of itself
		} else {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	scale = 1
	for {
		w, kind := c.peek(0)
		if kind != Word {
			break
		}
		s, isScale := scales[w]
		if !isScale {
			break
		}
		// Single Latin letters are scales only glued to the number ("5m",
		// "2b"), never after a space: "5 m" is metres.
		if len(w) == 1 && c.toks[c.i].Start != c.toks[c.i-1].End {
			break
		}
		scale *= s
		c.i++
	}
	return value * scale, scale, true
}
