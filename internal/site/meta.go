package site

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Indexed says whether search engines should list the page: not the print
// packs (copies of the documents), not the 404 page, and not a page whose
// front matter says noindex: true (the form's thank-you page).
func (p *Page) Indexed() bool {
	return !p.Front.NoIndex && p.Kind != KindPrint && p.Kind != KindNotFound && p.Kind != KindReport
}

// Changed is when the page last changed, for the sitemap: updated, else
// date, whichever is set and has passed by the build's today; zero if
// neither. A workshop's date is the day it happens, which may be ahead, and
// a sitemap must not say a page changed on a day still to come; a date
// counts from the day after, the day its page's state changes (Changes).
func (p *Page) Changed() time.Time {
	for _, t := range []time.Time{p.Front.Updated.Time, p.Front.Date.Time} {
		if !t.IsZero() && t.Before(p.site.Now) {
			return t
		}
	}
	return time.Time{}
}

// maxTitle is the longest a document title should be: search results and
// browser tabs cut titles off at about 70 characters.
const maxTitle = 70

// HeadTitle is the page's title for its <title>: the site's title on the
// home page; elsewhere the page's title followed by the site's, unless that
// would be longer than maxTitle, when the page's title stands alone.
func (p *Page) HeadTitle() string {
	site := p.site.Settings.Title
	if p.Kind == KindHome || p.Title() == site {
		return site
	}
	if full := p.Title() + ": " + site; utf8.RuneCountInString(full) <= maxTitle {
		return full
	}
	return p.Title()
}

// Locale is the site's language as Open Graph writes it: "en-GB" -> "en_GB".
func (s *Site) Locale() string { return strings.ReplaceAll(s.Settings.Language, "-", "_") }
