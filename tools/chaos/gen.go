package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/khabar/khabar/pipeline"
)

// person is a tracked person of the watchlist: its id and Devanagari name.
type person struct{ id, name string }

// loadPersons reads the persons of a watchlist file (deploy/watchlist.yaml):
// the stories name them by their Devanagari display name.
func loadPersons(path string) ([]person, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	var wl struct {
		Entities []struct {
			ID    string   `yaml:"id"`
			Type  string   `yaml:"type"`
			Names []string `yaml:"names"`
		} `yaml:"entities"`
	}
	if err := yaml.Unmarshal(raw, &wl); err != nil {
		return nil, fmt.Errorf("watchlist %s: %w", path, err)
	}
	var out []person
	for _, e := range wl.Entities {
		if e.Type != pipeline.TypePerson {
			continue
		}
		for _, n := range e.Names {
			if isDevanagari(n) {
				out = append(out, person{id: e.ID, name: n})
				break
			}
		}
	}
	if len(out) < 6 {
		return nil, fmt.Errorf("watchlist %s: %d persons with a Devanagari name, want at least 6", path, len(out))
	}
	return out, nil
}

func isDevanagari(s string) bool {
	for _, r := range s {
		if r >= 0x0900 && r <= 0x097F {
			return true
		}
	}
	return false
}

// Sentences written for this harness (not taken from any outlet): stance
// frames with {A} and {B}, and neutral filler that names nobody tracked.
var (
	hostileFrames = []string{
		"{A} ने {B} की कड़ी आलोचना की।",
		"{A} ने {B} पर तीखा हमला बोला।",
		"{A} ने {B} के फैसले को देश के लिए नुकसानदेह बताया।",
		"{A} ने कहा कि {B} जनता को गुमराह कर रहे हैं।",
	}
	friendlyFrames = []string{
		"{A} ने {B} की तारीफ की।",
		"{A} ने {B} के काम की सराहना की।",
		"{A} ने {B} को बधाई दी।",
	}
	neutralFrames = []string{
		"{A} ने आज एक कार्यक्रम में हिस्सा लिया।",
		"{A} अगले हफ्ते विदेश दौरे पर जाएंगे।",
	}
	filler = []string{
		"बाजार के जानकारों का कहना है कि इस बयान के बाद निवेशकों में बेचैनी बढ़ी है और कई कंपनियों के शेयरों में उतार-चढ़ाव देखा गया।",
		"विश्लेषकों के मुताबिक आने वाले हफ्तों में इस मुद्दे पर संसद में भी बहस हो सकती है, क्योंकि कई सांसद पहले ही सवाल उठा चुके हैं।",
		"पिछले साल भी इसी तरह के विवाद के बाद सरकार को अपने फैसले पर दोबारा विचार करना पड़ा था और कई नियम बदले गए थे।",
		"सोशल मीडिया पर इस खबर को लेकर लोगों की प्रतिक्रियाएं बंटी हुई हैं और कई लोग इसे राजनीति से प्रेरित बता रहे हैं।",
		"जानकारों का यह भी कहना है कि तकनीकी कंपनियों और सरकार के रिश्ते अब पहले जैसे सहज नहीं रहे हैं।",
		"कुछ अर्थशास्त्रियों ने चेतावनी दी है कि लंबे समय तक चलने वाला विवाद कारोबार के माहौल पर असर डाल सकता है।",
		"शहर के कई इलाकों में सुबह से हल्की बारिश हो रही है और मौसम विभाग ने अगले दो दिन के लिए चेतावनी जारी की है।",
		"राज्य सरकार ने नई परिवहन नीति का मसौदा जारी किया है, जिस पर लोग तीस दिन तक सुझाव दे सकेंगे।",
		"विशेषज्ञ मानते हैं कि छोटे कारोबारियों को इस बदलाव के लिए कुछ और समय दिया जाना चाहिए।",
		"इस बीच विपक्ष के कई नेताओं ने सरकार से पूरी जानकारी सार्वजनिक करने की मांग की है।",
		"अधिकारियों ने बताया कि जांच रिपोर्ट अगले महीने तक तैयार हो जाएगी और उसके बाद आगे का फैसला होगा।",
		"कंपनी के प्रवक्ता ने इस बारे में कोई टिप्पणी करने से इनकार कर दिया।",
	}
	stargateLine = "ओपनएआई ने स्टारगेट परियोजना में {N} अरब डॉलर लगाने की बात दोहराई।"
)

// story is one generated story and when the feed server first serves it.
type story struct {
	feed   int
	seq    int // position in its feed
	id     string
	link   string
	title  string
	body   string
	appear time.Duration // after the feed clock starts
	// event is the story's date relative to the feed clock's start: story
	// i of n is dated n-i seconds before it, so every story has its own
	// second and event-time order does not depend on arrival order.
	event time.Duration
}

// pairPlan gives a pair of persons a stance over the run: hostile
// throughout, friendly throughout, or friendly turning hostile halfway
// (a stance shift), so the tracker produces new-feud and shift events.
type pairPlan struct {
	a, b person
	mode int // 0 hostile, 1 friendly, 2 friendly then hostile, 3 hostile then friendly
}

// generate makes n stories over nFeeds feeds, arriving uniformly over
// arrive. Deterministic for a seed.
func generate(seed uint64, n, nFeeds int, arrive time.Duration, persons []person, linkBase string) []story {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var plans []pairPlan
	for i := 0; i+1 < len(persons) && len(plans) < 12; i += 2 {
		plans = append(plans, pairPlan{a: persons[i], b: persons[i+1], mode: len(plans) % 4})
	}
	// A few cross pairs too, so entities have several relationships.
	for i := 0; i+3 < len(persons) && len(plans) < 18; i += 3 {
		plans = append(plans, pairPlan{a: persons[i], b: persons[i+3], mode: len(plans) % 4})
	}
	seqs := make([]int, nFeeds)
	out := make([]story, n)
	for i := range n {
		f := i % nFeeds
		seq := seqs[f]
		seqs[f]++
		link := fmt.Sprintf("%s/%d/%d", linkBase, f, seq)
		frac := float64(i) / float64(n)
		var lead, title string
		switch k := rng.IntN(10); {
		case k < 6: // a stance story on one of the planned pairs
			p := plans[rng.IntN(len(plans))]
			hostile := p.mode == 0 || (p.mode == 2 && frac >= 0.5) || (p.mode == 3 && frac < 0.5)
			if rng.IntN(8) == 0 {
				hostile = !hostile // some noise
			}
			a, b := p.a, p.b
			if rng.IntN(2) == 0 {
				a, b = b, a
			}
			frames := friendlyFrames
			if hostile {
				frames = hostileFrames
			}
			lead = fill(frames[rng.IntN(len(frames))], a.name, b.name)
			title = fmt.Sprintf("%s और %s: ताजा बयान (%d)", a.name, b.name, i)
		case k < 7: // money on the deal
			lead = strings.ReplaceAll(stargateLine, "{N}", fmt.Sprint(100+rng.IntN(400)))
			title = fmt.Sprintf("स्टारगेट पर नई जानकारी (%d)", i)
		default:
			p := persons[rng.IntN(len(persons))]
			lead = fill(neutralFrames[rng.IntN(len(neutralFrames))], p.name, "")
			title = fmt.Sprintf("%s का कार्यक्रम (%d)", p.name, i)
		}
		var body strings.Builder
		body.WriteString(lead)
		for _, j := range rng.Perm(len(filler)) {
			if body.Len() >= 2000 {
				break
			}
			body.WriteString(" ")
			body.WriteString(filler[j])
		}
		out[i] = story{feed: f, seq: seq, link: link, id: pipeline.StoryID(link, link), title: title, body: body.String(),
			appear: time.Duration(frac * float64(arrive)), event: time.Duration(i-n) * time.Second}
	}
	return out
}

func fill(frame, a, b string) string {
	return strings.NewReplacer("{A}", a, "{B}", b).Replace(frame)
}
