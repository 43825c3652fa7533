package corpus

import (
	"fmt"
	"strings"
)

// paragraph is n sentences, about one in three of them a link to another
// page, wrapped as an editor would wrap them.
func (w *writer) paragraph(n int) string {
	words := make([]string, 0, n)
	for range n {
		switch w.r.IntN(9) {
		case 0, 1, 2:
			words = append(words, w.linkSentence())
		case 3:
			words = append(words, pick(w.r, standalone))
		case 4:
			words = append(words, w.dateSentence())
		default:
			words = append(words, w.sentence())
		}
	}
	return wrap(strings.Join(words, " "))
}

func (w *writer) sentence() string {
	return fmt.Sprintf("%s %s %s %s.", pick(w.r, subjects), pick(w.r, verbs), pick(w.r, objects), pick(w.r, endings))
}

func (w *writer) dateSentence() string {
	d := workday(w.r)
	return fmt.Sprintf("The workshop at %s in %s is on **%s**, from %d:30am.",
		pick(w.r, venues), pick(w.r, towns), d.Format("Monday 2 January 2006"), 9+w.r.IntN(2))
}

func (w *writer) linkSentence() string {
	if w.r.IntN(20) == 0 {
		return "You can also read about children's services on [the council's website](https://www.norfolk.gov.uk/)."
	}
	link := w.link()
	switch w.r.IntN(3) {
	case 0:
		return fmt.Sprintf("You can read more in %s.", link)
	case 1:
		return fmt.Sprintf("See %s for the details.", link)
	}
	return fmt.Sprintf("%s %s %s, as explained in %s.", pick(w.r, subjects), pick(w.r, verbs), pick(w.r, objects), link)
}

// link is a Markdown link to another published page, written to its file.
func (w *writer) link() string {
	to := w.self
	for to == w.self {
		to = w.plan.linkable[w.r.IntN(len(w.plan.linkable))]
	}
	p := w.plan.pages
	return fmt.Sprintf("[%s](%s)", strings.ToLower(p[to].title[:1])+p[to].title[1:], rel(p[w.self], p[to]))
}

func (w *writer) list() string {
	var b strings.Builder
	for _, i := range w.r.Perm(len(listItems))[:3+w.r.IntN(4)] {
		if w.r.IntN(5) == 0 {
			fmt.Fprintf(&b, "- %s\n", w.link())
			continue
		}
		fmt.Fprintf(&b, "- %s\n", sentenceCase(listItems[i]))
	}
	return b.String()
}

// pageLinks is the home page's list of sections, and a section page's list
// of a few pages worth reading first.
func (w *writer) pageLinks() string {
	self := w.plan.pages[w.self]
	var b strings.Builder
	switch {
	case w.self == 0:
		for i := range sections {
			p := w.plan.pages[1+i]
			fmt.Fprintf(&b, "- [%s](%s)\n", p.title, rel(self, p))
		}
	case self.name == "index":
		b.WriteString("Start with these pages:\n\n")
		for range 3 {
			fmt.Fprintf(&b, "- %s\n", w.link())
		}
	}
	return b.String()
}

// table is a captioned table of workshops, with row headers in bold.
func (w *writer) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Table: Workshops for %s\n\n", pick(w.r, objects))
	b.WriteString("| Venue | Town | Date | Places |\n|---|---|---|---:|\n")
	for range 3 + w.r.IntN(4) {
		d := workday(w.r)
		fmt.Fprintf(&b, "| **%s** | %s | %s | %d |\n", pick(w.r, venues), pick(w.r, towns), d.Format("Monday 2 January 2006"), 20+w.r.IntN(80))
	}
	return b.String()
}

// wrap breaks text into lines of at most 78 characters at spaces.
func wrap(text string) string {
	var b strings.Builder
	col := 0
	for i, word := range strings.Fields(text) {
		switch {
		case i == 0:
		case col+1+len(word) > 78:
			b.WriteByte('\n')
			col = 0
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += len(word)
	}
	b.WriteByte('\n')
	return b.String()
}
