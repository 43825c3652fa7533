package build

import (
	"encoding/binary"
	"hash/maphash"
	"maps"
	"slices"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
)

// gather collects every page's problems, counts the work done, and keeps
// the conversions and renderings, with the reads each rendering made, for
// the next build. Each page's own problems are in order and all is in
// file order, so they come back in order, apart from l, without the cost
// of sorting them all again.
func (b *Builder) gather(pages []*site.Page, convs []converted, renders []pageRender, values *render.Values, l *diag.List, st *Stats) diag.List {
	var pageDiags diag.List
	seen := map[diag.Diagnostic]bool{}
	var conversions map[string]*conversion
	var kept map[string]*rendered
	if b.remember {
		conversions = make(map[string]*conversion, len(pages))
		kept = make(map[string]*rendered, len(pages))
	}
	for i, p := range pages {
		c, pr := convs[i], renders[i]
		if c.conv != nil {
			pageDiags = append(pageDiags, c.conv.diags...)
			st.Converted += b2i(c.made)
			if b.remember {
				conversions[p.Source] = c.conv
			}
		}
		st.Rendered += b2i(pr.made)
		// One broken layout breaks every page that uses it: say so once.
		if d := pr.problem; d != nil && !seen[*d] {
			seen[*d] = true
			*l = append(*l, *d)
		}
		if pr.kept == nil || !b.remember {
			continue
		}
		if pr.made {
			pr.kept.reads = b.reads.intern(pr.reads, values.Of)
		}
		kept[p.File] = pr.kept
	}
	if b.remember {
		b.converted, b.rendered = conversions, kept
	}
	return pageDiags
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkLinks reports every link to an address the site does not have, and
// every link to an id that is not on the page it names. A builder that
// remembers checks again only the pages converted again and those whose
// links' targets changed, each link having recorded what it found.
func (b *Builder) checkLinks(s *site.Site, pages []*site.Page, convs []converted, renders []pageRender, written map[string]bool) diag.List {
	ids := make(map[*site.Page]*rendered, len(pages))
	for i, p := range pages {
		if k := renders[i].kept; k != nil {
			ids[p] = k
		}
	}
	targets := check.NewTargets(s, func(p *site.Page) map[string]bool {
		if k := ids[p]; k != nil {
			return k.anchors
		}
		return nil
	}, written)
	value := func(rd render.Read) uint64 {
		what, p := targets.At(rd.Name)
		var k uint64
		switch r := ids[p]; {
		case r != nil:
			k = anchorsSum(r.anchors)
		case what == check.Nothing:
			// Its message offers the nearest address there is.
			k = b.addresses
		}
		return uint64(what)<<56 ^ k | 1
	}
	if b.remember {
		b.reads.refresh(value, true)
	}
	var l, fresh diag.List
	checked := map[string]*checkedLinks{}
	for i, p := range pages {
		c := convs[i].conv
		if c == nil || len(c.internal) == 0 {
			continue
		}
		if old := b.links[p.Source]; old != nil && old.conv == c && !b.reads.anyChanged(old.reads) {
			l = append(l, old.diags...)
			checked[p.Source] = old
			continue
		}
		fresh = fresh[:0]
		targets.Links(p, c.internal, &fresh)
		l = append(l, fresh...)
		if b.remember {
			rs := render.NewReads()
			for _, k := range c.internal {
				rs.Add(render.Read{Kind: render.ReadTarget, Name: k.Path})
			}
			checked[p.Source] = &checkedLinks{conv: c, reads: b.reads.intern(rs, value), diags: slices.Clone(fresh)}
		}
	}
	if b.remember {
		b.links = checked
	}
	return l
}

// anchorsSum sums up a page's ids, whatever order the map gives them in.
func anchorsSum(ids map[string]bool) uint64 {
	var sum uint64
	for id := range maps.Keys(ids) {
		sum += maphash.String(sumSeed, id)
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(ids)))
	return sum ^ maphash.Bytes(sumSeed, n[:])
}
