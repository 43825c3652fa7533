package markdown

import (
	"regexp"
	"testing"
)

// isListMarker is a hand-written regular expression; the fuzzer holds it to
// the real one.
var listMarker = regexp.MustCompile(`^(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)`)

func FuzzIsListMarker(f *testing.F) {
	for _, s := range []string{"", "-", "- a", "-a", "*\t", "+", "1.", "1. a", "1)", "123456789. x", "1234567890. x", "1", "1x", "a. b", ".", " - a"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if got, want := isListMarker(line), listMarker.Match(line); got != want {
			t.Errorf("isListMarker(%q) = %v, want %v", line, got, want)
		}
	})
}
