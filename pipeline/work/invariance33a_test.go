package work

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Session 33 (inv4, letter a): invariance under the frame of reported
// speech. Outlets vary how a statement is attributed — "X ने कहा कि S",
// "X का कहना है कि S", "X के मुताबिक, S", "X ने संवाददाताओं से कहा कि S",
// "X ने एक्स पर लिखा कि S", "'Q', X ने कहा।", "X ने कहा: 'Q'",
// "उन्होंने आगे कहा कि …" — and none of these changes who holds which
// stance under SCHEMA.md. TestInvariance33A (KHABAR_INV=1, dev only) runs
// runInvariance over inv33aTransforms. Each transform rewrites only a
// speaker that is a tracked name (a whole watchlist term) or "उन्होंने"
// right before the verb, and declines a sentence it cannot rewrite safely.

// speech33a is one "<speaker> ने कहा कि " (or "उन्होंने कहा कि ") of a text.
type speech33a struct {
	spStart, spEnd int    // the speaker (a term, or "उन्हों" of उन्होंने)
	pron           bool   // the speaker is उन्होंने
	id             string // the term's entity (empty for the pronoun)
	after          int    // just past the frame (at the first byte of S)
	sentStart      int    // the start of the sentence holding it
	sentEnd        int    // the end mark's offset (or len) of that sentence
}

// inv33aStops end a sentence for these transforms.
const inv33aStops = "।?!\n|"

// sentenceBounds gives the start of the sentence around i and the offset
// of its end mark (outside quotes is not checked: callers refuse quotes).
func sentenceBounds(text string, i int) (int, int) {
	from := strings.LastIndexAny(text[:i], inv33aStops)
	start := from + 1
	if from >= 0 {
		_, w := utf8.DecodeRuneInString(text[from:])
		start = from + w
	}
	for start < len(text) && text[start] == ' ' {
		start++
	}
	end := strings.IndexAny(text[i:], inv33aStops)
	if end < 0 {
		return start, len(text)
	}
	return start, i + end
}

// findSpeech lists every "<term> <frame>" and "उन्होंने <frame rest>" of
// text, where frame is e.g. "ने कहा कि ".
func (e *invEnv) findSpeech(text, frame string) []speech33a {
	var out []speech33a
	for _, sp := range e.termSpans(text) {
		j := sp[1]
		if !strings.HasPrefix(text[j:], " "+frame) {
			continue
		}
		s, en := sentenceBounds(text, sp[0])
		out = append(out, speech33a{spStart: sp[0], spEnd: j, id: e.termOf[e.terms[sp[2]]], after: j + 1 + len(frame), sentStart: s, sentEnd: en})
	}
	// the pronoun: "उन्होंने" + frame without its "ने"
	pf := "उन्होंने " + strings.TrimPrefix(frame, "ने ")
	for _, i := range boundaryHits(text, pf) {
		s, en := sentenceBounds(text, i)
		out = append(out, speech33a{spStart: i, spEnd: i + len("उन्होंने"), pron: true, after: i + len(pf), sentStart: s, sentEnd: en})
	}
	sortSpeech(out)
	return out
}

func sortSpeech(x []speech33a) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j].spStart < x[j-1].spStart; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// inv33aSubordinators open a clause the rewrites do not touch ("जब X ने
// कहा कि …" cannot become "जब X का कहना है कि …").
var inv33aSubordinators = []string{"जब", "जो", "जिस", "जिन", "अगर", "यदि", "क्योंकि", "चूंकि", "जैसे", "जहां", "ताकि"}

// headOK: the part of the sentence before the speaker holds no quote,
// no कि, no comma, no subordinator, and (when noTime) no को-phrase or
// day word (a past time phrase would clash with "का कहना है").
func headOK(head string, noTime bool) bool {
	if strings.ContainsAny(head, quoteRunes+",:–") || strings.Contains(" "+head+" ", " कि ") {
		return false
	}
	for _, w := range strings.Fields(head) {
		for _, s := range inv33aSubordinators {
			if w == s || (len(s) > len("जि") && strings.HasPrefix(w, s)) {
				return false
			}
		}
		if noTime {
			if w == "को" || w == "था" || w == "थे" || w == "थी" {
				return false
			}
			for _, d := range invDayWords {
				if w == d {
					return false
				}
			}
		}
	}
	return true
}

// plainHead: for a rewrite that drops the verb of speech ("X के मुताबिक,",
// "X का कहना है", "X बोले"), the words before the speaker hold no
// postposition phrase, converb or "बिना" that needs "X ने … कहा" ("शुल्क
// नीति पर बोलते हुए उन्होंने कहा कि" cannot become "… बोलते हुए उनके
// मुताबिक,"); a genitive inside a title ("गूगल के सीईओ") is fine.
func plainHead(head string) bool {
	for _, w := range strings.Fields(head) {
		switch w {
		case "पर", "में", "से", "को", "ने", "लिए", "बिना", "हुए", "हुये", "बाद", "दौरान", "जवाब", "तक", "साथ", "बजाय", "बीच":
			return false
		}
		if strings.HasSuffix(w, "कर") && utf8.RuneCountInString(w) > 3 {
			return false
		}
	}
	return true
}

// firstPerson33a are the first-person words: a clause holding one is
// direct speech and cannot stand after "X के मुताबिक,".
var firstPerson33a = []string{"मैं", "मैंने", "मेरा", "मेरी", "मेरे", "मुझे", "मुझसे", "मुझ", "हम", "हमने", "हमारा", "हमारी", "हमारे", "हमें", "हमसे", "हमको"}

// thirdPerson33a are the pronouns that may point back at the speaker in
// an indirect clause: such a clause cannot be quoted as it stands.
var thirdPerson33a = []string{"वह", "वे", "वो", "उन्होंने", "उनके", "उनकी", "उनका", "उन्हें", "उनको", "उनसे", "उनपर", "उन", "उसने", "उसके", "उसकी", "उसका", "उसे", "उससे", "उस", "खुद", "स्वयं", "अपने", "अपनी", "अपना"}

func hasWord(s string, words []string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !wordRune(r) }) {
		for _, w := range words {
			if f == w {
				return true
			}
		}
	}
	return false
}

// clauseOK: S (after the frame, up to the sentence's end mark) is a plain
// declarative clause of at least three words with no quote, no question
// and (unless allowFirst) no first-person word.
func clauseOK(text string, sp speech33a, allowFirst bool) bool {
	s := text[sp.after:sp.sentEnd]
	// a semicolon or a second content clause ("…, और यह भी जोड़ा कि …")
	// may start words that are not X's
	if strings.ContainsAny(s, quoteRunes+";") || strings.Contains(s, " कि ") || len(strings.Fields(s)) < 3 {
		return false
	}
	if sp.sentEnd < len(text) {
		r, _ := utf8.DecodeRuneInString(text[sp.sentEnd:])
		if r == '?' || r == '!' {
			return false
		}
	}
	return allowFirst || !hasWord(s, firstPerson33a)
}

// rewriteSpeech applies f to every speech frame of the body f accepts; f
// returns the replacement of text[sp.spStart:sp.after] (the speaker and
// the frame) and, when tail is not empty, of text[sp.after:sp.sentEnd].
func (e *invEnv) rewriteSpeech(text, frame string, f func(text string, sp speech33a) (head, tail string, ok bool)) (string, bool) {
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range e.findSpeech(text, frame) {
		if sp.spStart < last {
			continue
		}
		h, tl, ok := f(text, sp)
		if !ok {
			continue
		}
		b.WriteString(text[last:sp.spStart])
		b.WriteString(h)
		last = sp.spStart + len(text[sp.spStart:sp.after])
		if tl != "" {
			b.WriteString(tl)
			last = sp.sentEnd
		}
		n++
	}
	if n == 0 {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

// speakerText is the speaker as written, or the pronoun's stem + suffix.
func speakerText(text string, sp speech33a, pronForm string) string {
	if sp.pron {
		return pronForm
	}
	return text[sp.spStart:sp.spEnd]
}

// simpleFrame rewrites "X ने कहा कि " to "X <mid> " (the pronoun to
// pron + " " + mid) where the head before X is clean.
func (e *invEnv) simpleFrame(s pipeline.Story, mid, pronMid string, noTime bool) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "ने कहा कि ", func(text string, sp speech33a) (string, string, bool) {
		if !headOK(text[sp.sentStart:sp.spStart], noTime) || noTime && !plainHead(text[sp.sentStart:sp.spStart]) {
			return "", "", false
		}
		if sp.pron {
			return pronMid, "", true
		}
		return text[sp.spStart:sp.spEnd] + " " + mid, "", true
	})
	s.Body = b
	return s, ok
}

// accordingTo rewrites "X ने कहा कि S।" to "X <pp> S।" when S is a plain
// third-person clause.
func (e *invEnv) accordingTo(s pipeline.Story, pp, pronPP string) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "ने कहा कि ", func(text string, sp speech33a) (string, string, bool) {
		if !headOK(text[sp.sentStart:sp.spStart], false) || !plainHead(text[sp.sentStart:sp.spStart]) || !clauseOK(text, sp, false) {
			return "", "", false
		}
		if sp.pron {
			return pronPP + strings.TrimPrefix(pp, " के"), "", true
		}
		return text[sp.spStart:sp.spEnd] + pp, "", true
	})
	s.Body = b
	return s, ok
}

// quoteFirst rewrites a sentence "H X ने कहा, “Q”।" (the quote closing the
// sentence) to "“Q”, H X ने कहा।".
func (e *invEnv) quoteFirst(s pipeline.Story) (pipeline.Story, bool) {
	text := s.Body
	var b strings.Builder
	last, n := 0, 0
	for _, sp := range e.findSpeech(text, "ने कहा, ") {
		if sp.spStart < last {
			continue
		}
		head := text[sp.sentStart:sp.spStart]
		if !headOK(head, false) {
			continue
		}
		rest := text[sp.after:]
		open, w := utf8.DecodeRuneInString(rest)
		var close rune
		switch open {
		case '"', '\'':
			close = open
		case '“':
			close = '”'
		case '‘':
			close = '’'
		default:
			continue
		}
		end := strings.IndexRune(rest[w:], close)
		if end < 0 {
			continue
		}
		q := rest[w : w+end]
		if strings.ContainsAny(q, quoteRunes+"\n") || len(strings.Fields(q)) < 2 {
			continue
		}
		after := sp.after + w + end + utf8.RuneLen(close)
		// the quote must close the sentence: an end mark, or the paragraph's end
		tail := text[after:]
		stop := 0
		switch {
		case tail == "" || strings.HasPrefix(tail, "\n"):
		case strings.HasPrefix(tail, "।"):
			stop = len("।")
		default:
			continue
		}
		qt := strings.TrimRight(q, " ")
		if strings.HasSuffix(qt, "?") || strings.HasSuffix(qt, "!") {
			continue
		}
		qt = strings.TrimSuffix(strings.TrimSuffix(qt, "।"), ".")
		// one sentence only: a quote of several sentences put first
		// leaves its speaker far from the words
		if strings.ContainsAny(qt, "।?!|") || strings.Contains(qt, ". ") || !plainHead(head) {
			continue
		}
		verb := "ने कहा"
		if sp.pron {
			verb = "कहा"
		}
		who := head + text[sp.spStart:sp.spEnd]
		if sp.pron {
			who = head + "उन्होंने"
		}
		b.WriteString(text[last:sp.sentStart])
		b.WriteString(string(open) + qt + string(close) + ", " + who + " " + verb + "।")
		last = after + stop
		n++
	}
	if n == 0 {
		return s, false
	}
	b.WriteString(text[last:])
	s.Body = b.String()
	return s, true
}

// quoteColon rewrites "X ने कहा, “" to "X ने कहा: “" (mark ":" or "-").
func (e *invEnv) quoteColon(s pipeline.Story, mark string) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "ने कहा, ", func(text string, sp speech33a) (string, string, bool) {
		r, _ := utf8.DecodeRuneInString(text[sp.after:])
		if !strings.ContainsRune(quoteRunes, r) {
			return "", "", false
		}
		if sp.pron {
			return "उन्होंने कहा" + mark + " ", "", true
		}
		return text[sp.spStart:sp.spEnd] + " ने कहा" + mark + " ", "", true
	})
	s.Body = b
	return s, ok
}

// directQuote rewrites "X ने कहा कि S।" to "X ने कहा, “S।”" when S has no
// pronoun that may point back at X (a plain clause, first person allowed).
func (e *invEnv) directQuote(s pipeline.Story) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "ने कहा कि ", func(text string, sp speech33a) (string, string, bool) {
		if !headOK(text[sp.sentStart:sp.spStart], false) || !clauseOK(text, sp, true) {
			return "", "", false
		}
		cl := text[sp.after:sp.sentEnd]
		if hasWord(cl, thirdPerson33a) || sp.sentEnd >= len(text) || !strings.HasPrefix(text[sp.sentEnd:], "।") {
			return "", "", false
		}
		sp2 := speakerText(text, sp, "उन्होंने")
		verb := " ने कहा, “"
		if sp.pron {
			verb = " कहा, “"
		}
		return sp2 + verb, strings.TrimRight(cl, " ") + "।”", true
	})
	// the danda after the rewritten clause now stands inside the quote
	b = strings.ReplaceAll(b, "।”।", "।”")
	s.Body = b
	return s, ok
}

// continued rewrites "उन्होंने कहा कि" after the body's first sentence to
// "उन्होंने <adv> कहा कि" (आगे, यह भी).
func (e *invEnv) continued(s pipeline.Story, adv string) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "ने कहा कि ", func(text string, sp speech33a) (string, string, bool) {
		if !sp.pron || sp.sentStart == 0 || !headOK(text[sp.sentStart:sp.spStart], false) {
			return "", "", false
		}
		return "उन्होंने " + adv + " कहा कि ", "", true
	})
	s.Body = b
	return s, ok
}

// boleKi rewrites "X ने कहा कि" to "X बोले कि" / "X बोलीं कि" by the
// person's gender (declines a speaker of unknown gender or no person).
func (e *invEnv) boleKi(s pipeline.Story) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "ने कहा कि ", func(text string, sp speech33a) (string, string, bool) {
		if sp.pron || !headOK(text[sp.sentStart:sp.spStart], false) || !plainHead(text[sp.sentStart:sp.spStart]) {
			return "", "", false
		}
		ent, ok := e.wl.Entity(sp.id)
		if !ok || ent.Type != watchlist.TypePerson {
			return "", "", false
		}
		switch ent.Gender {
		case watchlist.GenderMale:
			return text[sp.spStart:sp.spEnd] + " बोले कि ", "", true
		case watchlist.GenderFemale:
			return text[sp.spStart:sp.spEnd] + " बोलीं कि ", "", true
		}
		return "", "", false
	})
	s.Body = b
	return s, ok
}

// kahnaBack rewrites "X का कहना है कि" to "X ने कहा कि" (the reverse of A1).
func (e *invEnv) kahnaBack(s pipeline.Story) (pipeline.Story, bool) {
	b, ok := e.rewriteSpeech(s.Body, "का कहना है कि ", func(text string, sp speech33a) (string, string, bool) {
		if sp.pron || !headOK(text[sp.sentStart:sp.spStart], false) {
			return "", "", false
		}
		return text[sp.spStart:sp.spEnd] + " ने कहा कि ", "", true
	})
	s.Body = b
	return s, ok
}

var inv33aTransforms = []invTransform{
	{"A1 का कहना है", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "का कहना है कि ", "उनका कहना है कि ", true)
	}},
	{"A1r कहना→ने कहा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.kahnaBack(s)
	}},
	{"A2a के मुताबिक,", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.accordingTo(s, " के मुताबिक, ", "उनके")
	}},
	{"A2b के अनुसार", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.accordingTo(s, " के अनुसार ", "उनके")
	}},
	{"A3a संवाददाताओं से", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने संवाददाताओं से कहा कि ", "उन्होंने संवाददाताओं से कहा कि ", false)
	}},
	{"A3b पत्रकारों से बातचीत में", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने पत्रकारों से बातचीत में कहा कि ", "उन्होंने पत्रकारों से बातचीत में कहा कि ", false)
	}},
	{"A3c बात करते हुए", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने पत्रकारों से बात करते हुए कहा कि ", "उन्होंने पत्रकारों से बात करते हुए कहा कि ", false)
	}},
	{"A4a एक्स पर लिखा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने एक्स पर लिखा कि ", "उन्होंने एक्स पर लिखा कि ", false)
	}},
	{"A4b पोस्ट में कहा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने सोशल मीडिया पोस्ट में कहा कि ", "उन्होंने सोशल मीडिया पोस्ट में कहा कि ", false)
	}},
	{"A4c बयान जारी कर", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने बयान जारी कर कहा कि ", "उन्होंने बयान जारी कर कहा कि ", false)
	}},
	{"A4d ट्वीट कर कहा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने ट्वीट कर कहा कि ", "उन्होंने ट्वीट कर कहा कि ", false)
	}},
	{"A4e एक्स पर पोस्ट कर", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने एक्स पर पोस्ट कर कहा कि ", "उन्होंने एक्स पर पोस्ट कर कहा कि ", false)
	}},
	{"A5a दावा किया", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने दावा किया कि ", "उन्होंने दावा किया कि ", false)
	}},
	{"A5c बताया कि", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने बताया कि ", "उन्होंने बताया कि ", false)
	}},
	{"A5d जोर देकर कहा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.simpleFrame(s, "ने जोर देकर कहा कि ", "उन्होंने जोर देकर कहा कि ", false)
	}},
	{"A5b बोले कि", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.boleKi(s)
	}},
	{"A6a quote first", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.quoteFirst(s)
	}},
	{"A6b कहा: quote", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.quoteColon(s, ":")
	}},
	{"A6c कहा- quote", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.quoteColon(s, "-")
	}},
	{"A7 कि→quote", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.directQuote(s)
	}},
	{"A8a आगे कहा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.continued(s, "आगे")
	}},
	{"A8b यह भी कहा", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		return e.continued(s, "यह भी")
	}},
	{"A8c जोड़ा कि", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
		b, ok := e.rewriteSpeech(s.Body, "ने कहा कि ", func(text string, sp speech33a) (string, string, bool) {
			if !sp.pron || sp.sentStart == 0 || !headOK(text[sp.sentStart:sp.spStart], false) {
				return "", "", false
			}
			return "उन्होंने जोड़ा कि ", "", true
		})
		s.Body = b
		return s, ok
	}},
}

// TestInvariance33A is the report over the speech-frame rewrites
// (KHABAR_INV=1 KHABAR_GOLD_SETS=dev; options as for TestInvariance32).
func TestInvariance33A(t *testing.T) {
	runInvariance(t, inv33aTransforms)
}

// TestInvPeek33A prints, for the dev ids in KHABAR_INV_PEEK and the
// transforms of inv33aTransforms named from KHABAR_INV_T (a prefix), the
// asserted stances a rewrite loses or adds with their evidence
// (KHABAR_INV_TEXT=1: also the rewritten body).
func TestInvPeek33A(t *testing.T) {
	peekInvariance(t, inv33aTransforms)
}

// TestInvSample33A prints, for the transform named by KHABAR_INV_T, the
// rewritten sentences of the first KHABAR_INV_SAMPLE (default 10) dev
// stories it changes, for a check by eye.
func TestInvSample33A(t *testing.T) {
	pre := os.Getenv("KHABAR_INV_T")
	if pre == "" || os.Getenv("KHABAR_INV_SAMPLE") == "" {
		t.Skip()
	}
	env := newInvEnv(shippedWatchlist(t))
	n := 0
	for _, g := range devGold(t) {
		for _, tr := range inv33aTransforms {
			if !strings.HasPrefix(tr.name, pre) {
				continue
			}
			ns, ok := tr.fn(env, g.Story)
			if !ok || ns.Body == g.Body {
				continue
			}
			// print the changed sentences only
			olds := strings.FieldsFunc(g.Body, func(r rune) bool { return r == '\n' })
			news := strings.FieldsFunc(ns.Body, func(r rune) bool { return r == '\n' })
			set := map[string]bool{}
			for _, o := range olds {
				set[o] = true
			}
			for _, p := range news {
				if !set[p] {
					t.Logf("%s %s: %s", g.ID, tr.name, p)
				}
			}
			n++
		}
		if n >= 10 {
			break
		}
	}
}
