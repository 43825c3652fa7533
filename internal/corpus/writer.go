package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// writer writes one page: its front matter and a body of blocks of
// Markdown separated by blank lines.
type writer struct {
	r    *rand.Rand
	plan *plan
	self int
	b    strings.Builder
}

func (w *writer) page() []byte {
	w.frontMatter(w.plan.pages[w.self])
	target := MinPageBytes + 200 + w.r.IntN(MaxPageBytes-MinPageBytes-700)
	w.body(target)
	return []byte(w.b.String())
}

func (w *writer) frontMatter(p page) {
	fmt.Fprintf(&w.b, "---\ntitle: %q\ndescription: %q\ndate: %s\n", p.title, p.desc, p.date.Format("2006-01-02"))
	if p.weight > 0 {
		fmt.Fprintf(&w.b, "weight: %d\n", p.weight)
	}
	if p.draft {
		w.b.WriteString("draft: true\n")
	}
	w.b.WriteString("---\n")
}

// body adds blocks until the page reaches target bytes, never passing
// MaxPageBytes, then tops it up to MinPageBytes with short paragraphs.
func (w *writer) body(target int) {
	start := w.b.Len()
	w.block(w.paragraph(2 + w.r.IntN(3)))
	w.block(w.pageLinks())
	if w.r.IntN(3) == 0 {
		w.block(w.table())
	}
	for w.b.Len() < target {
		s := w.section()
		if w.b.Len()+1+len(s) > MaxPageBytes {
			break
		}
		w.block(s)
	}
	for w.b.Len() < MinPageBytes || w.b.Len() == start {
		w.block(w.paragraph(1))
	}
}

// block adds one block of Markdown, which ends in a newline, after a blank
// line.
func (w *writer) block(s string) {
	if s == "" {
		return
	}
	if !strings.HasSuffix(w.b.String(), "---\n") {
		w.b.WriteByte('\n')
	}
	w.b.WriteString(s)
}

// section is a ## heading with a paragraph, and often a ### heading with a
// paragraph or a list under it.
func (w *writer) section() string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n%s", pick(w.r, headings), w.paragraph(2+w.r.IntN(4)))
	switch w.r.IntN(4) {
	case 0:
		fmt.Fprintf(&b, "\n%s", w.list())
	case 1:
		fmt.Fprintf(&b, "\n### %s\n\n%s", pick(w.r, subheadings), w.paragraph(1+w.r.IntN(3)))
	case 2:
		fmt.Fprintf(&b, "\n### %s\n\n%s\n%s", pick(w.r, subheadings), w.paragraph(1+w.r.IntN(2)), w.list())
	}
	return b.String()
}
