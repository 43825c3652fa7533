package build

import (
	"path"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
)

// madeFiles are the files the build writes that no content file makes,
// each with the words an editor knows it by.
func madeFiles(s *site.Site) map[string]string {
	made := map[string]string{
		"sitemap.xml":            "the sitemap for search engines",
		"robots.txt":             "the rules for search engines (robots.txt)",
		"_redirects":             "the host's redirect rules (_redirects)",
		"404.html":               "the page for addresses that do not exist",
		render.FeedFile():        "the updates feed",
		render.AllCalendarsFile:  "the calendar of every workshop",
		"print/index.html":       "the print pack",
		"print/large/index.html": "the large-print pack",
	}
	for _, p := range s.Workshops() {
		made[render.CalendarFile(p)] = "the calendar of the workshop " + p.Source
	}
	return made
}

// reservedNames reports a page published where the build writes a file of
// its own (print/ is the print pack), or below a name that is such a file
// (content/sitemap.xml.md would need sitemap.xml as a folder): without it
// one would silently replace the other, or the publish would fail with a
// message about the output folder, not about the page.
func reservedNames(s *site.Site) diag.List {
	made := madeFiles(s)
	var l diag.List
	for _, p := range s.Pages {
		if p.Source == "" || p.Kind == site.KindPrint {
			continue
		}
		if what, ok := madeAt(made, p.File); ok {
			l.Errorf(p.Source, 0, "this page would be published as %s, where the build writes %s: rename the file so that the page has another address",
				"/"+strings.TrimSuffix(p.File, "index.html"), what)
		}
		for _, a := range p.Front.Aliases {
			f := strings.TrimPrefix(a, "/")
			if strings.HasSuffix(a, "/") {
				f += "index.html"
			}
			if what, ok := madeAt(made, f); ok {
				l.Errorf(p.Source, p.FieldLines["aliases"], "the alias %s is where the build writes %s, which the host serves instead of redirecting: remove it from aliases", a, what)
			}
		}
	}
	return l
}

// madeAt reports a made file at f or at a folder above it.
func madeAt(made map[string]string, f string) (string, bool) {
	for ; f != "." && f != ""; f = path.Dir(f) {
		if what, ok := made[f]; ok {
			return what, true
		}
	}
	return "", false
}
