package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// siteRules renders what Convert's rules leave in the tree: checked links
// and images, accessible tables, and nothing at all for raw HTML.
type siteRules struct{}

func (siteRules) Extend(m goldmark.Markdown) {
	// Priority 100 is ahead of goldmark's own renderers (table 500, HTML
	// 1000), so ours win for the kinds both register.
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(siteRules{}, 100)))
}

func (siteRules) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, renderNothing)
	reg.Register(ast.KindRawHTML, renderNothing)
	reg.Register(kindAnchor, renderAnchor)
	reg.Register(kindImage, renderImage)
	reg.Register(extast.KindTable, renderTable)
	reg.Register(kindCaption, renderCaption)
	reg.Register(extast.KindTableHeader, renderTableHeader)
	reg.Register(extast.KindTableRow, renderTableRow)
	reg.Register(extast.KindTableCell, renderTableCell)
}

var _ goldmark.Extender = siteRules{}
