package work

import (
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
)

// quotedCopula37 reports an opening quote at q whose words (one to twelve,
// all plain words) close right before a copula ("एलन मस्क का एक्सएआई
// 'नकल करके आगे बढ़ने वाली कंपनी' है"): the quote is a label said of the
// noun before it, which stays in the clause as an unquoted one would
// (a named company owned by the genitive before it is judged with its
// owner, chunk.go). quotedPredicate31 holds labels of up to five words
// for a subject pronoun; this one is for the possessed name's walk.
func (s *sentCtx) quotedCopula37(q int) bool {
	if q >= s.sn.b || !s.isQuoteTok(q) {
		return false
	}
	for e := q + 2; e < s.sn.b && e <= q+13; e++ {
		if !s.isQuoteTok(e) {
			if !s.isWord(e) || s.mentionAt(e) || s.inMention(e) {
				return false
			}
			continue
		}
		switch s.w(e + 1) {
		case "हैं", "है", "थे", "था", "थी", "थीं":
			return true
		}
		return false
	}
	return false
}

// adverbAfterAnd37 reports one to four words of time or place between
// और (or a comma) and the pronoun at token p ("कि Y … कर रहे हैं और
// हाल में उन्होंने …", "…, और पिछले हफ्ते उन्होंने …"): outlets put
// such a phrase first in the conjunct, and the subject still carries on
// (subjectCarried22). The words are plain (no name, verb, कि, negator or
// pronoun); a postposition among them is में or को only (a genitive or
// से would make a phrase of its own, "और उनके बाद उन्होंने").
func (s *sentCtx) adverbAfterAnd37(p int) bool {
	for k := p - 1; k >= s.sn.a && k >= p-5; k-- {
		switch w := s.w(k); {
		case w == "और" || w == ",":
			return k < p-1
		case !s.isWord(k) || s.mentionAt(k) || s.inMention(k):
			return false
		case s.flag(k)&fwPostposition != 0:
			if w != "में" && w != "को" {
				return false
			}
		case s.flag(k)&^(fwEntry|fwTemporal|fwTimeNoun|fwPlaceNoun) != 0:
			return false
		}
	}
	return false
}

// groupWords37 open a noun phrase of many people ("कुछ फंड मैनेजर",
// "हजारों इंजीनियरों", "कई सांसद"); ourWords37 do when a plural in -ों
// follows with no function word between ("हमारे चिप आपूर्तिकर्ताओं").
var (
	groupWords37 = normSet("कुछ", "कई", "सभी", "तमाम", "अनेक", "लाखों", "हजारों", "सैकडों", "करोडों", "दर्जनों")
	ourWords37   = normSet("हमारे")
	pluralEnd37  = hindi.NormalizeString("ों")
)

// quotedGroupBefore37 reports, for a plural-capable pronoun at token p
// in quoted words, a phrase of many untracked people between the quote's
// opening mark and p, with no name of a tracked party between it and p
// (“न्यूयॉर्क के कुछ फंड मैनेजर मेरे खिलाफ मुकदमों को पैसा दे रहे हैं।
// वे घटिया लोग हैं”, “यह हमारे हजारों मजदूरों की मेहनत है। उन्होंने
// …”): the pronoun is that group, not someone named outside the quote.
// The scan crosses the quote's sentences back to its opening mark (at
// most 40 tokens).
func (s *sentCtx) quotedGroupBefore37(p int) bool {
	f := s.f
	ms := f.mentions
	found := false
	for k := p - 1; k >= 0 && k >= p-40; k-- {
		w := f.words[k]
		if isQuote(w) {
			return found
		}
		if found {
			continue
		}
		j := sort.Search(len(ms), func(i int) bool { return ms[i].tokEnd > k })
		if j < len(ms) && ms[j].tok <= k {
			return false
		}
		if k+1 < len(f.words) && (f.words[k+1] == "नहीं" || f.words[k+1] == "भी" || f.words[k+1] == "और") {
			continue
		}
		if (groupWords37[w] || ourWords37[w]) && !groupOpens37(f, k) {
			continue
		}
		if groupWords37[w] {
			found = true
			continue
		}
		if ourWords37[w] {
			for e := k + 1; e <= k+3 && e < p; e++ {
				if strings.HasSuffix(f.words[e], pluralEnd37) {
					found = true
					break
				}
				if s.isWord(e) && s.flag(e) != 0 {
					break // "हमारे खिलाफ …": no group
				}
			}
		}
	}
	return false
}

// groupPron37 reports a plural-capable third-person pronoun at token k
// in quoted words that a group of many named in the quote stands
// closer to than any tracked party (quotedGroupBefore37): it is that
// group, nobody tracked.
func (s *sentCtx) groupPron37(k int) bool {
	switch s.w(k) {
	case "वे", "उन्होंने", "उन्हें", "उनके", "उनकी", "उनका", "उनसे", "उनको":
	default:
		return false
	}
	if ci := s.cid[k-s.sn.a]; ci < 0 || !s.cls[ci].quoted {
		return false
	}
	return s.quotedGroupBefore37(k)
}

// groupOpens37 reports the group word at token k near the start of its
// sentence or quote: at most five tokens before it, back to a sentence
// mark or a quote mark, none a name, a verb or जो ("वॉल स्ट्रीट के कुछ
// बड़े निवेशक …", "हमारे यहां के कुछ मंत्री जी …"). So the group is
// what the sentence is about, not an object after its subject ("Y ने
// आज कुछ गंभीर सवाल उठाए", "Y ने जो कुछ बनाया").
func groupOpens37(f *field, k int) bool {
	ms := f.mentions
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		switch w := f.words[b]; {
		case isQuote(w) || w == "।" || w == "?" || w == "!" || w == ":":
			return true
		case w == "जो" || w == "ने":
			return false
		}
		j := sort.Search(len(ms), func(i int) bool { return ms[i].tokEnd > b })
		if j < len(ms) && ms[j].tok <= b {
			return false
		}
	}
	return k == 0
}
