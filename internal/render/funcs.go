package render

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/site"
)

// funcs are the helpers every layout may call.
func funcs(s *site.Site, manifest assets.Manifest) template.FuncMap {
	return template.FuncMap{
		// asset gives the fingerprinted address of a file in assets/ by its
		// source name, so layouts never go stale when a file changes.
		"asset": func(name string) (string, error) {
			out, ok := manifest[name]
			if !ok {
				return "", fmt.Errorf("asset %q: there is no file assets/%s", name, name)
			}
			return s.BasePath + out, nil
		},
		"hasAsset": func(name string) bool { _, ok := manifest[name]; return ok },
		"abs":      s.Abs,
		"calendar": func(p *site.Page) calendarLink {
			return newCalendarLink(s, CalendarFile(p), Calendar(s, p.Title(), []*site.Page{p}))
		},
		"allCalendars": func() calendarLink {
			return newCalendarLink(s, AllCalendarsFile, Calendar(s, "Area workshops", s.Workshops()))
		},
		"date":    func(t time.Time) string { return t.Format("Monday 2 January 2006") },
		"isoDate": func(t time.Time) string { return t.Format("2006-01-02") },
		"tel":     tel,
		"section": s.Section,
	}
}

// tel makes a UK phone number into a tel: address in international form,
// which every phone can dial: "01603 222494" -> "tel:+441603222494".
func tel(number string) template.URL {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, number)
	if strings.HasPrefix(digits, "0") {
		digits = "+44" + digits[1:]
	}
	return template.URL("tel:" + digits)
}
