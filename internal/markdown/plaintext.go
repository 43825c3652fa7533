package markdown

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// plainText is what a reader hears for n: its words without markup, with
// escapes and entities resolved and runs of white space made single spaces.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	writePlain(&b, n, src)
	return squeezeSpace(b.String())
}

// squeezeSpace is strings.Join(strings.Fields(s), " "), which splits and
// joins again, done only where s has white space to squeeze: most headings
// and link texts have none.
func squeezeSpace(s string) string {
	afterSpace := true // so that a leading space is squeezed
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		space := unicode.IsSpace(r)
		if space && (afterSpace || r != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		afterSpace = space
		i += size
	}
	if afterSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

func writePlain(b *strings.Builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Text:
		b.Write(resolveText(n.Value(src), n.IsRaw()))
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.WriteByte(' ')
		}
		return
	case *ast.String:
		b.Write(resolveText(n.Value, n.IsRaw() || n.IsCode()))
		return
	case *ast.AutoLink:
		b.Write(n.Label(src))
		return
	case *ast.RawHTML, *ast.HTMLBlock:
		return
	case *imageNode:
		b.WriteString(n.alt)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writePlain(b, c, src)
	}
}

// resolveText undoes Markdown's backslash escapes and HTML entities, as the
// renderer does, so "Caf&eacute;" reads as "Café".
func resolveText(v []byte, raw bool) []byte {
	// Escapes start with a backslash and entities with an ampersand: most
	// text has neither, and need not be read three more times.
	if raw || bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}
