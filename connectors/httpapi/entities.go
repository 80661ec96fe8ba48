package httpapi

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/internal/watchlist"
)

// Entities resolves what a user types for an entity (its id in any case,
// a name or an alias in any script, with the spelling variants matching
// folds) to watchlist ids. The zero value knows no entity.
type Entities struct {
	ids   []string
	byKey map[string][]string // watchlist.Key(term) -> ids
	names map[string]string   // id -> display name
}

// NewEntities indexes the watchlist's ids, names, aliases and handles; nil
// gives an empty resolver (every entity unknown).
func NewEntities(wl *watchlist.Watchlist) *Entities {
	r := &Entities{byKey: map[string][]string{}, names: map[string]string{}}
	if wl == nil {
		return r
	}
	for _, e := range wl.Entities() {
		r.ids = append(r.ids, e.ID)
		if len(e.Names) > 0 {
			r.names[e.ID] = e.Names[0]
		}
		for _, t := range append(e.Terms(), e.ID) {
			k := watchlist.Key(t)
			if k != "" && !slices.Contains(r.byKey[k], e.ID) {
				r.byKey[k] = append(r.byKey[k], e.ID)
			}
		}
	}
	sort.Strings(r.ids)
	return r
}

// Name is the entity's display name (its first name), or the id.
func (r *Entities) Name(id string) string {
	if n, ok := r.names[id]; ok {
		return n
	}
	return id
}

// Resolve returns the ids s names: one for an id, a name or an unambiguous
// alias; several for an alias shared by several entities; none when s
// names no entity.
func (r *Entities) Resolve(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if i, ok := slices.BinarySearch(r.ids, strings.ToLower(s)); ok {
		return []string{r.ids[i]}
	}
	return r.byKey[watchlist.Key(s)]
}

// Closest returns up to n ids nearest to s (by edit distance over the id
// and over every spelling, folded), for "did you mean".
func (r *Entities) Closest(s string, n int) []string {
	k := watchlist.Key(s)
	best := map[string]int{}
	consider := func(id string, d int) {
		if old, ok := best[id]; !ok || d < old {
			best[id] = d
		}
	}
	for _, id := range r.ids {
		consider(id, editDistance(strings.ToLower(s), id))
	}
	for key, ids := range r.byKey {
		d := editDistance(k, key)
		for _, id := range ids {
			consider(id, d)
		}
	}
	out := make([]string, 0, len(best))
	for id := range best {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool {
		if best[out[i]] != best[out[j]] {
			return best[out[i]] < best[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// expand gives the entity ids a text atom of a query names, so a word
// that is an alias also finds the stories where the entity was matched
// under another spelling (अल्टमैन finds ऑल्टमैन).
func (r *Entities) expand(a searchterms.Atom) []string {
	return r.byKey[watchlist.Key(a.Text)]
}

// editDistance is the Levenshtein distance in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// unknownEntity is the 400 for an entity the watchlist does not know.
func (r *Entities) unknownEntity(s string) *ParamError {
	return &ParamError{"entity", fmt.Sprintf("%q is no watchlist entity (id, name or alias); closest: %s", s, strings.Join(r.Closest(s, 3), ", "))}
}
