package diag

import "sort"

// Lines maps byte offsets in a text to the lines of the editor's file that
// hold them. It is built once per text, so a text with many problems costs
// one pass and a binary search per problem, not a count from the start for
// each.
type Lines struct {
	starts []int // the offset at which each line after the first starts
	first  int   // the file line of the text's first byte
}

// NewLines indexes text, whose first byte is on file line first.
func NewLines[T ~string | ~[]byte](text T, first int) Lines {
	var starts []int
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return Lines{starts: starts, first: first}
}

// Line is the file line holding offset; an offset past the end is on the
// last line.
func (x Lines) Line(offset int) int {
	return x.first + sort.SearchInts(x.starts, offset+1)
}
