// Package editorfiles recognises the temporary, backup and lock files that
// editors and office programs leave beside the file being edited, so that
// nothing treats them as content or rebuilds the site because of them.
package editorfiles

import (
	"strconv"
	"strings"
)

// suffixes end the names of backups and half-written files.
var suffixes = []string{
	"~",                    // emacs, nano and vim backups
	".swp", ".swo", ".swx", // vim swap files (also caught by the leading dot)
	".tmp", ".bak",
	".crdownload", // a browser's download in progress
	".vsctmp",     // VS Code's atomic writes
}

// infixes appear anywhere in JetBrains' "safe write" names.
var infixes = []string{"___jb_tmp___", "___jb_old___", ".goutputstream-"}

// IsTemporary reports whether name, a base name without any folder, is an
// editor's temporary, backup or lock file rather than a file someone wrote.
// Names starting with "." are included, which covers vim's ".x.swp", emacs'
// ".#x" locks, gedit's ".goutputstream-*", LibreOffice's ".~lock.x#" and
// dotfiles generally.
func IsTemporary(name string) bool {
	if name == "" {
		return false
	}
	if strings.HasPrefix(name, ".") || isEmacsAutosave(name) || isVimProbe(name) {
		return true
	}
	for _, s := range suffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	for _, s := range infixes {
		if strings.Contains(name, s) {
			return true
		}
	}
	return false
}

// isEmacsAutosave matches "#x#", emacs' autosave of x.
func isEmacsAutosave(name string) bool {
	return len(name) >= 3 && name[0] == '#' && name[len(name)-1] == '#'
}

// isVimProbe matches the file vim creates to test whether it may write in a
// folder: "4913", or, if that exists, 4913 plus a multiple of 123.
func isVimProbe(name string) bool {
	if len(name) > 9 || strings.TrimLeft(name, "0123456789") != "" {
		return false
	}
	n, err := strconv.Atoi(name)
	return err == nil && n >= 4913 && (n-4913)%123 == 0
}
