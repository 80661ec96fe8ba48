package work

import "testing"

// TestSession9FramesCRift: a widening rift with क्यों/और/भी inside the idiom
// is still the rift (a wh-question presupposes it); a rift narrowed is not.
func TestSession9FramesCRift(t *testing.T) {
	checkCases(t, "s9fc-rift", []struct {
		text string
		want []string
	}{
		{"सैम ऑल्टमैन और सत्या नडेला के बीच आखिर दूरी क्यों बढ़ी?", []string{"sam-altman>satya-nadella:h", "satya-nadella>sam-altman:h"}},
		{"टैरिफ विवाद के बाद नरेंद्र मोदी और डोनाल्ड ट्रंप में दूरियां और बढ़ गईं।", []string{"narendra-modi>donald-trump:h", "donald-trump>narendra-modi:h"}},
		{"मेटा और गूगल में दूरी भी बढ़ रही है।", []string{"meta>google:h", "google>meta:h"}},
		// narrowed, or only asked whether: no rift
		{"एलन मस्क और डोनाल्ड ट्रंप ने आपसी दूरी कम करने की कोशिश की।", nil},
		{"क्या एलन मस्क और डोनाल्ड ट्रंप के बीच दूरी बढ़ेगी?", nil},
	})
}

// TestSession9FramesCSellOut: selling out one's mission, soul, faith,
// principles or country is a charge against the doer in the speaker's
// words; a plain sale is not.
func TestSession9FramesCSellOut(t *testing.T) {
	checkCases(t, "s9fc-sell", []struct {
		text string
		want []string
	}{
		{"\"ओपनएआई ने अपना मिशन बेच दिया\": एलन मस्क", []string{"elon-musk>openai:h"}},
		{"एलन मस्क बोले- सैम ऑल्टमैन ने माइक्रोसॉफ्ट को अपनी आत्मा बेच दी", []string{"elon-musk>sam-altman:h"}},
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अपने सिद्धांतों को बेच चुके हैं।", []string{"kamala-harris>donald-trump:h"}},
		// a sale of goods, or of a stake, in a country is no charge
		{"रिलायंस ने देश में पचास लाख फोन बेचे।", nil},
		{"मुकेश अंबानी ने कहा कि रिलायंस अपना कारोबार नहीं बेचेगी।", nil},
	})
}

// TestSession9FramesCNickname: a hostile word fused with a name in a
// quoted nickname mocks the one named, whoever the clause's subject is;
// "कॉमरेड" as a jibe. A friendly nickname, or the word outside quotes,
// is not this rule's.
func TestSession9FramesCNickname(t *testing.T) {
	checkCases(t, "s9fc-nick", []struct {
		text string
		want []string
	}{
		{"एलन मस्क ने एक्स पर सैम ऑल्टमैन को 'झूठा ऑल्टमैन' कहकर पुकारा।", []string{"elon-musk>sam-altman:h"}},
		{"सैम ऑल्टमैन की पोस्ट पर एलन मस्क ने लिखा- 'झूठा ऑल्टमैन'", []string{"elon-musk>sam-altman:h"}},
		{"डोनाल्ड ट्रंप ने रैली में डेमोक्रेटिक उम्मीदवार कमला हैरिस को 'कॉमरेड' कहकर पुकारा।", []string{"donald-trump>kamala-harris:h"}},
		// praise in a nickname is not read by this rule
		{"डोनाल्ड ट्रंप ने कहा, 'महान मोदी'", nil},
		// the nickname reported as someone else's is not the reporter's
		{"सैम ऑल्टमैन ने कहा कि उन्हें 'झूठा ऑल्टमैन' जैसे तंज से फर्क नहीं पड़ता।", nil},
	})
}

// TestSession9FramesCQuarrelPresupposed: a quarrel named as having
// happened, under a postposition, is hostile both ways; a talk that
// happened is no quarrel, and a quarrel only feared is none.
func TestSession9FramesCQuarrelPresupposed(t *testing.T) {
	checkCases(t, "s9fc-quarrel", []struct {
		text string
		want []string
	}{
		{"जून में डोनाल्ड ट्रंप और एलन मस्क के बीच हुई सार्वजनिक तकरार के बाद दोनों पहली बार साथ दिखे।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"सैम ऑल्टमैन और सत्या नडेला के बीच हुए झगड़े के बाद माइक्रोसॉफ्ट ने बयान जारी किया।", []string{"sam-altman>satya-nadella:h", "satya-nadella>sam-altman:h"}},
		{"डोनाल्ड ट्रंप और एलन मस्क के बीच हुई बातचीत के बाद दोनों साथ दिखे।", nil},
		{"क्या डोनाल्ड ट्रंप और एलन मस्क के बीच फिर तकरार होगी?", nil},
	})
}

// TestSession9FramesCSealedTie: a tie with Y called sealed or secure in
// someone's words (पक्का/पक्की/सुरक्षित) is the speaker's tie with Y, as
// मजबूत/कायम are; "पक्का नहीं" is not.
func TestSession9FramesCSealedTie(t *testing.T) {
	checkCases(t, "s9fc-sealed", []struct {
		text string
		want []string
	}{
		{"सत्या नडेला ने कहा कि ओपनएआई के साथ हमारी साझेदारी अगले दशक तक पक्की है।", []string{"satya-nadella>openai:s"}},
		{"मुकेश अंबानी बोले- मेटा के साथ हमारा करार पूरी तरह सुरक्षित है", []string{"mukesh-ambani>meta:s"}},
		{"सत्या नडेला ने कहा कि ओपनएआई के साथ नया करार अभी पक्का नहीं है।", nil},
		// open-handed, in someone's words; the outlet's own adverb is no one's
		{"नरेंद्र मोदी बोले- मुकेश अंबानी ने गुजरात में दिल खोलकर निवेश किया", []string{"narendra-modi>mukesh-ambani:s"}},
		{"गौतम अडानी ने मंदिर के लिए दिल खोलकर दान दिया।", nil},
	})
}

// TestSession9FramesCReducedTo: "Y … बनकर रह गया/गई/गए" in someone's
// words puts Y down; the outlet's own sentence judges no one.
func TestSession9FramesCReducedTo(t *testing.T) {
	checkCases(t, "s9fc-reduced", []struct {
		text string
		want []string
	}{
		{"एलन मस्क का दावा- ओपनएआई अब माइक्रोसॉफ्ट की सहायक कंपनी बनकर रह गई", []string{"elon-musk>openai:h"}},
		{"'कमला हैरिस बस एक प्रवक्ता बन कर रह गई हैं', डोनाल्ड ट्रंप ने कहा।", []string{"donald-trump>kamala-harris:h"}},
		{"विश्लेषकों के मुताबिक ओपनएआई अब एक आम कंपनी बनकर रह गई है।", nil},
	})
}
