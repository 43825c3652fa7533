package build_test

import (
	"regexp"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// settings is a site.toml for test sites, under a sub-path like the real one.
const settings = `-- content/site.toml --
title = "Test site"
base_url = "https://example.org/sub/"
organisation = "Test Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`

func TestPagesSectionsAndListPages(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/index.md --
---
title: Home
description: The home page.
---
Welcome.
-- content/about.md --
---
title: About
description: About us.
weight: 2
---
About text.
-- content/news/first.md --
---
title: First
description: First item.
date: 2005-05-07
---
First.
-- content/news/second.md --
---
title: Second
description: Second item.
date: 2005-05-08
---
Second.
-- content/news/deep/third.md --
---
title: Third
description: Third item.
---
Third.
`, build.Options{})
	s.AssertOK()
	s.AssertFile("index.html", "<h1>Home</h1>", "Welcome.", `lang="en-GB"`)
	s.AssertFile("about/index.html", "<h1>About</h1>", "About text.")
	// news/ has no index.md: it gets a list page of its pages, in date order.
	s.AssertFile("news/index.html", "<h1>News</h1>", `href="https://example.org/sub/news/first/"`, `href="https://example.org/sub/news/second/"`, `href="https://example.org/sub/news/deep/"`)
	first := strings.Index(s.Files["news/index.html"], "/sub/news/first/")
	second := strings.Index(s.Files["news/index.html"], "/sub/news/second/")
	if first > second {
		t.Errorf("news list: first (2005-05-07) comes after second (2005-05-08)")
	}
	s.AssertFile("news/deep/index.html", "<h1>Deep</h1>", `href="https://example.org/sub/news/deep/third/"`)
	s.AssertFile("news/first/index.html", `<time datetime="2005-05-07">Saturday 7 May 2005</time>`,
		`<a href="/sub/news/">News</a>`)
	s.AssertFile("404.html", "Page not found")
}

func TestWeightOrdersNavigationBeforeUnweighted(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/zebra.md --
---
title: Zebra
description: Z.
weight: 1
---
-- content/apple.md --
---
title: Apple
description: A.
---
-- content/mango.md --
---
title: Mango
description: M.
weight: 2
---
`, build.Options{})
	s.AssertOK()
	home := s.Files["index.html"]
	z, m, a := strings.Index(home, ">Zebra<"), strings.Index(home, ">Mango<"), strings.Index(home, ">Apple<")
	if !(z < m && m < a) {
		t.Errorf("navigation order: Zebra at %d, Mango at %d, Apple at %d; want Zebra, Mango, Apple", z, m, a)
	}
}

func TestNoLinkLeavesTheSubPath(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/index.md --
---
title: Home
description: Home.
---
[About](about.md), [news](/news/), [top](#top-heading)

## Top heading
-- content/about.md --
---
title: About
description: About.
aliases: [/old-about/]
---
![A map of Norfolk](/assets/images/map.svg)
-- content/updates/one.md --
---
title: One
description: One.
date: 2005-05-07
---
-- content/news/item.md --
---
title: Item
description: Item.
---
-- assets/site.css --
body { color: black; }
-- assets/images/map.svg --
<svg xmlns="http://www.w3.org/2000/svg"></svg>
`, build.Options{})
	s.AssertOK()
	addr := regexp.MustCompile(`(?:href|src)="([^"]*)"|<(?:loc|id)>([^<]*)<`)
	for path, body := range s.Files {
		for _, m := range addr.FindAllStringSubmatch(body, -1) {
			u := m[1] + m[2]
			switch {
			case strings.HasPrefix(u, "/sub/"), strings.HasPrefix(u, "https://example.org/sub/"),
				strings.HasPrefix(u, "#"), strings.HasPrefix(u, "tel:"):
			default:
				t.Errorf("%s: address %q leaves /sub/", path, u)
			}
		}
	}
	s.AssertFile("_redirects", "/old-about/ https://example.org/sub/about/ 301\n")
	s.AssertFile("robots.txt", "Sitemap: https://example.org/sub/sitemap.xml")
	s.AssertFile("sitemap.xml", "<loc>https://example.org/sub/about/</loc>")
	s.AssertFile("updates/feed.xml", `<link href="https://example.org/sub/updates/feed.xml" rel="self"`)
}

func TestBareOriginBuildsAtTheRoot(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
`, build.Options{BaseURL: "http://127.0.0.1:8080/"})
	s.AssertOK()
	s.AssertFile("index.html", `href="/about/"`, `href="http://127.0.0.1:8080/about/"`, `<link rel="canonical" href="http://127.0.0.1:8080/">`)
}
