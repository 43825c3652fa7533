package site

import (
	"slices"
	"time"
)

// Changes lists the days after Now on which the site's date-dependent
// states change, earliest first: a build on each of them gives a different
// site. The consultation closes the day after its closing date (IsOpen), and
// an event, or any dated page, stops being upcoming the day after its date
// (IsUpcoming), and the sitemap gives a page's date or updated date once
// that day has passed (Changed), so each is the day after a date a page
// gives. The live site is built again on these days, so it never
// shows yesterday's state.
//
// The print packs' "printed on" date and the calendars' timestamps also
// follow Now, but they say when the files were made, not what the site
// states, so they do not count as changes.
func (s *Site) Changes() []time.Time {
	var days []time.Time
	add := func(d time.Time) {
		if next := d.AddDate(0, 0, 1); !d.IsZero() && next.After(s.Now) {
			days = append(days, next)
		}
	}
	for _, p := range s.Pages {
		add(p.Front.Closes.Time)
		add(p.Front.Date.Time)
		if p.Indexed() {
			add(p.Front.Updated.Time)
		}
	}
	slices.SortFunc(days, time.Time.Compare)
	return slices.CompactFunc(days, time.Time.Equal)
}

// NextChange is the first of Changes, or false if nothing on the site
// changes with the date any more.
func (s *Site) NextChange() (time.Time, bool) {
	if c := s.Changes(); len(c) > 0 {
		return c[0], true
	}
	return time.Time{}, false
}
