package publish

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"testing"
)

// A rebuild leaves unchanged files alone: their bytes are not written
// again, the files are linked from the old tree.
func TestRepublishKeepsUnchangedFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	first := []File{
		{"index.html", []byte("<h1>Home</h1>")},
		{"vision/index.html", []byte("<h1>Vision</h1>")},
		{"old/index.html", []byte("<h1>Old</h1>")},
		{"mode.html", []byte("same")},
	}
	if _, err := Publish(context.Background(), dir, first); err != nil {
		t.Fatal(err)
	}
	before := map[string]os.FileInfo{}
	for _, f := range first {
		before[f.Path] = stat(t, filepath.Join(dir, f.Path))
	}
	// Changed by hand, so its mode is not what a build gives.
	if err := os.Chmod(filepath.Join(dir, "mode.html"), 0o600); err != nil {
		t.Fatal(err)
	}
	second := []File{
		{"index.html", []byte("<h1>Home</h1>")},
		{"vision/index.html", []byte("<h1>Vision, edited</h1>")},
		{"mode.html", []byte("same")},
		{"new/index.html", []byte("<h1>New</h1>")},
	}
	res, err := Publish(context.Background(), dir, second)
	if err != nil {
		t.Fatal(err)
	}
	if res.Files != len(second) {
		t.Errorf("published %d files, want %d", res.Files, len(second))
	}
	if got, want := snapshot(t, dir), want(second); !maps.Equal(got, want) {
		t.Errorf("after the rebuild:\n got %v\nwant %v", got, want)
	}
	for path, kept := range map[string]bool{"index.html": true, "vision/index.html": false, "mode.html": false} {
		if same := os.SameFile(before[path], stat(t, filepath.Join(dir, path))); same != kept {
			t.Errorf("%s: the same file as before is %v, want %v", path, same, kept)
		}
	}
	if info := stat(t, filepath.Join(dir, "mode.html")); info.Mode().Perm() != 0o644 {
		t.Errorf("mode.html has mode %v, want 0644", info.Mode().Perm())
	}
}

// A link in the old tree to a file outside it is never followed, even to
// bytes that are the same.
func TestRepublishDoesNotFollowLinksOut(t *testing.T) {
	tmp := t.TempDir()
	outside := filepath.Join(tmp, "outside")
	dir := filepath.Join(tmp, "out", "public")
	for _, d := range []string{outside, dir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(outside, "index.html"), []byte("<h1>Home</h1>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "index.html"), filepath.Join(dir, "index.html")); err != nil {
		t.Fatalf("this test needs symbolic links: %v", err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "sub")); err != nil {
		t.Fatal(err)
	}
	files := []File{{"index.html", []byte("<h1>Home</h1>")}, {"sub/index.html", []byte("<h1>Home</h1>")}}
	if _, err := Publish(context.Background(), dir, files); err != nil {
		t.Fatal(err)
	}
	out := stat(t, filepath.Join(outside, "index.html"))
	for _, f := range files {
		got, err := os.Lstat(filepath.Join(dir, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		if !got.Mode().IsRegular() || os.SameFile(got, out) {
			t.Errorf("%s is the file outside the output folder, or a link: %v", f.Path, got.Mode())
		}
	}
}

func stat(t *testing.T, path string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info
}
