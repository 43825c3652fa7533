// Package dates finds dates written out in prose ("Wednesday 12 October
// 2005") so that the weekday an editor typed can be checked against the
// calendar.
package dates

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Mention is one date written in the text with its weekday.
type Mention struct {
	// Offset is the byte offset of the mention in the text.
	Offset int
	Text   string
	// Weekday is the day the text names.
	Weekday time.Weekday
	Day     int
	Month   time.Month
	// Year is 0 when the text leaves it out.
	Year int
}

var mention = regexp.MustCompile(`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\b`)

// window is how far past a weekday's "day" a mention can reach: "day, 31st
// September 2005" with room for line breaks and indentation.
const window = 96

var weekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday,
	"Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday,
}

// longestWeekday is how far a weekday's name reaches back from its "day".
const longestWeekday = len("Wednes")

// Find lists every weekday-and-date mention in text, in order. Every
// weekday ends in "day", so the pattern is tried only where that is
// written: most text has no dates, and the scan stays cheap. It looks back
// from each "day" no further than a weekday's name reaches, and forward no
// further than window, so a long run of letters ("daydayday...") costs
// time in proportion to its length.
func Find(text []byte) []Mention {
	var ms []Mention
	for from := 0; ; {
		i := bytes.Index(text[from:], []byte("day"))
		if i < 0 {
			return ms
		}
		at := from + i
		from = at + 3
		start := at
		for start > 0 && at-start < longestWeekday && isLetter(text[start-1]) {
			start--
		}
		if start > 0 && isLetter(text[start-1]) {
			continue // a word longer than any weekday
		}
		end := min(len(text), at+window)
		m := mention.FindSubmatchIndex(text[start:end])
		if m == nil || (m[1] == end-start && end < len(text)) {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += start
			}
		}
		ms = append(ms, mentionAt(text, m))
		from = m[1]
	}
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// mentionAt reads the mention whose submatch indexes are m.
func mentionAt(text []byte, m []int) Mention {
	day, _ := strconv.Atoi(string(text[m[4]:m[5]]))
	month, _ := time.Parse("January", string(text[m[6]:m[7]]))
	year := 0
	if m[8] >= 0 {
		year, _ = strconv.Atoi(string(text[m[8]:m[9]]))
	}
	return Mention{
		Offset:  m[0],
		Text:    strings.Join(strings.Fields(string(text[m[0]:m[1]])), " "),
		Weekday: weekdays[string(text[m[2]:m[3]])],
		Day:     day, Month: month.Month(), Year: year,
	}
}

// Date is the calendar date the mention names, taking year for a mention
// that leaves its year out. ok is false if there is no such date (31 June).
func (m Mention) Date(year int) (d time.Time, ok bool) {
	if m.Year != 0 {
		year = m.Year
	}
	d = time.Date(year, m.Month, m.Day, 0, 0, 0, 0, time.UTC)
	return d, d.Day() == m.Day
}

// Problem says what is wrong with a mention in a given year, or "" if its
// weekday is right.
func (m Mention) Problem(year int) string {
	d, ok := m.Date(year)
	switch {
	case !ok:
		return fmt.Sprintf("%q is not a real date: %s %d has %d days", m.Text, m.Month, d.Year(), daysIn(m.Month, d.Year()))
	case d.Weekday() != m.Weekday:
		return fmt.Sprintf("%q: %d %s %d is a %s, not a %s: correct the day or the date", m.Text, m.Day, m.Month, d.Year(), d.Weekday(), m.Weekday)
	}
	return ""
}

func daysIn(month time.Month, year int) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
