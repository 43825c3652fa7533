package site

import (
	"slices"
	"time"

	"norfolk.gov.uk/microsite/internal/sections"
)

// IsOpen reports whether a closing date has not yet passed: feedback is
// still welcome on the closing day itself.
func (s *Site) IsOpen(closes time.Time) bool {
	return !closes.IsZero() && !s.Now.After(closes)
}

// IsUpcoming reports whether an event is today or later; it becomes past the
// day after.
func (s *Site) IsUpcoming(day time.Time) bool {
	return !day.IsZero() && !s.Now.After(day)
}

// Open reports whether this page's closing date has not passed.
func (p *Page) Open() bool { return p.site.IsOpen(p.Front.Closes.Time) }

// Upcoming reports whether this page's date is today or later.
func (p *Page) Upcoming() bool { return p.site.IsUpcoming(p.Front.Date.Time) }

// Site gives templates the whole model from any page.
func (p *Page) Site() *Site { return p.site }

// Deadline is the page that sets the feedback deadline (the one whose front
// matter has closes), or nil. The model is finished before any page asks,
// so it is found once: every page's checks ask for it.
func (s *Site) Deadline() *Page { return s.deadline }

// Workshops lists the pages of the events section in date order.
func (s *Site) Workshops() []*Page { return s.workshops }

// findFacts finds, once, the pages whose front matter the site's facts
// come from.
func (s *Site) findFacts() {
	for _, p := range s.Pages {
		if !p.Front.Closes.IsZero() {
			s.deadline = p
			break
		}
	}
	if sec := s.Section(sections.Events()); sec != nil {
		s.workshops = slices.SortedStableFunc(slices.Values(sec.Children), func(a, b *Page) int {
			return a.Front.Date.Compare(b.Front.Date.Time)
		})
	}
}
