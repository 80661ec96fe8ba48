package work

import (
	"reflect"
	"testing"
)

// TestScreens25: a word id of class cwPlanTalk25, cwRelationNoun25 or
// cwHelpNoun25 has its rule bit, and one of class cwReply25 the token
// mark markReply25 (screens25), so a sentence with such a word keeps the
// reader guarded by it, and one without gives the bit to no token.
func TestScreens25(t *testing.T) {
	a := shippedAnalyzer(t)
	if len(a.classOf) != len(a.ruleOf) || len(a.classOf) != len(a.tokInfo) {
		t.Fatalf("classOf %d ids, ruleOf %d, tokInfo %d", len(a.classOf), len(a.ruleOf), len(a.tokInfo))
	}
	n, marks := 0, 0
	for id, c := range a.classOf {
		for _, p := range [...]struct{ class, bit uint64 }{{cwPlanTalk25, rwPlanTalk25}, {cwRelationNoun25, rwRelation25}, {cwHelpNoun25, rwHelp25}} {
			if has, bit := c&p.class != 0, a.ruleOf[id]&p.bit != 0; has != bit {
				t.Errorf("id %d: class %x, rule bit %x: %v, want %v", id, p.class, p.bit, bit, has)
			} else if has {
				n++
			}
		}
		if has, mark := c&cwReply25 != 0, a.tokInfo[id].mark&markReply25 != 0; has != mark {
			t.Errorf("id %d: reply class %v, mark %v", id, has, mark)
		} else if has {
			marks++
		}
	}
	if n < 8 || marks < 3 {
		t.Fatalf("only %d class words, %d reply words: the classes are no longer read", n, marks)
	}
	if rwPolarity25&(rwGreet15|rwOwnedAct15|rwTie12|rwAmong11|rwThanks11|rwDeal11|rwTieQ11|rwContact12|rwUnjust16|rwMoneyFund12|rwRelJo17|rwBehest17|rwSoon24|rwContact24|rwJoint24|rwJoy24|rwJointBody24|rwHonor24|rwColon24|rwTagMark24|rwInvest24|rwPaas24|rwLess24|rwJibe24) != 0 || rwPolarity25 == 0 {
		t.Fatalf("rwPolarity25 %x shares a bit with rules16's", rwPolarity25)
	}
	if markReply25&(markTitle|markCurrency|markStart|markPunct) != 0 || markReply25 == 0 {
		t.Fatalf("markReply25 %x shares a bit", markReply25)
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"पिछले साल तक दोनों दलों के रिश्ते काफी अच्छे माने जाते थे", rwRelation25, true},
		{"उद्योगपति ने कहा कि उन्होंने संकट के समय पार्टी की हर तरह से मदद की थी", rwHelp25, true},
		{"कारोबारी कुछ दिन पहले तक संगठन को पैसा देने की बात कर रहे थे", rwPlanTalk25, true},
		{"मंत्री ने सोमवार को नई सड़क का उद्घाटन किया", rwPolarity25, false},
	})
}

// TestReplySpans25: replySpans25 lists exactly the sentences of
// appendSentSpans25 that hasReplyWord25 accepts ("जवाब मिलने पर" is none; two
// reply words list their sentence once), for a field prepareBuf marked
// and for one read word by word.
func TestReplySpans25(t *testing.T) {
	a := shippedAnalyzer(t)
	title := a.prepare("title", "विपक्ष का सरकार पर पलटवार, कहा- जनता सब देख रही है")
	body := a.prepare("body", "मंत्री ने संसद में विपक्ष की नीतियों को देश के लिए घातक बताया। "+
		"इसके जवाब में विपक्ष के नेता ने पलटकर मंत्री को झूठा करार दिया।\n"+
		"पत्र का जवाब मिलने पर संगठन ने बैठक बुलाई। "+
		"बाद में दोनों पक्षों ने बातचीत जारी रखने का फैसला किया। "+
		"प्रवक्ता ने कहा कि पार्टी हर सवाल का जवाब देगी")
	fields := []*field{title, body}
	for _, f := range fields {
		f.buf.sents = sentencesBuf(f, f.buf.sents)
	}
	want := func() []replySpan25 {
		var out []replySpan25
		for _, sp := range appendSentSpans25(nil, fields) {
			if a.hasReplyWord25(sp) {
				out = append(out, replySpan25{name: sp.f.name, os: sp.os, oe: sp.oe})
			}
		}
		return out
	}()
	if len(want) != 3 {
		t.Fatalf("the case has %d sentences with a reply word, want 3: %+v", len(want), want)
	}
	if got := a.replySpans25(fields, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("marked: replySpans25 %+v, want %+v", got, want)
	}
	if !mayReply25(fields) || mayReply25([]*field{a.prepare("body", "मंत्री ने सोमवार को नई सड़क का उद्घाटन किया")}) {
		t.Errorf("mayReply25 does not follow the reply words")
	}
	for _, f := range fields {
		f.marked25, f.replyToks25 = false, nil
	}
	if got := a.replySpans25(fields, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("unmarked: replySpans25 %+v, want %+v", got, want)
	}
}
