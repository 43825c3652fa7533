package check

import (
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
)

// Options say which checks to run beyond those every build runs.
type Options struct {
	// Advice runs the checks whose findings are warnings: plain English,
	// reading age, alt text, link text, duplicates and descriptions.
	// "microsite check" and the preview's report run them; a build runs
	// only the checks that find errors, which are all it may fail on.
	Advice bool
	// PastDates reports a closing date or a workshop already past by the
	// site's Now. "microsite check" turns it on; a build leaves it off, as
	// an old consultation is rebuilt long after its dates, and its pages
	// already say so.
	PastDates bool
	// Avoid is the list of words plain-English guidance says to avoid, as
	// read by ParseAvoidList from content/avoid-words.txt.
	Avoid AvoidList
}

// Limits the checks hold pages to.
const (
	maxDescription     = 160 // characters, about what search engines show
	maxSentenceWords   = 25
	maxReadingAge      = 11
	minWordsForReading = 40 // a shorter page's reading age says little
)

// Across runs the checks that compare pages with each other. Their
// findings are advice, so it runs only when opts ask for advice.
func Across(s *site.Site, opts Options) diag.List {
	if !opts.Advice {
		return nil
	}
	var sources []*site.Page
	for _, p := range s.Pages {
		if p.Source != "" {
			sources = append(sources, p)
		}
	}
	var l diag.List
	duplicates(sources, &l)
	return l
}

// Page runs the checks that need nothing but the page itself: its front
// matter, and its converted Markdown r (nil for a page that has none). It is
// safe to call for many pages at once.
func Page(s *site.Site, p *site.Page, r *markdown.Result, opts Options) diag.List {
	var l diag.List
	if r != nil {
		headings(p.Source, r.Headings, &l)
	}
	if opts.PastDates {
		pastDates(s, p, &l)
	}
	if !opts.Advice {
		return l
	}
	description(p, &l)
	if r == nil {
		return l
	}
	images(p.Source, r.Images, &l)
	links(p.Source, r.Links, &l)
	prose(p, r.Blocks, &l)
	avoidWords(p, r.Blocks, opts.Avoid, &l)
	return l
}
