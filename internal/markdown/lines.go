package markdown

import "sort"

// lineTable maps byte offsets in a page body to lines of the editor's file.
// goldmark gives positions as offsets; editors need lines.
type lineTable struct {
	starts    []int // offset at which each line of the body starts
	firstLine int
}

func newLineTable(src []byte, firstLine int) lineTable {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	return lineTable{starts: starts, firstLine: firstLine}
}

// line returns the file line holding offset; offsets outside the body are
// clamped, so a line is always one the editor can find.
func (t lineTable) line(offset int) int {
	i := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > offset })
	if i == 0 {
		i = 1
	}
	return t.firstLine + i - 1
}
