package build

import (
	"bytes"
	"cmp"
	"context"
	"regexp"
	"slices"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// renderAll renders every page through its layout, in parallel, then the
// site's other outputs.
func renderAll(ctx context.Context, s *site.Site, r *render.Renderer, l *diag.List) []publish.File {
	files := make([]publish.File, len(s.Pages)+1)
	problems := make([]*diag.Diagnostic, len(files))
	workers.Run(ctx, len(files), func(i int) error {
		var buf bytes.Buffer
		if i == len(s.Pages) {
			problems[i] = r.NotFound(&buf)
			files[i] = publish.File{Path: "404.html", Data: buf.Bytes()}
			return nil
		}
		p := s.Pages[i]
		problems[i] = r.Page(p, &buf)
		files[i] = publish.File{Path: p.File, Data: buf.Bytes()}
		p.Anchors = anchors(buf.Bytes())
		return nil
	})
	seen := map[diag.Diagnostic]bool{}
	for _, d := range problems {
		// One broken layout breaks every page that uses it: say so once.
		if d != nil && !seen[*d] {
			seen[*d] = true
			*l = append(*l, *d)
		}
	}
	files = append(files,
		publish.File{Path: "sitemap.xml", Data: render.Sitemap(s)},
		publish.File{Path: "robots.txt", Data: render.Robots(s)},
		publish.File{Path: "_redirects", Data: render.Redirects(s)},
	)
	files = append(files, render.Calendars(s)...)
	if feed, ok := render.Feed(s); ok {
		files = append(files, publish.File{Path: render.FeedFile(), Data: feed})
	}
	return files
}

var idAttr = regexp.MustCompile(`\sid="([^"]+)"`)

// anchors lists the ids a rendered page has, from its layout as well as its
// Markdown, so that links to either can be checked.
func anchors(html []byte) map[string]bool {
	ids := map[string]bool{}
	for _, m := range idAttr.FindAllSubmatch(html, -1) {
		ids[string(m[1])] = true
	}
	return ids
}

// checkLinks reports every link to an address the site does not have, and
// every link to an id that is not on the page it names.
func checkLinks(s *site.Site, links []pageLink, files []publish.File, l *diag.List) {
	known := map[string]bool{}
	for _, f := range files {
		known[s.BasePath+f.Path] = true
		if dir, ok := strings.CutSuffix(f.Path, "index.html"); ok {
			known[s.BasePath+dir] = true
		}
	}
	for _, a := range s.Aliases {
		known[a.From] = true
	}
	drafts := map[string]bool{}
	for _, p := range s.Drafts() {
		drafts[p] = true
	}
	for _, k := range links {
		target, isPage := s.PageByURL(k.Path)
		switch {
		case isPage && k.Fragment != "" && !target.Anchors[k.Fragment]:
			l.Errorf(k.from.Source, k.Line, "link to %s#%s: the page is there, but it has no heading or element with the id %q", k.Path, k.Fragment, k.Fragment)
		case isPage || known[k.Path]:
		case drafts[k.Path]:
			l.Errorf(k.from.Source, k.Line, "link to %s: that page is a draft, so it is not published: publish it (draft: false) or remove the link", k.Path)
		default:
			l.Errorf(k.from.Source, k.Line, "link to %s: there is no page at that address: check the spelling, or link to the page's .md file", k.Path)
		}
	}
}

func sortFiles(files []publish.File) {
	slices.SortFunc(files, func(a, b publish.File) int { return cmp.Compare(a.Path, b.Path) })
}
