package markdown

import "github.com/yuin/goldmark/ast"

// replaceNode puts to where from was, with from's children.
func replaceNode(from, to ast.Node) {
	moveChildren(from, to)
	from.Parent().ReplaceChild(from.Parent(), from, to)
}

func moveChildren(from, to ast.Node) {
	for c := from.FirstChild(); c != nil; c = from.FirstChild() {
		to.AppendChild(to, c)
	}
}

// unwrapLink leaves a refused link's text in the page without the link.
func unwrapLink(n ast.Node, src []byte) {
	parent := n.Parent()
	if a, ok := n.(*ast.AutoLink); ok {
		s := ast.NewString(a.Label(src))
		s.SetRaw(true)
		parent.ReplaceChild(parent, n, s)
		return
	}
	for c := n.FirstChild(); c != nil; c = n.FirstChild() {
		parent.InsertBefore(parent, n, c)
	}
	parent.RemoveChild(parent, n)
}

// removeInline takes n out of the page, and its paragraph too if nothing
// else was in it, so no empty <p> is left behind.
func removeInline(n ast.Node) {
	parent := n.Parent()
	parent.RemoveChild(parent, n)
	if parent.Kind() == ast.KindParagraph && !parent.HasChildren() && parent.Parent() != nil {
		parent.Parent().RemoveChild(parent.Parent(), parent)
	}
}
