package content

import (
	"bufio"
	"bytes"
	"hash/maphash"
	"strings"
	"sync"

	"github.com/adrg/frontmatter"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/sections"
)

// Page is one Markdown file under content/.
type Page struct {
	Path       string // slash path from the project folder: "content/workshops/northern.md"
	Front      FrontMatter
	Body       []byte         // the Markdown after the closing fence
	BodyLine   int            // line of the file on which Body starts
	FieldLines map[string]int // line of each top-level front-matter key ("date" -> 4), for later messages
	// FrontSum sums up the path and the front matter as written, fences
	// and all: the same text always gives the same fields and lines.
	FrontSum uint64
}

// FrontMatter holds a page's fields, checked. The keys editors write are
// listed in the package comment.
type FrontMatter struct {
	Title       string
	MenuTitle   string // the short label of the menu and breadcrumbs; "" means the title
	Description string
	Weight      int // navigation order
	Date        Date
	Updated     Date
	Draft       bool
	NoIndex     bool     // kept out of the sitemap and search engines
	Aliases     []string // old addresses, each starting and (unless it names a file) ending with "/"
	Print       int      // position in the print packs; 0 means not printed

	// Closes is the feedback deadline, given only by the consultation page.
	Closes Date

	// Prepared and Reviewed are when the accessibility statement was
	// prepared and last reviewed, as the regulations ask it to say; given
	// only by content/accessibility.md, which must have Prepared.
	Prepared, Reviewed Date

	// Workshop pages only: Area, Venue and Town are required there (and
	// Date); Starts and Ends are "HH:MM", 24-hour, or "".
	Area, Venue, Town string
	Starts, Ends      string
}

// ParsePage reads one page. path is the slash path from the project folder,
// used in messages and to know which section the page is in. The Page is
// filled as far as it could be read, even when there are errors.
func ParsePage(path string, src []byte) (Page, diag.List) {
	return ParsePageWithin(path, src, limits.Limits{})
}

// ParsePageWithin is ParsePage with the site's limits; a zero limit is the
// default.
func ParsePageWithin(path string, src []byte, lim limits.Limits) (Page, diag.List) {
	var l diag.List
	p := Page{Path: path, FieldLines: map[string]int{}}
	lim = lim.OrDefault()
	if !checkFileSize(path, src, lim, &l) {
		return p, l
	}
	text, ok := checkEncoding(path, src, &l)
	if !ok {
		return p, l
	}
	pasted(path, text, &l)
	f, ok := findFences(path, text, &l)
	if !ok || !checkFrontMatter(path, f, lim, &l) {
		return p, l
	}
	p.FieldLines = fieldLines(f)
	p.BodyLine = f.closeLine + 1
	p.FrontSum = maphash.String(frontSeed, path+"\x00"+string(text[:f.bodyStart]))
	d := &decoder{path: path, fences: f, lines: p.FieldLines, list: &l}
	var raw rawFront
	// The library is given only the front matter: it would copy the body
	// through a buffer, and findFences already knows where the body starts.
	// Given a *bufio.Reader of the default size, it reads through that
	// rather than making one of its own, 4 KB for each page.
	br := frontReaders.Get().(*bufio.Reader)
	br.Reset(bytes.NewReader(text[:f.bodyStart]))
	_, err := frontmatter.MustParse(br, &raw, d.formats()...)
	br.Reset(nil)
	frontReaders.Put(br)
	if err != nil {
		// Not expected: findFences has already found both fences.
		l.Errorf(path, 1, "the front matter cannot be read (%v)", err)
		return p, l
	}
	p.Body = text[f.bodyStart:]
	if d.decoded {
		c := &checker{path: path, marker: f.marker, lines: p.FieldLines, diags: &l, examples: pageExamples}
		p.Front = c.front(raw, sections.Of(path))
		c.lengths(p.Front, lim)
	}
	l.Sort() // the checks run field by field; editors read top to bottom
	return p, l
}

// frontSeed seeds every FrontSum: sums are compared only within a
// process.
var frontSeed = maphash.MakeSeed()

var frontReaders = sync.Pool{New: func() any { return bufio.NewReader(nil) }}

func (c *checker) front(raw rawFront, t *sections.Type) FrontMatter {
	fm := FrontMatter{
		Title:       c.required("the page", "title", raw.Title),
		MenuTitle:   c.menuTitle(raw.MenuTitle),
		Description: c.required("the page", "description", raw.Description),
		Weight:      c.whole("weight", raw.Weight, "3"),
		Date:        c.date("date", raw.Date),
		Updated:     c.date("updated", raw.Updated),
		Draft:       c.boolean("draft", raw.Draft),
		NoIndex:     c.boolean("noindex", raw.NoIndex),
		Aliases:     c.aliases(raw.Aliases),
		Print:       c.print(raw.Print),
	}
	if n, ok := asWritten(raw.Weight).value.(int); raw.Weight.set && ok && n == 0 {
		c.errorf("weight", "weight 0 is not a place in the order: use 1 for the first page, 2 for the next, and so on, or delete the line to put the page after those with a weight")
	}
	for _, other := range sections.All {
		c.allowed(other == t, raw, other.Fields, other.Owner)
	}
	if t != nil && t.Deadline {
		fm.Closes = c.date("closes", raw.Closes)
	}
	if t != nil && t.Statement {
		c.statement(&fm, raw)
	}
	if t != nil && t.Events {
		c.workshop(&fm, raw)
	}
	return fm
}

// required reports a missing field on line 1, where the front matter
// opens, and a blank one on its own line.
func (c *checker) required(owner, key string, v rawValue) string {
	s := c.text(key, v)
	_, written := c.lines[key]
	switch {
	case v.set && !v.isText:
		// text has said what is wrong.
	case !written && !v.set:
		c.errorf(key, "%s has no %s: add a line like %s", owner, key, c.example(key))
	case strings.TrimSpace(s) == "":
		c.errorf(key, "%s is blank: fill it in, like %s", key, c.example(key))
	}
	return s
}

func (c *checker) print(v rawValue) int {
	n := c.whole("print", v, "1 (or 0 to leave the page out of the print packs)")
	if n < 0 {
		c.errorf("print", "print must not be negative: use 1 or more for the page's place in the print packs, or 0 to leave it out")
		return 0
	}
	return n
}

func (c *checker) aliases(v rawValue) []string {
	var out []string
	for _, a := range c.list("aliases", v) {
		clean, err := cleanAlias(a)
		if err != nil {
			c.errorf("aliases", "%v", err)
			continue
		}
		out = append(out, clean)
	}
	return out
}
