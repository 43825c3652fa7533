package site

import (
	"slices"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/content"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// datedSite is a small site with a closing date, two events on one day and
// another on the closing date, and a page with no dates at all.
func datedSite(now string) *Site {
	page := func(path, date, closes string) content.Page {
		p := content.Page{Path: path}
		p.Front.Title = path
		if date != "" {
			p.Front.Date = content.Date{Time: day(date)}
		}
		if closes != "" {
			p.Front.Closes = content.Date{Time: day(closes)}
		}
		return p
	}
	s, _ := New(content.Settings{BaseURL: "https://example.org/"}, []content.Page{
		page("content/index.md", "", ""),
		page("content/consultation.md", "2005-05-07", "2005-06-08"),
		page("content/events/a.md", "2005-09-29", ""),
		page("content/events/b.md", "2005-09-29", ""),
		page("content/events/c.md", "2005-06-08", ""),
		page("content/about.md", "", ""),
	}, Options{Now: day(now)})
	return s
}

func dates(ts []time.Time) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Format(time.DateOnly))
	}
	return out
}

func TestChangesAreTheDaysAfterEachDate(t *testing.T) {
	for _, tc := range []struct {
		now  string
		want []string
	}{
		{"2005-05-01", []string{"2005-05-08", "2005-06-09", "2005-09-30"}},
		{"2005-05-07", []string{"2005-05-08", "2005-06-09", "2005-09-30"}},
		{"2005-05-08", []string{"2005-06-09", "2005-09-30"}},
		{"2005-06-08", []string{"2005-06-09", "2005-09-30"}},
		{"2005-06-09", []string{"2005-09-30"}},
		{"2005-09-29", []string{"2005-09-30"}},
		{"2005-09-30", nil},
		{"2006-01-01", nil},
	} {
		s := datedSite(tc.now)
		if got := dates(s.Changes()); !slices.Equal(got, tc.want) {
			t.Errorf("as of %s, Changes() = %q, want %q", tc.now, got, tc.want)
		}
		next, ok := s.NextChange()
		if len(tc.want) == 0 {
			if ok {
				t.Errorf("as of %s, NextChange() = %s, want none", tc.now, next.Format(time.DateOnly))
			}
		} else if !ok || next.Format(time.DateOnly) != tc.want[0] {
			t.Errorf("as of %s, NextChange() = %s, %v, want %s", tc.now, next.Format(time.DateOnly), ok, tc.want[0])
		}
	}
}

// states is every date-dependent state the model offers templates, page by
// page, as of the site's Now.
func states(s *Site) []bool {
	var out []bool
	for _, p := range s.Pages {
		out = append(out, p.Open(), p.Upcoming())
	}
	return out
}

// TestChangesAreWhenTheStatesChange ties Changes to the predicates layouts
// use: over a whole year, a state differs from the day before exactly on
// the days Changes listed.
func TestChangesAreWhenTheStatesChange(t *testing.T) {
	start := day("2005-01-01")
	listed := map[string]bool{}
	for _, c := range datedSite("2005-01-01").Changes() {
		listed[c.Format(time.DateOnly)] = true
	}
	prev := states(datedSite("2005-01-01"))
	for d := start.AddDate(0, 0, 1); d.Year() == 2005; d = d.AddDate(0, 0, 1) {
		iso := d.Format(time.DateOnly)
		s := datedSite(iso)
		cur := states(s)
		if changed := !slices.Equal(prev, cur); changed != listed[iso] {
			t.Errorf("on %s: the states changed: %v, but Changes listed it: %v", iso, changed, listed[iso])
		}
		if next, ok := s.NextChange(); ok && !listed[next.Format(time.DateOnly)] {
			t.Errorf("as of %s, NextChange() = %s, which the year's first list does not have", iso, next.Format(time.DateOnly))
		}
		prev = cur
	}
}
