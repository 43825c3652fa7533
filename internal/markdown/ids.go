package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// headingIDs makes readable, unique heading ids for one page. A page gets its
// own, so ids are unique per page and pages can be converted concurrently.
type headingIDs struct {
	used map[string]bool
	next map[string]int // the suffix to try next for each base, so that a thousand "Dates" take a thousand steps, not half a million
}

var _ parser.IDs = (*headingIDs)(nil)

func newHeadingIDs() *headingIDs {
	return &headingIDs{used: map[string]bool{}, next: map[string]int{}}
}

// Generate returns an id for value that no earlier heading on the page has:
// "dates", then "dates-1", "dates-2".
func (s *headingIDs) Generate(value []byte, _ ast.NodeKind) []byte {
	return []byte(s.unique(slug(string(value))))
}

// unique returns base, or base with the first number after it that no
// earlier heading on the page has.
func (s *headingIDs) unique(base string) string {
	id := base
	i := max(s.next[base], 1)
	for ; s.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.next[base] = i
	s.used[id] = true
	return id
}

// Put records an id already in use.
func (s *headingIDs) Put(value []byte) {
	s.used[string(value)] = true
}

// slug keeps letters and digits of every script, so Welsh, Polish or French
// headings keep readable ids, and joins the words with single hyphens.
// Apostrophes are dropped rather than split on, so "l’école" stays one word.
func slug(value string) string {
	var b strings.Builder
	gap := false
	for _, r := range value {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && b.Len() > 0:
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
		default:
			gap = true
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}
