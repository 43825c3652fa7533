package build

import (
	"bytes"
	"context"
	"html/template"
	"reflect"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// converter is built once per process: goldmark's set-up is per site, not
// per page.
var converter = markdown.New()

// pageLink is a link to another address of the site, kept until every file
// exists so that it can be checked.
type pageLink struct {
	from *site.Page
	markdown.Link
}

// conversion is one page's converted Markdown, with everything it was
// converted from, so a rebuild can tell whether it still holds.
type conversion struct {
	body     []byte
	bodyLine int
	kind     site.Kind
	section  string
	front    any
	// lookups are the pages and assets the page's links and images named,
	// with what they resolved to.
	lookups []lookup
	result  markdown.Result
	dates   diag.List
}

type lookup struct {
	asset bool
	name  string
	url   string
	ok    bool
}

// resolver answers a page's questions about the rest of the site.
type resolver struct {
	s        *site.Site
	manifest assets.Manifest
}

func (r resolver) resolve(l lookup) (string, bool) {
	if l.asset {
		out, ok := r.manifest[l.name]
		return r.s.BasePath + out, ok
	}
	if p, ok := r.s.PageBySource(l.name); ok {
		return p.URL, true
	}
	return r.s.DraftURL(l.name)
}

// holds reports whether c is still p's conversion: same Markdown, same
// front matter, and every link and image resolving as it did.
func (c *conversion) holds(p *site.Page, r resolver) bool {
	if c == nil || c.bodyLine != p.BodyLine || c.kind != p.Kind || c.section != p.Section ||
		!bytes.Equal(c.body, p.Body) || !reflect.DeepEqual(c.front, p.Front) {
		return false
	}
	for _, l := range c.lookups {
		if url, ok := r.resolve(l); url != l.url || ok != l.ok {
			return false
		}
	}
	return true
}

// convertPage converts one page's Markdown, recording what it looked up.
func convertPage(p *site.Page, r resolver) *conversion {
	c := &conversion{body: p.Body, bodyLine: p.BodyLine, kind: p.Kind, section: p.Section, front: p.Front}
	ask := func(asset bool, name string) (string, bool) {
		l := lookup{asset: asset, name: name}
		l.url, l.ok = r.resolve(l)
		c.lookups = append(c.lookups, l)
		return l.url, l.ok
	}
	c.result = converter.Convert(p.Body, markdown.Context{
		File: p.Source, FirstLine: p.BodyLine, BaseURL: r.s.BaseURL, BasePath: r.s.BasePath,
		PageURL:  func(src string) (string, bool) { return ask(false, src) },
		AssetURL: func(name string) (string, bool) { return ask(true, name) },
	})
	c.dates = pageDates(p)
	return c
}

// convert gives every page its HTML, converting only pages whose earlier
// conversion no longer holds, and returns the links that point elsewhere in
// the site.
func (b *Builder) convert(ctx context.Context, s *site.Site, manifest assets.Manifest, l *diag.List, st *Stats) []pageLink {
	r := resolver{s: s, manifest: manifest}
	convs := make([]*conversion, len(s.Pages))
	var todo []int
	for i, p := range s.Pages {
		if p.Source == "" {
			continue
		}
		if c := b.converted[p.Source]; c.holds(p, r) {
			convs[i] = c
		} else {
			todo = append(todo, i)
		}
	}
	workers.Run(ctx, len(todo), func(j int) error {
		convs[todo[j]] = convertPage(s.Pages[todo[j]], r)
		return nil
	})
	st.Converted = len(todo)
	b.converted = make(map[string]*conversion, len(s.Pages))
	var links []pageLink
	for i, c := range convs {
		if c == nil {
			continue
		}
		p := s.Pages[i]
		b.converted[p.Source] = c
		p.Content = template.HTML(c.result.HTML)
		*l = append(*l, c.result.Diags...)
		*l = append(*l, c.dates...)
		for _, k := range c.result.Links {
			if k.Internal && k.Path != "" {
				links = append(links, pageLink{from: p, Link: k})
			}
		}
	}
	return links
}
