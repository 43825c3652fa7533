package content

import (
	"fmt"
	"strings"
)

// unknownKey says which names are allowed, and guesses the one meant, since
// an unknown key is nearly always a typing slip.
func unknownKey(kind, name, owner string, known []string) string {
	list := strings.Join(known[:len(known)-1], ", ") + " and " + known[len(known)-1]
	if near := nearest(name, known); near != "" {
		return fmt.Sprintf("unknown %s %q (did you mean %q?): %s may have %s", kind, name, near, owner, list)
	}
	return fmt.Sprintf("unknown %s %q: %s may have %s", kind, name, owner, list)
}

// nearest returns the known name closest to name, if it is close enough to
// be a slip (two edits, or one for short names), ignoring case.
func nearest(name string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		d := editDistance(strings.ToLower(name), k)
		if d < bestDist && d < len(k) {
			best, bestDist = k, d
		}
	}
	if bestDist == 2 && len(name) <= 4 {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance over runes, with one row of
// memory.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		return len(ra) // far too long to be a slip; keeps the work bounded
	}
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cur := row[j]
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
		}
	}
	return row[len(rb)]
}
