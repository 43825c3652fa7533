package check

import (
	"slices"

	"norfolk.gov.uk/microsite/internal/facts"
	"unicode/utf8"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/sections"
	"norfolk.gov.uk/microsite/internal/site"
)

// description warns about a description search engines would cut short.
// A missing one is already an error when the page is read.
func description(p *site.Page, l *diag.List) {
	if n := utf8.RuneCountInString(p.Front.Description); n > maxDescription {
		l.Warnf(p.Source, p.FieldLines["description"], "the description is %d characters long, and search engines cut it off after about %d: shorten it to one or two short sentences", n, maxDescription)
	}
}

// pastDates warns about a closing date or a workshop that has passed, so
// that an editor checks the page says so, unless its text already has
// words for that state (::: closed, ::: past).
func pastDates(s *site.Site, p *site.Page, l *diag.List) {
	states := facts.StatesNamed(p.Body)
	if closes := p.Front.Closes.Time; !closes.IsZero() && !s.IsOpen(closes) && !slices.Contains(states, "closed") {
		l.Warnf(p.Source, p.FieldLines["closes"], "feedback closed on %s, and the page has no words for after: add them in a block that starts ::: closed and ends :::", longDate(closes))
	}
	if day := p.Front.Date.Time; p.Section == sections.Events() && p.Kind == site.KindPage && !day.IsZero() && !s.IsUpcoming(day) && !slices.Contains(states, "past") {
		l.Warnf(p.Source, p.FieldLines["date"], "this workshop was on %s, which has passed, and the page has no words for after: add them in a block that starts ::: past and ends :::", longDate(day))
	}
}
