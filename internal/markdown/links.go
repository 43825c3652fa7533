package markdown

import (
	"path"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// link checks and rewrites one link. A link that cannot be made safe or
// correct is reported and rendered as its text alone.
func (p *page) link(n ast.Node) {
	var dest, text string
	var title []byte
	switch n := n.(type) {
	case *ast.Link:
		dest, title, text = string(resolveText(n.Destination, false)), n.Title, plainText(n, p.src)
	case *ast.AutoLink:
		dest, text = string(n.URL(p.src)), string(n.Label(p.src))
		if n.AutoLinkType == ast.AutoLinkEmail {
			dest = "mailto:" + dest
		}
	}
	l := Link{Line: p.line(n), Text: text, Written: dest}
	ok := p.resolve(n, dest, &l)
	p.links = append(p.links, l)
	if !ok {
		unwrapLink(n, p.src)
		return
	}
	if l.Internal && l.Path != "" {
		// Absolute, so that a printed page can write the address out in
		// full and it still works on paper.
		l.Href = p.absolute(l.Href)
	}
	a := &anchorNode{href: l.Href, external: l.External, bare: text == dest}
	if title != nil {
		a.title = string(resolveText(title, false))
	}
	replaceNode(n, a)
	if auto, ok := n.(*ast.AutoLink); ok {
		// An autolink's text is not a child node, so it is carried across here.
		label := ast.NewString(auto.Label(p.src))
		label.SetRaw(true)
		a.AppendChild(a, label)
	}
}

// resolve fills in l for dest and reports whether the link can be rendered.
func (p *page) resolve(n ast.Node, dest string, l *Link) bool {
	switch classify(dest) {
	case addrEmpty:
		p.errorf(n, "link %q has no address: put a page's .md file or an https:// address in the round brackets, [like this](../vision.md)", l.Text)
		return false
	case addrForbidden:
		p.errorf(n, "link address %s is not allowed: use an https:// address or a page's .md file", strings.TrimSpace(dest))
		return false
	case addrExternal:
		if rest, ok := p.insideSite(dest); ok {
			return p.resolve(n, "/"+rest, l)
		}
		l.External, l.Href = true, urlEscape(dest)
	case addrContact:
		l.Href = urlEscape(dest)
	case addrPage:
		return p.resolvePage(n, dest, l)
	case addrRoot:
		p.resolveRoot(dest, l)
	case addrFragment:
		p.resolveFragment(n, dest, l)
	case addrRelative:
		p.errorf(n, "link to %s: write links to other pages as their .md file (for example ../vision.md) or as an address starting with /", dest)
		return false
	}
	return true
}

// absolute puts the site's origin in front of an address that starts with
// its base path.
func (p *page) absolute(href string) string {
	if rest, ok := strings.CutPrefix(href, p.ctx.BasePath); ok && p.ctx.BaseURL != "" {
		return p.ctx.BaseURL + rest
	}
	return href
}

// insideSite returns the part of an absolute URL after the site's base URL,
// so a full address of one of our own pages is checked like any other.
func (p *page) insideSite(dest string) (string, bool) {
	for _, base := range [...]string{p.ctx.BaseURL, p.ctx.LiveURL} {
		if base == "" {
			continue
		}
		if len(dest) >= len(base) && strings.EqualFold(dest[:len(base)], base) {
			return dest[len(base):], true
		}
		if strings.EqualFold(dest, strings.TrimSuffix(base, "/")) {
			return "", true
		}
	}
	return "", false
}

// resolvePage turns a link to a content file into that page's address.
// "/vision.md" starts from content/, anything else from the page's folder.
func (p *page) resolvePage(n ast.Node, dest string, l *Link) bool {
	name, frag, _ := strings.Cut(dest, "#")
	name, _, _ = strings.Cut(name, "?")
	name = percentDecode(name)
	dir := p.dir
	if strings.HasPrefix(name, "/") {
		dir = "content"
	}
	file := path.Join(dir, name)
	url, ok := "", false
	if p.ctx.PageURL != nil {
		url, ok = p.ctx.PageURL(file)
	}
	if !ok {
		p.errorf(n, "link to %s: %s", dest, missingPage(file, p.ctx.NearestPage))
		return false
	}
	l.Internal, l.Path, l.Fragment = true, url, percentDecode(frag)
	l.Href = urlEscape(url)
	if frag != "" {
		l.Href += "#" + urlEscape(frag)
	}
	return true
}

// resolveRoot puts the site's base path in front of a root-relative
// address, so the site works wherever it is published.
func (p *page) resolveRoot(dest string, l *Link) {
	base := p.ctx.BasePath
	if base == "" {
		base = "/"
	}
	rest, frag, _ := strings.Cut(dest[1:], "#")
	pathPart, _, _ := strings.Cut(rest, "?")
	l.Internal, l.Path, l.Fragment = true, base+percentDecode(pathPart), percentDecode(frag)
	l.Href = urlEscape(base + dest[1:])
}

// resolveFragment checks a same-page link now, as the page's headings are
// all known here.
func (p *page) resolveFragment(n ast.Node, dest string, l *Link) {
	frag := percentDecode(dest[1:])
	l.Internal, l.Fragment, l.Href = true, frag, urlEscape(dest)
	if p.hasHeadingID(frag) {
		return
	}
	p.errorf(n, "link to %s: there is no heading with that id on this page (%s)", dest, p.idList())
}

// idList names the ids an editor could have meant, a dozen at most.
func (p *page) idList() string {
	if len(p.headings) == 0 {
		return "this page has no headings"
	}
	var ids []string
	for _, h := range p.headings {
		ids = append(ids, h.ID)
	}
	if len(ids) > 12 {
		return "ids here: " + strings.Join(ids[:12], ", ") + " and " + strconv.Itoa(len(ids)-12) + " more"
	}
	return "ids here: " + strings.Join(ids, ", ")
}

func urlEscape(s string) string {
	if plainURL(s) {
		return s
	}
	return string(util.URLEscape([]byte(s), false))
}

// plainURL reports whether s has only bytes goldmark's URL escaping leaves
// alone, as most addresses do: then it need not be copied to be escaped.
func plainURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if !plainURLByte[s[i]] {
			return false
		}
	}
	return true
}

// plainURLByte are letters, digits and -._~/:#?=&+.
var plainURLByte = func() (t [256]bool) {
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:#?=&+") {
		t[c] = true
	}
	return t
}()

// missingPage says that there is no page file, offering the nearest, and
// how to keep the old address of a page that was renamed working.
func missingPage(file string, nearest func(string) string) string {
	msg := "there is no page " + file
	if nearest != nil {
		if near := nearest(file); near != "" {
			msg += " (did you mean " + near + "?)"
		}
	}
	if !strings.HasPrefix(file, "content/") {
		return msg + ": a link to a page starts from the page's own folder, or from content/ if it starts with /"
	}
	return msg + ": check the file name; if the page was renamed or moved, link to its new file, and add aliases: [\"" +
		oldAddress(file) + "\"] there, so that its old address still works"
}

// oldAddress is the address a page at file would have had, below the base
// path: "content/vision.md" -> "/vision/", as an alias is written.
func oldAddress(file string) string {
	rel := strings.TrimSuffix(strings.TrimPrefix(file, "content/"), ".md")
	rel = strings.TrimSuffix(strings.TrimSuffix(rel, "index"), "/")
	if rel == "" {
		return "/"
	}
	return "/" + rel + "/"
}
