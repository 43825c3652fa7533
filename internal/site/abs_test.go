package site

import (
	"net/url"
	"testing"
)

// FuzzAbs checks that the short way to a page's absolute address gives
// what resolving it against the base URL gives.
func FuzzAbs(f *testing.F) {
	for _, u := range []string{"/", "/childrensservices/vision/", "/a/b.c/", "/a/./b/", "/a/../b", "/a/..", "/.x/", "/a//b", "/caf\u00e9/", "/a b/", "/a/.../"} {
		f.Add("https://www.norfolk.gov.uk/childrensservices/", u)
		f.Add("http://user@localhost:1313/", u)
	}
	f.Fuzz(func(t *testing.T, base, u string) {
		b, err := url.Parse(base)
		if err != nil {
			return
		}
		s := &Site{base: b, origin: originOf(b)}
		if got, want := s.Abs(u), b.ResolveReference(&url.URL{Path: u}).String(); got != want {
			t.Errorf("Abs(%q) against %q = %q, want %q", u, base, got, want)
		}
	})
}
