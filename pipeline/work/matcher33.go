package work

// Session 33 (speed2): two of Matcher.ground's lookups by a word's
// number instead of a Go map.
//
//   - scanTokens' step from an alias's node to the next word's child
//     node (trans, a map[uint64]int32) reads transTab33, an open-
//     addressing table of the same keys and values built once in New: one
//     multiplication and most often one slot, against the map's hash and
//     group probe.
//   - orgInstitutionAt's test of a word against grounding.yaml's
//     org_institutions (a map[string]bool) reads orgInst33 by the token's
//     word id (field.wid), as classAt reads the word's class.
//
// Both answer exactly what the maps answer; with no table (a Matcher not
// built by New, or a field without word ids) the maps are read as before.

// transSlot33 is one slot of transTab33: a trans key and its value + 1
// (0: an empty slot).
type transSlot33 struct {
	key  uint64
	next int32
}

// transTable33 holds trans's keys and values by open addressing.
type transTable33 struct {
	slots []transSlot33
	shift uint8 // 64 - log2(len(slots))
}

// transHash33 places key k in a table of 1<<(64-shift) slots.
func transHash33(k uint64, shift uint8) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> shift
}

// buildTrans33 fills m.transTab33 from m.trans (at most half full).
func (m *Matcher) buildTrans33() {
	n, bits := 8, uint8(3)
	for n < 2*len(m.trans) {
		n, bits = n*2, bits+1
	}
	t := transTable33{slots: make([]transSlot33, n), shift: 64 - bits}
	mask := uint64(n - 1)
	for k, v := range m.trans {
		i := transHash33(k, t.shift)
		for t.slots[i].next != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = transSlot33{key: k, next: v + 1}
	}
	m.transTab33 = t
}

// transAt33 is m.trans[uint64(node)<<32 | uint64(uint32(id))], with ok.
func (m *Matcher) transAt33(node, id int32) (int32, bool) {
	k := uint64(node)<<32 | uint64(uint32(id))
	sl := m.transTab33.slots
	if len(sl) == 0 {
		next, ok := m.trans[k]
		return next, ok
	}
	mask := uint64(len(sl) - 1)
	for i := transHash33(k, m.transTab33.shift); ; i = (i + 1) & mask {
		s := &sl[i]
		if s.next == 0 {
			return 0, false
		}
		if s.key == k {
			return s.next - 1, true
		}
	}
}

// buildOrgInst33 fills m.orgInst33 by the analyzer's word id + 1 (the
// ids classOf is read by; index is the word index, n its size + 1):
// whether the word is one of orgInstitutions. orgInstAll33 says every
// org_institutions word has an id, so a token with none (id 0) is none
// of them.
func (m *Matcher) buildOrgInst33(index *wordIndex, n int) {
	m.orgInst33 = make([]bool, n)
	m.orgInstAll33 = true
	for w := range m.orgInstitutions {
		id := index.lookup(w)
		if id < 0 {
			m.orgInstAll33 = false
			continue
		}
		m.orgInst33[id+1] = true
	}
}

// orgInstitution33 is m.orgInstitutions[f.words[i]]: by the token's word
// id when the field has them.
func (m *Matcher) orgInstitution33(f *field, i int) bool {
	if f.wid != nil && m.orgInst33 != nil {
		if id := f.wid[i]; id > 0 || m.orgInstAll33 {
			return m.orgInst33[id]
		}
	}
	return m.orgInstitutions[f.words[i]]
}
