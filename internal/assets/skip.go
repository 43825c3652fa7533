package assets

import "strings"

// skipped reports whether a file or folder name is hidden or an editor's
// temporary file, which must never be published: a half-saved file would get
// a hash of its own, and a swap file can hold text the editor never saved.
func skipped(base string) bool {
	switch {
	case strings.HasPrefix(base, "."):
		return true // hidden, and also emacs's .#lock files
	case strings.HasSuffix(base, "4913"):
		return true // vim's probe for whether it may write the folder
	case strings.Contains(base, "___jb_"), strings.Contains(base, ".goutputstream-"):
		return true // JetBrains and GNOME safe-write copies
	}
	for _, suffix := range []string{"~", ".swp", ".swo", ".swx", ".tmp"} {
		if strings.HasSuffix(base, suffix) {
			return true
		}
	}
	return false
}
