package watch

import (
	"path/filepath"
	"strings"

	"github.com/fsnotify/fsnotify"
)

// notifier adapts a fsnotify.Watcher to the slash paths the core uses.
type notifier struct {
	w    *fsnotify.Watcher
	root string
}

func (n notifier) Add(rel string) error    { return n.w.Add(osPath(n.root, rel)) }
func (n notifier) Remove(rel string) error { return n.w.Remove(osPath(n.root, rel)) }

func osPath(root, rel string) string { return filepath.Join(root, filepath.FromSlash(rel)) }

// relPath turns a name fsnotify reports back into a slash path relative to
// root. fsnotify builds names from the paths we added, so Rel is exact.
func relPath(root, name string) (string, bool) {
	rel, err := filepath.Rel(root, name)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "", false
	}
	return rel, true
}
