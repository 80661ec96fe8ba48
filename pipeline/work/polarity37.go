package work

import "github.com/khabar/khabar/pipeline"

// Session 37 (POLARITY): a relationship told by a third.
//
// SCHEMA rule 6 (session 26) reads a narrator's relationship noun (खटास,
// तनातनी, खींचतान, टकराव …) as hostile both ways (kind rivalry). Said by
// someone else — analysts or sources ("जानकारों का कहना है कि दोनों के
// रिश्तों में पहले जैसी गर्मजोशी नहीं रही", "अखबार ने सूत्रों के हवाले
// से लिखा कि दोनों कंपनियों में तनातनी है", "X की रिपोर्ट: …") — it is that teller's
// reading of two others, like speculation (SCHEMA: "अटकलें हैं कि …"),
// and not asserted by the story. The same for a break both ways told so
// ("… के रिश्तों में पहले जैसी गर्मजोशी नहीं रही", "… की राहें जुदा हो
// चुकी हैं"; kind rupture) when the words name no doer of the break (a
// tracked ने-agent or subject: "सूत्रों ने बताया कि X ने Y से मिलने से
// इनकार कर दिया" is a deed told, and stays). Not when the story has
// already told a hostile stance between the two (the noun then points
// back at that quarrel: "… तकरार हुई थी। विश्लेषकों का कहना है कि यह
// खटास …"), nor when a tracked teller is one of the two or tied to one.
// A tracked person's own telling with no report word stays (TestSession27Soured:
// "डोनाल्ड ट्रंप ने कहा कि एलन मस्क की सैम ऑल्टमैन से पुरानी दुश्मनी है").

// relationTold37 reports a rivalry (or a break with no doer) src → tgt
// read in a content clause told by a third.
func (a *Analyzer) relationTold37(s *sentCtx, st *storyState, src, tgt int, kind, mood string) bool {
	ci := s.cur36
	if kind != "rivalry" && kind != "rupture" || mood != "" || ci < 0 || ci >= len(s.cls) || s.cls[ci].kind != ckContent || len(s.cls[ci].toks) == 0 {
		return false
	}
	if kind == "rupture" {
		for _, c := range s.chunks {
			if c.clause == ci && c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare) {
				return false // a break with a doer is a deed told ("सूत्रों ने बताया कि X ने Y से …")
			}
		}
	}
	x, y := a.ents[src].ID, a.ents[tgt].ID
	for _, p := range st.stanceList {
		if p.Polarity == pipeline.Hostile && p.Asserted() && (p.Source == x && p.Target == y || p.Source == y && p.Target == x) {
			return false // "यह खटास": a quarrel the story told before
		}
	}
	sp := a.speakers(s, ci, st, nil)
	for _, x := range sp {
		if x == src || x == tgt || a.tiedTo(st, x, src) || a.tiedTo(st, src, x) || a.tiedTo(st, x, tgt) || a.tiedTo(st, tgt, x) {
			return false
		}
	}
	for k := s.sn.a; k < s.cls[ci].toks[0]; k++ {
		if s.class2(k)&cwReportSpeaker37 != 0 {
			return true
		}
	}
	return false
}
