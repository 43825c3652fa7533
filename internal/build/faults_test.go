package build_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const faultSite = settings + `
-- content/index.md --
---
title: Home
description: Home.
---
See [the news](news/item.md).
-- content/news/item.md --
---
title: Item
description: Item.
---
-- layouts/page.html --
{{define "main"}}<div class="page">{{.Content}}</div>{{end}}
-- assets/site.css --
body { color: black; }
`

// faultyFS fails to open the paths in broken with their errors, while
// still listing them in their folders: a file that vanishes between the
// listing and the reading, or a folder or file the build may not open. It
// has only Open, so every read goes through it (tests run as root, where
// permissions do not bite).
type faultyFS struct {
	files  fstest.MapFS
	broken map[string]error
}

func (f faultyFS) Open(name string) (fs.File, error) {
	if err, ok := f.broken[name]; ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.files.Open(name)
}

func TestReadFaultsNameTheFile(t *testing.T) {
	denied := errors.New("permission denied")
	for _, tt := range []struct {
		path string
		err  error
		want string
	}{
		{"content/news/item.md", fs.ErrNotExist, "content/news/item.md: error: was deleted or moved while the site was being built: build again"},
		{"content/news/item.md", denied, "content/news/item.md: error: the file cannot be read (open content/news/item.md: permission denied): check that it still exists and that you may open it"},
		{"content/news", denied, "content/news: error: cannot be read (open content/news: permission denied): check that it still exists and that you may open it"},
		{"assets/site.css", fs.ErrNotExist, "assets/site.css: error: was deleted or moved while the site was being built: build again"},
		{"assets/site.css", denied, "assets/site.css: error: could not be read: open site.css: permission denied"},
		{"layouts/page.html", denied, "layouts/page.html: error: cannot be read (open page.html: permission denied): check that you may open it"},
	} {
		t.Run(fmt.Sprintf("%s %v", tt.path, tt.err), func(t *testing.T) {
			fsys := faultyFS{sitetest.Files(faultSite), map[string]error{tt.path: tt.err}}
			res, l := build.Site(context.Background(), fsys, build.Options{Now: sitetest.Now})
			if res != nil {
				t.Errorf("the build succeeded with %s unreadable", tt.path)
			}
			if got := lines(l, nil); !slices.Contains(strings.Split(got, "\n"), tt.want) {
				t.Errorf("problems:\n%s\nwant them to include:\n%s", got, tt.want)
			}
		})
	}
}

// TestFullDiskLeavesTheOldSite fills the disk at every write of a build in
// turn: each time the old site stays byte for byte, nothing is left beside
// it, and the error says the disk is full.
func TestFullDiskLeavesTheOldSite(t *testing.T) {
	src := sitetest.Project(t, faultSite)
	parent := filepath.Dir(src)
	out := filepath.Join(parent, "public")
	w := toDisk(t, src, out, build.Options{Now: sitetest.Now})
	before := snapshot(t, out)
	if err := os.WriteFile(filepath.Join(src, "content", "news", "item.md"), []byte("---\ntitle: New item\ndescription: New.\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= w.Files; n++ {
		restore := publish.InterceptWrites(func(k int, _ string) error {
			if k >= n {
				return syscall.ENOSPC
			}
			return nil
		})
		_, _, err := build.ToDisk(context.Background(), src, out, build.Options{Now: sitetest.Now})
		restore()
		if err == nil || !strings.Contains(err.Error(), "no space left on device") || !strings.Contains(err.Error(), filepath.ToSlash(out)) {
			t.Errorf("disk full from write %d: err = %v, want one naming the output and saying the disk is full", n, err)
		}
		if got := snapshot(t, out); !maps.Equal(got, before) {
			t.Errorf("disk full from write %d: the output changed", n)
		}
		assertOnly(t, parent, "project", "public")
	}
}

// TestInterruptedBuildLeavesTheOldSite presses Ctrl-C before the build, and
// at every write of it.
func TestInterruptedBuildLeavesTheOldSite(t *testing.T) {
	src := sitetest.Project(t, faultSite)
	parent := filepath.Dir(src)
	out := filepath.Join(parent, "public")
	w := toDisk(t, src, out, build.Options{Now: sitetest.Now})
	before := snapshot(t, out)
	for n := 0; n <= w.Files; n++ {
		ctx, cancel := context.WithCancel(context.Background())
		if n == 0 {
			cancel()
		}
		restore := publish.InterceptWrites(func(k int, _ string) error {
			if k == n {
				cancel()
			}
			return nil
		})
		_, l, err := build.ToDisk(ctx, src, out, build.Options{Now: sitetest.Now})
		restore()
		cancel()
		want := "stopped: interrupted before the build finished: " + out + " is untouched"
		if !errors.Is(err, build.ErrStopped) || err.Error() != want {
			t.Errorf("Ctrl-C at write %d: err = %v, want %q", n, err, want)
		}
		if len(l) > 0 {
			t.Errorf("Ctrl-C at write %d: problems %v, want none: what the build had not done yet is no problem", n, l)
		}
		if got := snapshot(t, out); !maps.Equal(got, before) {
			t.Errorf("Ctrl-C at write %d: the output changed", n)
		}
		assertOnly(t, parent, "project", "public")
	}
}

// TestLinksInsideTheProjectWork: a page or layout that is a link to
// another file of the project is read like that file.
func TestLinksInsideTheProjectWork(t *testing.T) {
	src := sitetest.Project(t, faultSite+`
-- shared/about.md --
---
title: About
description: About us.
---
About us.
`)
	if err := os.Symlink(filepath.Join("..", "shared", "about.md"), filepath.Join(src, "content", "about.md")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(filepath.Dir(src), "public")
	toDisk(t, src, out, build.Options{Now: sitetest.Now})
	if data, err := os.ReadFile(filepath.Join(out, "about", "index.html")); err != nil || !strings.Contains(string(data), "About us.") {
		t.Errorf("about/index.html = %q, %v; want the linked page", data, err)
	}
}
