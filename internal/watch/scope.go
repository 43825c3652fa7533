package watch

import (
	"strings"

	"github.com/fsnotify/fsnotify"

	"norfolk.gov.uk/microsite/internal/editorfiles"
)

// scope knows which paths matter. Paths are slash paths relative to the root.
type scope struct {
	dirs []string // the folders watched recursively
}

// place is where a path sits relative to the watched folders.
type place int

const (
	outside  place = iota // not ours: README.md, public/, .git/
	ancestor              // the root or a folder on the way to a watched one: watched only for that child's creation
	inside                // a watched folder or anything below it
)

func (s scope) place(rel string) place {
	for _, d := range s.dirs {
		if rel == d || strings.HasPrefix(rel, d+"/") {
			return inside
		}
	}
	for _, d := range s.dirs {
		if rel == "." || strings.HasPrefix(d, rel+"/") {
			return ancestor
		}
	}
	return outside
}

// event is one raw change, with its path made relative to the root.
type event struct {
	path string
	op   fsnotify.Op
}

// filter drops what cannot change the site: permission changes, paths outside
// the watched folders, the root itself, and editors' temporary files.
func (s scope) filter(ev event) (event, bool) {
	ev.op &^= fsnotify.Chmod
	if ev.op == 0 || ev.path == "." || s.place(ev.path) == outside || temporary(ev.path) {
		return ev, false
	}
	return ev, true
}

// temporary reports whether any part of rel is an editor's temporary file or
// a hidden folder. Checking every part, not only the base name, keeps folders
// such as .git or .obsidian inside content/ from being watched or reported.
func temporary(rel string) bool {
	for part := range strings.SplitSeq(rel, "/") {
		if editorfiles.IsTemporary(part) {
			return true
		}
	}
	return false
}
