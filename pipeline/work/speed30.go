package work

// classScreens30 pairs each second-word class that screens a reader with
// its rule bit (speed27.go, speed28.go, speed29.go): the reader is called
// only for a sentence holding a word of the class.
var classScreens30 = [...]struct {
	cw classWord2
	rw uint64
}{
	{cwDislike27, rwDislike27},   // readDislikedDoing27
	{cwNeed28, rwNeed28},         // neededPraise28
	{cwGreeting28, rwGreeting28}, // readAddressedGreeting28
	{cwCampaign29, rwCampaign29}, // readProxyBacking29
}

// screens30 ORs each pair's rule bit into ruleOf for the words of its
// class; New calls it once, after ruleOf and classOf2 are built. (It
// replaces screens27, screens28 and screens29, one loop written three
// times.)
func (a *Analyzer) screens30() {
	for i, c := range a.classOf2 {
		if i >= len(a.ruleOf) {
			break
		}
		for _, p := range classScreens30 {
			if c&p.cw != 0 {
				a.ruleOf[i] |= p.rw
			}
		}
	}
}
