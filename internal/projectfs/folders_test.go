package projectfs_test

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/projectfs"
)

// TestFoldersReadAsTheProjectDoes: every file reads through Folders as it
// does through the project folder, links included: one that stays inside
// the project but leaves its folder still reads, and one that leads outside
// is still refused, and explained as such.
func TestFoldersReadAsTheProjectDoes(t *testing.T) {
	parent := t.TempDir()
	src := filepath.Join(parent, "project")
	for name, text := range map[string]string{
		"project/content/a.md":       "a",
		"project/content/news/b.md":  "b",
		"project/shared/c.md":        "c",
		"outside/secret.md":          "secret",
		"project/content/news/d.txt": "d",
	} {
		p := filepath.Join(parent, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"content/news/c.md":      "../../shared/c.md",
		"content/news/secret.md": "../../../outside/secret.md",
	} {
		if err := os.Symlink(filepath.FromSlash(target), filepath.Join(src, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	root, err := os.OpenRoot(src)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	project := projectfs.FS(root)
	paths := []string{"content/a.md", "content/news/b.md", "content/news/c.md", "content/news/secret.md", "content/news/gone.md", "content/missing/e.md", "content/news/d.txt"}
	folders := projectfs.OpenFolders(project, paths)
	defer folders.Close()
	for _, p := range paths {
		want, wantErr := read(project, p)
		got, gotErr := read(folders, p)
		if got != want || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("%s: through Folders %q, %v; through the project %q, %v", p, got, gotErr, want, wantErr)
		}
		wantMsg, _ := projectfs.Explain(project, p, wantErr)
		if gotMsg, _ := projectfs.Explain(folders, p, gotErr); gotMsg != wantMsg {
			t.Errorf("%s: explained through Folders as %q, through the project as %q", p, gotMsg, wantMsg)
		}
	}
	if _, err := read(folders, "content/news/secret.md"); !projectfs.IsOutsideLink(folders, "content/news/secret.md", err) {
		t.Errorf("the link outside the project: err %v, want it refused as a link outside", err)
	}
	if got, err := read(folders, "content/news/c.md"); got != "c" {
		t.Errorf("the link inside the project reads %q, %v; want %q", got, err, "c")
	}
}

// TestFoldersPastTheLimit: files in more folders than Folders keeps open
// read all the same.
func TestFoldersPastTheLimit(t *testing.T) {
	src := t.TempDir()
	var paths []string
	for i := range projectfs.MaxFolders + 10 {
		p := fmt.Sprintf("content/s%d/page.md", i)
		if err := os.MkdirAll(filepath.Join(src, "content", fmt.Sprintf("s%d", i)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, filepath.FromSlash(p)), []byte(p), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	root, err := os.OpenRoot(src)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	folders := projectfs.OpenFolders(projectfs.FS(root), paths)
	defer folders.Close()
	for _, p := range paths {
		if got, err := read(folders, p); got != p {
			t.Errorf("%s reads %q, %v", p, got, err)
		}
	}
}

// TestFoldersOfAnyFS: given an fs.FS that is not the project folder, as
// tests give, Folders reads through it.
func TestFoldersOfAnyFS(t *testing.T) {
	fsys := fstest.MapFS{"content/a.md": {Data: []byte("a")}}
	folders := projectfs.OpenFolders(fsys, []string{"content/a.md"})
	defer folders.Close()
	if got, err := read(folders, "content/a.md"); got != "a" || err != nil {
		t.Errorf("read %q, %v; want %q", got, err, "a")
	}
}

func read(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return string(data), err
}
