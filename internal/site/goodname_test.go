package site

import (
	"regexp"
	"testing"
)

// goodName is a hand-written regular expression; the fuzzer holds it to the
// real one.
var namePattern = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

func FuzzGoodName(f *testing.F) {
	for _, s := range []string{"", "a", "vision", "have-your-say", "a_b", "-a", "a-", "a--b", "a-_b", "A", "über", "2005", "a.b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := goodName(s), namePattern.MatchString(s); got != want {
			t.Errorf("goodName(%q) = %v, want %v", s, got, want)
		}
	})
}
