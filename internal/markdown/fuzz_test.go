package markdown

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzConvert feeds Convert what an editor might type, or a hostile one
// might: it must not crash, must not let script through, and must place
// every problem on a line of the file.
func FuzzConvert(f *testing.F) {
	addCases(f)
	c := New()
	f.Fuzz(func(t *testing.T, src []byte) {
		ctx := testContext()
		res := c.Convert(src, ctx)
		if utf8.Valid(src) && !utf8.ValidString(res.HTML) {
			t.Errorf("output is not valid UTF-8: %q", res.HTML)
		}
		lastLine := ctx.FirstLine + bytes.Count(src, []byte("\n"))
		for _, d := range res.Diags {
			if d.Line < ctx.FirstLine || d.Line > lastLine {
				t.Errorf("%v: line outside the body, lines %d to %d", d, ctx.FirstLine, lastLine)
			}
			if strings.Contains(d.Message, "fault in the site tool") {
				t.Errorf("Convert panicked: %v", d)
			}
		}
		checkMarkup(t, res.HTML)
	})
}

// addCases seeds a fuzz test with the Markdown of every case in testdata.
func addCases(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/cases/*.md")
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
}

// forbiddenElements could run script or change how the page loads.
var forbiddenElements = map[string]bool{
	"script": true, "style": true, "iframe": true, "object": true, "embed": true,
	"base": true, "meta": true, "link": true, "form": true, "svg": true, "math": true,
}

// checkMarkup looks at every tag of out. Text is always escaped, so each
// "<" starts a tag the converter wrote; what matters is the tags' names,
// their attribute names and the addresses in href and src.
func checkMarkup(t *testing.T, out string) {
	t.Helper()
	for rest := out; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			return
		}
		j := strings.IndexByte(rest[i:], '>')
		if j < 0 {
			t.Errorf("unclosed tag in %q", rest[i:])
			return
		}
		checkTag(t, rest[i+1:i+j])
		rest = rest[i+j+1:]
	}
}

func checkTag(t *testing.T, tag string) {
	t.Helper()
	name, attrs, _ := strings.Cut(tag, " ")
	if forbiddenElements[strings.ToLower(strings.Trim(name, "/"))] {
		t.Errorf("output has a <%s> element", tag)
	}
	for attrs = strings.TrimSpace(attrs); attrs != ""; attrs = strings.TrimSpace(attrs) {
		// The one attribute written bare is hidden, a boolean attribute
		// that html-validate asks to be written without a value.
		if rest, ok := strings.CutPrefix(attrs, "hidden"); ok && (rest == "" || rest[0] == ' ') {
			attrs = rest
			continue
		}
		key, after, _ := strings.Cut(attrs, `="`)
		value, next, ok := strings.Cut(after, `"`)
		if !ok || strings.ContainsAny(key, " <>") {
			t.Errorf("malformed attributes in <%s>", tag)
			return
		}
		attrs = next
		checkAttribute(t, tag, strings.ToLower(key), html.UnescapeString(value))
	}
}

func checkAttribute(t *testing.T, tag, key, value string) {
	t.Helper()
	if strings.HasPrefix(key, "on") || key == "style" {
		t.Errorf("output has a %s attribute: <%s>", key, tag)
	}
	if key != "href" && key != "src" {
		return
	}
	switch scheme(value) {
	case "", "http", "https", "mailto", "tel":
	default:
		t.Errorf("output links to %q: <%s>", value, tag)
	}
}
