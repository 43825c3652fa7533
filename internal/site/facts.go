package site

import (
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/facts"
	"norfolk.gov.uk/microsite/internal/sections"
)

// LongDate is how the site writes a day: "Wednesday 8 June 2005".
func LongDate(t time.Time) string { return t.Format("Monday 2 January 2006") }

// Facts are the facts and states page p's text may name (see package
// facts): the settings', the consultation's, the workshops', the print
// packs', and on a workshop's own page its own.
func (s *Site) Facts(p *Page) facts.Resolver { return factsOf{s: s, p: p} }

type factsOf struct {
	s *Site
	p *Page
}

// workshopName is the name a workshop's facts go by: its file's name.
func workshopName(w *Page) string {
	return strings.TrimSuffix(path.Base(w.Source), ".md")
}

func (f factsOf) ownWorkshop() *Page {
	if f.p != nil && f.p.Kind == KindPage && f.p.Section == sections.Events() {
		return f.p
	}
	return nil
}

func workshopFact(w *Page, field string) (string, bool) {
	switch field {
	case "date":
		return LongDate(w.Front.Date.Time), true
	case "venue":
		return w.Front.Venue, true
	case "town":
		return w.Front.Town, true
	case "area":
		return w.Front.Area, true
	case "place":
		return w.Front.Venue + ", " + w.Front.Town, true
	}
	return "", false
}

var workshopFields = []string{"date", "venue", "town", "area", "place"}

func (f factsOf) Fact(name string) (string, bool) {
	s := f.s
	switch name {
	case "site":
		return s.Settings.Title, true
	case "organisation":
		return s.Settings.Organisation, true
	case "phone":
		return s.Settings.Phone, true
	case "text-relay":
		// Relay UK: 18001 before the number reaches it by text relay.
		return "18001 " + s.Settings.Phone, true
	case "workshop-count":
		return Words(len(s.Workshops())), true
	case "print-count":
		return Words(len(s.PrintPages())), true
	case "closes":
		if d := s.Deadline(); d != nil {
			return LongDate(d.Front.Closes.Time), true
		}
		return "", false
	case "workshops.first", "workshops.last":
		ws := s.Workshops()
		if len(ws) == 0 {
			return "", false
		}
		w := ws[0]
		if name == "workshops.last" {
			w = ws[len(ws)-1]
		}
		return LongDate(w.Front.Date.Time), true
	}
	if w := f.ownWorkshop(); w != nil {
		if v, ok := workshopFact(w, name); ok {
			return v, true
		}
	}
	if who, field, ok := strings.Cut(name, "."); ok {
		for _, w := range s.Workshops() {
			if workshopName(w) == who {
				return workshopFact(w, field)
			}
		}
	}
	return "", false
}

func (f factsOf) State(name string) (on, ok bool) {
	s := f.s
	switch name {
	case "open", "closed":
		d := s.Deadline()
		if d == nil {
			return false, false
		}
		return d.Open() == (name == "open"), true
	case "workshops.upcoming", "workshops.past":
		ws := s.Workshops()
		if len(ws) == 0 {
			return false, false
		}
		any := slices.ContainsFunc(ws, (*Page).Upcoming)
		return any == (name == "workshops.upcoming"), true
	case "upcoming", "past":
		if w := f.ownWorkshop(); w != nil {
			return w.Upcoming() == (name == "upcoming"), true
		}
		return false, false
	}
	if who, state, ok := strings.Cut(name, "."); ok && (state == "upcoming" || state == "past") {
		for _, w := range s.Workshops() {
			if workshopName(w) == who {
				return w.Upcoming() == (state == "upcoming"), true
			}
		}
	}
	return false, false
}

// Facts and States list only the names that have a value on this site:
// without a consultation page there is no {closes} to offer.
func (f factsOf) Facts() []string {
	names := []string{"site", "organisation", "phone", "text-relay", "workshop-count", "print-count"}
	if f.s.Deadline() != nil {
		names = append(names, "closes")
	}
	if len(f.s.Workshops()) > 0 {
		names = append(names, "workshops.first", "workshops.last")
	}
	if f.ownWorkshop() != nil {
		names = append(names, workshopFields...)
	}
	for _, w := range f.s.Workshops() {
		for _, field := range workshopFields {
			names = append(names, workshopName(w)+"."+field)
		}
	}
	return names
}

func (f factsOf) States() []string {
	var names []string
	if f.s.Deadline() != nil {
		names = append(names, "open", "closed")
	}
	if len(f.s.Workshops()) > 0 {
		names = append(names, "workshops.upcoming", "workshops.past")
	}
	if f.ownWorkshop() != nil {
		names = append(names, "upcoming", "past")
	}
	for _, w := range f.s.Workshops() {
		names = append(names, workshopName(w)+".upcoming", workshopName(w)+".past")
	}
	return names
}

// Words writes a count as the site's prose does: "five", and 21 and over
// in digits.
func Words(n int) string {
	names := [...]string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	if n >= 0 && n < len(names) {
		return names[n]
	}
	return strconv.Itoa(n)
}

// expandFacts puts the facts into every page's title and description,
// once every page is in the model.
func (s *Site) expandFacts(l *diag.List) {
	for _, p := range s.Pages {
		if p.Source == "" {
			continue
		}
		r := s.Facts(p)
		p.WrittenTitle, p.WrittenDescription = p.Front.Title, p.Front.Description
		var tl, dl diag.List
		p.Front.Title, tl = facts.Text(p.Front.Title, facts.Place{File: p.Source, Line: p.FieldLines["title"]}, r)
		p.Front.Description, dl = facts.Text(p.Front.Description, facts.Place{File: p.Source, Line: p.FieldLines["description"]}, r)
		*l = append(*l, tl...)
		*l = append(*l, dl...)
	}
}
