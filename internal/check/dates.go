package check

import (
	"path"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/dates"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/sections"
	"norfolk.gov.uk/microsite/internal/site"
)

// Dates reports dates written in a page's text whose weekday is wrong;
// on a workshop page, any written date that is not the workshop's own;
// and any date written by hand that the site holds as a fact (the closing
// date, a workshop's) or that reads as the deadline but is not it: such a
// date would not follow the data when an editor moves it. A date written
// without its year takes the year of the page's date.
func Dates(p *site.Page) diag.List {
	var l diag.List
	own := p.Front.Date.Time
	if own.IsZero() {
		own = p.Front.Closes.Time
	}
	workshop := p.Section == sections.Events() && p.Kind == site.KindPage && !p.Front.Date.IsZero()
	known := knownDates(p)
	deadline := p.Site().Deadline()
	check := func(text []byte, lineOf func(offset int) int) {
		for _, m := range dates.Find(text) {
			if m.Year == 0 && own.IsZero() {
				continue
			}
			if msg := m.Problem(own.Year()); msg != "" {
				l.Errorf(p.Source, lineOf(m.Offset), "%s", msg)
				continue
			}
			d, _ := m.Date(own.Year())
			if workshop && !d.Equal(own) {
				l.Errorf(p.Source, p.FieldLines["date"], "date %s is a %s, but line %d says %q: make them agree",
					own.Format(time.DateOnly), own.Weekday(), lineOf(m.Offset), m.Text)
				continue
			}
			if f, ok := known[d]; ok {
				l.Errorf(p.Source, lineOf(m.Offset), "%q is %s, written by hand: write it as {%s}, so that it follows %s", m.Text, f.what, f.name, f.from)
				continue
			}
			if deadline != nil && readsAsDeadline(text[:m.Offset]) {
				closes := deadline.Front.Closes.Time
				l.Errorf(p.Source, lineOf(m.Offset), "%q reads as the deadline, but closes in %s is %s: write it as {closes}, so that it follows closes",
					m.Text, deadline.Source, site.LongDate(closes))
			}
		}
	}
	check([]byte(p.WrittenDescription), func(int) int { return p.FieldLines["description"] })
	check(p.Body, diag.NewLines(p.Body, p.BodyLine).Line)
	return l
}

// knownFact is a date the site holds, and how to write it instead.
type knownFact struct {
	name, what, from string
}

// knownDates are the dates the site holds as facts, for page p.
func knownDates(p *site.Page) map[time.Time]knownFact {
	s := p.Site()
	known := map[time.Time]knownFact{}
	if d := s.Deadline(); d != nil {
		known[d.Front.Closes.Time] = knownFact{"closes", "the closing date", "closes in " + d.Source}
	}
	for _, w := range s.Workshops() {
		name := strings.TrimSuffix(path.Base(w.Source), ".md")
		f := knownFact{name + ".date", "the " + w.Front.Area + " workshop's date", "date in " + w.Source}
		if w == p {
			f.name = "date"
		}
		if _, taken := known[w.Front.Date.Time]; !taken {
			known[w.Front.Date.Time] = f
		}
	}
	return known
}

// readsAsDeadline reports whether the words just before a date make it
// the deadline: "by", "until", "before", "deadline", "closes on".
func readsAsDeadline(before []byte) bool {
	start := max(0, len(before)-40)
	t := strings.ToLower(strings.TrimRight(string(before[start:]), " *_\n\t:"))
	for _, w := range []string{" by", " until", " before", "deadline", "closes on", "closing date", "last day for views"} {
		if strings.HasSuffix(t, w) || t == strings.TrimSpace(w) {
			return true
		}
	}
	return false
}
