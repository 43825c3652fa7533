package content

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Date is a calendar date, without a time of day, stored as 00:00 UTC. The
// zero value means the page does not give one.
type Date struct{ time.Time }

// String writes d as YYYY-MM-DD, the way editors write it, or "" if d is zero.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

var dateShape = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)

// parseDate checks text by hand rather than with time.Parse, so that an
// impossible date gets a message that says why it is impossible.
func parseDate(key, text string) (Date, error) {
	m := dateShape.FindStringSubmatch(text)
	if m == nil {
		return Date{}, fmt.Errorf("%s %q must be written as YYYY-MM-DD, like 2005-06-08", key, text)
	}
	// The shape guarantees digits, so Atoi cannot fail.
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 {
		return Date{}, fmt.Errorf("%s %s is not a real date: there is no month %d (months run from 01 to 12)", key, text, mo)
	}
	month := time.Month(mo)
	days := daysIn(y, month)
	if d < 1 || d > days {
		return Date{}, fmt.Errorf("%s %s is not a real date: %s %d has %d days", key, text, month, y, days)
	}
	return Date{time.Date(y, month, d, 0, 0, 0, 0, time.UTC)}, nil
}

// daysIn leans on time.Date normalising day 0 of the next month to the last
// day of this one.
func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

var clockShape = regexp.MustCompile(`^([01]\d|2[0-3]):([0-5]\d)$`)

// parseClock accepts only the zero-padded 24-hour form so that times sort
// and compare as text.
func parseClock(key, text string) (string, error) {
	if !clockShape.MatchString(text) {
		return "", fmt.Errorf("%s %q must be a 24-hour time written HH:MM, like 09:30 or 14:00", key, text)
	}
	return text, nil
}
