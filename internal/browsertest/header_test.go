package browsertest

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// headerFacts is what a phone's reader meets before the page's own heading.
type headerFacts struct {
	Bottom, H1Top float64 // CSS pixels from the top of the page
	Organisation  string  // the header's identity line
	HomeLinks     int     // links to the home page in the header
	Current       []struct{ Text, Href, Value string }
	LastCrumb     struct {
		Text    string
		IsLink  bool
		Current string
	}
	Crumbs []string // the addresses of the breadcrumbs that are links
	Path   string   // the page's own
}

const readHeader = `(() => {
	const header = document.querySelector('header');
	const home = new URL(document.querySelector('.site-title a').href).pathname;
	const h = {
		bottom: header.getBoundingClientRect().bottom + scrollY,
		h1Top: document.querySelector('h1').getBoundingClientRect().top + scrollY,
		organisation: (header.querySelector('.site-organisation') || {textContent: ''}).textContent.trim(),
		homeLinks: [...header.querySelectorAll('a[href]')].filter(a => new URL(a.href).pathname === home).length,
		current: [...document.querySelectorAll('header a[aria-current]')].map(a => ({text: a.textContent.trim(), href: new URL(a.href).pathname, value: a.getAttribute('aria-current')})),
		crumbs: [...document.querySelectorAll('nav.breadcrumbs a')].map(a => new URL(a.href).pathname),
		path: location.pathname,
		lastCrumb: {text: '', isLink: false, current: ''},
	};
	const items = document.querySelectorAll('nav.breadcrumbs li');
	if (items.length) {
		const last = items[items.length - 1];
		h.lastCrumb = {text: last.textContent.trim(), isLink: !!last.querySelector('a'), current: last.getAttribute('aria-current') || ''};
	}
	return h;
})()`

// wantCurrent is the link the menu should mark on a page, and how: the
// page itself ("page"), or on a page further down, the section it is in,
// the breadcrumb after the home page's ("true"). A page not in the menu
// nor below one that is (the 404 page) has none; on the home page it is
// the site's title.
func wantCurrent(p pageOf, h headerFacts) (href, value string) {
	switch {
	case p.path == "404.html":
		return "", ""
	case len(h.Crumbs) >= 2:
		return h.Crumbs[1], "true"
	}
	return h.Path, "page"
}

func TestTheHeaderFitsATopThirdOfAPhoneAndMarksWhereYouAre(t *testing.T) {
	chromiumPath(t)
	facts, err := realFacts()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range allPages(t) {
		t.Run(p.name(), func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, true)
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(320, 640)); err != nil {
				t.Fatal(err)
			}
			tb.goTo(t, p.site.url(p.path))
			h, err := chromedp.Run(tb.ctx, chromedp.Evaluate[headerFacts](readHeader))
			if err != nil {
				t.Fatal(err)
			}
			if h.Bottom > 640.0/3 {
				t.Errorf("%s at 320 x 640: the header ends %.0fpx down, want within the top third (213px)", p.name(), h.Bottom)
			}
			if h.Organisation != facts.organisation {
				t.Errorf("%s: the header's identity line is %q, want %q", p.name(), h.Organisation, facts.organisation)
			}
			if h.HomeLinks != 1 {
				t.Errorf("%s: the header has %d links to the home page, want 1 (the site's title)", p.name(), h.HomeLinks)
			}
			checkCurrent(t, p, h)
			if p.path == "index.html" {
				return
			}
			if len(h.Crumbs) == 0 || h.LastCrumb.IsLink || h.LastCrumb.Current != "page" {
				t.Errorf("%s: the breadcrumbs link to %q, then %+v; want a link home at least, then the page itself, not a link, with aria-current=\"page\"", p.name(), h.Crumbs, h.LastCrumb)
			}
		})
	}
}

func checkCurrent(t *testing.T, p pageOf, h headerFacts) {
	t.Helper()
	href, value := wantCurrent(p, h)
	if href == "" {
		if len(h.Current) != 0 {
			t.Errorf("%s: the header marks %+v as current, want nothing", p.name(), h.Current)
		}
		return
	}
	if len(h.Current) != 1 || h.Current[0].Href != href || h.Current[0].Value != value {
		t.Errorf("%s: the header marks %+v as current, want one link to %s with aria-current=%q", p.name(), h.Current, href, value)
	}
}
