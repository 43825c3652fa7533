package corpus_test

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/corpus"
)

var now = time.Date(2005, time.May, 20, 0, 0, 0, 0, time.UTC)

func TestGeneratedSitesBuildWithoutProblems(t *testing.T) {
	for _, opts := range []corpus.Options{
		{Pages: 100, Seed: 1}, {Pages: 100, Seed: 2}, {Pages: 100, Seed: 3}, {Pages: 101, Seed: 100},
		{Pages: 1000, Seed: 1}, {Pages: 1000, Seed: 2},
	} {
		fsys := corpus.Generate(opts)
		res, l := build.Site(context.Background(), fsys, build.Options{Now: now})
		if l.HasErrors() || res == nil {
			t.Fatalf("Generate(%+v): build problems:\n%s", opts, l.Error())
		}
		if got := countPages(fsys); got != opts.Pages {
			t.Errorf("Generate(%+v) made %d .md files, want %d", opts, got, opts.Pages)
		}
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	a := corpus.Generate(corpus.Options{Pages: 500, Seed: 42})
	b := corpus.Generate(corpus.Options{Pages: 500, Seed: 42})
	if !maps.EqualFunc(a, b, func(x, y *fstest.MapFile) bool { return bytes.Equal(x.Data, y.Data) }) {
		t.Errorf("Generate with seed 42 twice gave different sites")
	}
	c := corpus.Generate(corpus.Options{Pages: 500, Seed: 43})
	if maps.EqualFunc(a, c, func(x, y *fstest.MapFile) bool { return bytes.Equal(x.Data, y.Data) }) {
		t.Errorf("Generate with seeds 42 and 43 gave the same site")
	}
}

func TestPagesAreInRangeAndWellFormed(t *testing.T) {
	fsys := corpus.Generate(corpus.Options{Pages: 1000, Seed: 7})
	name := regexp.MustCompile(`^content(/[a-z0-9]+(-[a-z0-9]+)*)+\.(md|toml)$`)
	date := regexp.MustCompile(`(?m)^date: \d{4}-\d{2}-\d{2}$`)
	var tables, drafts, links int
	sections := map[string]bool{}
	for path, f := range fsys {
		if !name.MatchString(path) {
			t.Errorf("%s: not lower-case letters, digits and hyphens", path)
		}
		if !strings.HasSuffix(path, ".md") {
			continue
		}
		if dir := filepath.Dir(path); dir != "content" {
			sections[dir] = true
		}
		if n := len(f.Data); n < corpus.MinPageBytes || n > corpus.MaxPageBytes {
			t.Errorf("%s is %d bytes, want %d to %d", path, n, corpus.MinPageBytes, corpus.MaxPageBytes)
		}
		body := string(f.Data)
		if !date.MatchString(body) {
			t.Errorf("%s has no date line", path)
		}
		if strings.ContainsAny(body, "<>") {
			t.Errorf("%s holds < or >, which could be raw HTML", path)
		}
		tables += strings.Count(body, "\nTable: ")
		drafts += strings.Count(body, "\ndraft: true\n")
		links += strings.Count(body, ".md)")
	}
	if len(sections) != 20 {
		t.Errorf("%d sections, want 20", len(sections))
	}
	// About one page in three has a table, one in fifty is a draft.
	if tables < 250 || tables > 420 {
		t.Errorf("%d of 1000 pages have a table, want about 333", tables)
	}
	if drafts < 5 || drafts > 40 {
		t.Errorf("%d of 1000 pages are drafts, want about 20", drafts)
	}
	if links < 1000 {
		t.Errorf("%d links between pages in 1000 pages, want more", links)
	}
}

func TestWriteWritesWhatGenerateMakes(t *testing.T) {
	opts := corpus.Options{Pages: 100, Seed: 9}
	dir := t.TempDir()
	if err := corpus.Write(dir, opts); err != nil {
		t.Fatal(err)
	}
	want := corpus.Generate(opts)
	got := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("Write wrote %d files, Generate makes %d", len(got), len(want))
	}
	for path, f := range want {
		if !bytes.Equal(got[path], f.Data) {
			t.Errorf("%s on disk differs from Generate's", path)
		}
	}
}

func TestPagesAreClamped(t *testing.T) {
	if got := countPages(corpus.Generate(corpus.Options{Pages: 3})); got != corpus.MinPages {
		t.Errorf("Generate(Pages: 3) made %d pages, want %d", got, corpus.MinPages)
	}
}

func countPages(fsys fstest.MapFS) int {
	n := 0
	for path := range fsys {
		if strings.HasSuffix(path, ".md") {
			n++
		}
	}
	return n
}
