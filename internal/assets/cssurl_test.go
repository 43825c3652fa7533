package assets

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// marked wraps every reference it is given in brackets, with its line.
func marked(ref string, line int) string {
	return "[" + ref + "@" + string(rune('0'+line%10)) + "]"
}

func TestRewriteURLs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a{b:url(x.png)}", "a{b:url([x.png@1])}"},
		{"a{b:url( 'x y.png' )}", "a{b:url( '[x y.png@1]' )}"},
		{"a{b:url(\"q\\\"s.png\")}", "a{b:url(\"[q\\\"s.png@1]\")}"},
		{"\n\na{b:Url(\n x.png\n)}", "\n\na{b:Url(\n [x.png@3]\n)}"},
		{"a{b:url()}", "a{b:url([@1])}"},
		{"a{b:myurl(x)}", "a{b:myurl(x)}"},
		{"a{b:url(x y)}", "a{b:url(x y)}"},
		{"a{b:url(x(y))}", "a{b:url(x(y))}"},
		{"a{b:url('x'}", "a{b:url('x'}"},
		{"a{b:url(x", "a{b:url(x"},
		{"a{b:url(\"x\nq\")}", "a{b:url(\"x\nq\")}"},
		{"/* url(x) */", "/* url(x) */"},
		{"/* url(x)", "/* url(x)"},
		{`a::after{content:"url(x)"} b{c:url(y)}`, `a::after{content:"url(x)"} b{c:url([y@1])}`},
		{`a{content:"\"url(x)"}`, `a{content:"\"url(x)"}`},
		{"a{b:url(x\\)y.png)}", "a{b:url([x\\)y.png@1])}"},
		{"/*\n*/\"\n\"\nurl(z)", "/*\n*/\"\n\"\nurl([z@4])"},
	}
	for _, tt := range tests {
		if got := string(rewriteURLs([]byte(tt.in), marked)); got != tt.want {
			t.Errorf("rewriteURLs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRewriteURLs(f *testing.F) {
	for _, seed := range []string{
		"a{b:url(x.png)}", `@font-face{src:url("../f/a.woff2?#x") format("woff2")}`,
		"/* url(x) */ a{content:\"url(y)\"}", "a{b:url( 'x' )}", "url(\\", "url(\"\\\n\")",
		"a{b:url(images/é.svg)}", "url(x\\é)", "\"\\", "/*", "url(", "URL(a)url(b)",
		"@import \"a.css\";", "@IMPORT'b.css' print;", "@import \"", "@import url(a.css)", "@importx \"a\"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, css string) {
		lines := strings.Count(css, "\n") + 1
		same := rewriteURLs([]byte(css), func(ref string, line int) string {
			if line < 1 || line > lines {
				t.Errorf("line %d outside 1..%d", line, lines)
			}
			if !strings.Contains(css, ref) {
				t.Errorf("ref %q is not in the input", ref)
			}
			return ref
		})
		if !bytes.Equal(same, []byte(css)) {
			t.Errorf("rewriting every url to itself changed %q to %q", css, same)
		}
		out := rewriteURLs([]byte(css), marked)
		if utf8.ValidString(css) && !utf8.Valid(out) {
			t.Errorf("rewriteURLs(%q) = %q, not valid UTF-8", css, out)
		}
		Build(mapFS(map[string]string{"css/site.css": css, "images/x.svg": "<svg/>"}), Options{Minify: true})
	})
}
