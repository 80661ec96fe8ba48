package work

import (
	"fmt"
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestLexiconNoDuplicates21: an entry written twice in one lexicon file
// (its words the same once normalised) is dead weight at best — the
// first one indexed wins every match (Lexicon.try keeps the earlier
// entry at equal length) — and hides an edit made to the second. Each
// word class of words.yaml lists a word once.
func TestLexiconNoDuplicates21(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	check := func(file, words string, line int) {
		k := file + "\x00" + hindi.NormalizeString(words)
		where := fmt.Sprintf("%s:%d", file, line)
		if first, ok := seen[k]; ok {
			t.Errorf("%s: %q is already an entry at %s", where, words, first)
			return
		}
		seen[k] = where
	}
	for _, f := range lx.Frames {
		check(f.file, f.Words, f.line)
	}
	for _, e := range lx.Evaluative {
		check(e.file, e.W, e.line)
	}
	for _, f := range lx.Flippers {
		check(f.file, f.Words, f.line)
	}
	for name, c := range lx.Classes {
		for _, w := range c.Words {
			check(c.file+" "+name, w, c.line)
		}
	}
}

// TestWordClassBits21: the words.yaml classes of wordClassBits (and of
// wordClassBits2, session 27) reach a token through sentCtx.class (class2),
// by word id, and set no function-word
// flag (an unflagged word still reads as a content word or name).
func TestWordClassBits21(t *testing.T) {
	a, err := New(shippedWatchlist(t))
	if err != nil {
		t.Fatal(err)
	}
	hasBit := func(name string, bitAt func(id int) bool) {
		c := a.lex.Classes[name]
		if c == nil || len(c.Words) == 0 {
			t.Fatalf("words.yaml: class %s missing or empty", name)
		}
		for _, w := range c.Words {
			n := hindi.NormalizeString(w)
			if id := a.flagIdx.lookup(n); id < 0 || !bitAt(int(id)+1) {
				t.Errorf("%s: %q has no bit by its id", name, w)
			}
		}
	}
	for name, bit := range wordClassBits {
		hasBit(name, func(id int) bool { return a.classOf[id]&bit != 0 })
	}
	for name, bit := range wordClassBits2 {
		hasBit(name, func(id int) bool { return a.classOf2[id]&bit != 0 })
	}
	fd2 := a.prepare("body", "उन्होंने यह दावा गलत बताया।")
	s2 := &sentCtx{f: fd2, sn: sentences(fd2)[0]}
	a.fillWordIDs(s2)
	weak := false
	for k := s2.sn.a; k < s2.sn.b; k++ {
		if s2.w(k) == "गलत" {
			weak = s2.class2(k)&cwClaimWeak27 != 0 && s2.class(k) == a.classOf[a.flagIdx.lookup("गलत")+1]
		}
	}
	if !weak {
		t.Errorf("class2: गलत lacks its claim_weak bit through sentCtx.class2")
	}
	fd := a.prepare("body", "उनकी पार्टी फिलहाल नई योजना पर काम कर रही है।")
	sn := sentences(fd)[0]
	s := &sentCtx{f: fd, sn: sn}
	a.fillWordIDs(s)
	want := map[string]uint64{"पार्टी": cwGroupNoun, "फिलहाल": cwSentAdverb, "योजना": cwArtefact26, "काम": 0}
	for k := sn.a; k < sn.b; k++ {
		b, ok := want[s.w(k)]
		if !ok {
			continue
		}
		if got := s.class(k); got != b {
			t.Errorf("%s: class bits %b, want %b", s.w(k), got, b)
		}
	}
	for k := sn.a; k < sn.b; k++ {
		if s.w(k) == "फिलहाल" && fd.fl[k] != 0 {
			t.Errorf("फिलहाल carries function-word flags %b", fd.fl[k])
		}
	}
	if s.class(sn.b) != 0 || s.class(sn.a-1) != 0 {
		t.Error("a token outside the sentence has class bits")
	}
}

// TestInMentionTable21: inMention's per-sentence table answers as the
// mentions do, for every token of each sentence and one past either
// end, and follows the sentence when the context is bound to another.
func TestInMentionTable21(t *testing.T) {
	a, err := New(shippedWatchlist(t))
	if err != nil {
		t.Fatal(err)
	}
	fd := a.prepare("body", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क अच्छे हैं। सैम ऑल्टमैन और सत्या नडेला मिले, फिर मार्क जुकरबर्ग बोले।")
	a.matcher.ground([]*field{fd})
	want := func(k int) bool {
		for _, m := range fd.mentions {
			if m.tok <= k && k < m.tokEnd {
				return true
			}
		}
		return false
	}
	s := &sentCtx{f: fd}
	n := 0
	for _, sn := range sentences(fd) {
		s.sn = sn
		for k := sn.a; k < sn.b; k++ {
			if got := s.inMention(k); got != want(k) {
				t.Errorf("token %d %q: inMention %v, want %v", k, fd.words[k], got, want(k))
			}
			if want(k) {
				n++
			}
		}
		for _, k := range []int{sn.a - 1, sn.b} {
			if s.inMention(k) {
				t.Errorf("token %d outside the sentence [%d, %d) reads as in a mention", k, sn.a, sn.b)
			}
		}
	}
	if n < 8 {
		t.Fatalf("only %d tokens in mentions: the text lost its names", n)
	}
}

// TestFlaggedIn21: flaggedIn finds the first token of [k, end) with a
// flag of the mask, as a token-by-token walk over s.flag does, for
// ranges that start or end outside the sentence.
func TestFlaggedIn21(t *testing.T) {
	a, err := New(shippedWatchlist(t))
	if err != nil {
		t.Fatal(err)
	}
	fd := a.prepare("body", "यह पहला वाक्य है। उन्होंने कहा कि कंपनी ने उनकी पार्टी की आलोचना की और वे चुप रहे।")
	a.matcher.ground([]*field{fd})
	sn := sentences(fd)[1]
	s := &sentCtx{f: fd, sn: sn}
	a.fillWordIDs(s)
	s.fl = fd.fl[sn.a:sn.b]
	walk := func(k, end int, mask uint64) int {
		if k >= end {
			return k
		}
		for ; k < end; k++ {
			if s.flag(k)&mask != 0 {
				return k
			}
		}
		return end
	}
	found := 0
	for _, mask := range []uint64{fwAgentPron, fwOrgNoun, fwGenPron | fwKi, fwAnd, fwRel} {
		for k := sn.a - 3; k <= sn.b+2; k++ {
			for end := sn.a - 3; end <= sn.b+3; end++ {
				got, want := s.flaggedIn(k, end, mask), walk(k, end, mask)
				if got != want {
					t.Fatalf("flaggedIn(%d, %d, %b) = %d, want %d", k, end, mask, got, want)
				}
				if want < end && want >= k {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no flagged token found: the sentence lost its function words")
	}
}
