package check

import (
	"fmt"
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
	norm := make([]string, len(pages))
	for i, p := range pages {
		if norm[i] = normalise(value(p)); norm[i] != "" {
			by[norm[i]] = append(by[norm[i]], p)
		}
	}
	for i, p := range pages {
		group := by[norm[i]]
		if len(group) < 2 {
			continue
		}
		l.Warnf(p.Source, p.FieldLines[field], format, others(group, p))
	}
}

// maxOthers is how many of the other pages a message names: enough to find
// them, and a message stays short however many pages share a title.
const maxOthers = 3

func others(group []*site.Page, p *site.Page) string {
	var names []string
	for _, o := range group {
		if o != p && len(names) < maxOthers {
			names = append(names, o.Source)
		}
	}
	if more := len(group) - 1 - len(names); more > 0 {
		return fmt.Sprintf("%s and %d more", strings.Join(names, ", "), more)
	}
	return strings.Join(names, ", ")
}
