package build_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/corpus"
)

// benchSite is the generated site the benchmarks build: 1,000 pages of
// 1.5 to 5 KB, in 20 sections.
var benchSite = corpus.Options{Pages: 1000, Seed: 1}

var benchNow = time.Date(2005, time.May, 20, 0, 0, 0, 0, time.UTC)

// BenchmarkBuild builds the whole site in memory; SetBytes counts the
// Markdown read, so MB/s is content per second.
func BenchmarkBuild(b *testing.B) {
	fsys := corpus.Generate(benchSite)
	var size int64
	for _, f := range fsys {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		if res, l := build.Site(ctx, fsys, build.Options{Now: benchNow, Minify: true}); res == nil || l.HasErrors() {
			b.Fatalf("build problems:\n%s", l.Error())
		}
	}
}

// BenchmarkBuildToDisk reads the site from disk and publishes it, replacing
// the previous output each time, as a rebuild does: every file is unchanged,
// so each is linked from the previous output rather than written.
func BenchmarkBuildToDisk(b *testing.B) { buildToDisk(b, "") }

// BenchmarkRebuildOnePageToDisk is "microsite build" after an edit to one
// page: the whole site is built, and only that page's file is written anew.
func BenchmarkRebuildOnePageToDisk(b *testing.B) { buildToDisk(b, "content/index.md") }

func buildToDisk(b *testing.B, edit string) {
	src := b.TempDir()
	if err := corpus.Write(src, benchSite); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "public")
	var size int64
	for _, f := range corpus.Generate(benchSite) {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	ctx := context.Background()
	var orig []byte
	if edit != "" {
		var err error
		if orig, err = os.ReadFile(filepath.Join(src, edit)); err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		if edit != "" {
			i++
			if err := os.WriteFile(filepath.Join(src, edit), fmt.Appendf(slices.Clip(orig), "\nEdit number %d.\n", i), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		_, l, err := build.ToDisk(ctx, src, out, build.Options{Now: benchNow, Minify: true})
		if err != nil || l.HasErrors() {
			b.Fatalf("ToDisk: err %v, problems:\n%s", err, l.Error())
		}
	}
}

// BenchmarkRebuildOnePage edits one page's text and rebuilds, as the
// preview does after a save: one page parsed, converted and rendered.
func BenchmarkRebuildOnePage(b *testing.B) {
	for _, pages := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("pages=%d", pages), func(b *testing.B) {
			rebuildOnePage(b, corpus.Options{Pages: pages, Seed: benchSite.Seed})
		})
	}
}

func rebuildOnePage(b *testing.B, site corpus.Options) {
	fsys := corpus.Generate(site)
	// As the preview builds: with the advice, which on a generated site is
	// thousands of warnings.
	builder := build.NewBuilder(fsys, build.Options{Now: benchNow, Advice: true})
	ctx := context.Background()
	if res, l := builder.Rebuild(ctx, nil, true); res == nil {
		b.Fatalf("first build problems:\n%s", l.Error())
	}
	const page = "content/index.md"
	orig := fsys[page].Data
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		fsys[page].Data = fmt.Appendf(slices.Clip(orig), "\nEdit number %d.\n", i)
		res, l := builder.Rebuild(ctx, []string{page}, false)
		if res == nil {
			b.Fatalf("rebuild problems:\n%s", l.Error())
		}
		if res.Stats.Parsed != 1 || res.Stats.Converted != 1 {
			b.Fatalf("a one-page edit did %+v", res.Stats)
		}
	}
}
