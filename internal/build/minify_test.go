package build_test

import (
	"context"
	"io/fs"
	"os"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/corpus"
	"norfolk.gov.uk/microsite/internal/postprocess"
	"norfolk.gov.uk/microsite/internal/publish"
)

// TestPagesMinifiedInPartsAreMinified checks the pages of a build that
// minifies: their layouts were minified as they were parsed, their text as
// it was converted and the shared partials once, so no whole page went
// through the minifier. Minified again, each must be what minifying the
// un-minified page gives, but for its assets' fingerprints, and hardly
// longer.
func TestPagesMinifiedInPartsAreMinified(t *testing.T) {
	for name, fsys := range map[string]fs.FS{
		"real site":      os.DirFS(projectRoot),
		"generated site": corpus.Generate(corpus.Options{Pages: 60, Seed: 3}),
	} {
		t.Run(name, func(t *testing.T) {
			plain := builtFiles(t, fsys, false)
			parts := builtFiles(t, fsys, true)
			for path, data := range plain {
				if !strings.HasSuffix(path, ".html") {
					continue
				}
				want := maskFingerprints(minified(t, path, data))
				got, ok := parts[path]
				if !ok {
					t.Errorf("%s: missing from the minified build", path)
					continue
				}
				if again := maskFingerprints(minified(t, path, got)); again != want {
					t.Errorf("%s: minified in parts, then again:\n%s\nwant the page minified whole:\n%s", path, again, want)
				}
				if len(got) > len(want)+len(want)/50 {
					t.Errorf("%s: %d bytes minified in parts, %d minified whole: want at most 2%% more", path, len(got), len(want))
				}
			}
		})
	}
}

func builtFiles(t *testing.T, fsys fs.FS, minify bool) map[string][]byte {
	t.Helper()
	res, l := build.Site(context.Background(), fsys, build.Options{Now: goldenNow, Minify: minify})
	if res == nil {
		t.Fatalf("build failed:\n%s", l.Error())
	}
	files := map[string][]byte{}
	for _, f := range res.Files {
		files[f.Path] = f.Data
	}
	return files
}

func minified(t *testing.T, path string, data []byte) string {
	t.Helper()
	f, err := postprocess.Minify(publish.File{Path: path, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return string(f.Data)
}
