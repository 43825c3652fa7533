package watch

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// defaultDirs are the project folders an editor changes.
var defaultDirs = []string{"content", "layouts", "assets"}

// resolve fills in the defaults and checks the folders, so that a mistake in
// the caller fails at once rather than watching the wrong thing.
func (o Options) resolve() (root string, sc scope, quiet time.Duration, err error) {
	root = o.Root
	if root == "" {
		root = "."
	}
	root = filepath.Clean(root)
	if info, err := os.Stat(root); err != nil {
		return "", scope{}, 0, fmt.Errorf("watch: %w", err)
	} else if !info.IsDir() {
		return "", scope{}, 0, fmt.Errorf("watch: %s is not a folder", root)
	}
	sc, err = newScope(o.Dirs)
	if err != nil {
		return "", scope{}, 0, err
	}
	quiet = o.Debounce
	if quiet <= 0 {
		quiet = DefaultDebounce
	}
	return root, sc, quiet, nil
}

// newScope cleans dirs. The root itself is refused: watching it recursively
// would include the output folder, and every build would trigger another.
func newScope(dirs []string) (scope, error) {
	if len(dirs) == 0 {
		dirs = defaultDirs
	}
	var sc scope
	for _, d := range dirs {
		clean := path.Clean(filepath.ToSlash(d))
		if clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || path.IsAbs(clean) {
			return scope{}, fmt.Errorf("watch: %q is not a folder under the project folder", d)
		}
		sc.dirs = append(sc.dirs, clean)
	}
	return sc, nil
}
