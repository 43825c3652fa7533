package watch

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"
)

// TestOnDisk runs the real watcher over a project folder through the steps an
// editor takes, each step waiting at most five seconds for its batch.
func TestOnDisk(t *testing.T) {
	root := t.TempDir()
	put(t, root, "content/vision.md", "v1")
	put(t, root, "content/old.md", "old")
	put(t, root, "layouts/page.html", "<p>")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	batches, err := Watch(ctx, Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func()
		want []string
	}{
		{"edit a file", func() { put(t, root, "content/vision.md", "v2") }, []string{"content/vision.md"}},
		{"save atomically", func() {
			put(t, root, "layouts/page.html.tmp", "<p>new")
			move(t, root, "layouts/page.html.tmp", "layouts/page.html")
		}, []string{"layouts/page.html"}},
		{"mkdir -p and a file at once", func() {
			mkdir(t, root, "content/a/b")
			put(t, root, "content/a/b/new.md", "new")
		}, []string{"content/a/b/new.md"}},
		{"rename a file", func() { move(t, root, "content/old.md", "content/renamed.md") },
			[]string{"content/old.md", "content/renamed.md"}},
		{"edit in the new folder", func() { put(t, root, "content/a/b/new.md", "newer") },
			[]string{"content/a/b/new.md"}},
		{"rename a folder", func() { move(t, root, "content/a", "content/moved") },
			[]string{"content/a", "content/moved/b/new.md"}},
		{"edit in the renamed folder", func() { put(t, root, "content/moved/b/new.md", "newest") },
			[]string{"content/moved/b/new.md"}}, // not under its old name
		{"delete a folder", func() { removeAll(t, root, "content/moved") },
			[]string{"content/moved", "content/moved/b", "content/moved/b/new.md"}},
		{"create assets/, missing at the start", func() {
			mkdir(t, root, "assets/css")
			put(t, root, "assets/css/site.css", "p{}")
		}, []string{"assets/css/site.css"}},
	}
	for _, s := range steps {
		s.do()
		if got := await(t, batches, s.want); !slices.Equal(got, s.want) {
			t.Errorf("%s: paths %q, want %q", s.name, got, s.want)
		}
	}
}

// await gathers batches until they name every path in want, or five seconds
// pass; a save can straddle two batches on a busy machine.
func await(t *testing.T, batches <-chan Batch, want []string) []string {
	t.Helper()
	var got []string
	timeout := time.After(5 * time.Second)
	for !isSubset(want, got) {
		select {
		case b := <-batches:
			got = append(got, b.Paths...)
		case <-timeout:
			t.Errorf("no batch naming %q within 5s; got %q", want, got)
			return got
		}
	}
	slices.Sort(got)
	return slices.Compact(got)
}

func isSubset(small, big []string) bool {
	for _, s := range small {
		if !slices.Contains(big, s) {
			return false
		}
	}
	return true
}

func TestCancelClosesAndStopsEverything(t *testing.T) {
	before := runtime.NumGoroutine()
	root := t.TempDir()
	put(t, root, "content/vision.md", "v1")
	ctx, cancel := context.WithCancel(context.Background())
	batches, err := Watch(ctx, Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case _, ok := <-batches:
		if ok {
			t.Fatal("got a batch after cancelling, want the channel closed")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("channel still open 5s after cancelling")
	}
	for range 100 { // goroutines that have ended can take a moment to be counted out
		if runtime.NumGoroutine() <= before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("%d goroutines after cancelling, %d before", runtime.NumGoroutine(), before)
}

func put(t *testing.T, root, rel, data string) {
	t.Helper()
	name := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, root, rel string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(rel)), 0o755); err != nil {
		t.Fatal(err)
	}
}

func move(t *testing.T, root, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(root, from), filepath.Join(root, to)); err != nil {
		t.Fatal(err)
	}
}

func removeAll(t *testing.T, root, rel string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
		t.Fatal(err)
	}
}
