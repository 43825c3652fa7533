package check

import (
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
)

// headings reports a "#" heading, which would be a second h1, and headings
// that skip a level, which break the outline screen reader users move
// around a page by. The page's title is its h1, so the first heading is ##.
func headings(file string, hs []markdown.Heading, l *diag.List) {
	prev := 1
	for _, h := range hs {
		switch {
		case h.Level == 1:
			l.Errorf(file, h.Line, "heading %q starts with a single #: the page title is already the page's only h1: start headings at ##", h.Text)
		case h.Level > prev+1:
			l.Warnf(file, h.Line, "heading %q skips a level (%s after %s): use %s here, so the headings make an outline screen reader users can follow",
				h.Text, hashes(h.Level), hashes(prev), hashes(prev+1))
		}
		prev = h.Level
	}
}

func hashes(level int) string {
	if level == 1 {
		return "the page title"
	}
	return strings.Repeat("#", level)
}
