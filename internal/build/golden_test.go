package build_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenNow is the day the golden files are built on: the consultation is
// open and every workshop is still to come.
var goldenNow = time.Date(2005, time.May, 20, 0, 0, 0, 0, time.UTC)

// goldenFiles are the pages of the real site that editors and printers see,
// checked whole. Each is kept in testdata/golden/ under its path with "/"
// written "__".
var goldenFiles = []string{
	"index.html",
	"vision/index.html",
	"consultation/index.html",
	"workshops/index.html",
	"workshops/northern/index.html",
	"workshops/northern.ics",
	"print/index.html",
	"print/large/index.html",
	"updates/feed.xml",
	"sitemap.xml",
	"_redirects",
	"robots.txt",
	"404.html",
}

// TestGoldenFiles compares the real site's pages, un-minified, with the
// files in testdata/golden. When content or layouts change on purpose,
// rewrite them with
//
//	go test ./internal/build -run TestGoldenFiles -update
//
// and read the diff before committing it.
func TestGoldenFiles(t *testing.T) {
	res, l := build.Site(context.Background(), os.DirFS(projectRoot), build.Options{Now: goldenNow})
	if res == nil {
		t.Fatalf("the real site does not build:\n%s", l.Error())
	}
	if len(l) > 0 {
		t.Errorf("the real site builds with problems:\n%s", l.Error())
	}
	built := map[string]string{}
	for _, f := range res.Files {
		built[f.Path] = string(f.Data)
	}
	for _, path := range goldenFiles {
		t.Run(path, func(t *testing.T) {
			got, ok := built[path]
			if !ok {
				t.Fatalf("the build wrote no %s", path)
			}
			checkGolden(t, filepath.Join("testdata", "golden", strings.ReplaceAll(path, "/", "__")), got)
		})
	}
}

// fingerprint matches the content hash in an asset's name
// ("site.3f9a1c2e.css"). Golden files hold "site.HASH.css" instead, so
// that a change to the stylesheet alone does not change every page; the
// assets package tests the hashes.
var fingerprint = regexp.MustCompile(`\.[0-9a-f]{8}\.(css|js|mjs|svg|png|jpe?g|gif|webp|avif|ico|woff2?|pdf)\b`)

// maskFingerprints writes every asset's content hash as HASH.
func maskFingerprints(s string) string {
	return fingerprint.ReplaceAllString(s, ".HASH.$1")
}

// checkGolden compares got with the golden file, or rewrites it with -update.
func checkGolden(t *testing.T, file, got string) {
	t.Helper()
	got = maskFingerprints(got)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (if the change is meant, run go test -update and check the diff):\n%s", file, lineDiff(got, string(want)))
	}
}

// lineDiff shows where got and want differ: the block of lines between
// their common beginning and common end, with line numbers, a few lines of
// context before it, and at most maxDiffLines lines from each side.
func lineDiff(got, want string) string {
	const context, maxDiffLines = 3, 12
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	start := 0
	for start < len(g) && start < len(w) && g[start] == w[start] {
		start++
	}
	end := 0 // lines in common at the end, after start
	for end < len(g)-start && end < len(w)-start && g[len(g)-1-end] == w[len(w)-1-end] {
		end++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d (got %d lines, want %d):\n", start+1, len(g), len(w))
	for i := max(0, start-context); i < start; i++ {
		fmt.Fprintf(&b, "  %5d  %s\n", i+1, g[i])
	}
	diffLines(&b, "-", w[start:len(w)-end], start, maxDiffLines)
	diffLines(&b, "+", g[start:len(g)-end], start, maxDiffLines)
	return b.String()
}

// diffLines writes lines, numbered from first+1 and marked with sign ("-"
// for want, "+" for got), stopping after limit.
func diffLines(b *strings.Builder, sign string, lines []string, first, limit int) {
	for i, line := range lines {
		if i == limit {
			fmt.Fprintf(b, "%s  ... and %d more lines\n", sign, len(lines)-limit)
			return
		}
		fmt.Fprintf(b, "%s %5d  %s\n", sign, first+i+1, line)
	}
}

func TestLineDiffShowsOnlyTheChange(t *testing.T) {
	want := "a\nb\nc\nd\ne\nf\ng\n"
	got := "a\nb\nc\nd\nE\nf\ng\n"
	diff := lineDiff(got, want)
	for _, line := range []string{"first difference at line 5 (got 8 lines, want 8):", "      4  d", "-     5  e", "+     5  E"} {
		if !strings.Contains(diff, line+"\n") {
			t.Errorf("lineDiff =\n%s\nwant it to hold the line %q", diff, line)
		}
	}
	if strings.Contains(diff, "  a\n") || strings.Contains(diff, "  f\n") {
		t.Errorf("lineDiff =\n%s\nwant no lines far from the change", diff)
	}
}
