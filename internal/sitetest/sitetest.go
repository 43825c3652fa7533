// Package sitetest builds whole small sites written as txtar archives (Hugo's
// integration-test style), so a test reads as the files an editor would write
// and the output or errors they would see.
package sitetest

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/diag"
)

// Files parses a txtar archive: a "-- path --" line starts each file, and
// anything before the first is a comment.
func Files(archive string) fstest.MapFS {
	fsys := fstest.MapFS{}
	var name string
	var body strings.Builder
	flush := func() {
		if name != "" {
			fsys[name] = &fstest.MapFile{Data: []byte(body.String())}
		}
		body.Reset()
	}
	for line := range strings.Lines(archive) {
		trimmed := strings.TrimRight(line, "\n")
		if n, ok := strings.CutPrefix(trimmed, "-- "); ok && strings.HasSuffix(n, " --") {
			flush()
			name = strings.TrimSuffix(n, " --")
			continue
		}
		body.WriteString(line)
	}
	flush()
	return fsys
}

// Now is the date test builds take as today unless a test says otherwise: a
// day when the consultation is open and every workshop is still to come.
var Now = time.Date(2005, time.May, 20, 0, 0, 0, 0, time.UTC)

// Site is a test build's outcome.
type Site struct {
	t      testing.TB
	Result *build.Result
	Files  map[string]string
	Diags  diag.List
}

// Build builds archive in memory, un-minified unless opts says otherwise.
func Build(t testing.TB, archive string, opts build.Options) *Site {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = Now
	}
	res, l := build.Site(context.Background(), Files(archive), opts)
	s := &Site{t: t, Result: res, Diags: l, Files: map[string]string{}}
	if res != nil {
		for _, f := range res.Files {
			s.Files[f.Path] = string(f.Data)
		}
	}
	return s
}

// AssertOK fails the test if the build reported any problem.
func (s *Site) AssertOK() {
	s.t.Helper()
	if len(s.Diags) > 0 || s.Result == nil {
		s.t.Fatalf("build problems:\n%s", s.Diags.Error())
	}
}

// AssertFile checks that path was built and holds every one of wants.
func (s *Site) AssertFile(path string, wants ...string) {
	s.t.Helper()
	got, ok := s.Files[path]
	if !ok {
		s.t.Errorf("no file %s; built: %s", path, strings.Join(s.paths(), ", "))
		return
	}
	for _, w := range wants {
		if !strings.Contains(got, w) {
			s.t.Errorf("%s does not contain %q; it is:\n%s", path, w, got)
		}
	}
}

// AssertFileLacks checks that path was built and holds none of unwanted.
func (s *Site) AssertFileLacks(path string, unwanted ...string) {
	s.t.Helper()
	got := s.Files[path]
	for _, u := range unwanted {
		if strings.Contains(got, u) {
			s.t.Errorf("%s contains %q; it is:\n%s", path, u, got)
		}
	}
}

// AssertNoFile checks that path was not built.
func (s *Site) AssertNoFile(path string) {
	s.t.Helper()
	if _, ok := s.Files[path]; ok {
		s.t.Errorf("%s was built, but should not have been", path)
	}
}

// AssertDiags checks that the build reported exactly wants, as
// "file:line: severity: message" lines, in order.
func (s *Site) AssertDiags(wants ...string) {
	s.t.Helper()
	var got []string
	for _, d := range s.Diags {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(wants, "\n") {
		s.t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wants, "\n"))
	}
}

func (s *Site) paths() []string {
	return slices.Sorted(maps.Keys(s.Files))
}

// Project writes archive into a new project folder, alone in a temporary
// folder of its own, and returns the project folder.
func Project(t testing.TB, archive string) string {
	t.Helper()
	src := filepath.Join(t.TempDir(), "project")
	for name, f := range Files(archive) {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return src
}

// InMemory reads a project folder's content/, layouts/ and assets/ into
// memory, for tests that change the real project without touching it.
func InMemory(t testing.TB, root string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	dir := os.DirFS(root)
	for _, top := range []string{"content", "layouts", "assets"} {
		err := fs.WalkDir(dir, top, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(dir, p)
			fsys[p] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return fsys
}
