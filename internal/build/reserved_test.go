package build_test

import (
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// TestPagesMayNotTakeWhatTheBuildMakes: a page at a print pack's address
// took the pack's place, and with print: 1 held itself until the stack
// ran out; an alias at a made file was a redirect the host never follows.
// Names with dots (content/sitemap.xml.md) are refused as names already.
func TestPagesMayNotTakeWhatTheBuildMakes(t *testing.T) {
	page := func(name, extra string) string {
		return "-- content/" + name + " --\n---\ntitle: " + name + "\ndescription: A page.\nprint: 1\n" + extra + "---\n"
	}
	s := sitetest.Build(t, settings+page("print.md", "")+page("print/large.md", "")+
		page("vision.md", "aliases: [/sitemap.xml, /robots.txt, /_redirects/, /404.html, /updates/feed.xml, /print/]\n"), build.Options{})
	s.AssertDiags(
		"content/print.md: error: this page would be published as /print/, where the build writes the print pack: rename the file so that the page has another address",
		"content/print/large.md: error: this page would be published as /print/large/, where the build writes the large-print pack: rename the file so that the page has another address",
		"content/vision.md:5: error: the alias /404.html is where the build writes the page for addresses that do not exist, which the host serves instead of redirecting: remove it from aliases",
		"content/vision.md:5: error: the alias /_redirects/ is where the build writes the host's redirect rules (_redirects), which the host serves instead of redirecting: remove it from aliases",
		"content/vision.md:5: error: the alias /print/ is the address of content/print.md, so it cannot also redirect here: remove it from aliases",
		"content/vision.md:5: error: the alias /print/ is where the build writes the print pack, which the host serves instead of redirecting: remove it from aliases",
		"content/vision.md:5: error: the alias /robots.txt is where the build writes the rules for search engines (robots.txt), which the host serves instead of redirecting: remove it from aliases",
		"content/vision.md:5: error: the alias /sitemap.xml is where the build writes the sitemap for search engines, which the host serves instead of redirecting: remove it from aliases",
		"content/vision.md:5: error: the alias /updates/feed.xml is where the build writes the updates feed, which the host serves instead of redirecting: remove it from aliases",
	)
}

func TestOutputOverItsLimitStopsTheBuild(t *testing.T) {
	s := sitetest.Build(t, settings+`
[limits]
output_bytes = 2000
-- content/index.md --
---
title: Home
description: Home.
---
-- content/vision.md --
---
title: Vision
description: Vision.
---
`, build.Options{})
	if s.Result != nil {
		t.Errorf("the build succeeded, want it stopped")
	}
	s.AssertDiags("content: error: the site's files come to more than 2,000 bytes, over the limit of 2,000: every page repeats the menu's titles, so long titles on many pages multiply: shorten the titles, or split the site; if it is meant, raise the limit with output_bytes = 4_000 under [limits] in content/site.toml")
}

// TestBaseURLCannotWriteRedirectRules: the base path went into _redirects
// decoded, so an encoded line break started a rule of the editor's choosing.
func TestBaseURLCannotWriteRedirectRules(t *testing.T) {
	s := sitetest.Build(t, strings.Replace(settings, "https://example.org/sub/", "https://example.org/a%0A/*%20https://evil.example/%20301!%0A/", 1)+`
-- content/index.md --
---
title: Home
description: Home.
aliases: [/old/]
---
`, build.Options{})
	s.AssertDiags(`content/site.toml:2: error: base_url "https://example.org/a%0A/*%20https://evil.example/%20301!%0A/" has a path that is not plain folder names: use letters, digits, "-", "_", "." and "/", like "/childrensservices/"`)
	if strings.Contains(s.Files["_redirects"], "evil") {
		t.Errorf("_redirects = %q", s.Files["_redirects"])
	}
}
