package watch

import (
	"maps"
	"slices"
)

// pending collects changes until they are sent as a Batch.
type pending struct {
	paths map[string]bool
	all   bool
}

func (p *pending) add(path string) {
	if p.paths == nil {
		p.paths = make(map[string]bool)
	}
	p.paths[path] = true
}

func (p *pending) empty() bool { return !p.all && len(p.paths) == 0 }

// take moves everything in q into p, leaving q empty.
func (p *pending) take(q *pending) {
	for path := range q.paths {
		p.add(path)
	}
	p.all = p.all || q.all
	*q = pending{}
}

func (p *pending) batch() Batch {
	return Batch{Paths: slices.Sorted(maps.Keys(p.paths)), All: p.all}
}
