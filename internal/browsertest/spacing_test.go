package browsertest

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// Browsers do not let a page read how a visited link is drawn, so the
// colours are read from the stylesheet: a visited link has 7:1 contrast or
// more on white and on the panels, and is a hue of its own, not a shade of
// the links' blue.
func TestVisitedLinksAreDistinctAndReadable(t *testing.T) {
	css, err := os.ReadFile("../../assets/site.css")
	if err != nil {
		t.Fatal(err)
	}
	colour := func(name string) [3]float64 {
		m := regexp.MustCompile(`--` + name + `:\s*#([0-9a-fA-F]{6})`).FindSubmatch(css)
		if m == nil {
			t.Fatalf("assets/site.css sets no --%s: #rrggbb", name)
		}
		var c [3]float64
		for i := range c {
			v, _ := strconv.ParseUint(string(m[1][2*i:2*i+2]), 16, 8)
			c[i] = float64(v)
		}
		return c
	}
	link, visited, panel := colour("link"), colour("link-visited"), colour("panel")
	if !regexp.MustCompile(`a:visited\s*\{[^}]*color:\s*var\(--link-visited\)`).Match(css) {
		t.Error("assets/site.css does not colour a:visited with var(--link-visited)")
	}
	for what, bg := range map[string][3]float64{"white": {255, 255, 255}, "the panel": panel} {
		if c := contrast(visited, bg); c < 7 {
			t.Errorf("a visited link has %.2f:1 contrast on %s, want 7:1 or more", c, what)
		}
	}
	if d := hueDistance(link, visited); d < 60 {
		t.Errorf("visited links are %.0f° of hue from unvisited ones, want 60° or more so that they can be told apart", d)
	}
}

// hueDistance is how far apart two colours are round the colour wheel, in
// degrees.
func hueDistance(a, b [3]float64) float64 {
	d := math.Abs(hue(a) - hue(b))
	return math.Min(d, 360-d)
}

func hue(c [3]float64) float64 {
	r, g, b := c[0]/255, c[1]/255, c[2]/255
	hi, lo := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	if hi == lo {
		return 0
	}
	var h float64
	switch hi {
	case r:
		h = math.Mod((g-b)/(hi-lo), 6)
	case g:
		h = (b-r)/(hi-lo) + 2
	default:
		h = (r-g)/(hi-lo) + 4
	}
	return math.Mod(h*60+360, 360)
}

// boxSpacing is the space around the boxes of a page: notices and quotations.
type boxSpacing struct {
	What                  string
	Top, Bottom, GapAfter float64 // inside the box above its text, below it; below the box
}

const readBoxSpacing = `[...document.querySelectorAll('main .notice, main blockquote')].map(el => {
	const r = el.getBoundingClientRect(), kids = [...el.children];
	const first = kids.length ? kids[0].getBoundingClientRect() : r, last = kids.length ? kids[kids.length - 1].getBoundingClientRect() : r;
	const next = el.nextElementSibling;
	return {what: el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ': ' + el.textContent.trim().slice(0, 40),
		top: first.top - r.top, bottom: r.bottom - last.bottom,
		gapAfter: next ? next.getBoundingClientRect().top - r.bottom : 99};
})`

// A notice or quotation has the same space above its text as below it, and
// is never flush against what follows it.
func TestBoxesHaveEvenSpaceAndRoomAfterThem(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	for _, path := range []string{"index.html", "vision/index.html", "workshops/northern/index.html", "consultation/index.html"} {
		for _, w := range widths {
			t.Run(w.name+"/"+path, func(t *testing.T) {
				t.Parallel()
				tb := openTab(t, true)
				if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(w.width, w.height)); err != nil {
					t.Fatal(err)
				}
				tb.goTo(t, open.url(path))
				boxes, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]boxSpacing](readBoxSpacing))
				if err != nil {
					t.Fatal(err)
				}
				if len(boxes) == 0 {
					t.Fatalf("%s has no notice or quotation", path)
				}
				for _, b := range boxes {
					if math.Abs(b.Top-b.Bottom) > 1 {
						t.Errorf("%s at %spx: %s has %.0fpx above its text and %.0fpx below, want them equal", path, w.name, b.What, b.Top, b.Bottom)
					}
					if b.GapAfter < 16 {
						t.Errorf("%s at %spx: %s has %.0fpx below it before the next block, want 16px or more", path, w.name, b.What, b.GapAfter)
					}
				}
			})
		}
	}
}
