package build_test

import (
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const limitsPage = `-- content/index.md --
---
title: Home
description: The home page.
---
## One

## Two

## Three
`

func TestLimitsAreReportedAndRaisedInSiteToml(t *testing.T) {
	s := sitetest.Build(t, settings+"\n[limits]\nheadings_per_page = 2\npages = 5\n"+limitsPage, build.Options{})
	s.AssertDiags("content/index.md:9: error: this is heading number 3, over the limit of 2: split the page into several; " +
		"if it is meant, raise the limit with headings_per_page = 4 under [limits] in content/site.toml")

	s = sitetest.Build(t, settings+"\n[limits]\nheadings_per_page = 3\n"+limitsPage, build.Options{})
	s.AssertOK()
}

func TestTooManyPagesAreNotRead(t *testing.T) {
	s := sitetest.Build(t, settings+"\n[limits]\npages = 1\n"+limitsPage+`
-- content/other.md --
not even front matter
`, build.Options{})
	s.AssertDiags("content: error: the site has 2 pages, over the limit of 1: check that content/ holds only the site's pages; " +
		"if it is meant, raise the limit with pages = 2 under [limits] in content/site.toml")
}

func TestPageOutputLimit(t *testing.T) {
	// The layout alone is more than 500 bytes.
	s := sitetest.Build(t, settings+"\n[limits]\npage_bytes = 500\n"+limitsPage, build.Options{})
	found := false
	for _, d := range s.Diags {
		found = found || strings.HasPrefix(d.String(), "content/index.md:1: error: the page's HTML is ") &&
			strings.Contains(d.Message, " bytes, over the limit of 500: split the page into several; ")
	}
	if !found || s.Result != nil {
		t.Errorf("problems = %v, want content/index.md:1: the page's HTML is over the limit of 500", s.Diags)
	}
}

func TestUnknownAndWrongLimits(t *testing.T) {
	s := sitetest.Build(t, settings+"\n[limits]\nfile_byte = 5\npages = -1\n"+limitsPage, build.Options{})
	s.AssertDiags(
		`content/site.toml:9: error: unknown limit "file_byte" (did you mean "file_bytes"?): [limits] may have file_bytes, front_matter_bytes, front_matter_depth, markdown_depth, table_cells, headings_per_page, pages, page_bytes, layout_bytes, asset_bytes, avoid_list_bytes, title_chars, description_chars and output_bytes`,
		"content/site.toml:10: error: pages must be a whole number above 0 (and below 2,147,483,647), like pages = 50000",
	)
}
