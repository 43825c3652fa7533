package build

import (
	"time"

	"norfolk.gov.uk/microsite/internal/dates"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/site"
)

// pageDates reports dates written in a page's text whose weekday is wrong,
// and, on a workshop page, any written date that is not the workshop's own.
// A date written without its year takes the year of the page's date.
func pageDates(p *site.Page) diag.List {
	var l diag.List
	own := p.Front.Date.Time
	if own.IsZero() {
		own = p.Front.Closes.Time
	}
	workshop := p.Section == "workshops" && p.Kind == site.KindPage && !p.Front.Date.IsZero()
	check := func(text []byte, lineOf func(offset int) int) {
		for _, m := range dates.Find(text) {
			if m.Year == 0 && own.IsZero() {
				continue
			}
			if msg := m.Problem(own.Year()); msg != "" {
				l.Errorf(p.Source, lineOf(m.Offset), "%s", msg)
				continue
			}
			if d, _ := m.Date(own.Year()); workshop && !d.Equal(own) {
				l.Errorf(p.Source, p.FieldLines["date"], "date %s is a %s, but line %d says %q: make them agree",
					own.Format(time.DateOnly), own.Weekday(), lineOf(m.Offset), m.Text)
			}
		}
	}
	check([]byte(p.Front.Description), func(int) int { return p.FieldLines["description"] })
	check(p.Body, diag.NewLines(p.Body, p.BodyLine).Line)
	return l
}
