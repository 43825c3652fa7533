package build

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"html/template"
	"maps"
	"slices"
	"strings"
	"sync"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// rendering is one page's rendered output and what it was rendered from.
type rendering struct {
	key     uint64
	data    []byte
	anchors map[string]bool
	problem *diag.Diagnostic
}

// pageResult is what one page's work leaves behind once its file is
// written.
type pageResult struct {
	conv      *conversion // kept only when the builder remembers
	render    rendering
	links     []markdown.Link
	diags     diag.List
	converted bool
	rendered  bool
}

// pages converts, checks, renders and writes every page, in parallel, each
// page's steps together, so that a page's HTML is written and let go as soon
// as it is ready. The print packs show other pages' text, so they come
// last. It returns the links to check once every file is written, and the
// pages' own problems, in order (see gather).
func (b *Builder) pages(ctx context.Context, s *site.Site, r *render.Renderer, checks check.Options, w *output, l *diag.List, st *Stats) ([]pageLinks, diag.List) {
	all := s.InFileOrder()
	var first, last []int
	for i, p := range all {
		if p.Kind == site.KindPrint {
			last = append(last, i)
		} else {
			first = append(first, i)
		}
	}
	_, toDisk := w.sink.(*publish.Stage)
	j := pageJob{b: b, s: s, r: r, w: w, res: resolver{s: s, manifest: b.assets.manifest}, opts: checks, checks: checksKey(s, checks),
		reuseBuffers: toDisk && !b.remember}
	if b.remember {
		j.site = b.siteKey
		if !b.sameSite {
			addresses := addressesKey(b.seed, s, b.assets.manifest)
			j.resolveAgain = addresses != b.addresses
			b.addresses = addresses
		}
	}
	results := make([]pageResult, len(all))
	for _, stage := range [][]int{first, last} {
		workers.Run(ctx, len(stage), func(k int) error {
			results[stage[k]] = j.page(all[stage[k]])
			return nil
		})
	}
	return b.gather(all, results, l, st)
}

// pageJob is what every page's work shares.
type pageJob struct {
	b      *Builder
	s      *site.Site
	r      *render.Renderer
	w      *output
	res    resolver
	opts   check.Options
	checks string
	site   uint64 // siteKey, when the builder remembers
	// resolveAgain is set when pages or assets moved since the last build,
	// so every kept conversion's links must be resolved again.
	resolveAgain bool
	// reuseBuffers is set when a one-off build writes to disk: the stage
	// writes a file before Write returns and keeps none of its bytes, so
	// the buffer a page was rendered into can take the next page.
	reuseBuffers bool
}

func (j pageJob) page(p *site.Page) pageResult {
	var pr pageResult
	if p.Source != "" {
		c := j.b.converted[p.Source]
		var front uint64
		switch {
		case j.b.sameSite && c != nil:
			front = c.front // no page's front matter changed
		case j.b.remember:
			front = frontKey(j.b.seed, &p.Front)
		}
		if !c.holds(p, front, j.res, j.checks, j.resolveAgain) {
			c, pr.converted = j.convert(p), true
			c.front = front
		}
		p.Content = template.HTML(c.result.HTML)
		pr.diags, pr.links = c.diags, c.internal
		if j.b.remember {
			pr.conv = c
		} else {
			p.Body = nil
		}
	}
	var key uint64
	if j.b.remember {
		var html uint64
		if pr.conv != nil {
			if pr.converted {
				pr.conv.htmlKey = maphash.String(j.b.seed, pr.conv.result.HTML)
			}
			html = pr.conv.htmlKey
		}
		key = pageKey(j.b.seed, j.site, j.r.Fingerprint(p), p, html, j.s)
	}
	if old, ok := j.b.rendered[p.File]; ok && old.key == key {
		pr.render = old
	} else {
		var buf *bytes.Buffer
		if j.reuseBuffers {
			buf = renderBuffers.Get().(*bytes.Buffer)
			defer renderBuffers.Put(buf)
			buf.Reset()
		} else {
			buf = new(bytes.Buffer)
		}
		// Room for the layout around the content saves the buffer growing
		// by doubling.
		buf.Grow(len(p.Content) + 8<<10)
		problem := j.r.Page(p, buf)
		problem = pageTooBig(j.s, p, buf, problem)
		pr.render, pr.rendered = rendering{key: key, data: buf.Bytes(), anchors: anchors(buf.Bytes()), problem: problem}, true
	}
	// A link to a page is checked against the model, not the files
	// written. The renderer has minified the page, if the build minifies.
	j.w.put(publish.File{Path: p.File, Data: pr.render.data}, p.Source == "", false)
	if !j.b.remember {
		// A one-off build lets go of the page's HTML once it is written,
		// unless the print packs or the feed show it too.
		pr.render.data = nil
		if p.Front.Print == 0 && p.Section != render.FeedSection {
			p.Content = ""
		}
	}
	return pr
}

// renderBuffers are the buffers of a one-off build to disk, used again
// from page to page: fewer allocations, fewer collections.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// gather collects every page's links and problems, counts the work done,
// and keeps the conversions and renderings for the next build. Each page's
// own problems are in order and all is in file order, so they come back in
// order, apart from l, without the cost of sorting them all again.
func (b *Builder) gather(all []*site.Page, results []pageResult, l *diag.List, st *Stats) ([]pageLinks, diag.List) {
	var links []pageLinks
	var pageDiags diag.List
	seen := map[diag.Diagnostic]bool{}
	// With the same pages as last time, the kept conversions and renderings
	// are updated where they changed rather than listed again.
	converted, rendered := b.converted, b.rendered
	if !b.sameSite {
		converted = make(map[string]*conversion, len(all))
		rendered = make(map[string]rendering, len(all))
	}
	b.anchorsMoved = !b.sameSite
	for i, p := range all {
		pr := results[i]
		if old, ok := b.rendered[p.File]; pr.rendered && (!ok || !maps.Equal(old.anchors, pr.render.anchors)) {
			b.anchorsMoved = true
		}
		p.Anchors = pr.render.anchors
		pageDiags = append(pageDiags, pr.diags...)
		// One broken layout breaks every page that uses it: say so once.
		if d := pr.render.problem; d != nil && !seen[*d] {
			seen[*d] = true
			*l = append(*l, *d)
		}
		if len(pr.links) > 0 {
			links = append(links, pageLinks{from: p, links: pr.links, conv: pr.conv})
		}
		st.Converted += b2i(pr.converted)
		st.Rendered += b2i(pr.rendered)
		if pr.conv != nil {
			converted[p.Source] = pr.conv
		}
		rendered[p.File] = pr.render
	}
	if b.remember {
		b.converted, b.rendered = converted, rendered
	}
	return links, pageDiags
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// otherOutputs are the site's files that are not pages. The feed and the
// sitemap of a big site take tens of milliseconds each, at the end of a
// build when nothing else runs, so they are made side by side.
func otherOutputs(s *site.Site) []publish.File {
	var feed []publish.File
	done := make(chan struct{})
	go func() {
		defer close(done)
		if data, ok := render.Feed(s); ok {
			feed = []publish.File{{Path: render.FeedFile(), Data: data}}
		}
	}()
	files := []publish.File{
		{Path: "sitemap.xml", Data: render.Sitemap(s)},
		{Path: "robots.txt", Data: render.Robots(s)},
		{Path: "_redirects", Data: render.Redirects(s)},
	}
	files = append(files, render.Calendars(s)...)
	<-done
	return append(files, feed...)
}

// siteKey sums up what any page may show of the site as a whole: the
// settings, the date, the assets, and every page's address and front
// matter. A page's body is not in it: only the page itself and the print
// packs show a body, and their own keys cover that.
func siteKey(seed maphash.Seed, s *site.Site, manifest map[string]string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	fmt.Fprintf(&h, "%#v\x00%s\x00%s\x00", s.Settings, s.BaseURL, s.Now)
	for _, k := range slices.Sorted(maps.Keys(manifest)) {
		fmt.Fprintf(&h, "%s=%s\x00", k, manifest[k])
	}
	for _, p := range s.Pages {
		writeStrings(&h, p.URL, string(p.Kind), p.Source)
		writeFront(&h, &p.Front)
	}
	return h.Sum64()
}

func frontKey(seed maphash.Seed, f *content.FrontMatter) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	writeFront(&h, f)
	return h.Sum64()
}

// writeFront adds every field of f to h, directly: formatting the fields
// took a quarter of a one-page rebuild of a 10,000-page site.
// TestSiteKeyCoversEveryField changes each field in turn, so a field added
// to FrontMatter cannot be left out here unnoticed.
func writeFront(h *maphash.Hash, f *content.FrontMatter) {
	writeStrings(h, f.Title, f.MenuTitle, f.Description, f.Area, f.Venue, f.Town, f.Starts, f.Ends)
	writeStrings(h, f.Aliases...)
	var n []byte
	for _, v := range [...]int64{int64(f.Weight), int64(f.Print), int64(b2i(f.Draft)), int64(len(f.Aliases)), f.Date.Unix(), f.Updated.Unix(), f.Closes.Unix(), f.Prepared.Unix(), f.Reviewed.Unix()} {
		n = binary.LittleEndian.AppendUint64(n, uint64(v))
	}
	h.Write(n)
}

func writeStrings(h *maphash.Hash, ss ...string) {
	for _, s := range ss {
		h.WriteString(s)
		h.WriteByte(0)
	}
}

// wideKey sums up what the site-wide outputs and checks are made from.
func wideKey(seed maphash.Seed, siteKey uint64, checks string, s *site.Site) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	fmt.Fprintf(&h, "%d\x00%s\x00", siteKey, checks)
	if sec := s.Section(render.FeedSection); sec != nil {
		for _, p := range sec.Children {
			h.WriteString(string(p.Content))
			h.WriteByte(0)
		}
	}
	return h.Sum64()
}

// addressesKey sums up every page's and draft's address and every asset's
// fingerprinted name: while it is unchanged, every link and image resolves
// as it did before.
func addressesKey(seed maphash.Seed, s *site.Site, manifest map[string]string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, p := range s.Pages {
		h.WriteString(p.Source)
		h.WriteByte(0)
		h.WriteString(p.URL)
		h.WriteByte(0)
	}
	for _, d := range s.Drafts() {
		h.WriteString(d)
		h.WriteByte(0)
	}
	for _, k := range slices.Sorted(maps.Keys(manifest)) {
		h.WriteString(k + "=" + manifest[k])
		h.WriteByte(0)
	}
	return h.Sum64()
}

// pageKey sums up everything one page's rendering depends on: html is the
// key of the page's own converted Markdown, made once per conversion. The
// keys never leave the process, so a seeded fast hash serves.
func pageKey(seed maphash.Seed, siteKey uint64, layouts string, p *site.Page, html uint64, s *site.Site) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var n []byte
	n = binary.LittleEndian.AppendUint64(n, siteKey)
	n = binary.LittleEndian.AppendUint64(n, html)
	h.Write(n)
	writeStrings(&h, layouts, p.File)
	if p.Kind == site.KindPrint {
		for _, q := range s.PrintPages() {
			writeStrings(&h, q.URL, string(q.Content))
		}
	}
	return h.Sum64()
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
// every link to an id that is not on the page it names. A kept conversion
// keeps its links' problems, which hold while the site has the same pages
// and files and no page's ids moved.
func (b *Builder) checkLinks(s *site.Site, links []pageLinks, paths map[string]bool) diag.List {
	again := !b.sameSite || b.anchorsMoved
	var l, fresh diag.List
	var check func(pageLinks, *diag.List)
	for _, pl := range links {
		if c := pl.conv; c != nil && c.linksChecked && !again {
			l = append(l, c.linkDiags...)
			continue
		}
		if check == nil {
			check = linkChecker(s, paths)
		}
		fresh = fresh[:0]
		check(pl, &fresh)
		if c := pl.conv; c != nil {
			c.linkDiags, c.linksChecked = slices.Clone(fresh), true
		}
		l = append(l, fresh...)
	}
	return l
}

// linkChecker returns a function that checks one page's links.
func linkChecker(s *site.Site, paths map[string]bool) func(pageLinks, *diag.List) {
	aliases := map[string]bool{}
	for _, a := range s.Aliases {
		aliases[a.From] = true
	}
	drafts := map[string]bool{}
	for _, p := range s.Drafts() {
		drafts[p] = true
	}
	written := func(u string) bool {
		rest, ok := strings.CutPrefix(u, s.BasePath)
		return ok && (paths[rest] || (rest == "" || strings.HasSuffix(rest, "/")) && paths[rest+"index.html"])
	}
	return func(pl pageLinks, l *diag.List) {
		for _, k := range pl.links {
			target, isPage := s.PageByURL(k.Path)
			switch {
			case isPage && k.Fragment != "" && !target.Anchors[k.Fragment]:
				l.Errorf(pl.from.Source, k.Line, "link to %s#%s: the page is there, but it has no heading or element with the id %q", k.Path, k.Fragment, k.Fragment)
			case isPage || aliases[k.Path] || written(k.Path):
			case drafts[k.Path]:
				l.Errorf(pl.from.Source, k.Line, "link to %s: that page is a draft, so it is not published: publish it (draft: false) or remove the link", k.Path)
			default:
				l.Errorf(pl.from.Source, k.Line, "link to %s: there is no page at that address: check the spelling, or link to the page's .md file", k.Path)
			}
		}
	}
}
