package build_test

import (
	"fmt"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

func TestAddressesAndAliasesMayNotCollide(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
-- content/about/index.md --
---
title: About section
description: About.
---
-- content/contact.md --
---
title: Contact
description: Contact.
aliases:
  - /about/
  - /old/
---
-- content/help.md --
---
title: Help
description: Help.
aliases: ["/old/"]
---
`, build.Options{})
	s.AssertDiags(
		"content/about/index.md:1: error: this page has the address /sub/about/, and so does content/about.md: rename or remove one of them",
		"content/contact.md:4: error: the alias /about/ is the address of content/about.md, so it cannot also redirect here: remove it from aliases",
		"content/help.md:4: error: the alias /old/ is already an alias of content/contact.md: an old address can redirect to one page only",
	)
}

func TestBrokenLinksAndAnchorsNameTheLine(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/index.md --
---
title: Home
description: Home.
---
Fine: [about](about.md#the-team) and [news](/news/).

Broken: [team](about.md#the-teem).

[Gone](/gone/) and [draft](secret.md).
-- content/about.md --
---
title: About
description: About.
---
## The team
-- content/secret.md --
---
title: Secret
description: Not yet.
draft: true
---
-- content/news/item.md --
---
title: Item
description: Item.
---
`, build.Options{})
	s.AssertDiags(
		`content/index.md:7: error: link to about.md#the-teem: the page is there, but it has no heading or element with the id "the-teem" (did you mean "the-team"?): correct the part after #`,
		"content/index.md:9: error: link to /gone/: there is no page at that address: check the spelling, or link to the page's .md file",
		"content/index.md:9: error: link to secret.md: that page is a draft, so it is not published: publish it (draft: false) or remove the link",
	)
}

func TestDraftsArePublishedOnlyWhenAsked(t *testing.T) {
	const site = settings + `
-- content/secret.md --
---
title: Secret
description: Not yet.
draft: true
---
`
	s := sitetest.Build(t, site, build.Options{})
	s.AssertOK()
	s.AssertNoFile("secret/index.html")
	s.AssertFileLacks("sitemap.xml", "secret")
	s = sitetest.Build(t, site, build.Options{Drafts: true})
	s.AssertOK()
	s.AssertFile("secret/index.html", "<h1>Secret</h1>", "Draft: not published.")
}

// TestLayoutErrorsNameTheLayoutFileAndLine checks mistakes found when a
// layout is parsed and when it runs, in a build that minifies, whose
// layouts are run minified onto a single line, and in one that does not.
func TestLayoutErrorsNameTheLayoutFileAndLine(t *testing.T) {
	for _, tc := range []struct {
		name, layout string
		line         int
	}{
		{"parse", "{{define \"main\"}}\n<p>{{.Title}</p>\n{{end}}\n", 2},
		{"run", "{{define \"main\"}}\n<p>{{.Title}}</p>\n\n<p>{{.Nothing}}</p>\n{{end}}\n", 4},
	} {
		for _, minify := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/minify=%v", tc.name, minify), func(t *testing.T) {
				s := sitetest.Build(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
-- layouts/page.html --
`+tc.layout, build.Options{Minify: minify})
				if len(s.Diags) != 1 || s.Diags[0].File != "layouts/page.html" || s.Diags[0].Line != tc.line {
					t.Errorf("problems = %v, want one at layouts/page.html:%d", s.Diags, tc.line)
				}
			})
		}
	}
}

func TestContentErrorsFromEveryFileAreReportedTogether(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/a.md --
---
title: A
---
-- content/b.md --
---
title: B
description: B.
weight: heavy
---
-- content/c.md --
---
title: C
description: C.
---
![](/assets/x.png)
`, build.Options{})
	files := map[string]bool{}
	for _, d := range s.Diags {
		files[d.File] = true
		if d.Line == 0 {
			t.Errorf("%v has no line", d)
		}
	}
	for _, f := range []string{"content/a.md", "content/b.md", "content/c.md"} {
		if !files[f] {
			t.Errorf("no problem reported for %s; problems:\n%s", f, s.Diags.Error())
		}
	}
	if s.Result != nil {
		t.Errorf("a build with errors returned a site")
	}
}
