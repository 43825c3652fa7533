// Package suggest guesses the name an editor meant when a name is not
// known: a field, a page, a section, an anchor, an asset. A name that is
// not known is nearly always a typing slip, so every message about one
// offers the nearest known name.
package suggest

import (
	"fmt"
	"strings"
)

// Nearest returns the known name closest to name, if it is close enough to
// be a slip (two edits, or one for short names), ignoring case; else "".
func Nearest(name string, known []string) string {
	best, bestDist := "", 3
	lower := strings.ToLower(name)
	for _, k := range known {
		d := editDistance(lower, strings.ToLower(k))
		if d < bestDist && d < len(k) {
			best, bestDist = k, d
		}
	}
	if bestDist == 2 && len(name) <= 4 {
		return ""
	}
	return best
}

// DidYouMean is ` (did you mean "x"?)` for the nearest known name, or ""
// when none is near: it reads well after the name in a message.
func DidYouMean(name string, known []string) string {
	if near := Nearest(name, known); near != "" {
		return fmt.Sprintf(" (did you mean %q?)", near)
	}
	return ""
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
