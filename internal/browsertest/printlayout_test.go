package browsertest

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// checkAddressesUnbroken: a written-out address that wraps is broken only
// after a "/" or a ".", never inside a word, so that a caller can type it
// from the paper. It reads the text in the order it was drawn.
func checkAddressesUnbroken(p *printed) (f findings) {
	seen := map[string]bool{}
	for _, l := range p.dom.Links {
		if seen[l.Href] || !strings.HasPrefix(l.Href, "http") {
			continue
		}
		seen[l.Href] = true
		var parts []string
		for _, r := range l.Href {
			parts = append(parts, regexp.QuoteMeta(string(r)))
		}
		wrapped := regexp.MustCompile(strings.Join(parts, `\s*`))
		for _, m := range wrapped.FindAllString(p.raw, -1) {
			if bad := badBreaks(m); len(bad) > 0 {
				f.add("%s: the address %s is printed broken inside a word, at %s", p.name, l.Href, strings.Join(bad, ", "))
			}
		}
	}
	return f
}

// badBreaks lists the places where the printed address m is broken other
// than after a "/" or ".".
func badBreaks(m string) []string {
	var bad []string
	for i := 0; i < len(m); i++ {
		if m[i] != ' ' && m[i] != '\n' && m[i] != '\t' && m[i] != '\r' {
			continue
		}
		j := i
		for j < len(m) && strings.ContainsRune(" \n\t\r", rune(m[j])) {
			j++
		}
		if i == 0 || (m[i-1] != '/' && m[i-1] != '.') {
			bad = append(bad, fmt.Sprintf("%q|%q", m[max(0, i-8):i], m[j:min(len(m), j+8)]))
		}
		i = j - 1
	}
	return bad
}

// textBlocks splits a sheet's text (pdftotext -layout) into blocks of
// lines, as the blank lines between paragraphs part them, leaving out the
// page number at the foot.
func textBlocks(sheet string) [][]string {
	var blocks [][]string
	var cur []string
	for l := range strings.SplitSeq(sheet+"\n", "\n") {
		l = squash(l)
		if l == "" || pageNumber.MatchString(l) && len(l) < 20 {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	return blocks
}

// checkNoLoneLines: where a paragraph runs from one sheet onto the next,
// each sheet has two lines of it or more: no single line is left at the
// foot of a sheet (an orphan) or carried to the head of the next (a widow).
func checkNoLoneLines(p *printed) (f findings) {
	var paras []string
	for para := range strings.SplitSeq(p.dom.Text, "\n") {
		if para = squash(para); para != "" {
			paras = append(paras, para)
		}
	}
	for i := 0; i+1 < len(p.pages); i++ {
		foot, head := textBlocks(p.pages[i]), textBlocks(p.pages[i+1])
		if len(foot) == 0 || len(head) == 0 {
			continue
		}
		last, first := foot[len(foot)-1], head[0]
		across := last[len(last)-1] + " " + first[0]
		if !continues(paras, across) {
			continue
		}
		if len(last) < 2 {
			f.add("%s: sheet %d ends with one line of a paragraph, %q, whose rest is on sheet %d", p.name, i+1, last[0], i+2)
		}
		if len(first) < 2 {
			f.add("%s: sheet %d starts with one line of a paragraph, %q, whose start is on sheet %d", p.name, i+2, first[0], i+1)
		}
	}
	return f
}

// continues reports whether some paragraph of the page holds text, the
// last line of one sheet and the first of the next read together.
func continues(paras []string, text string) bool {
	for _, para := range paras {
		if strings.Contains(para, text) {
			return true
		}
	}
	return false
}

// checkCaptionsKeepRows: a table's caption (and its header row) is on the
// same sheet as two rows of the table at least, or all of a shorter one.
func checkCaptionsKeepRows(p *printed) (f findings) {
	for _, tab := range p.dom.Tables {
		if tab.Caption == "" {
			continue
		}
		for i, sheet := range p.pages {
			text := squash(sheet)
			at := strings.Index(text, squash(tab.Caption))
			if at < 0 {
				continue
			}
			rest, rows := text[at:], 0
			for _, r := range tab.Rows {
				if j := strings.Index(rest, squash(r)); j >= 0 {
					rows++
					rest = rest[j:]
				}
			}
			if want := min(2, len(tab.Rows)); rows < want {
				f.add("%s: sheet %d ends with the caption %q and %d rows of its table, want %d or more", p.name, i+1, tab.Caption, rows, want)
			}
			break
		}
	}
	return f
}

// coverType is the size of each part of a pack's cover, laid out for print.
type coverType struct {
	Sizes map[string]float64 // by class: "cover-title", "cover-deadline"...
	Order []string           // the parts, top to bottom
	Label float64            // the page's h1, the pack's name
	Body  float64            // a paragraph of a document
}

const readCoverType = `(() => {
	const out = {sizes: {}, order: [], label: 0, body: 0};
	const parts = [...document.querySelectorAll('.cover-title, .cover-document, .cover-deadline, .cover-organisation, .cover-contact p:not(.cover-organisation)')];
	parts.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
	for (const el of parts) {
		const name = el.className || 'cover-contact';
		if (!(name in out.sizes)) { out.sizes[name] = parseFloat(getComputedStyle(el).fontSize); out.order.push(name); }
	}
	out.label = parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize);
	out.body = parseFloat(getComputedStyle(document.querySelector('.document p:not(.online)')).fontSize);
	return out;
})()`

// readUnderlines lists the visible elements of main drawn underlined.
const readUnderlines = `[...document.querySelectorAll('main, main *')].filter(el =>
	el.getClientRects().length > 0 && getComputedStyle(el).textDecorationLine.includes('underline')
).map(el => el.tagName.toLowerCase() + ': ' + el.textContent.trim().replace(/\s+/g, ' ').slice(0, 50))`

// A pack's cover reads as a publication's: its title largest, then the
// deadline (as large as the document's name), then the organisation, then
// how to reach it; the pack's name a small label. Large print has no
// underlines, which run through the letters' tails.
func TestPrintedCoversAndLargePrint(t *testing.T) {
	chromiumPath(t)
	open, closed := builtSites(t)
	for _, c := range []struct {
		s    *site
		path string
	}{{open, "print/"}, {open, "print/large/"}, {closed, "print/"}, {closed, "print/large/"}} {
		path := c.path
		t.Run(c.s.name+"/"+path, func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(794, 1123)); err != nil {
				t.Fatal(err)
			}
			tb.goTo(t, c.s.url(path+"index.html"))
			if err := chromedp.Do(tb.ctx, emulatePrint("print")); err != nil {
				t.Fatal(err)
			}
			ct, err := chromedp.Run(tb.ctx, chromedp.Evaluate[coverType](readCoverType))
			if err != nil {
				t.Fatal(err)
			}
			checkCoverType(t, c.s.name+"/"+path, ct)
			if path != "print/large/" {
				return
			}
			lines, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](readUnderlines))
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range lines {
				t.Errorf("%s printed: %s is underlined; clear print marks links in bold instead", path, l)
			}
		})
	}
}

func checkCoverType(t *testing.T, path string, c coverType) {
	t.Helper()
	want := []string{"cover-title", "cover-document", "cover-deadline", "cover-organisation", "cover-contact"}
	if strings.Join(c.Order, " ") != strings.Join(want, " ") {
		t.Errorf("%s printed: the cover's parts run %q from the top, want %q", path, c.Order, want)
	}
	s := c.Sizes
	for _, r := range []struct {
		big, small string
		ratio      float64
	}{
		{"cover-title", "cover-deadline", 1.25},
		{"cover-deadline", "cover-organisation", 1.15},
		{"cover-organisation", "cover-contact", 1.1},
	} {
		if s[r.big] < r.ratio*s[r.small] {
			t.Errorf("%s printed: the cover's %s is %.1fpx and its %s %.1fpx, want the first %.2f times the second or more", path, r.big, s[r.big], r.small, s[r.small], r.ratio)
		}
	}
	if s["cover-deadline"] < s["cover-document"] {
		t.Errorf("%s printed: the cover's deadline is %.1fpx, smaller than the document's name (%.1fpx)", path, s["cover-deadline"], s["cover-document"])
	}
	if c.Label > s["cover-organisation"] {
		t.Errorf("%s printed: the pack's name (the h1) is %.1fpx, larger than the organisation (%.1fpx): it is a label, not the cover's title", path, c.Label, s["cover-organisation"])
	}
	if s["cover-contact"] < c.Body {
		t.Errorf("%s printed: the cover's phone numbers and address are %.1fpx, smaller than the body text (%.1fpx)", path, s["cover-contact"], c.Body)
	}
}

// The layout checks on made-up sheets, to show that they can fail.
func TestThePrintLayoutChecksSeeBadSheets(t *testing.T) {
	p := &printed{
		name: "bad",
		pages: []string{
			"Title\n\nThe five workshops\nArea Date Place\n\nA paragraph that runs on to the\n\nPage 1 of 2",
			"next sheet.\n\nEastern 29 September\n\nWestern 30 September\n\nPage 2 of 2",
		},
		raw: "see (https://www.example.org/rejected-\nstructures/) and (https://www.example.org/\nworkshops/)",
		dom: printDOM{
			Text:   "Title\nThe five workshops\nA paragraph that runs on to the next sheet.",
			Links:  []linkSeen{{Href: "https://www.example.org/rejected-structures/"}, {Href: "https://www.example.org/workshops/"}},
			Tables: []tableSeen{{Caption: "The five workshops", Rows: []string{"Eastern", "Western"}}},
		},
	}
	var all []string
	for _, f := range [][]string{checkAddressesUnbroken(p), checkNoLoneLines(p), checkCaptionsKeepRows(p)} {
		all = append(all, f...)
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{
		"rejected-structures/ is printed broken inside a word",
		`sheet 1 ends with one line of a paragraph, "A paragraph that runs on to the"`,
		`sheet 2 starts with one line of a paragraph, "next sheet."`,
		`sheet 1 ends with the caption "The five workshops" and 0 rows`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the layout checks did not find %q; they found:\n%s", want, got)
		}
	}
	if strings.Contains(got, "workshops/ is printed broken") {
		t.Errorf("an address broken after a / was reported:\n%s", got)
	}
}
