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
