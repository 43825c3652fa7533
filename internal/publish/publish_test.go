package publish

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
	"testing"

	"norfolk.gov.uk/microsite/internal/projectfs"
)

// site is a small output tree with nested folders.
func site() []File {
	return []File{
		{"index.html", []byte("<h1>Your views</h1>")},
		{"vision/index.html", []byte("<h1>Vision</h1>")},
		{"workshops/northern/index.html", []byte("<h1>Northern</h1>")},
		{"workshops/all.ics", []byte("BEGIN:VCALENDAR")},
		{"assets/site.3f9a1c2e.css", []byte("body{}")},
		{"empty.txt", nil},
	}
}

// snapshot reads every folder and file under dir: "path/" for a folder,
// "path" -> bytes for a file.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := make(map[string]string)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			got[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		got[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// want is the snapshot that files should produce.
func want(files []File) map[string]string {
	m := map[string]string{"./": ""}
	for _, f := range files {
		m[f.Path] = string(f.Data)
		for d := filepath.ToSlash(filepath.Dir(f.Path)); d != "."; d = filepath.ToSlash(filepath.Dir(d)) {
			m[d+"/"] = ""
		}
	}
	return m
}

// assertOnly fails unless parent holds exactly names: no temporary folders.
func assertOnly(t *testing.T, parent string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, names) {
		t.Errorf("%s holds %q, want %q", parent, got, names)
	}
}

func publishOK(t *testing.T, dir string, files []File) {
	t.Helper()
	if _, err := Publish(context.Background(), dir, files); err != nil {
		t.Fatalf("Publish: %v", err)
	}
}

func TestPublishWritesTree(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	files := site()
	res, err := Publish(context.Background(), dir, files)
	if err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, dir); !maps.Equal(got, want(files)) {
		t.Errorf("tree = %q, want %q", got, want(files))
	}
	wantRes := Result{Files: len(files)}
	for _, f := range files {
		wantRes.Bytes += int64(len(f.Data))
	}
	if res != wantRes {
		t.Errorf("Result = %+v, want %+v", res, wantRes)
	}
	assertOnly(t, parent, "public")
}

// TestPublishManySections: past the folders a stage keeps open, files are
// written from the top of the tree, as deep and as whole as the others.
func TestPublishManySections(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	var files []File
	for i := range projectfs.MaxFolders + 10 {
		files = append(files,
			File{fmt.Sprintf("s%d/index.html", i), []byte("section")},
			File{fmt.Sprintf("s%d/page/index.html", i), []byte("page")},
			File{fmt.Sprintf("s%d/page/deeper/still/index.html", i), []byte("deep")})
	}
	publishOK(t, dir, files)
	if got := snapshot(t, dir); !maps.Equal(got, want(files)) {
		t.Errorf("tree = %q, want %q", got, want(files))
	}
}

func TestPublishModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	publishOK(t, dir, site())
	for p, mode := range map[string]fs.FileMode{".": 0o755, "vision": 0o755, "vision/index.html": 0o644} {
		info, err := os.Stat(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		// The umask may take bits away, never add them.
		if m := info.Mode().Perm(); m&^mode != 0 || m&0o700 != mode&0o700 {
			t.Errorf("%s mode = %v, want %v", p, m, mode)
		}
	}
}

func TestPublishDropsStaleFiles(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	publishOK(t, dir, site())
	fewer := []File{{"index.html", []byte("new home")}, {"vision/index.html", []byte("new vision")}}
	publishOK(t, dir, fewer)
	if got := snapshot(t, dir); !maps.Equal(got, want(fewer)) {
		t.Errorf("tree = %q, want %q", got, want(fewer))
	}
	assertOnly(t, parent, "public")
}

func TestPublishCreatesMissingParents(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "build", "site")
	publishOK(t, dir, site())
	if got := snapshot(t, dir); !maps.Equal(got, want(site())) {
		t.Errorf("tree = %q, want %q", got, want(site()))
	}
}

func TestPublishNoFilesMakesEmptyFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	publishOK(t, dir, site())
	publishOK(t, dir, nil)
	if got := snapshot(t, dir); !maps.Equal(got, map[string]string{"./": ""}) {
		t.Errorf("tree = %q, want an empty folder", got)
	}
}

func TestPublishRefusesFileAsDir(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	if err := os.WriteFile(dir, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Publish(context.Background(), dir, site())
	if err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("Publish onto a file: err = %v, want one saying it is not a folder", err)
	}
	if data, _ := os.ReadFile(dir); string(data) != "not a folder" {
		t.Errorf("file at dir changed to %q", data)
	}
	assertOnly(t, parent, "public")
}

func TestPublishRefusesSymlinkAsDir(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	if err := os.Mkdir(filepath.Join(parent, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real", dir); err != nil {
		t.Fatal("cannot make a symbolic link to test with:", err)
	}
	if _, err := Publish(context.Background(), dir, site()); err == nil {
		t.Error("Publish onto a symlink succeeded, want an error")
	}
	assertOnly(t, parent, "public", "real")
}

func TestPublishErrorNamesPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	writeHook = func(int, string) error { return errors.New("disk full") }
	defer func() { writeHook = nil }()
	_, err := Publish(context.Background(), dir, site()[:1])
	wantMsg := fmt.Sprintf("publish %s/index.html: disk full", filepath.ToSlash(dir))
	if err == nil || err.Error() != wantMsg {
		t.Errorf("err = %v, want %q", err, wantMsg)
	}
}
