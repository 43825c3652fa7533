package check

import (
	"context"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// Options say which checks to run beyond those every build runs.
type Options struct {
	// PastDates reports a closing date or a workshop already past by the
	// site's Now. "microsite check" turns it on; a build leaves it off, as
	// an old consultation is rebuilt long after its dates, and its pages
	// already say so.
	PastDates bool
	// Avoid is the list of words plain-English guidance says to avoid, as
	// read by ParseAvoidList from content/avoid-words.txt.
	Avoid []Avoid
}

// Limits the checks hold pages to.
const (
	maxDescription     = 160 // characters, about what search engines show
	maxSentenceWords   = 25
	maxReadingAge      = 11
	minWordsForReading = 40 // a shorter page's reading age says little
)

// Run checks every page with a source file against the rest of the site.
// pages holds each page's converted Markdown; a page without one is checked
// on its front matter alone. Pages are checked in parallel; the list is
// sorted, so it does not depend on the order they finish in.
func Run(ctx context.Context, s *site.Site, pages map[*site.Page]*markdown.Result, opts Options) diag.List {
	var sources []*site.Page
	for _, p := range s.Pages {
		if p.Source != "" {
			sources = append(sources, p)
		}
	}
	lists := make([]diag.List, len(sources))
	workers.Run(ctx, len(sources), func(i int) error {
		lists[i] = checkPage(s, sources[i], pages[sources[i]], opts)
		return nil
	})
	var l diag.List
	duplicates(sources, &l)
	for _, pl := range lists {
		l = append(l, pl...)
	}
	l.Sort()
	return l
}

// checkPage runs the checks that need nothing but the page itself.
func checkPage(s *site.Site, p *site.Page, r *markdown.Result, opts Options) diag.List {
	var l diag.List
	description(p, &l)
	if opts.PastDates {
		pastDates(s, p, &l)
	}
	if r == nil {
		return l
	}
	images(p.Source, r.Images, &l)
	headings(p.Source, r.Headings, &l)
	links(p.Source, r.Links, &l)
	longSentences(p.Source, r.Blocks, &l)
	readingAge(p, r.Blocks, &l)
	avoidWords(p, r.Blocks, opts.Avoid, &l)
	return l
}
