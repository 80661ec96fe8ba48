package work

// apposKind20 reports a kind noun that stands in apposition between an
// owner's genitive and the name of the owned company or platform ("मस्क
// के प्लेटफॉर्म एक्स", "मस्क की कंपनी एक्सएआई"; blind dcp-048a): the
// name is the owner's thing, as "Y की टेस्ला".
func apposKind20(w string) bool {
	switch w {
	case "कंपनी", "प्लेटफार्म", "फर्म", "स्टार्टअप", "ऐप", "नेटवर्क":
		return true
	}
	return false
}

// silenceAgainst20 reports a silence frame ("एक शब्द (भी) नहीं कहा/बोला")
// whose words withheld are against Y: "X ने Y के खिलाफ एक शब्द नहीं कहा"
// (blind dah-068) is X refraining from an attack, no stance — the frame
// holds silence against the silent one only ("Y ने इस पर एक शब्द नहीं
// कहा").
func (s *sentCtx) silenceAgainst20(o occurrence) bool {
	if s.w(o.k) != "शब्द" {
		return false
	}
	j := o.k - 1
	if s.w(j) == "भी" {
		j--
	}
	if s.w(j) == "एक" {
		j--
	}
	return j > s.sn.a && s.w(j) == "खिलाफ" && s.w(j-1) == "के"
}
