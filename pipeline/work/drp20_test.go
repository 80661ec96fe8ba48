package work

import (
	"testing"
	"time"
)

// TestSession20DRP: possessed artefacts whose owner stands across a
// phrase inside the noun group, and calling labels for artefacts, read
// as families in their general form (session 20, DRP).
func TestSession20DRP(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// What Y (or Y's company) got is Y's: "Y को मिले/मिली N" owns N
		// as a genitive would (drp20.go receivedOwner20, received20).
		{"Y की कंपनी को मिले ठेकों में गड़बड़ी", "कमला हैरिस ने एलन मस्क की कंपनी को मिले सरकारी ठेकों में धांधली का आरोप लगाया।", []string{"kamala-harris>elon-musk:h"}},
		{"Y की कंपनी को मिली सब्सिडी पर सवाल", "राहुल गांधी ने मुकेश अंबानी की कंपनी को मिली सरकारी सब्सिडी पर सवाल उठाए।", []string{"rahul-gandhi>mukesh-ambani:h"}},
		{"Y को मिले ठेकों पर सवाल: a thing that is a frame word of its own", "राहुल गांधी ने गौतम अडानी को मिले ठेकों पर सवाल उठाए।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"Y को मिली छूट पर सवाल", "राहुल गांधी ने गौतम अडानी को मिली टैक्स छूट पर सवाल उठाए।", []string{"rahul-gandhi>gautam-adani:h"}},
		// must not fire
		{"finite: Y को ठेके मिले", "राहुल गांधी ने कहा कि गौतम अडानी को नए ठेके मिले।", nil},
		{"what Y got, called lawful", "राहुल गांधी ने कहा कि गौतम अडानी की कंपनी को मिले ठेके नियमों के मुताबिक थे।", nil},
		// A से or के साथ phrase inside the possessed group qualifies the
		// compound noun after it; the owner of the judged head is Y
		// (drp20.go compoundGap20).
		{"Y की चीन से आयात नीति को … बताया", "कमला हैरिस ने डोनाल्ड ट्रंप की चीन से आयात नीति को परिवारों को तबाह करने वाली बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"Y की … के साथ व्यापार योजना को सराहनीय बताया", "नाइजल फराज ने डोनाल्ड ट्रंप की ब्रिटेन के साथ व्यापार योजना को शानदार बताया।", []string{"nigel-farage>donald-trump:s"}},
		// still fires (an evaluation after the head is read without it)
		{"Y की … से तेल खरीद नीति evaluated", "डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी की रूस से तेल खरीद नीति खतरनाक है।", []string{"donald-trump>narendra-modi:h"}},
		// must not fire
		{"से पहले: a time, not a phrase in the group", "डोनाल्ड ट्रंप ने नरेंद्र मोदी के भाषण से पहले की बैठक को अहम बताया।", nil},
		{"a neutral label for the compound", "डोनाल्ड ट्रंप ने नरेंद्र मोदी की रूस से तेल खरीद नीति को पुरानी बताया।", nil},
		// Labels for Y's artefacts as families (evaluative.yaml): an
		// ideology named as its -ism, a handout to the rich, a golden
		// opportunity; a follower's thing is the follower's, not Y's
		// (chunk.go, partisanNoun in the possessed chain).
		{"Y की पोस्ट को 'खुला कम्युनिज्म'", "डोनाल्ड ट्रंप ने कमला हैरिस की नई पोस्ट को 'खुला कम्युनिज्म' करार दिया।", []string{"donald-trump>kamala-harris:h"}},
		{"… की ओर पहला कदम", "एलन मस्क ने कमला हैरिस के कर प्रस्ताव को 'साम्यवाद की ओर पहला कदम' बताया।", []string{"elon-musk>kamala-harris:h"}},
		{"headline: अरबपतियों का तोहफा", "कमला हैरिस ने डोनाल्ड ट्रंप के बजट को 'अरबपतियों का तोहफा' बताया", []string{"kamala-harris>donald-trump:h"}},
		{"सुनहरा अवसर", "नाइजल फराज ने डोनाल्ड ट्रंप की व्यापार नीति को ब्रिटेन के लिए सुनहरा अवसर बताया।", []string{"nigel-farage>donald-trump:s"}},
		// must not fire
		{"a follower's post", "डोनाल्ड ट्रंप ने कमला हैरिस के एक समर्थक की पोस्ट को 'खुला कम्युनिज्म' करार दिया।", nil},
		{"followers' rally", "एलन मस्क ने कमला हैरिस के समर्थकों की रैली को खतरनाक बताया।", nil},
		{"the -ism only talked about", "कमला हैरिस ने कहा कि कम्युनिज्म पर डोनाल्ड ट्रंप का भाषण लंबा था।", nil},
		{"a golden chance outside a calling", "नाइजल फराज ने कहा कि डोनाल्ड ट्रंप से मिलना सुनहरा मौका है।", nil},
		// still fires: an act on the followers is read as before
		{"criticism of Y's followers", "एलन मस्क ने कमला हैरिस के समर्थकों की आलोचना की।", []string{"elon-musk>kamala-harris:h"}},
		// A gift into "समारोह के कोष" / "अभियान के फंड" with no owner of
		// the event: the fund the story is about (struct11.go
		// fundDonation11, drp20.go eventGen20).
		{"समारोह के कोष में दान", "डोनाल्ड ट्रंप के शपथ ग्रहण समारोह की तैयारी जोरों पर है। गूगल ने समारोह के कोष में दस लाख डॉलर का दान दिया।", []string{"google>donald-trump:s"}},
		// must not fire
		{"no gift: only talk of the fund", "डोनाल्ड ट्रंप के शपथ ग्रहण समारोह की तैयारी जोरों पर है। मेटा ने कहा कि समारोह के कोष के बारे में कोई फैसला नहीं हुआ है।", nil},
		// still fires: an owned campaign's fund is its owner's
		{"Y के अभियान के कोष में", "डोनाल्ड ट्रंप के शपथ ग्रहण की तैयारी चल रही है। गूगल ने कमला हैरिस के अभियान के कोष में दस लाख डॉलर दिए।", []string{"google>kamala-harris:s"}},
		// First or a master at a vice is blame (evaluative.yaml, as the
		// माहिर entries): "सबसे आगे" after a vice is not praise.
		{"Y की कंपनी का मॉडल गुमराह करने में सबसे आगे", "राहुल गांधी ने लिखा कि नरेंद्र मोदी की सरकार का नया विज्ञापन गुमराह करने में सबसे आगे है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"बहाने बनाने में उस्ताद", "नरेंद्र मोदी ने कहा कि राहुल गांधी बहाने बनाने में उस्ताद हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		// still fires: ahead in a race is praise
		{"दौड़ में सबसे आगे", "सत्या नडेला ने कहा कि ओपनएआई एआई की दौड़ में सबसे आगे है।", []string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), cases)
}
