package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// captionPrefix marks the paragraph just above a table as its caption, which
// screen readers announce with the table.
const captionPrefix = "Table: "

// table gives t its caption and its row headers.
func (p *page) table(t *extast.Table) {
	p.caption(t)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if row.Kind() == extast.KindTableRow {
			rowHeader(row.FirstChild())
		}
	}
}

// caption moves a "Table: ..." paragraph just before t into t.
func (p *page) caption(t *extast.Table) {
	para, ok := t.PreviousSibling().(*ast.Paragraph)
	if !ok {
		return
	}
	first, ok := para.FirstChild().(*ast.Text)
	if !ok || !strings.HasPrefix(string(first.Value(p.src)), captionPrefix) {
		return
	}
	rest := first.Segment.WithStart(first.Segment.Start + len(captionPrefix))
	first.Segment = rest.TrimLeftSpace(p.src)
	c := &captionNode{}
	moveChildren(para, c)
	para.Parent().RemoveChild(para.Parent(), para)
	t.InsertBefore(t, t.FirstChild(), c)
}

// rowHeader makes a body row's first cell a row header when its whole
// content is strong: editors bold the name of what the row is about, and
// screen readers then announce that name with each cell of the row.
func rowHeader(cell ast.Node) {
	if cell == nil || cell.ChildCount() != 1 {
		return
	}
	strong, ok := cell.FirstChild().(*ast.Emphasis)
	if !ok || strong.Level != 2 {
		return
	}
	moveChildren(strong, cell)
	cell.RemoveChild(cell, strong)
	cell.SetAttributeString("scope", []byte("row"))
}

// captionNode is a table's caption, holding the caption paragraph's inlines.
type captionNode struct {
	ast.BaseBlock
}

var kindCaption = ast.NewNodeKind("SiteTableCaption")

func (n *captionNode) Kind() ast.NodeKind { return kindCaption }

func (n *captionNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
