package build

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// rendering is one page's rendered output and what it was rendered from.
type rendering struct {
	key     string
	data    []byte
	anchors map[string]bool
	problem *diag.Diagnostic
}

// renderAll renders every page through its layout, in parallel, reusing the
// last rendering of each page whose inputs have not changed, then the
// site's other outputs.
func (b *Builder) renderAll(ctx context.Context, s *site.Site, r *render.Renderer, l *diag.List, st *Stats) []publish.File {
	pages := append(slices.Clone(s.Pages), s.NotFoundPage())
	sk := siteKey(s, b.assets.manifest)
	next := make([]rendering, len(pages))
	var todo []int
	for i, p := range pages {
		key := pageKey(sk, r.Fingerprint(p), p, s)
		if old, ok := b.rendered[p.File]; ok && old.key == key {
			next[i] = old
		} else {
			next[i].key = key
			todo = append(todo, i)
		}
	}
	workers.Run(ctx, len(todo), func(j int) error {
		i := todo[j]
		var buf bytes.Buffer
		next[i].problem = r.Page(pages[i], &buf)
		next[i].data, next[i].anchors = buf.Bytes(), anchors(buf.Bytes())
		return nil
	})
	st.Rendered = len(todo)
	b.rendered = make(map[string]rendering, len(pages))
	files := make([]publish.File, 0, len(pages)+8)
	seen := map[diag.Diagnostic]bool{}
	for i, p := range pages {
		b.rendered[p.File] = next[i]
		p.Anchors = next[i].anchors
		files = append(files, publish.File{Path: p.File, Data: next[i].data})
		// One broken layout breaks every page that uses it: say so once.
		if d := next[i].problem; d != nil && !seen[*d] {
			seen[*d] = true
			*l = append(*l, *d)
		}
	}
	return append(files, otherOutputs(s)...)
}

// otherOutputs are the site's files that are not pages. They are cheap, so
// they are made afresh every time.
func otherOutputs(s *site.Site) []publish.File {
	files := []publish.File{
		{Path: "sitemap.xml", Data: render.Sitemap(s)},
		{Path: "robots.txt", Data: render.Robots(s)},
		{Path: "_redirects", Data: render.Redirects(s)},
	}
	files = append(files, render.Calendars(s)...)
	if feed, ok := render.Feed(s); ok {
		files = append(files, publish.File{Path: render.FeedFile(), Data: feed})
	}
	return files
}

// siteKey sums up what any page may show of the site as a whole: the
// settings, the date, the assets, and every page's address and front
// matter. A page's body is not in it: only the page itself and the print
// packs show a body, and their own keys cover that.
func siteKey(s *site.Site, manifest map[string]string) []byte {
	h := sha256.New()
	fmt.Fprintf(h, "%#v\x00%s\x00%s\x00", s.Settings, s.BaseURL, s.Now)
	for _, k := range slices.Sorted(maps.Keys(manifest)) {
		fmt.Fprintf(h, "%s=%s\x00", k, manifest[k])
	}
	for _, p := range s.Pages {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%#v\x00", p.URL, p.Kind, p.Source, p.Front)
	}
	return h.Sum(nil)
}

// pageKey sums up everything one page's rendering depends on.
func pageKey(siteKey []byte, layouts string, p *site.Page, s *site.Site) string {
	h := sha256.New()
	h.Write(siteKey)
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", layouts, p.File, p.Content)
	if p.Kind == site.KindPrint {
		for _, q := range s.PrintPages() {
			fmt.Fprintf(h, "%s\x00%s\x00", q.URL, q.Content)
		}
	}
	return string(h.Sum(nil))
}

// anchors lists the ids a rendered page has, from its layout as well as its
// Markdown, so that links to either can be checked. html/template and the
// Markdown renderer always quote attributes with ", so a plain scan finds
// them.
func anchors(html []byte) map[string]bool {
	ids := map[string]bool{}
	for rest := html; ; {
		i := bytes.Index(rest, []byte(` id="`))
		if i < 0 {
			return ids
		}
		rest = rest[i+5:]
		if j := bytes.IndexByte(rest, '"'); j > 0 {
			ids[string(rest[:j])] = true
			rest = rest[j:]
		}
	}
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
