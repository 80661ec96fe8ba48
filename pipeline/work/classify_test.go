package work

import (
	"context"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestLanguageGatesStance: a story is read for stances only in a stance
// language (Hindi by default); a Marathi story with the same people still
// gets its mentions, its language and a topic, and no Hindi-rule stances.
func TestLanguageGatesStance(t *testing.T) {
	a := shippedAnalyzer(t)
	hi := a.Analyze(pipeline.Story{ID: "hi", Category: "tech",
		Title: "राहुल गांधी ने नरेंद्र मोदी की कड़ी आलोचना की",
		Body:  "कांग्रेस नेता राहुल गांधी ने मंगलवार को संसद के बाहर प्रधानमंत्री नरेंद्र मोदी पर बेरोजगारी को लेकर निशाना साधा और कहा कि सरकार युवाओं से किए वादे भूल गई है।"})
	if hi.Language != "hi" || len(hi.Stances) == 0 || !hi.Feud {
		t.Fatalf("Hindi story: language %q, stances %v, feud %v", hi.Language, hi.Stances, hi.Feud)
	}
	if hi.Topic != "politics" || hi.FeedCategory != "tech" || hi.Topics["politics"] <= 0 {
		t.Fatalf("Hindi story: topic %q (%v), feed category %q; want politics from the text, tech kept as the feed's", hi.Topic, hi.Topics, hi.FeedCategory)
	}
	mr := a.Analyze(pipeline.Story{ID: "mr",
		Title: "राहुल गांधी यांनी नरेंद्र मोदी यांच्यावर जोरदार टीका केली",
		Body:  "काँग्रेसचे नेते राहुल गांधी यांनी मंगळवारी संसदेबाहेर पंतप्रधान नरेंद्र मोदी यांच्यावर बेरोजगारीच्या मुद्द्यावरून टीका केली आणि सरकारने तरुणांना दिलेली आश्वासने विसरली असल्याचे सांगितले."})
	if mr.Language != "mr" {
		t.Fatalf("Marathi story read as %q", mr.Language)
	}
	if len(mr.Stances) != 0 || mr.Feud {
		t.Fatalf("Marathi story read with Hindi rules: stances %v", mr.Stances)
	}
	if !contains(mr.Entities, "rahul-gandhi") || !contains(mr.Entities, "narendra-modi") {
		t.Fatalf("Marathi story lost its mentions: %v", mr.Entities)
	}
	// The topic model is trained on Hindi only: no guess for Marathi.
	if mr.Topic != "" || mr.Topics != nil {
		t.Fatalf("Marathi story given a topic %q %v by the Hindi topic model", mr.Topic, mr.Topics)
	}

	// With Marathi among the stance languages the gate opens (whatever
	// the Hindi rules then make of it).
	wl := shippedWatchlist(t)
	both, err := New(wl, WithStanceLanguages("hi", "mr"))
	if err != nil {
		t.Fatal(err)
	}
	if !both.stanceLangs["mr"] || a.stanceLangs["mr"] {
		t.Fatal("WithStanceLanguages did not set the languages")
	}
}

// TestSingleTopicFeedDecides: a story from a feed configured with a topic
// takes it without classification.
func TestSingleTopicFeedDecides(t *testing.T) {
	a := shippedAnalyzer(t)
	an := a.Analyze(pipeline.Story{ID: "s", Topic: "sports", Title: "राहुल गांधी ने नरेंद्र मोदी की आलोचना की"})
	if an.Topic != "sports" || an.Topics["sports"] != 1 {
		t.Fatalf("topic %q %v, want the feed's sports", an.Topic, an.Topics)
	}
}

// TestStageWritesTheStorysOwnCategory: the record the work stage publishes
// carries the story's own topic and language as its category and
// language (what search, facets and alert rules filter on), and the feed's
// category as feed_category.
func TestStageWritesTheStorysOwnCategory(t *testing.T) {
	h := Handler(shippedAnalyzer(t), nil)
	st := pipeline.Story{ID: "c1", Category: "politics", Language: "hi",
		Title: "भारत ने रोमांचक मुकाबले में ऑस्ट्रेलिया को छह विकेट से हराया",
		Body:  "कप्तान के शानदार शतक और गेंदबाजों के दम पर टीम इंडिया ने सीरीज का पहला वनडे मैच जीत लिया। आखिरी ओवर में दो रन चाहिए थे और बल्लेबाज ने चौका लगाकर मैच खत्म किया।"}
	msg, err := pipeline.Encode(st.ID, st)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := h(context.Background(), msg)
	if err != nil {
		t.Fatal(err)
	}
	var rec pipeline.Record
	if err := pipeline.Decode(outs[0].Msg, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Story.Category != "sports" || rec.Analysis.FeedCategory != "politics" || rec.Story.Language != "hi" {
		t.Fatalf("record category %q, feed category %q, language %q; want sports, politics, hi",
			rec.Story.Category, rec.Analysis.FeedCategory, rec.Story.Language)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
