package build_test

import (
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const searchSite = settings + `
-- content/index.md --
---
title: Home
description: Home.
---
Home.
-- content/news.md --
---
title: News
description: News.
date: 2005-05-01
updated: 2005-06-01
---
News.
-- content/thanks.md --
---
title: Thanks
description: Thanks.
noindex: true
---
Thanks.
-- content/printed.md --
---
title: Printed
description: Printed.
print: 1
---
Printed.
-- content/later.md --
---
title: Later
description: Later.
date: 2005-10-12
---
Later.
`

// TestSitemapDatesNeverAheadOfTheBuild: lastmod is updated, else date, and
// a date still to come (a workshop's day) is left out rather than listed.
func TestSitemapDatesNeverAheadOfTheBuild(t *testing.T) {
	may := sitetest.Build(t, searchSite, build.Options{Now: time.Date(2005, 5, 20, 0, 0, 0, 0, time.UTC)})
	may.AssertOK()
	may.AssertFile("sitemap.xml", "<loc>https://example.org/sub/news/</loc>\n    <lastmod>2005-05-01</lastmod>",
		"<loc>https://example.org/sub/later/</loc>\n  </url>")
	may.AssertFileLacks("sitemap.xml", "2005-06-01", "2005-10-12")

	nov := sitetest.Build(t, searchSite, build.Options{Now: time.Date(2005, 11, 1, 0, 0, 0, 0, time.UTC)})
	nov.AssertOK()
	nov.AssertFile("sitemap.xml", "<lastmod>2005-06-01</lastmod>", "<lastmod>2005-10-12</lastmod>")
}

// TestPagesNotForSearch: the noindex page, the print packs and the 404 page
// are not in the sitemap, and tell search engines so; the 404 page has no
// canonical address, as it has no address of its own.
func TestPagesNotForSearch(t *testing.T) {
	s := sitetest.Build(t, searchSite, build.Options{})
	s.AssertOK()
	for _, p := range []string{"thanks/index.html", "print/index.html", "print/large/index.html", "404.html"} {
		s.AssertFile(p, `<meta name="robots" content="noindex">`)
		s.AssertFileLacks(p, `rel="canonical"`)
	}
	s.AssertFileLacks("sitemap.xml", "/thanks/", "/print/", "404")
	for _, p := range []string{"index.html", "news/index.html", "printed/index.html"} {
		s.AssertFile(p, `<link rel="canonical"`)
		s.AssertFileLacks(p, `noindex`)
	}
}
