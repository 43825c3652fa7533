package site

import "time"

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
