package work

// suitEnded28 reports a kept hostile frame (a suit) ended by a flipper of
// the suit_end_words class ("खत्म", "समाप्त") when the suit is named with
// its suer before it ("Y ने X की ओर से दायर मुकदमे को खत्म करने के लिए …
// चुकाने पर सहमति दी"): ending someone's suit
// is settling it, so it is read as a settlement (SCHEMA: the settling is
// no stance, the suit it ends is the suer's). A suit with no suer named
// before it ("Y के साथ मुकदमा खत्म") stays as it was. The bare genitive
// "X के मुकदमे को खत्म करने …" is still missed (another reader drops it).
func (s *sentCtx) suitEnded28(ci int, o occurrence, flipAt int) bool {
	fr := o.e.frame
	if flipAt < 0 || !fr.Kept || fr.pol >= 0 || s.class2(flipAt)&cwSuitEnd28 == 0 {
		return false
	}
	return s.suitOwner(ci, o) >= 0
}
