package work

import (
	"testing"
	"time"
)

// TestSession19NamedQuarrel: a quarrel noun with its two parties written
// onto it ("X और Y के (बीच) N", "X-Y N", "दोनों के N", "Y के साथ … N के
// बाद X ने") is hostile both ways, also in passing (SCHEMA: a quarrel
// presupposed in background, ruled in session 19 for a named quarrel).
// Not a headline label before a colon, a quarrel ended or eased, one
// pointed back to (यह विवाद), a court fight (the suer's only), a vague
// bad patch (अनबन: not ruled), a dispute a third party talks about (the
// gold splits), nor a topic's dispute (टैरिफ विवाद).
func TestSession19NamedQuarrel(t *testing.T) {
	a := shippedAnalyzer(t)
	both := []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}
	pair := []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		// विवाद names a matter, never a stance (SCHEMA's session-26
		// ruling, rule 7; session 27, sour27.go).
		{"coordinated pair, between", "डोनाल्ड ट्रंप और एलन मस्क के बीच तीखे विवाद का असर शेयर बाजार पर भी दिखा।", nil},
		{"coordinated pair, genitive", "एलन मस्क और सैम ऑल्टमैन के पुराने झगड़े की चर्चा फिर शुरू हो गई।", pair},
		{"hyphened pair", "मस्क-ट्रंप विवाद के चलते टेस्ला के शेयर छह फीसदी गिर गए।", nil},
		{"hyphened pair, a quarrel noun", "मस्क-ट्रंप टकराव के चलते टेस्ला के शेयर छह फीसदी गिर गए।", both},
		{"both, the story's pair", "एलन मस्क और सैम ऑल्टमैन एक ही शहर में थे। दोनों के झगड़े से निवेशक परेशान हैं।", pair},
		{"with Y, after, X the agent", "डोनाल्ड ट्रंप के साथ सार्वजनिक रूप से हुई तकरार के बाद एलन मस्क ने एक नई पार्टी की बात छेड़ी।", both},
		{"headline label", "मस्क-ट्रंप विवाद: टेस्ला के शेयर छह फीसदी गिरे || टेस्ला के शेयर गुरुवार को गिरे।", nil},
		{"quarrel settled", "एलन मस्क और सैम ऑल्टमैन का पुराना विवाद अब सुलझ गया है।", nil},
		{"pointed back", "एलन मस्क और सैम ऑल्टमैन एक ही मंच पर दिखे। दोनों के बीच यह विवाद चुनाव से पहले सामने आया।", nil},
		{"court fight", "एलन मस्क और सैम ऑल्टमैन के बीच कानूनी लड़ाई अभी जारी है।", nil},
		{"vague bad patch", "डोनाल्ड ट्रंप और एलन मस्क के बीच पुरानी अनबन की चर्चा होती रही है।", nil},
		{"third party talks of it", "सत्या नडेला ने एलन मस्क और सैम ऑल्टमैन के विवाद पर कुछ भी कहने से मना कर दिया।", nil},
		{"a topic's dispute", "नरेंद्र मोदी और डोनाल्ड ट्रंप ने फोन पर टैरिफ विवाद की बात की।", nil},
	})
}

// TestSession19SuitOwned: a petition owned by its suer (X की याचिका/अर्जी)
// is the suer's suit against the party its content names, a relative
// clause on it or the words before its owner (SCHEMA: a suit asserted
// through the ruling or hearing on it). Not against the party that
// answers it or whose spokesperson speaks, nor when it is asked about.
func TestSession19SuitOwned(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"relative clause names the sued", "एक अदालत ने एलन मस्क की वह याचिका खारिज कर दी, जिसमें उन्होंने ओपनएआई को नया ढांचा अपनाने से रोकने की मांग की थी।", []string{"elon-musk>openai:h"}},
		{"content before the owner", "अदालत ने मेटा के नए नियम रोकने की डोनाल्ड ट्रंप की अर्जी पर सुनवाई टाल दी।", []string{"donald-trump>meta:h"}},
		// Session 27: the answerer of Y's petition is sued too (the
		// lead's decision on the session-26 ruling; reply27.go).
		{"the answerer is sued too", "माइक्रोसॉफ्ट ने एलन मस्क की याचिका पर अदालत में जवाब दाखिल किया, जिसमें ओपनएआई के पुनर्गठन पर रोक की मांग है।", []string{"elon-musk>microsoft:h", "elon-musk>openai:h"}},
		{"only the answerer", "ओपनएआई ने अदालत में एलन मस्क की याचिका का जवाब दाखिल किया।", []string{"elon-musk>openai:h"}},
		{"asked about", "एक पत्रकार ने सैम ऑल्टमैन से एलन मस्क की याचिका के बारे में पूछा।", nil},
		{"the spokesperson's company", "ओपनएआई के प्रवक्ता ने कहा कि एलन मस्क की नई याचिका पर अदालत जल्द फैसला करेगी।", nil},
	})
}

// TestSession19SuitFiledBy: a suit whose suer a relative clause on it
// names (उस मुकदमे …, जो Y ने … दायर किया था) is Y's, against the one the
// clause puts it on, or against the host's agent who settles it (SCHEMA:
// the settled suit still counts for the suer). Not when the host only
// comments on it, nor when the suer is untracked.
func TestSession19SuitFiledBy(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"settled by the agent", "मेटा ने उस मुकदमे को निपटाने के लिए ढाई करोड़ डॉलर देने पर सहमति जताई, जो डोनाल्ड ट्रंप ने 2021 में दायर किया था।", []string{"donald-trump>meta:h"}},
		{"filed against a party", "अदालत ने उस मुकदमे पर सुनवाई टाल दी, जो एलन मस्क ने ओपनएआई के खिलाफ दायर किया था।", []string{"elon-musk>openai:h"}},
		{"only commented on", "मेटा ने उस मुकदमे पर कोई टिप्पणी नहीं की, जो डोनाल्ड ट्रंप ने पिछले साल दायर किया था।", nil},
		{"untracked suer", "मेटा ने उस मुकदमे को निपटा दिया, जो कुछ उपयोगकर्ताओं ने दायर किया था।", nil},
	})
}
