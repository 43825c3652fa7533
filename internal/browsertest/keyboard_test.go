package browsertest

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// press sends one key as a keyboard does: down (with its character, if
// any) and up.
func press(key, code string, keyCode int64, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeRawKeyDown,
			Key: key, Code: code, WindowsVirtualKeyCode: keyCode, NativeVirtualKeyCode: keyCode}
		if text != "" {
			down.Type, down.Text, down.UnmodifiedText = input.DispatchKeyEventTypeKeyDown, text, text
		}
		up := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyUp,
			Key: key, Code: code, WindowsVirtualKeyCode: keyCode, NativeVirtualKeyCode: keyCode}
		for _, p := range []input.DispatchKeyEventParams{down, up} {
			if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, p); err != nil {
				return err
			}
		}
		return nil
	})
}

var (
	tabKey   = press("Tab", "Tab", 9, "")
	enterKey = press("Enter", "Enter", 13, "\r")
)

// focused describes document.activeElement and how it is drawn.
type focused struct {
	Tag, ID, Class, Text, Href string
	OutlineStyle, OutlineColor string
	OutlineWidth               float64
	BoxShadow                  string
	Key                        string // a path that names the element
}

const activeElement = `(() => {
	const el = document.activeElement, s = getComputedStyle(el);
	const path = [];
	for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
		path.unshift(e.tagName.toLowerCase() + ':' + (e.parentElement ? [...e.parentElement.children].indexOf(e) : 0));
	}
	return {tag: el.tagName.toLowerCase(), id: el.id, class: typeof el.className === 'string' ? el.className : '',
		text: (el.textContent || el.name || '').trim().slice(0, 60), href: el.getAttribute('href') || '',
		outlineStyle: s.outlineStyle, outlineColor: s.outlineColor, outlineWidth: parseFloat(s.outlineWidth) || 0,
		boxShadow: s.boxShadow, key: path.join('/')};
})()`

func (f focused) String() string {
	s := "<" + f.Tag
	if f.ID != "" {
		s += ` id="` + f.ID + `"`
	}
	if f.Class != "" {
		s += ` class="` + f.Class + `"`
	}
	if f.Href != "" {
		s += ` href="` + f.Href + `"`
	}
	return s + ">" + f.Text
}

// visibleFocus reports whether the element draws a focus indicator that
// shows at every edge of the screen: an outline on all four sides, 2px or
// wider, in a colour of 3:1 or more against the white page (WCAG 2.4.13).
// A box shadow under the element alone is cut off at the screen's foot.
func (f focused) visibleFocus() bool {
	c, ok := parseRGB(f.OutlineColor)
	return ok && f.OutlineStyle != "none" && f.OutlineWidth >= 2 && contrast(c, [3]float64{255, 255, 255}) >= 3
}

// parseRGB reads an opaque colour as getComputedStyle writes it, "rgb(r, g, b)".
func parseRGB(s string) ([3]float64, bool) {
	var c [3]float64
	if _, err := fmt.Sscanf(s, "rgb(%g, %g, %g)", &c[0], &c[1], &c[2]); err != nil {
		return c, false
	}
	return c, true
}

// contrast is WCAG's contrast ratio of two sRGB colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			v /= 255
			if v <= 0.04045 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func activeAfter(t *testing.T, tb *tab, keys ...chromedp.Action[chromedp.Void]) focused {
	t.Helper()
	if err := chromedp.Do(tb.ctx, keys...); err != nil {
		t.Fatalf("pressing keys: %v", err)
	}
	f, err := chromedp.Run(tb.ctx, chromedp.Evaluate[focused](activeElement))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestTabFromAFreshPageFocusesTheSkipLink(t *testing.T) {
	chromiumPath(t)
	for _, p := range allPages(t) {
		t.Run(p.name(), func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			tb.goTo(t, p.site.url(p.path))
			got := activeAfter(t, tb, tabKey)
			if got.Tag != "a" || !strings.Contains(" "+got.Class+" ", " skip-link ") {
				t.Fatalf("%s: after one Tab the focus is on %s, want the .skip-link anchor", p.name(), got)
			}
			got = activeAfter(t, tb, enterKey)
			if got.ID != "main" {
				t.Errorf("%s: Enter on the skip link moved the focus to %s, want the element with id \"main\"", p.name(), got)
			}
		})
	}
}

func TestEveryLinkAndControlShowsWhereTheFocusIs(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	for _, p := range []string{"index.html", "have-your-say/index.html"} {
		t.Run(p, func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			tb.goTo(t, open.url(p))
			want, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](tabbable))
			if err != nil {
				t.Fatal(err)
			}
			if want == 0 {
				t.Fatalf("%s has no links or controls to tab to", p)
			}
			seen := map[string]bool{}
			for range want + 5 {
				f := activeAfter(t, tb, tabKey)
				if f.Tag == "body" || seen[f.Key] {
					break // round the page and back
				}
				seen[f.Key] = true
				if !f.visibleFocus() {
					t.Errorf("%s: %s has no visible focus indicator: outline %s %vpx %s, box-shadow %s",
						p, f, f.OutlineStyle, f.OutlineWidth, f.OutlineColor, f.BoxShadow)
				}
			}
			if len(seen) < want {
				t.Errorf("%s: Tab reached %d elements, want all %d links and controls", p, len(seen), want)
			}
		})
	}
}

// tabbable counts the links and controls that Tab should reach.
const tabbable = `[...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(el =>
	el.tabIndex >= 0 && !el.disabled && el.type !== 'hidden' && el.getClientRects().length > 0 &&
	getComputedStyle(el).visibility !== 'hidden').length`
