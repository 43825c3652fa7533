package render

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"norfolk.gov.uk/microsite/internal/publish"

	"norfolk.gov.uk/microsite/internal/sections"
	"norfolk.gov.uk/microsite/internal/site"
)

// CalendarFile is where a workshop's calendar is written: beside its page,
// "workshops/northern/" -> "workshops/northern.ics". AllCalendarsFile holds
// every workshop.
func CalendarFile(p *site.Page) string { return strings.TrimSuffix(p.Path, "/") + ".ics" }

var AllCalendarsFile = sections.Events() + "/" + sections.Events() + ".ics"

// Calendar is an iCalendar file (RFC 5545) of the given workshops. Events are
// all-day unless the page gives start and end times. UIDs come from each
// page's address with the site's path, so a calendar that imports the file
// twice updates the event rather than adding it again, and another site on
// the same host cannot collide with it. Nothing in the file comes from the
// build's date, so it is the same bytes on every day until the page changes:
// see eventVersion.
func Calendar(s *site.Site, name string, pages []*site.Page) []byte {
	var b bytes.Buffer
	line := func(format string, args ...any) { writeFolded(&b, fmt.Sprintf(format, args...)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//%s//%s//EN", escapeText(s.Settings.Organisation), escapeText(s.Settings.Title))
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:%s", escapeText(name))
	host := "localhost"
	if u, err := url.Parse(s.BaseURL); err == nil && u.Host != "" {
		host = u.Hostname()
	}
	for _, p := range pages {
		line("BEGIN:VEVENT")
		stamp, sequence := eventVersion(p)
		line("UID:%s@%s", strings.ReplaceAll(strings.Trim(p.URL, "/"), "/", "-"), host)
		line("DTSTAMP:%s", stamp.Format("20060102T150405Z"))
		line("SEQUENCE:%d", sequence)
		start, end := eventTimes(s, p)
		line("DTSTART%s", start)
		line("DTEND%s", end)
		line("SUMMARY:%s", escapeText(p.Title()))
		line("LOCATION:%s", escapeText(p.Front.Venue+", "+p.Front.Town))
		line("DESCRIPTION:%s", escapeText(p.Description()+" "+p.Permalink()))
		line("URL:%s", p.Permalink())
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.Bytes()
}

// eventVersion is a workshop's DTSTAMP and SEQUENCE, both from its front
// matter. A calendar that has the event already takes a new copy only if
// its SEQUENCE is higher, so when a workshop moves the editor sets
// updated: to the day of the change, and SEQUENCE is the number of days from
// 1 January 2000 to that day: it rises with every later change, and a page
// that has never been updated has 0. DTSTAMP is that day, or the workshop's
// own date until then. (A count of changes would need the page's history,
// which a build does not have.)
func eventVersion(p *site.Page) (stamp time.Time, sequence int) {
	updated := p.Front.Updated.Time
	if updated.IsZero() {
		return p.Front.Date.Time, 0
	}
	return updated, max(0, int(updated.Sub(sequenceEpoch).Hours()/24))
}

var sequenceEpoch = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// eventTimes gives DTSTART and DTEND values: whole days when no times are
// known, and UTC times from the site's time zone when they are.
func eventTimes(s *site.Site, p *site.Page) (start, end string) {
	day := p.Front.Date.Time
	loc, err := time.LoadLocation(s.Settings.TimeZone)
	if p.Front.Starts == "" || p.Front.Ends == "" || err != nil {
		return ";VALUE=DATE:" + day.Format("20060102"), ";VALUE=DATE:" + day.AddDate(0, 0, 1).Format("20060102")
	}
	at := func(hhmm string) string {
		t, _ := time.Parse("15:04", hhmm)
		local := time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), 0, 0, loc)
		return ":" + local.UTC().Format("20060102T150405Z")
	}
	return at(p.Front.Starts), at(p.Front.Ends)
}

// escapeText escapes a TEXT value (RFC 5545 section 3.3.11).
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

func escapeText(s string) string { return textEscaper.Replace(s) }

// writeFolded writes one content line ending in CRLF, folded so no line is
// longer than 75 octets, never inside a UTF-8 sequence (RFC 5545 section 3.1).
func writeFolded(b *bytes.Buffer, line string) {
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		limit = 74 // the leading space of a continuation line counts
	}
	b.WriteString(line)
	b.WriteString("\r\n")
}

// Calendars are the calendar files of the workshops section: one for each
// workshop and one for them all. A site without workshops has none.
func Calendars(s *site.Site) []publish.File {
	ws := s.Workshops()
	if len(ws) == 0 {
		return nil
	}
	files := []publish.File{{Path: AllCalendarsFile, Data: Calendar(s, "Area workshops", ws)}}
	for _, p := range ws {
		files = append(files, publish.File{Path: CalendarFile(p), Data: Calendar(s, p.Title(), []*site.Page{p})})
	}
	return files
}

// calendarLink is what a layout needs to offer a calendar file: its address
// and its size, which WCAG asks us to state before a download.
type calendarLink struct {
	URL  string
	Size string
}

func newCalendarLink(s *site.Site, file string, data []byte) calendarLink {
	return calendarLink{URL: s.Abs(s.BasePath + file), Size: fmt.Sprintf("%d KB", (len(data)+1023)/1024)}
}
