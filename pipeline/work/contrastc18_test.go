package work

import (
	"testing"
	"time"
)

// TestSession18ContrastC: the withdrawal and rupture families read on
// the blind dev-contrast files' misses (session 18, CONTRASTC helper).
// Each rule has a row where it fires and a row where it must not.
func TestSession18ContrastC(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A withdrawal from a thing made or held for Y (withdrawnFor18):
		// "Y के लिए बन रहे केंद्र से हाथ खींच लिया"; हाथ पीछे खींच- too.
		{"p1", "गूगल ने कहा कि उसने रिलायंस के लिए बन रहे इस संयंत्र से खुद को अलग कर लिया है।", []string{"google>reliance:h"}},
		{"p2", "मेटा ने रिलायंस के लिए बनने वाले दो केंद्रों से हाथ खींच लिया है।", []string{"meta>reliance:h"}},
		{"p3", "सुंदर पिचाई ने कमला हैरिस के लिए होने वाले इस भोज की मेजबानी से हाथ पीछे खींच लिए।", []string{"sundar-pichai>kamala-harris:h"}},
		{"p4", "गूगल ने रिलायंस के साथ बन रहे संयंत्र से हाथ खींच लिया।", []string{"google>reliance:h"}},
		{"p5", "गूगल ने रिलायंस के लिए संयंत्र बनाया।", nil},
		{"p6", "गूगल ने रिलायंस के लिए बन रहे संयंत्र से हाथ नहीं खींचा।", nil},
		{"p7", "गूगल ने रिलायंस से हाथ खींच लिया।", []string{"google>reliance:h"}},
		{"p8", "गूगल ने रिलायंस के साथ परियोजना से हाथ खींच लिया।", []string{"google>reliance:h"}},
		{"q1", "गूगल ने रिलायंस के लिए मेटा से हाथ खींच लिया।", []string{"google>meta:h"}},
		{"q3", "सॉफ्टबैंक ने कहा कि वह ओपनएआई के लिए निवेश जारी रखेगा और पीछे नहीं हटेगा।", nil},
		{"q5", "गूगल ने रिलायंस के लिए संयंत्र बनाया और पुराने ठेके से हाथ खींच लिया।", nil},
		{"q6", "गूगल ने रिलायंस के लिए कहा कि वह पुराने ठेके से हाथ खींच लेगा।", nil},
		{"p9", "गूगल ने रिलायंस के लिए परियोजना से हाथ खींच लिया।", []string{"google>reliance:h"}},
		// Work with Y refused in the future past what it is on (lexicon:
		// काम नहीं करेंग-/करेग- with के साथ); with no के साथ, or Y only
		// alongside, nothing.
		{"r1", "सत्या नडेला ने कहा कि वे गूगल के साथ किसी भी प्रोजेक्ट पर काम नहीं करेंगे।", []string{"satya-nadella>google:h"}},
		{"r2", "टेस्ला ने कहा कि वह एक्सएआई के साथ किसी संयुक्त परियोजना में काम नहीं करेगी।", []string{"tesla>xai:h"}},
		{"r3", "टेस्ला ने कहा कि पुराने कारखाने अब काम नहीं करेंगे।", nil},
		{"r4", "गूगल ने कहा कि रिलायंस के साथ मिलकर वे इस कानून के लिए काम नहीं करेंगे।", nil},
		// Going, coming, sitting or joining with Y refused (lexicon,
		// with के साथ), also flatly (साफ/स्पष्ट as gap words); denying
		// a rift with Y or declining comment, nothing.
		{"s1", "कमला हैरिस ने डोनाल्ड ट्रंप के साथ बैठक में जाने से साफ इनकार कर दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"s2", "सुंदर पिचाई ने सैम ऑल्टमैन के साथ पैनल में शामिल होने से स्पष्ट इनकार किया।", []string{"sundar-pichai>sam-altman:h"}},
		{"s3", "राहुल गांधी ने बैठक में जाने से इनकार कर दिया।", nil},
		{"s4", "राहुल गांधी ने नरेंद्र मोदी के साथ मतभेद होने से इनकार किया।", nil},
		{"s5", "राहुल गांधी ने नरेंद्र मोदी के साथ विवाद पर टिप्पणी करने से साफ इनकार किया।", nil},
		// Patronage taken back (idiom सिर से (अपना) हाथ हटा-/उठा-, target
		// the genitive): one's own head or a cap taken off, nothing.
		{"t1", "सत्या नडेला ने सैम ऑल्टमैन के सिर से अपना हाथ हटा लिया।", []string{"satya-nadella>sam-altman:h"}},
		{"t2", "एलन मस्क ने सिर से टोपी हटा ली और नाइजल फराज से बात की।", nil},
		{"t3", "एलन मस्क ने अपने सिर से हाथ हटा लिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
