package work

// relListGoesOn31 reports, for relClosed, a list inside a relative
// clause that has no verb yet and already holds a list comma, going on
// past the comma at c to its coordinator ("X ने, जो देर तक तेल, रोजगार,
// अपनी नई व्यापार नीतियों और कई देशों के बारे में बोलते रहे, Y की
// आलोचना की": the second comma is followed by a four-word item, longer
// than relClosed's three-word look). The coordinator must come within six
// words, before another comma or a finite verb.
func relListGoesOn31(f *field, sn *sentence, fl []uint64, toks []int, c int) bool {
	listed := false
	for _, k := range toks {
		if f.words[k] == "," {
			listed = true
			break
		}
	}
	if !listed {
		return false
	}
	for j := c + 1; j < sn.b && j <= c+6; j++ {
		switch {
		case fl[j-sn.a]&fwAnd != 0:
			return true
		case isGenitive(f.words[j]): // की inside an item is no verb (session 35)
		case f.words[j] == "," || fl[j-sn.a]&(fwFinite|fwCopula|fwBreak) != 0:
			return false
		}
	}
	return false
}
