package build_test

import (
	"context"
	"flag"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

var updateHostile = flag.Bool("update-hostile", false, "rewrite the want sections of testdata/hostile/*.txtar with what the build says now")

// hostileCase is one archive of testdata/hostile: a project that tries to
// escape the output folder, publish a file from elsewhere or put script
// into a page, and the exact lines the build must refuse it with.
//
// The comment before the first file holds directives, one a line:
//
//	disk        build it on a real disk through build.ToDisk
//	out: DIR    the output folder, relative to the project (default ../public)
//
// A file named "link: PATH -> TARGET" is a symbolic link (so the case runs on
// disk); files under "outside/" are written beside the project folder, where
// a link may point. A content/site.toml is added if the archive has none.
// The "want" file holds the problems, then "error: ..." for an error, with
// $PROJECT and $OUT standing for the folders.
type hostileCase struct {
	name    string
	file    string
	disk    bool
	out     string
	files   fstest.MapFS
	links   map[string]string
	outside fstest.MapFS
	want    string
}

func TestHostileInputIsRefused(t *testing.T) {
	paths, err := filepath.Glob("testdata/hostile/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases in testdata/hostile: %v", err)
	}
	for _, path := range paths {
		c := readHostile(t, path)
		t.Run(c.name, func(t *testing.T) {
			var got string
			if c.disk {
				got = c.runOnDisk(t)
			} else {
				res, l := build.Site(context.Background(), c.files, build.Options{Now: sitetest.Now})
				if res != nil {
					t.Errorf("the build succeeded, want it refused")
				}
				got = lines(l, nil)
			}
			if *updateHostile {
				writeWant(t, c.file, got)
				return
			}
			if got != c.want {
				t.Errorf("%s:\ngot:\n%s\nwant:\n%s", c.file, got, c.want)
			}
		})
	}
}

// runOnDisk writes the project beside an old output folder, builds it,
// and checks that the old output and everything around it are unchanged.
func (c hostileCase) runOnDisk(t *testing.T) string {
	parent := t.TempDir()
	src := filepath.Join(parent, "project")
	writeTree(t, src, c.files)
	writeTree(t, parent, c.outside)
	for link, target := range c.links {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(src, filepath.FromSlash(link))), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(filepath.FromSlash(target), filepath.Join(src, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(src, filepath.FromSlash(c.out))
	if !strings.HasPrefix(c.out, "content") && !strings.HasPrefix(c.out, ".") {
		writeTree(t, out, fstest.MapFS{"index.html": {Data: []byte("the old site")}})
	}
	before := tree(t, parent)
	_, l, err := build.ToDisk(context.Background(), src, out, build.Options{Now: sitetest.Now})
	if got := tree(t, parent); !maps.Equal(got, before) {
		t.Errorf("a refused build changed the files: now %q, was %q", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(before)))
	}
	// The longer name first, so that each folder is named by its own.
	r := strings.NewReplacer(filepath.Clean(out), "$OUT", src, "$PROJECT")
	if len(src) >= len(filepath.Clean(out)) {
		r = strings.NewReplacer(src, "$PROJECT", filepath.Clean(out), "$OUT")
	}
	if err == nil && !l.HasErrors() {
		t.Errorf("the build succeeded, want it refused")
	}
	return r.Replace(lines(l, err))
}

func lines(l diag.List, err error) string {
	var out []string
	for _, d := range l {
		out = append(out, d.String())
	}
	if err != nil {
		out = append(out, "error: "+err.Error())
	}
	return strings.Join(out, "\n")
}

func readHostile(t *testing.T, path string) hostileCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := hostileCase{
		name: strings.TrimSuffix(filepath.Base(path), ".txtar"), file: path, out: "../public",
		files: fstest.MapFS{}, links: map[string]string{}, outside: fstest.MapFS{},
	}
	comment, _, _ := strings.Cut(string(data), "\n-- ")
	for line := range strings.Lines(comment) {
		line = strings.TrimSpace(line)
		switch {
		case line == "disk":
			c.disk = true
		case strings.HasPrefix(line, "out: "):
			c.out, c.disk = strings.TrimPrefix(line, "out: "), true
		}
	}
	for name, f := range sitetest.Files(string(data)) {
		switch {
		case name == "want":
			c.want = strings.TrimSuffix(string(f.Data), "\n")
		case strings.HasPrefix(name, "link: "):
			link, target, _ := strings.Cut(strings.TrimPrefix(name, "link: "), " -> ")
			c.links[link], c.disk = target, true
		case strings.HasPrefix(name, "outside/"):
			c.outside[name] = f
			c.disk = true
		default:
			c.files[name] = f
		}
	}
	if _, ok := c.files["content/site.toml"]; !ok {
		c.files["content/site.toml"] = sitetest.Files(settings)["content/site.toml"]
	}
	return c
}

func writeTree(t *testing.T, dir string, files fstest.MapFS) {
	t.Helper()
	for name, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// writeWant replaces the want file of the archive at path.
func writeWant(t *testing.T, path, want string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if i := strings.Index(s, "-- want --\n"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, "\n") + "\n-- want --\n" + want + "\n"
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tree is snapshot without following links: a link is recorded as
// "-> target", so a link to a folder is not read as a file.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			files[rel] = "-> " + target
			return err
		case d.IsDir():
			files[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		files[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatalf("tree %s: %v", dir, err)
	}
	return files
}
