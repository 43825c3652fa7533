package build

import (
	"errors"
	"os"
	"path/filepath"
)

// ErrStopped is the error of a build stopped by its context (Ctrl-C): the
// output folder was left as it was.
var ErrStopped = errors.New("stopped: interrupted before the build finished")

// sameOrInside reports whether path is dir or inside it, asking the disk
// rather than comparing names: it walks up path's folders that exist and
// compares each with dir by os.SameFile. So two spellings of one folder are
// one, on a disk that ignores letter case ("Content" and "content" on macOS
// and Windows) or through a link, whatever the operating system.
func sameOrInside(path, dir string) bool {
	want, err := os.Stat(dir)
	if err != nil {
		return false
	}
	for p := path; ; p = filepath.Dir(p) {
		if info, err := os.Stat(p); err == nil && os.SameFile(info, want) {
			return true
		}
		if filepath.Dir(p) == p {
			return false
		}
	}
}
