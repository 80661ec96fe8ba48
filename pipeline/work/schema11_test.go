package work

import (
	"testing"
	"time"
)

// TestSession11Schema: SCHEMA conventions the blind writers apply (see
// schema11.go). Each mechanism has rows in the forms an outlet would use
// and rows it must leave alone. "head || body" splits a headline from
// its body.
func TestSession11Schema(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// agreementNoun11: the person who makes or announces an
		// agreement is a party to it, both ways.
		{"headline, verb first: X ने किया Y के साथ गठजोड़ का ऐलान", "सत्या नडेला ने किया ओपनएआई के साथ नए गठजोड़ का ऐलान || ",
			[]string{"openai>satya-nadella:s", "satya-nadella>openai:s"}},
		{"body: X ने Y के साथ गठजोड़ किया", "मुकेश अंबानी ने बुधवार को मेटा के साथ गठजोड़ किया।",
			[]string{"meta>mukesh-ambani:s", "mukesh-ambani>meta:s"}},
		{"X ने Y के साथ गठजोड़ का एलान किया (perfect)", "सुंदर पिचाई ने रिलायंस के साथ गठजोड़ का एलान किया है।",
			[]string{"reliance>sundar-pichai:s", "sundar-pichai>reliance:s"}},
		{"a planned tie is no party yet", "मुकेश अंबानी, गूगल के साथ गठजोड़ करेंगे।", nil},
		{"a tie with a person is not his company's", "सत्या नडेला ने मुकेश अंबानी के साथ गठजोड़ की बात कही।", nil},
		// proxy_nouns मंडल: a company's board of directors speaks for it.
		{"X के निदेशक मंडल ने Y का समर्थन किया", "टेस्ला के निदेशक मंडल ने एलन मस्क के वेतन पैकेज का समर्थन किया।",
			[]string{"tesla>elon-musk:s"}},
		{"X के संचालक मंडल ने Y को हटाया", "ओपनएआई के संचालक मंडल ने सैम ऑल्टमैन को पद से हटा दिया।",
			[]string{"openai>sam-altman:h"}},
		{"a board member speaks for himself", "टेस्ला के निदेशक मंडल सदस्य ने एलन मस्क की तारीफ की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
