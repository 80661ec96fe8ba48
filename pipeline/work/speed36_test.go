package work

import (
	"slices"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// wholeField36 is sp with its sentence's mention range set aside: its
// mentions36 is every mention of the field (the walk before speed36.go).
func wholeField36(sp sentSpan25) sentSpan25 {
	sp.sn.ma, sp.sn.mb = 0, 0
	return sp
}

// TestCounterMark36: markCounter36 is on exactly the ids of class
// cwCounter25 (speed36.go), shares no bit with the other marks, and
// tokInfo carries it; prepareBuf notes a field with a counter word
// (counter36); in a field counterIn36 rejects, counterBeforeKi35 is
// false for every sentence; and counterWords35 adds the same stances
// with the screen as with the field read unmarked (every sentence), on
// a counter-attack it answers and on controls.
func TestCounterMark36(t *testing.T) {
	a := shippedAnalyzer(t)
	if markCounter36 == 0 || markCounter36&(markTitle|markCurrency|markStart|markPunct|markReply25|markClaim35|markRefusal35b) != 0 {
		t.Fatalf("markCounter36 %b shares a bit", markCounter36)
	}
	for id, c := range a.classOf {
		if has, got := c&cwCounter25 != 0, a.tokMark[id]&markCounter36 != 0; has != got {
			t.Errorf("id %d: markCounter36 %v, want %v", id, got, has)
		}
		if id < len(a.tokInfo) && a.tokInfo[id].mark != a.tokMark[id] {
			t.Errorf("id %d: tokInfo mark %b, tokMark %b", id, a.tokInfo[id].mark, a.tokMark[id])
		}
	}
	rows := []struct {
		text    string
		counter bool // a counter word in the field
		adds    int  // stances counterWords35 adds
	}{
		// A counter-attack whose words are about the attacker: the
		// screen lets it through.
		{"सोमवार को न्यूयॉर्क में निवेशकों से मिलने के बाद रीड हॉफमैन ने पलटवार करते हुए कहा कि डोनाल्ड ट्रंप अपनी नाकामियों से ध्यान हटाने के लिए ऐसी बातें कर रहे हैं।", true, 1},
		// A reply word, no counter word: nothing either way.
		{"बुधवार देर शाम जारी बयान में सत्या नडेला ने जवाब देते हुए कहा कि सुंदर पिचाई को अपनी कंपनी के खोज कारोबार पर ध्यान देना चाहिए।", false, 0},
		// A counter word with no reply word: the field is passed over
		// (its reply screen) either way.
		{"मुंबई में शुक्रवार को हुई बैठक में मुकेश अंबानी ने करारा जवाब देने की बात नहीं की, बस कहा कि गौतम अडानी से उनका कोई झगड़ा नहीं है।", true, 0},
		// Neither.
		{"गौतम अडानी ने मंगलवार को अहमदाबाद में नए बंदरगाह का उद्घाटन किया और कहा कि मुकेश अंबानी भी वहां आ सकते हैं।", false, 0},
	}
	for _, r := range rows {
		f, spans := spans35(a, r.text)
		if !f.marked25 {
			t.Fatalf("%q: field not marked", r.text)
		}
		has := false
		for k := range f.wid {
			has = has || a.fieldClass27(f, k)&cwCounter25 != 0
		}
		if f.counter36 != has || has != r.counter {
			t.Errorf("%q: counter36 %v, counter word %v, want %v", r.text, f.counter36, has, r.counter)
		}
		if !counterIn36(f) {
			for _, sp := range spans {
				if a.counterBeforeKi35(sp) {
					t.Errorf("%q: counterBeforeKi35 true in a field counterIn36 rejects", r.text)
				}
			}
		}
		fields := []*field{f}
		st := newStoryState()
		a.counterWords35(fields, st)
		screened := slices.Clone(st.stanceList)
		f.marked25 = false // read every sentence (the walk before the screen)
		if counterIn36(f) != true {
			t.Errorf("%q: an unmarked field must answer maybe", r.text)
		}
		st = newStoryState()
		a.counterWords35(fields, st)
		f.marked25 = true
		if !slices.Equal(screened, st.stanceList) {
			t.Errorf("%q: counterWords35 %v, unscreened %v", r.text, screened, st.stanceList)
		}
		if len(screened) != r.adds {
			t.Errorf("%q: counterWords35 added %v, want %d", r.text, screened, r.adds)
		}
		for _, x := range screened {
			if x.Polarity != pipeline.Hostile || x.Source != "reid-hoffman" || x.Target != "donald-trump" {
				t.Errorf("%q: added %+v, want reid-hoffman → donald-trump hostile", r.text, x)
			}
		}
	}
}

// TestTieNoun36: the tie-noun table answers tieNoun18 for every indexed
// word, and tieNounTok36 answers tieNoun18 of the token's text for every
// token of own sentences, with a word id or without one; tieAttacks35b
// reads the same with it.
func TestTieNoun36(t *testing.T) {
	a := shippedAnalyzer(t)
	if len(a.tieNoun36) != len(a.flagIdx.words)+1 || a.tieNoun36[0] {
		t.Fatalf("tieNoun36: %d entries for %d words, [0] %v", len(a.tieNoun36), len(a.flagIdx.words), a.tieNoun36[0])
	}
	n := 0
	for id, w := range a.flagIdx.words {
		if a.tieNoun36[id+1] != tieNoun18(w) {
			t.Errorf("%q: tieNoun36 %v", w, a.tieNoun36[id+1])
		}
		if a.tieNoun36[id+1] {
			n++
		}
	}
	if n == 0 {
		t.Errorf("no tie noun in the word index")
	}
	texts := []string{
		"पिछले साल एलन मस्क और सैम ऑल्टमैन के बीच हुए एआई करार की सत्या नडेला ने मंगलवार को कड़ी आलोचना की।",
		"माइक्रोसॉफ्ट और ओपनएआई की साझेदारी पर सवाल उठे, और सुंदर पिचाई ने कहा कि इस सौदे से बाजार में मुकाबला घटेगा।",
		"गौतम अडानी ने कहा कि उनका समूह किसी गठजोड में शामिल नहीं होगा, न कोई नई डील करेगा।",
	}
	saw := [2]bool{}
	for _, text := range texts {
		f, _ := spans35(a, text)
		for k := range f.words {
			want := tieNoun18(f.words[k])
			if got := a.tieNounTok36(f, k); got != want {
				t.Errorf("%q token %d %q: tieNounTok36 %v, want %v", text, k, f.words[k], got, want)
			}
			if want {
				saw[0] = true
			}
		}
		// Without word ids every token is read by its text.
		wid := f.wid
		f.wid = nil
		for k := range f.words {
			if got, want := a.tieNounTok36(f, k), tieNoun18(f.words[k]); got != want {
				t.Errorf("%q token %d with no ids: %v, want %v", text, k, got, want)
			} else if want {
				saw[1] = true
			}
		}
		f.wid = wid
	}
	if !saw[0] || !saw[1] {
		t.Errorf("rows hold no tie noun: %v", saw)
	}
}

// TestMentions36: mentions36 holds every mention starting inside the
// sentence (and a span with no range of its own gets the field's); the
// readers that walk it (agentIn25, tooWho35b, ownSpeaker35b,
// namesBesides35b, tooAgent35, namesAfter35) answer as with the whole
// field's mentions; spanAt25 finds each sentence by its offsets.
func TestMentions36(t *testing.T) {
	a := shippedAnalyzer(t)
	texts := []string{
		"डोनाल्ड ट्रंप ने मंगलवार को कमला हैरिस पर हमला बोला। हैरिस ने जवाब में कहा कि ट्रंप ने भी यही पुराना खेल खेला है। इसके बाद एलन मस्क ने भी कहा कि हैरिस गलत हैं।",
		"ओपनएआई ने बुधवार को एक बयान जारी किया। कंपनी के प्रमुख सैम ऑल्टमैन ने कहा कि एलन मस्क का मुकदमा बेबुनियाद है। मस्क ने भी एक्स पर लिखा कि ऑल्टमैन झूठ बोलते हैं।",
	}
	st := newStoryState()
	checked := 0
	for _, text := range texts {
		f, spans := spans35(a, text)
		if len(spans) < 3 {
			t.Fatalf("%q: %d sentences", text, len(spans))
		}
		ents := []int{}
		for _, m := range f.mentions {
			if !slices.Contains(ents, m.entity) {
				ents = append(ents, m.entity)
			}
		}
		for i, sp := range spans {
			var want []mention
			for _, m := range f.mentions {
				if m.tok >= sp.sn.a && m.tok < sp.sn.b {
					want = append(want, m)
				}
			}
			got := sp.mentions36()
			for _, m := range want {
				if !slices.Contains(got, m) {
					t.Errorf("%q sentence %d: mentions36 lacks %+v", text, i, m)
				}
			}
			all := wholeField36(sp)
			if len(all.mentions36()) != len(f.mentions) {
				t.Errorf("%q: a span with no range gets %d mentions of %d", text, len(all.mentions36()), len(f.mentions))
			}
			if j := spanAt25(spans, f.name, sp.os); j != i {
				t.Errorf("%q: spanAt25 at %d: %d, want %d", text, sp.os, j, i)
			}
			if j := spanAt25(spans, "title", sp.os); j != -1 {
				t.Errorf("%q: spanAt25 of another field: %d", text, j)
			}
			if a.tooWho35b(sp) != a.tooWho35b(all) {
				t.Errorf("%q sentence %d: tooWho35b %d, whole field %d", text, i, a.tooWho35b(sp), a.tooWho35b(all))
			}
			for _, e := range ents {
				if a.agentIn25(sp, e) != a.agentIn25(all, e) {
					t.Errorf("%q sentence %d entity %d: agentIn25 differs", text, i, e)
				}
				if a.tooAgent35(sp, e) != a.tooAgent35(all, e) || a.namesAfter35(sp, e) != a.namesAfter35(all, e) {
					t.Errorf("%q sentence %d entity %d: tooAgent35/namesAfter35 differ", text, i, e)
				}
				p, at := a.ownSpeaker35b(st, sp, e)
				q, bt := a.ownSpeaker35b(st, all, e)
				if p != q || at != bt {
					t.Errorf("%q sentence %d entity %d: ownSpeaker35b %d,%d; whole field %d,%d", text, i, e, p, at, q, bt)
				}
				for _, y := range ents {
					if a.namesBesides35b(st, sp, e, y) != a.namesBesides35b(st, all, e, y) {
						t.Errorf("%q sentence %d: namesBesides35b(%d, %d) differs", text, i, e, y)
					}
				}
				if a.agentIn25(sp, e) {
					checked++
				}
			}
		}
	}
	if checked < 3 {
		t.Errorf("only %d agents found: the rows do not test agentIn25", checked)
	}
}
