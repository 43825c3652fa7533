package serve

import (
	"io/fs"
	"strings"
	"testing"
)

// FuzzCleanPath: whatever a request asks for, the name looked up is a
// plain relative path inside the site, with no part that climbs out or
// names a dotfile.
func FuzzCleanPath(f *testing.F) {
	for _, p := range []string{
		"/", "/vision/", "/vision", "/assets/site.1234abcd.css", "/../etc/passwd", "/a/../../b",
		"/.git/config", "/a/.env", "/a\\b", "/%2e%2e/x", "/a\x00b", "//x//y", "/./", "/a/./b",
		"/..", "..", "", ".", "/...", "/a/..b/", "/\u2025/", "/index.html/", "/a//../b",
	} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		name, ok := cleanPath(p)
		if !ok {
			return
		}
		if !fs.ValidPath(name) || name == "." {
			t.Fatalf("cleanPath(%q) = %q, which is not a plain relative path", p, name)
		}
		if strings.ContainsAny(name, "\\\x00") {
			t.Fatalf("cleanPath(%q) = %q, which holds a backslash or NUL", p, name)
		}
		for _, seg := range strings.Split(name, "/") {
			if strings.HasPrefix(seg, ".") {
				t.Fatalf("cleanPath(%q) = %q, which has the part %q", p, name, seg)
			}
		}
	})
}
