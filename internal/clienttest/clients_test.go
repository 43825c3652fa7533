package clienttest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const installDebian = "apt-get install -y libxml2-utils python3-feedparser python3-icalendar nodejs"

// publicUpdates is where the feed's entries live on the public site.
const publicUpdates = "https://www.norfolk.gov.uk/childrensservices/updates/"

func TestSitemapMatchesTheSchema(t *testing.T) {
	xmllint := command(t, "xmllint", installDebian)
	for name, b := range builtSites(t) {
		t.Run(name, func(t *testing.T) {
			run(t, xmllint, "--noout", "--schema", "testdata/sitemap.xsd", b.path("sitemap.xml"))
		})
	}
}

// TestTheSchemaRefusesABadSitemap proves the check above can fail.
func TestTheSchemaRefusesABadSitemap(t *testing.T) {
	xmllint := command(t, "xmllint", installDebian)
	bad := filepath.Join(t.TempDir(), "sitemap.xml")
	os.WriteFile(bad, []byte(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/</loc><lastmod>20 May 2005</lastmod></url></urlset>`), 0o644)
	if out, err := exec.Command(xmllint, "--noout", "--schema", "testdata/sitemap.xsd", bad).CombinedOutput(); err == nil {
		t.Errorf("xmllint accepted a lastmod of \"20 May 2005\":\n%s", out)
	}
}

type feed struct {
	Bozo     bool
	Problem  string
	Version  string
	Title    string
	Updated  string
	Language string
	Entries  []struct{ ID, Title, Link, Updated, Summary string }
}

func TestFeedReadsInFeedparser(t *testing.T) {
	py := python(t, "feedparser", "python3-feedparser")
	for name, b := range builtSites(t) {
		t.Run(name, func(t *testing.T) {
			var f feed
			decode(t, "feed.py", run(t, py, "testdata/feed.py", b.path("updates/feed.xml")), &f)
			if f.Bozo || f.Version != "atom10" {
				t.Fatalf("feedparser read the feed as %q, with the problem %q", f.Version, f.Problem)
			}
			if f.Title == "" || f.Updated == "" || f.Language != "en-GB" {
				t.Errorf("feed title %q, updated %q, language %q", f.Title, f.Updated, f.Language)
			}
			var pages int
			for _, p := range b.files {
				if strings.HasPrefix(p, "updates/") && strings.HasSuffix(p, "/index.html") && p != "updates/index.html" {
					pages++
				}
			}
			if len(f.Entries) != pages || pages == 0 {
				t.Errorf("feedparser found %d entries; the updates section has %d pages", len(f.Entries), pages)
			}
			for _, e := range f.Entries {
				if !strings.HasPrefix(e.ID, publicUpdates) || e.Link != e.ID || e.Title == "" || e.Updated == "" || e.Summary == "" {
					t.Errorf("entry %+v: want an id and link under %s, a title, a date and a summary", e, publicUpdates)
				}
			}
		})
	}
}

// event is what each calendar client reports of a VEVENT.
type event struct {
	UID, Summary, Location, Dtstamp, Dtstart, Dtend string
	Sequence                                        int
}

func TestCalendarsReadInICalJS(t *testing.T) {
	node := command(t, "node", installDebian)
	nodeModule(t, "ical.js/dist/ical.js")
	for name, b := range builtSites(t) {
		t.Run(name, func(t *testing.T) {
			files := b.withSuffix(".ics")
			var got map[string][]event
			decode(t, "ical_read.mjs", run(t, node, append([]string{"testdata/ical_read.mjs"}, files...)...), &got)
			checkEvents(t, "ical.js", b, files, got)
		})
	}
}

func TestCalendarsReadInPythonICalendar(t *testing.T) {
	py := python(t, "icalendar", "python3-icalendar")
	for name, b := range builtSites(t) {
		t.Run(name, func(t *testing.T) {
			files := b.withSuffix(".ics")
			var got map[string][]event
			decode(t, "icalendar_read.py", run(t, py, append([]string{"testdata/icalendar_read.py"}, files...)...), &got)
			checkEvents(t, "icalendar", b, files, got)
		})
	}
}

// checkEvents: every calendar has its events whole, each with the site's
// path in its UID; the file of all workshops has each one once, with the
// UID of its own file.
func checkEvents(t *testing.T, client string, b built, files []string, got map[string][]event) {
	t.Helper()
	if len(files) < 2 {
		t.Fatalf("the site has %d calendar files, want one for each workshop and one for all", len(files))
	}
	all := b.path("workshops/workshops.ics")
	uids := map[string]bool{}
	for _, e := range got[all] {
		uids[e.UID] = true
	}
	if len(uids) != len(files)-1 || len(got[all]) != len(files)-1 {
		t.Errorf("%s: %s has %d events with %d UIDs, want %d", client, all, len(got[all]), len(uids), len(files)-1)
	}
	for _, f := range files {
		events := got[f]
		if f != all && len(events) != 1 {
			t.Errorf("%s: %s has %d events, want 1", client, f, len(events))
		}
		for _, e := range events {
			if !strings.HasPrefix(e.UID, "childrensservices-workshops-") || !strings.HasSuffix(e.UID, "@www.norfolk.gov.uk") ||
				e.Summary == "" || e.Location == "" || e.Dtstamp == "" || e.Dtstart == "" || e.Dtend == "" || e.Sequence < 0 {
				t.Errorf("%s: %s has an event %+v: want a UID with the site's path, a summary, place, stamp, start, end and sequence", client, f, e)
			}
			if f != all && !uids[e.UID] {
				t.Errorf("%s: %s's event %s is not in %s", client, f, e.UID, all)
			}
		}
	}
}

func TestPagesPassHTMLValidate(t *testing.T) {
	node := command(t, "node", installDebian)
	hv := nodeModule(t, "html-validate/bin/html-validate.mjs")
	for name, b := range builtSites(t) {
		t.Run(name, func(t *testing.T) {
			pages := b.withSuffix(".html")
			if len(pages) < 10 {
				t.Fatalf("the site has %d pages", len(pages))
			}
			run(t, node, append([]string{hv, "--config", ".htmlvalidate.json"}, pages...)...)
		})
	}
}

// TestHTMLValidateFindsWhatItShould proves the check above can fail, on the
// problems the site once had.
func TestHTMLValidateFindsWhatItShould(t *testing.T) {
	node := command(t, "node", installDebian)
	hv := nodeModule(t, "html-validate/bin/html-validate.mjs")
	bad := filepath.Join(t.TempDir(), "bad.html")
	os.WriteFile(bad, []byte(`<!doctype html><html lang="en-GB"><head><title>Bad</title></head>
<body><main><p>Call <a href="tel:+441603222494">01603 222494</a>.</p><form><label for="x">X</label><input id="x" name="x"></form></main></body></html>`), 0o644)
	out, err := exec.Command(node, hv, "--config", ".htmlvalidate.json", bad).CombinedOutput()
	if err == nil {
		t.Fatalf("html-validate passed a page that breaks its rules:\n%s", out)
	}
	for _, rule := range []string{"tel-non-breaking", "no-implicit-input-type", "doctype-style"} {
		if !strings.Contains(string(out), rule) {
			t.Errorf("html-validate did not report %s:\n%s", rule, out)
		}
	}
}
