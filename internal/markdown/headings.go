package markdown

import "github.com/yuin/goldmark/ast"

// heading gives h its id and records it. The id is made from the heading's
// plain text here rather than by goldmark's parser, which hands the IDs the
// raw Markdown line and so would turn "[Dates](dates.md)" into "dates-dates-md".
func (p *page) heading(h *ast.Heading) {
	text := plainText(h, p.src)
	id := p.ids.unique(slug(text))
	h.SetAttributeString("id", []byte(id))
	p.headings = append(p.headings, Heading{Level: h.Level, ID: id, Text: text, Line: p.line(h)})
}

// hasHeadingID reports whether a heading on this page has the given id.
func (p *page) hasHeadingID(id string) bool {
	return p.ids.used[id] // every heading's id, and only those: transform does headings first
}
