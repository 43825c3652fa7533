package browsertest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"norfolk.gov.uk/microsite/internal/build"
)

// keep is where the tests copy what a person should look at: the print
// tests' PDFs and an image of every sheet, and a screenshot of every page
// at 320 and 1280 pixels (TestScreenshotsForReview):
// go test -v ./internal/browsertest -args -keep DIR
var keep = flag.String("keep", "", "a `folder` to copy the PDFs, the images of their sheets and the pages' screenshots into")

const installPoppler = "apt-get install -y poppler-utils"

// popplerTool returns one of poppler-utils' commands, or skips.
func popplerTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name+" (not on PATH)", installPoppler)
	}
	return p
}

// runTool runs a command and returns its standard output.
func runTool(t *testing.T, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, popplerTool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out)
}

// printFacts are what the print tests need to know of the real site: the
// titles of the documents in the packs, in order, and the settings the
// cover shows. They come from a build of their own, not from the pages the
// tests look at.
type printFacts struct {
	titles                     []string
	title, organisation, phone string
	deadline                   string // as the site writes dates: "Wednesday 8 June 2005"
}

var realFacts = sync.OnceValues(func() (printFacts, error) {
	root, err := os.OpenRoot("../..")
	if err != nil {
		return printFacts{}, err
	}
	defer root.Close()
	res, problems := build.Site(context.Background(), root.FS(), build.Options{Now: dateOpen, BaseURL: "http://127.0.0.1/"})
	if res == nil {
		return printFacts{}, fmt.Errorf("building the real site: %v", problems)
	}
	s := res.Site
	f := printFacts{title: s.Settings.Title, organisation: s.Settings.Organisation, phone: s.Settings.Phone}
	for _, p := range s.PrintPages() {
		f.titles = append(f.titles, p.Title())
	}
	if d := s.Deadline(); d != nil {
		f.deadline = d.Front.Closes.Time.Format("Monday 2 January 2006")
	}
	return f, nil
})

// printed is one page of the site printed to PDF, with what the tests read
// from it and from the page.
type printed struct {
	name  string // "print/"
	url   string
	pdf   string   // the file
	pages []string // the text of each page, pdftotext -layout
	raw   string   // the whole text in the order it was drawn, pdftotext -raw
	dom   printDOM
}

// printDOM is what the page holds when it is laid out for print.
type printDOM struct {
	Title  string      // the h1
	Text   string      // main's innerText, with what print hides left out
	Links  []linkSeen  // the links in main that print shows
	Tables []tableSeen // the tables in main
}

type tableSeen struct {
	Caption string
	Rows    []string // the first cell of each row of the body
}

type linkSeen struct {
	Href, Text string
	Noted      bool // its address is not after it but in a list of notes (class "noted")
}

const readPrintDOM = `(() => {
	const main = document.querySelector('main');
	const shown = el => el.getClientRects().length > 0;
	return {
		title: (document.querySelector('h1') || {textContent: ''}).textContent.trim(),
		text: main ? main.innerText : '',
		tables: main ? [...main.querySelectorAll('table')].map(t => ({caption: t.caption ? t.caption.textContent.trim() : '',
			rows: [...t.tBodies].flatMap(b => [...b.rows]).map(r => r.cells[0] ? r.cells[0].textContent.trim() : '')})) : [],
		links: main ? [...main.querySelectorAll('a[href]')].filter(shown).map(a => ({href: a.getAttribute('href'), text: a.textContent.trim(), noted: a.classList.contains('noted')})) : [],
	};
})()`

// emulatePrint lays the page out as for print, or (media "") for the screen.
func emulatePrint(media string) chromedp.Action[chromedp.Void] {
	return call(emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
}

// A4 paper, with the page's own @page size and margins, no backgrounds,
// and no header or footer of Chromium's: the page numbers must come from
// the site's stylesheet.
var a4 = []chromedp.PDFOption{
	chromedp.PDFPaper(chromedp.PaperA4),
	chromedp.PDFPreferCSSPageSize(),
	func(p *page.PrintToPDFParams) {
		no := false
		p.PrintBackground = &no
		p.DisplayHeaderFooter = &no
	},
}

// printPage prints one page of a site to a PDF in dir and reads it.
func printPage(t *testing.T, dir string, s *site, path string) *printed {
	t.Helper()
	p := &printed{name: strings.TrimSuffix(path, "index.html"), url: s.url(path)}
	tb := openTab(t, true)
	tb.goTo(t, p.url)
	if err := chromedp.Do(tb.ctx, chromedp.Evaluate[chromedp.Void](`document.fonts.ready.then(() => 0)`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("%s: waiting for fonts: %v", path, err)
	}
	if err := chromedp.Do(tb.ctx, emulatePrint("print")); err != nil {
		t.Fatal(err)
	}
	dom, err := chromedp.Run(tb.ctx, chromedp.Evaluate[printDOM](readPrintDOM))
	if err != nil {
		t.Fatalf("%s: reading the page laid out for print: %v", path, err)
	}
	p.dom = dom
	if err := chromedp.Do(tb.ctx, emulatePrint("")); err != nil {
		t.Fatal(err)
	}
	data, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(a4...))
	if err != nil {
		t.Fatalf("printing %s to PDF: %v", p.url, err)
	}
	tb.checkReports(t, path)
	p.pdf = filepath.Join(dir, fileName(strings.TrimSuffix(path, "index.html"))+".pdf")
	if err := os.WriteFile(p.pdf, data, 0o644); err != nil {
		t.Fatal(err)
	}
	n := pdfPages(t, p.pdf)
	for i := 1; i <= n; i++ {
		n := strconv.Itoa(i)
		p.pages = append(p.pages, runTool(t, "pdftotext", "-layout", "-enc", "UTF-8", "-f", n, "-l", n, p.pdf, "-"))
	}
	p.raw = runTool(t, "pdftotext", "-raw", "-enc", "UTF-8", p.pdf, "-")
	return p
}

// fileName turns "print/large/" into "print-large".
func fileName(path string) string {
	return strings.Trim(strings.ReplaceAll(path, "/", "-"), "-")
}

var pageSize = regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)

// pdfPages checks that every page of the file is A4, and returns how many
// there are.
func pdfPages(t *testing.T, file string) int {
	t.Helper()
	info := runTool(t, "pdfinfo", file)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo %s says no page count:\n%s", file, info)
	}
	n, _ := strconv.Atoi(m[1])
	if n == 0 {
		t.Fatalf("%s has no pages", file)
	}
	sizes := pageSize.FindAllStringSubmatch(runTool(t, "pdfinfo", "-f", "1", "-l", strconv.Itoa(n), file), -1)
	if len(sizes) != n {
		t.Errorf("pdfinfo gave the size of %d pages of %s, want all %d", len(sizes), file, n)
	}
	// A4 is 210 x 297 mm, 595.28 x 841.89 points.
	for _, s := range sizes {
		w, _ := strconv.ParseFloat(s[2], 64)
		h, _ := strconv.ParseFloat(s[3], 64)
		if math.Abs(w-595.28) > 2 || math.Abs(h-841.89) > 2 {
			t.Errorf("%s: page %s is %s x %s points, want A4 (595.28 x 841.89)", filepath.Base(file), s[1], s[2], s[3])
		}
	}
	return n
}

// squash is text with every run of white space made one space, and
// typographic quotes made plain, to compare with what a page says.
func squash(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`, "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// joined is the text with lines joined and all white space taken out, as
// a wrapped address must be read; unhyphenated also takes out a hyphen
// that ends a line, in case the break added one.
func joined(text string) (plain, unhyphenated string) {
	noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return noSpace(text), noSpace(regexp.MustCompile(`-[ \t]*\n\s*`).ReplaceAllString(text, ""))
}

// firstLines are the first two lines of a page that are not blank, trimmed.
func firstLines(page string) (first, second string) {
	var ls []string
	for l := range strings.SplitSeq(page, "\n") {
		if l = squash(l); l != "" {
			ls = append(ls, l)
			if len(ls) == 2 {
				break
			}
		}
	}
	ls = append(ls, "", "")
	return ls[0], ls[1]
}

// atTop reports whether a page starts with the heading, on one line or
// wrapped onto two.
func atTop(page, heading string) bool {
	first, second := firstLines(page)
	heading = squash(heading)
	return first == heading || first+" "+second == heading
}

// The measured page counts, for the paper copies page and the README.
var measured struct {
	sync.Mutex
	pages map[string]int
}

func TestPrintingToA4(t *testing.T) {
	chromiumPath(t)
	for _, tool := range []string{"pdfinfo", "pdftotext", "pdftoppm"} {
		popplerTool(t, tool)
	}
	facts, err := realFacts()
	if err != nil {
		t.Fatal(err)
	}
	open, _ := builtSites(t)
	dir := t.TempDir()
	cases := []struct {
		path           string
		pack           bool
		minPage, maxPg int
	}{
		{"print/", true, 5, 14},
		{"print/large/", true, 8, 22},
		{"workshops/", false, 1, 8},
		{"consultation/", false, 1, 8},
	}
	t.Run("pages", func(t *testing.T) {
		for _, c := range cases {
			t.Run(c.path, func(t *testing.T) {
				t.Parallel()
				p := printPage(t, dir, open, c.path+"index.html")
				n := len(p.pages)
				t.Logf("%s printed on %d sheets of A4", c.path, n)
				if n < c.minPage || n > c.maxPg {
					t.Errorf("%s printed on %d pages, want %d to %d", c.path, n, c.minPage, c.maxPg)
				}
				measured.Lock()
				if measured.pages == nil {
					measured.pages = map[string]int{}
				}
				measured.pages[c.path] = n
				measured.Unlock()

				for _, f := range [][]string{checkNothingButTheContent(p), checkPageNumbers(p), checkAddressesWrittenOut(p), checkAddressesUnbroken(p), checkNoLoneLines(p), checkCaptionsKeepRows(p), checkPhoneNumbers(p, facts.phone)} {
					for _, e := range f {
						t.Error(e)
					}
				}
				if c.pack {
					checkCover(t, p, facts, open.srv.URL+"/")
					checkDocumentsStartPages(t, p, facts.titles)
					pictures(t, p, dir)
				} else if !atTop(p.pages[0], p.dom.Title) {
					first, second := firstLines(p.pages[0])
					t.Errorf("%s: page 1 starts %q, %q, want the page's title %q", p.name, first, second, p.dom.Title)
				}
				keepCopies(t, p.pdf)
			})
		}
	})
	t.Run("paper-copies/ says no sheet count that is not true", func(t *testing.T) {
		checkSheetCounts(t, open)
	})
}

// findings are what a check found wrong, so that the checks can be tested.
type findings []string

func (f *findings) add(format string, args ...any) { *f = append(*f, fmt.Sprintf(format, args...)) }

// checkNothingButTheContent: no menu, skip link, breadcrumbs, footer or
// form is printed.
func checkNothingButTheContent(p *printed) (f findings) {
	all := squash(strings.Join(p.pages, "\n"))
	for _, s := range []string{"Skip to main content", "Send your views", "Print this pack", "Questions? Call", "›"} {
		if strings.Contains(all, s) {
			f.add("%s: the printed text has %q, which print should leave out", p.name, s)
		}
	}
	// "Have your say" is in the menu, and may be in the text too: it is
	// printed as often as the text has it, not once more.
	const menu = "Have your say"
	if got, want := strings.Count(all, menu), strings.Count(squash(p.dom.Text), menu); got != want {
		f.add("%s: the printed text has %q %d times, the page's main content %d times: the menu is printed", p.name, menu, got, want)
	}
	// The site's title is the first line of the header on every page; in
	// print it is on the cover of a pack, and nowhere on other pages.
	if first, _ := firstLines(p.pages[0]); strings.Contains(first, "your views") && !strings.Contains(p.name, "print") {
		f.add("%s: page 1 starts with %q: the header is printed", p.name, first)
	}
	return f
}

var pageNumber = regexp.MustCompile(`Page (\d+) of (\d+)`)

// checkPageNumbers: "Page N of M" at the foot of every page.
func checkPageNumbers(p *printed) (f findings) {
	for i, text := range p.pages {
		want := fmt.Sprintf("Page %d of %d", i+1, len(p.pages))
		ms := pageNumber.FindAllString(squash(text), -1)
		if len(ms) != 1 || ms[0] != want {
			f.add("%s: page %d has the page numbers %q, want one %q", p.name, i+1, ms, want)
			continue
		}
		var last string
		for l := range strings.SplitSeq(text, "\n") {
			if l = squash(l); l != "" {
				last = l
			}
		}
		if !strings.Contains(last, want) {
			f.add("%s: page %d ends %q, want %q at its foot", p.name, i+1, last, want)
		}
	}
	return f
}

// checkAddressesWrittenOut: every link to a web address has it written out,
// unless its text is the address; a link to a place on the same page
// needs none. A link of the site's own by a path alone would not be
// written out, so there must be none.
//
// An address that wraps in a table's column is read from the text in the
// order it was drawn (pdftotext -raw), since the laid-out text interleaves
// the columns' lines.
func checkAddressesWrittenOut(p *printed) (f findings) {
	plain, unhyphenated := joined(strings.Join(p.pages, "\n"))
	rawPlain, rawUnhyphenated := joined(p.raw)
	need := map[string]int{}
	var noted []linkSeen
	for _, l := range p.dom.Links {
		switch {
		case l.Noted:
			noted = append(noted, l)
		case strings.HasPrefix(l.Href, "http:"), strings.HasPrefix(l.Href, "https:"), strings.HasPrefix(l.Href, "mailto:"):
			need[l.Href]++ // once after its text, or as its text
		case strings.HasPrefix(l.Href, "tel:"), strings.HasPrefix(l.Href, "#"):
		default:
			f.add("%s: the link %q to %q is printed without its address (only http, https and mailto ones are written out)", p.name, l.Text, l.Href)
		}
	}
	for _, l := range noted {
		if need[l.Href] == 0 {
			f.add("%s: the link %q to %s leaves its address to a note, and no note gives it", p.name, l.Text, l.Href)
		}
	}
	if len(need) == 0 && strings.HasPrefix(p.name, "print") {
		f.add("%s: found no links to web addresses in the page, want at least the documents' own", p.name)
	}
	for href, n := range need {
		a := strings.Join(strings.Fields(href), "")
		got := max(strings.Count(plain, a), strings.Count(unhyphenated, a), strings.Count(rawPlain, a), strings.Count(rawUnhyphenated, a))
		if got < n {
			var texts []string
			for _, l := range p.dom.Links {
				if l.Href == href && l.Text != href {
					texts = append(texts, strconv.Quote(l.Text))
				}
			}
			f.add("%s: %s is written out %d times, want %d (the links to it: %s, and %d whose text is the address)",
				p.name, href, got, n, strings.Join(texts, ", "), n-len(texts))
		}
	}
	return f
}

// checkPhoneNumbers: the phone number is printed as the page has it, once
// per mention, never with its tel: address after it.
func checkPhoneNumbers(p *printed, phone string) (f findings) {
	all := squash(strings.Join(p.pages, "\n"))
	tels := 0
	for _, l := range p.dom.Links {
		if strings.HasPrefix(l.Href, "tel:") {
			tels++
		}
	}
	if strings.Contains(all, "tel:") || strings.Contains(strings.ReplaceAll(all, " ", ""), "(tel") {
		f.add("%s: a phone number is printed with its tel: address", p.name)
	}
	got, want := strings.Count(all, phone), strings.Count(squash(p.dom.Text), phone)
	if got != want || got < tels {
		f.add("%s: %s is printed %d times, want %d (the page has %d tel: links to it)", p.name, phone, got, want, tels)
	}
	if strings.HasPrefix(p.name, "print") && got == 0 {
		f.add("%s: the phone number %s is not printed", p.name, phone)
	}
	return f
}

// checkCover: the first page of a pack has what the staff and the reader
// need.
func checkCover(t *testing.T, p *printed, f printFacts, address string) {
	t.Helper()
	cover := squash(p.pages[0])
	for what, want := range map[string]string{
		"the site's title": f.title, "the organisation": f.organisation, "the deadline": f.deadline,
		"the phone number": f.phone, "the text relay number": "Text relay: 18001 " + f.phone, "the site's address": address, "the date": "Printed from the website as it was on",
	} {
		if want == "" || !strings.Contains(cover, squash(want)) {
			t.Errorf("%s: the cover (page 1) does not have %s, %q:\n%s", p.name, what, want, p.pages[0])
		}
	}
}

// checkDocumentsStartPages: each document starts a page with its title, in
// the packs' order.
func checkDocumentsStartPages(t *testing.T, p *printed, titles []string) {
	t.Helper()
	if len(titles) == 0 {
		t.Fatal("the site has no pages marked for print")
	}
	next := 1 // the cover is page 1
	for _, title := range titles {
		found := -1
		for i := next; i < len(p.pages); i++ {
			if atTop(p.pages[i], title) {
				found = i
				break
			}
		}
		if found < 0 {
			var tops []string
			for i, text := range p.pages {
				first, _ := firstLines(text)
				tops = append(tops, fmt.Sprintf("%d: %q", i+1, first))
			}
			t.Errorf("%s: %q does not start a page after page %d; the pages start:\n\t%s", p.name, title, next, strings.Join(tops, "\n\t"))
			continue
		}
		next = found + 1
	}
}

// pictures renders the first two pages as PNG images, to show that it
// works, or with -keep every page, for a person to look at.
func pictures(t *testing.T, p *printed, dir string) {
	t.Helper()
	prefix := filepath.Join(dir, fileName(p.name))
	last := 2
	if *keep != "" {
		last = len(p.pages)
	}
	runTool(t, "pdftoppm", "-r", "50", "-f", "1", "-l", strconv.Itoa(last), "-png", p.pdf, prefix)
	pngs, err := filepath.Glob(prefix + "-[0-9]*.png")
	if err != nil {
		t.Fatal(err)
	}
	if len(pngs) != last {
		t.Fatalf("pdftoppm made %q of pages 1 to %d of %s, want %d images", pngs, last, p.pdf, last)
	}
	for _, png := range pngs {
		data, err := os.ReadFile(png)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
			t.Errorf("%s is not a PNG image", png)
		}
	}
	keepCopies(t, pngs...)
}

// keepCopies copies files to the -keep folder, if there is one.
func keepCopies(t *testing.T, files ...string) {
	t.Helper()
	if *keep == "" {
		return
	}
	if err := os.MkdirAll(*keep, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := copyFile(f, filepath.Join(*keep, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
		t.Logf("kept %s", filepath.Join(*keep, filepath.Base(f)))
	}
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

var tags = regexp.MustCompile(`<[^>]*>`)

// checkSheetCounts: where the paper copies page tells the staff how many
// sheets a pack takes, it is within one of what printing it measured. A
// count typed by hand may be left out, but may not drift from the truth.
func checkSheetCounts(t *testing.T, open *site) {
	t.Helper()
	measured.Lock()
	got := map[string]int{"standard": measured.pages["print/"], "large-print": measured.pages["print/large/"]}
	measured.Unlock()
	if got["standard"] == 0 || got["large-print"] == 0 {
		t.Fatal("the packs were not both printed, so their sheets cannot be counted")
	}
	text := squash(tags.ReplaceAllString(string(open.files["paper-copies/index.html"]), " "))
	// Each "about N sheets" is of the pack named last before it.
	stated := map[string]int{}
	var pack string
	for _, m := range regexp.MustCompile(`(?i)\b(standard|large-print) pack\b|\babout (\d+) sheets`).FindAllStringSubmatch(text, -1) {
		if m[1] != "" {
			pack = strings.ToLower(m[1])
		} else if pack != "" {
			stated[pack], _ = strconv.Atoi(m[2])
		}
	}
	for _, pack := range []string{"standard", "large-print"} {
		s, ok := stated[pack]
		switch {
		case !ok:
			t.Logf("paper-copies/ gives no sheet count for the %s pack; measured: %d sheets", pack, got[pack])
		case s-got[pack] > 1 || got[pack]-s > 1:
			t.Errorf("paper-copies/ says the %s pack is about %d sheets of A4; printed, it is %d", pack, s, got[pack])
		}
	}
}

// The elements of body text, whose size, alignment and spacing clear print
// guidance sets.
const readTextStyles = `(() => {
	const out = [];
	for (const el of document.querySelectorAll('main :is(p, li, td, th, dd, dt)')) {
		if (el.getClientRects().length === 0) continue;
		const s = getComputedStyle(el);
		const sel = el.tagName.toLowerCase() + (el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
		out.push({selector: sel, what: sel + ': ' + el.textContent.trim().replace(/\s+/g, ' ').slice(0, 50),
			fontSize: parseFloat(s.fontSize), lineHeight: s.lineHeight, textAlign: s.textAlign});
	}
	return out;
})()`

const readItalics = `[...document.querySelectorAll('body, body *')].filter(el =>
	el.getClientRects().length > 0 && getComputedStyle(el).fontStyle !== 'normal' && el.textContent.trim() !== ''
).map(el => el.tagName.toLowerCase() + ' (' + getComputedStyle(el).fontStyle + '): ' + el.textContent.trim().replace(/\s+/g, ' ').slice(0, 50))`

type textStyle struct {
	Selector   string
	What       string
	FontSize   float64
	LineHeight string
	TextAlign  string
}

func TestPrintedTextIsBigEnough(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	for _, c := range []struct {
		path  string
		large bool
		min   float64 // CSS pixels: 12pt, or 18pt for large print
	}{
		{"print/", false, 16},
		{"print/large/", true, 24},
	} {
		t.Run(c.path, func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(794, 1123)); err != nil {
				t.Fatal(err)
			}
			tb.goTo(t, open.url(c.path+"index.html"))
			if err := chromedp.Do(tb.ctx, emulatePrint("print")); err != nil {
				t.Fatal(err)
			}
			styles, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]textStyle](readTextStyles))
			if err != nil {
				t.Fatal(err)
			}
			if len(styles) < 20 {
				t.Fatalf("%s has only %d paragraphs, list items and cells in print, want the whole pack", c.path, len(styles))
			}
			for _, s := range styles {
				if s.FontSize < c.min-0.01 {
					t.Errorf("%s printed: %s is %.2fpx (%.1fpt), want %.0fpx (%.0fpt) or more", c.path, s.What, s.FontSize, s.FontSize*0.75, c.min, c.min*0.75)
				}
				if !c.large {
					continue
				}
				if s.TextAlign != "left" && s.TextAlign != "start" {
					t.Errorf("%s printed: %s is aligned %q, want left", c.path, s.What, s.TextAlign)
				}
				lh, err := strconv.ParseFloat(strings.TrimSuffix(s.LineHeight, "px"), 64)
				if err != nil || lh < 1.4*s.FontSize-0.01 {
					t.Errorf("%s printed: %s has line-height %s at %.2fpx, want 1.4 times the size or more (%.2fpx)", c.path, s.What, s.LineHeight, s.FontSize, 1.4*s.FontSize)
				}
			}
			if c.large {
				italics, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](readItalics))
				if err != nil {
					t.Fatal(err)
				}
				for _, it := range italics {
					t.Errorf("%s printed: %s is in italics, which clear print guidance rules out", c.path, it)
				}
			}
		})
	}
}

// A page that prints badly on purpose: its menu, skip link and form are
// printed, there are no page numbers, a link's address is not written out,
// and a phone number is followed by its tel: address.
const badPrintPage = `<!doctype html><html lang="en"><head><title>Prints badly</title>
<link rel="stylesheet" href="bad-print.css"></head>
<body><a href="#main">Skip to main content</a>
<nav><a href="/">Home</a> <a href="/have-your-say/">Have your say</a></nav>
<main id="main"><h1>Prints badly</h1>
<p>Read <a href="https://www.example.org/somewhere/">somewhere else</a>, or call <a href="tel:+441603222494">01603 222494</a>.</p>
<form><button>Send your views</button></form></main></body></html>`

const badPrintCSS = `a[href^="tel:"]::after { content: " (" attr(href) ")"; }`

func TestThePrintChecksSeeAPageThatPrintsBadly(t *testing.T) {
	chromiumPath(t)
	popplerTool(t, "pdftotext")
	s := fixture(t, map[string]string{"index.html": badPrintPage, "bad-print.css": badPrintCSS, "404.html": "<!doctype html><title>404</title>"})
	p := printPage(t, t.TempDir(), s, "index.html")
	var all []string
	for _, f := range [][]string{checkNothingButTheContent(p), checkPageNumbers(p), checkAddressesWrittenOut(p), checkPhoneNumbers(p, "01603 222494")} {
		all = append(all, f...)
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{
		`"Skip to main content"`, `"Send your views"`, `"Have your say" 1 times`, // the menu
		`want one "Page 1 of 1"`,
		`https://www.example.org/somewhere/ is written out 0 times`,
		`printed with its tel: address`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the print checks on a page that prints badly did not find %s; they found:\n%s", want, got)
		}
	}
}
