package markdown

import (
	"bytes"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/facts"
)

// Converter holds one goldmark instance, built once and shared by
// goroutines: Convert is safe for concurrent use, because everything that
// belongs to one page lives in that call.
type Converter struct {
	md goldmark.Markdown
}

// New returns a Converter for CommonMark with GFM tables and strikethrough,
// smart punctuation and the site's rules. Heading attribute syntax
// ({#id onclick=...}) is deliberately not enabled: attributes would let an
// editor's text inject markup.
func New() *Converter {
	return &Converter{md: goldmark.New(
		goldmark.WithExtensions(
			extension.Table,
			extension.Strikethrough,
			extension.NewTypographer(extension.WithTypographicSubstitutions(smartPunctuation)),
			siteRules{},
		),
	)}
}

// smartPunctuation writes real characters rather than entities, so the HTML
// reads the same as the page and later stages need not decode it.
var smartPunctuation = map[extension.TypographicPunctuation]string{
	extension.LeftSingleQuote:  "‘",
	extension.RightSingleQuote: "’",
	extension.LeftDoubleQuote:  "“",
	extension.RightDoubleQuote: "”",
	extension.EnDash:           "–",
	extension.EmDash:           "—",
	extension.Ellipsis:         "…",
	extension.LeftAngleQuote:   "«",
	extension.RightAngleQuote:  "»",
	extension.Apostrophe:       "’",
}

// Convert turns one page body into HTML and reports every problem in it.
func (c *Converter) Convert(src []byte, ctx Context) (res Result) {
	var factDiags diag.List
	if ctx.Facts != nil {
		src, factDiags = facts.Markdown(src, facts.Place{File: ctx.File, Line: ctx.FirstLine}, ctx.Facts)
	}
	p := newPage(src, ctx)
	p.diags = append(p.diags, factDiags...)
	defer func() {
		// A crash here would take the editor's preview down with it; a bug
		// in the converter is reported like any other problem instead.
		if v := recover(); v != nil {
			p.diags.Errorf(ctx.File, ctx.FirstLine, "the page could not be converted (a fault in the site tool, please report it): %v", v)
			res = Result{Diags: p.diags}
		}
	}()
	lim := ctx.Limits.OrDefault()
	if !p.withinLimits(lim) {
		p.diags.Sort()
		return Result{Diags: p.diags}
	}
	pc := parser.NewContext(parser.WithIDs(p.ids))
	doc := c.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	// Without reference definitions, no Markdown renders to more than a
	// small multiple of itself (escapes, tags, table scopes), so the walk
	// that estimates the HTML's size is needed only for large pages or
	// pages that define references, whose uses repeat their addresses.
	const maxGrowth = 32
	if len(pc.References()) > 0 || maxGrowth*len(src) > lim.PageBytes {
		if !p.outputWithinLimit(doc, lim) {
			return Result{Diags: p.diags}
		}
	}
	p.transform(doc)
	var blocks []Block
	if ctx.Prose {
		blocks = p.blocks(doc)
	}
	html, err := c.render(src, doc, ctx.Compact)
	if err != nil {
		p.diags.Errorf(ctx.File, ctx.FirstLine, "the page could not be written as HTML: %v", err)
	}
	p.diags.Sort()
	return Result{HTML: html, Headings: p.headings, Links: p.links, Images: p.images, Blocks: blocks, Diags: p.diags}
}

// render writes doc as HTML, compact if asked. The result is a string, so
// the page model holds it without a copy. Compact HTML is made from a
// buffer used again from page to page, so that each page's HTML is
// allocated once, not once in full and once compact.
func (c *Converter) render(src []byte, doc ast.Node, compacted bool) (string, error) {
	// HTML runs a little longer than its Markdown.
	size := len(src) + len(src)/4 + 256
	if !compacted {
		var w stringWriter
		w.Grow(size)
		err := c.md.Renderer().Render(&w, src, doc)
		return w.String(), err
	}
	w := renderBuffers.Get().(*bufferWriter)
	defer renderBuffers.Put(w)
	w.Reset()
	w.Grow(size)
	err := c.md.Renderer().Render(w, src, doc)
	return compact(w.Bytes()), err
}

var renderBuffers = sync.Pool{New: func() any { return new(bufferWriter) }}

// stringWriter and bufferWriter let goldmark write straight into a
// strings.Builder or bytes.Buffer: given a plain io.Writer it would put a
// bufio.Writer of its own in between.
type (
	stringWriter struct{ strings.Builder }
	bufferWriter struct{ bytes.Buffer }
)

func (*stringWriter) Available() int { return 1 << 20 }
func (*stringWriter) Buffered() int  { return 0 }
func (*stringWriter) Flush() error   { return nil }
func (*bufferWriter) Available() int { return 1 << 20 }
func (*bufferWriter) Buffered() int  { return 0 }
func (*bufferWriter) Flush() error   { return nil }
