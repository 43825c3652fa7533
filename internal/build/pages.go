package build

import (
	"bytes"
	"context"
	"hash/maphash"
	"html/template"
	"sync"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// converted is one page's conversion and whether this build made it.
type converted struct {
	conv *conversion
	made bool
}

// convertAll is the first phase: every page's Markdown converted and
// checked, and its HTML put in the model, before any page is rendered. The
// model is finished when it returns: nothing changes it while pages render,
// so a layout may show any page's text and always sees it whole.
func (b *Builder) convertAll(ctx context.Context, s *site.Site, checks check.Options) []converted {
	res := resolver{s: s, manifest: b.assets.manifest}
	key := checksKey(s, checks)
	resolveAgain := true
	if b.remember {
		addresses := addressesKey(s, b.assets.manifest)
		resolveAgain = addresses != b.addresses
		b.addresses = addresses
	}
	pages := s.InFileOrder()
	out := make([]converted, len(pages))
	workers.Run(ctx, len(pages), func(i int) error {
		p := pages[i]
		if p.Source == "" {
			return nil
		}
		c := b.converted[p.Source]
		if !c.holds(p, res, key, resolveAgain) {
			c = b.convert(p, res, checks, key)
			out[i].made = true
		}
		out[i].conv = c
		p.Content, p.ContentSum = template.HTML(c.result.HTML), c.htmlKey
		if !b.remember {
			p.Body = nil
		}
		return nil
	})
	return out
}

// rendered is one output's rendering, kept by a builder that remembers
// with the reads it made, for the next build to ask again.
type rendered struct {
	data    []byte
	anchors map[string]bool
	reads   []int32
}

// pageRender is what rendering one page leaves.
type pageRender struct {
	kept    *rendered
	reads   *render.Reads
	problem *diag.Diagnostic
	made    bool
}

// renderAll is the second phase: every page through its layouts, from the
// finished model. A builder that remembers renders again only the pages
// whose recorded reads are worth something else now.
func (b *Builder) renderAll(ctx context.Context, s *site.Site, r *render.Renderer, w *output) ([]*site.Page, []pageRender) {
	pages := s.InFileOrder()
	out := make([]pageRender, len(pages))
	for i, p := range pages {
		if k := b.rendered[p.File]; k != nil && !b.reads.anyChanged(k.reads) {
			out[i].kept = k
		}
	}
	_, toDisk := w.sink.(*publish.Stage)
	reuse := toDisk && !b.remember
	workers.Run(ctx, len(pages), func(i int) error {
		p, pr := pages[i], &out[i]
		if pr.kept == nil {
			var buf *bytes.Buffer
			if reuse {
				buf = renderBuffers.Get().(*bytes.Buffer)
				defer renderBuffers.Put(buf)
				buf.Reset()
			} else {
				buf = new(bytes.Buffer)
			}
			b.renderPage(p, r, pr, buf)
		}
		if pr.problem != nil {
			return nil
		}
		// A link to a page is checked against the model, not the files
		// written. The renderer has minified the page, if the build minifies.
		w.put(publish.File{Path: p.File, Data: pr.kept.data}, p.Source == "")
		if reuse {
			// The stage has written the page and keeps none of its bytes,
			// so its buffer can take the next page.
			pr.kept.data = nil
		}
		return nil
	})
	return pages, out
}

func (b *Builder) renderPage(p *site.Page, r *render.Renderer, pr *pageRender, buf *bytes.Buffer) {
	// Room for the layout around the content saves the buffer growing by
	// doubling.
	buf.Grow(len(p.Content) + 8<<10)
	if b.remember {
		pr.reads = render.NewReads()
	}
	pr.made = true
	if pr.problem = r.Page(p, buf, pr.reads); pr.problem != nil {
		return
	}
	pr.reads.Add(render.Read{Kind: render.ReadSettings}) // its page_bytes limit
	if pr.problem = check.PageSize(p, buf.Len()); pr.problem != nil {
		return
	}
	pr.kept = &rendered{data: buf.Bytes(), anchors: anchors(buf.Bytes())}
}

// renderBuffers are the buffers of a one-off build to disk, used again
// from page to page: fewer allocations, fewer collections.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

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

// addressesKey sums up every page's and draft's address and every asset's
// fingerprinted name: while it is unchanged, every link and image resolves
// as it did before.
func addressesKey(s *site.Site, manifest map[string]string) uint64 {
	var h maphash.Hash
	h.SetSeed(sumSeed)
	for _, p := range s.Pages {
		writeStrings(&h, p.Source, p.URL)
	}
	writeStrings(&h, s.Drafts()...)
	for _, k := range sortedKeys(manifest) {
		writeStrings(&h, k, manifest[k])
	}
	return h.Sum64()
}

func writeStrings(h *maphash.Hash, ss ...string) {
	for _, s := range ss {
		h.WriteString(s)
		h.WriteByte(0)
	}
}

// sumSeed seeds the sums a builder compares from build to build.
var sumSeed = maphash.MakeSeed()
