package browsertest

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// The widths every page is checked at: a desktop, and 320 CSS pixels, the
// width of WCAG's reflow criterion (1280 at 400% zoom).
var widths = []struct {
	name          string
	width, height int64
}{
	{"1280", 1280, 800},
	{"320", 320, 640},
}

// axeTags are the rule sets run: WCAG 2.0, 2.1 and 2.2 A and AA, the AAA rules
// (among them 7:1 contrast for body text), and axe's best practices.
const axeRun = `axe.run(document, {
	runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice']},
	resultTypes: ['violations'],
}).then(r => r.violations.map(v => ({
	id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
	nodes: v.nodes.map(n => ({target: n.target.map(String), html: n.html, summary: n.failureSummary || ''})),
})))`

type axeViolation struct {
	ID, Impact, Help, HelpURL string
	Nodes                     []struct {
		Target        []string
		HTML, Summary string
	}
}

var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	// ";0" so that evaluating the library returns nothing to copy back.
	return string(b) + "\n;0", err
})

// page is one page of one build to open.
type pageOf struct {
	site *site
	path string
}

func (p pageOf) name() string { return p.site.name + "/" + p.path }

// allPages is every page of the open build, and the pages of the closed
// build that differ from it (the deadline, the form).
func allPages(t *testing.T) []pageOf {
	t.Helper()
	open, closed := builtSites(t)
	var ps []pageOf
	for _, p := range open.pages {
		ps = append(ps, pageOf{open, p})
	}
	for _, p := range closed.differentPages(open) {
		ps = append(ps, pageOf{closed, p})
	}
	return ps
}

func TestEveryPageHasNoAxeViolationsAt1280And320Pixels(t *testing.T) {
	chromiumPath(t)
	nodeModule(t, "axe-core/axe.min.js")
	src, err := axeSource()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range widths {
		for _, p := range allPages(t) {
			t.Run(w.name+"/"+p.name(), func(t *testing.T) {
				t.Parallel()
				tb := openTab(t, true)
				if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(w.width, w.height)); err != nil {
					t.Fatal(err)
				}
				url := p.site.url(p.path)
				tb.goTo(t, url)
				if err := chromedp.Do(tb.ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
					t.Fatalf("injecting axe-core into %s: %v", url, err)
				}
				vs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]axeViolation](axeRun, chromedp.EvalAwaitPromise))
				if err != nil {
					t.Fatalf("running axe-core on %s: %v", url, err)
				}
				for _, v := range vs {
					t.Errorf("%s at %spx: %s", p.name(), w.name, describe(v))
				}
				tb.checkReports(t, p.name())
			})
		}
	}
}

func describe(v axeViolation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "axe %s (%s): %s <%s>", v.ID, v.Impact, v.Help, v.HelpURL)
	for _, n := range v.Nodes {
		fmt.Fprintf(&b, "\n\t%s\n\t\t%s", strings.Join(n.Target, " "), n.HTML)
		for line := range strings.SplitSeq(n.Summary, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				fmt.Fprintf(&b, "\n\t\t%s", line)
			}
		}
	}
	return b.String()
}

func TestNoPageScrollsSidewaysAt320Pixels(t *testing.T) {
	chromiumPath(t)
	for _, p := range allPages(t) {
		t.Run(p.name(), func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(320, 640)); err != nil {
				t.Fatal(err)
			}
			tb.goTo(t, p.site.url(p.path))
			type size struct{ Scroll, Inner int }
			got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[size](
				`({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})`))
			if err != nil {
				t.Fatal(err)
			}
			if got.Scroll > got.Inner {
				wide, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](widerThanViewport))
				t.Errorf("%s at 320px: document.documentElement.scrollWidth = %d, want <= window.innerWidth = %d (it scrolls sideways); elements reaching past the right edge: %s",
					p.name(), got.Scroll, got.Inner, strings.Join(wide, ", "))
			}
		})
	}
}

// widerThanViewport names the innermost elements that reach past the
// viewport's right edge, to say what to fix.
const widerThanViewport = `(() => {
	const w = window.innerWidth, out = [];
	for (const el of document.body.querySelectorAll('*')) {
		const r = el.getBoundingClientRect();
		if (r.right > w + 0.5 && ![...el.children].some(c => c.getBoundingClientRect().right > w + 0.5)) {
			const id = el.id ? '#' + el.id : '';
			const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
			out.push(el.tagName.toLowerCase() + id + cls + ' (right edge ' + Math.round(r.right) + 'px)');
		}
	}
	return out.slice(0, 10);
})()`
