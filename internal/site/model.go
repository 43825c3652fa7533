package site

import (
	"cmp"
	"maps"
	"path"
	"slices"
	"strings"

	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
)

// goodName reports whether a file or folder name can be part of a page's
// address: runs of lower-case letters and digits joined by single hyphens or
// underscores, which read well in an address and mean the same on every
// disk. It is the regular expression ^[a-z0-9]+(?:[-_][a-z0-9]+)*$, written
// out because it runs for every page each time the model is built.
func goodName(s string) bool {
	joined := true // at the start, or just after a joiner
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			joined = false
		case (c == '-' || c == '_') && !joined:
			joined = true
		default:
			return false
		}
	}
	return !joined
}

// New builds the page model from loaded pages. Every problem is reported,
// not just the first.
func New(settings content.Settings, pages []content.Page, opts Options) (*Site, diag.List) {
	s, l := newSite(settings, opts)
	for i := range pages {
		s.addPage(&pages[i], opts.Drafts, &l)
	}
	s.addSections()
	s.linkTree()
	s.addPrintPacks()
	s.addReport(opts.Report)
	s.addAliases(&l)
	// Home's address is the base path, which sorts before every other.
	slices.SortFunc(s.Pages, func(a, b *Page) int { return cmp.Compare(a.URL, b.URL) })
	s.findFacts()
	s.expandFacts(&l)
	s.addNotFound()
	return s, l
}

// addPage places one content file at its address.
func (s *Site) addPage(cp *content.Page, drafts bool, l *diag.List) {
	rel := strings.TrimPrefix(cp.Path, "content/")
	dir, file := path.Split(rel)
	dir = strings.TrimSuffix(dir, "/")
	name := strings.TrimSuffix(file, ".md")
	if !s.namesOK(cp.Path, dir, name, l) {
		return
	}
	p := &Page{
		Kind: KindPage, Source: cp.Path, Dir: dir, Section: firstSegment(dir),
		Front: cp.Front, FieldLines: cp.FieldLines, BodyLine: cp.BodyLine, Body: cp.Body, FrontSum: cp.FrontSum, site: s,
	}
	switch {
	case name == "index" && dir == "":
		p.Kind = KindHome
	case name == "index":
		p.Kind = KindSection
		p.Path = dir + "/"
	case dir == "":
		p.Path = name + "/"
	default:
		p.Path = dir + "/" + name + "/"
	}
	p.URL = s.BasePath + p.Path
	p.File = p.Path + "index.html"
	if cp.Front.Draft && !drafts {
		s.drafts[cp.Path] = p.URL
		return
	}
	if other, ok := s.byURL[p.URL]; ok {
		l.Errorf(cp.Path, 1, "this page has the address %s, and so does %s: rename or remove one of them", p.URL, other.Source)
		return
	}
	s.add(p)
}

func (s *Site) add(p *Page) {
	s.byURL[p.URL] = p
	if p.Source != "" {
		s.bySource[p.Source] = p
		s.sources = append(s.sources, p)
	}
	if p.Kind == KindHome {
		s.Home = p
	}
	s.Pages = append(s.Pages, p)
}

// namesOK checks that the folder and file names can be part of an address.
func (s *Site) namesOK(file, dir, name string, l *diag.List) bool {
	ok := true
	segs := []string{name}
	if dir != "" {
		segs = append(strings.Split(dir, "/"), name)
	}
	for _, seg := range segs {
		if !goodName(seg) {
			l.Errorf(file, 0, "the name %q becomes part of the page's address: use only lower-case letters, digits and hyphens, like %q", seg, suggestName(seg))
			ok = false
		} else if windowsDevice(seg) {
			l.Errorf(file, 0, "the name %q is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like %q", seg, seg+"-page")
			ok = false
		}
	}
	return ok
}

func suggestName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "page"
	}
	return b.String()
}

func firstSegment(dir string) string {
	first, _, _ := strings.Cut(dir, "/")
	return first
}

// addSections makes a list page for every folder that has pages but no
// index.md, and a home page if content/index.md is missing, so every
// address above a page leads somewhere.
func (s *Site) addSections() {
	dirs := map[string]bool{"": true}
	for _, p := range s.Pages {
		for d := p.Dir; d != ""; d = parentDir(d) {
			dirs[d] = true
		}
	}
	for _, d := range slices.Sorted(maps.Keys(dirs)) {
		u := s.BasePath + d + "/"
		if d == "" {
			u = s.BasePath
		}
		if _, ok := s.byURL[u]; ok {
			continue
		}
		p := &Page{Kind: KindSection, Dir: d, Section: firstSegment(d), Path: d + "/", URL: u, site: s}
		p.Front.Title = folderTitle(d)
		p.Front.Description = "The pages about " + strings.ToLower(p.Front.Title) + "."
		if d == "" {
			p.Kind, p.Path = KindHome, ""
			p.Front.Title = s.Settings.Title
			p.Front.Description = s.Settings.Title
		}
		p.File = p.Path + "index.html"
		s.add(p)
	}
}

func parentDir(d string) string {
	i := strings.LastIndexByte(d, '/')
	if i < 0 {
		return ""
	}
	return d[:i]
}

// folderTitle names a made list page after its folder: "area-plans" -> "Area plans".
func folderTitle(d string) string {
	name := strings.NewReplacer("-", " ", "_", " ").Replace(path.Base(d))
	return strings.ToUpper(name[:1]) + name[1:]
}
