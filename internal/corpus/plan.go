package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// page is one planned file: everything other pages need to know about it
// (its place, its title, whether it may be linked to) before any body is
// written.
type page struct {
	section string // "" for the home page
	name    string // file name without .md: "index" or "term-dates-42"
	title   string
	desc    string
	date    time.Time
	weight  int // 0: no weight
	draft   bool
}

// path is the page's file, slash-separated from the project folder.
func (p page) path() string {
	if p.section == "" {
		return "content/" + p.name + ".md"
	}
	return "content/" + p.section + "/" + p.name + ".md"
}

// plan is the whole site's list of pages: the home page first, then each
// section's index.md, then the other pages.
type plan struct {
	pages    []page
	linkable []int // pages that are not drafts
}

func newPlan(r *rand.Rand, n int) *plan {
	p := &plan{pages: make([]page, 0, n)}
	p.pages = append(p.pages, page{
		name: "index", title: "Children's Services: your views",
		desc: "A generated site for testing the microsite's generator.", date: day(r),
	})
	for i, s := range sections {
		p.pages = append(p.pages, page{
			section: s.name, name: "index", title: s.title, weight: i + 1, date: day(r),
			desc: fmt.Sprintf("Everything about %s: what we offer and how to have your say.", strings.ToLower(s.title)),
		})
	}
	for i := len(p.pages); i < n; i++ {
		p.pages = append(p.pages, newPage(r, i))
	}
	for i, pg := range p.pages {
		if !pg.draft {
			p.linkable = append(p.linkable, i)
		}
	}
	return p
}

// newPage plans the i-th ordinary page, in a section picked at random.
func newPage(r *rand.Rand, i int) page {
	topic := pick(r, topics)
	town := pick(r, towns)
	pg := page{
		section: sections[r.IntN(len(sections))].name,
		name:    fmt.Sprintf("%s-%d", slug(topic), i),
		title:   fmt.Sprintf("%s in %s", sentenceCase(topic), town),
		desc:    fmt.Sprintf("How %s works for families in and around %s, and how to tell us what you think.", topic, town),
		date:    day(r),
		draft:   r.IntN(50) == 0,
	}
	if r.IntN(4) > 0 {
		pg.weight = 1 + r.IntN(100)
	}
	return pg
}

// day is a random day between 2003 and 2006.
func day(r *rand.Rand) time.Time {
	start := time.Date(2003, time.January, 1, 0, 0, 0, 0, time.UTC)
	return start.AddDate(0, 0, r.IntN(4*365))
}

// workday is a random Monday to Friday between 2003 and 2006.
func workday(r *rand.Rand) time.Time {
	d := day(r)
	switch d.Weekday() {
	case time.Saturday:
		return d.AddDate(0, 0, 2)
	case time.Sunday:
		return d.AddDate(0, 0, 1)
	}
	return d
}

// slug turns a topic into a file name: lower-case letters, digits, hyphens.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range strings.ToLower(s) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(c)
		case c != '\'':
			hyphen = true
		}
	}
	return b.String()
}

// rel is the link from page from to page to, as an editor writes it: the
// target's .md file relative to the linking page's folder.
func rel(from, to page) string {
	target := strings.TrimPrefix(to.path(), "content/")
	switch {
	case from.section == "":
		return target
	case from.section == to.section:
		return to.name + ".md"
	}
	return "../" + target
}

func pick(r *rand.Rand, words []string) string {
	return words[r.IntN(len(words))]
}
