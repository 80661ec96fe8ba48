package work

// Session 29 (FAMILIES): an offer turned down, told verb first.
//
// A headline puts the verb before its object: "X ने ठुकराई Y की पेशकश",
// "X ने ठुकराया Y का प्रस्ताव" (readVerbFirst). Told in the usual order
// ("X ने Y की पेशकश ठुकरा दी") an offer refused with no attacking word is
// no stance (plainRefusal27; SCHEMA: rejecting an offer on its terms is
// none, a snub or a jibe with it is hostile); the verb-first order read
// the bare refusal as a break with Y.

// verbFirstRefusal29 reports the verb at v a refusal (words.yaml
// offer_refusals) and the noun at last an offer (offer_nouns), in a
// sentence with no attacking word (offer_attacks, other than one naming
// the offer) and no hostile frame of its own elsewhere — as
// plainRefusal27 asks of the usual order.
func (a *Analyzer) verbFirstRefusal29(s *sentCtx, v, last int) bool {
	if s.class2(v)&cwOfferRefusal27 == 0 || s.class2(last)&cwOfferNoun27 == 0 {
		return false
	}
	// In a headline, the body may tell the jibe or the snub that goes
	// with it ("… इस पेशकश को 'मजाक' बताते हुए ठुकरा दिया").
	if s.f.name == "title" && s.st != nil && a.offerAttackIn29(s.st.body16) {
		return false
	}
	for k := s.sn.a; k < s.sn.b; k++ {
		if k == v || k == last {
			continue
		}
		if s.class2(k)&cwOfferAttack27 != 0 && !s.offerWithin27(k) {
			return false
		}
		if a.hostileAt(s, k) {
			return false
		}
	}
	return true
}

// offerAttackIn29 reports a word of offer_attacks in field f that does
// not name the offer itself (an offer noun one or two words after it, as
// offerWithin27).
func (a *Analyzer) offerAttackIn29(f *field) bool {
	if f == nil {
		return false
	}
	cls := func(j int) classWord2 {
		if j < 0 || j >= len(f.wid) || uint(f.wid[j]) >= uint(len(a.classOf2)) {
			return 0
		}
		return a.classOf2[f.wid[j]]
	}
	for j := range f.wid {
		if cls(j)&cwOfferAttack27 != 0 && cls(j+1)&cwOfferNoun27 == 0 && cls(j+2)&cwOfferNoun27 == 0 {
			return true
		}
	}
	return false
}
