package check

import (
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/site"
)

// duplicates warns about pages that share a title or a description: in
// search results, browser tabs and link previews readers could not tell
// them apart. Each page is told the names of the others.
func duplicates(pages []*site.Page, l *diag.List) {
	same(pages, "title", func(p *site.Page) string { return p.Front.Title }, l,
		"another page has the same title (%s): give each page its own title, so readers can tell them apart in search results and browser tabs")
	same(pages, "description", func(p *site.Page) string { return p.Front.Description }, l,
		"another page has the same description (%s): say what this page holds that the other does not")
}

func same(pages []*site.Page, field string, value func(*site.Page) string, l *diag.List, format string) {
	by := map[string][]*site.Page{}
	for _, p := range pages {
		if v := normalise(value(p)); v != "" {
			by[v] = append(by[v], p)
		}
	}
	for _, p := range pages {
		group := by[normalise(value(p))]
		if len(group) < 2 {
			continue
		}
		var others []string
		for _, o := range group {
			if o != p {
				others = append(others, o.Source)
			}
		}
		l.Warnf(p.Source, p.FieldLines[field], format, strings.Join(others, ", "))
	}
}
