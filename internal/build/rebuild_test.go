package build_test

import (
	"bytes"
	"context"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const rebuildSite = settings + `
-- content/index.md --
---
title: Home
description: Home.
---
Welcome.
-- content/vision.md --
---
title: Vision
description: Vision.
print: 1
---
The vision.
-- content/about.md --
---
title: About
description: About.
---
About [the vision](vision.md).
-- content/news/one.md --
---
title: One
description: One.
---
One.
-- content/news/two.md --
---
title: Two
description: Two.
---
Two.
-- layouts/news/page.html --
{{define "main"}}<div class="news">{{.Content}}</div>{{end}}
-- assets/site.css --
body { color: black; }
`

// rebuild changes fsys, rebuilds, and checks the result is what a fresh
// build of the same files gives.
func rebuild(t *testing.T, b *build.Builder, fsys fstest.MapFS, path, text string) build.Stats {
	t.Helper()
	if text == "" {
		delete(fsys, path)
	} else {
		fsys[path] = &fstest.MapFile{Data: []byte(text)}
	}
	got, l := b.Rebuild(context.Background(), []string{path}, false)
	want, wl := build.Site(context.Background(), fsys, build.Options{Now: sitetest.Now})
	if l.Error() != wl.Error() {
		t.Errorf("after changing %s: rebuild problems\n%v\nfresh build problems\n%v", path, l, wl)
	}
	if (got == nil) != (want == nil) {
		t.Fatalf("after changing %s: rebuild result %v, fresh build result %v", path, got != nil, want != nil)
	}
	if got == nil {
		return build.Stats{}
	}
	if len(got.Files) != len(want.Files) {
		t.Fatalf("after changing %s: rebuild has %d files, a fresh build %d", path, len(got.Files), len(want.Files))
	}
	for i := range got.Files {
		if got.Files[i].Path != want.Files[i].Path || !bytes.Equal(got.Files[i].Data, want.Files[i].Data) {
			t.Errorf("after changing %s: %s differs from a fresh build", path, got.Files[i].Path)
		}
	}
	return got.Stats
}

func TestRebuildRedoesOnlyWhatAChangeAffects(t *testing.T) {
	fsys := sitetest.Files(rebuildSite)
	b := build.NewBuilder(fsys, build.Options{Now: sitetest.Now})
	if res, l := b.Rebuild(context.Background(), nil, true); res == nil {
		t.Fatalf("first build: %v", l)
	}
	for _, tc := range []struct {
		name, path, text string
		want             build.Stats
	}{
		{"a body edit re-renders the page alone", "content/news/one.md",
			"---\ntitle: One\ndescription: One.\n---\nOne, edited.\n", build.Stats{Parsed: 1, Converted: 1, Rendered: 1}},
		{"a printed page's edit re-renders the print packs too", "content/vision.md",
			"---\ntitle: Vision\ndescription: Vision.\nprint: 1\n---\nThe new vision.\n", build.Stats{Parsed: 1, Converted: 1, Rendered: 3}},
		// The print packs show every printed page through its own layout,
		// and no news page is printed.
		{"a section's layout re-renders its pages alone", "layouts/news/page.html",
			`{{define "main"}}<section>{{.Content}}</section>{{end}}`, build.Stats{Rendered: 2}},
		{"a title shows in lists and menus, so all 9 pages are re-rendered", "content/about.md",
			"---\ntitle: About us\ndescription: About.\n---\nAbout [the vision](vision.md).\n", build.Stats{Parsed: 1, Converted: 1, Rendered: 9}},
		{"a deleted page leaves its section's list, the one page that read it", "content/news/two.md", "", build.Stats{Rendered: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rebuild(t, b, fsys, tc.path, tc.text); got != tc.want {
				t.Errorf("stats = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestRebuildReportsAndRecoversFromABrokenSave(t *testing.T) {
	fsys := sitetest.Files(rebuildSite)
	b := build.NewBuilder(fsys, build.Options{Now: sitetest.Now})
	b.Rebuild(context.Background(), nil, true)
	fsys["content/about.md"] = &fstest.MapFile{Data: []byte("---\ntitle: About\n")}
	if res, l := b.Rebuild(context.Background(), []string{"content/about.md"}, false); res != nil || !l.HasErrors() {
		t.Fatalf("a broken save built: %v", l)
	}
	rebuild(t, b, fsys, "content/about.md", "---\ntitle: About\ndescription: About.\n---\nFixed.\n")
}

// A one-page edit keeps the other pages' link checks unless an id moved:
// the checks must still say what a fresh build says.
func TestRebuildChecksLinksToIDsThatMove(t *testing.T) {
	fsys := sitetest.Files(rebuildSite)
	b := build.NewBuilder(fsys, build.Options{Now: sitetest.Now})
	b.Rebuild(context.Background(), nil, true)
	for _, tc := range []struct{ name, path, text string }{
		{"a link to an id the page lacks", "content/about.md", "---\ntitle: About\ndescription: About.\n---\nAbout [our goals](vision.md#goals).\n"},
		{"the id appears", "content/vision.md", "---\ntitle: Vision\ndescription: Vision.\nprint: 1\n---\n## Goals\n\nThe vision.\n"},
		{"an edit elsewhere on the page", "content/vision.md", "---\ntitle: Vision\ndescription: Vision.\nprint: 1\n---\n## Goals\n\nThe new vision.\n"},
		{"the id goes", "content/vision.md", "---\ntitle: Vision\ndescription: Vision.\nprint: 1\n---\nThe vision.\n"},
		{"an edit to a third page", "content/news/one.md", "---\ntitle: One\ndescription: One.\n---\nOne, edited.\n"},
		{"the link goes", "content/about.md", "---\ntitle: About\ndescription: About.\n---\nAbout us.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) { rebuild(t, b, fsys, tc.path, tc.text) })
	}
}
