package render

import (
	"bytes"
	"fmt"
	"html/template"
	"regexp"
	"strings"

	"norfolk.gov.uk/microsite/internal/site"
)

// document renders a page's main part for a print pack, as its own layout
// shows it (a workshop's table is part of the document), then fits it into
// the pack: headings one level down under the document's title, ids made
// unique across the pack, and every address absolute so it can be printed.
// What the page's layout reads is read for the pack.
func (in *instance) document(v *Page) (template.HTML, error) {
	p := v.meta()
	in.reads.add(ReadLayout, p.URL)
	in.reads.add(ReadBase, "")
	t, err := in.set(in.r.Layout(p))
	if err != nil {
		return "", err
	}
	outer := in.running
	in.running = t
	defer func() { in.running = outer }()
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "main", v); err != nil {
		return "", err
	}
	return template.HTML(fitDocument(buf.String(), DocumentID(p), in.r.site)), nil
}

// DocumentID is the id of a page's part in a print pack.
func DocumentID(p *site.Page) string {
	if p.Path == "" {
		return "doc-home"
	}
	return "doc-" + strings.ReplaceAll(strings.Trim(p.Path, "/"), "/", "-")
}

var (
	headingTag = regexp.MustCompile(`<(/?)h([1-5])\b`)
	idAttrs    = regexp.MustCompile(`\b(id|for|aria-labelledby|aria-describedby)="([^"]+)"`)
	localHref  = regexp.MustCompile(`\bhref="#([^"]*)"`)
	rootHref   = regexp.MustCompile(`\bhref="/([^"]*)"`)
)

func fitDocument(html, prefix string, s *site.Site) string {
	html = headingTag.ReplaceAllStringFunc(html, func(m string) string {
		sub := headingTag.FindStringSubmatch(m)
		return fmt.Sprintf("<%sh%c", sub[1], sub[2][0]+1)
	})
	html = idAttrs.ReplaceAllString(html, `$1="`+prefix+`-$2"`)
	html = localHref.ReplaceAllString(html, `href="#`+prefix+`-$1"`)
	return rootHref.ReplaceAllStringFunc(html, func(m string) string {
		return `href="` + s.Abs(strings.TrimSuffix(strings.TrimPrefix(m, `href="`), `"`)) + `"`
	})
}
