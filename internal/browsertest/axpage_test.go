package browsertest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// What a screen reader user finds on every page, read from the
// accessibility tree: the landmarks (a banner with the main menu, the
// main content and the footer, once each), one level-1 heading that is the
// page's title, no level skipped on the way down, and a name for every link.
func TestEveryPageReadsWellToAScreenReader(t *testing.T) {
	chromiumPath(t)
	for _, p := range allPages(t) {
		t.Run(p.name(), func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			tb.goTo(t, p.site.url(p.path))
			h1, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.querySelector('h1').textContent.trim()`))
			if err != nil {
				t.Fatal(err)
			}
			ax := axTree(t, tb)
			for _, l := range []struct{ role, name string }{{"banner", ""}, {"navigation", "Main"}, {"main", ""}, {"contentinfo", ""}} {
				n := len(ax.find(func(n *axNode) bool { return n.Role == l.role && (l.name == "" || n.Name == l.name) }))
				if n != 1 {
					t.Errorf("%s: a screen reader finds %d %s landmarks %q, want 1", p.name(), n, l.role, l.name)
				}
			}
			checkHeadingsHeard(t, p, ax, h1)
			for _, a := range ax.find(hasRole("link")) {
				if strings.TrimSpace(a.Name) == "" {
					t.Errorf("%s: a link has no name for a screen reader: %+v", p.name(), a.Props)
				}
			}
		})
	}
}

func checkHeadingsHeard(t *testing.T, p pageOf, ax *axNode, h1 string) {
	t.Helper()
	var ones []string
	prev := 0
	for _, h := range ax.find(hasRole("heading")) {
		level, _ := strconv.Atoi(h.Props["level"])
		if level == 1 {
			ones = append(ones, h.Name)
		}
		if prev > 0 && level > prev+1 {
			t.Errorf("%s: the heading %q is level %d after a level %d: a level is skipped", p.name(), h.Name, level, prev)
		}
		prev = level
	}
	if len(ones) != 1 || ones[0] != h1 {
		t.Errorf("%s: a screen reader finds the level-1 headings %q, want one, %q", p.name(), ones, h1)
	}
}
