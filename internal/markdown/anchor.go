package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"norfolk.gov.uk/microsite/internal/address"
)

// anchorNode is a link whose address has been checked and rewritten. It
// replaces goldmark's Link and AutoLink, so nothing unchecked is rendered.
type anchorNode struct {
	ast.BaseInline
	href     string
	title    string
	external bool
	// bare is a link whose text is its own address, which print need not
	// write out a second time.
	bare bool
}

var kindAnchor = ast.NewNodeKind("SiteAnchor")

func (n *anchorNode) Kind() ast.NodeKind { return kindAnchor }

func (n *anchorNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Href": n.href}, nil)
}

// externalNote is visible to everybody, so sighted readers and screen reader
// users are both told they are about to leave the council's site.
const externalNote = `<span class="external-note"> (external site)</span>`

func renderAnchor(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*anchorNode)
	if !entering {
		if n.external {
			_, _ = w.WriteString(externalNote)
		}
		_, _ = w.WriteString("</a>")
		writePrintAddress(w, n)
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(util.EscapeHTML([]byte(n.href)))
	_ = w.WriteByte('"')
	switch {
	case n.external && n.bare:
		_, _ = w.WriteString(` class="external url" rel="external"`)
	case n.external:
		_, _ = w.WriteString(` class="external" rel="external"`)
	case n.bare:
		_, _ = w.WriteString(` class="url"`)
	}
	writeTitle(w, n.title)
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

func writeTitle(w util.BufWriter, title string) {
	if title == "" {
		return
	}
	_, _ = w.WriteString(` title="`)
	_, _ = w.Write(util.EscapeHTML([]byte(title)))
	_ = w.WriteByte('"')
}

// writePrintAddress writes a web link's address after it, for paper only:
// hidden, so that feed readers and pages read without the stylesheet do not
// show it, and shown by the print stylesheet; marked up to break only
// between its parts. A link whose text is its address needs none.
func writePrintAddress(w util.BufWriter, n *anchorNode) {
	if n.bare || !strings.HasPrefix(n.href, "https://") && !strings.HasPrefix(n.href, "http://") {
		return
	}
	_, _ = w.WriteString(`<span class="print-address" hidden> (` + address.HTML(n.href) + `)</span>`)
}
