package work

// Session 29 (FAMILIES): a role holder of Y that is a clause's subject,
// not its predicate.
//
// "X Y के समर्थक हैं", "X लंबे समय से Y के आलोचक रहे हैं" say what X is:
// the frame's role noun is the predicate and X its holder. In "X ने कहा
// कि Y के समर्थक भी इस शहर में रहते हैं", "Y के आलोचक भी यह मानते हैं",
// "Y के मुरीद पूरी दुनिया में हैं" the role noun names other people —
// Y's supporters, critics or fans — who are the subject of a predicate
// of their own: the speaker says nothing of his own stance to Y.
// (SCHEMA: a stance is a party's own act or words towards another.)

// dropRoleSubjects29 drops the one-word frame of a role holder
// (words.yaml role_holders) after a genitive when the word after it —
// past भी, ही, तो — is none that keeps it a predicate: a copula, a
// calling verb, a word of role_predicates (रहे, बने, माने, और, नहीं,
// में …), "के रूप/तौर", a tracked name (the title before a name), or
// the clause's end.
func (s *sentCtx) dropRoleSubjects29(occ []occurrence) []occurrence {
	out := occ[:0]
	for _, o := range occ {
		if o.e.kind == entFrame && o.n == 1 && s.class2(o.k)&cwRoleHolder29 != 0 && s.genitiveBefore(o.k) && !s.rolePredicate29(o.k) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// rolePredicate29 reports a role holder at k standing as its clause's
// predicate by the word after it (dropRoleSubjects29).
func (s *sentCtx) rolePredicate29(k int) bool {
	j := k + 1
	for j < s.sn.b && (s.w(j) == "भी" || s.w(j) == "ही" || s.w(j) == "तो") {
		j++
	}
	if j >= s.sn.b || !s.isWord(j) || s.mentionAt(j) || s.cid[j-s.sn.a] != s.cid[k-s.sn.a] {
		return true
	}
	if s.flag(j)&(fwCopula|fwCall|fwNeg) != 0 || s.class2(j)&cwRoleKeep29 != 0 {
		return true
	}
	switch s.w(j) {
	case "के", "की", "का":
		switch s.w(j + 1) {
		case "रूप", "तौर", "तरह":
			return true
		}
	}
	return false
}
