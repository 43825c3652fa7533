// Package changes is the file a build writes at the top of the site, so
// that what rebuilds the live site knows when its state next changes: the
// date the build took as today, and every later day on which a build gives
// a different site, earliest first.
//
//	{"today":"2005-05-20","changes":["2005-06-09","2005-09-30"]}
//
// It holds nothing the site does not already show (the closing date and
// event dates, each a day on), and the build writes it and the scheduled
// rebuild reads it, so both use this one format.
package changes

import (
	"encoding/json"
	"fmt"
	"time"
)

// File is where the build writes the list, from the top of the site.
const File = "changes.json"

// MaxBytes bounds what Decode is asked to read: a list of ten thousand
// dates is far larger than any site has.
const MaxBytes = 1 << 18

// List is the file's content. Days are dates at 00:00 UTC, as the page
// model's dates are.
type List struct {
	Today   time.Time
	Changes []time.Time
}

type wire struct {
	Today   string   `json:"today"`
	Changes []string `json:"changes"`
}

// Encode writes the list as JSON. changes must be sorted and after today,
// as site.Changes gives them.
func Encode(today time.Time, changes []time.Time) []byte {
	w := wire{Today: today.Format(time.DateOnly), Changes: []string{}}
	for _, c := range changes {
		w.Changes = append(w.Changes, c.Format(time.DateOnly))
	}
	out, err := json.Marshal(w)
	if err != nil {
		panic(err) // strings always marshal
	}
	return append(out, '\n')
}

// Decode reads a list that Encode wrote, and refuses anything else: a date
// that is not YYYY-MM-DD, a change not after the one before it or not after
// today. Fields it does not know are left alone.
func Decode(data []byte) (List, error) {
	if len(data) > MaxBytes {
		return List{}, fmt.Errorf("%s is %d bytes, over the %d a list of dates can be", File, len(data), MaxBytes)
	}
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		return List{}, fmt.Errorf("%s is not the list a build writes: %w", File, err)
	}
	var l List
	var err error
	if l.Today, err = time.Parse(time.DateOnly, w.Today); err != nil {
		return List{}, fmt.Errorf("%s: today %q is not a date written YYYY-MM-DD", File, w.Today)
	}
	prev := l.Today
	for _, s := range w.Changes {
		c, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return List{}, fmt.Errorf("%s: change %q is not a date written YYYY-MM-DD", File, s)
		}
		if !c.After(prev) {
			return List{}, fmt.Errorf("%s: change %s is not after %s: the list must be in order, after today", File, s, prev.Format(time.DateOnly))
		}
		l.Changes = append(l.Changes, c)
		prev = c
	}
	return l, nil
}

// Due reports whether the site as built is out of date on day: some change
// it lists has come. A rebuild on that day lists only later changes.
func (l List) Due(day time.Time) bool {
	return len(l.Changes) > 0 && !l.Changes[0].After(day)
}
