package markdown

import (
	"strings"
	"testing"
)

// FuzzLinkAddress puts one address in every place Markdown takes one (a
// link, an angle-bracketed link, a reference, an image, an autolink) and
// checks that what comes out can only go where a link may: an http(s),
// mailto or tel address, or one on this site.
func FuzzLinkAddress(f *testing.F) {
	for _, dest := range []string{
		"vision.md", "../vision.md#dates", "/vision/", "#top", "https://example.org/", "mailto:a@b.example",
		"tel:01603222494", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "java\tscript:x",
		"%6a%61vascript:x", "%256a%2561vascript:x", "data:text/html,<script>x</script>", "vbscript:msgbox",
		"//evil.example/", "/\\evil.example", "\\\\evil", "file:///etc/passwd", "&#106;avascript:x",
		"javascript&colon;x", "\x00javascript:x", "https://www.norfolk.gov.uk/childrensservices/../x",
		`"onmouseover="x`, "x' onerror='y", "/a\"b",
	} {
		f.Add(dest)
	}
	c := New()
	f.Fuzz(func(t *testing.T, dest string) {
		if strings.ContainsAny(dest, "\n\r") {
			return // a line break ends the link: FuzzConvert covers that
		}
		for _, src := range []string{
			"[a](" + dest + ")\n",
			"[a](<" + dest + ">)\n",
			"[a][r]\n\n[r]: " + dest + "\n",
			"![a picture](" + dest + ")\n",
			"<" + dest + ">\n",
		} {
			res := c.Convert([]byte(src), testContext())
			checkMarkup(t, res.HTML)
		}
		switch k := classify(dest); k {
		case addrExternal, addrContact:
			if s := scheme(dest); s != "http" && s != "https" && s != "mailto" && s != "tel" {
				t.Fatalf("classify(%q) = %d, but a browser reads the scheme %q", dest, k, s)
			}
		case addrPage, addrRoot, addrFragment, addrRelative:
			if s := scheme(dest); s != "" {
				t.Fatalf("classify(%q) = %d, but a browser reads the scheme %q", dest, k, s)
			}
		}
	})
}
