package build

import (
	"slices"

	"norfolk.gov.uk/microsite/internal/render"
)

// readTable holds every read a kept output recorded, each once, with what
// it was worth at the last build. Outputs keep their reads as indexes into
// it, so that asking whether anything a 10,000-page site read has changed
// is a walk over small slices, not over strings.
type readTable struct {
	ids    map[render.Read]int32
	reads  []render.Read
	values []uint64
	// changed marks the reads worth something else in this build than in
	// the last.
	changed []bool
}

// refresh values every read in the new model, noting which changed. Reads
// of link targets are valued by targets, once the pages are rendered;
// the others by value.
func (t *readTable) refresh(value func(render.Read) uint64, target bool) {
	t.changed = slices.Grow(t.changed[:0], len(t.reads))[:len(t.reads)]
	for i, rd := range t.reads {
		if (rd.Kind == render.ReadTarget) != target {
			continue
		}
		v := value(rd)
		t.changed[i] = v != t.values[i]
		t.values[i] = v
	}
}

// anyChanged reports whether any of an output's reads changed.
func (t *readTable) anyChanged(ids []int32) bool {
	for _, id := range ids {
		if t.changed[id] {
			return true
		}
	}
	return false
}

// intern gives the indexes of rs's reads, adding new ones worth what value
// says now.
func (t *readTable) intern(rs *render.Reads, value func(render.Read) uint64) []int32 {
	if t.ids == nil {
		t.ids = map[render.Read]int32{}
	}
	var ids []int32
	rs.All(func(rd render.Read) {
		id, ok := t.ids[rd]
		if !ok {
			id = int32(len(t.reads))
			t.ids[rd] = id
			t.reads = append(t.reads, rd)
			t.values = append(t.values, value(rd))
			t.changed = append(t.changed, false)
		}
		ids = append(ids, id)
	})
	slices.Sort(ids)
	return ids
}
