package work

import (
	"testing"
	"time"
)

// TestSession19ToldDeal: a person who tells as news (बताया कि) his own
// organisation's new deal is a party to it, both ways with the other
// party, as one who announces it (SCHEMA, ruled in session 19 from the
// blind-written files). His claim with कहा कि, a deal only presupposed
// in what he tells, and a teller who is not of the organisation give the
// organisations' alliance alone.
func TestSession19ToldDeal(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"chairman tells his company's partnership", "रिलायंस के चेयरमैन मुकेश अंबानी ने बताया कि रिलायंस ने गूगल के साथ नई क्लाउड साझेदारी की है।",
			[]string{"reliance>google:s", "google>reliance:s", "mukesh-ambani>google:s", "google>mukesh-ambani:s"}},
		{"chief tells a venture to be formed together", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने बताया कि माइक्रोसॉफ्ट और ओपनएआई मिलकर एक नया संयुक्त उपक्रम बनाएंगे।",
			[]string{"microsoft>openai:s", "openai>microsoft:s", "satya-nadella>openai:s", "openai>satya-nadella:s"}},
		{"claim with कहा कि: the companies only", "रिलायंस के चेयरमैन मुकेश अंबानी ने कहा कि रिलायंस ने गूगल के साथ नई क्लाउड साझेदारी की है।",
			[]string{"reliance>google:s", "google>reliance:s"}},
		{"deal presupposed in what is told", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने बताया कि माइक्रोसॉफ्ट और एक्सएआई के बीच हुए करार के तहत ग्रोक अब एज्योर पर मिलेगा।",
			[]string{"microsoft>xai:s", "xai>microsoft:s"}},
		{"teller not of the company", "गूगल के सीईओ सुंदर पिचाई ने बताया कि रिलायंस ने मेटा के साथ नई साझेदारी की है।",
			[]string{"reliance>meta:s", "meta>reliance:s"}},
	})
}
