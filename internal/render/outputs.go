package render

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/sections"
	"norfolk.gov.uk/microsite/internal/site"
)

type sitemapURL struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod,omitempty"`
}

// Sitemap lists every published page that is for search engines by its
// absolute address, with the date it last changed where the page gives one
// that has passed.
func Sitemap(s *site.Site) []byte {
	var urls []sitemapURL
	for _, p := range s.Pages {
		if !p.Indexed() {
			continue
		}
		u := sitemapURL{Loc: p.Permalink()}
		if t := p.Changed(); !t.IsZero() {
			u.Lastmod = t.Format(time.DateOnly)
		}
		urls = append(urls, u)
	}
	return marshalXML(struct {
		XMLName xml.Name     `xml:"urlset"`
		NS      string       `xml:"xmlns,attr"`
		URLs    []sitemapURL `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", URLs: urls})
}

// Robots lets every crawler in and tells it where the sitemap is.
func Robots(s *site.Site) []byte {
	return fmt.Appendf(nil, "User-agent: *\nAllow: /\n\nSitemap: %s\n", s.Abs(s.BasePath+"sitemap.xml"))
}

// Redirects is Netlify's _redirects file: a permanent redirect from every
// alias to its page. Netlify matches a rule against the path it receives,
// and behind the council's proxy that path has no base path
// (www.norfolk.gov.uk/childrensservices/old/ reaches it as /old/), so each
// rule's old address is written without the base path. The new one is the
// page's absolute address, so the reader lands on the public address, not on
// the Netlify host; a build at the root (a deploy preview) sends readers to
// its own origin the same way.
func Redirects(s *site.Site) []byte {
	var b bytes.Buffer
	for _, a := range s.Aliases {
		fmt.Fprintf(&b, "%s %s 301\n", hostPath(s, a.From), s.Abs(a.To))
	}
	return b.Bytes()
}

// hostPath is the path Netlify receives for an address of the site: the
// address without the base path, which the proxy takes off.
func hostPath(s *site.Site, u string) string {
	return "/" + strings.TrimPrefix(strings.TrimPrefix(u, s.BasePath), "/")
}

// FeedSection is the section whose pages make the Atom feed.
var FeedSection = sections.Feed()

// FeedFile is where the feed is written, and FeedURL its address.
func FeedFile() string            { return FeedSection + "/feed.xml" }
func FeedURL(s *site.Site) string { return s.BasePath + FeedFile() }

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Link    atomLink `xml:"link"`
	Updated string   `xml:"updated"`
	Summary string   `xml:"summary"`
	Content atomText `xml:"content"`
}

// Feed is the Atom feed of the updates section, newest first, and false if
// the site has no such section.
func Feed(s *site.Site) ([]byte, bool) {
	sec := s.Section(FeedSection)
	if sec == nil {
		return nil, false
	}
	pages := slices.Clone(sec.Children)
	undated := undatedEntryTime(sec)
	updatedOf := func(p *site.Page) time.Time {
		if t := p.Lastmod(); !t.IsZero() {
			return t
		}
		return undated
	}
	slices.SortStableFunc(pages, func(a, b *site.Page) int {
		return cmp.Or(updatedOf(b).Compare(updatedOf(a)), cmp.Compare(a.URL, b.URL))
	})
	var entries []atomEntry
	var newest time.Time
	for _, p := range pages {
		updated := updatedOf(p)
		if updated.After(newest) {
			newest = updated
		}
		entries = append(entries, atomEntry{
			Title: p.Title(), ID: p.Permalink(), Updated: atomTime(updated),
			Link:    atomLink{Href: p.Permalink(), Rel: "alternate", Type: "text/html"},
			Summary: p.Description(), Content: atomText{Type: "html", Body: string(p.Content)},
		})
	}
	return marshalXML(struct {
		XMLName xml.Name    `xml:"feed"`
		NS      string      `xml:"xmlns,attr"`
		Lang    string      `xml:"xml:lang,attr"`
		Title   string      `xml:"title"`
		ID      string      `xml:"id"`
		Links   []atomLink  `xml:"link"`
		Updated string      `xml:"updated"`
		Author  string      `xml:"author>name"`
		Entries []atomEntry `xml:"entry"`
	}{
		NS: "http://www.w3.org/2005/Atom", Lang: s.Settings.Language,
		Title: sec.Title() + ": " + s.Settings.Title, ID: sec.Permalink(),
		Links: []atomLink{
			{Href: s.Abs(FeedURL(s)), Rel: "self", Type: "application/atom+xml"},
			{Href: sec.Permalink(), Rel: "alternate", Type: "text/html"},
		},
		Updated: atomTime(newest), Author: s.Settings.Organisation, Entries: entries,
	}), true
}

// undatedEntryTime is the time an entry without a date is given, as Atom
// requires one: the newest date of the section's dated entries, else the
// section page's own, else the Unix epoch. It comes from the content, never
// from the build's date, so that a build on another day does not mark the
// entry as changed; an editor who gives the notice a date or updated: field
// replaces it.
func undatedEntryTime(sec *site.Page) time.Time {
	var newest time.Time
	for _, p := range sec.Children {
		if t := p.Lastmod(); t.After(newest) {
			newest = t
		}
	}
	if newest.IsZero() {
		newest = sec.Lastmod()
	}
	if newest.IsZero() {
		newest = time.Unix(0, 0).UTC()
	}
	return newest
}

// atomTime writes a date as the RFC 3339 time Atom requires.
func atomTime(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}

func marshalXML(v any) []byte {
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err) // the structs above always marshal
	}
	return append([]byte(xml.Header), append(out, '\n')...)
}
