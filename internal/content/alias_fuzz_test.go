package content

import (
	"path"
	"strings"
	"testing"
	"unicode"
)

// FuzzAlias: an alias that is accepted stays on the site, means one
// address, and makes exactly one well-formed line of Netlify's _redirects.
func FuzzAlias(f *testing.F) {
	for _, a := range []string{
		"/old/", "/old", "/files/old.html", "/", "/a%20b", "old", "https://evil.example/",
		"/../etc/passwd", "/a/./b", "//evil.example", `/a\b`, "/a b", "/a\tb", "/x /evil 200!",
		"/a/*", "/:splat", "/a?b", "/a#b", "/%2e%2e/x", "/a%2Fb", "/a%5cb", "/a%00b", "/\u00a0",
		"javascript:alert(1)", "/javascript:alert(1)",
	} {
		f.Add(a)
	}
	f.Fuzz(func(t *testing.T, a string) {
		clean, err := cleanAlias(a)
		if err != nil {
			return
		}
		if !strings.HasPrefix(clean, "/") || strings.HasPrefix(clean, "//") {
			t.Fatalf("cleanAlias(%q) = %q, which is not an address on this site", a, clean)
		}
		if c := path.Clean(clean); c != strings.TrimSuffix(clean, "/") && c != clean {
			t.Fatalf("cleanAlias(%q) = %q, which path.Clean makes %q: it means another address", a, clean, c)
		}
		if strings.ContainsFunc(clean, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
			t.Fatalf("cleanAlias(%q) = %q, which would split or break a _redirects line", a, clean)
		}
		if strings.ContainsAny(clean, `\*!?#`) || strings.Contains(clean, "/:") {
			t.Fatalf("cleanAlias(%q) = %q, which the host's redirect rules would read as more than an address", a, clean)
		}
		if len(strings.Fields(clean+" /to/ 301")) != 3 {
			t.Fatalf("cleanAlias(%q) = %q, which does not make a three-field _redirects line", a, clean)
		}
	})
}
