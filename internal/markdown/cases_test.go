package markdown

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .html and .errors files of testdata/cases from the output")

// testContext is a page two lines into a file that starts with three lines of
// front matter, in a site published under a path, as the real one is.
func testContext() Context {
	pages := map[string]string{
		"content/vision.md":             "/childrensservices/vision/",
		"content/workshops/index.md":    "/childrensservices/workshops/",
		"content/workshops/northern.md": "/childrensservices/workshops/northern/",
	}
	assets := map[string]string{
		"images/map.png": "/childrensservices/assets/images/map.1a2b3c4d.png",
	}
	return Context{
		File:      "content/workshops/northern.md",
		FirstLine: 5,
		BaseURL:   "https://www.norfolk.gov.uk/childrensservices/",
		BasePath:  "/childrensservices/",
		PageURL:   func(s string) (string, bool) { u, ok := pages[s]; return u, ok },
		AssetURL:  func(s string) (string, bool) { u, ok := assets[s]; return u, ok },
	}
}

// TestCases converts each testdata/cases/NAME.md and compares the HTML with
// NAME.html and the problems with NAME.errors (none if the file is missing).
func TestCases(t *testing.T) {
	c := New()
	eachInput(t, "testdata/cases/*.md", func(t *testing.T, name string, src []byte) {
		res := c.Convert(src, testContext())
		compareGolden(t, name+".html", []byte(res.HTML), *update)
		compareGolden(t, name+".errors", []byte(diagLines(res)), *update)
	})
}

// eachInput runs f, as a subtest, on every file matching pattern, with the
// file's path less its extension and its bytes.
func eachInput(t *testing.T, pattern string, f func(t *testing.T, name string, src []byte)) {
	inputs, err := filepath.Glob(pattern)
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no files match %s: %v", pattern, err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(in, filepath.Ext(in))
		t.Run(filepath.Base(name), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			f(t, name, src)
		})
	}
}

func diagLines(res Result) string {
	var b strings.Builder
	for _, d := range res.Diags {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// compareGolden compares got with the file want, where a missing file means
// empty, or rewrites the file if rewrite is set (by -update or
// -update-hostile).
func compareGolden(t *testing.T, file string, got []byte, rewrite bool) {
	t.Helper()
	if rewrite {
		writeGolden(t, file, got)
		return
	}
	want, err := os.ReadFile(file)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test with -update or -update-hostile to accept):\n%s", file, lineDiff(string(got), string(want)))
	}
}

func writeGolden(t *testing.T, file string, got []byte) {
	t.Helper()
	if len(got) == 0 {
		if err := os.Remove(file); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return
	}
	if err := os.WriteFile(file, got, 0o644); err != nil {
		t.Fatal(err)
	}
}

// lineDiff shows the lines only in got (+) and only in want (-), in order,
// which is enough to see what changed in a short golden file.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	i, j := 0, 0
	for i < len(g) || j < len(w) {
		switch {
		case i < len(g) && j < len(w) && g[i] == w[j]:
			b.WriteString("  " + g[i] + "\n")
			i, j = i+1, j+1
		case j < len(w) && (i >= len(g) || !contains(g[i:], w[j])):
			b.WriteString("- " + w[j] + "\n")
			j++
		default:
			b.WriteString("+ " + g[i] + "\n")
			i++
		}
	}
	return b.String()
}

func contains(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}
