package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/corpus"
)

var site100 = corpus.Options{Pages: 100, Seed: 1}

// The floor writes a page for every Markdown file, each its template around
// the converted text.
func TestFloorWritesEveryPage(t *testing.T) {
	src, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	if err := corpus.Write(src, site100); err != nil {
		t.Fatal(err)
	}
	if err := runFloor(src, out); err != nil {
		t.Fatal(err)
	}
	pages := 0
	for name := range corpus.Generate(site100) {
		rel, ok := strings.CutSuffix(strings.TrimPrefix(name, "content/"), ".md")
		if !ok {
			continue
		}
		pages++
		data, err := os.ReadFile(filepath.Join(out, rel, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "<!DOCTYPE html>") || !strings.HasSuffix(string(data), "</main></body></html>") {
			t.Errorf("%s: not the floor's template around the page:\n%s", name, data)
		}
	}
	written := 0
	filepath.WalkDir(out, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			written++
		}
		return err
	})
	if written != pages {
		t.Errorf("the floor wrote %d files for %d pages", written, pages)
	}
}

// The floor's template is a layout our build takes as it is, so the
// "floor's layout" row times our build around the same template.
func TestFloorLayoutIsOneOfOurs(t *testing.T) {
	fsys := corpus.Generate(site100)
	fsys["layouts/base.html"] = &fstest.MapFile{Data: []byte(floorLayout)}
	res, l := build.Site(context.Background(), fsys, build.Options{Now: time.Date(2005, 5, 20, 0, 0, 0, 0, time.UTC)})
	if res == nil || l.HasErrors() {
		t.Fatalf("build problems:\n%s", l.Error())
	}
	head, tail, _ := strings.Cut(floorLayout, "{{.Title}}")
	_, tail, _ = strings.Cut(tail, "{{.Content}}")
	pages := 0
	for _, f := range res.Files {
		if !strings.HasSuffix(f.Path, ".html") || strings.HasPrefix(f.Path, "print/") {
			continue
		}
		pages++
		if !strings.HasPrefix(string(f.Data), head) || !strings.HasSuffix(string(f.Data), tail) {
			t.Errorf("%s: not the floor's template around the page:\n%s", f.Path, f.Data)
		}
	}
	if pages == 0 {
		t.Error("the build wrote no pages")
	}
}
