package build_test

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/corpus"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// projectRoot is the real project folder, holding content/, layouts/ and
// assets/.
const projectRoot = "../.."

func TestSameBytesWhateverGOMAXPROCS(t *testing.T) {
	generated := t.TempDir()
	if err := corpus.Write(generated, corpus.Options{Pages: 300, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, src string }{
		{"real site", projectRoot},
		{"generated site", generated},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opts := build.Options{Now: sitetest.Now, Minify: true}
			one := buildWithProcs(t, 1, tt.src, opts)
			eight := buildWithProcs(t, 8, tt.src, opts)
			if len(one) == 0 {
				t.Fatal("the build wrote nothing")
			}
			for _, path := range slices.Sorted(maps.Keys(one)) {
				if got, ok := eight[path]; !ok {
					t.Errorf("%s was written with GOMAXPROCS 1 but not with 8", path)
				} else if got != one[path] {
					t.Errorf("%s differs between GOMAXPROCS 1 and 8:\n%s", path, lineDiff(got, one[path]))
				}
			}
			for path := range eight {
				if _, ok := one[path]; !ok {
					t.Errorf("%s was written with GOMAXPROCS 8 but not with 1", path)
				}
			}
		})
	}
}

// TestDiskHasWhatMemoryHas builds the same sites to disk, where a one-off
// build renders its pages into buffers it uses again, and in memory, where
// it does not: every file must be the same.
func TestDiskHasWhatMemoryHas(t *testing.T) {
	generated := t.TempDir()
	if err := corpus.Write(generated, corpus.Options{Pages: 300, Seed: 6}); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{projectRoot, generated} {
		opts := build.Options{Now: sitetest.Now, Minify: true}
		out := filepath.Join(t.TempDir(), "public")
		toDisk(t, src, out, opts)
		disk := snapshot(t, out)
		res, l := build.Site(context.Background(), os.DirFS(src), opts)
		if res == nil {
			t.Fatalf("%s: build failed:\n%s", src, l.Error())
		}
		for _, f := range res.Files {
			if got, ok := disk[f.Path]; !ok {
				t.Errorf("%s: %s is missing from the disk", src, f.Path)
			} else if got != string(f.Data) {
				t.Errorf("%s: %s on disk differs from the build in memory:\n%s", src, f.Path, lineDiff(got, string(f.Data)))
			}
			delete(disk, f.Path)
		}
		for path := range disk {
			if !strings.HasSuffix(path, "/") {
				t.Errorf("%s: %s is on disk but not in memory", src, path)
			}
		}
	}
}

// buildWithProcs builds src to a new folder with GOMAXPROCS set to procs,
// restoring it afterwards, and returns the folder's files.
func buildWithProcs(t *testing.T, procs int, src string, opts build.Options) map[string]string {
	t.Helper()
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	out := filepath.Join(t.TempDir(), "public")
	toDisk(t, src, out, opts)
	return snapshot(t, out)
}

func TestDeletedPageLeavesNoStaleFile(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
-- content/news/item.md --
---
title: Item
description: Item.
---
`)
	out := filepath.Join(t.TempDir(), "public")
	toDisk(t, src, out, build.Options{Now: sitetest.Now})
	if _, err := os.Stat(filepath.Join(out, "news", "item", "index.html")); err != nil {
		t.Fatalf("first build: %v", err)
	}
	if err := os.Remove(filepath.Join(src, "content", "news", "item.md")); err != nil {
		t.Fatal(err)
	}
	toDisk(t, src, out, build.Options{Now: sitetest.Now})
	files := snapshot(t, out)
	for path, data := range files {
		if strings.HasPrefix(path, "news/item/") {
			t.Errorf("after content/news/item.md was deleted, the rebuild left %s", path)
		}
		if strings.Contains(data, "/news/item/") {
			t.Errorf("after content/news/item.md was deleted, %s still links to it", path)
		}
	}
	if _, ok := files["about/index.html"]; !ok {
		t.Errorf("the rebuild lost about/index.html; it wrote %q", slices.Sorted(maps.Keys(files)))
	}
}

func TestFailedBuildLeavesTheOldSite(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
`)
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	toDisk(t, src, out, build.Options{Now: sitetest.Now})
	before := snapshot(t, out)

	broken := "---\ntitle: Broken\ndescription: Its front matter is never closed.\n\nText.\n"
	if err := os.WriteFile(filepath.Join(src, "content", "broken.md"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	_, l, err := build.ToDisk(context.Background(), src, out, build.Options{Now: sitetest.Now})
	if err != nil {
		t.Fatalf("ToDisk with a broken page: err = %v, want problems only", err)
	}
	if !l.HasErrors() || l[0].File != "content/broken.md" {
		t.Errorf("ToDisk with a broken page: problems = %v, want an error in content/broken.md", l)
	}
	if got := snapshot(t, out); !maps.Equal(got, before) {
		t.Errorf("after a failed build the output is %q, want it unchanged: %q", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(before)))
	}
	assertOnly(t, parent, "public")
}

func TestOutputFolderMayNotHoldTheProject(t *testing.T) {
	for _, tt := range []struct {
		name string
		out  func(src string) string
	}{
		{"the project folder", func(src string) string { return src }},
		{"the folder above it", func(src string) string { return filepath.Dir(src) }},
		{"inside content", func(src string) string { return filepath.Join(src, "content", "public") }},
		{"content itself", func(src string) string { return filepath.Join(src, "content") }},
		{"inside layouts", func(src string) string { return filepath.Join(src, "layouts", "public") }},
		{"inside assets", func(src string) string { return filepath.Join(src, "assets", "public") }},
		{"the project through a relative path", func(src string) string { return filepath.Join(src, "content", "..") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := sitetest.Project(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
-- layouts/page.html --
{{define "main"}}{{.Content}}{{end}}
-- assets/site.css --
body { color: black; }
`)
			out := tt.out(src)
			parent := filepath.Dir(src)
			before := snapshot(t, parent)
			_, l, err := build.ToDisk(context.Background(), src, out, build.Options{Now: sitetest.Now})
			if err == nil {
				t.Errorf("ToDisk(%s, %s) succeeded, want a refusal", src, out)
			}
			if len(l) > 0 {
				t.Errorf("ToDisk(%s, %s) problems = %v, want none: it should refuse before building", src, out, l)
			}
			if got := snapshot(t, parent); !maps.Equal(got, before) {
				t.Errorf("a refused build changed the files: now %q, was %q", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(before)))
			}
		})
	}
}

// toDisk builds src into out and fails the test on any problem.
func toDisk(t *testing.T, src, out string, opts build.Options) build.Written {
	t.Helper()
	stats, l, err := build.ToDisk(context.Background(), src, out, opts)
	if err != nil || l.HasErrors() {
		t.Fatalf("ToDisk(%s, %s): err = %v, problems:\n%s", src, out, err, l.Error())
	}
	return stats
}

// snapshot reads every file under dir, keyed by slash path; folders are
// keys ending in "/", so that an empty one left behind shows.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == "." {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			files[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		files[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatalf("snapshot %s: %v", dir, err)
	}
	return files
}

// assertOnly checks that dir holds exactly names: no temporary folder left
// beside the output.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, names) {
		t.Errorf("%s holds %q, want only %q", dir, got, names)
	}
}
