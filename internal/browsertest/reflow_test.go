package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// textSpacing is WCAG 1.4.12's test: line height 1.5 times the font size,
// 2 times after paragraphs, letter spacing 0.12 and word spacing 0.16.
// It is adopted as a constructed style sheet, which the pages' Content
// Security Policy (style-src 'self') does not stop, as a reader's own
// style sheet or extension would not be stopped.
const textSpacing = `(() => {
	const s = new CSSStyleSheet();
	s.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
	return parseFloat(getComputedStyle(document.querySelector('h1')).letterSpacing);
})()`

// reflowCase is a reader's setting under which no page may scroll sideways.
type reflowCase struct {
	name          string
	width, height int64
	fontSize      int64 // the browser's default font size; 16 is its own
	spacing       bool  // WCAG 1.4.12 text spacing
}

var reflowCases = []reflowCase{
	{"text spacing at 320px", 320, 640, 16, true},
	{"200% text at 320px", 320, 640, 32, false},
	{"200% text with text spacing at 320px", 320, 640, 32, true},
	// 1280 x 800 at 400%: 320 x 200 CSS pixels.
	{"400% zoom of 1280px", 320, 200, 16, false},
}

func TestNoPageScrollsSidewaysUnderTheReadersSettings(t *testing.T) {
	chromiumPath(t)
	for _, c := range reflowCases {
		for _, p := range allPages(t) {
			t.Run(c.name+"/"+p.name(), func(t *testing.T) {
				t.Parallel()
				checkReflow(t, c, p)
			})
		}
	}
}

func checkReflow(t *testing.T, c reflowCase, p pageOf) {
	t.Helper()
	tb := openTab(t, true)
	err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(c.width, c.height),
		call(page.SetFontSizes, page.SetFontSizesParams{FontSizes: &page.FontSizes{Standard: c.fontSize, Fixed: c.fontSize * 13 / 16}}))
	if err != nil {
		t.Fatal(err)
	}
	tb.goTo(t, p.site.url(p.path))
	where := fmt.Sprintf("%s with %s", p.name(), c.name)
	if c.spacing {
		ls, err := chromedp.Run(tb.ctx, chromedp.Evaluate[float64](textSpacing))
		if err != nil {
			t.Fatal(err)
		}
		if ls <= 0 {
			t.Fatalf("%s: the text spacing did not apply: the heading's letter spacing is %vpx", where, ls)
		}
	}
	root, err := chromedp.Run(tb.ctx, chromedp.Evaluate[float64](`parseFloat(getComputedStyle(document.documentElement).fontSize)`))
	if err != nil {
		t.Fatal(err)
	}
	if root != float64(c.fontSize) {
		t.Fatalf("%s: the text is %vpx, want the reader's %dpx", where, root, c.fontSize)
	}
	type size struct{ Scroll, Inner int }
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[size](`({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})`))
	if err != nil {
		t.Fatal(err)
	}
	if got.Scroll > got.Inner {
		wide, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](widerThanViewport))
		t.Errorf("%s: the page is %dpx wide in a %dpx window (it scrolls sideways); reaching past the right edge: %s",
			where, got.Scroll, got.Inner, strings.Join(wide, ", "))
	}
}
