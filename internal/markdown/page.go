package markdown

import (
	"path"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"norfolk.gov.uk/microsite/internal/diag"
)

// page is the state of one Convert call: what it has found so far and the
// problems it has reported.
type page struct {
	src      []byte
	ctx      Context
	dir      string // the page file's folder, where relative links start
	lines    lineTable
	ids      *headingIDs
	headings []Heading
	links    []Link
	images   []Image
	diags    diag.List
	// pastedLines are the lines whose pasted tags are reported already.
	pastedLines map[int]bool
}

func newPage(src []byte, ctx Context) *page {
	return &page{src: src, ctx: ctx, dir: path.Dir(ctx.File), lines: newLineTable(src, ctx.FirstLine), ids: newHeadingIDs()}
}

// nodes are the parts of a document our rules apply to, in document order.
type nodes struct {
	headings []*ast.Heading
	links    []ast.Node // *ast.Link and *ast.AutoLink
	images   []*ast.Image
	rawHTML  []ast.Node // *ast.HTMLBlock and *ast.RawHTML
	tables   []*extast.Table
	texts    []*ast.Text // outside links and code, with a run of digits: where phone numbers are looked for
}

// transform applies the site's rules to doc. The nodes are gathered first
// because the rules rewrite the tree, which a walk must not see changing.
// Headings go first: same-page links are checked against their ids.
func (p *page) transform(doc ast.Node) {
	found := gather(doc, p.src)
	for _, h := range found.headings {
		p.heading(h)
	}
	for _, n := range found.rawHTML {
		p.rawHTML(n)
	}
	for _, n := range found.links {
		p.link(n)
	}
	for _, n := range found.images {
		p.image(n)
	}
	for _, t := range found.tables {
		p.table(t)
	}
	for _, t := range found.texts {
		p.phones(t)
	}
}

func gather(doc ast.Node, src []byte) nodes {
	var found nodes
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			found.headings = append(found.headings, n)
		case *ast.Link, *ast.AutoLink:
			found.links = append(found.links, n)
		case *ast.Image:
			found.images = append(found.images, n)
		case *ast.HTMLBlock, *ast.RawHTML:
			found.rawHTML = append(found.rawHTML, n)
		case *extast.Table:
			found.tables = append(found.tables, n)
		case *ast.Text:
			if hasDigitRun(n.Segment.Value(src)) && !inLinkOrCode(n) {
				found.texts = append(found.texts, n)
			}
		}
		return ast.WalkContinue, nil
	})
	return found
}

// line is the editor's line for n. goldmark records where most nodes start;
// for the few it does not, the first text inside, then the nearest enclosing
// node that knows, is close enough to find the problem.
func (p *page) line(n ast.Node) int {
	if pos := n.Pos(); pos >= 0 {
		return p.lines.line(pos)
	}
	if t := firstText(n); t != nil {
		return p.lines.line(t.Segment.Start)
	}
	for a := n.Parent(); a != nil; a = a.Parent() {
		if pos := a.Pos(); pos >= 0 {
			return p.lines.line(pos)
		}
	}
	return p.ctx.FirstLine
}

func firstText(n ast.Node) *ast.Text {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			return t
		}
		if t := firstText(c); t != nil {
			return t
		}
	}
	return nil
}

// errorf reports a problem at n's line.
func (p *page) errorf(n ast.Node, format string, args ...any) {
	p.diags.Errorf(p.ctx.File, p.line(n), format, args...)
}
