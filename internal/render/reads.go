package render

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"sync"

	"norfolk.gov.uk/microsite/internal/site"
)

// A Read is one thing a layout looked at while it rendered an output:
// another page's title, a section's children, the site's settings. The
// build keeps what each output read and what it was worth, and renders an
// output again only when one of its reads is worth something else in the
// new model. Nothing is predicted: a layout that reads a new thing is
// tracked as soon as it reads it.
type Read struct {
	Kind ReadKind
	// Name says which one: a page's address, a section's folder, an
	// asset's name, a list's name.
	Name string
}

// ReadKind says what part of the model a Read is.
type ReadKind uint8

const (
	// ReadMeta is a page's front matter, kind and addresses.
	ReadMeta ReadKind = iota + 1
	// ReadContent is a page's converted Markdown.
	ReadContent
	// ReadChildren is which pages are a page's children, in order.
	ReadChildren
	// ReadParent is which page is a page's parent.
	ReadParent
	// ReadLayout is the layout files a page is rendered with.
	ReadLayout
	// ReadSection is which page, if any, is a top-level section.
	ReadSection
	// ReadList is one of the site's lists, by name (see lists).
	ReadList
	// ReadSettings is content/site.toml.
	ReadSettings
	// ReadNow is the date the build takes as today.
	ReadNow
	// ReadBase is the site's base URL.
	ReadBase
	// ReadAsset is an asset's fingerprinted name, or that there is none.
	ReadAsset
	// ReadTarget is what a link to an address finds there. The build
	// values it, since it knows which ids each rendered page has.
	ReadTarget
)

// Reads is the set of reads of one output. A nil *Reads records nothing,
// which is what a one-off build asks for: it is never rendered again.
type Reads struct {
	set map[Read]struct{}
}

// NewReads returns an empty set, ready to record.
func NewReads() *Reads { return &Reads{set: map[Read]struct{}{}} }

func (rs *Reads) add(k ReadKind, name string) {
	if rs != nil {
		rs.set[Read{k, name}] = struct{}{}
	}
}

// mergeAs adds other's reads, where reads of page from become reads of
// page to: a partial made once for many pages read the page it was made
// with, and would have read each other page that shows it the same way.
// So which page happened to make it changes nothing that is recorded.
func (rs *Reads) mergeAs(other *Reads, from, to string) {
	if rs == nil || other == nil {
		return
	}
	for r := range other.set {
		if r.Name == from && r.Kind <= ReadLayout {
			r.Name = to
		}
		rs.set[r] = struct{}{}
	}
}

// Add records r, for reads made outside a layout (a link check's).
func (rs *Reads) Add(r Read) { rs.add(r.Kind, r.Name) }

// All calls f for every read, in no order.
func (rs *Reads) All(f func(Read)) {
	if rs == nil {
		return
	}
	for r := range rs.set {
		f(r)
	}
}

// The names of the lists a ReadList may name.
const (
	listMenu      = "menu"
	listPages     = "pages"
	listAliases   = "aliases"
	listWorkshops = "workshops"
	listPrint     = "print"
	listDeadline  = "deadline"
	listHome      = "home"
	listPacks     = "packs"
	listReport    = "report"
)

// seed is the one seed of every value: values are compared only within a
// process, from build to build.
var seed = maphash.MakeSeed()

// Values works out what reads are worth in one model. It caches each
// value, so it is safe for concurrent use and cheap for reads many outputs
// share (the menu, the settings).
type Values struct {
	r  *Renderer
	mu sync.Mutex
	// done holds values already worked out.
	done map[Read]uint64
}

// Values returns the reads' valuer for r's model.
func (r *Renderer) Values() *Values {
	return &Values{r: r, done: map[Read]uint64{}}
}

// Of returns what rd is worth in the model. A read of something the model
// does not have is worth 0, so it changes when the thing appears.
func (v *Values) Of(rd Read) uint64 {
	v.mu.Lock()
	x, ok := v.done[rd]
	v.mu.Unlock()
	if ok {
		return x
	}
	x = v.r.value(rd)
	v.mu.Lock()
	v.done[rd] = x
	v.mu.Unlock()
	return x
}

func (r *Renderer) value(rd Read) uint64 {
	s := r.site
	var h maphash.Hash
	h.SetSeed(seed)
	str := func(ss ...string) {
		for _, x := range ss {
			h.WriteString(x)
			h.WriteByte(0)
		}
	}
	num := func(n uint64) {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], n)
		h.Write(b[:])
	}
	urls := func(ps []*site.Page) {
		num(uint64(len(ps)))
		for _, p := range ps {
			str(p.URL)
		}
	}
	switch rd.Kind {
	case ReadMeta, ReadContent, ReadChildren, ReadParent, ReadLayout:
		p := r.pageAt(rd.Name)
		if p == nil {
			return 0
		}
		switch rd.Kind {
		case ReadMeta:
			num(p.FrontSum)
			str(string(p.Kind), p.Source, p.Path, p.URL, p.File, p.Front.Title, p.Front.Description)
			if p.LargePrint {
				str("large")
			}
		case ReadContent:
			num(p.ContentSum)
			if p.ContentSum == 0 {
				str(string(p.Content))
			}
		case ReadChildren:
			urls(p.Children)
		case ReadParent:
			if p.Parent != nil {
				str(p.Parent.URL)
			}
		case ReadLayout:
			str(r.Fingerprint(p))
		}
	case ReadSection:
		if p := s.Section(rd.Name); p != nil {
			str(p.URL)
		}
	case ReadList:
		r.listValue(rd.Name, str, urls)
	case ReadSettings:
		str(settingsText(s))
	case ReadNow:
		str(s.Now.String())
	case ReadBase:
		str(s.BaseURL)
	case ReadAsset:
		out, ok := r.manifest[rd.Name]
		if !ok {
			return 0
		}
		str(out)
	default:
		return 0
	}
	return h.Sum64() | 1 // never 0, which is "not there"
}

func (r *Renderer) listValue(name string, str func(...string), urls func([]*site.Page)) {
	s := r.site
	switch name {
	case listMenu:
		urls(s.Menu())
	case listPages:
		urls(s.Pages)
	case listAliases:
		for _, a := range s.Aliases {
			str(a.From, a.To)
		}
	case listWorkshops:
		urls(s.Workshops())
	case listPrint:
		urls(s.PrintPages())
	case listDeadline:
		if p := s.Deadline(); p != nil {
			str(p.URL)
		}
	case listHome:
		str(s.Home.URL)
	case listReport:
		for _, p := range s.Report {
			str(p.String())
		}
		if p := s.ReportPage(); p != nil {
			str(p.URL)
		}
	case listPacks:
		for _, large := range []bool{false, true} {
			if p := s.PrintPack(large); p != nil {
				str(p.URL)
			}
		}
	}
}

// pageAt finds a page by its address, the 404 page too.
func (r *Renderer) pageAt(u string) *site.Page {
	if p, ok := r.site.PageByURL(u); ok {
		return p
	}
	if nf := r.site.NotFoundPage(); nf.URL == u {
		return nf
	}
	return nil
}

// settingsText is every setting, written out: a setting added to
// content.Settings is in it without anyone listing it here.
func settingsText(s *site.Site) string {
	return fmt.Sprintf("%#v", s.Settings)
}
