package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// rawHTML reports raw HTML. It is never output: it could carry script,
// inline styles the site's CSP forbids, or markup that breaks accessibility.
//
// Tags that come with text pasted from Word or a web page (a <span
// style=...> round a word, its </span>) are told apart: what to do is
// delete them and keep the text, said once for the line.
func (p *page) rawHTML(n ast.Node) {
	raw := p.rawHTMLText(n)
	tag := htmlTag(raw)
	if pastedTag(tag) {
		line := p.line(n)
		if p.pastedLines == nil {
			p.pastedLines = map[int]bool{}
		}
		if !p.pastedLines[line] {
			p.pastedLines[line] = true
			p.errorf(n, "%s is a tag pasted with the text from Word or a web page: delete the tags (%s and its closing tag) and keep the words between them; for bold or italics write **bold** or *italics*", tag, tag)
		}
		return
	}
	p.errorf(n, "raw HTML is not allowed in pages: write it in Markdown instead (found %s)", tag)
}

// pastedTag reports whether a tag is one that pasting brings, not one an
// editor wrote to get something Markdown lacks.
func pastedTag(tag string) bool {
	name := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(tag, "<"), "/"), ">")
	switch strings.ToLower(name) {
	case "span", "font", "o:p", "b", "i", "u", "strong", "em", "st1:place", "st1:city":
		return true
	}
	return false
}

func (p *page) rawHTMLText(n ast.Node) string {
	switch n := n.(type) {
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			s := n.Segments.At(0)
			return string(s.Value(p.src))
		}
	case *ast.HTMLBlock:
		if n.Lines().Len() > 0 {
			s := n.Lines().At(0)
			return string(s.Value(p.src))
		}
	}
	return "HTML"
}

// htmlTag names the tag an editor wrote, "<div>" for `<div class="x">`, so
// the message is short and points at what to look for.
func htmlTag(raw string) string {
	raw = strings.TrimSpace(raw)
	if strings.HasPrefix(raw, "<!--") {
		return "<!-- -->"
	}
	end := strings.IndexAny(raw, " \t\r\n/>")
	if strings.HasPrefix(raw, "</") {
		end = strings.IndexAny(raw[2:], " \t\r\n>")
		if end >= 0 {
			end += 2
		}
	}
	if end <= 1 || end > 40 {
		end = min(len(raw), 40)
		return strings.ToValidUTF8(raw[:end], "")
	}
	return strings.ToValidUTF8(raw[:end], "") + ">"
}

// renderNothing stands in for goldmark's "<!-- raw HTML omitted -->": the
// problem is already reported, and the page should not carry a trace of it.
func renderNothing(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
	return ast.WalkSkipChildren, nil
}

var _ renderer.NodeRendererFunc = renderNothing
