package publish

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// FuzzCheckPath: every path checkPath lets through is relative, stays
// inside the output folder on every system, and names no Windows device.
func FuzzCheckPath(f *testing.F) {
	for _, p := range []string{
		"index.html", "vision/index.html", "assets/site.3f9a1c2e.css", "_redirects", ".well-known/security.txt",
		"../x", "/etc/passwd", `a\b`, "a/../b", "con", "Con.txt", "aux/index.html", "nul .txt", "com1",
		"COM¹", "c:x", "a:b", "a\x00b", "dir./x", "a ", "café/menu.html", "a//b", "./a", "\xff",
	} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if checkPath(p) != nil {
			return
		}
		if !fs.ValidPath(p) || !filepath.IsLocal(filepath.FromSlash(p)) {
			t.Fatalf("checkPath(%q) = nil, but the path could leave the output folder", p)
		}
		if strings.ContainsAny(p, "\\:") || strings.ContainsFunc(p, unicode.IsControl) {
			t.Fatalf("checkPath(%q) = nil, but the path holds a backslash, colon or control character", p)
		}
		// Windows drops spaces at the end of a name, not at its start:
		// " aux" is an ordinary name there.
		for seg := range strings.SplitSeq(p, "/") {
			stem, _, _ := strings.Cut(seg, ".")
			if reserved[strings.ToUpper(strings.TrimRight(stem, " "))] {
				t.Fatalf("checkPath(%q) = nil, but %q is a Windows device", p, seg)
			}
		}
	})
}
