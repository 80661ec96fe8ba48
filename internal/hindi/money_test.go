package hindi

import (
	"math"
	"testing"
)

func TestParseMoney(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []Money // only Value and Currency compared
	}{
		{"billion us dollar words", "500 बिलियन अमरीकी डालर का सौदा", []Money{{Value: 500e9, Currency: "USD"}}},
		{"dollar sign bn", "कुल $500bn निवेश", []Money{{Value: 500e9, Currency: "USD"}}},
		{"us dollar sign", "US$ 100 million", []Money{{Value: 100e6, Currency: "USD"}}},
		{"stacked indian scales", "1.5 लाख करोड़ रुपये", []Money{{Value: 1.5e12, Currency: "INR"}}},
		{"devanagari digits", "₹२,५०० करोड़", []Money{{Value: 2500e7, Currency: "INR"}}},
		{"rs abbreviation", "रु. 10,000 का जुर्माना", []Money{{Value: 1e4, Currency: "INR"}}},
		{"words", "पांच सौ अरब डॉलर", []Money{{Value: 500e9, Currency: "USD"}}},
		{"dedh", "डेढ़ लाख रुपए", []Money{{Value: 1.5e5, Currency: "INR"}}},
		{"sava", "सवा लाख रुपये", []Money{{Value: 1.25e5, Currency: "INR"}}},
		{"dhai", "ढाई अरब डॉलर", []Money{{Value: 2.5e9, Currency: "USD"}}},
		{"sadhe", "साढ़े तीन हज़ार डॉलर", []Money{{Value: 3500, Currency: "USD"}}},
		{"additive", "2 लाख 50 हजार रुपये", []Money{{Value: 250000, Currency: "INR"}}},
		{"two amounts", "100 अरब डॉलर (करीब 8.3 लाख करोड़ रुपये)", []Money{{Value: 100e9, Currency: "USD"}, {Value: 8.3e12, Currency: "INR"}}},
		{"euro", "20 मिलियन यूरो", []Money{{Value: 20e6, Currency: "EUR"}}},
		{"usd code", "USD 40 billion", []Money{{Value: 40e9, Currency: "USD"}}},
		{"vague crores", "करोड़ों डॉलर का नुकसान", nil},
		{"vague several", "कई अरब डॉलर", nil},
		{"no currency", "2025 में 500 अरब", nil},
		{"bare rupee sign", "₹ चिह्न", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ParseMoney(c.in)
			if len(got) != len(c.want) {
				t.Fatalf("ParseMoney(%q) = %+v, want %+v", c.in, got, c.want)
			}
			for i := range got {
				if math.Abs(got[i].Value-c.want[i].Value) > 1e-6*c.want[i].Value || got[i].Currency != c.want[i].Currency {
					t.Fatalf("ParseMoney(%q)[%d] = %+v, want %+v", c.in, i, got[i], c.want[i])
				}
				if got[i].Start < 0 || got[i].End > len(c.in) || got[i].Start >= got[i].End {
					t.Fatalf("bad span %+v", got[i])
				}
			}
		})
	}
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"$500bn", "1.5 लाख करोड़ रुपये", "साढ़े सवा पौने", "US$", "रु.", "1,,0 अरब डालर", "\xff$9e999 billion"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range ParseMoney(s) {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End {
				t.Fatalf("span [%d,%d) outside %d", m.Start, m.End, len(s))
			}
			if !(m.Value > 0) || math.IsInf(m.Value, 0) || m.Currency == "" {
				t.Fatalf("bad amount %+v", m)
			}
		}
	})
}
