package markdown

import (
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// imageNode is an image whose source is a fingerprinted file of the site's
// own assets, with its alt text already flattened to plain text.
type imageNode struct {
	ast.BaseInline
	src   string
	alt   string
	title string
}

var kindImage = ast.NewNodeKind("SiteImage")

func (n *imageNode) Kind() ast.NodeKind { return kindImage }

func (n *imageNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Src": n.src, "Alt": n.alt}, nil)
}

// assetPrefix is how editors write an image: the path of the file in the
// project, from the site's root.
const assetPrefix = "/assets/"

// image checks one image. Only files in assets/ are allowed: remote images
// break the site's CSP and leak readers' visits to other websites.
func (p *page) image(n *ast.Image) {
	dest := string(resolveText(n.Destination, false))
	img := &imageNode{alt: plainText(n, p.src), title: string(resolveText(n.Title, false))}
	if strings.TrimSpace(img.alt) == "" {
		p.errorf(n, "image %s has no alt text: describe it in the square brackets, ![like this](...)", path.Base(dest))
	}
	src, ok := p.assetURL(n, dest)
	if !ok {
		// Nothing is rendered, so the build's checks see what the editor wrote.
		p.images = append(p.images, Image{Line: p.line(n), Src: dest, Alt: img.alt})
		removeInline(n)
		return
	}
	p.images = append(p.images, Image{Line: p.line(n), Src: src, Alt: img.alt})
	img.src = src
	n.RemoveChildren(n)
	n.Parent().ReplaceChild(n.Parent(), n, img)
}

func (p *page) assetURL(n ast.Node, dest string) (string, bool) {
	name, ok := strings.CutPrefix(dest, assetPrefix)
	if !ok || classify(dest) != addrRoot {
		p.errorf(n, "image %s: images must be files in assets/, written as /assets/name.png", dest)
		return "", false
	}
	name = percentDecode(name)
	url, ok := "", false
	if p.ctx.AssetURL != nil {
		url, ok = p.ctx.AssetURL(name)
	}
	if !ok {
		p.errorf(n, "image %s: there is no file assets/%s", dest, name)
		return "", false
	}
	return urlEscape(url), true
}

func renderImage(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*imageNode)
	_, _ = w.WriteString(`<img src="`)
	_, _ = w.Write(util.EscapeHTML([]byte(n.src)))
	_, _ = w.WriteString(`" alt="`)
	_, _ = w.Write(util.EscapeHTML([]byte(n.alt)))
	_ = w.WriteByte('"')
	writeTitle(w, n.title)
	_, _ = w.WriteString(` loading="lazy">`)
	return ast.WalkSkipChildren, nil
}
