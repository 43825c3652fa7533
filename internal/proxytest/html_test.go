package proxytest

import (
	"bytes"
	stdhtml "html"
	"slices"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// element is an HTML start tag and its attributes.
type element struct {
	tag   string
	attrs map[string]string
}

// elements lists the start tags of page named in tags, or every one if tags
// is empty. Minified pages leave attribute quotes out, so the page is read
// with an HTML lexer, not a pattern.
func elements(page []byte, tags ...string) []element {
	var out []element
	var cur *element
	l := html.NewLexer(parse.NewInputBytes(page))
	for {
		tt, _ := l.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			tag := strings.ToLower(string(l.Text()))
			cur = nil
			if len(tags) == 0 || slices.Contains(tags, tag) {
				out = append(out, element{tag: tag, attrs: map[string]string{}})
				cur = &out[len(out)-1]
			}
		case html.AttributeToken:
			if cur != nil {
				val := stdhtml.UnescapeString(string(bytes.Trim(l.AttrVal(), `"'`)))
				cur.attrs[strings.ToLower(string(l.AttrKey()))] = val
			}
		}
	}
}
