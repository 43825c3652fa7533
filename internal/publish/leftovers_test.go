package publish

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"testing"
)

// next is the site the killed publishes write over site().
func next() []File {
	return []File{
		{"index.html", []byte("<h1>New views</h1>")},
		{"vision/index.html", []byte("<h1>New vision</h1>")},
		{"updates/index.html", []byte("<h1>Updates</h1>")},
		{"assets/site.0a1b2c3d.css", []byte("body{color:#000}")},
	}
}

func TestPublishClearsLeftoversOfKilledBuilds(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	publishOK(t, dir, site())
	for _, name := range []string{".public.new-123", ".public.old-456", ".public.new-notes", "public.new-789"} {
		if err := os.MkdirAll(filepath.Join(parent, name, "vision"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	publishOK(t, dir, next())
	assertOnly(t, parent, ".public.new-notes", "public", "public.new-789")
}

func TestPublishPutsBackAnOutputMovedAside(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	publishOK(t, dir, site())
	if err := os.Rename(dir, filepath.Join(parent, ".public.old-123")); err != nil {
		t.Fatal(err)
	}
	s, err := Begin(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Abort()
	if got := snapshot(t, dir); !maps.Equal(got, want(site())) {
		t.Errorf("after a stopped swap the output is %q, want the previous site back", got)
	}
	assertOnly(t, parent, "public")
}
