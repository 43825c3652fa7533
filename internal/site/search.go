package site

import "time"

// Indexed says whether search engines should list the page: not the print
// packs (copies of the documents), not the 404 page, and not a page whose
// front matter says noindex: true (the form's thank-you page).
func (p *Page) Indexed() bool {
	return !p.Front.NoIndex && p.Kind != KindPrint && p.Kind != KindNotFound
}

// Changed is when the page last changed, for the sitemap: updated, else
// date, whichever is set and not after the build's today; zero if neither.
// A workshop's date is the day it happens, which may be ahead, and a
// sitemap must not say a page changed on a day still to come.
func (p *Page) Changed() time.Time {
	for _, t := range []time.Time{p.Front.Updated.Time, p.Front.Date.Time} {
		if !t.IsZero() && !t.After(p.site.Now) {
			return t
		}
	}
	return time.Time{}
}
