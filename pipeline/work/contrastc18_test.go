package work

import (
	"testing"
	"time"
)

// TestSession18ContrastC: withdrawal from a thing made or held for Y
// (session 18, CONTRASTC helper). Each rule has a row where it fires
// and a row where it must not.
func TestSession18ContrastC(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
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
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
