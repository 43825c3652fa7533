// Package projectfs is the project folder as builds read it, and explains,
// in an editor's words, why a file of it could not be read.
//
// Builds read the project through FS, an (*os.Root).FS, which follows a
// symbolic link only when it leads to somewhere inside the project folder. A link to
// anything outside is refused, so that a project cannot publish a file from
// elsewhere on the computer (a key, a password file) by linking to it.
// Links that stay inside the project work like the file they point to.
package projectfs

import (
	"errors"
	"io/fs"
)

// Explain says why name could not be read, given the error the read gave,
// when the reason is one an editor would not guess from the system's own
// words: a link that leads outside the project folder, a name that holds
// a named pipe or a device rather than a file, or a file deleted while the
// build ran. It returns false for any other error, which the
// caller reports as it is.
func Explain(fsys fs.FS, name string, err error) (string, bool) {
	var odd *NotRegularError
	switch {
	case errors.As(err, &odd):
		return odd.Error(), true
	case IsOutsideLink(fsys, name, err):
		return OutsideLink, true
	case errors.Is(err, fs.ErrNotExist):
		return Vanished, true
	}
	return "", false
}

// Vanished is what an editor is told about a file that was listed but had
// gone by the time it was read.
const Vanished = "was deleted or moved while the site was being built: build again"

// OutsideLink is what an editor is told about a link that leads outside
// the project folder.
const OutsideLink = "is a link to a file outside the project folder: links are not followed; copy the file in instead"

// IsOutsideLink reports whether reading name failed because name is a
// symbolic link that the project's file system refused to follow.
func IsOutsideLink(fsys fs.FS, name string, err error) bool {
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return false
	}
	info, lerr := fs.Lstat(fsys, name)
	return lerr == nil && info.Mode()&fs.ModeSymlink != 0
}
