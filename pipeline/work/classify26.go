package work

import (
	"cmp"
	"slices"

	"github.com/khabar/khabar/pipeline"
)

// topicKinds26 are the entity types the topic model reads (classifyTopic),
// in the order it tells them apart.
var topicKinds26 = [...]string{pipeline.TypePerson, pipeline.TypeOrg, pipeline.TypeDeal}

// setupTopicTypes26 fills topicKind26 and idRank26, once: for each
// entity, the type classifyTopic reads of its ID (the type of the entity
// entByID gives, as index+1 in topicKinds26, 0 for another) and the
// rank of its ID among the watchlist's IDs sorted.
func (a *Analyzer) setupTopicTypes26() {
	a.topicKind26 = make([]uint8, len(a.ents))
	for i := range a.ents {
		t := a.ents[a.idKey[i]].Type
		for k, kt := range topicKinds26 {
			if t == kt {
				a.topicKind26[i] = uint8(k + 1)
			}
		}
	}
	byID := make([]int, len(a.ents))
	for i := range byID {
		byID[i] = i
	}
	slices.SortStableFunc(byID, func(x, y int) int { return cmp.Compare(a.ents[x].ID, a.ents[y].ID) })
	a.idRank26 = make([]int32, len(a.ents))
	r := int32(0)
	for k, e := range byID {
		if k > 0 && a.ents[e].ID != a.ents[byID[k-1]].ID {
			r++
		}
		a.idRank26[e] = r
	}
}

// topicTypes26 is the types the topic reads of the story's entities seen
// (the entities out.Entities lists by ID): each once, in the order the
// IDs sorted first show them, as classifyTopic read them from
// out.Entities, with no look-up of an ID. buf is the list's memory.
func (a *Analyzer) topicTypes26(seen []int, buf *[len(topicKinds26)]string) []string {
	// first[k]: the least rank+1 of an entity of kind k (0: none).
	var first [len(topicKinds26)]int32
	for _, e := range seen {
		if k := a.topicKind26[e]; k > 0 {
			if r := a.idRank26[e] + 1; first[k-1] == 0 || r < first[k-1] {
				first[k-1] = r
			}
		}
	}
	types := buf[:0]
	for {
		best := -1
		for k, r := range first {
			if r > 0 && (best < 0 || r < first[best]) {
				best = k
			}
		}
		if best < 0 {
			return types
		}
		types = append(types, topicKinds26[best])
		first[best] = 0
	}
}
