package work

import (
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// fuzzSeeds are sentences of our own in the constructions each layer reads.
var fuzzSeeds = []string{
	"मस्क ने कहा कि ऑल्टमैन झूठे हैं, लेकिन ओपनएआई ने 'हम चुप नहीं रहेंगे' कहा।",
	"'वह एक कमजोर नेता हैं, जो डरते हैं,' ट्रंप ने हैरिस के बारे में कहा।",
	"राहुल गांधी का दावा: मोदी सरकार की योजना, जो अडानी के लिए बनी, जनविरोधी है",
	"नरेंद्र मोदी और राहुल गांधी ने एक-दूसरे को झूठा करार दिया",
	"क्या जुकरबर्ग मस्क के खिलाफ अदालत जाएंगे? अगर हां तो कब",
	"टेस्ला प्रमुख मस्क पर नडेला ने तंज कसा; उन्होंने उन पर हमला बोला, दोनों के बीच तकरार",
	"एक्स पर ट्रंप बोले- ", "\"\"''::--,,", "जो जो जो कि कि कि लेकिन,", "उसने उन्हें उनकी उनके",
	// The structure pass: coordination, semicolons, quote chains, relatives.
	"हैरिस और लिंक्डइन के सह-संस्थापक हॉफमैन ने ट्रंप की आलोचना की; दोनों ने कहा- 'वह झूठे हैं'",
	"“मुझे उन पर तरस आता है,” ऑल्टमैन ने मस्क के बारे में कहा। “वह दुखी हैं।”",
	"अडानी, जिन पर राहुल ने हमला बोला, ने भाषण में, जिसमें बंदरगाह, हवाई अड्डे और बिजली थे, मोदी की तारीफ नहीं की",
	"ट्रंप की धमकी पर मस्क का जवाब- 'सब बंद'; अडानी मुद्दे पर राहुल का मोदी पर वार, जहां, जब, जिनमें, जिसे,",
}

// FuzzClauses: any text splits into clauses that cover every token once,
// in order within each clause, with parents that come before them.
func FuzzClauses(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	a, err := New(shippedWatchlist(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fd := a.prepare("body", text)
		a.matcher.ground([]*field{fd})
		for _, sn := range sentences(fd) {
			s := &sentCtx{f: fd, sn: sn}
			n := sn.b - sn.a
			s.fl = grow(s.fl, n)
			s.cid = grow(s.cid, n)
			s.ment = grow(s.ment, n)
			for k := sn.a; k < sn.b; k++ {
				s.fl[k-sn.a] = a.lex.flags[fd.words[k]]
			}
			for _, m := range fd.mentions[sn.ma:sn.mb] {
				s.ment[m.tok-sn.a] = true
			}
			s.cls = a.clauses(fd, &s.sn, s.fl, s.cid, nil, a.sentScreen(nil))
			seen := make([]int, n)
			for ci, cl := range s.cls {
				if cl.parent >= len(s.cls) {
					t.Fatalf("clause %d has parent %d of %d", ci, cl.parent, len(s.cls))
				}
				prev := -1
				for _, k := range cl.toks {
					if k < sn.a || k >= sn.b || k <= prev {
						t.Fatalf("clause %d token %d out of order or range [%d,%d)", ci, k, sn.a, sn.b)
					}
					prev = k
					seen[k-sn.a]++
					if int(s.cid[k-sn.a]) != ci {
						t.Fatalf("token %d in clause %d, cid says %d", k, ci, s.cid[k-sn.a])
					}
				}
			}
			for i, c := range seen {
				if c != 1 {
					t.Fatalf("token %d is in %d clauses", sn.a+i, c)
				}
			}
			// Chunks and moods must not panic and must point inside.
			a.chunks(s)
			s.indexClauses()
			a.moods(s)
			for _, c := range s.chunks {
				if c.tok < sn.a || c.end > sn.b || c.tok >= c.end || c.clause < 0 || c.clause >= len(s.cls) {
					t.Fatalf("chunk %+v outside sentence [%d,%d)", c, sn.a, sn.b)
				}
			}
		}
	})
}

// FuzzStances: every stance is between two watchlist entities, carries
// a kind, a score in (0,1] and an evidence span into its own field; a feud
// needs an asserted hostile stance.
func FuzzStances(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, s)
	}
	a, err := New(shippedWatchlist(f))
	if err != nil {
		f.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range a.ents {
		ids[e.ID] = true
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		got := a.Analyze(pipeline.Story{ID: "f", Title: title, Body: body})
		feud := false
		for _, s := range got.Stances {
			src := body
			if s.Field == "title" {
				src = title
			}
			if !ids[s.Source] || !ids[s.Target] || s.Source == s.Target || s.Kind == "" || s.Score <= 0 || s.Score > 1 {
				t.Fatalf("bad stance %+v", s)
			}
			if s.Start < 0 || s.End > len(src) || s.Start > s.End {
				t.Fatalf("stance %+v span outside its field", s)
			}
			if s.Asserted() && s.Polarity == pipeline.Hostile {
				feud = true
			}
		}
		if feud != got.Feud {
			t.Fatalf("feud %v but asserted hostile stance %v", got.Feud, feud)
		}
	})
}
