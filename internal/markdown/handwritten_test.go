package markdown

import (
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark/util"
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

// isSetextUnderline is a hand-written regular expression too.
var setextUnderline = regexp.MustCompile(`^(?:=+|-+)[ \t\r]*$`)

func FuzzIsSetextUnderline(f *testing.F) {
	for _, s := range []string{"", "=", "-", "==", "---", "=-", "-=", "--- ", "==\t\r", "- -", "-- a", " --", "=\n", "\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if got, want := isSetextUnderline(line), setextUnderline.Match(line); got != want {
			t.Errorf("isSetextUnderline(%q) = %v, want %v", line, got, want)
		}
	})
}

func FuzzSqueezeSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "Children’s Services", "\u2003", "a \u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("squeezeSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// plainURL says which addresses goldmark's escaping leaves alone; the
// fuzzer holds urlEscape to goldmark's.
func FuzzPlainURL(f *testing.F) {
	for _, s := range []string{"", "/vision/", "https://a.example/b?c=d&e#f", "a b", "%20", "é", "<", "\"", "a~b_c.d-e+f", "[x]", "\\", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := urlEscape(s), string(util.URLEscape([]byte(s), false)); got != want {
			t.Errorf("urlEscape(%q) = %q, want %q", s, got, want)
		}
	})
}
