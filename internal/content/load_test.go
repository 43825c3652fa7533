package content

import (
	"errors"
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
)

func page(title string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\ndescription: d\n---\nBody\n")}
}

func pagePaths(pages []Page) []string {
	var paths []string
	for _, p := range pages {
		paths = append(paths, p.Path)
	}
	return paths
}

func TestLoadSortsPagesAndSkipsTemporaries(t *testing.T) {
	fsys := fstest.MapFS{
		"content/site.toml":          {Data: []byte(goodSettings)},
		"content/workshops/index.md": page("Workshops"),
		"content/a/x.md":             page("A"),
		"content/a-b/x.md":           page("A-B"),
		"content/_index.md":          page("Home"),
		"content/vision.md":          page("Vision"),
		"content/.vision.md.swp":     {Data: []byte("junk")},
		"content/vision.md~":         {Data: []byte("junk")},
		"content/vision.swp":         {Data: []byte("junk")},
		"content/4913.tmp":           {Data: []byte("junk")},
		"content/.git/config":        {Data: []byte("junk")},
		"content/.hidden/page.md":    {Data: []byte("junk")},
		"layouts/page.html":          {Data: []byte("not content")},
	}
	settings, pages, l := Load(fsys)
	if len(l) != 0 {
		t.Errorf("Load problems = %q, want none", l.Error())
	}
	want := []string{"content/_index.md", "content/a-b/x.md", "content/a/x.md", "content/vision.md", "content/workshops/index.md"}
	if got := pagePaths(pages); !slices.Equal(got, want) {
		t.Errorf("Load pages = %q, want %q", got, want)
	}
	if got, want := settings.Phone, "01603 222494"; got != want {
		t.Errorf("Load settings.Phone = %q, want %q", got, want)
	}
}

func TestLoadWarnsAboutFilesThatAreNotPages(t *testing.T) {
	fsys := fstest.MapFS{
		"content/site.toml":   {Data: []byte(goodSettings)},
		"content/vision.md":   page("Vision"),
		"content/leaflet.pdf": {Data: []byte("%PDF")},
		"content/img/map.png": {Data: []byte("png")},
	}
	_, _, l := Load(fsys)
	want := []string{
		"content/img/map.png: warning: is not a page and is not published: put images and downloads in assets/",
		"content/leaflet.pdf: warning: is not a page and is not published: put images and downloads in assets/",
	}
	if got := problems(l); !slices.Equal(got, want) {
		t.Errorf("Load =\n%s\nwant\n%s", joinLines(got), joinLines(want))
	}
	if l.HasErrors() {
		t.Errorf("Load HasErrors() = true, want false")
	}
}

func TestLoadReportsMissingFolderAndSettings(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want []string
	}{
		{
			"no content folder",
			fstest.MapFS{"layouts/page.html": {Data: []byte("x")}},
			[]string{"content: error: there is no content/ folder: the project folder must hold a content/ folder with site.toml and the pages"},
		},
		{
			"content is a file",
			fstest.MapFS{"content": {Data: []byte("x")}},
			[]string{"content: error: there is no content/ folder: the project folder must hold a content/ folder with site.toml and the pages"},
		},
		{
			"no site.toml",
			fstest.MapFS{"content/vision.md": page("Vision")},
			[]string{"content/site.toml: error: the site settings file is missing: create content/site.toml with title, base_url, organisation, phone, language, time_zone"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, l := Load(tt.fsys)
			if got := problems(l); !slices.Equal(got, tt.want) {
				t.Errorf("Load =\n%s\nwant\n%s", joinLines(got), joinLines(tt.want))
			}
		})
	}
}

func TestLoadReportsProblemsFromEveryFile(t *testing.T) {
	fsys := fstest.MapFS{
		"content/site.toml":             {Data: []byte("title = \"t\"\n")},
		"content/vision.md":             {Data: []byte("---\ntitel: Vision\ndescription: d\n---\n")},
		"content/workshops/northern.md": page("Northern"),
		"content/good.md":               page("Good"),
	}
	_, pages, l := Load(fsys)
	want := []string{
		`content/site.toml:1: error: site.toml has no base_url: add a line like base_url = "https://www.norfolk.gov.uk/childrensservices/"`,
		`content/site.toml:1: error: site.toml has no language: add a line like language = "en-GB"`,
		`content/site.toml:1: error: site.toml has no organisation: add a line like organisation = "Norfolk County Council"`,
		`content/site.toml:1: error: site.toml has no phone: add a line like phone = "01603 222494"`,
		`content/site.toml:1: error: site.toml has no time_zone: add a line like time_zone = "Europe/London"`,
		"content/vision.md:1: error: the page has no title: add a line like title: Northern area workshop",
		`content/vision.md:2: error: unknown field "titel" (did you mean "title"?): a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
		"content/workshops/northern.md:1: error: a workshop page has no area: add a line like area: Northern",
		"content/workshops/northern.md:1: error: a workshop page has no date: add a line like date: 2005-06-08",
		"content/workshops/northern.md:1: error: a workshop page has no town: add a line like town: Norwich",
		"content/workshops/northern.md:1: error: a workshop page has no venue: add a line like venue: County Hall",
	}
	if got := problems(l); !slices.Equal(got, want) {
		t.Errorf("Load =\n%s\nwant\n%s", joinLines(got), joinLines(want))
	}
	if got, want := len(pages), 3; got != want {
		t.Errorf("Load returned %d pages, want %d", got, want)
	}
}

// brokenFS fails to open one path, as a file that vanishes mid-build or a
// folder without permission does.
// It has only Open, so that fs.ReadFile and fs.ReadDir go through it.
type brokenFS struct {
	files  fstest.MapFS
	broken string
}

func (b brokenFS) Open(name string) (fs.File, error) {
	if name == b.broken {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errors.New("permission denied")}
	}
	return b.files.Open(name)
}

func TestLoadReportsUnreadableFiles(t *testing.T) {
	base := fstest.MapFS{
		"content/site.toml":       {Data: []byte(goodSettings)},
		"content/vision.md":       page("Vision"),
		"content/private/page.md": page("Private"),
		"content/updates/all.md":  page("All"),
	}
	tests := []struct {
		broken string
		want   string
	}{
		{"content/vision.md", "content/vision.md: error: the file cannot be read (open content/vision.md: permission denied): check that it still exists and that you may open it"},
		{"content/private", "content/private: error: cannot be read (open content/private: permission denied): check that it still exists and that you may open it"},
		{"content/site.toml", "content/site.toml: error: the file cannot be read (open content/site.toml: permission denied): check that it still exists and that you may open it"},
	}
	for _, tt := range tests {
		_, _, l := Load(brokenFS{base, tt.broken})
		if got := problems(l); !slices.Contains(got, tt.want) {
			t.Errorf("Load with %s unreadable =\n%s\nwant it to include\n\t%s", tt.broken, joinLines(got), tt.want)
		}
	}
}
