package classify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
)

// Model is a multinomial naive Bayes model over hashed features: a log
// prior per class and, per kept feature, its log likelihood in each class.
// Features the training text never showed often enough are not kept and
// count for nothing when classifying.
type Model struct {
	Classes []string
	prior   []float64
	weights map[uint64][]float32
	// table is weights laid out for lookup (built by index).
	table table
}

// table is an open-addressing hash table from feature hash to its row of
// class weights: one probe or two, about twice as fast as a Go map here
// (classification must stay a small share of a story's analysis). The
// topic model's table (18,004 features) is larger than a core's L2 cache,
// so a lookup costs its cache misses: a slot holds the key and its row
// together.
type table struct {
	slots   []tableSlot
	weights []float32 // row r is weights[r*classes : (r+1)*classes]
	mask    uint64
	classes int
}

// tableSlot is a feature hash with its row, side by side: a probe reads
// one cache line for both (the tables outgrow the core's cache, and a
// story's features land anywhere in them).
type tableSlot struct {
	key uint64 // 0: empty slot (a feature hash of 0 is stored as 1)
	row int32
}

func (m *Model) index() {
	n := 1
	for n < 2*len(m.weights) {
		n *= 2
	}
	t := table{slots: make([]tableSlot, n), weights: make([]float32, 0, len(m.weights)*len(m.Classes)),
		mask: uint64(n - 1), classes: len(m.Classes)}
	// Rows in key order, so the layout does not depend on map order.
	hs := make([]uint64, 0, len(m.weights))
	for h := range m.weights {
		hs = append(hs, h)
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i] < hs[j] })
	for r, h := range hs {
		k := max(h, 1)
		i := slot(k) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = tableSlot{key: k, row: int32(r)}
		t.weights = append(t.weights, m.weights[h]...)
	}
	m.table = t
}

// slot mixes the hash's high bits into the low ones the mask keeps.
func slot(h uint64) uint64 { return h ^ h>>29 ^ h>>47 }

// row returns the offset of feature h's class weights in t.weights.
func (t *table) row(h uint64) (int, bool) {
	h = max(h, 1)
	for i := slot(h) & t.mask; ; i = (i + 1) & t.mask {
		switch sl := &t.slots[i]; sl.key {
		case h:
			return int(sl.row) * t.classes, true
		case 0:
			return 0, false
		}
	}
}

// get returns the class weights of feature h, or nil.
func (t *table) get(h uint64) []float32 {
	h = max(h, 1)
	for i := slot(h) & t.mask; ; i = (i + 1) & t.mask {
		switch sl := &t.slots[i]; sl.key {
		case h:
			r := int(sl.row) * t.classes
			return t.weights[r : r+t.classes]
		case 0:
			return nil
		}
	}
}

// bag is a multiset of feature hashes, reused between calls.
type bag struct {
	keys   []uint64
	counts map[uint64]float64
}

func newBag() *bag { return &bag{counts: make(map[uint64]float64, 256)} }

func (b *bag) reset() {
	clear(b.counts)
	b.keys = b.keys[:0]
}

func (b *bag) add(h uint64, w float64) {
	if _, ok := b.counts[h]; !ok {
		b.keys = append(b.keys, h)
	}
	b.counts[h] += w
}

// posterior turns log scores into probabilities. Naive Bayes multiplies
// evidence as if independent and is wildly overconfident on long texts;
// dividing by the square root of the evidence count tempers it so that the
// scores say something about a close second class.
func posterior(logs []float64, known int) []float64 {
	t := math.Sqrt(float64(max(known, 1)))
	best := math.Inf(-1)
	for _, l := range logs {
		best = max(best, l)
	}
	p := logs // in place: the scores are not needed after
	var sum float64
	for i, l := range logs {
		p[i] = math.Exp((l - best) / t)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return p
}

// trainer accumulates feature counts per class.
type trainer struct {
	classes []string
	index   map[string]int
	docs    []float64
	counts  map[uint64][]float64
	totals  []float64
}

func newTrainer(classes []string) *trainer {
	t := &trainer{classes: classes, index: map[string]int{}, docs: make([]float64, len(classes)),
		counts: map[uint64][]float64{}, totals: make([]float64, len(classes))}
	for i, c := range classes {
		t.index[c] = i
	}
	return t
}

func (t *trainer) add(class string, b *bag) error {
	ci, ok := t.index[class]
	if !ok {
		return fmt.Errorf("unknown class %q (want one of %v)", class, t.classes)
	}
	t.docs[ci]++
	for _, h := range b.keys {
		c := t.counts[h]
		if c == nil {
			c = make([]float64, len(t.classes))
			t.counts[h] = c
		}
		c[ci] += b.counts[h]
		t.totals[ci] += b.counts[h]
	}
	return nil
}

// model smooths the counts (add-alpha) and keeps features seen at least
// minCount times in all.
func (t *trainer) model(alpha, minCount float64) *Model {
	m := &Model{Classes: t.classes, prior: make([]float64, len(t.classes)), weights: map[uint64][]float32{}}
	var ndocs float64
	for _, d := range t.docs {
		ndocs += d
	}
	for i, d := range t.docs {
		m.prior[i] = math.Log((d + 1) / (ndocs + float64(len(t.classes))))
	}
	kept := 0
	for _, c := range t.counts {
		var s float64
		for _, v := range c {
			s += v
		}
		if s >= minCount {
			kept++
		}
	}
	v := float64(kept)
	for h, c := range t.counts {
		var s float64
		for _, x := range c {
			s += x
		}
		if s < minCount {
			continue
		}
		w := make([]float32, len(c))
		for i, x := range c {
			w[i] = float32(math.Log((x + alpha) / (t.totals[i] + alpha*v)))
		}
		m.weights[h] = w
	}
	m.index()
	return m
}

// modelFile is a model's JSON form: keys are hex feature hashes, sorted by
// encoding/json, and weights are rounded, so a retrain from the same text
// writes the same bytes.
type modelFile struct {
	Kind     string               `json:"kind"`
	Classes  []string             `json:"classes"`
	Prior    []float64            `json:"prior"`
	Features map[string][]float64 `json:"features"`
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// marshal writes m deterministically, one feature a line (sorted keys),
// so a retrain's diff shows what changed.
func (m *Model) marshal(kind string) ([]byte, error) {
	head := modelFile{Kind: kind, Classes: m.Classes, Prior: make([]float64, len(m.prior))}
	for i, p := range m.prior {
		head.Prior[i] = round(p)
	}
	h, err := json.Marshal(struct {
		Kind    string    `json:"kind"`
		Classes []string  `json:"classes"`
		Prior   []float64 `json:"prior"`
	}{head.Kind, head.Classes, head.Prior})
	if err != nil {
		return nil, fmt.Errorf("%s model: %w", kind, err)
	}
	keys := make([]string, 0, len(m.weights))
	rows := make(map[string][]float32, len(m.weights))
	for f, w := range m.weights {
		k := strconv.FormatUint(f, 16)
		keys = append(keys, k)
		rows[k] = w
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.Write(h[:len(h)-1])
	b.WriteString(`,"features":{`)
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n\"")
		b.WriteString(k)
		b.WriteString(`":[`)
		for j, x := range rows[k] {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatFloat(round(float64(x)), 'g', -1, 64))
		}
		b.WriteByte(']')
	}
	b.WriteString("\n}}")
	return b.Bytes(), nil
}

// unmarshalModel reads a model written by marshal, checking its kind. The
// feature lines are parsed by hand: encoding/json took 125 ms for the
// shipped models, paid by every Analyzer at start-up.
func unmarshalModel(data []byte, kind string) (*Model, error) {
	nl := bytes.IndexByte(data, '\n')
	const tail = `,"features":{`
	if nl < 0 || !bytes.HasSuffix(data[:nl], []byte(tail)) {
		return nil, fmt.Errorf("%s model: not a model file (no features block)", kind)
	}
	var f modelFile
	if err := json.Unmarshal(append(append([]byte(nil), data[:nl-len(tail)]...), '}'), &f); err != nil {
		return nil, fmt.Errorf("%s model: %w", kind, err)
	}
	if f.Kind != kind || len(f.Classes) == 0 || len(f.Prior) != len(f.Classes) {
		return nil, fmt.Errorf("%s model: kind %q with %d classes and %d priors", kind, f.Kind, len(f.Classes), len(f.Prior))
	}
	n := len(f.Classes)
	m := &Model{Classes: f.Classes, prior: f.Prior, weights: make(map[uint64][]float32, bytes.Count(data, []byte{'\n'}))}
	rest := data[nl+1:]
	for line := 2; len(rest) > 0; line++ {
		var l []byte
		if k := bytes.IndexByte(rest, '\n'); k >= 0 {
			l, rest = rest[:k], rest[k+1:]
		} else {
			l, rest = rest, nil
		}
		l = bytes.TrimSuffix(bytes.TrimSuffix(l, []byte(",")), []byte("}}"))
		if len(l) == 0 {
			continue
		}
		bad := func(what string) error { return fmt.Errorf("%s model: line %d: %s", kind, line, what) }
		q := bytes.IndexByte(l[1:], '"')
		if l[0] != '"' || q < 0 || !bytes.HasPrefix(l[q+2:], []byte(":[")) || l[len(l)-1] != ']' {
			return nil, bad("want \"hash\":[weights]")
		}
		h, err := strconv.ParseUint(string(l[1:q+1]), 16, 64)
		if err != nil {
			return nil, bad("bad hash")
		}
		w := make([]float32, 0, n)
		for _, x := range bytes.Split(l[q+4:len(l)-1], []byte(",")) {
			v, err := strconv.ParseFloat(string(x), 32)
			if err != nil {
				return nil, bad("bad weight")
			}
			w = append(w, float32(v))
		}
		if len(w) != n {
			return nil, bad(fmt.Sprintf("%d weights for %d classes", len(w), n))
		}
		m.weights[h] = w
	}
	m.index()
	return m, nil
}

// top2 returns the indexes of the highest and second-highest p (the
// earlier class on ties); second is -1 with one class.
func top2(p []float64) (first, second int) {
	first, second = 0, -1
	for i := 1; i < len(p); i++ {
		switch {
		case p[i] > p[first]:
			first, second = i, first
		case second < 0 || p[i] > p[second]:
			second = i
		}
	}
	return first, second
}
