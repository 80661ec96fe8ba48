package classify

import (
	"bytes"
	"testing"
)

// tinyDocs is a toy corpus for the mechanics; the shipped models are
// trained on testdata/train and judged on held-out text in quality_test.go.
var tinyDocs = []Doc{
	{ID: "1", Language: LangHindi, Topic: TopicSports, Title: "भारत ने रोमांचक मैच में जीत दर्ज की", Body: "कप्तान ने शतक लगाया और गेंदबाजों ने आखिरी ओवर में विकेट लिए। टीम अब फाइनल में खेलेगी।"},
	{ID: "2", Language: LangHindi, Topic: TopicPolitics, Title: "संसद में विपक्ष का हंगामा", Body: "विपक्ष ने सरकार पर निशाना साधा और मंत्री के इस्तीफे की मांग की। चुनाव से पहले दलों में खींचतान तेज है।"},
	{ID: "3", Language: LangMarathi, Title: "मुंबईत पावसाचा जोर वाढला आहे", Body: "शहरातील अनेक भागांत पाणी साचले आहे आणि लोकल सेवा उशिराने धावत आहे."},
	{ID: "4", Language: LangNepali, Title: "काठमाडौंमा भारी वर्षा भएको छ", Body: "उपत्यकाका धेरै सडकमा पानी जमेको छ र यातायात अवरुद्ध भएको छ।"},
	{ID: "5", Language: LangEnglish, Title: "Markets rally as inflation cools", Body: "Stocks rose on Tuesday after data showed prices climbing more slowly than expected."},
	{ID: "6", Language: LangHindiLatin, Title: "Sarkar ne naya bill pesh kiya", Body: "Vipaksh ne kaha ki yeh bill janta ke khilaf hai aur isse mehngai badhegi."},
}

func trainTiny(t *testing.T) (*Classifier, Models) {
	t.Helper()
	m, err := Train(append(append([]Doc(nil), tinyDocs...), tinyDocs...))
	if err != nil {
		t.Fatal(err)
	}
	c, err := FromModels(m)
	if err != nil {
		t.Fatal(err)
	}
	return c, m
}

func TestTrainIsDeterministic(t *testing.T) {
	_, a := trainTiny(t)
	_, b := trainTiny(t)
	if !bytes.Equal(a.Topic, b.Topic) || !bytes.Equal(a.LanguageDeva, b.LanguageDeva) || !bytes.Equal(a.LanguageLatin, b.LanguageLatin) {
		t.Fatal("two trainings on the same docs wrote different models")
	}
}

func TestTinyModelsReadTheirTrainingText(t *testing.T) {
	c, _ := trainTiny(t)
	for _, d := range tinyDocs {
		if lang, score := c.Language(d.Title, d.Body); lang != d.Language || score <= 0 || score > 1 {
			t.Errorf("%s: language %s (%.2f), want %s", d.ID, lang, score, d.Language)
		}
		if d.Topic == "" {
			continue
		}
		tp := c.Topic(TopicInput{Title: d.Title, Body: d.Body})
		if tp.Topic != d.Topic {
			t.Errorf("%s: topic %s %v, want %s", d.ID, tp.Topic, tp.Scores, d.Topic)
		}
		var sum float64
		for _, p := range tp.Scores {
			sum += p
		}
		if sum < 0.99 || sum > 1.01 || len(tp.Scores) != len(topicClasses) {
			t.Errorf("%s: scores %v do not cover every topic and sum to 1", d.ID, tp.Scores)
		}
	}
	if lang, _ := c.Language("", "தமிழ்நாட்டில் கனமழை பெய்து வருகிறது"); lang != LangOther {
		t.Errorf("Tamil text: %s, want other", lang)
	}
	if lang, score := c.Language("", "— 2025 —"); lang != LangOther || score != 0 {
		t.Errorf("no letters: %s %.2f, want other 0", lang, score)
	}
}

func TestTrainRejectsUnknownLabels(t *testing.T) {
	if _, err := Train([]Doc{{ID: "x", Language: "fr"}}); err == nil {
		t.Error("language fr accepted")
	}
	if _, err := Train([]Doc{{ID: "y", Language: LangHindi, Topic: "weather"}}); err == nil {
		t.Error("topic weather accepted")
	}
	if _, err := Train([]Doc{{ID: "z"}}); err == nil {
		t.Error("a doc without a language accepted")
	}
}
