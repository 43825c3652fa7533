package site

import (
	"cmp"
	"slices"
)

// KindPrint is a print pack: every page marked for print, one after
// another, to be printed by the staff on the phone line.
const KindPrint Kind = "print"

// PrintPages lists the pages marked for print, in their print order.
func (s *Site) PrintPages() []*Page {
	var ps []*Page
	for _, p := range s.Pages {
		if p.Front.Print > 0 && p.Kind != KindPrint {
			ps = append(ps, p)
		}
	}
	slices.SortFunc(ps, func(a, b *Page) int {
		return cmp.Or(cmp.Compare(a.Front.Print, b.Front.Print), cmp.Compare(a.URL, b.URL))
	})
	return ps
}

// addPrintPacks adds the standard and the large-print pack if any page is
// marked for print. They sit below the paper copies page, where staff find
// them, but not in any list or menu.
func (s *Site) addPrintPacks() {
	if len(s.PrintPages()) == 0 {
		return
	}
	parent := s.byURL[s.BasePath+"paper-copies/"]
	if parent == nil {
		parent = s.Home
	}
	for _, pack := range []struct {
		path, title string
		large       bool
	}{
		{"print/", "Print pack", false},
		{"print/large/", "Large-print pack", true},
	} {
		p := &Page{Kind: KindPrint, Path: pack.path, URL: s.BasePath + pack.path, File: pack.path + "index.html",
			Parent: parent, LargePrint: pack.large, site: s}
		p.Front.Title = pack.title
		p.Front.Description = "Every document of the consultation in one page, ready to print."
		if pack.large {
			p.Front.Description = "Every document of the consultation in large print, ready to print."
		}
		if _, taken := s.byURL[p.URL]; !taken {
			s.add(p)
		}
	}
}

// PrintPack returns the standard or the large-print pack, or nil. A page
// of an editor's at the pack's address is not the pack (the build refuses
// it): taken for one, a page marked for print would hold itself.
func (s *Site) PrintPack(large bool) *Page {
	u := s.BasePath + "print/"
	if large {
		u += "large/"
	}
	if p := s.byURL[u]; p != nil && p.Kind == KindPrint {
		return p
	}
	return nil
}
