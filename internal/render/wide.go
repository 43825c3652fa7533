package render

import (
	"norfolk.gov.uk/microsite/internal/changes"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/site"
)

// Outputs are the site's files that are not pages: the sitemap, robots.txt,
// _redirects, the calendars, the feed, and the days the site next changes. The feed and the sitemap of a big
// site take tens of milliseconds each, at the end of a build when nothing
// else runs, so they are made side by side.
func Outputs(s *site.Site) []publish.File {
	var feed []publish.File
	done := make(chan struct{})
	go func() {
		defer close(done)
		if data, ok := Feed(s); ok {
			feed = []publish.File{{Path: FeedFile(), Data: data}}
		}
	}()
	files := []publish.File{
		{Path: "sitemap.xml", Data: Sitemap(s)},
		{Path: "robots.txt", Data: Robots(s)},
		{Path: "_redirects", Data: Redirects(s)},
		{Path: changes.File, Data: changes.Encode(s.Now, s.Changes())},
	}
	files = append(files, Calendars(s)...)
	<-done
	return append(files, feed...)
}

// OutputReads are what Outputs reads of the model: every page's front
// matter and address, the lists, the settings and dates, and the text of
// the feed's pages. They are the reads of the checks across pages too.
// Outputs is Go, not a layout, so its reads are stated here beside it
// rather than recorded; the build's differential test of rebuilds compares
// these files with a fresh build's after every edit it makes.
func OutputReads(s *site.Site) *Reads {
	rs := NewReads()
	for _, k := range []ReadKind{ReadSettings, ReadBase, ReadNow} {
		rs.add(k, "")
	}
	for _, name := range []string{listPages, listAliases, listWorkshops} {
		rs.add(ReadList, name)
	}
	rs.add(ReadSection, FeedSection)
	for _, p := range s.Pages {
		rs.add(ReadMeta, p.URL)
		rs.add(ReadChildren, p.URL)
	}
	if sec := s.Section(FeedSection); sec != nil {
		for _, p := range sec.Children {
			rs.add(ReadContent, p.URL)
		}
	}
	return rs
}
