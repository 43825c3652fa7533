package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/suggest"
)

// funcs are the helpers every layout may call. They are bound to the
// instance, so what they read is recorded into the output it renders.
func (in *instance) funcs() template.FuncMap {
	r, s := in.r, in.r.site
	return template.FuncMap{
		// asset gives the fingerprinted address of a file in assets/ by its
		// source name, so layouts never go stale when a file changes.
		"asset": func(name string) (string, error) {
			in.reads.add(ReadAsset, name)
			in.reads.add(ReadBase, "")
			out, ok := r.manifest[name]
			if !ok {
				return "", missingf("there is no file assets/%s%s: add it, or correct the name", name,
					suggest.DidYouMean(name, slices.Sorted(mapKeys(r.manifest))))
			}
			return s.BasePath + out, nil
		},
		"hasAsset": func(name string) bool {
			in.reads.add(ReadAsset, name)
			_, ok := r.manifest[name]
			return ok
		},
		"abs": func(u string) string {
			in.reads.add(ReadBase, "")
			return s.Abs(u)
		},
		"calendar": func(p *Page) calendarLink {
			in.calendarReads()
			p.meta()
			return newCalendarLink(s, CalendarFile(p.p), Calendar(s, p.p.Title(), []*site.Page{p.p}))
		},
		"allCalendars": func() calendarLink {
			in.calendarReads()
			in.reads.add(ReadList, listWorkshops)
			ws := s.Workshops()
			for _, w := range ws {
				in.reads.add(ReadMeta, w.URL)
			}
			return newCalendarLink(s, AllCalendarsFile, Calendar(s, "Area workshops", ws))
		},
		"date":    site.LongDate,
		"isoDate": func(t time.Time) string { return t.Format("2006-01-02") },
		"tel":     tel,
		"words":   site.Words,
		// plural counts things in words an editor reads: "1 problem", "3 problems".
		"plural": func(n int, thing string) string {
			if n == 1 {
				return "1 " + thing
			}
			return strconv.Itoa(n) + " " + thing + "s"
		},
		// section is a top-level folder's page. A layout that names a
		// section the site lacks is told so, where it names it.
		"section": func(name string) (*Page, error) {
			in.reads.add(ReadSection, name)
			if p := s.Section(name); p != nil {
				return in.page(p), nil
			}
			return nil, missingf("the section %q does not exist: there is no folder content/%s/ with pages in it%s; "+
				"add the folder, correct the name, or test for it first with {{if hasSection %q}}",
				name, name, suggest.DidYouMean(name, sectionNames(s)), name)
		},
		"hasSection": func(name string) bool {
			in.reads.add(ReadSection, name)
			return s.Section(name) != nil
		},
		"address":       printAddress,
		"document":      in.document,
		"partialCached": in.partialCached,
		"currentMenu":   in.currentMenu,
		"documentID": func(p *Page) string {
			return DocumentID(p.meta())
		},
	}
}

// calendarReads are what a calendar file is made from besides its
// workshops: the settings name it, and its events link to the site.
func (in *instance) calendarReads() {
	in.reads.add(ReadSettings, "")
	in.reads.add(ReadBase, "")
	in.reads.add(ReadNow, "")
}

// sectionNames are the site's top-level sections, for "did you mean".
func sectionNames(s *site.Site) []string {
	var names []string
	for _, p := range s.Home.Children {
		if p.Kind == site.KindSection {
			names = append(names, p.Section)
		}
	}
	return names
}

func mapKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
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
