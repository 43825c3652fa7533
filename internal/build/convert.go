package build

import (
	"context"
	"html/template"

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

// convert renders every page's Markdown in parallel and returns the links
// that point elsewhere in the site.
func convert(ctx context.Context, s *site.Site, manifest assets.Manifest, l *diag.List) []pageLink {
	results := make([]markdown.Result, len(s.Pages))
	mctx := markdown.Context{
		BaseURL:  s.BaseURL,
		BasePath: s.BasePath,
		PageURL: func(src string) (string, bool) {
			if p, ok := s.PageBySource(src); ok {
				return p.URL, true
			}
			return s.DraftURL(src)
		},
		AssetURL: func(name string) (string, bool) {
			out, ok := manifest[name]
			return s.BasePath + out, ok
		},
	}
	workers.Run(ctx, len(s.Pages), func(i int) error {
		p := s.Pages[i]
		if p.Source == "" {
			return nil
		}
		c := mctx
		c.File, c.FirstLine = p.Source, p.BodyLine
		results[i] = converter.Convert(p.Body, c)
		return nil
	})
	var links []pageLink
	for i, r := range results {
		p := s.Pages[i]
		p.Content = template.HTML(r.HTML)
		*l = append(*l, r.Diags...)
		for _, k := range r.Links {
			if k.Internal && k.Path != "" {
				links = append(links, pageLink{from: p, Link: k})
			}
		}
	}
	return links
}
