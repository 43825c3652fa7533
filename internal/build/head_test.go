package build_test

import (
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const headSite = `-- content/site.toml --
title = "Children's Services: your views"
base_url = "https://example.org/sub/"
organisation = "Test Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
-- content/index.md --
---
title: "Children's Services: your views"
description: Home.
---
Home.
-- content/short.md --
---
title: Short
description: A short one.
---
Short.
-- content/long.md --
---
title: "Our vision for children and young people in Norfolk"
description: A long one.
---
Long.
-- assets/favicon.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"></svg>
-- assets/favicon.png --
PNG
`

// TestHeadForBrowsersAndLinkPreviews: every page has the icons, the theme
// colour and the Open Graph and Twitter card tags from its front matter;
// titles are short, and the home page's is not repeated after itself.
func TestHeadForBrowsersAndLinkPreviews(t *testing.T) {
	s := sitetest.Build(t, headSite, build.Options{})
	s.AssertOK()
	s.AssertFile("index.html", "<title>Children&#39;s Services: your views</title>",
		`<meta property="og:url" content="https://example.org/sub/">`)
	s.AssertFile("short/index.html", "<title>Short: Children&#39;s Services: your views</title>",
		`<meta property="og:title" content="Short">`,
		`<meta property="og:description" content="A short one.">`,
		`<meta property="og:url" content="https://example.org/sub/short/">`,
		`<meta name="twitter:title" content="Short">`,
		`<meta name="twitter:description" content="A short one.">`)
	// With the site's title it would be 84 characters, over the 70 that
	// search results and tabs show.
	s.AssertFile("long/index.html", "<title>Our vision for children and young people in Norfolk</title>")
	for _, p := range []string{"index.html", "short/index.html", "404.html"} {
		s.AssertFile(p,
			`<meta name="theme-color" content="#1a3d7c">`,
			`<meta property="og:site_name" content="Children&#39;s Services: your views">`,
			`<meta property="og:locale" content="en_GB">`,
			`<meta name="twitter:card" content="summary">`,
			`<meta property="og:image" content="https://example.org/sub/assets/favicon.`,
			`<link rel="icon" href="/sub/assets/favicon.`, `type="image/svg+xml">`, `type="image/png" sizes="256x256">`)
	}
	s.AssertFileLacks("404.html", "og:url")
}
